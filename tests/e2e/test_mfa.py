"""Two-step sign-in in a real browser: an authenticator app (TOTP), a security key (WebAuthn),
and the email takeover from a hijacked session, refused."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.auth import sign_in
from tests.e2e.conftest import nav_to

PASSWORD = "correct-horse-battery-9"


def totp_code(secret: str) -> str:
    """What the person's authenticator app shows now (RFC 6238, 30-second steps)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def log_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_set_up_an_authenticator_app_then_log_in_with_a_code(page, patient, login, axe_check, shot):
    login(page, patient.user)
    page.goto("/")
    nav_to(page, "Security")
    expect(page.get_by_role("heading", level=1)).to_have_text("Account security")
    axe_check(page)
    shot(page, "account-security")
    page.get_by_role("link", name="Manage two-step sign-in").click()
    axe_check(page)
    page.get_by_role("link", name="Activate").click()

    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    axe_check(page)
    shot(page, "mfa-activate")
    secret = page.get_by_label("Authenticator secret").input_value()
    page.get_by_label("Authenticator code").fill(totp_code(secret))
    page.get_by_role("button", name="Activate").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Recovery Codes")
    axe_check(page)
    assert Authenticator.objects.filter(user=patient.user, type="totp").exists()

    nav_to(page, "Log out")
    log_in(page, patient.user.email)

    expect(page.get_by_role("heading", level=1)).to_have_text("Two-Factor Authentication")
    axe_check(page)
    shot(page, "mfa-authenticate")
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    expect(page).to_have_url(re.compile(r"/d/[0-9a-f-]+/$"))


@pytest.mark.parametrize("screen", ["desktop"])
def test_add_a_security_key(page, patient, login, axe_check, settings):
    """WebAuthn with Chromium's virtual authenticator standing in for a key or a passkey."""
    settings.MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True  # http://localhost in the tests only
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    login(page, patient.user)
    page.goto("/accounts/2fa/webauthn/add/")
    axe_check(page)
    page.get_by_label("Name").fill("My key")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Recovery Codes")
    assert Authenticator.objects.filter(user=patient.user, type="webauthn").exists()


@pytest.mark.parametrize("screen", ["phone"])
def test_the_takeover_from_a_hijacked_session_fails(
    page, open_page, patient, live_server, axe_check
):
    """Her browser and a hijacked session of hers: the second cannot change her address."""
    hijacked = open_page()
    client = Client()
    sign_in(client, patient.user, reauthenticated=False)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    hijacked.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
    )
    hijacked.goto("/accounts/email/")
    hijacked.get_by_label("Change to").fill("attacker@example.net")
    hijacked.get_by_role("button", name="Change Email").click()

    expect(hijacked.get_by_role("heading", level=1)).to_have_text("Confirm Access")
    axe_check(hijacked)
    hijacked.get_by_label("Password").fill("a guess")
    hijacked.get_by_role("button", name="Confirm").click()
    expect(hijacked.get_by_role("heading", level=1)).to_have_text("Confirm Access")
    assert not EmailAddress.objects.filter(email="attacker@example.net").exists()

    log_in(page, patient.user.email)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    patient.user.refresh_from_db()
    assert patient.user.email != "attacker@example.net"
