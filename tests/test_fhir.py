"""The FHIR export an EHR accepts: a transaction Bundle of plain data, validated here with
fhir.resources (R4B), every reference resolved inside the Bundle."""

import base64
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from diary.exports.fhir import (
    BODY_TEMPERATURE_PROFILE,
    IPS_MEDICATION_STATEMENT,
    IPS_PATIENT,
    RXNORM,
    summary_bundle,
    summary_fhir,
)
from diary.models import Drug, Symptom, Treatment
from diary.summary import ALL_SECTIONS, Period, Section, build_summary
from tests.factories import log_day

pytestmark = pytest.mark.django_db

SYSTEM = "https://hospital.example.org/mrn"


@pytest.fixture
def period(patient):
    end = patient.today() - timedelta(days=1)
    return Period(end - timedelta(days=13), end)


def bundle(patient, period, **options) -> dict:
    options.setdefault("include_pdf", False)
    return summary_bundle(build_summary(patient, period), **options)


def entries(data: dict, kind: str) -> list[dict]:
    return [e for e in data["entry"] if e["resource"]["resourceType"] == kind]


def resources(data: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in entries(data, kind)]


def references(value) -> list[str]:
    """Every `reference` anywhere inside a resource."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                found.append(item)
            else:
                found.extend(references(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(references(item))
    return found


def assert_valid(data: dict) -> None:
    """The Bundle and each resource validate as FHIR R4B; every reference resolves inside."""
    Bundle.model_validate(data)
    full_urls = [e["fullUrl"] for e in data["entry"]]
    assert len(set(full_urls)) == len(full_urls)
    for entry in data["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        for reference in references(resource):
            assert reference in full_urls, reference


def a_busy_diary(patient, period):
    """Treatments (a coded drug, an own one), symptoms, flags, temperatures, notes."""
    Treatment.objects.create(
        patient=patient,
        drug=Drug.objects.get(slug="tamoxifen"),
        type=Drug.objects.get(slug="tamoxifen").type,
        dose="20 mg daily",
        start_date=period.start - timedelta(days=100),
    )
    Treatment.objects.create(
        patient=patient,
        drug=Drug.objects.get(slug="docetaxel"),
        type=Drug.objects.get(slug="docetaxel").type,
        start_date=period.start,
        stop_date=period.start + timedelta(days=5),
        stop_reason="Finished the course",
    )
    log_day(patient, period.start, severities={"cough": 2, "pain": 4}, notes="Tired")
    log_day(patient, period.start + timedelta(days=1), temperature_c=Decimal("38.6"))
    log_day(patient, period.start + timedelta(days=2), severities={"seizure": 1}, wellbeing=3)
    log_day(patient, period.end, severities={"hot-flashes": 2}, temperature_c=Decimal("36.9"))


# --- validity ---------------------------------------------------------------------------------


def test_transaction_bundle_validates_and_every_reference_resolves(patient, period):
    a_busy_diary(patient, period)
    data = bundle(patient, period, include_pdf=True)
    assert data["type"] == "transaction"
    assert_valid(data)
    kinds = {e["resource"]["resourceType"] for e in data["entry"]}
    assert kinds == {
        "Patient",
        "Observation",
        "MedicationStatement",
        "Flag",
        "DocumentReference",
    }


def test_collection_bundle_validates_without_requests(patient, period):
    a_busy_diary(patient, period)
    data = bundle(patient, period, bundle_type="collection")
    assert data["type"] == "collection"
    assert_valid(data)
    assert all("request" not in e for e in data["entry"])


def test_unknown_bundle_type_is_refused(patient, period):
    with pytest.raises(ValueError):
        bundle(patient, period, bundle_type="batch")


def test_every_transaction_entry_posts_its_resource_under_a_urn_uuid(patient, period):
    a_busy_diary(patient, period)
    data = bundle(patient, period)
    for entry in data["entry"]:
        assert entry["fullUrl"].startswith("urn:uuid:")
        assert entry["request"]["method"] == "POST"
        assert entry["request"]["url"] == entry["resource"]["resourceType"]
        assert "id" not in entry["resource"]


def test_demo_patient_export_validates(capsysbinary):
    """`manage.py seed_demo` then `manage.py export_summary --format fhir`, as the README says."""
    call_command("seed_demo", "--days", "90", "--password", "demo-pass-1234567")
    capsysbinary.readouterr()
    call_command("export_summary", "demo@example.com", "--format", "fhir")
    data = json.loads(capsysbinary.readouterr().out)
    assert data["type"] == "transaction"
    assert_valid(data)  # R4B, and no reference left unresolved inside the Bundle
    assert resources(data, "Flag")  # the demo has a fever day
    (patient,) = resources(data, "Patient")
    assert patient["birthDate"] == "1961-04-03"
    assert patient["identifier"][0]["value"] == "DEMO-0001"
    assert patient["meta"]["profile"] == [IPS_PATIENT]
    (concerns,) = [
        o
        for o in resources(data, "Observation")
        if o["code"]["coding"][0]["code"] == "top-concerns"
    ]
    assert [c["valueCodeableConcept"]["text"] for c in concerns["component"]] == [
        "Bone pain",
        "Fatigue",
        "Hot flashes",
    ]
    (document,) = resources(data, "DocumentReference")
    assert base64.b64decode(document["content"][0]["attachment"]["data"]).startswith(b"%PDF")


# --- the Patient ------------------------------------------------------------------------------


@override_settings(FHIR_PATIENT_IDENTIFIER_SYSTEM=SYSTEM)
def test_patient_carries_her_hospital_number_and_birth_date_as_ips(patient, period):
    patient.hospital_number = "MRN-0042"
    patient.date_of_birth = date(1968, 4, 2)
    patient.save()
    data = bundle(patient, period)
    (entry,) = entries(data, "Patient")
    resource = entry["resource"]
    assert resource["meta"]["profile"] == [IPS_PATIENT]
    assert resource["birthDate"] == "1968-04-02"
    (identifier,) = resource["identifier"]
    assert identifier["system"] == SYSTEM
    assert identifier["value"] == "MRN-0042"
    assert identifier["type"]["coding"][0]["code"] == "MR"
    assert entry["request"]["ifNoneExist"] == f"identifier={SYSTEM}|MRN-0042"
    assert_valid(data)


def test_hospital_number_without_a_configured_system_has_no_system_and_no_condition(
    patient, period
):
    patient.hospital_number = "12345"
    patient.save()
    (entry,) = entries(bundle(patient, period), "Patient")
    assert "system" not in entry["resource"]["identifier"][0]
    assert "ifNoneExist" not in entry["request"]


def test_patient_without_a_birth_date_is_not_declared_ips(patient, period):
    (resource,) = resources(bundle(patient, period), "Patient")
    assert "meta" not in resource and "birthDate" not in resource and "identifier" not in resource
    assert resource["name"] == [{"text": patient.user.name}]


def test_patient_holds_no_email_address_or_telecom(patient, period):
    log_day(patient, period.start, severities={"cough": 1})
    text = summary_fhir(build_summary(patient, period), include_pdf=False)
    assert patient.user.email not in text
    assert "telecom" not in text and '"address"' not in text


# --- observations -----------------------------------------------------------------------------


def symptom_observations(data: dict) -> list[dict]:
    system = f"{settings.FHIR_CODE_SYSTEM_BASE}/symptom"
    return [
        o
        for o in resources(data, "Observation")
        if any(c["system"] == system for c in o["code"].get("coding", []))
    ]


def test_wellbeing_is_an_observation_per_day(patient, period):
    log_day(patient, period.start, severities={}, wellbeing=7)
    log_day(patient, period.end, severities={"cough": 1}, wellbeing=None)
    data = bundle(patient, period)
    wellbeing = [
        o for o in resources(data, "Observation") if o["code"]["coding"][0]["code"] == "wellbeing"
    ]
    assert [(o["effectiveDateTime"], o["valueInteger"]) for o in wellbeing] == [
        (period.start.isoformat(), 7)
    ]
    assert wellbeing[0]["code"]["coding"][0]["system"].startswith(settings.FHIR_CODE_SYSTEM_BASE)


def test_temperature_is_body_temperature_in_celsius_with_the_vital_signs_profile(patient, period):
    log_day(patient, period.start, temperature_c=Decimal("37.8"))
    (observation,) = [
        o
        for o in resources(bundle(patient, period), "Observation")
        if o["code"]["coding"][0]["code"] == "8310-5"
    ]
    assert observation["meta"]["profile"] == [BODY_TEMPERATURE_PROFILE]
    assert observation["code"]["coding"][0]["system"] == "http://loinc.org"
    assert observation["valueQuantity"] == {
        "value": 37.8,
        "unit": "°C",
        "system": "http://unitsofmeasure.org",
        "code": "Cel",
    }


def test_every_symptom_carries_the_diarys_own_code(patient, period):
    log_day(patient, period.start, severities={"weakness": 1, "cough": 2})
    observations = symptom_observations(bundle(patient, period))
    codes = {
        c["code"]
        for o in observations
        for c in o["code"]["coding"]
        if c["system"].endswith("/symptom")
    }
    assert codes == {"weakness", "cough"}


def test_an_explicit_none_is_exported_as_none(patient, period):
    """Once the check-in stores "None" answers (severity 0), they are exported as such."""
    log_day(patient, period.start, severities={"cough": 1})
    summary = build_summary(patient, period)
    row = summary.rows[0]
    fatigue = Symptom.objects.get(slug="fatigue")
    none_row = row._replace(symptom=fatigue, severity=0, red_flag=False, alert=False)
    summary.rows.append(none_row)
    data = summary_bundle(summary, include_pdf=False)
    values = [o["valueCodeableConcept"]["text"] for o in symptom_observations(data)]
    assert "None" in values
    assert_valid(data)


def test_red_flags_and_alerts_are_coded_interpretations(patient, period):
    log_day(patient, period.start, severities={"pain": 4, "cough": 1})
    by_slug = {
        next(c["code"] for c in o["code"]["coding"] if c["system"].endswith("/symptom")): o
        for o in symptom_observations(bundle(patient, period))
    }
    pain = [c["code"] for i in by_slug["pain"]["interpretation"] for c in i["coding"]]
    assert pain == ["AA", "red-flag", "A", "alert"]
    assert "interpretation" not in by_slug["cough"]


# --- flags --------------------------------------------------------------------------------


def test_red_flag_becomes_a_flag_pointing_at_its_observation(patient, period):
    log_day(patient, period.start, severities={"seizure": 1})
    data = bundle(patient, period)
    (flag,) = resources(data, "Flag")
    (observation_entry,) = [
        e for e in entries(data, "Observation") if "Seizure" in e["resource"]["code"]["text"]
    ]
    assert flag["extension"][0]["valueReference"]["reference"] == observation_entry["fullUrl"]
    assert flag["code"]["coding"][0]["code"] == "red-flag"
    assert "Seizure" in flag["code"]["text"]
    assert flag["period"] == {"start": period.start.isoformat(), "end": period.start.isoformat()}
    assert flag["status"] == "inactive"


def test_a_fever_raised_by_the_temperature_alone_is_a_flag(patient, period):
    log_day(patient, period.end, severities={}, temperature_c=Decimal("38.5"))
    data = bundle(patient, period)
    (flag,) = resources(data, "Flag")
    assert "Fever" in flag["code"]["text"] and "38.5" in flag["code"]["text"]
    assert flag["status"] == "active"  # the last day of the period
    (temperature,) = [
        e
        for e in entries(data, "Observation")
        if e["resource"]["code"]["text"] == "Body temperature"
    ]
    assert flag["extension"][0]["valueReference"]["reference"] == temperature["fullUrl"]
    assert_valid(data)


def test_alerts_alone_make_no_flag(patient, period):
    log_day(patient, period.start, severities={"nausea": 1})
    log_day(patient, period.start + timedelta(days=1), severities={"nausea": 3})
    assert resources(bundle(patient, period), "Flag") == []


def test_flags_stay_out_when_she_leaves_the_flags_section_out(patient, period):
    log_day(patient, period.start, severities={"seizure": 1})
    sections = frozenset(ALL_SECTIONS) - {Section.FLAGS}
    summary = build_summary(patient, period, sections=sections)
    assert resources(summary_bundle(summary, include_pdf=False), "Flag") == []


# --- medications --------------------------------------------------------------------------


def test_medication_is_coded_with_rxnorm_where_the_code_is_verified(patient, period):
    for slug in ("tamoxifen", "exemestane"):
        drug = Drug.objects.get(slug=slug)
        Treatment.objects.create(
            patient=patient, drug=drug, type=drug.type, start_date=period.start
        )
    statements = {
        s["medicationCodeableConcept"]["text"]: s["medicationCodeableConcept"]
        for s in resources(bundle(patient, period), "MedicationStatement")
    }
    tamoxifen = statements["tamoxifen (Soltamox, Nolvadex)"]
    assert tamoxifen["coding"] == [{"system": RXNORM, "code": "10324", "display": "tamoxifen"}]
    assert "coding" not in statements["exemestane (Aromasin)"]  # no verified code yet


def test_medication_statements_are_ips_when_the_patient_is(patient, period):
    patient.date_of_birth = date(1970, 1, 1)
    patient.save()
    drug = Drug.objects.get(slug="tamoxifen")
    Treatment.objects.create(patient=patient, drug=drug, type=drug.type, start_date=period.start)
    data = bundle(patient, period)
    (statement,) = resources(data, "MedicationStatement")
    assert statement["meta"]["profile"] == [IPS_MEDICATION_STATEMENT]
    assert_valid(data)


# --- the summary PDF ------------------------------------------------------------------------


def test_document_reference_carries_the_summary_pdf(patient, period):
    log_day(patient, period.start, severities={"cough": 1})
    data = bundle(patient, period, include_pdf=True)
    (document,) = resources(data, "DocumentReference")
    attachment = document["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]).startswith(b"%PDF")
    assert document["context"]["period"]["start"] == period.start.isoformat()


def test_the_pdf_can_be_left_out(patient, period):
    log_day(patient, period.start, severities={"cough": 1})
    assert resources(bundle(patient, period, include_pdf=False), "DocumentReference") == []


# --- the patient's choices and the code systems -------------------------------------------------


def test_notes_stay_out_unless_she_included_them(patient, period):
    log_day(patient, period.start, severities={"cough": 1}, notes="Private words")
    text = summary_fhir(build_summary(patient, period), include_pdf=False)
    assert "Private words" not in text


def test_included_notes_are_exported(patient, period):
    entry = log_day(patient, period.start, severities={"cough": 1}, notes="For Dr Patel")
    entry.include_notes_in_summary = True
    entry.save()
    text = summary_fhir(build_summary(patient, period), include_pdf=False)
    assert "For Dr Patel" in text


def test_included_notes_stay_out_when_the_notes_section_is_left_out(patient, period):
    entry = log_day(patient, period.start, severities={"cough": 1}, notes="For Dr Patel")
    entry.include_notes_in_summary = True
    entry.save()
    sections = frozenset(ALL_SECTIONS) - {Section.NOTES}
    summary = build_summary(patient, period, sections=sections)
    assert "For Dr Patel" not in summary_fhir(summary, include_pdf=False)


@override_settings(SITE_URL="http://diary.test:8123")
def test_code_systems_are_the_fixed_canonical_base_never_the_site_address(patient, period):
    log_day(patient, period.start, severities={"pain": 4}, wellbeing=5)
    text = summary_fhir(build_summary(patient, period), include_pdf=False)
    assert "diary.test" not in text and "127.0.0.1" not in text
    assert f"{settings.FHIR_CODE_SYSTEM_BASE}/severity" in text


@override_settings(FHIR_CODE_SYSTEM_BASE="https://clinic.example.org/fhir/CodeSystem")
def test_code_system_base_is_a_setting(patient, period):
    log_day(patient, period.start, severities={"cough": 1})
    text = summary_fhir(build_summary(patient, period), include_pdf=False)
    assert "https://clinic.example.org/fhir/CodeSystem/severity" in text


@pytest.mark.parametrize(
    "value", ["not a uri", "https://x.example/fhir/", "ftp://x.example/cs", "http://a b"]
)
def test_a_malformed_code_system_base_stops_the_start(value):
    env = {**os.environ, "DJANGO_DEBUG": "1", "FHIR_CODE_SYSTEM_BASE": value}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "FHIR_CODE_SYSTEM_BASE" in result.stderr


# --- cost ---------------------------------------------------------------------------------------


def test_export_queries_do_not_grow_with_the_period(patient, django_assert_num_queries):
    """The command's whole run (summary, FHIR, PDF left out) costs the same for 20 or 60 days."""
    drug = Drug.objects.get(slug="tamoxifen")
    Treatment.objects.create(
        patient=patient, drug=drug, type=drug.type, start_date=date(2020, 1, 1)
    )
    today = patient.today()

    def export(days: int) -> str:
        return summary_fhir(
            build_summary(patient, Period(today - timedelta(days=days - 1), today)),
            include_pdf=False,
        )

    for offset in range(130):  # so that both periods have a logged period before them
        log_day(
            patient,
            today - timedelta(days=offset),
            severities={"cough": 1 + offset % 3, "fever": offset % 2},
            temperature_c=Decimal("38.2") if offset % 7 == 0 else None,
        )
    export(20)  # the drugs' warning signs and side effects are read once per catalog
    with django_assert_num_queries(QUERIES):
        export(20)
    with django_assert_num_queries(QUERIES):
        export(60)
    # Shorter than the two trend weeks: their days and ratings before the period, and the
    # measures' trends, are read by queries of their own (4), whatever the data.
    with django_assert_num_queries(QUERIES + 4):
        export(10)


