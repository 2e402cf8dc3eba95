"""Saving a day: one entry per patient per day, all or nothing, safe against two editors.

Only what the patient rated is stored: a symptom she did not touch has no report, and a "None"
she chose is a report at severity 0 (see diary.forms.checkin for the form's fields).

The check-in form carries the version of the entry it was opened on (0 for a new day). If the
day changed since, the save stops with `Conflict` so the person sees both versions; a repeated
submit of exactly what is already saved (a double click) succeeds without saving twice.
"""

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import IntegrityError, connection, transaction
from django.db.models import BooleanField
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from diary.access import SelectedModel, column, rows_of_sql, sql_value
from diary.catalog import Catalog
from diary.days import SavedDay
from diary.models import (
    CareTeamContact,
    DailyEntry,
    DoseLog,
    Patient,
    SymptomReport,
    TeamConnection,
    Treatment,
    TriageItem,
    User,
)
from diary.notifications import queue_alerts
from diary.plain_history import save_existing, update_with_history
from diary.triage import OPEN_STATES, sync_day

# The day's measures, as DayInput and DailyEntry both name them (diary.measures).
DAY_MEASURE_FIELDS = (
    "recall_days",
    "pain_score",
    "pain_medicine_doses",
    "up_and_about",
    "weight_kg",
)


@dataclass(frozen=True)
class DoseInput:
    status: str  # DoseLog.Status
    reason: str = ""


@dataclass(frozen=True)
class DayInput:
    date: date
    wellbeing: int | None
    temperature_c: Decimal | None
    notes: str
    severities: Mapping[int, int]  # symptom id -> 0..4 (0: "None"); unrated ones are left out
    causes: Mapping[int, int] = field(default_factory=dict)  # symptom id -> treatment id
    doses: Mapping[int, DoseInput] = field(default_factory=dict)  # treatment id -> dose
    include_notes_in_summary: bool = False
    # How much each symptom rated above none got in the way (0..4), by symptom id; optional.
    interference: Mapping[int, int] = field(default_factory=dict)
    recall_days: int = 1  # 7: a weekly check-in about the last 7 days
    pain_score: int | None = None
    pain_medicine_doses: int | None = None
    up_and_about: int | None = None
    weight_kg: Decimal | None = None

    def measures(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in DAY_MEASURE_FIELDS}


class Conflict(Exception):
    """The day was saved (or deleted) by someone else since the form was opened."""

    def __init__(self, current: DailyEntry | None):
        super().__init__("The day changed since the form was opened.")
        self.current = current


class DateTaken(Exception):
    """Moving a day onto a date that already has its own entry."""

    def __init__(self, existing: DailyEntry):
        super().__init__("That date already has an entry.")
        self.existing = existing


def _wanted_reports(data: DayInput) -> dict[int, tuple[int, int | None, int | None]]:
    return {
        pk: (sev, data.causes.get(pk) if sev else None, data.interference.get(pk) if sev else None)
        for pk, sev in data.severities.items()
        if sev is not None
    }


def same_content(entry: DailyEntry, data: DayInput) -> bool:
    reports = {
        r.symptom_id: (r.severity, r.treatment_id, r.interference) for r in entry.reports.all()
    }
    doses = {d.treatment_id: DoseInput(d.status, d.reason) for d in entry.doses.all()}
    return (
        entry.date == data.date
        and entry.wellbeing == data.wellbeing
        and entry.temperature_c == data.temperature_c
        and entry.notes == data.notes
        and entry.include_notes_in_summary == data.include_notes_in_summary
        and all(getattr(entry, name) == value for name, value in data.measures().items())
        and reports == _wanted_reports(data)
        and doses == dict(data.doses)
    )


