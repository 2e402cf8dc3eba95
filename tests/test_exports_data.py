"""The summary as data: CSV for spreadsheets and a FHIR R4 Bundle for care teams' systems."""

import csv
import io
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from fhir.resources.R4B.bundle import Bundle

from diary.exports.csv import HEADER, neutralise, summary_csv
from diary.exports.fhir import (
    SEVERITY_CODES,
    SEVERITY_LOINC,
    SEVERITY_SYSTEM,
    code_system,
    severity_concept,
    summary_bundle,
    summary_fhir,
)
from diary.measures import summary_measures
from diary.models import Drug, Severity, Symptom, SymptomReport, Treatment, TreatmentType
from diary.summary import Period, build_summary
from tests.factories import log_day as log_unmarked_day
from tests.test_fhir import assert_valid


def log_day(patient, day, **kwargs):
    """A day whose notes the patient marked for the summary (unmarked notes never reach an
    export: tests/test_privacy_exports.py)."""
    entry = log_unmarked_day(patient, day, **kwargs)
    if entry.notes:
        type(entry).objects.filter(pk=entry.pk).update(include_notes_in_summary=True)
    return entry


pytestmark = pytest.mark.django_db

FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\tcmd", "\rcmd"]
HTML = '<script>alert("x")</script><b>bold</b>'


@pytest.fixture
def period(patient):
    end = patient.today() - timedelta(days=1)
    return Period(end - timedelta(days=13), end)


def summarise(patient, period):
    return build_summary(patient, period)


def csv_rows(patient, period) -> list[dict[str, str]]:
    text = summary_csv(summarise(patient, period))
    return list(csv.DictReader(io.StringIO(text)))


def attribute(patient, day, slug: str, treatment: Treatment) -> None:
    """Put a logged report down to a treatment (what the check-in's cause field does)."""
    SymptomReport.objects.filter(
        entry__patient=patient, entry__date=day, symptom__slug=slug
    ).update(treatment=treatment)


def treatment(patient, *, start, stop=None, drug="anastrozole", name="", dose="1 mg daily"):
    return Treatment.objects.create(
        patient=patient,
        drug=Drug.objects.get(slug=drug) if drug else None,
        custom_name=name,
        type=TreatmentType.objects.get(slug="hormone-therapy" if drug else "symptom-relief"),
        dose=dose,
        start_date=start,
        stop_date=stop,
    )


def bundle_of(patient, period) -> tuple[dict, str]:
    text = summary_fhir(summarise(patient, period), include_pdf=False)
    return json.loads(text), text


