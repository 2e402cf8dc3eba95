"""Appointments and questions for the next appointment."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from diary.models import Appointment, Question

pytestmark = pytest.mark.django_db


def appointment_form(**extra):
    data = {
        "day": (timezone.localdate() + timedelta(days=10)).isoformat(),
        "time": "09:30",
        "kind": "oncology",
        "with_whom": "Dr Patel",
        "location": "Clinic 4",
        "notes": "",
    }
    data.update(extra)
    return data


def test_add_an_appointment_in_the_patients_time_zone(owner_client, patient):
    response = owner_client.post(
        reverse("appointment_new", args=[patient.public_id]), appointment_form()
    )
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    local = timezone.localtime(appointment.starts_at, patient.zone)
    assert (local.hour, local.minute) == (9, 30)
    assert appointment.patient == patient


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"day": "1850-03-01"}, "Choose a date between"),
        ({"day": "2026-02-30"}, "Enter a valid date"),
        ({"time": "25:00"}, "Enter a time such as 09:30"),
        ({"kind": "astrology"}, "Select a valid choice"),
        ({"notes": "n" * 2001}, "at most 2000 characters"),
        ({"with_whom": "<b>" * 100}, "at most 120 characters"),
    ],
)
def test_bad_appointment_input_is_rejected(owner_client, patient, extra, message):
    response = owner_client.post(
        reverse("appointment_new", args=[patient.public_id]), appointment_form(**extra)
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Appointment.objects.exists()


def test_appointments_page_splits_upcoming_and_past(owner_client, patient):
    now = timezone.now()
    Appointment.objects.create(patient=patient, starts_at=now + timedelta(days=3), kind="ct")
    Appointment.objects.create(
        patient=patient, starts_at=now - timedelta(days=3), kind="blood_test"
    )
    html = owner_client.get(reverse("appointments", args=[patient.public_id])).content.decode()
    assert (
        html.index("Upcoming")
        < html.index("Scan: CT")
        < html.index("Past")
        < html.index("Blood test")
    )


def test_home_shows_next_appointment_and_links_the_period_since_the_last(owner_client, patient):
    now = timezone.now()
    Appointment.objects.create(
        patient=patient, starts_at=now + timedelta(days=3), kind="mri", with_whom="Dr Lee"
    )
    last = Appointment.objects.create(
        patient=patient, starts_at=now - timedelta(days=20), kind="oncology"
    )
    html = owner_client.get(reverse("diary_home", args=[patient.public_id])).content.decode()
    assert "Scan: MRI" in html and "Dr Lee" in html
    assert "Prepare the summary since my last appointment" in html
    assert "summary/?preset=since_last" in html
    assert last.pk


def test_edit_and_delete_an_appointment(owner_client, patient):
    appointment = Appointment.objects.create(
        patient=patient, starts_at=timezone.now(), kind="nurse"
    )
    url = reverse("appointment_edit", args=[patient.public_id, appointment.pk])
    assert owner_client.get(url).status_code == 200
    owner_client.post(url, appointment_form(kind="biopsy"))
    appointment.refresh_from_db()
    assert appointment.kind == "biopsy"
    owner_client.post(reverse("appointment_delete", args=[patient.public_id, appointment.pk]))
    assert not Appointment.objects.exists()


def test_strangers_get_404_on_appointments(stranger_client, patient):
    appointment = Appointment.objects.create(
        patient=patient, starts_at=timezone.now(), kind="nurse"
    )
    for name, args in [
        ("appointments", []),
        ("appointment_new", []),
        ("appointment_edit", [appointment.pk]),
        ("appointment_delete", [appointment.pk]),
    ]:
        url = reverse(name, args=[patient.public_id, *args])
        assert stranger_client.get(url).status_code == 404
        assert stranger_client.post(url, appointment_form()).status_code == 404
    assert Appointment.objects.count() == 1


def test_appointments_anonymous_and_wrong_method(owner_client, patient):
    url = reverse("appointments", args=[patient.public_id])
    assert Client().get(url).status_code == 302
    assert owner_client.post(url).status_code == 405


def question_url(patient, name="question_add", *args):
    return reverse(name, args=[patient.public_id, *args])


def test_add_a_question_from_a_day_and_tick_it_off(owner_client, patient):
    day = patient.today() - timedelta(days=2)
    back = reverse("day_detail", args=[patient.public_id, day])
    response = owner_client.post(
        question_url(patient),
        {"text": "Is the bone pain from the tablets?", "asked_on": day.isoformat(), "next": back},
    )
    assert response["Location"] == back
    question = Question.objects.get()
    assert (question.asked_on, question.answered_at) == (day, None)
    owner_client.post(question_url(patient, "question_toggle", question.pk))
    question.refresh_from_db()
    assert question.answered_at is not None
    html = owner_client.get(reverse("appointments", args=[patient.public_id])).content.decode()
    assert "Answered questions (1)" in html


def test_question_redirect_never_leaves_the_site(owner_client, patient):
    response = owner_client.post(
        question_url(patient),
        {"text": "q", "asked_on": patient.today().isoformat(), "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("appointments", args=[patient.public_id])


@pytest.mark.parametrize(
    "data",
    [
        {"text": "", "asked_on": "2026-01-01"},
        {"text": "q" * 501, "asked_on": "2026-01-01"},
        {"text": "q", "asked_on": "2999-01-01"},
    ],
)
def test_bad_questions_are_rejected(owner_client, patient, data):
    response = owner_client.post(question_url(patient), data)
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_strangers_cannot_touch_questions(stranger_client, patient):
    question = Question.objects.create(patient=patient, text="mine", asked_on=patient.today())
    assert (
        stranger_client.post(
            question_url(patient), {"text": "x", "asked_on": "2026-01-01"}
        ).status_code
        == 404
    )
    assert (
        stranger_client.post(question_url(patient, "question_toggle", question.pk)).status_code
        == 404
    )
    assert (
        stranger_client.post(question_url(patient, "question_delete", question.pk)).status_code
        == 404
    )
    assert Question.objects.get().answered_at is None


def test_question_endpoints_only_take_post(owner_client, patient):
    question = Question.objects.create(patient=patient, text="mine", asked_on=patient.today())
    assert owner_client.get(question_url(patient)).status_code == 405
    assert (
        owner_client.get(question_url(patient, "question_toggle", question.pk)).status_code == 405
    )


def test_pressing_save_twice_adds_one_appointment(owner_client, patient):
    url = reverse("appointment_new", args=[patient.public_id])
    assert owner_client.post(url, appointment_form()).status_code == 302
    second = owner_client.post(url, appointment_form())
    assert second.status_code == 400
    assert "already in your list" in second.content.decode()
    assert Appointment.objects.count() == 1


def test_the_same_question_twice_is_kept_once(owner_client, patient):
    data = {"text": "Is this normal?", "asked_on": patient.today().isoformat()}
    owner_client.post(question_url(patient), data)
    response = owner_client.post(question_url(patient), {**data, "text": " is this NORMAL? "})
    assert response.status_code == 400
    assert Question.objects.count() == 1
