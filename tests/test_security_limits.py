"""Rate limits in the shared cache: log-in, sign-up, password reset, admin, share links."""

import re
import time
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, RequestFactory
from django.urls import reverse

from diary import security
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-9"


def login(client, email, password, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": password}, **extra)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail_five_times(email, **extra):
    for _ in range(5):
        login(Client(), email, "wrong-password", **extra)


def test_the_cache_is_the_database_cache():
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_a_login_lock_set_by_one_worker_holds_in_another(patient):
    """Two clients stand for two gunicorn workers: the only thing they share is the database."""
    worker_one, worker_two = Client(), Client()
    for _ in range(5):
        login(worker_one, patient.user.email, "wrong-password")
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM diary_cache")
        keys = [row[0] for row in cursor.fetchall()]
    assert any("login_failed" in key for key in keys)

    response = login(worker_two, patient.user.email, PASSWORD)

    assert not signed_in(worker_two)
    assert "Too many failed login attempts" in response.content.decode()


def test_a_stranger_elsewhere_cannot_lock_the_patient_out(patient):
    fail_five_times(patient.user.email, REMOTE_ADDR="203.0.113.9")
    at_home = Client(REMOTE_ADDR="198.51.100.7")
    login(at_home, patient.user.email, PASSWORD)
    assert signed_in(at_home)


def test_the_lock_lifts_by_itself_after_five_minutes(patient, monkeypatch):
    fail_five_times(patient.user.email)
    later = SimpleNamespace(
        time=lambda: time.time() + 301, monotonic=time.monotonic, sleep=time.sleep
    )
    monkeypatch.setattr("allauth.core.internal.ratelimit.time", later)
    client = Client()
    login(client, patient.user.email, PASSWORD)
    assert signed_in(client)


def test_forwarded_for_is_ignored_unless_a_proxy_is_trusted(patient):
    for n in range(5):
        login(Client(), patient.user.email, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    client = Client()
    login(client, patient.user.email, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert not signed_in(client)


def test_client_address_comes_from_the_trusted_proxy_only(settings):
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="192.0.2.1", REMOTE_ADDR="10.0.0.2")
    assert security.client_ip(request) == "10.0.0.2"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert security.client_ip(request) == "192.0.2.1"
    # A client's own forged entry sits left of what the proxy appended: it is not believed.
    forged = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="1.1.1.1, 192.0.2.1", REMOTE_ADDR="10.0.0.2"
    )
    assert security.client_ip(forged) == "192.0.2.1"


def test_admin_brute_force_is_locked(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    admin_login = "/" + settings.ADMIN_URL + "login/"
    target = client.get(admin_login)["Location"]
    assert target.startswith(reverse("account_login"))
    for _ in range(5):
        client.post(target, {"login": staff.email, "password": "guess"})
    client.post(target, {"login": staff.email, "password": PASSWORD})
    assert not signed_in(client)


def test_sign_up_is_limited_per_address(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}
    password = "Quiet lanterns drift over 9 rivers"
    codes = [
        client.post(
            reverse("account_signup"),
            {"email": f"new{n}@example.com", "password1": password, "password2": password},
        ).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]


def test_password_reset_is_limited_per_address_and_account(client, patient, settings, mailoutbox):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reset_password": "2/m/key"}
    for _ in range(4):
        client.post(reverse("account_reset_password"), {"email": patient.user.email})
    assert len(mailoutbox) == 2


def test_opening_share_links_is_limited_per_address(monkeypatch):
    monkeypatch.setitem(security.PUBLIC_RATE_LIMITS, "open_share_link", "3/m/ip")
    url = reverse("shared_summary", args=["not-a-real-token"])
    guesser = Client(REMOTE_ADDR="203.0.113.5")
    assert [guesser.get(url).status_code for _ in range(4)] == [404, 404, 404, 429]
    assert Client(REMOTE_ADDR="198.51.100.8").get(url).status_code == 404


def test_opening_invitations_is_limited_per_address(monkeypatch):
    monkeypatch.setitem(security.PUBLIC_RATE_LIMITS, "open_invitation", "2/m/ip")
    url = reverse("invitation", args=["not-a-real-token"])
    guesser = Client(REMOTE_ADDR="203.0.113.6")
    assert [guesser.get(url).status_code for _ in range(3)] == [404, 404, 429]


def test_opening_contact_confirmations_is_limited_per_address(monkeypatch):
    monkeypatch.setitem(security.PUBLIC_RATE_LIMITS, "open_contact_confirmation", "2/m/ip")
    url = reverse("contact_confirm", args=["not-a-real-token"])
    guesser = Client(REMOTE_ADDR="203.0.113.7")
    assert [guesser.get(url).status_code for _ in range(3)] == [404, 404, 429]


def test_a_password_reset_lifts_her_lock(client, patient, mailoutbox):
    fail_five_times(patient.user.email)
    client.post(reverse("account_reset_password"), {"email": patient.user.email})
    path = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", mailoutbox[0].body)
    form_url = client.get(path.group(1))["Location"]
    new = "Seven amber kites above the quiet harbour"
    client.post(form_url, {"password1": new, "password2": new})
    fresh = Client()
    login(fresh, patient.user.email, new)
    assert signed_in(fresh)
