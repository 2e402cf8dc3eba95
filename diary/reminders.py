"""Daily reminders: an email when a diary's day is not logged yet by the time a person picked.

The rule, for each reminder that is on:
- it is due once the person's own local time (her profile's time zone) has reached the chosen
  time on a chosen weekday (no weekdays chosen: every day);
- it goes only to someone who may still log that diary (the patient, or an editor);
- it is sent only if the diary's day (the patient's today) has no check-in yet; for a diary on
  the weekly rhythm (Patient.checkin_rhythm), only if none of the last 7 days has one;
- it is sent at most once per person, diary and local day: a ReminderSent row, unique on
  (reminder, local day), is written in the same transaction as the email is handed over. Two
  runs at once, or a run repeated, send nothing twice; an email that fails is retried next run.

The email carries no health data: no symptom, no name of an illness, one link to the check-in.
`send_due_reminders` is what `manage.py send_reminders` (cron, every few minutes) or a
background worker calls.
"""

import datetime
import logging
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from diary.access import Role, role_for
from diary.models import Reminder, ReminderSent

logger = logging.getLogger(__name__)

SUBJECT = "A reminder from your symptom diary"


@dataclass(frozen=True)
class Outcome:
    sent: int = 0
    not_due: int = 0
    already_logged: int = 0
    already_sent: int = 0
    no_access: int = 0
    failed: int = 0


def local_now(reminder: Reminder, now: datetime.datetime) -> datetime.datetime:
    try:
        zone = zoneinfo.ZoneInfo(reminder.user.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = datetime.UTC
    return now.astimezone(zone)


def is_due(reminder: Reminder, *, now: datetime.datetime) -> bool:
    """On, a chosen weekday in the person's zone, and her local time past the chosen time."""
    if not reminder.enabled:
        return False
    here = local_now(reminder, now)
    if reminder.weekdays and here.weekday() not in reminder.weekdays:
        return False
    return here.time() >= reminder.time


def message(reminder: Reminder) -> str:
    link = settings.SITE_URL + reverse("log_today", kwargs={"patient": reminder.patient.public_id})
    whose = "your diary" if reminder.patient.user_id == reminder.user_id else "the diary"
    if reminder.patient.weekly:
        return (
            f"This week's check-in is not logged in {whose} yet. When you have a minute, "
            f"look back over the last 7 days:\n{link}\n\n"
            "You get this email because you asked for a reminder of the weekly check-in. "
            "Turn it off or change its time on the diary's Reminders page.\n"
        )
    return (
        f"Today is not logged in {whose} yet. When you have a minute:\n{link}\n\n"
        "You get this email because you asked for a daily reminder. "
        "Turn it off or change its time on the diary's Reminders page.\n"
    )


def already_logged(patient, today: datetime.date) -> bool:
    """Today is logged, or (weekly rhythm) one of the last 7 days is."""
    first = today - datetime.timedelta(days=patient.recall_days - 1)
    return patient.entries.filter(date__gte=first, date__lte=today).exists()


def send_one(reminder: Reminder, *, now: datetime.datetime) -> str:
    """Send this reminder if it is due; the outcome's name."""
    if not is_due(reminder, now=now):
        return "not_due"
    role = role_for(reminder.user, reminder.patient)
    if role is None or role < Role.EDITOR:  # a caregiver removed, or now a viewer
        return "no_access"
    patient_today = now.astimezone(reminder.patient.zone).date()
    if already_logged(reminder.patient, patient_today):
        return "already_logged"
    local_date = local_now(reminder, now).date()
    try:
        with transaction.atomic():
            ReminderSent.objects.create(reminder=reminder, local_date=local_date)
            send_mail(
                SUBJECT, message(reminder), settings.DEFAULT_FROM_EMAIL, [reminder.user.email]
            )
    except IntegrityError:
        return "already_sent"
    except OSError:  # SMTP refused or timed out: nothing recorded, the next run tries again
        logger.warning("Reminder %s could not be sent; will retry.", reminder.pk)
        return "failed"
    return "sent"


def send_due_reminders(*, now: datetime.datetime | None = None) -> Outcome:
    now = now or timezone.now()
    counts = dict.fromkeys(Outcome.__dataclass_fields__, 0)
    reminders = (
        Reminder.objects.filter(enabled=True, user__is_active=True)
        .select_related("user", "patient__user")
        .order_by("pk")
    )
    for reminder in reminders.iterator():
        counts[send_one(reminder, now=now)] += 1
    return Outcome(**counts)
