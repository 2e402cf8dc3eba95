"""Sign-up, log-in and the profile that starts a diary."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.hashers import make_password
from django.test import override_settings
from django.urls import reverse

from diary.models import Patient, User

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]


def signup(
    client,
    email="new@example.com",
    password="a-long-enough-passphrase for signing up",
    password2=None,
):
    return client.post(
        reverse("account_signup"),
        {"email": email, "password1": password, "password2": password2 or password},
    )


def test_sign_up_with_email_then_set_up_the_diary(client, mailoutbox):
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    # The address is verified (the e-mailed link) before the first log-in.
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", mailoutbox[0].body)
    client.post(link.group(1))
    client.post(
        reverse("account_login"),
        {"login": "new@example.com", "password": "a-long-enough-passphrase for signing up"},
    )
    assert client.get("/")["Location"] == reverse("profile")
    response = client.post(
        reverse("profile"),
        {
            "account-name": "Ann",
            "account-time_zone": "Europe/Paris",
            "diary-subtype": "luminal_b",
            "diary-known_sites": [],
            "diary-temperature_unit": "C",
        },
    )
    patient = Patient.objects.get(user=user)
    assert response["Location"] == reverse("diary_home", args=[patient.public_id])
    user.refresh_from_db()
    assert (user.name, user.time_zone, patient.subtype) == ("Ann", "Europe/Paris", "luminal_b")


@pytest.mark.parametrize(
    ("sent", "stored"),
    [("America/New_York", "America/New_York"), ("Mars/Olympus", "UTC"), ("", "UTC")],
)
def test_sign_up_takes_the_time_zone_the_browser_sends(client, sent, stored):
    client.post(
        reverse("account_signup"),
        {
            "email": "tz@example.com",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "time_zone": sent,
        },
    )
    assert User.objects.get(email="tz@example.com").time_zone == stored


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-pw1", "at least 12 characters"),
        ("password1234", "too common"),
        ("123456789012345", "entirely numeric"),
    ],
)
def test_weak_passwords_are_refused(client, password, message):
    response = signup(client, password=password)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.exists()


def test_the_same_email_cannot_sign_up_twice(client, patient):
    signup(client, email=patient.user.email.upper())
    assert User.objects.filter(email__iexact=patient.user.email).count() == 1


def test_log_in_with_email(client, patient):
    response = client.post(
        reverse("account_login"),
        {"login": patient.user.email, "password": "correct-horse-battery-9"},
    )
    assert response.status_code == 302
    assert client.get("/")["Location"] == reverse("diary_home", args=[patient.public_id])


def test_wrong_password_does_not_log_in(client, patient):
    response = client.post(
        reverse("account_login"), {"login": patient.user.email, "password": "nope"}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_passwords_are_hashed_with_argon2():
    from config import settings as project_settings

    with override_settings(PASSWORD_HASHERS=project_settings.PASSWORD_HASHERS):
        assert make_password("a-long-enough-passphrase").startswith("argon2")


def test_profile_bad_time_zone_is_rejected(owner_client, patient):
    response = owner_client.post(
        reverse("profile"),
        {"account-name": "x", "account-time_zone": "Mars/Olympus", "diary-temperature_unit": "C"},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    patient.user.refresh_from_db()
    assert patient.user.time_zone == "Europe/London"


def test_profile_cannot_choose_a_site_without_a_symptom_list(owner_client, patient):
    from diary.models import Site

    heart = Site.objects.get(slug="heart")
    response = owner_client.post(
        reverse("profile"),
        {
            "account-name": "x",
            "account-time_zone": "UTC",
            "diary-temperature_unit": "C",
            "diary-known_sites": [heart.pk],
        },
    )
    assert response.status_code == 400
    assert not patient.known_sites.exists()


def test_profile_anonymous_goes_to_login(client):
    assert client.get(reverse("profile")).status_code == 302


def test_profile_wrong_method_gets_405(owner_client):
    assert owner_client.put(reverse("profile")).status_code == 405


def run_settings(env):
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_settings({})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_settings_start_without_a_secret_key():
    assert run_settings({"DJANGO_DEBUG": "1"}).returncode == 0


def test_debug_is_off_unless_asked_for():
    result = subprocess.run(
        [sys.executable, "-c", "from config import settings; print(settings.DEBUG)"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "SECRET_KEY": "x" * 50, "EMAIL_HOST": "127.0.0.1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "False"


def test_pages_send_security_headers(owner_client, patient):
    response = owner_client.get(reverse("diary_home", args=[patient.public_id]))
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "same-origin"


def test_pages_load_nothing_from_other_origins(owner_client, patient):
    html = owner_client.get(reverse("diary_home", args=[patient.public_id])).content.decode()
    assert "http://" not in html and "https://" not in html


def test_a_caregiver_without_a_diary_keeps_it_that_way(client):
    from diary.models import CareGrant
    from tests.factories import PatientFactory, UserFactory

    helper = UserFactory()
    CareGrant.objects.create(patient=PatientFactory(), caregiver=helper, role="viewer")
    client.force_login(helper)
    page = client.get(reverse("profile")).content.decode()
    assert "Start a diary of your own" in page
    assert "About your illness" not in page
    response = client.post(
        reverse("profile"), {"account-name": "Sam", "account-time_zone": "Europe/London"}
    )
    assert response.status_code == 302
    assert not Patient.objects.filter(user=helper).exists()
    own = client.get(reverse("profile") + "?own_diary=1").content.decode()
    assert "About your illness" in own


def test_password_reset_sends_a_link_by_email(client, patient, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": patient.user.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "/accounts/password/reset/key/" in mailoutbox[0].body


def test_password_reset_for_an_unknown_address_reveals_nothing(client, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert all("/password/reset/key/" not in m.body for m in mailoutbox)
