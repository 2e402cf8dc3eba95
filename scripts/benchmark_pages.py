#!/usr/bin/env python3
"""Service time of each page, as a ratio to a floor view measured in the same run.

Starts gunicorn (production settings, 2 workers, loopback) on the database in DATABASE_URL
(scripts/with-postgres.sh gives a throwaway PostgreSQL; make benchmark does), fills it with a
demo patient with 3 years of days, signs in, and times each page with one sequential client
(so each figure is one request's service time, plus the loopback round trip the floor has too):
the median of up to --requests requests or --seconds per page, whichever ends first.

Usage: scripts/benchmark_pages.py [--code DIR] [--requests N] [--seconds S] [--rss]
                                  [--load-patients N] [--explain]
  --code  the source tree to measure (default: this one); to compare with an older commit,
          `git archive` it into DIR and link .venv there.
  --rss   after warming every page, print the RSS (and private memory) of each gunicorn worker
          and of the note tagger's process (started beside gunicorn, as in production).
  --load-patients N  first add N generated patients with a year each (manage.py generate_load).
  --explain          print the main queries' plans (manage.py explain_queries).
"""

import argparse
import http.client
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
EMAIL = "bench@example.com"
PASSWORD = "a long benchmark passphrase"
DAYS = 3 * 365


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A minimal HTTP client (http.client): little overhead of its own next to the floor's."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        content = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location"), content

    def csrf(self, path: str) -> str:
        status, _, content = self.request("GET", path)
        found = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        if status != 200 or not found:
            sys.exit(f"no form at {path} ({status})")
        return found.group(1).decode()


def timed(client: Client, method: str, path: str, body_for, max_requests: int, seconds: float):
    times = []
    start = time.monotonic()
    for i in range(max_requests):
        body = body_for(i) if body_for else None
        t0 = time.perf_counter()
        status, location, _ = client.request(method, path, body)
        times.append(time.perf_counter() - t0)
        if status not in (200, 302):
            sys.exit(f"{method} {path}: {status}")
        if method == "POST" and status == 302 and location:
            # Untimed, as a browser does: the page a save lands on shows its message and so
            # clears it (otherwise each save's message would stay in the session and grow it).
            client.request("GET", location)
        if len(times) >= 3 and time.monotonic() - start > seconds:
            break
    return statistics.median(times) * 1000, len(times)


