"""Helpers to run the production stack on loopback for the smoke tests: free ports, an SMTP sink,
gunicorn, task workers and the note tagger as child processes (stopped again on exit), and a
signed-in client.

Used by scripts/prod_smoke.py and scripts/two_instances.py; never imported by the app.
"""

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from urllib.parse import urljoin

import requests
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")

# Words that must never reach an e-mail or a log line: the symptom logged and the note's text.
RED_FLAG = "seizure"
NOTE = "Private note: the headache woke me at night"
HEALTH_WORDS = ("seizure", "Seizure", "headache", "Private note")
NOTE_MARK = '<mark class="note-mention" data-sites="brain">headache</mark>'


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def fail(text: str) -> None:
    raise SystemExit(f"FAILED: {text}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """A local SMTP server (aiosmtpd) that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"

    def __enter__(self) -> "Sink":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    def to(self, address: str, subject: str | None = None) -> list[Message]:
        """The messages received for `address` (with that subject, if given)."""
        return [
            m
            for m in self.messages
            if m["To"] == address and (subject is None or m["Subject"] == subject)
        ]

    def wait_for(
        self, address: str, subject: str | None = None, count: int = 1, timeout: float = 30
    ) -> list[Message]:
        """Wait until `count` messages for `address` (and `subject`) arrived; returns them."""
        deadline = time.monotonic() + timeout
        while len(self.to(address, subject)) < count:
            if time.monotonic() > deadline:
                fail(f"{count} email(s) to {address} ({subject}) did not arrive in {timeout} s")
            time.sleep(0.1)
        return self.to(address, subject)


def body(message: Message) -> str:
    """The text of a message (its text/plain part, transfer encoding undone)."""
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    fail(f"no text part in the email {message['Subject']!r}")
    return ""


def link_in(message: Message, path: str) -> str:
    """The first URL in the message whose path starts with `path`."""
    found = re.search(rf"https?://[^/\s]+{re.escape(path)}\S*", body(message))
    if not found:
        fail(f"no {path} link in the email {message['Subject']!r}")
    return found.group(0)


class Processes:
    """Child processes, each in its own process group, stopped (TERM, then KILL) on exit."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.children: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = open(self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 (closed with the child)
        child = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.children.append((name, child))
        return child

    def logs(self) -> dict[str, str]:
        return {
            name: (self.log_dir / f"{name}.log").read_text(errors="replace")
            for name, _ in self.children
        }

    def __enter__(self) -> "Processes":
        # Stopped with SIGTERM: still stop the children (__exit__).
        signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
        return self

    def __exit__(self, *exc) -> None:
        for _, child in self.children:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for _, child in self.children:
            try:
                child.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()


def production_env(database_url: str, sink_port: int, **extra: str) -> dict[str, str]:
    """The environment a clinic would set (README, "Production"), on loopback."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "USER"}
    }
    env.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(sink_port),
            "EMAIL_USE_TLS": "0",
            "DEFAULT_FROM_EMAIL": "diary@clinic.example",
            "LOG_FORMAT": "json",
            # Plain HTTP on loopback: a real deployment sits behind HTTPS and keeps the default.
            "DJANGO_HTTPS": "0",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        fail(f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def start_web(procs: Processes, name: str, env: dict[str, str], port: int) -> str:
    procs.start(
        name,
        [GUNICORN, "-c", "gunicorn.conf.py", "--no-control-socket", "config.wsgi"],
        {**env, "BIND": f"127.0.0.1:{port}"},
    )
    return f"http://127.0.0.1:{port}"


def start_worker(procs: Processes, name: str, env: dict[str, str]) -> None:
    procs.start(name, [PYTHON, "manage.py", "run_huey"], env)


def start_tagger(procs: Processes, name: str, env: dict[str, str]) -> None:
    """The note tagger's process (manage.py run_tagger) on env's TAGGER_SOCKET, one per machine:
    every web instance given the same socket asks it. Returns once it answers."""
    path = env["TAGGER_SOCKET"]
    child = procs.start(name, [PYTHON, "manage.py", "run_tagger"], env)
    deadline = time.monotonic() + 120  # spaCy's import and the pipeline, on a busy machine
    while time.monotonic() < deadline:
        if child.poll() is not None:
            fail(f"the tagger stopped: {procs.logs()[name][-2000:]}")
        try:
            with socket.socket(socket.AF_UNIX) as conn:
                conn.settimeout(2)
                conn.connect(path)
                conn.sendall(b'{"op": "ping"}\n')
                if json.loads(conn.makefile("rb").readline()).get("ok"):
                    return
        except (OSError, ValueError):
            pass
        time.sleep(0.2)
    fail(f"the tagger did not answer on {path} within 120 s")


def check_notes_tagged(client: requests.Session, diary: str, day: date) -> None:
    """The day page shows the note with its symptom highlighted: the web asked the tagger."""
    page = client.get(f"{diary}/days/{day.isoformat()}/", timeout=30)
    if page.status_code != 200 or NOTE_MARK not in page.text:
        fail(f"the day page's note is not tagged ({page.status_code})")


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    fail(f"{url} did not answer within {timeout} s")


def csrf(page: requests.Response) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    if not found:
        fail(f"no CSRF token on {page.url}")
    return found.group(1)


def post_form(
    client: requests.Session, url: str, data: dict[str, str], host: str | None = None
) -> requests.Response:
    """GET the form, then POST it with its CSRF token (`host`: the Host header to send)."""
    headers = {"Host": host} if host else {}
    page = client.get(url, headers=headers, timeout=30)
    if page.status_code != 200:
        fail(f"GET {url}: {page.status_code}")
    return client.post(
        url,
        data={"csrfmiddlewaretoken": csrf(page), **data},
        headers={"Referer": url, **headers},
        allow_redirects=False,
        timeout=30,
    )


def form_errors(page: requests.Response) -> str:
    """The error messages a re-rendered form shows, for a failure's message."""
    found = re.findall(
        r'class="invalid-feedback[^"]*"[^>]*>(.*?)</(?:div|span|p)>', page.text, re.S
    )
    return " | ".join(re.sub(r"<[^>]+>|\s+", " ", error).strip() for error in found)


def sign_up(sink: Sink, base: str, email: str, password: str) -> tuple[requests.Session, str]:
    """A new patient with a diary: signs up, confirms the address by the link emailed to it,
    logs in and fills in the profile. Returns the signed-in client and the diary's URL."""
    client = requests.Session()
    response = post_form(
        client,
        f"{base}/accounts/signup/",
        {"email": email, "password1": password, "password2": password},
    )
    if response.status_code != 302:
        fail(f"sign-up answered {response.status_code}")
    # No log-in before the address is confirmed.
    if client.get(f"{base}/profile/", allow_redirects=False, timeout=30).status_code != 302:
        fail("signed in before confirming the address")
    (verification,) = sink.wait_for(email)
    response = post_form(client, link_in(verification, "/accounts/confirm-email/"), {})
    if response.status_code != 302:
        fail(f"confirming the address answered {response.status_code}")
    response = post_form(client, f"{base}/accounts/login/", {"login": email, "password": password})
    if response.status_code != 302:
        fail(f"logging in after confirming the address answered {response.status_code}")
    response = post_form(
        client,
        f"{base}/profile/",
        {
            "account-name": "Smoke Test",
            "account-time_zone": "UTC",
            "diary-subtype": "",
            "diary-temperature_unit": "C",
        },
    )
    match = re.search(r"/d/([0-9a-f-]{36})/", response.headers.get("Location", ""))
    if response.status_code != 302 or not match:
        fail(f"profile answered {response.status_code}")
    return client, f"{base}/d/{match.group(1)}"


# The subjects of the diary's two e-mails to a care-team contact (diary/notifications.py).
CONFIRM_SUBJECT = "Symptom diary: please confirm your email address"
ALERT_SUBJECT = "Symptom diary: please get in touch with your patient"


def add_alert_contact(
    sink: Sink, client: requests.Session, diary: str, email: str, password: str
) -> None:
    """A care-team contact who gets alert emails with a link. Adding one is a sensitive action:
    the patient enters her password again, then the contact is added. The contact confirms her
    address by the link emailed to her (GET the page, then POST its button)."""
    url = f"{diary}/care-team/"
    contact = {"name": "Nurse Kim", "email": email, "alert_emails": "on", "include_link": "on"}
    response = post_form(client, url, contact)
    where = response.headers.get("Location", "")
    if response.status_code != 302 or "/accounts/reauthenticate/" not in where:
        fail(f"adding a contact did not ask for the password again ({response.status_code})")
    # allauth keeps the form posted and, once the password is right, carries it out.
    response = post_form(client, urljoin(url, where), {"password": password})
    where = response.headers.get("Location", "")
    if response.status_code != 302 or not where.endswith("/care-team/"):
        fail(f"re-entering the password answered {response.status_code}: {form_errors(response)}")
    (confirmation,) = sink.wait_for(email, CONFIRM_SUBJECT)
    response = post_form(requests.Session(), link_in(confirmation, "/care-team/confirm/"), {})
    if response.status_code != 200 or "Your address is confirmed" not in response.text:
        fail(f"the contact's confirmation answered {response.status_code}")


def log_red_flag(client: requests.Session, diary: str, day: date) -> None:
    response = post_form(
        client,
        f"{diary}/days/{day.isoformat()}/edit/",
        {
            "date": day.isoformat(),
            "version": "0",
            "temperature_unit": "C",
            f"severity-{RED_FLAG}": "1",  # a one-off event: "0" is No, "1" is Yes
            "notes": NOTE,
        },
    )
    if response.status_code != 302:
        fail(f"saving the day answered {response.status_code}: {form_errors(response)}")


def check_email_clean(message: Message) -> None:
    text = f"{message['Subject']}\n{body(message)}"
    for word in HEALTH_WORDS:
        if word in text:
            fail(f"the email {message['Subject']!r} carries health data ({word!r})")


def check_logs(logs: dict[str, str]) -> int:
    """Every line a JSON object, none with health data. Returns the number of lines."""
    count = 0
    for name, text in logs.items():
        for line in text.splitlines():
            if not line.strip():
                continue
            count += 1
            try:
                json.loads(line)
            except ValueError:
                fail(f"{name} wrote a line that is not JSON: {line[:200]}")
            for word in HEALTH_WORDS:
                if word in line:
                    fail(f"{name} logged health data ({word!r}): {line[:200]}")
    return count


def scratch_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))


def require_postgres() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Run under scripts/with-postgres.sh (DATABASE_URL must point to PostgreSQL).")
    return url