# build_summary's fixed set (the measures' trends, the 14 days before the visit and the
# symptoms of the period before come with the days and the ratings before them; the days' doses
# are not read; her treatments are read once, for the period, the reports, the fever rule and
# the adherence; the drugs' warning signs and side effects are kept per process with the
# catalog); the days' measures come with the days (Summary.day_measures) and the FHIR rendering
# runs none; her teams, her contacts' phones and her known sites are one query; the days'
# reports and the ratings before them are one query. It was 21, then 13, then 11.
QUERIES = 10


@pytest.mark.parametrize(
    "name", ["patient", "observation/12/7", "document/2026-01-01/2026-03-31", "é"]
)
def test_the_bundle_ids_are_uuid5(name):
    import uuid

    from diary.exports.fhir import uuid5

    namespace = uuid.uuid4()
    assert uuid5(namespace, name) == str(uuid.uuid5(namespace, name))


def test_the_bundle_ids_are_uuid5_for_every_variant_digit():
    import uuid

    from diary.exports.fhir import uuid5

    namespace = uuid.uuid4()
    variants = set()
    for n in range(2000):
        name = f"observation/{n * 7919}/{n}"
        assert uuid5(namespace, name) == str(uuid.uuid5(namespace, name))
        variants.add(uuid5(namespace, name)[19])
    assert variants == set("89ab")


