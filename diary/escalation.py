"""Escalation: an item nobody acknowledged within the team's window is emailed, once, to the
team's escalation address.

Each item's deadline (`due_at`) is set when it is raised, counting only the team's working
hours. `escalate_due` sends each overdue item in its own transaction, holding the item's row
while the mail goes out, and marks it escalated: a mail failure leaves it for the next run, and
a second run (even a concurrent one) sends nothing twice. The email carries no health data and
no token: the reader signs in to see the queue.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from diary.models import TriageItem

logger = logging.getLogger("diary.escalation")

SUBJECT = "Care-team queue: an item is waiting for acknowledgement"


def overdue(now=None):
    now = now or timezone.now()
    return (
        TriageItem.objects.filter(
            status=TriageItem.Status.OPEN,
            escalated_at__isnull=True,
            due_at__lte=now,
            entry__isnull=False,
        )
        .exclude(team__escalation_email="")
        .order_by("due_at", "pk")
    )


def _message(team_name: str, minutes: int, url: str) -> str:
    return (
        f"An item in the triage queue of {team_name} has not been acknowledged within "
        f"{minutes} minutes of working time.\n\n"
        f"Sign in to see the queue:\n{url}\n\n"
        "This email carries no patient details.\n"
    )


def escalate_one(item_pk: int, *, now=None) -> bool:
    """Send one overdue item's escalation, all or nothing. False if nothing was due."""
    now = now or timezone.now()
    with transaction.atomic():
        item = (
            TriageItem.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("team")
            .filter(
                pk=item_pk,
                status=TriageItem.Status.OPEN,
                escalated_at__isnull=True,
                due_at__lte=now,
            )
            .first()
        )
        if item is None or not item.team.escalation_email:
            return False
        url = settings.SITE_URL + reverse("team_queue", args=[item.team_id])
        send_mail(
            SUBJECT,
            _message(item.team.name, item.team.window_minutes, url),
            settings.DEFAULT_FROM_EMAIL,
            [item.team.escalation_email],
        )
        TriageItem.objects.filter(pk=item.pk).update(escalated_at=timezone.now())
    return True


def escalate_due(*, now=None) -> tuple[int, int]:
    """Escalate every overdue item. Returns (sent, failed)."""
    sent = failed = 0
    for pk in list(overdue(now).values_list("pk", flat=True)):
        try:
            sent += escalate_one(pk, now=now)
        except OSError as error:  # the mail server is down: the next run tries again
            failed += 1
            logger.warning("Escalation of item %s not sent: %s", pk, type(error).__name__)
    return sent, failed