def resources(data: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def surveys(data: dict) -> list[dict]:
    """The symptom observations (wellbeing is a survey too, coded apart)."""
    return [
        o
        for o in resources(data, "Observation")
        if any(c["system"] == code_system("symptom") for c in o["code"].get("coding", []))
    ]


# --- CSV ------------------------------------------------------------------------------------


def test_csv_header_and_one_row_per_report(patient, period):
    log_day(patient, period.start, severities={"cough": 2, "fatigue": 1})
    log_day(patient, period.end, severities={"nausea": 3})
    text = summary_csv(summarise(patient, period))
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == HEADER
    body = [dict(zip(HEADER, r, strict=True)) for r in rows[1:]]
    assert sorted((r["date"], r["symptom_slug"]) for r in body) == [
        (period.start.isoformat(), "cough"),
        (period.start.isoformat(), "fatigue"),
        (period.end.isoformat(), "nausea"),
    ]
    cough = next(r for r in body if r["symptom_slug"] == "cough")
    assert cough["symptom_name"] == "Cough"
    assert cough["kind"] == "symptom"
    assert cough["severity"] == "2"
    assert cough["severity_label"] == "Moderate"
    assert cough["wellbeing"] == "6"


def test_csv_day_without_reports_is_one_row_with_empty_symptom_columns(patient, period):
    log_day(patient, period.start, severities={}, wellbeing=8, notes="A good day")
    (row,) = csv_rows(patient, period)
    assert row["date"] == period.start.isoformat()
    for column in ("symptom_slug", "symptom_name", "kind", "sites", "severity"):
        assert row[column] == ""
    assert row["severity_label"] == ""
    assert (row["red_flag"], row["alert"]) == ("no", "no")
    assert row["wellbeing"] == "8"
    assert row["notes"] == "A good day"


def test_csv_days_not_logged_have_no_rows(patient, period):
    log_day(patient, period.start, severities={"cough": 1})
    assert len(csv_rows(patient, period)) == 1


def test_csv_red_flag_and_alert_columns(patient, period):
    log_day(patient, period.start, severities={"seizure": 1, "pain": 3, "cough": 1})
    rows = {r["symptom_slug"]: r for r in csv_rows(patient, period)}
    assert (rows["seizure"]["red_flag"], rows["seizure"]["alert"]) == ("yes", "no")
    assert (rows["pain"]["red_flag"], rows["pain"]["alert"]) == ("yes", "yes")
    assert (rows["cough"]["red_flag"], rows["cough"]["alert"]) == ("no", "no")


def test_csv_alert_without_red_flag(patient, period):
    log_day(patient, period.start, severities={"nausea": 1})
    log_day(patient, period.start + timedelta(days=1), severities={"nausea": 3})
    rows = [r for r in csv_rows(patient, period) if r["date"] != period.start.isoformat()]
    assert (rows[0]["red_flag"], rows[0]["alert"]) == ("no", "yes")


def test_csv_sites_are_space_separated_slugs(patient, period):
    log_day(patient, period.start, severities={"pain": 1})
    (row,) = csv_rows(patient, period)
    assert set(row["sites"].split(" ")) == {"general", "brain", "liver"}


def test_csv_side_effect_kind_and_treatment_name(patient, period):
    drug = treatment(patient, start=period.start - timedelta(days=30))
    log_day(patient, period.start, severities={"hot-flashes": 2})
    attribute(patient, period.start, "hot-flashes", drug)
    (row,) = csv_rows(patient, period)
    assert row["kind"] == "side_effect"
    assert row["treatment"] == "anastrozole"


def test_csv_temperature(patient, period):
    log_day(patient, period.start, severities={"fever": 2}, temperature_c=Decimal("38.4"))
    (row,) = csv_rows(patient, period)
    assert row["temperature_c"] == "38.4"
    assert row["red_flag"] == "yes"  # fever with a temperature of 38.0 °C or more


@pytest.mark.parametrize("payload", FORMULAS)
def test_csv_formula_in_notes_is_neutralised(patient, period, payload):
    log_day(patient, period.start, severities={"cough": 1}, notes=payload)
    (row,) = csv_rows(patient, period)
    assert row["notes"] == "'" + payload


@pytest.mark.parametrize("payload", FORMULAS)
def test_csv_formula_in_custom_treatment_name_is_neutralised(patient, period, payload):
    own = treatment(patient, start=period.start, drug=None, name=payload)
    log_day(patient, period.start, severities={"nausea": 1})
    attribute(patient, period.start, "nausea", own)
    (row,) = csv_rows(patient, period)
    assert row["treatment"] == "'" + payload


def test_csv_formula_on_a_day_without_reports_is_neutralised(patient, period):
    log_day(patient, period.start, notes='=HYPERLINK("http://evil.invalid","x")')
    (row,) = csv_rows(patient, period)
    assert row["notes"].startswith("'=HYPERLINK")


def test_no_csv_cell_starts_a_formula(patient, period):
    own = treatment(patient, start=period.start, drug=None, name="@own")
    log_day(patient, period.start, severities={"nausea": 2}, notes="-1")
    attribute(patient, period.start, "nausea", own)
    text = summary_csv(summarise(patient, period))
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\0")), cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("\0=1+1", "'=1+1"),
        ("\0abc", "'abc"),
        ("a\0b", "ab"),
        ("safe = text", "safe = text"),
        (" =1", " =1"),
        ("", ""),
        (None, ""),
        (3, "3"),
    ],
)
def test_neutralise_removes_nul_and_quotes_formulas(value, expected):
    assert neutralise(value) == expected


