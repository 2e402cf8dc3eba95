"""Caregivers, invitations, share links and the audit log."""

import re
import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    AuditEvent,
    CareGrant,
    DailyEntry,
    Invitation,
    ShareLink,
)
from diary.models.sharing import hash_token
from tests.auth import sign_in
from tests.factories import PatientFactory, UserFactory, log_day

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client()
    sign_in(client, user)
    return client


def invite(owner_client, patient, email, role="viewer"):
    return owner_client.post(
        reverse("caregivers", args=[patient.public_id]), {"email": email, "role": role}
    )


def invitation_token():
    return re.search(r"/invitations/([\w-]+)/", mail.outbox[-1].body).group(1)


def test_invite_accept_and_use_the_diary_as_a_viewer(owner_client, patient):
    helper = UserFactory(email="daughter@example.com")
    assert invite(owner_client, patient, "Daughter@Example.com").status_code == 302
    invitation = Invitation.objects.get()
    token = invitation_token()
    assert invitation.token_hash == hash_token(token) and token not in invitation.token_hash
    helper_client = client_for(helper)
    page = helper_client.get(reverse("invitation", args=[token]))
    assert page.status_code == 200
    assert "invites you" in page.content.decode()
    response = helper_client.post(reverse("invitation", args=[token]))
    assert response["Location"] == reverse("diary_home", args=[patient.public_id])
    grant = CareGrant.objects.get()
    assert (grant.caregiver, grant.role) == (helper, "viewer")
    home = helper_client.get(reverse("diary_home", args=[patient.public_id]))
    assert "You are looking at the diary of" in home.content.decode()
    # A viewer reads but never changes.
    day = patient.today()
    assert helper_client.get(reverse("history", args=[patient.public_id])).status_code == 200
    assert helper_client.get(reverse("checkin", args=[patient.public_id, day])).status_code == 403
    assert (
        helper_client.post(
            reverse("checkin", args=[patient.public_id, day]),
            {"date": day.isoformat(), "version": "0", "temperature_unit": "C"},
        ).status_code
        == 403
    )
    assert not DailyEntry.objects.exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"invited", "granted", "diary_opened"} <= actions


def test_an_invitation_works_once(owner_client, patient):
    helper = UserFactory(email="partner@example.com")
    invite(owner_client, patient, "partner@example.com")
    token = invitation_token()
    helper_client = client_for(helper)
    helper_client.post(reverse("invitation", args=[token]))
    assert helper_client.post(reverse("invitation", args=[token])).status_code == 404
    assert helper_client.get(reverse("invitation", args=[token])).status_code == 404
    assert CareGrant.objects.count() == 1


def test_an_expired_invitation_is_404(owner_client, patient):
    helper = UserFactory(email="late@example.com")
    invite(owner_client, patient, "late@example.com")
    token = invitation_token()
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client_for(helper).post(reverse("invitation", args=[token]))
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert not CareGrant.objects.exists()


@pytest.mark.parametrize("token", ["x", "a" * 43, "../../etc", "%00"])
def test_tampered_invitation_tokens_are_404(token):
    user = UserFactory()
    assert client_for(user).get(f"/invitations/{token}/").status_code == 404


def test_someone_elses_invitation_is_404(owner_client, patient):
    invite(owner_client, patient, "intended@example.com")
    token = invitation_token()
    intruder = UserFactory(email="intruder@example.com")
    assert client_for(intruder).post(reverse("invitation", args=[token])).status_code == 404
    assert not CareGrant.objects.exists()


def test_invitation_tells_anonymous_who_invites_and_keeps_the_link_through_sign_up(
    owner_client, patient
):
    invite(owner_client, patient, "new@example.com")
    token = invitation_token()
    path = reverse("invitation", args=[token])
    response = Client().get(path)
    assert response.status_code == 200
    assert f"{patient.display_name} invites you" in response.text
    assert f"/accounts/signup/?next={path}" in response.text
    assert f"/accounts/login/?next={path}" in response.text


