"""Deleted days: kept for 30 days so a deletion can be undone, then purged.

A deleted day has `deleted_at` set. `DailyEntry.objects` (and so `patient.entries`, reports and
doses through their managers) never shows it: summaries, history, exports and alerts go on as if
it were gone. `DailyEntry.all_objects` sees it, here only. Restoring is refused when the day has
been logged again since (one live entry per day, held by a conditional unique constraint).
"""

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone

from diary.access import SelectedColumns, column
from diary.models import DailyEntry, Patient, RedFlagAnswer

KEEP_DAYS = 30


class CannotRestore(Exception):
    """The day cannot come back, with a message for the person."""


@dataclass(frozen=True)
class DeletedDay:
    date: date
    deleted_at: datetime
    restorable_until: datetime


def delete_day(*, patient: Patient, day: date, now: datetime | None = None) -> bool:
    """Hide the day (restorable for 30 days); its open items leave the care team's queue."""
    from diary.triage import withdraw_day

    with transaction.atomic():
        deleted = patient.entries.filter(date=day).update(deleted_at=now or timezone.now())
        if deleted:
            withdraw_day(patient=patient, day=day)
    return bool(deleted)


@functools.cache
def _deleted_sql() -> tuple[str, SelectedColumns]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    table, field = DailyEntry._meta.db_table, DailyEntry._meta.get_field
    columns = SelectedColumns([field("date").get_col(table), field("deleted_at").get_col(table)])
    deleted_at = column(DailyEntry, "deleted_at")
    return (
        f"SELECT {columns.sql} FROM {column(DailyEntry)}"  # noqa: S608
        f" WHERE {deleted_at} >= %s AND {column(DailyEntry, 'patient')} = %s"
        f" ORDER BY {deleted_at} DESC",
        columns,
    )


def recently_deleted(patient: Patient, *, now: datetime | None = None) -> list[DeletedDay]:
    """Her days deleted in the last KEEP_DAYS, the latest deletion first: what
    `DailyEntry.all_objects.filter(patient=patient, deleted_at__gte=...)
    .order_by("-deleted_at").values_list("date", "deleted_at")` gives, read with SQL written
    once per process from the models' quoted names (the history page reads it every time)."""
    now = now or timezone.now()
    sql, columns = _deleted_sql()
    since = connection.ops.adapt_datetimefield_value(now - timedelta(days=KEEP_DAYS))
    rows = columns.rows(sql, [since, patient.pk])
    return [DeletedDay(d, at, at + timedelta(days=KEEP_DAYS)) for d, at in rows]


def restore_day(*, patient: Patient, day: date, now: datetime | None = None) -> DailyEntry:
    now = now or timezone.now()
    with transaction.atomic():
        entry = (
            DailyEntry.all_objects.select_for_update()
            .filter(
                patient=patient,
                date=day,
                deleted_at__gte=now - timedelta(days=KEEP_DAYS),
            )
            .order_by("-deleted_at")
            .first()
        )
        if entry is None:
            raise CannotRestore("There is no deleted entry for that day to restore.")
        if patient.entries.filter(date=day).exists():
            raise CannotRestore(
                f"{day:%A %d %B} has been logged again since. Open it to change it instead."
            )
        entry.deleted_at = None
        entry.save(update_fields=["deleted_at"])
        from diary.triage import sync_day

        sync_day(entry)  # its concerns are back in the care team's queue
    return entry


def purge(*, now: datetime | None = None) -> int:
    """Delete for good the days deleted more than 30 days ago (cron: once a day)."""
    cutoff = (now or timezone.now()) - timedelta(days=KEEP_DAYS)
    with transaction.atomic():
        gone = DailyEntry.all_objects.filter(deleted_at__lt=cutoff)
        for patient_id, day in gone.values_list("patient_id", "date"):
            # Her answers to that day's red flags go with it, unless the day was logged again.
            if not DailyEntry.objects.filter(patient_id=patient_id, date=day).exists():
                RedFlagAnswer.objects.filter(patient_id=patient_id, date=day).delete()
        count, _ = gone.delete()
    return count
