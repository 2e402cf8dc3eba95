"""Logged days as pages show them: reports with their site tags, and the day's concerns.

Loading a list of days costs the same few queries however many days it holds: the entries,
their reports and doses, and the previous logged day of each (for the "rose by 2 levels" alert
rule).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import connection
from django.db.models import Prefetch, QuerySet

from diary.catalog import Catalog
from diary.models import (
    DailyEntry,
    DoseLog,
    Patient,
    Severity,
    Site,
    Symptom,
    SymptomReport,
    Treatment,
)
from diary.redflags import Concern, DayRecord, assess_day

# Reports in no particular order: pages sort them (worst first) without joining the catalog.
# Their treatments are not joined either (that join read every patient's treatments): build_days
# attaches them from one query over the patient's own (attach_treatments).
REPORTS = Prefetch("reports", queryset=SymptomReport.objects.order_by())
DOSES = Prefetch("doses", queryset=DoseLog.objects.all())


@dataclass(frozen=True)
class ReportView:
    symptom: Symptom
    severity: int
    sites: list[Site]
    concern: Concern | None = None
    treatment_name: str = ""

    @property
    def severity_label(self) -> str:
        return Severity(self.severity).label


@dataclass
class DayView:
    entry: DailyEntry
    reports: list[ReportView]
    concerns: list[Concern] = field(default_factory=list)

    @property
    def date(self) -> date:
        return self.entry.date

    @property
    def red_flags(self) -> list[Concern]:
        return [c for c in self.concerns if c.red_flag]

    @property
    def alerts(self) -> list[Concern]:
        """Alerts that are not also red flags (those are shown as red flags)."""
        return [c for c in self.concerns if c.alert and not c.red_flag]


def day_record(entry: DailyEntry) -> DayRecord:
    """The entry's reports must be prefetched (or it costs a query)."""
    return DayRecord(
        date=entry.date,
        severities={r.symptom_id: r.severity for r in entry.reports.all()},
        temperature_c=entry.temperature_c,
    )


_PREVIOUS_IDS = """
SELECT id, LAG(id) OVER (ORDER BY date) FROM (
    SELECT id, date FROM diary_dailyentry WHERE patient_id = %s AND date >= %s AND date <= %s
    UNION ALL
    SELECT id, date FROM (
        SELECT id, date FROM diary_dailyentry WHERE patient_id = %s AND date < %s
        ORDER BY date DESC LIMIT 1
    ) earlier
) days
"""


def previous_ids(patient: Patient, entries: Sequence[DailyEntry]) -> dict[int, int]:
    """Each entry's previous logged day, as {entry id: previous entry id} (one query).

    A window function (LAG) over the patient's days from the first entry shown to the last,
    plus the one day before them: both read the (patient, date) index, whatever the rest of the
    table holds."""
    if not entries:
        return {}
    first = min(e.date for e in entries)
    last = max(e.date for e in entries)
    wanted = {e.pk for e in entries}
    with connection.cursor() as cursor:
        cursor.execute(_PREVIOUS_IDS, [patient.pk, first, last, patient.pk, first])
        return {pk: prev for pk, prev in cursor.fetchall() if pk in wanted and prev is not None}


def _previous_records(patient: Patient, entries: Sequence[DailyEntry]) -> dict[int, DayRecord]:
    """For each entry, the patient's previous logged day, keyed by the entry's id."""
    by_id = {e.pk: e for e in entries}
    prev_ids = previous_ids(patient, entries)
    missing = {prev for prev in prev_ids.values() if prev not in by_id}
    fetched = {}
    if missing:
        earlier = DailyEntry.objects.filter(patient=patient, pk__in=missing)
        fetched = {e.pk: e for e in earlier.prefetch_related(REPORTS)}
    records = {}
    for entry in entries:
        prev = prev_ids.get(entry.pk)
        previous = by_id.get(prev) or fetched.get(prev)
        if previous is not None:
            records[entry.pk] = day_record(previous)
    return records


def attach_treatments(patient: Patient, rows: Sequence[DailyEntry]) -> None:
    """Give the prefetched reports and doses their treatments (and drugs): one query over the
    patient's treatments by primary key, none if no report or dose names one."""
    linked = [
        item
        for entry in rows
        for items in (entry.reports.all(), entry.doses.all())
        for item in items
        if item.treatment_id
    ]
    if not linked:
        return
    wanted = {item.treatment_id for item in linked}
    treatments = {
        t.pk: t
        for t in Treatment.objects.filter(patient=patient, pk__in=wanted).select_related("drug")
    }
    for item in linked:
        item.treatment = treatments[item.treatment_id]


def prepare(entries: QuerySet[DailyEntry]) -> QuerySet[DailyEntry]:
    """Entries ready for `build_days`: with their reports and doses."""
    return entries.prefetch_related(REPORTS, DOSES)


def build_days(patient: Patient, rows: Sequence[DailyEntry], *, catalog: Catalog) -> list[DayView]:
    """DayViews for entries that went through `prepare` (one query for the previous days' ids,
    one more for those of them not among `rows`)."""
    attach_treatments(patient, rows)
    previous = _previous_records(patient, rows)
    return [build_day(entry, previous=previous.get(entry.pk), catalog=catalog) for entry in rows]


def load_days(
    patient: Patient, entries: QuerySet[DailyEntry], *, catalog: Catalog
) -> list[DayView]:
    """DayViews for `entries` (a queryset of the patient's entries, in the order to show)."""
    rows = list(prepare(entries.filter(patient=patient)))
    return build_days(patient, rows, catalog=catalog)


def build_day(entry: DailyEntry, *, previous: DayRecord | None, catalog: Catalog) -> DayView:
    record = day_record(entry)
    concerns = assess_day(record, previous=previous, symptoms=catalog.by_id)
    by_symptom = {c.symptom.pk: c for c in concerns}
    reports = []
    for report in entry.reports.all():
        symptom = catalog.by_id[report.symptom_id]
        reports.append(
            ReportView(
                symptom=symptom,
                severity=report.severity,
                sites=catalog.sites_of(symptom),
                concern=by_symptom.get(symptom.pk),
                treatment_name=report.treatment.name if report.treatment_id else "",
            )
        )
    reports.sort(key=lambda r: (-r.severity, r.symptom.order))
    return DayView(entry=entry, reports=reports, concerns=concerns)


def load_day(patient: Patient, day: date, *, catalog: Catalog) -> DayView | None:
    days = load_days(patient, patient.entries.filter(date=day), catalog=catalog)
    return days[0] if days else None


@dataclass(frozen=True)
class LastReport:
    date: date
    severity: int

    @property
    def severity_label(self) -> str:
        return Severity(self.severity).label


def recent_reports(patient: Patient, *, before: date, days: int = 14) -> dict[int, LastReport]:
    """The latest report of each symptom in the `days` days before `before`, by symptom id."""
    rows = (
        SymptomReport.objects.filter(
            entry__patient=patient,
            entry__date__lt=before,
            entry__date__gte=before - timedelta(days=days),
        )
        .order_by("entry__date")
        .values_list("symptom_id", "entry__date", "severity")
    )
    return {symptom_id: LastReport(day, severity) for symptom_id, day, severity in rows}
