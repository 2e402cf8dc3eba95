"""The drugs' warning signs where she reads them: the day's red-flag area (after saving a
check-in and on the day page), the home page, and the summary's red-flag part."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from diary.models import CareGrant, Drug, Treatment
from tests.factories import log_day

pytestmark = pytest.mark.django_db

ADVICE = "While on trastuzumab deruxtecan, a new or worse cough should be reported"
TITLE = "Tell your care team today"


def on_drug(patient, slug="trastuzumab-deruxtecan", *, start, stop=None) -> Treatment:
    drug = Drug.objects.get(slug=slug)
    return Treatment.objects.create(
        patient=patient, drug=drug, type=drug.type, start_date=start, stop_date=stop
    )


def day_page(client, patient, day) -> str:
    response = client.get(reverse("day_detail", args=[patient.public_id, day]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_day_page_shows_the_warning_of_her_drug(owner_client, patient):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today, severities={"cough": 1})
    html = day_page(owner_client, patient, today)
    assert TITLE in html and ADVICE in html
    assert "From the prescribing information of trastuzumab deruxtecan" in html


def test_saving_a_check_in_leads_to_the_warning(owner_client, patient):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    response = owner_client.post(
        reverse("checkin", args=[patient.public_id, today]),
        {
            "date": today.isoformat(),
            "version": "0",
            "temperature_unit": "C",
            "notes": "",
            "severity-cough": "1",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert ADVICE in response.content.decode()


def test_the_home_page_shows_todays_warning(owner_client, patient):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today, severities={"cough": 2})
    html = owner_client.get(reverse("diary_home", args=[patient.public_id])).content.decode()
    assert ADVICE in html


def test_no_warning_without_the_drug_or_the_sign(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"cough": 2})
    assert TITLE not in day_page(owner_client, patient, today)
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 2})
    assert TITLE not in day_page(owner_client, patient, today - timedelta(days=1))


def test_no_warning_after_the_drug_was_stopped(owner_client, patient):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=40), stop=today - timedelta(days=5))
    log_day(patient, today, severities={"cough": 2})
    assert TITLE not in day_page(owner_client, patient, today)


def test_a_temperature_alone_reaches_the_fever_sign(owner_client, patient):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today, temperature_c=Decimal("38.3"))
    html = day_page(owner_client, patient, today)
    assert "(your temperature)" in html and "a fever should be reported" in html


def test_a_caregiver_reads_it_in_the_third_person(client, patient, stranger):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today, severities={"cough": 1})
    CareGrant.objects.create(patient=patient, caregiver=stranger.user, role="viewer")
    client.force_login(stranger.user)
    html = day_page(client, patient, today)
    assert f"{patient.display_name} should tell the care team today" in html
    assert TITLE not in html


def test_the_care_team_reads_it_in_neutral_words(client, patient):
    from tests.factories import care_team, clinician, connect_patient

    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today, severities={"cough": 1})
    team = care_team()
    connect_patient(patient, team)
    client.force_login(clinician(team))
    html = day_page(client, patient, today)
    assert "Warning signs on a drug's label reached on this day" in html
    assert "should tell the care team" not in html and TITLE not in html


def test_a_stranger_gets_404_not_the_warning(stranger_client, patient):
    today = patient.today()
    on_drug(patient, start=today - timedelta(days=20))
    log_day(patient, today, severities={"cough": 1})
    response = stranger_client.get(reverse("day_detail", args=[patient.public_id, today]))
    assert response.status_code == 404
