"""Account security: re-authentication, email changes, enumeration, MFA, sessions, audit."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.test import Client
from django.urls import reverse

from diary.models import AuditEvent, CareGrant, CareTeamContact, ShareLink, User
from diary.security import LAST_ACTIVITY_KEY
from tests.auth import mark_reauthenticated, sign_in
from tests.factories import PatientFactory, UserFactory, log_day

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-9"
REAUTH = reverse("account_reauthenticate")


def totp_code(secret: str, offset: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset))


def with_totp(user) -> str:
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(user, secret)
    return secret


def password_login(client, email, password=PASSWORD, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": password, **extra})


@pytest.fixture
def fresh_client(client, patient):
    """Signed in a while ago: she has not typed her password again lately."""
    sign_in(client, patient.user, reauthenticated=False)
    return client


# 1. Re-authentication before sensitive actions --------------------------------------------


def sensitive_posts(patient):
    """(url, data) for every sensitive POST of the diary, with what it needs in place."""
    caregiver = UserFactory()
    grant = CareGrant.objects.create(patient=patient, caregiver=caregiver, role="viewer")
    contact = CareTeamContact.objects.create(patient=patient, name="Nurse", email="n@example.com")
    day = log_day(patient, patient.today())
    pid = patient.public_id
    return {
        "share_links": (
            reverse("share_links", args=[pid]),
            {"period": "30", "label": "Clinic", "days": "7", "nonce": "n1"},
        ),
        "caregivers": (
            reverse("caregivers", args=[pid]),
            {"email": "daughter@example.com", "role": "viewer"},
        ),
        "caregiver_role": (reverse("caregiver_role", args=[pid, grant.pk]), {"role": "editor"}),
        "caregiver_revoke": (reverse("caregiver_revoke", args=[pid, grant.pk]), {}),
        "contacts": (
            reverse("contacts", args=[pid]),
            {"name": "Oncology nurse", "email": "nurse@example.com", "role": "nurse"},
        ),
        "contact_alerts": (
            reverse("contact_alerts", args=[pid, contact.pk]),
            {"alert_emails": "on"},
        ),
        "delete_day": (reverse("delete_day", args=[pid, day.date]), {}),
    }


SENSITIVE = [
    "share_links",
    "caregivers",
    "caregiver_role",
    "caregiver_revoke",
    "contacts",
    "contact_alerts",
    "delete_day",
]


def diary_state(patient):
    return (
        ShareLink.objects.filter(patient=patient).count(),
        patient.invitations.count(),
        list(CareGrant.objects.filter(patient=patient).values_list("role", "revoked_at")),
        list(CareTeamContact.objects.filter(patient=patient).values_list("email", "alert_emails")),
        patient.entries.count(),
    )


@pytest.mark.parametrize("name", SENSITIVE)
def test_sensitive_action_asks_for_the_password_again_and_changes_nothing(
    fresh_client, patient, name
):
    url, data = sensitive_posts(patient)[name]
    before = diary_state(patient)
    response = fresh_client.post(url, data)
    assert response.status_code == 302
    assert response["Location"].startswith(REAUTH)
    assert diary_state(patient) == before


@pytest.mark.parametrize("name", SENSITIVE)
def test_sensitive_action_goes_through_after_a_fresh_password(owner_client, patient, name):
    url, data = sensitive_posts(patient)[name]
    before = diary_state(patient)
    response = owner_client.post(url, data)
    assert not response.get("Location", "").startswith(REAUTH)
    assert diary_state(patient) != before


def test_after_reauthenticating_the_interrupted_request_is_carried_out(fresh_client, patient):
    url, data = sensitive_posts(patient)["share_links"]
    response = fresh_client.post(url, data)
    assert not ShareLink.objects.filter(patient=patient).exists()
    response = fresh_client.post(response["Location"], {"password": PASSWORD})
    assert ShareLink.objects.filter(patient=patient).count() == 1
    assert "Copy this link" in response.content.decode() or response.status_code in (200, 302)


def test_a_wrong_password_does_not_reauthenticate(fresh_client, patient):
    url, data = sensitive_posts(patient)["share_links"]
    response = fresh_client.post(url, data)
    fresh_client.post(response["Location"], {"password": "not-her-password"})
    assert not ShareLink.objects.filter(patient=patient).exists()
    assert fresh_client.post(url, data)["Location"].startswith(REAUTH)


def test_reading_the_sensitive_pages_needs_no_reauthentication(fresh_client, patient):
    for name in ("share_links", "caregivers", "contacts"):
        assert fresh_client.get(reverse(name, args=[patient.public_id])).status_code == 200


def test_a_stranger_still_gets_404_not_a_password_prompt(stranger_client, patient):
    url, data = sensitive_posts(patient)["share_links"]
    assert stranger_client.post(url, data).status_code == 404


def test_a_user_with_two_step_sign_in_can_reauthenticate_with_a_code(fresh_client, patient):
    secret = with_totp(patient.user)
    url, data = sensitive_posts(patient)["share_links"]
    fresh_client.post(url, data)
    page = fresh_client.get(REAUTH + "?next=" + url).content.decode()
    assert reverse("mfa_reauthenticate") in page
    response = fresh_client.post(
        reverse("mfa_reauthenticate") + "?next=" + url, {"code": totp_code(secret)}
    )
    assert ShareLink.objects.filter(patient=patient).count() == 1, response


def test_password_change_asks_for_reauthentication(fresh_client, patient):
    response = fresh_client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": "new", "password2": "new"},
    )
    assert response["Location"].startswith(REAUTH)


def test_adding_two_step_sign_in_asks_for_reauthentication(fresh_client):
    response = fresh_client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert "reauthenticate" in response["Location"]


# 2. E-mail: no takeover, verification, no enumeration ----------------------------------


def test_the_takeover_request_from_the_issue_fails(patient, mailoutbox):
    """A live session alone (a shared computer, a stolen cookie) cannot move the account."""
    victim_email = patient.user.email
    hijacked = Client()
    sign_in(hijacked, patient.user, reauthenticated=False)
    her_browser = Client()

    response = hijacked.post(
        reverse("account_email"),
        {"email": "attacker@example.net", "action_add": ""},
    )
    assert response["Location"].startswith(REAUTH)
    hijacked.post(reverse("account_email"), {"email": "attacker@example.net", "action_primary": ""})
    hijacked.post(response["Location"], {"password": "guessed-wrong"})

    assert not EmailAddress.objects.filter(email="attacker@example.net").exists()
    patient.user.refresh_from_db()
    assert patient.user.email == victim_email
    # A password reset for the attacker's address hands over nothing; hers still signs her in.
    hijacked.post(reverse("account_reset_password"), {"email": "attacker@example.net"})
    assert all("/password/reset/key/" not in m.body for m in mailoutbox)
    assert password_login(her_browser, victim_email).status_code == 302
    assert "_auth_user_id" in her_browser.session


def test_a_new_address_is_primary_only_once_verified_and_the_old_one_is_told(
    owner_client, patient, mailoutbox
):
    old = patient.user.email
    owner_client.post(reverse("account_email"), {"email": "new@example.org", "action_add": ""})
    # Not yet: even asking to make it primary leaves the old, verified address in place.
    owner_client.post(reverse("account_email"), {"email": "new@example.org", "action_primary": ""})
    patient.user.refresh_from_db()
    assert patient.user.email == old
    to_new = [m for m in mailoutbox if "new@example.org" in m.to]
    assert len(to_new) == 1
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", to_new[0].body).group(1)

    owner_client.post(link)

    patient.user.refresh_from_db()
    assert patient.user.email == "new@example.org"
    notices = [m for m in mailoutbox if old in m.to]
    assert notices and "new@example.org" in notices[-1].body
    assert AuditEvent.objects.filter(
        actor=patient.user, action=AuditEvent.Action.EMAIL_CHANGED
    ).exists()


def test_sign_up_with_a_taken_address_answers_like_a_new_one(client, patient, mailoutbox):
    data = {"password1": "Quiet lanterns drift over 9 rivers", "password2": ""}
    data["password2"] = data["password1"]
    taken = client.post(reverse("account_signup"), {**data, "email": patient.user.email})
    fresh = Client().post(reverse("account_signup"), {**data, "email": "brand-new@example.com"})
    assert (taken.status_code, taken["Location"]) == (fresh.status_code, fresh["Location"])
    assert User.objects.filter(email__iexact=patient.user.email).count() == 1
    # The owner of the taken address is told by e-mail, not the person at the keyboard.
    assert any(patient.user.email in m.to for m in mailoutbox)


def test_nobody_signs_in_before_verifying_the_address(client):
    user = UserFactory(verified_email=False)
    response = password_login(client, user.email)
    assert "_auth_user_id" not in client.session
    assert response["Location"] == reverse("account_email_verification_sent")


@pytest.mark.parametrize("name", ["share_links", "caregivers", "contacts", "contact_alerts"])
def test_sharing_needs_a_verified_address(client, name):
    patient = PatientFactory(user=UserFactory(verified_email=False))
    sign_in(client, patient.user)
    url, data = sensitive_posts(patient)[name]
    before = diary_state(patient)
    response = client.post(url, data, follow=True)
    assert "Confirm your email address before you share your diary" in response.content.decode()
    assert diary_state(patient) == before


# 3. Second factor, offered to everyone, required for the admin --------------------------


# allauth announces a new authenticator once the transaction commits: a real one, here.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_totp_set_up_then_log_in_with_a_code(client, patient, mailoutbox):
    sign_in(client, patient.user)
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=patient.user, type="totp").exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.MFA_ADDED).exists()
    assert any(patient.user.email in m.to for m in mailoutbox)  # she is told

    other = Client()
    response = password_login(other, patient.user.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in other.session
    other.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "_auth_user_id" not in other.session
    other.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert other.session["_auth_user_id"] == str(patient.user.pk)


def test_removing_totp_is_audited(owner_client, patient):
    secret = with_totp(patient.user)
    mark_reauthenticated(owner_client, patient.user)
    owner_client.post(reverse("mfa_deactivate_totp"), {"code": totp_code(secret)})
    assert not Authenticator.objects.filter(user=patient.user, type="totp").exists()
    assert AuditEvent.objects.filter(
        actor=patient.user, action=AuditEvent.Action.MFA_REMOVED
    ).exists()


def test_the_first_log_in_offers_two_step_sign_in_once_and_never_forces_it(client, patient):
    response = password_login(client, patient.user.email)
    assert response["Location"].startswith(reverse("offer_mfa"))
    offer = client.get(response["Location"]).content.decode()
    assert "Not now" in offer
    assert client.get(reverse("diary_home", args=[patient.public_id])).status_code == 200
    client.post(reverse("account_logout"))
    again = password_login(client, patient.user.email)
    assert not again["Location"].startswith(reverse("offer_mfa"))


def test_the_offer_never_sends_anyone_to_another_site(owner_client):
    page = owner_client.get(reverse("offer_mfa") + "?next=https://evil.example/").content.decode()
    assert "evil.example" not in page


def test_webauthn_security_keys_can_be_added(owner_client):
    page = owner_client.get(reverse("mfa_add_webauthn"))
    assert page.status_code == 200
    assert "mfa/js/webauthn.js" in page.content.decode()


ADMIN = "/" + settings.ADMIN_URL


def test_staff_without_a_second_factor_are_sent_to_set_one_up(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    sign_in(client, staff)
    response = client.get(ADMIN)
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_with_a_second_factor_reach_the_admin(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    with_totp(staff)
    sign_in(client, staff)
    assert client.get(ADMIN).status_code == 200


def test_the_admin_login_is_the_site_login(client):
    response = client.get(ADMIN + "login/")
    assert response["Location"].startswith(reverse("account_login"))
    assert client.get("/admin/").status_code == 404


# 4. Sessions ---------------------------------------------------------------------------


def set_last_activity(client, seconds_ago: int) -> None:
    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - seconds_ago
    session.save()


def test_a_session_idle_for_30_minutes_is_signed_out(owner_client, patient):
    home = reverse("diary_home", args=[patient.public_id])
    assert owner_client.get(home).status_code == 200
    set_last_activity(owner_client, settings.SESSION_IDLE_TIMEOUT + 5)
    response = owner_client.get(home)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in owner_client.session


def test_a_session_used_within_30_minutes_stays_signed_in(owner_client, patient):
    home = reverse("diary_home", args=[patient.public_id])
    owner_client.get(home)
    set_last_activity(owner_client, settings.SESSION_IDLE_TIMEOUT - 60)
    assert owner_client.get(home).status_code == 200


def test_keep_me_signed_in_lasts_14_days_and_survives_idleness(client, patient):
    password_login(client, patient.user.email, remember="on")
    assert client.session.get_expiry_age() == 14 * 24 * 3600
    assert not client.session.get_expire_at_browser_close()
    client.get("/")
    set_last_activity(client, 3 * 3600)
    home = reverse("diary_home", args=[patient.public_id])
    assert client.get(home).status_code == 200


def test_without_keep_me_signed_in_the_cookie_ends_with_the_browser(client, patient):
    page = client.get(reverse("account_login")).content.decode()
    assert "Keep me signed in on this device" in page
    password_login(client, patient.user.email)
    assert client.session.get_expire_at_browser_close()


def test_sign_out_everywhere_else(patient):
    laptop, phone = Client(), Client()
    password_login(laptop, patient.user.email)
    password_login(phone, patient.user.email)
    home = reverse("diary_home", args=[patient.public_id])
    assert phone.get(home).status_code == 200
    page = laptop.get(reverse("usersessions_list")).content.decode()
    assert "Sign out everywhere else" in page

    laptop.post(reverse("usersessions_list"))

    assert phone.get(home).status_code == 302
    assert laptop.get(home).status_code == 200
    assert UserSession.objects.filter(user=patient.user).count() == 1
    assert AuditEvent.objects.filter(
        actor=patient.user, action=AuditEvent.Action.SESSIONS_ENDED
    ).exists()


# 8. Audit of account changes -----------------------------------------------------------


def test_password_change_is_audited(owner_client, patient):
    new = "Seven amber kites above the quiet harbour"
    response = owner_client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(
        actor=patient.user, action=AuditEvent.Action.PASSWORD_CHANGED
    ).exists()


def test_failed_log_ins_are_audited_only_for_existing_accounts(client, patient):
    password_login(client, patient.user.email, password="wrong-one")
    password_login(client, "nobody-here@example.com", password="wrong-one")
    failed = AuditEvent.objects.filter(action=AuditEvent.Action.LOGIN_FAILED)
    assert list(failed.values_list("actor", flat=True)) == [patient.user.pk]


def test_failed_log_ins_reach_the_audit_log_at_most_20_an_hour(patient, settings):
    for n in range(25):
        # Each from its own address, so the log-in limits do not stop them first.
        Client(REMOTE_ADDR=f"198.51.100.{n + 1}").post(
            reverse("account_login"), {"login": patient.user.email, "password": "wrong"}
        )
    assert AuditEvent.objects.filter(action=AuditEvent.Action.LOGIN_FAILED).count() == 20