def memory(pid: int) -> tuple[float, float, float]:
    """RSS, PSS (shared pages split between their sharers) and private memory, in MiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    private = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return fields["Rss"] / 1024, fields["Pss"] / 1024, private / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rss", action="store_true")
    parser.add_argument("--load-patients", type=int, default=0, help="generate_load first")
    parser.add_argument("--explain", action="store_true", help="query plans (PostgreSQL)")
    options = parser.parse_args()
    # Stopped with SIGTERM: still stop gunicorn (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    code = options.code.resolve()
    python = str(code / ".venv" / "bin" / "python")
    env = {
        **{k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "tests.benchmark_settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_HTTPS": "0",
        "WEB_CONCURRENCY": "2",
        "EMAIL_HOST": "127.0.0.1",  # required in production settings; the run sends nothing
        # The 3-year exports are rendered by a task worker in production; here, in the request,
        # so that the "3-year FHIR" row keeps measuring the rendering itself.
        "EXPORT_BACKGROUND_AFTER_DAYS": "3660",
    }

    def manage(*args):
        subprocess.run(
            [python, "manage.py", *args], cwd=code, env=env, check=True, stdout=subprocess.DEVNULL
        )

    manage("migrate", "--no-input")
    manage("loaddata", "catalog")
    if options.load_patients:
        started = time.monotonic()
        manage(
            "generate_load",
            "--patients",
            str(options.load_patients),
            "--days",
            "365",
            "--yes-this-is-a-test-database",
        )
        print(
            f"generate_load: {options.load_patients} patients x 365 days in "
            f"{time.monotonic() - started:.0f} s"
        )
    manage("seed_demo", "--email", EMAIL, "--password", PASSWORD, "--days", str(DAYS))
    if options.explain:
        subprocess.run(
            [python, "manage.py", "explain_queries", EMAIL], cwd=code, env=env, check=True
        )

    # The note tagger's process, as in production (one per machine), when the code has one.
    tagger = None
    if (code / "diary" / "management" / "commands" / "run_tagger.py").exists():
        env["TAGGER_SOCKET"] = str(Path(tempfile.mkdtemp(prefix="bench-tagger.")) / "tagger.sock")
        tagger = subprocess.Popen(
            [python, "manage.py", "run_tagger"],
            cwd=code,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while not Path(env["TAGGER_SOCKET"]).exists():
            if tagger.poll() is not None or time.monotonic() > deadline:
                sys.exit("the note tagger did not start")
            time.sleep(0.2)

    port = free_port()
    server = subprocess.Popen(
        [
            str(code / ".venv" / "bin" / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--no-control-socket",
            "--access-logfile",
            "/dev/null",
            "config.wsgi",
        ],
        cwd=code,
        env={**env, "BIND": f"127.0.0.1:{port}"},
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = Client(port)
        deadline = time.monotonic() + 90
        while True:
            try:
                client.request("GET", "/__floor__/")
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("gunicorn did not start")
                time.sleep(0.2)
        token = client.csrf("/accounts/login/")
        status, _, _ = client.request(
            "POST",
            "/accounts/login/",
            {"csrfmiddlewaretoken": token, "login": EMAIL, "password": PASSWORD},
        )
        _, location, _ = client.request("GET", "/")
        diary = re.search(r"/d/[0-9a-f-]{36}/", location or "")
        if status != 302 or not diary:
            sys.exit("could not sign in")
        diary = diary.group(0)
        today = datetime.now(UTC).date()
        day = today  # seed_demo always logs today, with notes (so the note tagger runs)
        month = urlencode({"start": today - timedelta(days=29), "end": today})
        years = urlencode({"start": today - timedelta(days=DAYS - 1), "end": today})
        edit = f"{diary}days/{day}/edit/"
        anonymous = Client(port)
        pages = [
            ("floor (ok through the middleware)", anonymous, "/__floor__/"),
            ("login (form)", anonymous, "/accounts/login/"),
            ("home", client, diary),
            ("history", client, f"{diary}history/"),
            ("day", client, f"{diary}days/{day}/"),
            ("check-in", client, edit),
            ("30-day summary", client, f"{diary}summary/?{month}"),
            ("3-year summary", client, f"{diary}summary/?{years}"),
            ("3-year FHIR", client, f"{diary}summary/fhir/?{years}"),
            ("30-day PDF", client, f"{diary}summary/pdf/?{month}"),
        ]

        def worker_memory(moment: str) -> list[str]:
            children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
            lines = []
            for pid in [*children, str(server.pid)]:
                rss, pss, private = memory(int(pid))
                role = "master" if int(pid) == server.pid else "worker"
                lines.append(
                    f"{moment}: gunicorn {role} {pid}: RSS {rss:.0f} MiB, PSS {pss:.0f} MiB, "
                    f"private {private:.0f} MiB"
                )
            return lines

        memory_lines = []
        for name, who, path in pages:  # warm every page in both workers
            if options.rss and name == "3-year FHIR":
                memory_lines += worker_memory("pages warmed, exports not yet")
            for _ in range(4):
                who.request("GET", path)
        if options.rss:
            memory_lines += worker_memory("every page warmed")
            if tagger is not None:
                rss, pss, private = memory(tagger.pid)
                memory_lines.append(
                    f"every page warmed: note tagger {tagger.pid}: RSS {rss:.0f} MiB, "
                    f"PSS {pss:.0f} MiB, private {private:.0f} MiB"
                )

        rows = []
        floor_ms = None
        for name, who, path in pages:
            ms, n = timed(who, "GET", path, None, options.requests, options.seconds)
            floor_ms = floor_ms or ms
            rows.append((name, ms, n))

        # Check-in save: the same day saved again and again, alternating two contents.
        _, _, form = client.request("GET", edit)
        version = int(re.search(rb'name="version" value="(\d+)"', form).group(1))
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1).decode()

        def save(i):
            return {
                "csrfmiddlewaretoken": token,
                "date": day.isoformat(),
                "version": str(version + i),
                "temperature_unit": "C",
                "wellbeing": str(5 + i % 2),
                "severity-fatigue": str(1 + i % 2),
                "severity-nausea": "1",
                "notes": "tired after the walk" if i % 2 else "slept badly",
            }

        ms, n = timed(client, "POST", edit, save, options.requests, options.seconds)
        rows.append(("check-in save (POST)", ms, n))

        print(f"{'page':36} {'ms':>9} {'x floor':>8} {'n':>5}")
        for name, ms, n in rows:
            print(f"{name:36} {ms:9.1f} {ms / floor_ms:8.1f} {n:5d}")

        for line in memory_lines:
            print(line)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
        if tagger is not None:
            os.killpg(tagger.pid, signal.SIGTERM)
            tagger.wait(30)


if __name__ == "__main__":
    main()