def test_csv_keeps_html_as_text(patient, period):
    log_day(patient, period.start, severities={"cough": 1}, notes=HTML)
    (row,) = csv_rows(patient, period)
    assert row["notes"] == HTML


def test_csv_newline_in_notes_round_trips(patient, period):
    notes = 'First line\nsecond, with "quotes"\r\nthird'
    log_day(patient, period.start, severities={"cough": 1, "fatigue": 2}, notes=notes)
    rows = csv_rows(patient, period)
    assert len(rows) == 2
    assert all(r["notes"] == notes for r in rows)


# --- FHIR -----------------------------------------------------------------------------------


def test_fhir_parses_as_an_r4b_collection_bundle(patient, period):
    log_day(patient, period.start, severities={"cough": 2}, wellbeing=None)
    summary = summarise(patient, period)
    bundle = Bundle.model_validate(
        summary_bundle(summary, bundle_type="collection", include_pdf=False)
    )
    assert bundle.type == "collection"
    assert bundle.timestamp is not None
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert kinds == ["Patient", "Observation"]
    assert all(e.fullUrl.startswith("urn:uuid:") for e in bundle.entry)


def test_fhir_one_observation_per_report_and_none_for_empty_days(patient, period):
    log_day(patient, period.start, severities={"cough": 2, "fatigue": 1})
    log_day(patient, period.start + timedelta(days=1), severities={})
    log_day(patient, period.end, severities={"nausea": 3})
    data, _ = bundle_of(patient, period)
    observations = surveys(data)
    assert len(observations) == 3
    assert sorted(o["effectiveDateTime"] for o in observations) == [
        period.start.isoformat(),
        period.start.isoformat(),
        period.end.isoformat(),
    ]


def test_fhir_codes_match_the_catalog(patient, period):
    slugs = ["cough", "weakness", "pain", "hair-loss", "facial-numbness", "hot-flashes"]
    log_day(patient, period.start, severities=dict.fromkeys(slugs, 1))
    data, _ = bundle_of(patient, period)
    by_name = {s.name: s for s in Symptom.objects.filter(slug__in=slugs)}
    observations = surveys(data)
    assert {o["code"]["text"] for o in observations} == set(by_name)
    for observation in observations:
        symptom = by_name[observation["code"]["text"]]
        ours = {"system": code_system("symptom"), "code": symptom.slug, "display": symptom.name}
        if symptom.snomed_code:
            assert observation["code"]["coding"] == [
                {
                    "system": "http://snomed.info/sct",
                    "code": symptom.snomed_code,
                    "display": symptom.snomed_display,
                },
                ours,
            ]
        else:
            assert observation["code"]["coding"] == [ours]
    snomed = {
        o["code"]["text"]
        for o in observations
        if any(c["system"] == "http://snomed.info/sct" for c in o["code"]["coding"])
    }
    assert "Weakness" not in snomed and "Cough" in snomed


def test_fhir_observation_is_a_final_survey_of_the_patient(patient, period):
    log_day(patient, period.start, severities={"cough": 2})
    data, _ = bundle_of(patient, period)
    (observation,) = surveys(data)
    assert observation["status"] == "final"
    assert observation["category"] == [
        {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "survey",
                    "display": "Survey",
                }
            ]
        }
    ]
    assert observation["effectiveDateTime"] == period.start.isoformat()


def test_fhir_severity_is_coded_and_distinct(patient, period):
    log_day(
        patient,
        period.start,
        severities={"cough": 1, "fatigue": 2, "nausea": 3, "headache": 4},
    )
    data, _ = bundle_of(patient, period)
    severity_by_symptom = {}
    for observation in surveys(data):
        value = observation["valueCodeableConcept"]
        ours = [c for c in value["coding"] if c["system"] == SEVERITY_SYSTEM]
        assert len(ours) == 1
        severity_by_symptom[observation["code"]["text"]] = (ours[0]["code"], value["text"])
    assert severity_by_symptom == {
        "Cough": ("mild", "Mild"),
        "Fatigue": ("moderate", "Moderate"),
        "Nausea": ("severe", "Severe"),
        "Headache": ("very-severe", "Very severe"),
    }


