"""The period's logged days as the summary reads them: plain values, not model instances.

A summary of 3 years reads about 1,100 days and 5,000 reports. Django model instances for each
(and the day pages' views, with their site tags and early signs, which the summary never shows)
cost most of the time of building it; here a day is a slotted object made from `values_list`,
its reports `diary.days.ReportFields`, and its concerns come from the same rules as the day
pages' (`diary.redflags.red_flags` and `concerns_from`, with the same earlier ratings:
`diary.days.RatingIndex`). Five queries, whatever the period's length: the days, their reports,
the patient's treatments, the ratings of the days before the first, her answers to red flags.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from diary.catalog import Catalog
from diary.days import RatingIndex, ReportFields, answer_notes, on_chemotherapy
from diary.measures import WEEKLY_LOOKBACK_DAYS, lookback_days
from diary.models import Patient, Severity, SymptomReport, Treatment
from diary.redflags import (
    ALERT_MIN_RISE,
    CHEMOTHERAPY_TYPE,
    CONFUSION_SLUGS,
    Concern,
    DayRecord,
    concerns_from,
    red_flags,
)
from diary.summary.model import Period

# The columns of a day the summary reads, in SummaryDay's order.
DAY_FIELDS = (
    "pk",
    "date",
    "wellbeing",
    "temperature_c",
    "notes",
    "include_notes_in_summary",
    "updated_at",
    "recall_days",
)
REPORT_FIELDS = ("entry_id", "symptom_id", "severity", "interference", "treatment_id")


@dataclass(slots=True)
class SummaryDay:
    """One logged day: its columns, every rating she gave (a "None" included), its concerns
    (red flags and alerts) and her answers to its red flags."""

    pk: int
    date: date
    wellbeing: int | None
    temperature_c: Decimal | None
    notes: str
    include_notes_in_summary: bool
    updated_at: datetime
    recall_days: int
    # Named as the day pages' prefetched reports are, so that diary.days.reports_of and
    # RatingIndex.around read them as they are.
    report_list: list[ReportFields] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    answers: dict[int, list[str]] = field(default_factory=dict)

    @property
    def reported(self) -> list[ReportFields]:
        """The reports of symptoms she had (mild or worse, or "Yes")."""
        return [r for r in self.report_list if r.severity > Severity.NONE]


@dataclass(frozen=True)
class PeriodDays:
    days: list[SummaryDay]
    treatments: list[Treatment]  # every treatment of the patient, oldest first


def load_days(patient: Patient, period: Period, *, catalog: Catalog) -> PeriodDays:
    """The period's logged days, oldest first, with their reports and concerns."""
    entries = patient.entries.filter(date__gte=period.start, date__lte=period.end)
    days = [SummaryDay(*values) for values in entries.order_by("date").values_list(*DAY_FIELDS)]
    treatments = _all_treatments(patient)
    if not days:
        return PeriodDays(days, treatments)
    by_pk = {day.pk: day for day in days}
    reports = (
        SymptomReport.objects.filter(entry__in=entries.order_by().values("pk"))
        .order_by()
        .values_list(*REPORT_FIELDS)
    )
    by_id = {t.pk: t for t in treatments}
    for values in reports:
        report = ReportFields(*values)
        if report.treatment_id:
            report.treatment = by_id[report.treatment_id]
        by_pk[report.entry_id].report_list.append(report)
    _assess(patient, days, treatments, catalog=catalog)
    return PeriodDays(days, treatments)


def _all_treatments(patient: Patient) -> list[Treatment]:
    """Her treatments (a handful), once: the period's, those a report names and the
    chemotherapy the fever rule asks about are all among them (one query)."""
    return list(patient.treatments.select_related("drug", "type").order_by("start_date", "pk"))


def _assess(
    patient: Patient, days: Sequence[SummaryDay], treatments: Sequence[Treatment], *, catalog
) -> None:
    """Each day's concerns, by the day pages' rules, and her answers to its red flags (two
    queries: the ratings of the days before the first, the answers)."""
    first, last = days[0].date, days[-1].date
    ratings = RatingIndex.around(
        patient, days, start=first - timedelta(days=WEEKLY_LOOKBACK_DAYS), end=last
    )
    chemo = [
        (t.start_date, t.stop_date)
        for t in treatments
        if t.type_id and t.type.slug == CHEMOTHERAPY_TYPE
    ]
    answers = answer_notes(patient, start=first, end=last)
    confusion = {catalog.by_slug[slug].pk for slug in CONFUSION_SLUGS if slug in catalog.by_slug}
    for day in days:
        chemotherapy = on_chemotherapy(chemo, day.date)
        day.concerns = _concerns(day, ratings, catalog.by_id, confusion, chemotherapy)
        day.answers = dict(answers.get(day.date, {}))


def _concerns(
    day: SummaryDay,
    ratings: RatingIndex,
    symptoms: Mapping,
    confusion: set[int],
    chemotherapy: bool,
) -> list[Concern]:
    """The day's red flags and alerts. The earlier ratings are looked up only for what the
    rules compare with them: a rise of ALERT_MIN_RISE levels (so a rating at least that high)
    and new or worse confusion; the concerns are the same as with every symptom's."""
    record = DayRecord(
        date=day.date,
        severities={r.symptom_id: r.severity for r in day.report_list},
        temperature_c=day.temperature_c,
        on_chemotherapy=chemotherapy,
        recall_days=day.recall_days,
    )
    compared = [
        pk
        for pk, severity in record.severities.items()
        if severity >= ALERT_MIN_RISE or pk in confusion
    ]
    previous = ratings.last_before(day.date, compared, days=lookback_days(day.recall_days))
    flags = red_flags(record, previous=previous, symptoms=symptoms)
    return concerns_from(record, flags, previous=previous, symptoms=symptoms)