def save_day(
    *,
    patient: Patient,
    opened_date: date,
    base_version: int,
    data: DayInput,
    by: User,
    catalog: Catalog | None = None,
    treatments: Sequence[Treatment] | None = None,
) -> DailyEntry:
    """Create or update the entry opened at `opened_date` with `data`. `treatments`: all of
    the patient's (`diary.treatments.treatments_of`), when the caller read them already.

    Raises Conflict when the entry changed since `base_version` (0: it did not exist), and
    DateTaken when `data.date` moves the day onto another day's entry.
    """
    try:
        with transaction.atomic():
            # Saves for one patient queue up behind this row lock (PostgreSQL); SQLite's
            # IMMEDIATE transactions do the same for the whole database.
            lock_diary(patient.pk)
            # With whether it has dose logs and open queue items: a day without any needs no
            # DELETE of its doses, and no withdrawal of its items when it holds no concern.
            # And who hears of its concerns, in the same statement.
            entry, (contact_ids, team_ids) = day_and_readers(patient, opened_date)
            if (entry is not None and entry.version != base_version) or (
                entry is None and base_version != 0
            ):
                if entry is not None and same_content(entry, data):
                    return entry
                raise Conflict(entry)
            if data.date != opened_date:
                existing = patient.entries.filter(date=data.date).first()
                if existing is not None:
                    raise DateTaken(existing)
            if entry is None or data.date != opened_date:
                # No live day holds data.date: answers kept there belong to a deleted day.
                patient.red_flag_answers.filter(date=data.date).delete()
            # Known only for a day that stays on its date (items are found by entry or date).
            stays = entry is not None and data.date == opened_date
            open_items = bool(entry.has_open_items) if stays else None
            saved = _write(patient=patient, entry=entry, data=data, by=by)
            if data.date != opened_date:  # her answers to the day's red flags move with it
                patient.red_flag_answers.filter(date=opened_date).update(date=data.date)
            # The alert outbox and the care teams' triage queue, in the same transaction,
            # reading one view of the saved day: its concerns, which her answers to the red
            # flags do not change (so they are not read).
            shared = SavedDay(
                saved,
                catalog=catalog,
                reports=_wanted_reports(data),
                treatments=treatments,
                answers=False,
            )
            queue_alerts(saved, saved=shared, contact_ids=contact_ids)
            sync_day(saved, saved=shared, team_ids=team_ids, open_items=open_items)
            return saved
    except IntegrityError:
        # Another request created the same day between our check and our insert.
        current = patient.entries.filter(date=data.date).first()
        if current is not None and same_content(current, data):
            return current
        raise Conflict(current) from None


@functools.cache
def _lock_sql() -> str:
    """`lock_diary`'s statement, written once per process."""
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    return (
        f"SELECT {column(Patient, 'id')} FROM {column(Patient)}"  # noqa: S608
        f" WHERE {column(Patient, 'id')} = %s{lock}"
    )


def lock_diary(patient_id: int) -> None:
    """Lock her diary's row for this transaction: every write to her days (the check-in's save,
    a suggestion added from her notes) takes it first, so that they queue up (PostgreSQL).
    `Patient.objects.select_for_update().filter(pk=...)` read, written as SQL once per process
    (the row is not needed, only its lock; SQLite, which has no FOR UPDATE, serializes the
    writes with its IMMEDIATE transactions)."""
    with connection.cursor() as cursor:
        cursor.execute(_lock_sql(), [patient_id])
        cursor.fetchall()


