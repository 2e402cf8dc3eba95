"""Alert emails: no health data, no open doors, an address confirmed first, the outbox kept."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from diary.models import AuditEvent, CareTeamContact, DailyEntry, Notification, ShareLink
from diary.notifications import ALERT_LINK_HOURS

pytestmark = pytest.mark.django_db

PRIVATE = ("Seizure", "seizure", "secret note", "severe", "Severe", "worsening", "red flag")


def confirmed_contact(patient, **extra) -> CareTeamContact:
    fields = {"name": "Nurse Kim", "email": "kim@clinic.example", "alert_emails": True}
    return CareTeamContact.objects.create(
        patient=patient, confirmed_at=timezone.now(), **{**fields, **extra}
    )


def log_red_flag(client, patient, *, notes="secret note"):
    day = patient.today()
    version = patient.entries.filter(date=day).values_list("version", flat=True).first() or 0
    return client.post(
        reverse("checkin", args=[patient.public_id, day]),
        {
            "date": day.isoformat(),
            "version": str(version),
            "temperature_unit": "C",
            "severity-seizure": "1",
            "notes": notes,
        },
    )


def send():
    call_command("send_notifications", stdout=io.StringIO())


def add_contact(client, patient, **data):
    return client.post(
        reverse("contacts", args=[patient.public_id]),
        {"name": "Nurse Lee", "email": "lee@clinic.example", "alert_emails": "on", **data},
    )


def confirmation_token(message) -> str:
    return re.search(r"/care-team/confirm/([\w-]+)/", message.body).group(1)


# --- confirming the address ------------------------------------------------------------------


def test_adding_a_contact_sends_a_confirmation_link_and_no_alert_before_it_is_used(
    owner_client, patient
):
    mail.outbox.clear()
    assert add_contact(owner_client, patient).status_code == 302
    contact = CareTeamContact.objects.get(patient=patient)
    assert contact.confirmed_at is None
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lee@clinic.example"]
    token = confirmation_token(mail.outbox[0])
    assert token not in contact.confirm_token_hash  # only the hash is kept
    log_red_flag(owner_client, patient)
    assert not Notification.objects.exists()


def test_the_confirmation_page_is_public_and_a_get_confirms_nothing(owner_client, patient):
    add_contact(owner_client, patient)
    token = confirmation_token(mail.outbox[-1])
    url = reverse("contact_confirm", args=[token])
    anonymous = Client()
    page = anonymous.get(url)
    assert page.status_code == 200 and "Confirm my address" in page.content.decode()
    assert CareTeamContact.objects.get().confirmed_at is None
    assert anonymous.post(url).status_code == 200
    contact = CareTeamContact.objects.get()
    assert contact.confirmed_at is not None and contact.confirm_token_hash == ""
    assert AuditEvent.objects.filter(action="contact_confirmed", patient=patient).exists()
    # The link works once.
    assert anonymous.get(url).status_code == 404
    log_red_flag(owner_client, patient)
    assert Notification.objects.filter(contact=contact).count() == 1


def test_a_made_up_or_stale_confirmation_link_does_nothing(owner_client, patient):
    add_contact(owner_client, patient)
    assert Client().post(reverse("contact_confirm", args=["made-up"])).status_code == 404
    token = confirmation_token(mail.outbox[-1])
    CareTeamContact.objects.update(confirm_sent_at=timezone.now() - timezone.timedelta(days=15))
    assert Client().post(reverse("contact_confirm", args=[token])).status_code == 404
    assert CareTeamContact.objects.get().confirmed_at is None


def test_the_patient_may_send_the_confirmation_again(owner_client, patient):
    add_contact(owner_client, patient)
    first = confirmation_token(mail.outbox[-1])
    contact = CareTeamContact.objects.get()
    response = owner_client.post(reverse("contact_resend", args=[patient.public_id, contact.pk]))
    assert response.status_code == 302
    second = confirmation_token(mail.outbox[-1])
    assert first != second
    assert Client().get(reverse("contact_confirm", args=[first])).status_code == 404
    assert Client().get(reverse("contact_confirm", args=[second])).status_code == 200


def test_a_stranger_cannot_resend_a_confirmation(stranger_client, patient):
    contact = CareTeamContact.objects.create(patient=patient, name="Kim", email="k@example.com")
    url = reverse("contact_resend", args=[patient.public_id, contact.pk])
    assert stranger_client.post(url).status_code == 404


def test_a_failed_confirmation_mail_keeps_the_contact_unconfirmed(
    owner_client, patient, monkeypatch
):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("diary.notifications.send_mail", broken)
    response = add_contact(owner_client, patient)
    assert response.status_code == 302
    contact = CareTeamContact.objects.get()
    assert contact.confirmed_at is None


# --- what the alert says ---------------------------------------------------------------------


def test_an_alert_names_no_symptom_severity_or_date_and_carries_no_link_by_default(
    owner_client, patient
):
    confirmed_contact(patient)
    CareTeamContact.objects.create(patient=patient, name="Quiet", email="q@clinic.example")
    log_red_flag(owner_client, patient)
    assert Notification.objects.count() == 1
    mail.outbox.clear()
    send()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kim@clinic.example"]
    for private in (*PRIVATE, patient.today().isoformat(), f"{patient.today():%d %B}"):
        assert private not in message.body and private not in message.subject
    assert "http" not in message.body and "/s/" not in message.body
    assert not ShareLink.objects.exists()
    assert AuditEvent.objects.filter(action="alert_sent", patient=patient).exists()


def test_a_contact_opted_in_gets_a_48_hour_link_that_is_listed_and_audited(owner_client, patient):
    confirmed_contact(patient, include_link=True)
    log_red_flag(owner_client, patient)
    mail.outbox.clear()
    send()
    message = mail.outbox[0]
    token = re.search(r"/s/([\w-]+)/", message.body).group(1)
    link = ShareLink.objects.get(patient=patient)
    lifetime = link.expires_at - link.created_at
    assert abs(lifetime.total_seconds() - ALERT_LINK_HOURS * 3600) < 60
    assert token not in link.token_hash
    assert AuditEvent.objects.filter(
        action="share_created", patient=patient, detail__contains=f"link {link.pk}"
    ).exists()
    assert Client().get(reverse("shared_summary", args=[token])).status_code == 200
    for private in PRIVATE:
        assert private not in message.subject


def test_the_patient_chooses_the_link_per_contact(owner_client, patient):
    contact = confirmed_contact(patient)
    url = reverse("contact_alerts", args=[patient.public_id, contact.pk])
    owner_client.post(url, {"alert_emails": "on", "include_link": "on"})
    contact.refresh_from_db()
    assert contact.alert_emails and contact.include_link
    assert AuditEvent.objects.filter(
        action="contact_changed", detail=f"careteamcontact {contact.pk}: include_link"
    ).exists()
    owner_client.post(url, {"alert_emails": "on"})
    contact.refresh_from_db()
    assert contact.alert_emails and not contact.include_link


# --- the outbox's guarantees -----------------------------------------------------------------


def test_a_day_saved_twice_is_queued_and_sent_once(owner_client, patient):
    confirmed_contact(patient)
    log_red_flag(owner_client, patient)
    log_red_flag(owner_client, patient, notes="again")
    assert Notification.objects.count() == 1
    assert DailyEntry.objects.count() == 1
    mail.outbox.clear()
    send()
    send()
    assert len(mail.outbox) == 1
    assert Notification.objects.get().sent_at is not None


def test_a_quiet_day_writes_no_email(owner_client, patient):
    confirmed_contact(patient)
    owner_client.post(
        reverse("checkin", args=[patient.public_id, patient.today()]),
        {
            "date": patient.today().isoformat(),
            "version": "0",
            "temperature_unit": "C",
            "severity-cough": "1",
        },
    )
    assert DailyEntry.objects.count() == 1
    assert not Notification.objects.exists()


def test_a_failed_send_is_kept_and_retried(owner_client, patient, monkeypatch):
    confirmed_contact(patient, include_link=True)
    log_red_flag(owner_client, patient)

    def broken(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("diary.notifications.send_mail", broken)
    send()
    pending = Notification.objects.get()
    assert pending.sent_at is None and pending.attempts == 1
    assert pending.last_error == "ConnectionRefusedError"
    assert not ShareLink.objects.exists()  # the link of the failed send was rolled back
    assert not AuditEvent.objects.filter(action="alert_sent").exists()
    monkeypatch.undo()
    send()
    assert Notification.objects.get().sent_at is not None
