"""Background work on Huey (settings.HUEY; the worker is `manage.py run_huey`).

The outbox rows stay the source of truth for alert emails: a saved day enqueues
`send_alert_emails` only once its transaction commits, and `sweep_outbox` sends whatever is still
pending every minute, so nothing is lost when the queue or the mail server is down. Sending
locks each outbox row (SKIP LOCKED), so any number of workers send each email once.
"""

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from importlib import import_module

from django.db.models import Q
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import HUEY, close_db, db_periodic_task, db_task

from diary.exports import jobs as _export_jobs  # noqa: F401 (declares the render_export task)
from diary.models import Invitation, ShareLink
from diary.notifications import send_pending
from diary.views.health import HEARTBEAT_KEY

logger = logging.getLogger("diary.tasks")

# Closed share links and invitations are kept this long (for the owner's list), then deleted.
KEEP_CLOSED_DAYS = 30


@db_task()
def send_alert_emails() -> tuple[int, int]:
    """Send the pending alert emails now (enqueued when a day with a concern commits)."""
    return send_pending()


def enqueue_alert_emails() -> None:
    """Called on commit. A queue that is down loses nothing: the sweep sends the rows later."""
    try:
        send_alert_emails()
    except Exception as error:
        logger.warning(
            "Task queue unavailable (%s); the outbox sweep will send the alert.",
            type(error).__name__,
        )


@db_periodic_task(crontab(minute="*"))
def sweep_outbox() -> tuple[int, int]:
    """Every minute: send what is still pending (queue or mail server down before)."""
    HUEY.put(HEARTBEAT_KEY, str(time.time()))  # /healthz reports when a worker last ran
    sent, failed = send_pending()
    if sent or failed:
        logger.info("Outbox sweep: %d sent, %d failed.", sent, failed)
    return sent, failed


def clean_up_expired(now=None) -> tuple[int, int]:
    """Delete share links and invitations closed more than KEEP_CLOSED_DAYS ago."""
    cutoff = (now or timezone.now()) - timedelta(days=KEEP_CLOSED_DAYS)
    links, _ = ShareLink.objects.filter(
        Q(expires_at__lt=cutoff) | Q(revoked_at__lt=cutoff)
    ).delete()
    invitations, _ = Invitation.objects.filter(
        Q(expires_at__lt=cutoff) | Q(withdrawn_at__lt=cutoff) | Q(accepted_at__lt=cutoff)
    ).delete()
    return links, invitations


@db_periodic_task(crontab(minute="17", hour="3"))
def clean_up() -> tuple[int, int]:
    links, invitations = clean_up_expired()
    logger.info("Clean-up: %d share links, %d invitations deleted.", links, invitations)
    return links, invitations


# Periodic jobs of other parts of the diary plug in here: (dotted path of a function taking no
# arguments, Huey crontab arguments). E.g. ("diary.escalation.escalate_alerts", {"minute": "*/5"}).
SCHEDULED: list[tuple[str, dict[str, str]]] = [
    # The care team's escalation: items not acknowledged within the team's window.
    ("diary.escalation.escalate_due", {"minute": "*/5"}),
    # Daily reminders at the local time each person picked (sent once per person and day).
    ("diary.reminders.send_due_reminders", {"minute": "*/5"}),
    # Days deleted more than 30 days ago are gone for good (and their red-flag answers).
    ("diary.deleted_days.purge", {"minute": "41", "hour": "3"}),
    # Long summary downloads: prepare those still waiting; delete those past their 24 hours.
    ("diary.exports.jobs.sweep", {"minute": "*/5"}),
    ("diary.exports.jobs.delete_expired", {"minute": "23"}),
]


def _scheduled(path: str, when: dict[str, str]) -> Callable:
    module_name, _, name = path.rpartition(".")

    def run():
        return getattr(import_module(module_name), name)()

    return HUEY.periodic_task(crontab(**when), name=path)(close_db(run))


for _path, _when in SCHEDULED:
    _scheduled(_path, _when)