def test_written_text_is_the_bundle_as_the_standard_library_encodes_it(patient, period):
    """orjson writes the file: the same characters, unescaped, as json.dumps would."""
    entry = log_day(
        patient,
        period.start,
        severities={"cough": 2},
        notes='Toux sèche, 38,4 °C — "ça va" \\ mieux 😊',
        temperature_c=Decimal("38.4"),
    )
    entry.include_notes_in_summary = True
    entry.save()
    summary = build_summary(patient, period, sections=frozenset(ALL_SECTIONS))
    expected = json.dumps(
        summary_bundle(summary, include_pdf=False), ensure_ascii=False, separators=(",", ":")
    )
    text = summary_fhir(summary, include_pdf=False)
    assert text == expected
    assert "😊" in text and "\\u" not in text


@pytest.mark.parametrize("bundle_type", ["transaction", "collection"])
def test_observations_written_as_text_are_the_bundles_entries(patient, bundle_type):
    """The symptom, wellbeing and measure Observations are written as text, not encoded from
    dicts: the same characters for every kind of row (flags, alerts, a treatment, a shown note,
    interference, weekly check-ins, each measure), for every choice of sections."""
    import random

    from diary.models import DailyEntry, SymptomReport
    from tests.test_summary_days import random_diary

    whole = random_diary(patient, days=90, seed=5)
    rng = random.Random(5)
    treatment = Treatment.objects.get(patient=patient)
    days = list(DailyEntry.objects.filter(patient=patient))
    for day in days:
        day.notes = 'slept "badly" \\ again 😊' if rng.random() < 0.3 else ""
        day.include_notes_in_summary = bool(day.notes) and rng.random() < 0.6
        day.pain_score = rng.randint(0, 10) if rng.random() < 0.5 else None
        day.pain_medicine_doses = rng.randint(0, 6) if rng.random() < 0.4 else None
        day.up_and_about = rng.randint(0, 4) if rng.random() < 0.4 else None
        day.weight_kg = Decimal(rng.choice(["58", "61.2", "64.75"])) if rng.random() < 0.3 else None
    fields = ["pain_score", "pain_medicine_doses", "up_and_about", "weight_kg"]
    DailyEntry.objects.bulk_update(days, ["notes", "include_notes_in_summary", *fields])
    reports = list(SymptomReport.objects.filter(entry__patient=patient))
    for report in reports:
        if report.severity and rng.random() < 0.5:
            report.interference = rng.randint(0, 4)
        if rng.random() < 0.2:
            report.treatment = treatment
    SymptomReport.objects.bulk_update(reports, ["interference", "treatment"])
    seen = ""
    for sections in (None, frozenset(ALL_SECTIONS), frozenset({Section.SYMPTOMS})):
        for period in (whole, Period(whole.end - timedelta(days=20), whole.end)):
            summary = build_summary(patient, period, sections=sections)
            options = {"bundle_type": bundle_type, "include_pdf": False}
            expected = json.dumps(
                summary_bundle(summary, **options), ensure_ascii=False, separators=(",", ":")
            )
            text = summary_fhir(summary, **options)
            assert text == expected
            seen += text
    for part in ('"code":"AA"', '"code":"A"', "Put down to: ", "😊", '"effectivePeriod"'):
        assert part in seen
    assert '"component":[{"code":{"coding":[{"system"' in seen
    assert '"valueInteger"' in seen
    for code in ("72514-3", "29463-7", "pain-medicine-doses", "up-and-about", "this week"):
        assert code in seen
