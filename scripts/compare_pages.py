#!/usr/bin/env python3
"""Time the diary's main pages in one process, for one or more source trees run alternately.

On a shared machine, gunicorn runs minutes apart differ by 2-3x; this measures with Django's
test client (production settings, no HTTP) on one SQLite database holding the 3-year demo
patient of scripts/benchmark_pages.py, each tree in turn, several rounds, and prints the
fastest batch of each page per tree and its ratio to the floor (an anonymous "ok" through the
whole middleware stack, measured the same way). In-process ratios run higher than
benchmark_pages.py's: its floor also carries gunicorn and the loopback round trip.

Usage: scripts/compare_pages.py [--code DIR ...] [--rounds N] [--cpu] [--pages A,B]
                               [--db PATH | --database-url URL]
  --pages the pages to time (default: floor, home, history, day, checkin, save); also
          summary30, summary3y, fhir3y (its PDF reused after the warm-up) and pdf30.
  --code  a source tree to measure (repeat it; default: this one). To compare with an older
          commit: `git archive COMMIT | tar -x -C DIR` and link .venv into DIR.
  --db    the SQLite file (default: a file in the temporary directory); created, migrated
          and seeded with the first tree if it does not exist. Saves go into it.
  --cpu   time the CPU the measuring process used instead of the wall clock.
  --database-url  another (empty) database instead, migrated and seeded first: e.g.
          `scripts/with-postgres.sh sh -c 'scripts/compare_pages.py --database-url "$DATABASE_URL"'`
          for PostgreSQL, where each query also pays the driver and the round trip.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EMAIL = "bench@example.com"
PASSWORD = "a long benchmark passphrase"
DAYS = 3 * 365
PAGES = ("floor", "home", "history", "day", "checkin", "save")
# The summary and its exports, timed with --pages (the 3-year FHIR export's PDF is reused
# from the process's memory after the warm-up, as in benchmark_pages.py).
SUMMARY_PAGES = ("summary30", "summary3y", "fhir3y", "pdf30")


def environment(db: Path, url: str | None = None) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}},
        "DJANGO_SETTINGS_MODULE": "tests.benchmark_settings",
        "SECRET_KEY": "compare-pages-" + "x" * 50,  # a local throwaway database
        "DJANGO_HTTPS": "0",
        "EMAIL_HOST": "127.0.0.1",
        "EXPORT_BACKGROUND_AFTER_DAYS": "3660",  # time the 3-year export, as benchmark_pages.py
        "DATABASE_URL": url or f"sqlite:///{db}",
    }


def measure(
    batches: int, per_batch: int, pages: tuple[str, ...], cpu: bool = False
) -> dict[str, float]:
    """Run inside a tree (cwd): the fastest batch of each page, in milliseconds (of the
    process's CPU time with `cpu`: SQLite runs in the process, so that is all of a page's
    work, and other processes on the machine disturb it much less than the wall clock)."""
    import re
    import time
    from datetime import timedelta
    from urllib.parse import urlencode

    import django

    sys.path.insert(0, os.getcwd())
    django.setup()
    from django.test import Client

    from diary.models import Patient

    patient = Patient.objects.get(user__email=EMAIL)
    client = Client(HTTP_HOST="localhost")
    # Signed in through the log-in form, as people (and benchmark_pages.py) sign in: the
    # session then has the usersessions row its read joins (diary/sessions.py).
    signed_in = client.post("/accounts/login/", {"login": EMAIL, "password": PASSWORD})
    if signed_in.status_code != 302:
        sys.exit(f"could not sign in ({signed_in.status_code})")
    anonymous = Client(HTTP_HOST="localhost")
    today = patient.today()
    diary = f"/d/{patient.public_id}/"
    edit = f"{diary}days/{today}/edit/"
    month = urlencode({"start": today - timedelta(days=29), "end": today})
    years = urlencode({"start": today - timedelta(days=DAYS - 1), "end": today})
    urls = {
        "home": diary,
        "history": f"{diary}history/",
        "day": f"{diary}days/{today}/",
        "checkin": edit,
        "summary30": f"{diary}summary/?{month}",
        "summary3y": f"{diary}summary/?{years}",
        "fhir3y": f"{diary}summary/fhir/?{years}",
        "pdf30": f"{diary}summary/pdf/?{month}",
    }
    form = client.get(edit).content
    version = [int(re.search(rb'name="version" value="(\d+)"', form).group(1))]

    def get(who, url):
        def page():
            response = who.get(url)
            if response.status_code != 200:
                sys.exit(f"{url} answered {response.status_code}")

        return page

    def save(i=[0]):  # noqa: B006 - a counter kept between calls
        i[0] += 1
        response = client.post(
            edit,
            {
                "date": today.isoformat(),
                "version": str(version[0]),
                "temperature_unit": "C",
                "wellbeing": str(5 + i[0] % 2),
                "severity-fatigue": str(1 + i[0] % 2),
                "severity-nausea": "1",
                "notes": "tired after the walk" if i[0] % 2 else "slept badly",
            },
        )
        if response.status_code != 302:
            sys.exit(f"the save answered {response.status_code}")
        version[0] += 1

    clock = time.process_time if cpu else time.perf_counter
    run = {"floor": get(anonymous, "/__floor__/"), **{k: get(client, u) for k, u in urls.items()}}
    run["save"] = save
    run = {name: page for name, page in run.items() if name in pages}
    for page in run.values():  # warm
        page()
        page()
    best = dict.fromkeys(run, float("inf"))
    for _ in range(batches):
        for name, page in run.items():
            started = clock()
            for _ in range(per_batch):
                page()
            best[name] = min(best[name], (clock() - started) / per_batch * 1000)
            if name == "save":
                client.get(urls["home"])  # shows the save's message, outside the timing
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, action="append")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--per-batch", type=int, default=8)
    parser.add_argument(
        "--cpu", action="store_true", help="time the process's CPU, not the wall clock"
    )
    parser.add_argument(
        "--pages",
        default=",".join(PAGES),
        help=f"comma-separated, from {','.join(PAGES + SUMMARY_PAGES)} (default: the first six)",
    )
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "diary-pages.db")
    parser.add_argument(
        "--database-url",
        help="measure on this database instead (e.g. PostgreSQL from scripts/with-postgres.sh, "
        "whose $DATABASE_URL it takes); it is migrated and seeded first, so give an empty one",
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        pages = tuple(options.pages.split(","))
        print(json.dumps(measure(options.batches, options.per_batch, pages, options.cpu)))
        return
    trees = [path.resolve() for path in options.code or [ROOT]]
    env = environment(options.db.resolve(), options.database_url)
    if options.database_url or not options.db.exists():
        python = str(trees[0] / ".venv" / "bin" / "python")
        for args in (
            ["migrate", "--no-input"],
            ["loaddata", "catalog"],
            ["seed_demo", "--email", EMAIL, "--password", PASSWORD, "--days", str(DAYS)],
        ):
            subprocess.run(
                [python, "manage.py", *args],
                cwd=trees[0],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
    pages = tuple(dict.fromkeys(["floor", *options.pages.split(",")]))
    unknown = set(pages) - set(PAGES + SUMMARY_PAGES)
    if unknown:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}")
    best = {tree: dict.fromkeys(pages, float("inf")) for tree in trees}
    for _ in range(options.rounds):
        for tree in trees:
            result = subprocess.run(
                [
                    str(tree / ".venv" / "bin" / "python"),
                    str(Path(__file__).resolve()),
                    "--measure",
                    "--batches",
                    str(options.batches),
                    "--per-batch",
                    str(options.per_batch),
                    "--pages",
                    ",".join(pages),
                    *(["--cpu"] if options.cpu else []),
                ],
                cwd=tree,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            for page, ms in json.loads(result.stdout.strip().splitlines()[-1]).items():
                best[tree][page] = min(best[tree][page], ms)
    for tree in trees:
        print(tree)
        floor = best[tree]["floor"]
        for page in pages:
            print(f"  {page:8} {best[tree][page]:8.2f} ms {best[tree][page] / floor:7.1f}x")


if __name__ == "__main__":
    main()
