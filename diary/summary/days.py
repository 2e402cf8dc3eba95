"""The period's logged days as the summary reads them: plain values, not model instances.

A summary of 3 years reads about 1,100 days and 5,000 reports. Django model instances for each
(and the day pages' views, with their site tags and early signs, which the summary never shows)
cost most of the time of building it; here a day is a slotted object made from `values_list`,
its reports `diary.days.ReportFields`, and its concerns come from the same rules as the day
pages' (`diary.redflags.red_flags` and `concerns_from`, with the same earlier ratings:
`diary.days.RatingIndex`). Four queries, whatever the period's length, written as SQL once
per process: the days, the patient's treatments, their reports with the ratings of the days
before the first, and her answers to red flags (only when a day has a concern). The ratings
before the first day are read from `read_from` when that is earlier, and in the same query
the symptoms she had in the `previous` period: the summary's comparisons (the trend weeks,
the 14 days before the visit, the period before) then need no query of their own
(diary.summary.build).
"""

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import connection

from diary.access import SelectedColumns, column
from diary.catalog import Catalog
from diary.days import RatingIndex, ReportFields, answer_notes, on_chemotherapy, report_columns
from diary.measures import DAY_MEASURES_SECTION, WEEKLY_LOOKBACK_DAYS, DayMeasures, lookback_days
from diary.models import DailyEntry, Patient, Severity, Symptom, SymptomReport, Treatment
from diary.redflags import (
    ALERT_MIN_RISE,
    ALERT_MIN_SEVERITY,
    CHEMOTHERAPY_TYPE,
    CONFUSION_SLUGS,
    Concern,
    DayRecord,
    Rating,
    concerns_from,
    lowest_flag_severity,
    red_flags,
)
from diary.summary.model import Period
from diary.treatments import treatments_of

# The columns of a day the summary reads, in SummaryDay's order.
DAY_COLUMNS = (
    "id",
    "date",
    "wellbeing",
    "temperature_c",
    "notes",
    "include_notes_in_summary",
    "updated_at",
    "recall_days",
    "pain_score",
    "pain_medicine_doses",
    "up_and_about",
    "weight_kg",
)
HAD_BEFORE = -1  # marks the previous period's symptoms among the ratings (no severity)
DAY_FIELDS = ("pk", *DAY_COLUMNS[1:])  # the same, as values_list names them
NEVER = Severity.VERY_SEVERE + 1
_NONE = int(Severity.NONE)  # a plain int: `reported` compares every rating of a period with it


@dataclass(slots=True)
class SummaryDay:
    """One logged day: its columns, every rating she gave (a "None" included), its concerns
    (red flags and alerts) and her answers to its red flags (read only when a day of the
    period has a concern: they are shown beside the concerns and nowhere else)."""

    pk: int
    date: date
    wellbeing: int | None
    temperature_c: Decimal | None
    notes: str
    include_notes_in_summary: bool
    updated_at: datetime
    recall_days: int
    pain_score: int | None
    pain_medicine_doses: int | None
    up_and_about: int | None
    weight_kg: Decimal | None
    # Named as the day pages' prefetched reports are, so that diary.days.reports_of reads them
    # as they are.
    report_list: list[ReportFields] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    answers: dict[int, list[str]] = field(default_factory=dict)

    @property
    def reported(self) -> list[ReportFields]:
        """The reports of symptoms she had (mild or worse, or "Yes")."""
        return [r for r in self.report_list if r.severity > _NONE]


def day_measures(days: Sequence[SummaryDay], sections: frozenset) -> dict[int, DayMeasures]:
    """The days' measures by entry id for the CSV and FHIR exports, as
    diary.measures.summary_measures gives them, from the days already read (no query): the
    day's pain score, doses, up and about and weight only with DAY_MEASURES_SECTION; how much
    each symptom got in the way always (it goes with its report)."""
    every = DAY_MEASURES_SECTION in sections
    measures = {}
    for day in days:
        interference = {
            r.symptom_id: r.interference for r in day.report_list if r.interference is not None
        }
        if every:
            measures[day.pk] = DayMeasures(
                day.recall_days,
                day.pain_score,
                day.pain_medicine_doses,
                day.up_and_about,
                day.weight_kg,
                interference,
            )
        else:
            measures[day.pk] = DayMeasures(recall_days=day.recall_days, interference=interference)
    return measures


# (symptom id, date, severity) of a rating, a "None" included.
Earlier = tuple[int, date, int]


@dataclass(frozen=True)
class PeriodDays:
    days: list[SummaryDay]
    treatments: list[Treatment]  # every treatment of the patient, oldest first
    # Every rating from `earlier_from` to the day before the first logged day (None: not read,
    # the period has no logged day). With `days`, every rating from `earlier_from` to the end.
    earlier: list[Earlier] = field(default_factory=list)
    earlier_from: date | None = None
    days_from: date | None = None  # the period's first day: every logged day from it is in days
    # The symptoms she had (mild or worse) in the period asked for as `previous`, if read.
    symptoms_before: frozenset[int] | None = None

    def ratings(self, start: date, end: date) -> list[Earlier] | None:
        """Every rating from `start` to `end` (both included) in date order, from what was
        read; None when that does not cover them."""
        if self.earlier_from is None or start < self.earlier_from:
            return None
        found = [r for r in self.earlier if start <= r[1] <= end]
        found.sort(key=lambda r: r[1])
        found += [
            (report.symptom_id, day.date, report.severity)
            for day in self.days
            if start <= day.date <= end
            for report in day.report_list
        ]
        return found


