"""Lighthouse mobile performance and accessibility of the main pages, served by gunicorn.

Usage: .venv/bin/python scripts/lighthouse.py [--port 8123]
Needs `make install` (the npm `lighthouse` package, the built CSS) and Chromium at CHROME_PATH
(default /usr/bin/chromium). Works offline. Builds a throwaway SQLite database with the demo
patient, collects static files as production does (hashed, compressed), serves them with gunicorn
on a loopback port, runs Lighthouse's default mobile profile on landing, home, check-in, history
and summary (signed in through a session cookie), prints one line per page and stops gunicorn.
Not part of `make test`: the figures depend on the machine's load.
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
LIGHTHOUSE = str(ROOT / "node_modules" / ".bin" / "lighthouse")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run"


def run(*args: str, env: dict) -> str:
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{' '.join(args[:3])} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8123)
    port = parser.parse_args().port
    workdir = Path(tempfile.mkdtemp(prefix="diary-lighthouse-"))
    env = {
        **os.environ,
        "SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_HTTPS": "0",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
    }
    env.pop("DJANGO_DEBUG", None)
    manage = [PYTHON, "manage.py"]
    run(*manage, "migrate", "--no-input", env=env)
    run(*manage, "loaddata", "catalog", env=env)
    run(
        *manage,
        "seed_demo",
        "--email",
        "demo@example.com",
        "--password",
        secrets.token_urlsafe(16),
        env=env,
    )
    run(*manage, "collectstatic", "--no-input", env=env)
    session = run(
        *manage,
        "shell",
        "-c",
        "from django.test import Client; from diary.models import User; "
        "c = Client(); u = User.objects.get(email='demo@example.com'); c.force_login(u); "
        "print(c.cookies['sessionid'].value, u.patient.public_id, u.patient.today())",
        env=env,
    ).split()
    cookie, public_id, today = session[-3:]
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "gunicorn.conf.py", "config.wsgi"],
        env={**env, "BIND": f"127.0.0.1:{port}"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1)  # noqa: S310 (loopback)
                break
            except OSError:
                time.sleep(0.2)
        pages = {
            "landing": ("/", False),
            "home": (f"/d/{public_id}/", True),
            "check-in": (f"/d/{public_id}/days/{today}/edit/", True),
            "history": (f"/d/{public_id}/history/", True),
            "summary": (f"/d/{public_id}/summary/", True),
        }
        # The first request of each page warms the worker (the note reader, the catalog).
        for path, signed_in in pages.values():
            request = urllib.request.Request(base + path)  # noqa: S310
            if signed_in:
                request.add_header("Cookie", f"sessionid={cookie}")
            urllib.request.urlopen(request, timeout=60).read()  # noqa: S310
        print(f"{'page':10} {'performance':>11} {'accessibility':>13}  FCP    LCP    TBT   CLS")
        for name, (path, signed_in) in pages.items():
            args = [
                LIGHTHOUSE,
                base + path,
                "--only-categories=performance,accessibility",
                "--output=json",
                "--output-path=stdout",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS}",
            ]
            if signed_in:
                args.append("--extra-headers=" + json.dumps({"Cookie": f"sessionid={cookie}"}))
            report = json.loads(run(*args, env=env))
            scores = report["categories"]
            audits = report["audits"]
            print(
                f"{name:10} {round(scores['performance']['score'] * 100):>11} "
                f"{round(scores['accessibility']['score'] * 100):>13}  "
                f"{audits['first-contentful-paint']['displayValue']:>6} "
                f"{audits['largest-contentful-paint']['displayValue']:>6} "
                f"{audits['total-blocking-time']['displayValue']:>6} "
                f"{audits['cumulative-layout-shift']['displayValue']:>5}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