def test_severity_codes_cover_the_scale_and_are_distinct():
    codes = [severity_concept(level)["coding"][0]["code"] for level in Severity]
    assert codes == [SEVERITY_CODES[level] for level in Severity]
    assert len(set(codes)) == len(Severity)
    loinc = [c["code"] for level in Severity for c in severity_concept(level)["coding"][1:]]
    assert loinc == ["LA6752-5", "LA6751-7", "LA6750-9"]
    assert len(set(SEVERITY_LOINC.values())) == len(SEVERITY_LOINC)


def test_fhir_flags_become_notes(patient, period):
    log_day(patient, period.start, severities={"seizure": 1, "pain": 4, "cough": 1})
    data, _ = bundle_of(patient, period)
    notes = {o["code"]["text"]: [n["text"] for n in o.get("note", [])] for o in surveys(data)}
    assert notes["Seizure"] == ["Red flag: may require immediate medical attention"]
    assert notes["Pain (other)"] == [
        "Red flag: may require immediate medical attention",
        "Alert: severe or worsening",
    ]
    assert notes["Cough"] == []


def test_fhir_temperature_is_a_vital_sign(patient, period):
    log_day(
        patient, period.start, severities={"fever": 2, "cough": 1}, temperature_c=Decimal("38.5")
    )
    data, _ = bundle_of(patient, period)
    (temperature,) = [
        o for o in resources(data, "Observation") if o["code"].get("text") == "Body temperature"
    ]
    assert temperature["category"][0]["coding"][0]["code"] == "vital-signs"
    assert temperature["code"]["coding"][0] == {
        "system": "http://loinc.org",
        "code": "8310-5",
        "display": "Body temperature",
    }
    assert temperature["valueQuantity"] == {
        "value": 38.5,
        "unit": "°C",
        "system": "http://unitsofmeasure.org",
        "code": "Cel",
    }
    assert temperature["effectiveDateTime"] == period.start.isoformat()


def test_fhir_medication_statement_per_overlapping_treatment(patient, period):
    ongoing = treatment(patient, start=period.start - timedelta(days=90))
    stopped = treatment(
        patient,
        start=period.start - timedelta(days=90),
        stop=period.start + timedelta(days=3),
        drug="tamoxifen",
    )
    stops_later = treatment(
        patient, start=period.start, stop=period.end + timedelta(days=1), drug="fulvestrant"
    )
    treatment(
        patient, start=period.start - timedelta(days=90), stop=period.start - timedelta(days=1)
    )
    treatment(patient, start=period.end + timedelta(days=1), drug="letrozole")
    treatment(patient, start=period.start, drug=None, name="Ginger tea", dose="")
    data, _ = bundle_of(patient, period)
    statements = {
        s["medicationCodeableConcept"]["text"]: s for s in resources(data, "MedicationStatement")
    }
    assert set(statements) == {
        "anastrozole (Arimidex)",
        "tamoxifen (Soltamox, Nolvadex)",
        "fulvestrant (Faslodex)",
        "Ginger tea",
    }
    status = {name: s["status"] for name, s in statements.items()}
    assert status == {
        "anastrozole (Arimidex)": "active",
        "tamoxifen (Soltamox, Nolvadex)": "completed",
        "fulvestrant (Faslodex)": "active",
        "Ginger tea": "active",
    }
    anastrozole = statements["anastrozole (Arimidex)"]
    assert anastrozole["effectivePeriod"] == {"start": ongoing.start_date.isoformat()}
    assert anastrozole["dosage"] == [{"text": "1 mg daily"}]
    assert statements["tamoxifen (Soltamox, Nolvadex)"]["effectivePeriod"] == {
        "start": stopped.start_date.isoformat(),
        "end": stopped.stop_date.isoformat(),
    }
    assert statements["fulvestrant (Faslodex)"]["effectivePeriod"]["end"] == (
        stops_later.stop_date.isoformat()
    )
    assert "dosage" not in statements["Ginger tea"]