def load_days(
    patient: Patient,
    period: Period,
    *,
    catalog: Catalog,
    read_from: date | None = None,
    previous: Period | None = None,
) -> PeriodDays:
    """The period's logged days, oldest first, with their reports and concerns; with
    `read_from`, every rating from then on as well (`PeriodDays.ratings`); with `previous`,
    the symptoms she had in that period (`PeriodDays.symptoms_before`).

    Three queries written as SQL once per process (Django took longer to build and compile
    them than to run them), whatever the period's length: her treatments (`treatments_of`),
    the period's days (`period_days`) and every rating from the earliest date compared with to
    the period's end with the previous period's symptoms (`ratings_from`): the days' reports,
    the earlier ratings and the symptoms before come from one query."""
    days = period_days(patient, period.start, period.end)
    treatments = treatments_of(patient)
    if not days:
        return PeriodDays(days, treatments)
    earlier_from = period.start - timedelta(days=WEEKLY_LOOKBACK_DAYS)
    if read_from is not None:
        earlier_from = min(earlier_from, read_from)
    by_pk = {day.pk: day for day in days}
    by_id = {t.pk: t for t in treatments}
    earlier: list[Earlier] = []
    before: set[int] = set()
    for entry_id, day, symptom_id, severity, interference, treatment_id in ratings_from(
        patient, earlier_from, period.end, previous
    ):
        if severity == HAD_BEFORE:
            before.add(symptom_id)
        elif day >= period.start:
            report = ReportFields(entry_id, symptom_id, severity, interference, treatment_id)
            if treatment_id:
                report.treatment = by_id[treatment_id]
            by_pk[entry_id].report_list.append(report)
        else:
            earlier.append((symptom_id, day, severity))
    _assess(patient, days, treatments, earlier, catalog=catalog)
    return PeriodDays(
        days,
        treatments,
        earlier,
        earlier_from,
        period.start,
        frozenset(before) if previous is not None else None,
    )


@functools.cache
def _days_sql() -> tuple[str, SelectedColumns]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    table = DailyEntry._meta.db_table
    field = DailyEntry._meta.get_field
    columns = SelectedColumns([field(name).get_col(table) for name in DAY_COLUMNS])
    day = column(DailyEntry, "date")
    sql = (
        f"SELECT {columns.sql} FROM {column(DailyEntry)}"  # noqa: S608
        f" WHERE {column(DailyEntry, 'deleted_at')} IS NULL"
        f" AND {column(DailyEntry, 'patient')} = %s AND {day} >= %s AND {day} <= %s"
        f" ORDER BY {day} ASC"
    )
    return sql, columns


def period_days(patient: Patient, start: date, end: date) -> list[SummaryDay]:
    """Her days from `start` to `end` (both included) that are not deleted, oldest first: the
    same values as `patient.entries.filter(date__gte=start, date__lte=end).order_by("date")
    .values_list(*DAY_FIELDS)`, read with SQL written once per process."""
    sql, columns = _days_sql()
    ops = connection.ops
    params = [patient.pk, ops.adapt_datefield_value(start), ops.adapt_datefield_value(end)]
    return [SummaryDay(*values) for values in columns.rows(sql, params)]


@functools.cache
def _ratings_sql(merged: bool) -> tuple[str, SelectedColumns]:
    """Written once per process for each shape (fixed text, quoted names and two integer
    constants; the patient and the dates are parameters): with `merged`, the previous
    period's symptoms in the same query."""
    columns = report_columns()
    day, symptom = column(DailyEntry, "date"), column(SymptomReport, "symptom")
    joined = (
        f" FROM {column(SymptomReport)} INNER JOIN {column(DailyEntry)}"
        f" ON {column(SymptomReport, 'entry')} = {column(DailyEntry, 'id')}"
        f" WHERE {column(DailyEntry, 'deleted_at')} IS NULL"
        f" AND {column(DailyEntry, 'patient')} = %s AND {day} >= %s AND {day} <= %s"
    )
    sql = f"SELECT {columns.sql}{joined}"
    if merged:
        sql += (
            f" UNION ALL SELECT NULL, MIN({day}), {symptom}, {HAD_BEFORE:d}, NULL, NULL"
            f"{joined} AND {column(SymptomReport, 'severity')} > {Severity.NONE:d}"
            f" GROUP BY {symptom}"
        )
    return sql, columns