@functools.cache
def _day_sql() -> tuple[str, SelectedModel, SelectedModel, tuple]:
    """`day_and_readers`' statement, its two parts and the values its SQL takes first (the
    open states of `_has_open_items`), written once per process."""
    part = SelectedModel(DailyEntry, DailyEntry._meta.db_table)
    reports = SelectedModel(SymptomReport, "r")
    doses, items = _has_doses(), _has_open_items()
    quote = connection.ops.quote_name
    width = 1 + len(part.fields) + 2 + len(reports.fields)  # with the row's kind first
    readers = _alert_readers_sql(kinds=(1, 2), padding=", NULL" * (width - 1))
    sql = (
        f"SELECT 0, {part.sql}, ({doses.sql}), ({items.sql}), {reports.sql},"  # noqa: S608
        f" NULL, NULL, NULL FROM {column(DailyEntry)}"
        f" LEFT OUTER JOIN {column(SymptomReport)} {quote('r')}"
        f" ON {quote('r')}.{quote(SymptomReport._meta.get_field('entry').column)}"
        f" = {column(DailyEntry, 'id')}"
        f" WHERE {column(DailyEntry, 'deleted_at')} IS NULL"
        f" AND {column(DailyEntry, 'patient')} = %s"
        f" AND {column(DailyEntry, 'date')} = %s"
        f" UNION ALL {readers}"
        # The day's rows first, by its id; then the readers as alert_readers orders them.
        f" ORDER BY 1, {width + 1}, {width + 2}, {width + 3}, {2 + part.pk_index}"
    )
    return (sql, part, reports, tuple(doses.params) + tuple(items.params))


def day_to_save(patient: Patient, day: date) -> DailyEntry | None:
    """Her live day `day` with whether it has dose logs and open queue items, and its reports
    (`day_and_readers`)."""
    return day_and_readers(patient, day)[0]


def day_and_readers(
    patient: Patient, day: date
) -> tuple[DailyEntry | None, tuple[list[int], list[int]]]:
    """Her live day `day` with whether it has dose logs and open queue items: the same
    instance as `patient.entries.filter(date=day).annotate(has_doses=_has_doses(),
    has_open_items=_has_open_items()).first()` (its patient cached), its reports as
    `reports_of_day` reads them (in `entry.reports_read`), and who hears of the day's concerns
    (`alert_readers`): one statement written as SQL once per process (the day LEFT JOINed to
    its reports, then `UNION ALL` her alert contacts and care teams) instead of three. A
    patient has one live day a date (the `one_entry_per_patient_day` constraint)."""
    sql, part, reports, items_params = _day_sql()
    params = [*items_params, patient.pk, connection.ops.adapt_datefield_value(day)]
    params += [patient.pk, patient.pk, True]  # the teams', then the contacts' (see above)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    width = 1 + len(part.fields) + 2 + len(reports.fields)
    readers = (
        [row[width + 2] for row in rows if row[0] == 1],
        [row[width + 2] for row in rows if row[0] == 2],
    )
    days = [row[1:width] for row in rows if row[0] == 0]
    if not days:
        return None, readers
    width = len(part.fields)
    first = days[0]
    entry = part.instance(first[:width])
    DailyEntry._meta.get_field("patient").set_cached_value(entry, patient)
    entry.has_doses, entry.has_open_items = bool(first[width]), bool(first[width + 1])
    start, pk = width + 2, part.pk_index
    entry.reports_read = [
        report
        for row in days
        if row[pk] == first[pk] and (report := reports.instance(row[start:])) is not None
    ]
    return entry, readers


def alert_readers(patient: Patient) -> tuple[list[int], list[int]]:
    """Who hears of a saved day's concerns: the ids of her confirmed alert contacts (by name,
    as `patient.contacts.alerted()`) and of her connected care teams (in the order they
    connected, as `connections_of`), in one query written as SQL (once per process) instead
    of two."""
    with connection.cursor() as cursor:
        cursor.execute(_alert_readers_sql(), [patient.pk, True, patient.pk])
        rows = cursor.fetchall()
    return [row[3] for row in rows if row[0] == 0], [row[3] for row in rows if row[0] == 1]