def test_fhir_subject_references_resolve_to_the_patient(patient, period):
    treatment(patient, start=period.start)
    log_day(patient, period.start, severities={"cough": 1}, notes="note", temperature_c=37)
    data, _ = bundle_of(patient, period)
    (patient_entry,) = [e for e in data["entry"] if e["resource"]["resourceType"] == "Patient"]
    others = [e["resource"] for e in data["entry"] if e is not patient_entry]
    assert len(others) == 4  # medication, cough, wellbeing, temperature
    for resource in others:
        assert resource["subject"] == {"reference": patient_entry["fullUrl"]}
    assert patient_entry["resource"]["name"] == [{"text": patient.user.name}]
    full_urls = [e["fullUrl"] for e in data["entry"]]
    assert len(set(full_urls)) == len(full_urls)


def test_fhir_holds_no_email(patient, period):
    log_day(patient, period.start, severities={"cough": 1})
    _, text = bundle_of(patient, period)
    assert patient.user.email not in text
    assert "telecom" not in text and "address" not in text


def test_fhir_patient_without_a_name_gets_no_email_as_name(patient, period):
    patient.user.name = ""
    patient.user.save()
    log_day(patient, period.start, severities={"cough": 1})
    data, text = bundle_of(patient, period)
    assert patient.user.email not in text
    assert "name" not in resources(data, "Patient")[0]


def test_fhir_html_in_notes_is_only_an_escaped_string(patient, period):
    entry = log_day(patient, period.start, severities={"cough": 1}, notes=HTML)
    entry.include_notes_in_summary = True
    entry.save()
    data, text = bundle_of(patient, period)
    (observation,) = surveys(data)
    assert [n["text"] for n in observation["note"]] == [HTML]
    assert json.dumps(HTML)[1:-1] in text  # the quotes are escaped inside a JSON string
    assert '"div"' not in text  # no narrative anywhere renders it as XHTML


def test_fhir_is_the_same_for_the_same_data_apart_from_the_timestamp(patient, period):
    treatment(patient, start=period.start)
    log_day(patient, period.start, severities={"cough": 1, "pain": 2}, temperature_c=37)
    first, _ = bundle_of(patient, period)
    second, _ = bundle_of(patient, period)
    assert first.pop("timestamp") <= second.pop("timestamp")
    assert first == second


# --- top concerns ---------------------------------------------------------------------------


def with_concerns(patient, slugs=("bone-pain", "fatigue", "cough"), note="Can I travel in May?"):
    patient.top_concerns = list(slugs)
    patient.top_concerns_note = note
    patient.save()
    return patient


def test_csv_ends_with_her_top_concerns_ranked_and_her_note(patient, period):
    with_concerns(patient)
    log_day(patient, period.end, severities={"cough": 1})
    rows = csv_rows(patient, period)
    concerns = [r for r in rows if r["kind"] == "top_concern"]
    assert rows[-3:] == concerns
    assert [(r["top_concern_rank"], r["symptom_slug"]) for r in concerns] == [
        ("1", "bone-pain"),
        ("2", "fatigue"),
        ("3", "cough"),
    ]
    assert [r["notes"] for r in concerns] == ["Can I travel in May?", "", ""]
    assert {r["date"] for r in concerns} == {patient.today().isoformat()}
    assert all(r["severity"] == "" and r["red_flag"] == "" for r in concerns)
    report = next(r for r in rows if r["kind"] == "symptom")
    assert report["top_concern_rank"] == ""