def ratings_from(
    patient: Patient, start: date, end: date, previous: Period | None = None
) -> list[tuple]:
    """(entry id, date, symptom id, severity, interference, treatment id) of every report of
    her days from `start` to `end` that are not deleted, in no order (as
    `diary.days.report_values`); with `previous`, and in the same query, a row (None, the first
    date, symptom id, HAD_BEFORE, None, None) for each symptom she had (mild or worse) in that
    period. Written as SQL once per process."""
    merged = previous is not None
    sql, columns = _ratings_sql(merged)
    adapt = connection.ops.adapt_datefield_value
    params = [patient.pk, adapt(start), adapt(end)]
    if previous is not None:
        params += [patient.pk, adapt(previous.start), adapt(previous.end)]
    return columns.rows(sql, params)


@dataclass(frozen=True)
class Rules:
    """What the rules need to know of the catalog, worked out once per summary."""

    symptoms: Mapping[int, Symptom]
    confusion: frozenset[int]  # compared with their last rating (new or worse)
    # The lowest severity at which a symptom may raise a red flag (diary.redflags'
    # lowest_flag_severity). A day without a temperature, without such a rating and without a
    # severe or risen one has no concern.
    flag_from: Mapping[int, int]

    @classmethod
    def of(cls, catalog: Catalog) -> "Rules":
        """Worked out once per catalog (kept on it: a changed catalog is a new one)."""
        rules = catalog.__dict__.get("_summary_rules")
        if rules is None:
            rules = catalog.__dict__["_summary_rules"] = cls._of(catalog)
        return rules

    @classmethod
    def _of(cls, catalog: Catalog) -> "Rules":
        lowest = {
            symptom.pk: level
            for symptom in catalog.symptoms
            if (level := lowest_flag_severity(symptom)) is not None
        }
        return cls(
            symptoms=catalog.by_id,
            confusion=frozenset(s.pk for s in catalog.symptoms if s.slug in CONFUSION_SLUGS),
            flag_from=lowest,
        )


def _assess(
    patient: Patient,
    days: Sequence[SummaryDay],
    treatments: Sequence[Treatment],
    earlier: Sequence[Earlier],
    *,
    catalog,
) -> None:
    """Each day's concerns, by the day pages' rules (the ratings before the first day in
    `earlier`, from at least WEEKLY_LOOKBACK_DAYS before it), and her answers to its red flags
    (one query, only when a day has a concern)."""
    first, last = days[0].date, days[-1].date
    start = first - timedelta(days=WEEKLY_LOOKBACK_DAYS)
    # As RatingIndex.load(patient, start=start, end=last), from the ratings already read.
    ratings = RatingIndex(
        [
            *(r for r in earlier if r[1] >= start),
            *(
                (report.symptom_id, day.date, report.severity)
                for day in days
                if day.date < last
                for report in day.report_list
            ),
        ]
    )
    chemo = [
        (t.start_date, t.stop_date)
        for t in treatments
        if t.type_id and t.type.slug == CHEMOTHERAPY_TYPE
    ]
    rules = Rules.of(catalog)
    for day in days:
        day.concerns = _concerns(day, ratings, rules, chemo)
    # Her answers go beside the concerns (the red-flag table) and nowhere else: a period
    # without a concern reads none.
    if any(day.concerns for day in days):
        answers = answer_notes(patient, start=first, end=last)
        for day in days:
            day.answers = dict(answers.get(day.date, {}))


def _concerns(
    day: SummaryDay, ratings: RatingIndex, rules: Rules, chemo: Sequence[tuple]
) -> list[Concern]:
    """The day's red flags and alerts, by diary.redflags' rules. The earlier ratings are looked
    up only for what the rules compare with them: a rise of ALERT_MIN_RISE levels (so a rating
    at least that high) and new or worse confusion; the concerns are the same as with every
    symptom's. Most days have none, and are told apart without running the rules."""
    severities = {r.symptom_id: r.severity for r in day.report_list}
    compared = [
        pk
        for pk, severity in severities.items()
        if severity >= ALERT_MIN_RISE or pk in rules.confusion
    ]
    previous = ratings.last_before(day.date, compared, days=lookback_days(day.recall_days))
    if day.temperature_c is None and not _may_concern(severities, previous, rules):
        return []
    record = DayRecord(
        date=day.date,
        severities=severities,
        temperature_c=day.temperature_c,
        on_chemotherapy=on_chemotherapy(chemo, day.date),
        recall_days=day.recall_days,
    )
    flags = red_flags(record, previous=previous, symptoms=rules.symptoms)
    return concerns_from(record, flags, previous=previous, symptoms=rules.symptoms)


def _may_concern(
    severities: Mapping[int, int], previous: Mapping[int, Rating], rules: Rules
) -> bool:
    """Whether a day without a temperature could raise a red flag or an alert: a symptom
    that may raise a flag, or a rating severe enough for an alert or risen enough since the
    last one (a superset of what the rules raise: they decide)."""
    for pk, severity in severities.items():
        if severity >= ALERT_MIN_SEVERITY or severity >= rules.flag_from.get(pk, NEVER):
            return True
        last = previous.get(pk)
        if last is not None and severity - last.severity >= ALERT_MIN_RISE:
            return True
    return False