@functools.cache
def _alert_readers_sql(kinds=(0, 1), padding: str = "") -> str:
    """Her alert contacts (`kinds[0]`, name, NULL, id) and connected teams (`kinds[1]`, '',
    connected at, team id); `padding`: columns between the kind and the rest, for a `UNION
    ALL` after another SELECT (whose last three columns are NULL: the teams come first there,
    so that PostgreSQL takes the connection time's type for that column, not text's)."""
    contact, conn = CareTeamContact, TeamConnection
    contacts = (
        f"SELECT {kinds[0]}{padding}, {column(contact, 'name')}, NULL,"  # noqa: S608
        f" {column(contact, 'id')}"
        f" FROM {column(contact)} WHERE {column(contact, 'patient')} = %s"
        f" AND {column(contact, 'alert_emails')} = %s"
        f" AND {column(contact, 'confirmed_at')} IS NOT NULL"
    )
    teams = (
        f"SELECT {kinds[1]}{padding}, '', {column(conn, 'created_at')},"  # noqa: S608
        f" {column(conn, 'team')}"
        f" FROM {column(conn)} WHERE {column(conn, 'patient')} = %s"
        f" AND {column(conn, 'disconnected_at')} IS NULL"
    )
    if padding:
        return f"{teams} UNION ALL {contacts}"
    return f"{contacts} UNION ALL {teams} ORDER BY 1, 2, 3, 4"


def _has_doses():
    """Whether a day read with this annotation has dose logs (an EXISTS written as SQL:
    Django's Exists costs about as much to compile as the DELETE it saves)."""
    return sql_value(
        f"EXISTS (SELECT 1 FROM {column(DoseLog)}"  # noqa: S608
        f" WHERE {column(DoseLog, 'entry')} = {column(DailyEntry, 'id')})",
        (),
        BooleanField(),
    )


def _has_open_items():
    """Whether a day read with this annotation has open queue items, of any team, by its id
    or its date (what sync_day withdraws when the day holds no concern). Queue items are
    made by saves of the day, under the patient's lock, and by an accepted suggestion, under
    the day's."""
    item, day = TriageItem, DailyEntry
    return sql_value(
        f"EXISTS (SELECT 1 FROM {column(item)}"  # noqa: S608
        f" WHERE {column(item, 'patient')} = {column(day, 'patient')}"
        f" AND ({column(item, 'entry')} = {column(day, 'id')}"
        f" OR {column(item, 'date')} = {column(day, 'date')})"
        f" AND {column(item, 'status')} IN (%s, %s))",
        tuple(OPEN_STATES),
        BooleanField(),
    )