def test_csv_keeps_a_concern_note_without_a_symptom_on_a_row_of_its_own(patient, period):
    with_concerns(patient, slugs=(), note="=Ask about the scan")
    log_day(patient, period.end, severities={"cough": 1})
    (row,) = [r for r in csv_rows(patient, period) if r["kind"] == "top_concern"]
    assert (row["symptom_slug"], row["top_concern_rank"]) == ("", "")
    assert row["notes"] == "'=Ask about the scan"  # made safe for spreadsheets


def test_csv_has_no_concern_rows_when_she_has_none(patient, period):
    log_day(patient, period.end, severities={"cough": 1})
    assert all(r["kind"] != "top_concern" for r in csv_rows(patient, period))


def test_fhir_top_concerns_are_one_observation_with_ranked_coded_components(patient, period):
    with_concerns(patient)
    log_day(patient, period.end, severities={"cough": 1})
    data, _ = bundle_of(patient, period)
    assert_valid(data)
    (concerns,) = [
        o
        for o in resources(data, "Observation")
        if o["code"]["coding"][0]["code"] == "top-concerns"
    ]
    assert concerns["code"]["coding"][0]["system"] == code_system("observation")
    assert concerns["category"][0]["coding"][0]["code"] == "survey"
    ranks = [c["code"]["coding"][0]["code"] for c in concerns["component"]]
    assert ranks == ["top-concern-1", "top-concern-2", "top-concern-3"]
    values = [c["valueCodeableConcept"] for c in concerns["component"]]
    assert [v["text"] for v in values] == ["Bone pain", "Fatigue", "Cough"]
    bone = Symptom.objects.get(slug="bone-pain")
    assert values[0]["coding"][-1] == {
        "system": code_system("symptom"),
        "code": "bone-pain",
        "display": "Bone pain",
    }
    if bone.snomed_code:
        assert values[0]["coding"][0]["code"] == bone.snomed_code
    (patient_entry,) = [e for e in data["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert concerns["subject"] == {"reference": patient_entry["fullUrl"]}
    assert concerns["note"][0]["text"] == "Can I travel in May?"
    assert concerns["note"][0]["authorReference"] == {"reference": patient_entry["fullUrl"]}


def test_fhir_has_no_concerns_observation_when_she_has_none(patient, period):
    log_day(patient, period.end, severities={"cough": 1})
    _, text = bundle_of(patient, period)
    assert "top-concern" not in text


# --- no queries -----------------------------------------------------------------------------


def test_exports_run_no_queries_given_a_summary(patient, period, django_assert_num_queries):
    drug = treatment(patient, start=period.start - timedelta(days=10))
    own = treatment(patient, start=period.start, drug=None, name="My cream")
    log_day(patient, period.start, severities={"hot-flashes": 2, "rash": 1}, notes="=x")
    log_day(patient, period.start + timedelta(days=1), temperature_c=Decimal("38.2"))
    log_day(patient, period.end, severities={"pain": 3, "weakness": 1})
    attribute(patient, period.start, "hot-flashes", drug)
    attribute(patient, period.start, "rash", own)
    with_concerns(patient, slugs=("pain",))
    summary = summarise(patient, period)
    measures = summary_measures(summary)
    with django_assert_num_queries(0):
        text = summary_csv(summary, measures)
        data = json.loads(summary_fhir(summary, measures=measures))
    assert text.count("\n") == 1 + 5 + 1  # the reports, and one concern
    assert len(resources(data, "MedicationStatement")) == 2


@pytest.mark.parametrize("name", ["summary_csv", "summary_fhir"])
def test_a_team_not_shown_notes_gets_her_concerns_without_their_note(client, patient, name):
    from django.urls import reverse

    from tests.factories import care_team, clinician, connect_patient

    with_concerns(patient, note="scared about the scan")
    log_day(patient, patient.today(), severities={"cough": 1})
    team = care_team()
    connect_patient(patient, team, share_notes=False)
    client.force_login(clinician(team))
    response = client.get(reverse(name, args=[patient.public_id]), {"preset": "30"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "top-concern" in content or "top_concern" in content
    assert "scared about the scan" not in content
