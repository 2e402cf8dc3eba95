"""Alert e-mails to the care team (the STAR design), through an outbox.

A day that holds a red flag or an alert writes one outbox row per opted-in contact, in the same
transaction as the day. `send_pending` (the send_notifications command) sends them later, each in
its own transaction, so a mail failure loses nothing and a second run sends nothing twice.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from diary.catalog import Catalog, load_catalog
from diary.days import load_day
from diary.models import DailyEntry, Notification, ShareLink
from diary.models.sharing import new_token

logger = logging.getLogger("diary.notifications")

ALERT_LINK_DAYS = 14
ALERT_SUMMARY_DAYS = 30
SUBJECT = "Symptom diary: a new severe or worsening symptom"


def queue_alerts(entry: DailyEntry, *, catalog: Catalog | None = None) -> int:
    """Outbox rows for this day if it holds a red flag or an alert. Call inside the day's
    transaction. A day already queued for a contact is not queued again."""
    contacts = list(entry.patient.contacts.filter(alert_emails=True))
    if not contacts:
        return 0
    view = load_day(entry.patient, entry.date, catalog=catalog or load_catalog())
    if view is None or not view.concerns:
        return 0
    created = 0
    for contact in contacts:
        _, new = Notification.objects.get_or_create(
            contact=contact, entry=entry, defaults={"patient": entry.patient}
        )
        created += new
    if created:
        # The queue hears of it only once the day is committed (diary/tasks.py).
        from diary.tasks import enqueue_alert_emails

        transaction.on_commit(enqueue_alert_emails)
    return created


def _message(patient_name: str, url: str) -> str:
    return (
        "A new severe or worsening symptom was reported in the symptom diary of "
        f"{patient_name}.\n\n"
        f"Read-only summary (the link expires in {ALERT_LINK_DAYS} days):\n{url}\n\n"
        "This e-mail was sent because the patient asked the diary to tell you of red flags "
        "and alerts. It carries no other health details.\n"
    )


def send_one(notification: Notification) -> None:
    """Send one pending alert with a fresh share link, all or nothing."""
    with transaction.atomic():
        locked = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("contact", "patient__user", "entry")
            .filter(pk=notification.pk, sent_at__isnull=True)
            .first()
        )
        if locked is None:  # sent meanwhile by another run
            return
        patient = locked.patient
        end = locked.entry.date if locked.entry else patient.today()
        token, token_hash = new_token()
        ShareLink.objects.create(
            patient=patient,
            token_hash=token_hash,
            label=f"Alert e-mail to {locked.contact.name}"[:100],
            start=end - timedelta(days=ALERT_SUMMARY_DAYS - 1),
            end=end,
            expires_at=timezone.now() + timedelta(days=ALERT_LINK_DAYS),
        )
        send_mail(
            SUBJECT,
            _message(patient.display_name, f"{settings.SITE_URL}/s/{token}/"),
            settings.DEFAULT_FROM_EMAIL,
            [locked.contact.email],
        )
        locked.sent_at = timezone.now()
        locked.attempts += 1
        locked.save(update_fields=["sent_at", "attempts"])


def send_pending() -> tuple[int, int]:
    """Send every pending alert. Returns (sent, failed)."""
    sent = failed = 0
    for notification in Notification.objects.filter(sent_at__isnull=True).order_by("pk"):
        try:
            send_one(notification)
        except Exception as error:  # the mail server is down, say: try again next run
            failed += 1
            Notification.objects.filter(pk=notification.pk).update(
                attempts=notification.attempts + 1, last_error=type(error).__name__[:200]
            )
            logger.warning("Alert e-mail %s not sent: %s", notification.pk, type(error).__name__)
        else:
            sent += 1
    return sent, failed
