"""No secret and no health data in any log line or error report (diary/logging.py)."""

import contextlib
import io
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse

from diary.logging import (
    HealthDataSafeExceptionReporter,
    HealthDataSafeReporterFilter,
    RedactSecrets,
    redact,
)
from diary.models.sharing import new_token
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parent.parent
TOKEN, _ = new_token()


# --- settings: no console e-mail in production -----------------------------------------------


def settings_of(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.EMAIL_BACKEND)",
        ],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_the_console_email_backend_naming_email_host():
    result = settings_of({"SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "EMAIL_HOST" in result.stderr


def test_production_with_email_host_sends_by_smtp():
    result = settings_of({"SECRET_KEY": "x" * 50, "EMAIL_HOST": "mail.example.com"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.mail.backends.smtp.EmailBackend"


def test_development_may_print_emails_to_the_console():
    result = settings_of({"DJANGO_DEBUG": "1"})
    assert result.stdout.strip() == "django.core.mail.backends.console.EmailBackend"


# --- redact() --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"GET /s/{TOKEN}/ 200", "/s/[token]/"),
        (f"GET /s/{TOKEN}/pdf/ 200", "/s/[token]/pdf/"),
        (f"Not Found: /invitations/{TOKEN}/", "/invitations/[token]/"),
        (f"GET /care-team/confirm/{TOKEN}/", "/care-team/confirm/[token]/"),
        ("GET /accounts/password/reset/key/1b-cz4k2-0f9e8d7c6b5a/", "/reset/key/[token]/"),
        ("GET /accounts/confirm-email/MQ:1uAbCd:xyzXYZ/", "/confirm-email/[token]/"),
        (f"token={TOKEN} in a message", "token=[token] in a message"),
    ],
)
def test_tokens_are_redacted(line, kept):
    clean = redact(line)
    assert kept in clean
    assert TOKEN not in clean


def test_a_patient_id_a_symptom_and_a_query_string_are_redacted():
    patient = uuid.uuid4()
    line = f"POST /d/{patient}/days/2026-03-04/suggestions/seizure/add/?next=/s/abc 403"
    clean = redact(line)
    assert str(patient) not in clean and "seizure" not in clean and "next=" not in clean
    assert clean == "POST /d/[patient]/days/2026-03-04/suggestions/[symptom]/add/?[query] 403"


def test_a_postgres_detail_line_is_redacted():
    clean = redact("duplicate key\nDETAIL:  Key (patient_id, date)=(3, 2026-03-04) exists.")
    assert "2026-03-04" not in clean and "DETAIL: [redacted]" in clean


def test_ordinary_messages_are_left_alone():
    assert redact("Sent 2 alert email(s); is it done? Yes.") == (
        "Sent 2 alert email(s); is it done? Yes."
    )


def test_the_filter_rewrites_args_tracebacks_and_stacks():
    try:
        raise ValueError(f"bad link /s/{TOKEN}/")
    except ValueError:
        record = logging.LogRecord(
            "django.request", logging.ERROR, __file__, 1, "Error at %s", (f"/s/{TOKEN}/",),
            sys.exc_info(), sinfo=f"stack /invitations/{TOKEN}/",
        )  # fmt: skip
    assert RedactSecrets().filter(record) is True
    text = logging.Formatter().format(record)
    assert TOKEN not in text
    assert "Error at /s/[token]/" in text and "ValueError: bad link /s/[token]/" in text


def test_the_filter_survives_a_malformed_record():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", ("one",), None)
    assert RedactSecrets().filter(record) is True
    assert record.getMessage() == "%s %s"


@pytest.mark.parametrize("name", ["django", "django.request", "django.server", "diary", "root"])
def test_every_configured_logger_writes_through_the_redacting_filter(name):
    def ours(logger):  # pytest adds capturing handlers of its own
        return [h for h in logger.handlers if not type(h).__module__.startswith("_pytest")]

    logger = logging.getLogger(None if name == "root" else name)
    while not ours(logger) and logger.propagate and logger.parent:
        logger = logger.parent
    assert ours(logger)
    for handler in ours(logger):
        assert any(isinstance(f, RedactSecrets) for f in handler.filters), (name, handler)


# --- real requests through Django's logging --------------------------------------------------


@pytest.fixture
def django_log():
    """What Django's console handler (the one settings.LOGGING configures) writes."""
    handler = logging.getLogger("django").handlers[0]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.mark.django_db
def test_not_found_warnings_carry_no_token(client, django_log):
    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("shared_summary", args=[TOKEN])).status_code == 404
    assert client.get(reverse("invitation", args=[TOKEN])).status_code == 404
    assert client.post(reverse("contact_confirm", args=[TOKEN])).status_code == 404
    written = django_log.getvalue()
    assert written.count("Not Found") == 3
    assert TOKEN not in written
    assert "/s/[token]/" in written and "/invitations/[token]/" in written


@pytest.mark.django_db
def test_a_password_reset_link_never_reaches_a_log(client, django_log):
    user = UserFactory()
    client.post(reverse("account_reset_password"), {"email": user.email})
    link = next(line for line in mail.outbox[-1].body.splitlines() if "/reset/key/" in line)
    key = link.rstrip("/").rsplit("/", 1)[-1]
    client.get(link.replace("http://testserver", "") + "nope/")  # a 404 under the same key
    assert key not in django_log.getvalue()


@pytest.mark.django_db
def test_a_stranger_probing_a_diary_leaves_no_patient_id_or_symptom_in_the_log(
    owner_client, patient, stranger, django_log
):
    other = Client()
    other.force_login(stranger.user)
    url = reverse(
        "suggestion_add", args=[patient.public_id, patient.today(), "seizure"]
    )  # fmt: skip
    assert other.post(url + "?next=/s/x/").status_code == 404
    written = django_log.getvalue()
    assert "Not Found" in written
    assert str(patient.public_id) not in written and "seizure" not in written


@pytest.mark.django_db
def test_a_server_error_logs_no_query_patient_id_or_message_secret(
    patient, django_log, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError(f"failed for /s/{TOKEN}/")

    monkeypatch.setattr(sys.modules["diary.views.summary"], "build_summary", broken)
    client = Client(raise_request_exception=False)
    client.force_login(patient.user)
    response = client.get(
        reverse("summary", args=[patient.public_id]), {"preset": "7", "q": "my-lump"}
    )
    assert response.status_code == 500
    written = django_log.getvalue()
    assert "Internal Server Error" in written and "RuntimeError" in written
    for secret in (TOKEN, str(patient.public_id), "my-lump"):
        assert secret not in written


# --- error reports ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_error_report_carries_no_post_query_cookie_or_local_variable():
    # Built at run time, so the report's own source-code excerpts cannot hold them.
    note = "-".join(["lump", "under", "my", "arm"])
    query = "=".join(["section", "notes"])
    cookie = "k" * 12
    request = RequestFactory().post(
        f"/d/{uuid.uuid4()}/days/2026-03-04/edit/?{query}",
        {"notes": note},
        HTTP_COOKIE=f"sessionid={cookie}",
        HTTP_REFERER=f"https://diary.example/s/{TOKEN}/",
    )
    request.user = UserFactory()
    try:
        raise ValueError("could not save")
    except ValueError:
        reporter = HealthDataSafeExceptionReporter(request, *sys.exc_info())
    text = reporter.get_traceback_text()
    html = reporter.get_traceback_html()
    for report in (text, html):
        for secret in (note, query, cookie, TOKEN, request.user.email, request.user.name):
            assert secret not in report, secret
        assert "/d/[patient]/" in report
    assert isinstance(reporter.filter, HealthDataSafeReporterFilter)


# --- gunicorn --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> None:
    with contextlib.suppress(urllib.error.HTTPError):
        urllib.request.urlopen(url, timeout=10)  # noqa: S310 (a loopback URL of the test's own)


def test_gunicorn_logs_carry_no_token_patient_id_or_query(tmp_path):
    port = free_port()
    env = {
        "PATH": os.environ["PATH"],
        "SECRET_KEY": "x" * 50,
        "EMAIL_HOST": "127.0.0.1",
        "DJANGO_HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        # An empty database: the pages fail, and their failures are logged too.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
    }
    out, err = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with out.open("w") as stdout, err.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
        try:
            for _ in range(200):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            patient = uuid.uuid4()
            base = f"http://127.0.0.1:{port}"
            fetch(f"{base}/s/{TOKEN}/")
            fetch(f"{base}/invitations/{TOKEN}/?next=x")
            fetch(f"{base}/d/{patient}/days/2026-03-04/suggestions/seizure/add/?q=lump")
        finally:
            server.terminate()
            server.wait(timeout=30)
    written = out.read_text() + err.read_text()
    assert '"GET /s/[token]/"' in written  # the access log is there, redacted
    assert '"GET /invitations/[token]/"' in written
    for secret in (TOKEN, str(patient), "seizure", "lump", "next=x"):
        assert secret not in written, secret