def test_anonymous_cannot_accept_an_invitation(owner_client, patient):
    invite(owner_client, patient, "new@example.com")
    response = Client().post(reverse("invitation", args=[invitation_token()]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not CareGrant.objects.exists()


def test_anonymous_gets_404_for_a_made_up_invitation():
    assert Client().get("/invitations/made-up-token/").status_code == 404


@pytest.mark.parametrize(
    ("email", "role", "message"),
    [
        ("self", "viewer", "your own address"),
        ("helper@example.com", "admin", "Choose viewer or editor"),
        ("not-an-email", "viewer", "Enter a valid email address"),
    ],
)
def test_bad_invitations_are_refused(owner_client, patient, email, role, message):
    email = patient.user.email if email == "self" else email
    response = invite(owner_client, patient, email, role)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Invitation.objects.exists()


def test_inviting_twice_is_refused(owner_client, patient):
    invite(owner_client, patient, "twice@example.com")
    response = invite(owner_client, patient, "twice@example.com")
    assert response.status_code == 400
    assert "already invited" in response.content.decode()
    assert Invitation.objects.count() == 1


def make_grant(patient, role="viewer", **user):
    return CareGrant.objects.create(patient=patient, caregiver=UserFactory(**user), role=role)


def test_an_editor_logs_a_day_that_says_logged_by(patient):
    grant = make_grant(patient, "editor", name="Sam")
    editor = client_for(grant.caregiver)
    day = patient.today()
    response = editor.post(
        reverse("checkin", args=[patient.public_id, day]),
        {"date": day.isoformat(), "version": "0", "temperature_unit": "C", "severity-cough": "2"},
    )
    assert response.status_code == 302
    entry = DailyEntry.objects.get()
    assert entry.created_by == grant.caregiver
    assert entry.reports.get().created_by == grant.caregiver
    owner = client_for(patient.user)
    page = owner.get(reverse("day_detail", args=[patient.public_id, day])).content.decode()
    assert "Logged by Sam" in page
    changes = owner.get(reverse("day_changes", args=[patient.public_id, day]))
    assert "Added Cough: moderate" in changes.content.decode()
    assert "Sam" in changes.content.decode()


def test_revoking_takes_effect_at_once(owner_client, patient):
    grant = make_grant(patient)
    caregiver = client_for(grant.caregiver)
    assert caregiver.get(reverse("diary_home", args=[patient.public_id])).status_code == 200
    owner_client.post(reverse("caregiver_revoke", args=[patient.public_id, grant.pk]))
    assert caregiver.get(reverse("diary_home", args=[patient.public_id])).status_code == 404
    assert caregiver.get(reverse("history", args=[patient.public_id])).status_code == 404


def test_changing_a_role(owner_client, patient):
    grant = make_grant(patient)
    owner_client.post(
        reverse("caregiver_role", args=[patient.public_id, grant.pk]), {"role": "editor"}
    )
    grant.refresh_from_db()
    assert grant.role == "editor"
    response = owner_client.post(
        reverse("caregiver_role", args=[patient.public_id, grant.pk]), {"role": "owner"}
    )
    assert response.status_code == 302
    grant.refresh_from_db()
    assert grant.role == "editor"


def test_a_caregiver_of_two_patients_chooses_and_sees_whose_diary(patient):
    other = PatientFactory(user__name="Rosa")
    grant = make_grant(patient)
    CareGrant.objects.create(patient=other, caregiver=grant.caregiver, role="editor")
    client = client_for(grant.caregiver)
    chooser = client.get("/").content.decode()
    assert patient.display_name in chooser and "Rosa" in chooser
    page = client.get(reverse("diary_home", args=[other.public_id])).content.decode()
    assert "You are looking at the diary of <strong>Rosa</strong>" in page


def test_caregiver_pages_are_the_owners_alone(patient):
    editor = client_for(make_grant(patient, "editor").caregiver)
    for name in ("caregivers", "share_links", "contacts", "access_history"):
        assert editor.get(reverse(name, args=[patient.public_id])).status_code == 403


# --- share links ---------------------------------------------------------------------------


def create_link(owner_client, patient, **extra):
    data = {"preset": "30", "label": "Dr Patel", "days": "14", "nonce": uuid.uuid4().hex, **extra}
    response = owner_client.post(reverse("share_links", args=[patient.public_id]), data)
    match = re.search(r'value="(http[^"]+/s/([\w-]+)/)"', response.content.decode())
    return response, (match.group(2) if match else None)


def test_a_share_link_opens_the_summary_and_pdf_without_login(owner_client, patient):
    log_day(patient, patient.today(), severities={"cough": 2}, notes="private words")
    response, token = create_link(owner_client, patient)
    assert response.status_code == 200 and token
    link = ShareLink.objects.get()
    assert link.token_hash == hash_token(token)
    assert len(token) >= 43  # 256 bits, base64
    visitor = Client()
    page = visitor.get(reverse("shared_summary", args=[token]))
    assert page.status_code == 200
    assert "Symptom and side-effect summary" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    assert "noindex" in page["X-Robots-Tag"]
    pdf = visitor.get(reverse("shared_summary_pdf", args=[token]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    link.refresh_from_db()
    assert link.open_count == 2 and link.last_opened_at
    # Nothing else opens with it.
    assert visitor.get(reverse("history", args=[patient.public_id])).status_code == 302
    listing = owner_client.get(reverse("share_links", args=[patient.public_id])).content.decode()
    assert "2 times" in listing


def test_a_revoked_or_expired_share_link_stops_working(owner_client, patient):
    _, token = create_link(owner_client, patient)
    link = ShareLink.objects.get()
    owner_client.post(reverse("share_link_revoke", args=[patient.public_id, link.pk]))
    assert Client().get(reverse("shared_summary", args=[token])).status_code == 404
    _, token2 = create_link(owner_client, patient)
    ShareLink.objects.filter(revoked_at__isnull=True).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert Client().get(reverse("shared_summary", args=[token2])).status_code == 404
    assert Client().get(reverse("shared_summary_pdf", args=[token2])).status_code == 404


@pytest.mark.parametrize("days", ["0", "91", "-3", "x"])
def test_share_link_expiry_is_1_to_90_days(owner_client, patient, days):
    response, token = create_link(owner_client, patient, days=days)
    assert response.status_code == 400
    assert token is None and not ShareLink.objects.exists()


def test_share_link_with_a_bad_period_is_refused(owner_client, patient):
    response, _ = create_link(
        owner_client, patient, preset="custom", start="2026-05-01", end="2026-04-01"
    )
    assert response.status_code == 400
    assert not ShareLink.objects.exists()


def test_sending_the_same_form_twice_makes_one_link(owner_client, patient):
    url = reverse("share_links", args=[patient.public_id])
    data = {"preset": "30", "label": "Dr Patel", "days": "14", "nonce": "same-form"}
    first = owner_client.post(url, data)
    second = owner_client.post(url, data)
    assert first.status_code == second.status_code == 200
    assert ShareLink.objects.count() == 1
    assert "was created only once" in second.content.decode()


def test_the_share_link_secret_is_not_kept(owner_client, patient):
    _, token = create_link(owner_client, patient)
    listing = owner_client.get(reverse("share_links", args=[patient.public_id])).content.decode()
    assert token not in listing


# Alert e-mails: tests/test_privacy_alerts.py.


# --- audit -------------------------------------------------------------------------------------


def test_logins_and_failed_logins_are_audited_without_passwords(patient):
    client = Client()
    client.post(
        reverse("account_login"), {"login": patient.user.email, "password": "wrong-password-1"}
    )
    client.post(
        reverse("account_login"),
        {"login": patient.user.email, "password": "correct-horse-battery-9"},
    )
    actions = list(AuditEvent.objects.filter(patient=patient).values_list("action", flat=True))
    assert "login_failed" in actions and "login" in actions
    assert not AuditEvent.objects.filter(detail__icontains="wrong").exists()
    page = client.get(reverse("access_history", args=[patient.public_id])).content.decode()
    assert "Failed log-in" in page and "Logged in" in page


def test_exports_are_audited(owner_client, patient):
    owner_client.get(reverse("summary_csv", args=[patient.public_id]) + "?preset=30")
    assert AuditEvent.objects.filter(action="export", detail="csv").exists()


def test_audit_events_are_append_only(patient):
    event = AuditEvent.objects.create(patient=patient, action="export")
    event.detail = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_the_audit_never_holds_note_text(owner_client, patient):
    log_day(patient, patient.today(), notes="my very private words")
    grant = make_grant(patient)
    client_for(grant.caregiver).get(
        reverse("day_detail", args=[patient.public_id, patient.today()])
    )
    owner_client.get(reverse("summary_pdf", args=[patient.public_id]) + "?preset=30")
    assert not AuditEvent.objects.filter(detail__icontains="private").exists()
