"""Alert emails to the care team (the STAR design), through an outbox.

A day that holds a red flag or an alert writes one outbox row per contact who asked for alerts
and confirmed her address, in the same transaction as the day. `send_pending` (the
send_notifications command) sends them later, each in its own transaction, so a mail failure
loses nothing and a second run sends nothing twice.

An alert email names no symptom, no severity and no date: it asks the contact to get in touch
with the patient (or, for a caregiver, to sign in). Only when the patient ticked it for that
contact does it carry a link to a read-only summary, valid for 48 hours and made like any share
link (hashed, listed with her share links, audited).
"""

import logging
from collections.abc import Sequence
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from diary import audit
from diary.catalog import Catalog
from diary.days import SavedDay
from diary.models import AuditEvent, CareTeamContact, DailyEntry, Notification, ShareLink
from diary.models.sharing import new_token

logger = logging.getLogger("diary.notifications")

ALERT_LINK_HOURS = 48
ALERT_SUMMARY_DAYS = 30
CONFIRM_DAYS = 14
SUBJECT = "Symptom diary: please get in touch with your patient"
CONFIRM_SUBJECT = "Symptom diary: please confirm your email address"


def queue_alerts(
    entry: DailyEntry,
    *,
    catalog: Catalog | None = None,
    saved: SavedDay | None = None,
    contact_ids: Sequence[int] | None = None,
) -> int:
    """Outbox rows for this day if it holds a red flag or an alert. Call inside the day's
    transaction. A day already queued for a contact is not queued again. `saved`: the day's
    view shared with the other readers of the same save (diary.checkin.save_day);
    `contact_ids`: her alerted contacts' ids in name order, when the caller read them
    (`diary.checkin.alert_readers`)."""
    if contact_ids is None:
        contact_ids = [contact.pk for contact in entry.patient.contacts.alerted()]
    if not contact_ids:
        return 0
    view = (saved or SavedDay(entry, catalog=catalog)).view()
    if view is None or not view.concerns:
        return 0
    created = 0
    for contact_id in contact_ids:
        _, new = Notification.objects.get_or_create(
            contact_id=contact_id, entry=entry, defaults={"patient": entry.patient}
        )
        created += new
    if created:
        # The queue hears of it only once the day is committed (diary/tasks.py).
        from diary.tasks import enqueue_alert_emails

        transaction.on_commit(enqueue_alert_emails)
    return created


def alert_message(patient_name: str, *, url: str | None) -> str:
    """The body: who, and what to do; never what, how bad or when."""
    lines = [
        f"The symptom diary of {patient_name} has a new entry that it marks for the care "
        "team's attention.",
        "",
        f"Please get in touch with {patient_name}, or sign in to the diary if you help with it.",
    ]
    if url:
        lines += [
            "",
            f"{patient_name} chose to include a read-only summary. The link works for "
            f"{ALERT_LINK_HOURS} hours; please do not forward it:",
            url,
        ]
    lines += [
        "",
        "You get this email because the patient asked the diary to tell you and you confirmed "
        "this address. It carries no health details.",
    ]
    return "\n".join(lines) + "\n"


def _alert_link(notification: Notification) -> str:
    """A fresh 48-hour share link for this alert, audited like any other."""
    patient = notification.patient
    end = notification.entry.date if notification.entry else patient.today()
    token, token_hash = new_token()
    link = ShareLink.objects.create(
        patient=patient,
        token_hash=token_hash,
        label=f"Alert email to {notification.contact.name}"[:100],
        start=end - timedelta(days=ALERT_SUMMARY_DAYS - 1),
        end=end,
        expires_at=timezone.now() + timedelta(hours=ALERT_LINK_HOURS),
    )
    audit.record(
        None,
        AuditEvent.Action.SHARE_CREATED,
        patient=patient,
        actor=None,
        detail=f"link {link.pk} in an alert email to contact {notification.contact_id}",
    )
    return settings.SITE_URL + reverse("shared_summary", args=[token])


def send_one(notification: Notification) -> None:
    """Send one pending alert, all or nothing."""
    with transaction.atomic():
        locked = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("contact", "patient__user", "entry")
            .filter(pk=notification.pk, sent_at__isnull=True)
            .first()
        )
        if locked is None:  # sent meanwhile by another run
            return
        contact = locked.contact
        url = _alert_link(locked) if contact.include_link else None
        send_mail(
            SUBJECT,
            alert_message(locked.patient.display_name, url=url),
            settings.DEFAULT_FROM_EMAIL,
            [contact.email],
        )
        locked.sent_at = timezone.now()
        locked.attempts += 1
        locked.save(update_fields=["sent_at", "attempts"])
        audit.record(
            None,
            AuditEvent.Action.ALERT_SENT,
            patient=locked.patient,
            detail=f"contact {contact.pk}" + (", with a link" if url else ""),
        )


def send_confirmation(contact: CareTeamContact) -> None:
    """Email the contact a link to confirm her address (only the link's hash is kept).
    Raises OSError when the mail server refuses; the caller keeps the contact unconfirmed."""
    token, token_hash = new_token()
    contact.confirm_token_hash = token_hash
    contact.confirm_sent_at = timezone.now()
    contact.save(update_fields=["confirm_token_hash", "confirm_sent_at"])
    url = settings.SITE_URL + reverse("contact_confirm", args=[token])
    send_mail(
        CONFIRM_SUBJECT,
        (
            f"{contact.patient.display_name} would like the symptom diary to email you, "
            f"{contact.name}, when an entry in it is marked for the care team's attention.\n\n"
            f"If you agree, confirm your address within {CONFIRM_DAYS} days:\n{url}\n\n"
            "If you do not know this person, ignore this email: nothing will be sent to you.\n"
        ),
        settings.DEFAULT_FROM_EMAIL,
        [contact.email],
    )


def find_unconfirmed_contact(token: str) -> CareTeamContact | None:
    from diary.models.sharing import hash_token

    if not token:
        return None
    contact = (
        CareTeamContact.objects.select_related("patient__user")
        .filter(confirm_token_hash=hash_token(token), confirmed_at__isnull=True)
        .first()
    )
    if contact is None or contact.confirm_sent_at is None:
        return None
    if contact.confirm_sent_at < timezone.now() - timedelta(days=CONFIRM_DAYS):
        return None
    return contact


def confirm_contact(request, contact: CareTeamContact) -> None:
    with transaction.atomic():
        updated = CareTeamContact.objects.filter(pk=contact.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now(), confirm_token_hash=""
        )
        if updated:
            audit.record(
                request,
                AuditEvent.Action.CONTACT_CONFIRMED,
                patient=contact.patient,
                actor=None,
                detail=f"contact {contact.pk}",
            )


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
            logger.warning("Alert email %s not sent: %s", notification.pk, type(error).__name__)
        else:
            sent += 1
    return sent, failed
