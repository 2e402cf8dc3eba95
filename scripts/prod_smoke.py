"""The production stack end to end (scripts/prod-smoke.sh runs this on a throwaway PostgreSQL).

Migrates, collects static files, starts the note tagger, gunicorn (DJANGO_DEBUG off) and a task
worker, signs up over HTTP (confirming the address by the link emailed to it, then logging in),
adds a care-team contact who confirms her address by the link emailed to her, logs a red flag,
and checks that the alert email reached a local SMTP sink exactly once without health data, that
the day page shows the note tagged (through the tagger's socket), that /healthz answers for the
database, the queue and the tagger, and that the logs are JSON lines without health data. The
steps are those of the README's "Production" section.
"""

import re
import time
from datetime import UTC, datetime

import requests
import stack  # scripts/ is on the path when this file runs

NURSE = "nurse@clinic.example"
PASSWORD = "a long smoke-test passphrase"


def main() -> None:
    started = time.monotonic()
    database_url = stack.require_postgres()
    scratch = stack.scratch_dir("diary-smoke.")
    with stack.Sink() as sink, stack.Processes(scratch) as procs:
        port = stack.free_port()
        base = f"http://127.0.0.1:{port}"
        env = stack.production_env(
            database_url,
            sink.port,
            SITE_URL=base,
            TASKS_SQLITE_PATH=str(scratch / "tasks.sqlite3"),
            TAGGER_SOCKET=str(scratch / "run" / "tagger.sock"),
        )
        stack.manage(env, "migrate", "--no-input")
        stack.manage(env, "loaddata", "catalog")
        stack.say("migrated, catalog loaded")
        stack.manage(env, "collectstatic", "--no-input", "--clear")
        stack.say("static files collected")

        stack.start_tagger(procs, "tagger", env)
        stack.start_web(procs, "gunicorn", env, port)
        stack.start_worker(procs, "worker", env)
        stack.wait_http(f"{base}/healthz")
        stack.say(
            f"gunicorn on {base}, worker and note tagger started, SMTP sink on port {sink.port}"
        )

        client, diary = stack.sign_up(sink, base, "smoke@example.com", PASSWORD)
        stack.say("signed up, confirmed the address by the emailed link, logged in")
        stack.add_alert_contact(sink, client, diary, NURSE, PASSWORD)
        stack.say(
            "added a care-team contact (password asked again), who confirmed her address"
            " by the emailed link"
        )
        today = datetime.now(UTC).date()
        stack.log_red_flag(client, diary, today)
        stack.say("logged a red flag")
        stack.check_notes_tagged(client, diary, today)
        stack.say("the day page shows the note tagged by the note tagger's process")

        sink.wait_for(NURSE, stack.ALERT_SUBJECT)
        # A second sender (the cron-style command) then sends nothing more; nor does the
        # worker's sweep: the only wait here is for something that must *not* happen.
        stack.manage(env, "send_notifications")
        time.sleep(2)
        alerts = sink.to(NURSE, stack.ALERT_SUBJECT)
        if len(alerts) != 1:
            stack.fail(f"the alert was emailed {len(alerts)} times")
        for message in sink.messages:
            stack.check_email_clean(message)
        stack.say("alert email arrived once over SMTP, without health data")

        health = requests.get(f"{base}/healthz", timeout=10)
        body = health.json()
        if (
            health.status_code != 200
            or not body["database"] == body["queue"] == body["tagger"] == "ok"
        ):
            stack.fail(f"/healthz: {health.status_code} {body}")
        if body.get("worker_last_seen_seconds") is None:
            stack.fail("/healthz has not seen the worker")
        stack.say(f"/healthz: {body}")

        landing = requests.get(f"{base}/", timeout=10).text
        css = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', landing)
        if not css:
            stack.fail("no hashed stylesheet on the landing page")
        asset = requests.get(
            f"{base}{css.group(1)}", headers={"Accept-Encoding": "gzip"}, timeout=10
        )
        if asset.status_code != 200 or asset.headers.get("Content-Encoding") != "gzip":
            stack.fail(f"static file {css.group(1)}: {asset.status_code} {asset.headers}")
        stack.say(f"static files hashed and compressed ({css.group(1)})")

    lines = stack.check_logs(procs.logs())
    stack.say(f"{lines} log lines, all JSON, none with health data")
    stack.say(f"production smoke test passed in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