def _write(*, patient: Patient, entry: DailyEntry | None, data: DayInput, by: User) -> DailyEntry:
    is_new = entry is None
    # Read with the day, under the patient's lock (saves of one diary are the only writers
    # of its dose logs); an entry read otherwise is taken to have some.
    has_doses = not is_new and getattr(entry, "has_doses", True)
    if entry is None:
        entry = DailyEntry(patient=patient, created_by=by, version=0)
    entry.date = data.date
    entry.wellbeing = data.wellbeing
    entry.temperature_c = data.temperature_c
    entry.notes = data.notes
    entry.include_notes_in_summary = data.include_notes_in_summary
    for name, value in data.measures().items():
        setattr(entry, name, value)
    entry.version += 1
    entry.updated_by = by
    entry._history_user = by  # who made this version, also outside a web request
    # An edit: Django's UPDATE and the history's copy, written as SQL made once per process.
    save_existing(entry)

    wanted = _wanted_reports(data)
    # A new day has no reports or doses yet: nothing to read back or delete. The entry is live
    # and locked, so its reports and doses are read and written through the plain managers,
    # without the live managers' join to the entry (for its deleted_at) and symptom ordering.
    reports = SymptomReport._base_manager
    read = None if is_new else getattr(entry, "reports_read", None)  # read with the day
    if read is None and not is_new:
        read = reports_of_day(entry)
    existing = {r.symptom_id: r for r in read} if read else {}
    stale = [r.pk for symptom_id, r in existing.items() if symptom_id not in wanted]
    if stale:
        reports.filter(entry=entry, pk__in=stale).delete()
    changed = []
    for symptom_id, wanted_values in wanted.items():
        report = existing.get(symptom_id)
        if report is None:
            continue
        if (report.severity, report.treatment_id, report.interference) != wanted_values:
            report.severity, report.treatment_id, report.interference = wanted_values
            report.updated_by = by
            changed.append(report)
    # The *_with_history helpers keep each report's edit history, as single saves would; each
    # call builds a history manager class (django-simple-history), so none is made for nothing.
    if len(changed) == 1:
        # One changed rating (the commonest edit): a plain UPDATE of its row and its history
        # copy, what bulk_update_with_history writes, without compiling a CASE per column.
        report = changed[0]
        params = [report.severity, report.treatment_id, report.interference, by.pk, report.pk]
        update_with_history(SymptomReport, _update_report_sql(), params, report, user=by)
    elif changed:
        bulk_update_with_history(
            changed,
            SymptomReport,
            ["severity", "treatment", "interference", "updated_by"],
            default_user=by,
            manager=reports,
        )
    added = [
        SymptomReport(
            entry=entry,
            symptom_id=symptom_id,
            severity=sev,
            treatment_id=cause,
            interference=interference,
            created_by=by,
            updated_by=by,
        )
        for symptom_id, (sev, cause, interference) in wanted.items()
        if symptom_id not in existing
    ]
    if added:
        bulk_create_with_history(added, SymptomReport, default_user=by)
    if has_doses:  # the form's doses replace the day's
        DoseLog._base_manager.filter(entry=entry).delete()
    if data.doses:
        # Through the plain manager: the live one's filter (days not deleted) would be built,
        # then left unused, by every save (the entry is live and locked).
        DoseLog._base_manager.bulk_create(
            DoseLog(entry=entry, treatment_id=pk, status=dose.status, reason=dose.reason)
            for pk, dose in data.doses.items()
        )
    return entry


@functools.cache
def _reports_sql() -> tuple[str, SelectedModel]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    part = SelectedModel(SymptomReport, SymptomReport._meta.db_table)
    sql = (
        f"SELECT {part.sql} FROM {column(SymptomReport)}"  # noqa: S608
        f" WHERE {column(SymptomReport, 'entry')} = %s"
    )
    return (sql, part)


def reports_of_day(entry: DailyEntry) -> list[SymptomReport]:
    """The day's reports, as `SymptomReport._base_manager.filter(entry=entry).order_by()`
    gives them (the entry is live and locked: no join to it), read with SQL written once per
    process."""
    sql, part = _reports_sql()
    return [report for (report,) in rows_of_sql(sql, [entry.pk], [part])]


def _update_report(report: SymptomReport, by: User) -> None:
    """`SymptomReport._base_manager.filter(pk=report.pk).update(severity=..., treatment_id=...,
    interference=..., updated_by=by)` with the report's values, written as SQL (its
    compilation cost about as much as running it)."""
    params = [report.severity, report.treatment_id, report.interference, by.pk, report.pk]
    with connection.cursor() as cursor:
        cursor.execute(_update_report_sql(), params)


@functools.cache
def _update_report_sql() -> str:
    """`_update_report`'s statement, made once per process; its values: the severity, the
    treatment's id, the interference, the user's id and the report's id."""
    name = connection.ops.quote_name
    field = SymptomReport._meta.get_field
    return (
        f"UPDATE {column(SymptomReport)} SET"  # noqa: S608
        f" {name(field('severity').column)} = %s,"
        f" {name(field('treatment').column)} = %s,"
        f" {name(field('interference').column)} = %s,"
        f" {name(field('updated_by').column)} = %s"
        f" WHERE {column(SymptomReport, 'id')} = %s"
    )


def delete_day(*, patient: Patient, day: date) -> bool:
    """Deleted, but restorable for 30 days (see diary.deleted_days)."""
    from diary.deleted_days import delete_day as soft_delete

    return soft_delete(patient=patient, day=day)
