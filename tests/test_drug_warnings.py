"""Warning signs from the drugs' labels: `diary.drug_warnings` and its partial template."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.template.loader import render_to_string

from diary.drug_warnings import drug_warnings, drug_warnings_on, match_warnings, signs_for
from diary.models import Drug, DrugWarningSign, Symptom, Treatment, TreatmentType

pytestmark = pytest.mark.django_db

DAY = date(2026, 3, 10)


def on(patient, *slugs: str, start=DAY - timedelta(days=30), stop=None) -> list[Treatment]:
    treatments = []
    for slug in slugs:
        drug = Drug.objects.get(slug=slug)
        treatments.append(
            Treatment.objects.create(
                patient=patient,
                drug=drug,
                type=drug.type,
                start_date=start,
                stop_date=stop,
            )
        )
    return treatments


def reported(**by_slug: int) -> dict[int, int]:
    ids = dict(Symptom.objects.values_list("slug", "pk"))
    return {ids[slug.replace("_", "-")]: severity for slug, severity in by_slug.items()}


def warned(warnings) -> set[tuple[str, str]]:
    return {(w.sign.drug.slug, w.sign.symptom.slug) for w in warnings}


# --- the rules the labels ask for ---------------------------------------------------------


@pytest.mark.parametrize("slug", ["cough", "shortness-of-breath", "fever"])
def test_pneumonitis_signs_on_trastuzumab_deruxtecan(patient, slug):
    treatments = on(patient, "trastuzumab-deruxtecan")
    warnings = drug_warnings(severities=reported(**{slug: 1}), treatments=treatments)
    assert warned(warnings) == {("trastuzumab-deruxtecan", slug)}
    assert "trastuzumab deruxtecan" in warnings[0].advice
    assert "same day" in warnings[0].advice


def test_diarrhea_on_abemaciclib(patient):
    warnings = drug_warnings(severities=reported(diarrhea=1), treatments=on(patient, "abemaciclib"))
    assert warned(warnings) == {("abemaciclib", "diarrhea")}
    assert "loose stools" in warnings[0].advice


def test_high_blood_sugar_on_alpelisib(patient):
    warnings = drug_warnings(
        severities=reported(high_blood_sugar=2), treatments=on(patient, "alpelisib")
    )
    assert warned(warnings) == {("alpelisib", "high-blood-sugar")}
    assert "thirsty" in warnings[0].advice


def test_high_blood_sugar_on_capivasertib(patient):
    warnings = drug_warnings(
        severities=reported(high_blood_sugar=1), treatments=on(patient, "capivasertib")
    )
    assert warned(warnings) == {("capivasertib", "high-blood-sugar")}


@pytest.mark.parametrize("drug", ["denosumab", "zoledronic-acid"])
def test_jaw_pain_on_bone_agents(patient, drug):
    warnings = drug_warnings(severities=reported(jaw_pain=1), treatments=on(patient, drug))
    assert warned(warnings) == {(drug, "jaw-pain")}
    assert "osteonecrosis of the jaw" in warnings[0].advice


def test_palpitations_or_fainting_on_ribociclib(patient):
    warnings = drug_warnings(
        severities=reported(palpitations=1), treatments=on(patient, "ribociclib")
    )
    assert warned(warnings) == {("ribociclib", "palpitations")}
    assert "faint" in warnings[0].advice


@pytest.mark.parametrize(
    "slug", ["calf-swelling", "shortness-of-breath", "chest-pain", "coughing-up-blood"]
)
def test_blood_clot_signs_on_tamoxifen(patient, slug):
    warnings = drug_warnings(severities=reported(**{slug: 1}), treatments=on(patient, "tamoxifen"))
    assert warned(warnings) == {("tamoxifen", slug)}
    assert "blood clot" in warnings[0].advice


def test_vaginal_bleeding_on_tamoxifen(patient):
    warnings = drug_warnings(
        severities=reported(vaginal_bleeding=1), treatments=on(patient, "tamoxifen")
    )
    assert warned(warnings) == {("tamoxifen", "vaginal-bleeding")}


CHEMOTHERAPY = [
    "docetaxel",
    "nab-paclitaxel",
    "paclitaxel",
    "eribulin",
    "gemcitabine",
    "carboplatin",
    "cisplatin",
    "vinorelbine",
    "pegylated-liposomal-doxorubicin",
    "sacituzumab-govitecan",
]


@pytest.mark.parametrize("drug", CHEMOTHERAPY)
def test_fever_on_chemotherapy(patient, drug):
    warnings = drug_warnings(severities=reported(fever=1), treatments=on(patient, drug))
    assert warned(warnings) == {(drug, "fever")}
    assert not warnings[0].by_temperature


@pytest.mark.parametrize("drug", CHEMOTHERAPY)
def test_a_temperature_of_38_on_chemotherapy_warns_without_a_fever_report(patient, drug):
    warnings = drug_warnings(
        severities={}, temperature_c=Decimal("38.0"), treatments=on(patient, drug)
    )
    assert warned(warnings) == {(drug, "fever")}
    assert warnings[0].by_temperature
    assert warnings[0].severity == 0


def test_a_temperature_below_38_on_chemotherapy_does_not_warn(patient):
    warnings = drug_warnings(
        severities={}, temperature_c=Decimal("37.9"), treatments=on(patient, "docetaxel")
    )
    assert warnings == []


# --- what does not warn -----------------------------------------------------------------


def test_the_same_symptom_without_the_drug_does_not_warn(patient):
    treatments = on(patient, "anastrozole")
    assert drug_warnings(severities=reported(cough=3, diarrhea=3), treatments=treatments) == []


def test_none_reported_does_not_warn(patient):
    treatments = on(patient, "trastuzumab-deruxtecan", "abemaciclib")
    assert drug_warnings(severities=reported(cough=0, diarrhea=0), treatments=treatments) == []


def test_a_symptom_below_the_signs_minimum_does_not_warn(patient):
    sign = DrugWarningSign.objects.get(drug__slug="abemaciclib", symptom__slug="diarrhea")
    sign.min_severity = 3
    sign.save()
    treatments = on(patient, "abemaciclib")
    assert drug_warnings(severities=reported(diarrhea=2), treatments=treatments) == []
    assert len(drug_warnings(severities=reported(diarrhea=3), treatments=treatments)) == 1


def test_own_named_medication_has_no_signs(patient, django_assert_num_queries):
    own = Treatment.objects.create(
        patient=patient,
        custom_name="Ginger tea",
        type=TreatmentType.objects.get(slug="symptom-relief"),
        start_date=DAY,
    )
    severities = reported(cough=4)
    with django_assert_num_queries(0):
        assert drug_warnings(severities=severities, treatments=[own]) == []


def test_no_treatments_no_warnings_and_no_query(django_assert_num_queries, db):
    with django_assert_num_queries(0):
        assert drug_warnings(severities={1: 4}, treatments=[]) == []


# --- several drugs, and the day's treatments ------------------------------------------------


def test_two_drugs_warn_for_the_same_symptom_each(patient):
    treatments = on(patient, "trastuzumab-deruxtecan", "docetaxel")
    warnings = drug_warnings(severities=reported(fever=1), treatments=treatments)
    assert warned(warnings) == {("trastuzumab-deruxtecan", "fever"), ("docetaxel", "fever")}


def test_a_drug_taken_twice_warns_once(patient):
    first, _second = on(patient, "abemaciclib", "abemaciclib")
    warnings = drug_warnings(severities=reported(diarrhea=2), treatments=[first, _second])
    assert len(warnings) == 1
    assert warnings[0].treatment == first


def test_warnings_are_ordered_by_drug_then_catalog_order(patient):
    treatments = on(patient, "tamoxifen", "abemaciclib")
    warnings = drug_warnings(
        severities=reported(diarrhea=1, calf_swelling=1, shortness_of_breath=1),
        treatments=treatments,
    )
    assert [(w.drug_name, w.symptom_name) for w in warnings] == [
        ("abemaciclib", "Diarrhea"),
        ("tamoxifen", "Shortness of breath"),
        ("tamoxifen", "Calf pain or swelling"),
    ]


def test_drug_warnings_is_one_query(patient, django_assert_num_queries):
    treatments = on(patient, "tamoxifen", "abemaciclib", "docetaxel")
    severities = reported(diarrhea=1, calf_swelling=1, fever=2)
    with django_assert_num_queries(1):
        warnings = drug_warnings(severities=severities, treatments=treatments)
        [(w.drug_name, w.symptom_name, w.advice) for w in warnings]
    assert len(warnings) == 3


def test_match_warnings_runs_no_query_given_the_signs(patient, django_assert_num_queries):
    treatments = on(patient, "ribociclib")
    signs = signs_for(treatments)
    severities = reported(palpitations=1)
    with django_assert_num_queries(0):
        warnings = match_warnings(
            signs, severities=severities, temperature_c=None, treatments=treatments
        )
    assert len(warnings) == 1


def test_drug_warnings_on_uses_the_treatments_active_that_day(patient):
    on(patient, "abemaciclib", start=DAY - timedelta(days=60), stop=DAY - timedelta(days=1))
    on(patient, "ribociclib", start=DAY)
    warnings = drug_warnings_on(patient, DAY, severities=reported(diarrhea=2, palpitations=1))
    assert warned(warnings) == {("ribociclib", "palpitations")}


# --- the partial ----------------------------------------------------------------------------


def test_partial_shows_each_warning_with_its_advice_and_source(patient):
    treatments = on(patient, "docetaxel", "ribociclib")
    warnings = drug_warnings(
        severities=reported(palpitations=1), temperature_c=Decimal("38.4"), treatments=treatments
    )
    html = render_to_string("diary/_drug_warnings.html", {"drug_warnings": warnings})
    assert "Tell your care team today" in html
    assert "While on docetaxel" in html
    assert "(your temperature)" in html
    assert "While on ribociclib" in html
    assert "KISQALI" in html


def test_partial_is_empty_without_warnings():
    assert render_to_string("diary/_drug_warnings.html", {"drug_warnings": []}).strip() == ""


def test_partial_escapes_the_text(patient):
    sign = DrugWarningSign.objects.get(drug__slug="abemaciclib", symptom__slug="diarrhea")
    sign.advice = "<script>alert(1)</script>"
    sign.save()
    warnings = drug_warnings(severities=reported(diarrhea=1), treatments=on(patient, "abemaciclib"))
    html = render_to_string("diary/_drug_warnings.html", {"drug_warnings": warnings})
    assert "<script>" not in html and "&lt;script&gt;" in html
