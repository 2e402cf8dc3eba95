"""Treatments, adherence and the check-in that knows them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    DoseLog,
    Drug,
    DrugSideEffect,
    Symptom,
    SymptomReport,
    Treatment,
    TreatmentType,
)
from diary.treatments import adherence
from tests.factories import log_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def anastrozole(patient):
    treatment = Treatment.objects.create(
        patient=patient,
        drug=Drug.objects.get(slug="anastrozole"),
        type=TreatmentType.objects.get(slug="hormone-therapy"),
        dose="1 mg once a day",
        start_date=patient.today() - timedelta(days=60),
    )
    # In the diary since it started.
    Treatment.objects.filter(pk=treatment.pk).update(created_at=timezone.now() - timedelta(days=60))
    treatment.refresh_from_db()
    return treatment


def checkin_url(patient, day):
    return reverse("checkin", args=[patient.public_id, day])


def base_form(day, version=0, **extra):
    return {"date": day.isoformat(), "version": str(version), "temperature_unit": "C", **extra}


# --- catalog -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug", ["tamoxifen", "anastrozole", "fulvestrant", "lapatinib", "cisplatin"]
)
def test_every_drug_the_source_names_is_in_the_catalog(slug):
    drug = Drug.objects.get(slug=slug)
    assert drug.named_in_source_document
    assert drug.side_effect_links.exists()


def test_brand_names_are_recorded():
    assert "Arimidex" in Drug.objects.get(slug="anastrozole").brand_names
    assert "Faslodex" in Drug.objects.get(slug="fulvestrant").brand_names
    assert "Tykerb" in Drug.objects.get(slug="lapatinib").brand_names


def test_every_treatment_type_of_the_source_is_in_the_catalog():
    slugs = set(TreatmentType.objects.values_list("slug", flat=True))
    assert {
        "hormone-therapy",
        "targeted-therapy",
        "chemotherapy",
        "immunotherapy",
        "radiation-therapy",
        "surgery",
        "symptom-relief",
        "supportive-care",
    } <= slugs


def test_every_drug_side_effect_link_names_its_source():
    assert DrugSideEffect.objects.count() > 40
    assert not DrugSideEffect.objects.filter(source="").exists()


# --- the check-in knows the treatments ----------------------------------------------------------


def test_side_effects_of_current_treatments_come_first(owner_client, patient, anastrozole):
    html = owner_client.get(checkin_url(patient, patient.today())).content.decode()
    group = html.index("Often seen with your treatments")
    assert group < html.index("General symptoms")
    assert "with anastrozole" in html
    assert html.index('name="severity-hot-flashes"') < html.index("General symptoms")


def test_side_effect_report_is_attributed_to_the_treatment_by_default(
    owner_client, patient, anastrozole
):
    today = patient.today()
    html = owner_client.get(checkin_url(patient, today)).content.decode()
    assert f'<option value="{anastrozole.pk}" selected>anastrozole</option>' in html
    owner_client.post(
        checkin_url(patient, today),
        base_form(today, **{"severity-hot-flashes": "2", "cause-hot-flashes": str(anastrozole.pk)}),
    )
    report = SymptomReport.objects.get()
    assert report.treatment == anastrozole


def test_attribution_can_be_changed_to_none(owner_client, patient, anastrozole):
    today = patient.today()
    owner_client.post(
        checkin_url(patient, today),
        base_form(today, **{"severity-hot-flashes": "2", "cause-hot-flashes": ""}),
    )
    assert SymptomReport.objects.get().treatment is None


def test_attribution_to_a_stranger_treatment_is_rejected(
    owner_client, patient, anastrozole, stranger
):
    other = Treatment.objects.create(
        patient=stranger, custom_name="x", type=anastrozole.type, start_date=patient.today()
    )
    today = patient.today()
    response = owner_client.post(
        checkin_url(patient, today),
        base_form(today, **{"severity-hot-flashes": "2", "cause-hot-flashes": str(other.pk)}),
    )
    assert response.status_code == 400
    assert not SymptomReport.objects.exists()


def test_check_in_asks_about_doses_and_records_them(owner_client, patient, anastrozole):
    today = patient.today()
    html = owner_client.get(checkin_url(patient, today)).content.decode()
    assert 'anastrozole<span class="visually-hidden"> (1 mg once a day)</span>' in html
    owner_client.post(
        checkin_url(patient, today),
        base_form(
            today, **{f"dose-{anastrozole.pk}": "missed", f"dose-{anastrozole.pk}-reason": "forgot"}
        ),
    )
    dose = DoseLog.objects.get()
    assert (dose.treatment, dose.status, dose.reason) == (anastrozole, "missed", "forgot")


def test_a_dose_on_a_day_the_medication_was_not_active_is_rejected(
    owner_client, patient, anastrozole
):
    day = anastrozole.start_date - timedelta(days=5)
    response = owner_client.post(
        checkin_url(patient, day), base_form(day, **{f"dose-{anastrozole.pk}": "taken"})
    )
    assert response.status_code == 400
    assert "not being taken that day" in response.content.decode()
    assert not DoseLog.objects.exists()


def test_moving_a_day_before_the_medication_started_is_rejected(owner_client, patient, anastrozole):
    today = patient.today()
    earlier = anastrozole.start_date - timedelta(days=1)
    response = owner_client.post(
        checkin_url(patient, today), base_form(earlier, **{f"dose-{anastrozole.pk}": "taken"})
    )
    assert response.status_code == 400
    assert "was not being taken on" in response.content.decode()


def test_bad_dose_status_is_rejected(owner_client, patient, anastrozole):
    today = patient.today()
    response = owner_client.post(
        checkin_url(patient, today), base_form(today, **{f"dose-{anastrozole.pk}": "twice"})
    )
    assert response.status_code == 400
    assert "Choose taken, partly or missed" in response.content.decode()


def test_adherence_counts_the_last_7_and_30_days(patient, anastrozole):
    today = patient.today()
    for n, status in enumerate(["taken", "taken", "missed", "partly"] + ["taken"] * 10):
        entry = log_day(patient, today - timedelta(days=n))
        DoseLog.objects.create(entry=entry, treatment=anastrozole, status=status)
    week = adherence(patient, end=today, days=7)[0]
    assert (week.taken, week.missed, week.partly, week.active_days, week.not_recorded) == (
        5,
        1,
        1,
        7,
        0,
    )
    month = adherence(patient, end=today, days=30)[0]
    assert (month.taken, month.active_days, month.not_recorded) == (12, 30, 16)


def test_adherence_counts_only_days_since_the_treatment_was_added(patient):
    today = patient.today()
    added_today = Treatment.objects.create(
        patient=patient,
        drug=Drug.objects.get(slug="anastrozole"),
        type=TreatmentType.objects.get(slug="hormone-therapy"),
        start_date=today - timedelta(days=30),
    )
    month = adherence(patient, end=today, days=30)[0]
    assert (month.active_days, month.not_recorded) == (1, 1)
    # Filling in an earlier day's dose counts from that day on.
    DoseLog.objects.create(
        entry=log_day(patient, today - timedelta(days=4)), treatment=added_today, status="taken"
    )
    month = adherence(patient, end=today, days=30)[0]
    assert (month.active_days, month.taken) == (5, 1)


def test_home_and_history_show_adherence(owner_client, patient, anastrozole):
    entry = log_day(patient, patient.today())
    DoseLog.objects.create(entry=entry, treatment=anastrozole, status="taken")
    for name in ("diary_home", "history"):
        html = owner_client.get(reverse(name, args=[patient.public_id])).content.decode()
        assert "taken 1 of 7 days" in html
        assert "taken 1 of 30 days" in html


# --- treatment pages ------------------------------------------------------------------------------


def treatment_form(patient, **extra):
    data = {
        "drug": "",
        "custom_name": "",
        "type": "",
        "dose": "",
        "track_doses": "on",
        "start_date": (patient.today() - timedelta(days=10)).isoformat(),
        "stop_date": "",
        "stop_reason": "",
    }
    data.update(extra)
    return data


def test_add_a_catalog_treatment(owner_client, patient):
    drug = Drug.objects.get(slug="fulvestrant")
    response = owner_client.post(
        reverse("treatment_new", args=[patient.public_id]),
        treatment_form(patient, drug=drug.pk, dose="500 mg monthly"),
    )
    assert response.status_code == 302
    treatment = patient.treatments.get()
    assert (treatment.drug, treatment.type.slug) == (drug, "hormone-therapy")


def test_add_a_custom_medication(owner_client, patient):
    kind = TreatmentType.objects.get(slug="symptom-relief")
    owner_client.post(
        reverse("treatment_new", args=[patient.public_id]),
        treatment_form(patient, custom_name="Paracetamol", type=kind.pk),
    )
    assert patient.treatments.get().name == "Paracetamol"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({}, "Choose a medicine or treatment"),
        ({"custom_name": "Vitamin D"}, "Choose what kind of treatment"),
        ({"custom_name": "x", "type": "1", "start_date": "2099-01-01"}, "more than a year ahead"),
        (
            {
                "custom_name": "x",
                "type": "1",
                "start_date": "2026-05-01",
                "stop_date": "2026-04-01",
            },
            "before the start date",
        ),
        ({"custom_name": "x", "type": "1", "dose": "d" * 201}, "at most 200 characters"),
        ({"custom_name": "x", "type": "1", "start_date": "1849-12-31"}, "Check the year"),
    ],
)
def test_bad_treatment_input_is_rejected(owner_client, patient, extra, message):
    response = owner_client.post(
        reverse("treatment_new", args=[patient.public_id]), treatment_form(patient, **extra)
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not patient.treatments.exists()


def test_stopping_before_recorded_doses_is_rejected(owner_client, patient, anastrozole):
    entry = log_day(patient, patient.today() - timedelta(days=2))
    DoseLog.objects.create(entry=entry, treatment=anastrozole, status="taken")
    response = owner_client.post(
        reverse("treatment_edit", args=[patient.public_id, anastrozole.pk]),
        treatment_form(
            patient,
            drug=anastrozole.drug_id,
            start_date=anastrozole.start_date.isoformat(),
            stop_date=(patient.today() - timedelta(days=5)).isoformat(),
        ),
    )
    assert response.status_code == 400
    assert "You recorded a dose on" in response.content.decode()
    anastrozole.refresh_from_db()
    assert anastrozole.stop_date is None


def test_stop_a_treatment_with_a_reason(owner_client, patient, anastrozole):
    owner_client.post(
        reverse("treatment_edit", args=[patient.public_id, anastrozole.pk]),
        treatment_form(
            patient,
            drug=anastrozole.drug_id,
            start_date=anastrozole.start_date.isoformat(),
            stop_date=patient.today().isoformat(),
            stop_reason="joint pain",
        ),
    )
    anastrozole.refresh_from_db()
    assert (anastrozole.stop_date, anastrozole.stop_reason) == (patient.today(), "joint pain")


def test_treatments_page_shows_current_past_and_timeline(owner_client, patient, anastrozole):
    Treatment.objects.create(
        patient=patient,
        custom_name="Old pill",
        type=anastrozole.type,
        start_date=patient.today() - timedelta(days=200),
        stop_date=patient.today() - timedelta(days=100),
    )
    log_day(patient, patient.today(), severities={"hot-flashes": 3})
    html = owner_client.get(reverse("treatments", args=[patient.public_id])).content.decode()
    assert (
        html.index("Current")
        < html.index("anastrozole")
        < html.index("Past")
        < html.rindex("Old pill")
    )
    assert 'role="img"' in html and "<title" in html and "<desc" in html
    assert "#2171b5" in html  # a severe side-effect day in the strip


def test_strangers_get_404_on_treatments(stranger_client, patient, anastrozole):
    for name, args in [
        ("treatments", []),
        ("treatment_new", []),
        ("treatment_edit", [anastrozole.pk]),
        ("treatment_delete", [anastrozole.pk]),
    ]:
        url = reverse(name, args=[patient.public_id, *args])
        assert stranger_client.get(url).status_code == 404
        assert (
            stranger_client.post(
                url, treatment_form(patient, custom_name="x", type="1")
            ).status_code
            == 404
        )
    assert patient.treatments.count() == 1


def test_another_patients_treatment_is_404_in_my_own_diary(owner_client, patient, stranger):
    theirs = Treatment.objects.create(
        patient=stranger,
        custom_name="x",
        type=TreatmentType.objects.first(),
        start_date=patient.today(),
    )
    url = reverse("treatment_edit", args=[patient.public_id, theirs.pk])
    assert owner_client.get(url).status_code == 404


def test_treatment_pages_anonymous_and_wrong_method(owner_client, patient, anastrozole):
    from django.test import Client

    url = reverse("treatments", args=[patient.public_id])
    assert Client().get(url).status_code == 302
    assert owner_client.post(url).status_code == 405
    assert (
        owner_client.put(
            reverse("treatment_delete", args=[patient.public_id, anastrozole.pk])
        ).status_code
        == 405
    )


def test_removing_a_treatment_keeps_the_reports(owner_client, patient, anastrozole):
    log_day(patient, patient.today(), severities={"hot-flashes": 2})
    SymptomReport.objects.update(treatment=anastrozole)
    owner_client.post(reverse("treatment_delete", args=[patient.public_id, anastrozole.pk]))
    assert not Treatment.objects.exists()
    assert SymptomReport.objects.get().treatment is None


def test_side_effect_catalog_rows_are_linked_symptoms():
    assert Symptom.objects.get(slug="hot-flashes").drugs.filter(slug="anastrozole").exists()


def test_pressing_save_twice_adds_one_treatment(owner_client, patient):
    url = reverse("treatment_new", args=[patient.public_id])
    data = treatment_form(patient, drug=Drug.objects.get(slug="tamoxifen").pk)
    assert owner_client.post(url, data).status_code == 302
    second = owner_client.post(url, data)
    assert second.status_code == 400
    assert "already recorded" in second.content.decode()
    assert patient.treatments.count() == 1
