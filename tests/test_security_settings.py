"""Settings that cannot silently weaken: strict parsing, HTTPS, the admin's path, the README."""

import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

ROOT = Path(__file__).resolve().parents[1]
KEY = "".join(secrets.choice(string.ascii_letters + string.digits + "!@#%^&*") for _ in range(50))
# A production start needs a real mail server named (never contacted by these tests).
BASE_ENV = {"PATH": os.environ["PATH"], "SECRET_KEY": KEY, "EMAIL_HOST": "localhost"}


def run(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**BASE_ENV, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def setting(name: str, **env: str) -> str:
    result = run(f"from django.conf import settings; print(repr(settings.{name}))", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DJANGO_HTTPS", "Ture"),
        ("DJANGO_DEBUG", "maybe"),
        ("ADMIN_ENABLED", "nope"),
        ("SESSION_IDLE_TIMEOUT", "30min"),
        ("SECURE_HSTS_SECONDS", "1 year"),
        ("TRUSTED_PROXY_COUNT", "one"),
        ("DATABASE_PREPARED_STATEMENTS", "sometimes"),
    ],
)
def test_a_value_not_understood_stops_the_start_naming_the_variable(variable, value):
    result = run("pass", **{variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{variable}:" in result.stderr


def test_https_turns_on_secure_cookies_hsts_and_the_redirect():
    assert setting("SESSION_COOKIE_SECURE", DJANGO_HTTPS="1") == "True"
    assert setting("CSRF_COOKIE_SECURE", DJANGO_HTTPS="1") == "True"
    assert setting("SECURE_SSL_REDIRECT", DJANGO_HTTPS="1") == "True"
    assert setting("SECURE_HSTS_SECONDS", DJANGO_HTTPS="1") == str(365 * 24 * 3600)


POSTGRES = "postgres://diary@127.0.0.1:5432/diary"


def test_postgresql_binds_parameters_and_prepares_repeated_queries_by_default():
    options = setting("DATABASES['default']['OPTIONS']", DATABASE_URL=POSTGRES)
    assert options == "{'server_side_binding': True, 'prepare_threshold': 5}"


def test_prepared_statements_can_be_turned_off_for_a_pooler():
    options = setting(
        "DATABASES['default']['OPTIONS']",
        DATABASE_URL=POSTGRES,
        DATABASE_PREPARED_STATEMENTS="0",
    )
    assert "server_side_binding" not in options and "prepare_threshold" not in options


def test_sqlite_keeps_its_own_options():
    options = setting("DATABASES['default']['OPTIONS']")
    assert "server_side_binding" not in options and "transaction_mode" in options


def test_https_is_on_by_default_in_production():
    assert setting("SESSION_COOKIE_SECURE") == "True"


def test_the_proxy_header_is_trusted_only_when_a_proxy_is_configured():
    assert setting("SECURE_PROXY_SSL_HEADER", DJANGO_HTTPS="1") == "None"
    assert setting("SECURE_PROXY_SSL_HEADER", DJANGO_HTTPS="1", TRUSTED_PROXY_COUNT="1") == (
        "('HTTP_X_FORWARDED_PROTO', 'https')"
    )


def test_check_deploy_reports_nothing_with_https():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**BASE_ENV, "DJANGO_HTTPS": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_per_process_cache_is_refused_in_production():
    result = run("pass", CACHE_URL="locmem://")
    assert result.returncode != 0
    assert "CACHE_URL" in result.stderr


def test_the_admin_path_is_configurable_and_the_admin_can_be_turned_off():
    where = "from django.urls import reverse; print(reverse('admin:index'))"
    assert run(where, ADMIN_URL="clinic-office").stdout.strip() == "/clinic-office/"
    off = run(
        "from django.urls import resolve, Resolver404\n"
        "from django.conf import settings\n"
        "try:\n    resolve('/' + settings.ADMIN_URL)\nexcept Resolver404:\n    print('gone')",
        ADMIN_ENABLED="0",
    )
    assert off.stdout.strip() == "gone", off.stderr


def variables_read() -> set[str]:
    pattern = re.compile(
        r"""(?:os\.environ\.get|os\.environ\[|env_flag|env_int|dj_cache_url)\(?\s*["']([A-Z_]+)["']"""
    )
    names = set()
    for path in (ROOT / "config" / "settings.py", ROOT / "gunicorn.conf.py"):
        names |= set(pattern.findall(path.read_text()))
    return names


def test_every_variable_read_is_in_the_readme_table():
    readme = (ROOT / "README.md").read_text()
    table = "\n".join(line for line in readme.splitlines() if line.startswith("|"))
    names = variables_read()
    assert {"DJANGO_HTTPS", "SESSION_IDLE_TIMEOUT", "CACHE_URL", "ADMIN_URL"} <= names
    missing = sorted(name for name in names if f"`{name}`" not in table)
    assert not missing, f"Add to the README's settings table: {missing}"


# 7. Passwords ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password", ["abcdefghijkl", "qwertyuiopas", "aaaaaaaaaaaa", "1q2w3e4r5t6y"]
)
def test_sequences_and_keyboard_walks_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_good_passphrase_is_accepted():
    validate_password("Seven amber kites above the quiet harbour")
