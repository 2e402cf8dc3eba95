"""Many machines, on one: two gunicorn instances on two ports and two task workers, sharing one
PostgreSQL and one Redis (scripts/two-instances.sh runs this on a throwaway PostgreSQL).

The project's own settings, as a clinic would run them. Checks that a session started on one
instance works on the other, that a log-in lock set through one instance holds on the other
(the default cache, the database, is shared), and that red flags saved through either instance
are emailed exactly once each to a confirmed care-team contact, whichever worker picks them up,
and that both instances show the notes tagged by the machine's one note tagger.
"""

import shutil
import subprocess
import time
from datetime import UTC, datetime, timedelta

import requests
import stack  # scripts/ is on the path when this file runs

PASSWORD = "a long two-instance passphrase"
EMAIL = "two@example.com"
NURSE = "nurse@clinic.example"


def start_redis(procs: stack.Processes) -> str:
    port = stack.free_port()
    procs.start(
        "redis",
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--loglevel",
            "warning",
        ],
        {"PATH": "/usr/bin:/bin:/usr/sbin"},
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ping = subprocess.run(
            ["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True
        )
        if ping.stdout.strip() == "PONG":
            return f"redis://127.0.0.1:{port}/0"
        time.sleep(0.1)
    stack.fail("redis-server did not start")
    return ""


# The public name both instances serve, as behind one load balancer: allauth keys the failed
# log-in count by site (the Host header) and address.
PUBLIC_HOST = "localhost"


def log_in(base: str, password: str) -> requests.Response:
    return stack.post_form(
        requests.Session(),
        f"{base}/accounts/login/",
        {"login": EMAIL, "password": password},
        host=PUBLIC_HOST,
    )


def main() -> None:
    started = time.monotonic()
    database_url = stack.require_postgres()
    if not shutil.which("redis-server"):
        print("two-instances: redis-server is not installed (make redis); skipping.")
        return
    scratch = stack.scratch_dir("diary-two.")
    with stack.Sink() as sink, stack.Processes(scratch) as procs:
        redis_url = start_redis(procs)
        port_a, port_b = stack.free_port(), stack.free_port()
        # The project's own settings: the default cache is the database, which both share.
        env = stack.production_env(
            database_url,
            sink.port,
            REDIS_URL=redis_url,
            SITE_URL=f"http://127.0.0.1:{port_a}",
            WEB_CONCURRENCY="1",
            # One note tagger for the machine, asked by both instances.
            TAGGER_SOCKET=str(scratch / "run" / "tagger.sock"),
        )
        stack.manage(env, "migrate", "--no-input")
        stack.manage(env, "loaddata", "catalog")
        stack.manage(env, "collectstatic", "--no-input")
        stack.start_tagger(procs, "tagger", env)
        a = stack.start_web(procs, "web-a", env, port_a)
        b = stack.start_web(procs, "web-b", env, port_b)
        stack.start_worker(procs, "worker-1", env)
        stack.start_worker(procs, "worker-2", env)
        stack.wait_http(f"{a}/healthz")
        stack.wait_http(f"{b}/healthz")
        stack.say(f"instances {a} and {b}, two workers, Redis at {redis_url}")

        # Sessions live in the database: signed up on A, still signed in on B.
        client, diary_a = stack.sign_up(sink, a, EMAIL, PASSWORD)
        diary_b = diary_a.replace(a, b)
        on_b = client.get(f"{diary_b}/", allow_redirects=False, timeout=30)
        if on_b.status_code != 200:
            stack.fail(f"the session from A is not known on B ({on_b.status_code} {on_b.headers})")
        stack.say("a session started on A works on B")

        # Before the lock below, which also refuses the password asked again to add a contact.
        stack.add_alert_contact(sink, client, diary_a, NURSE, PASSWORD)
        stack.say("a care-team contact added and confirmed")

        # Five failed log-ins through A lock the account on B too: the rate limit's cache is
        # the database by default (CACHE_URL).
        for _ in range(5):
            if log_in(a, "wrong").status_code != 200:
                stack.fail("a failed log-in did not re-render the form")
        locked = log_in(b, PASSWORD)
        if locked.status_code == 302 or "Too many failed login attempts" not in locked.text:
            stack.fail(f"the lock set through A does not hold on B ({locked.status_code})")
        stack.say("a log-in lock set through A holds on B")

        # Red flags on three days, saved through both instances: three e-mails, one each.
        today = datetime.now(UTC).date()
        for offset, diary in ((0, diary_a), (1, diary_b), (2, diary_a)):
            stack.log_red_flag(client, diary, today - timedelta(days=offset))
        sink.wait_for(NURSE, stack.ALERT_SUBJECT, count=3)
        # A second sender (the cron-style command) then sends nothing more; nor do the
        # workers' sweeps: the only wait here is for something that must *not* happen.
        stack.manage(env, "send_notifications")
        time.sleep(3)
        alerts = sink.to(NURSE, stack.ALERT_SUBJECT)
        links = {stack.link_in(m, "/s/") for m in alerts}
        if len(alerts) != 3 or len(links) != 3:
            stack.fail(f"three red flags gave {len(alerts)} emails ({len(links)} links)")
        for message in sink.messages:
            stack.check_email_clean(message)
        workers = {
            name
            for name, text in procs.logs().items()
            if name.startswith("worker") and "send_alert_emails" in text
        }
        stack.say(f"three red flags, three emails, each once (sent by {sorted(workers)})")

        for diary in (diary_a, diary_b):
            stack.check_notes_tagged(client, diary, today)
        stack.say("both instances show the notes tagged by the one note tagger")

    logs = {name: text for name, text in procs.logs().items() if name != "redis"}
    lines = stack.check_logs(logs)
    stack.say(f"{lines} log lines, all JSON, none with health data")
    stack.say(f"two-instance test passed in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
