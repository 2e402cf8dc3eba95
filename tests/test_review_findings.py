"""Defects found in the pre-release security review, each pinned by a test."""

import smtplib
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from diary.models import Appointment, CareTeamContact, Invitation, Patient, Question, Site
from tests.auth import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiet_client(patient):
    """A client that answers 500 instead of raising, as a browser would see it."""
    client = Client(raise_request_exception=False)
    sign_in(client, patient.user)
    return client


@pytest.mark.parametrize("day", ["0001-01-01", "0001-01-14", "1999-12-31"])
def test_checkin_for_a_day_before_the_diary_begins_is_404_not_500(quiet_client, patient, day):
    url = reverse("checkin", args=[patient.public_id, date.fromisoformat(day)])
    assert quiet_client.get(url).status_code == 404
    assert quiet_client.post(url, {"date": day, "version": "0"}).status_code == 404
    assert not patient.entries.exists()


@pytest.mark.parametrize("target", ["-1", "NaN", "{}", "appointments", "2026-02-30"])
def test_question_next_that_is_not_a_path_redirects_instead_of_500(quiet_client, patient, target):
    response = quiet_client.post(
        reverse("question_add", args=[patient.public_id]),
        {"text": "Is this normal?", "asked_on": patient.today().isoformat(), "next": target},
    )
    assert response.status_code == 302
    assert Question.objects.filter(patient=patient).count() == 1


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_question_next_never_leaves_the_site(quiet_client, patient, target):
    response = quiet_client.post(
        reverse("question_add", args=[patient.public_id]),
        {"text": "Is this normal?", "asked_on": patient.today().isoformat(), "next": target},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("appointments", args=[patient.public_id])


def test_profile_with_an_out_of_range_site_id_re_renders_instead_of_500(quiet_client, patient):
    response = quiet_client.post(
        reverse("profile"),
        {
            "account-name": "Ann",
            "account-time_zone": "Europe/London",
            "diary-temperature_unit": "C",
            "diary-known_sites": ["-99999999999999999999"],
        },
    )
    assert response.status_code == 400
    patient.refresh_from_db()
    assert not patient.known_sites.exists()


def test_profile_still_accepts_a_real_site(quiet_client, patient):
    site = Site.objects.filter(has_symptom_list=True).exclude(slug="general").first()
    response = quiet_client.post(
        reverse("profile"),
        {
            "account-name": "Ann",
            "account-time_zone": "Europe/London",
            "diary-temperature_unit": "C",
            "diary-known_sites": [str(site.pk)],
        },
    )
    assert response.status_code == 302
    assert list(patient.known_sites.all()) == [site]


def test_appointment_can_be_saved_on_29_february(quiet_client, patient, monkeypatch):
    monkeypatch.setattr(Patient, "today", lambda self: date(2028, 2, 29))
    response = quiet_client.post(
        reverse("appointment_new", args=[patient.public_id]),
        {"day": "2028-03-10", "time": "09:30", "kind": "oncology"},
    )
    assert response.status_code == 302
    assert Appointment.objects.filter(patient=patient).count() == 1


def test_appointment_more_than_five_years_ahead_is_still_refused_on_29_february(
    quiet_client, patient, monkeypatch
):
    monkeypatch.setattr(Patient, "today", lambda self: date(2028, 2, 29))
    response = quiet_client.post(
        reverse("appointment_new", args=[patient.public_id]),
        {"day": "2033-03-01", "time": "09:30", "kind": "oncology"},
    )
    assert response.status_code == 400
    assert not Appointment.objects.filter(patient=patient).exists()


def test_invitation_is_not_kept_when_its_email_cannot_be_sent(quiet_client, patient, monkeypatch):
    def broken_send_mail(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr("diary.sharing.send_mail", broken_send_mail)
    url = reverse("caregivers", args=[patient.public_id])
    response = quiet_client.post(url, {"email": "daughter@example.com", "role": "viewer"})
    assert response.status_code == 400
    assert "could not be sent" in response.content.decode()
    assert not Invitation.objects.filter(patient=patient).exists()
    # Once mail works again, inviting the same address is not refused as "already invited".
    monkeypatch.undo()
    response = quiet_client.post(url, {"email": "daughter@example.com", "role": "viewer"})
    assert response.status_code == 302
    assert Invitation.objects.filter(patient=patient).count() == 1


def test_adding_the_same_care_team_address_twice_is_refused(quiet_client, patient):
    url = reverse("contacts", args=[patient.public_id])
    data = {"name": "Nurse Lee", "email": "nurse@example.com", "alert_emails": "on"}
    assert quiet_client.post(url, data).status_code == 302
    response = quiet_client.post(url, {**data, "email": "Nurse@Example.com"})
    assert response.status_code == 400
    assert CareTeamContact.objects.filter(patient=patient).count() == 1


def test_another_patient_may_list_the_same_care_team_address(quiet_client, patient, stranger):
    CareTeamContact.objects.create(patient=stranger, name="Dr Patel", email="dr@example.com")
    response = quiet_client.post(
        reverse("contacts", args=[patient.public_id]),
        {"name": "Dr Patel", "email": "dr@example.com"},
    )
    assert response.status_code == 302
    assert CareTeamContact.objects.filter(patient=patient).count() == 1
