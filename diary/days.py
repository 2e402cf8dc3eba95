"""Logged days as pages show them: reports with their site tags, and the day's concerns.

Loading a list of days costs the same few queries however many days it holds: the entries,
their reports, and the ratings of the 14 days (21 for a weekly check-in) before each (for the
"rose by 2 levels" alert rule, which compares with the last day a symptom was actually rated).

A day's `reports` are what she had (mild or worse, or "Yes"); a "None" she chose is a rating,
kept for the rules, not listed.
"""

import bisect
import copy
import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import connection
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from diary.access import SelectedColumns, SelectedModel, column, rows_of_sql
from diary.catalog import Catalog, load_catalog
from diary.measures import (
    WEEKLY_LOOKBACK_DAYS,
    interference_phrase,
    lookback_days,
    measure_lines,
)
from diary.models import (
    DailyEntry,
    DoseLog,
    Patient,
    RedFlagAnswer,
    Severity,
    Site,
    Symptom,
    SymptomReport,
    Treatment,
    User,
)
from diary.redflags import (
    ALERT_MIN_RISE,
    CHEMOTHERAPY_TYPE,
    CONFUSION_SLUGS,
    RISE_LOOKBACK_DAYS,
    Concern,
    DayRecord,
    Rating,
    RedFlag,
    concerns_from,
    early_signs,
    red_flags,
)
from diary.treatments import treatments_of

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
    interference: int | None = None  # how much it got in the way (diary.measures)

    @property
    def severity_label(self) -> str:
        return self.symptom.answer_label(self.severity)

    @property
    def interference_text(self) -> str:
        return interference_phrase(self.interference)


@dataclass
class DayView:
    entry: DailyEntry
    reports: list[ReportView]
    concerns: list[Concern] = field(default_factory=list)
    flags: list[RedFlag] = field(default_factory=list)
    early_signs: list[Symptom] = field(default_factory=list)
    # Her answers to the day's red flags, by symptom id: ["contacted the team at 10:42"].
    answers: dict[int, list[str]] = field(default_factory=dict)

    @property
    def answer_notes(self) -> list[str]:
        """ "Back or neck pain: contacted the team at 10:42", for the history."""
        names = {c.symptom.pk: c.symptom.name for c in self.concerns}
        return [
            f"{names.get(pk, 'A symptom')}: {text}"
            for pk, texts in self.answers.items()
            for text in texts
        ]

    @property
    def date(self) -> date:
        return self.entry.date

    @property
    def weekly(self) -> bool:
        return self.entry.recall_days >= 7

    @property
    def measure_lines(self) -> list[str]:
        """Pain score, doses, up and about and weight in plain words (the weight in the
        patient's unit: the entry's patient is the one the days were loaded for)."""
        return measure_lines(self.entry, self.entry.patient.weight_unit)

    @property
    def red_flags(self) -> list[Concern]:
        return [c for c in self.concerns if c.red_flag]

    @property
    def alerts(self) -> list[Concern]:
        """Alerts that are not also red flags (those are shown as red flags)."""
        return [c for c in self.concerns if c.alert and not c.red_flag]


def reports_of(entry: DailyEntry) -> Iterable["SymptomReport | ReportFields"]:
    """`entry.reports.all()`, read straight from what `prepare` or `with_reports_and_ratings`
    fetched when one did: the same reports without building a related manager on each call (a 3-year
    summary makes about 10,000 of those calls)."""
    listed = getattr(entry, "report_list", None)
    if listed is not None:
        return listed
    cached = getattr(entry, "_prefetched_objects_cache", {}).get("reports")
    return cached if cached is not None else entry.reports.all()


def day_record(entry: DailyEntry, *, on_chemotherapy: bool = False) -> DayRecord:
    """The entry's reports must be prefetched (or it costs a query)."""
    return DayRecord(
        date=entry.date,
        severities={r.symptom_id: r.severity for r in reports_of(entry)},
        temperature_c=entry.temperature_c,
        on_chemotherapy=on_chemotherapy,
        recall_days=entry.recall_days,
    )


def chemotherapy_periods(
    patient: Patient, treatments: Iterable[Treatment] | None = None
) -> list[tuple[date, date | None]]:
    """When the patient had a chemotherapy treatment: (start, stop or None), one query (none
    given her `treatments` with their kinds, `diary.treatments.treatments_of`)."""
    if treatments is not None:
        return [(t.start_date, t.stop_date) for t in treatments if t.type.slug == CHEMOTHERAPY_TYPE]
    return list(
        patient.treatments.filter(type__slug=CHEMOTHERAPY_TYPE).values_list(
            "start_date", "stop_date"
        )
    )


def on_chemotherapy(periods: Sequence[tuple[date, date | None]], day: date) -> bool:
    return any(start <= day and (stop is None or day <= stop) for start, stop in periods)


class RatingIndex:
    """Every rating of a patient in a period, to find each symptom's last one before a day."""

    def __init__(self, rows: Sequence[tuple[int, date, int]]):
        self._dates: dict[int, list[date]] = defaultdict(list)
        self._severities: dict[int, list[int]] = defaultdict(list)
        for symptom_id, day, severity in sorted(rows, key=lambda row: row[1]):
            self._dates[symptom_id].append(day)
            self._severities[symptom_id].append(severity)

    @classmethod
    def load(cls, patient: Patient, *, start: date, end: date) -> "RatingIndex":
        """Ratings from `start` to before `end` (one query; in no order, sorted here)."""
        rows = (
            SymptomReport.objects.filter(
                entry__patient=patient, entry__date__gte=start, entry__date__lt=end
            )
            .order_by()
            .values_list("symptom_id", "entry__date", "severity")
        )
        return cls(list(rows))

    def last_before(
        self, day: date, symptom_ids, *, days: int = RISE_LOOKBACK_DAYS
    ) -> dict[int, Rating]:
        start = day - timedelta(days=days)
        found = {}
        for symptom_id in symptom_ids:
            dates = self._dates.get(symptom_id)
            if not dates:
                continue
            i = bisect.bisect_left(dates, day) - 1
            if i >= 0 and dates[i] >= start:
                found[symptom_id] = Rating(dates[i], self._severities[symptom_id][i])
        return found


def prepare(entries: QuerySet[DailyEntry]) -> QuerySet[DailyEntry]:
    """Entries ready for `build_days`: with their reports and doses."""
    return entries.prefetch_related(REPORTS, DOSES)


@dataclass(slots=True)
class ReportFields:
    """The columns of a report that the pages and the summary read: a
    plain object where a model instance would cost four times as much to make."""

    entry_id: int
    symptom_id: int
    severity: int
    interference: int | None
    treatment_id: int | None
    treatment: Treatment | None = None  # set by `attach_treatments` when treatment_id is


def report_columns() -> SelectedColumns:
    """A report's entry id, its day's date, symptom id, severity, interference and treatment
    id, in that order (`ReportFields`' values), for SQL joining reports to their days."""
    report, entry = SymptomReport._meta.get_field, DailyEntry._meta.get_field
    r, e = SymptomReport._meta.db_table, DailyEntry._meta.db_table
    return SelectedColumns(
        [
            report("entry").get_col(r),
            entry("date").get_col(e),
            report("symptom").get_col(r),
            report("severity").get_col(r),
            report("interference").get_col(r),
            report("treatment").get_col(r),
        ]
    )


@functools.cache
def _report_values() -> tuple[str, SelectedColumns]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    columns = report_columns()
    day = column(DailyEntry, "date")
    sql = (
        f"SELECT {columns.sql} FROM {column(SymptomReport)} INNER JOIN {column(DailyEntry)}"  # noqa: S608
        f" ON {column(SymptomReport, 'entry')} = {column(DailyEntry, 'id')}"
        f" WHERE {column(DailyEntry, 'deleted_at')} IS NULL"
        f" AND {day} >= %s AND {day} <= %s AND {column(DailyEntry, 'patient')} = %s"
    )
    return sql, columns


def report_values(patient: Patient, start: date, end: date) -> list[tuple]:
    """(entry id, date, symptom id, severity, interference, treatment id) of every report of
    the patient's days from `start` to `end` that are not deleted, in no order: what
    `SymptomReport.objects.filter(entry__patient=patient, entry__date__gte=start,
    entry__date__lte=end).values_list(...)` gives, read with SQL written once per process
    (Django took longer to build and compile it than SQLite took to run it)."""
    sql, columns = _report_values()
    ops = connection.ops
    return columns.rows(
        sql, [ops.adapt_datefield_value(start), ops.adapt_datefield_value(end), patient.pk]
    )


def with_reports_and_ratings(patient: Patient, rows: list[DailyEntry]) -> RatingIndex:
    """`with_report_fields` and `RatingIndex.load` for `build_days` in one query: every report
    of the patient from the look-back before the first of `rows` to the last, which holds the
    rows' own reports and the earlier ratings the alert rules compare with. `rows`: the
    patient's entries."""
    if not rows:
        return RatingIndex([])
    dates = [entry.date for entry in rows]
    start, end = min(dates) - timedelta(days=WEEKLY_LOOKBACK_DAYS), max(dates)
    reports = report_values(patient, start, end)
    by_entry: dict[int, list[ReportFields]] = defaultdict(list)
    earlier = []
    for entry_id, day, symptom_id, severity, interference, treatment_id in reports:
        by_entry[entry_id].append(
            ReportFields(entry_id, symptom_id, severity, interference, treatment_id)
        )
        if day < end:
            earlier.append((symptom_id, day, severity))
    for entry in rows:
        entry.report_list = by_entry.get(entry.pk, [])
    return RatingIndex(earlier)


def _doses_fetched(entry: DailyEntry) -> Iterable[DoseLog]:
    cached = getattr(entry, "_prefetched_objects_cache", {}).get("doses")
    return cached if cached is not None else ()


def attach_treatments(
    patient: Patient, rows: Sequence[DailyEntry], treatments: Iterable[Treatment] | None = None
) -> None:
    """Give the prefetched reports and doses their treatments (and drugs): one query over the
    patient's treatments by primary key, none if no report or dose names one or if her
    `treatments` are given (`diary.treatments.treatments_of`). Doses not prefetched are left
    alone."""
    linked = [
        item
        for entry in rows
        for items in (reports_of(entry), _doses_fetched(entry))
        for item in items
        if item.treatment_id
    ]
    if not linked:
        return
    if treatments is not None:
        by_id = {t.pk: t for t in treatments}
    else:
        wanted = {item.treatment_id for item in linked}
        by_id = {
            t.pk: t
            for t in Treatment.objects.filter(patient=patient, pk__in=wanted).select_related("drug")
        }
    for item in linked:
        item.treatment = by_id[item.treatment_id]


def build_days(
    patient: Patient,
    rows: Sequence[DailyEntry],
    *,
    catalog: Catalog,
    treatments: Sequence[Treatment] | None = None,
    ratings: RatingIndex | None = None,
    answers: bool = True,
) -> list[DayView]:
    """DayViews for entries that went through `prepare` (one more query, for earlier ratings).
    `treatments`: all of the patient's, with drugs and kinds (`treatments_of`), when the page
    has read them already (two queries fewer). `answers=False`: her answers to the red flags
    are not read (one query fewer), for a reader of the concerns only, which they leave as
    they are."""
    if not rows:
        return []
    attach_treatments(patient, rows, treatments)
    dates = [entry.date for entry in rows]
    start, end = min(dates) - timedelta(days=WEEKLY_LOOKBACK_DAYS), max(dates)
    if ratings is None:  # else read with the reports (`with_reports_and_ratings`)
        ratings = RatingIndex.load(patient, start=start, end=end)
    chemo = chemotherapy_periods(patient, treatments)
    notes = answer_notes(patient, start=min(dates), end=max(dates)) if answers else {}
    return [
        build_day(
            entry,
            previous=ratings.last_before(
                entry.date,
                [r.symptom_id for r in reports_of(entry)],
                days=lookback_days(entry.recall_days),
            ),
            catalog=catalog,
            on_chemotherapy=on_chemotherapy(chemo, entry.date),
            answers=dict(notes.get(entry.date, {})),
        )
        for entry in rows
    ]


def local_time(moment: datetime, patient: Patient) -> str:
    """ "10:42" where the patient lives."""
    return f"{timezone.localtime(moment, patient.zone):%H:%M}"


def answered_by_note(answer: RedFlagAnswer, patient: Patient) -> str:
    """ " (answered by Sam)" when a caregiver gave the answer, else nothing."""
    if answer.answered_by_id and answer.answered_by_id != patient.user_id:
        return f" (answered by {answer.answered_by})"
    return ""


def answer_text(answer: RedFlagAnswer, patient: Patient) -> str:
    """ "contacted the team at 10:42", in the patient's time zone."""
    when, by = local_time(answer.answered_at, patient), answered_by_note(answer, patient)
    if answer.answer == RedFlagAnswer.Answer.CONTACTED:
        return f"contacted the team at {when}{by}"
    return f"the team already knew (said at {when}){by}"


# What `answered_by_note` shows of the person who answered (`User.__str__`); nothing else of
# the account is read.
NAMED_BY = ("name", "email")


@functools.cache
def _answers_sql() -> tuple[str, tuple[SelectedModel, SelectedModel]]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    parts = (SelectedModel(RedFlagAnswer, "a"), SelectedModel(User, "u", only=NAMED_BY))
    quote = connection.ops.quote_name
    a, u = quote("a"), quote("u")
    field = RedFlagAnswer._meta.get_field
    by, when = field("answered_by").column, field("answered_at").column
    day = field("date").column
    sql = (
        f"SELECT {parts[0].sql}, {parts[1].sql}"  # noqa: S608
        f" FROM {quote(RedFlagAnswer._meta.db_table)} {a}"
        f" LEFT OUTER JOIN {quote(User._meta.db_table)} {u}"
        f" ON {a}.{quote(by)} = {u}.{quote(User._meta.pk.column)}"
        f" WHERE {a}.{quote(field('patient').column)} = %s"
        f" AND {a}.{quote(day)} >= %s AND {a}.{quote(day)} <= %s"
        f" ORDER BY {a}.{quote(when)} ASC, {a}.{quote(RedFlagAnswer._meta.pk.column)} ASC"
    )
    return sql, parts


def answer_notes(patient: Patient, *, start: date, end: date) -> dict[date, dict[int, list[str]]]:
    """Her answers to red flags by day and symptom id (one query, written once per process:
    Django took longer to build and compile it, with the user's join, than to run it)."""
    sql, parts = _answers_sql()
    ops = connection.ops
    params = [patient.pk, ops.adapt_datefield_value(start), ops.adapt_datefield_value(end)]
    answered_by = RedFlagAnswer._meta.get_field("answered_by")
    notes: dict[date, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for answer, by in rows_of_sql(sql, params, parts):
        answered_by.set_cached_value(answer, by)
        notes[answer.date][answer.symptom_id].append(answer_text(answer, patient))
    return notes


@functools.cache
def _doses_sql() -> tuple[str, SelectedModel]:
    """The statement up to its IN list (the caller adds one placeholder per entry) and its
    part, written once per process."""
    part = SelectedModel(DoseLog, DoseLog._meta.db_table)
    return (
        f"SELECT {part.sql} FROM {column(DoseLog)}"  # noqa: S608
        f" WHERE {column(DoseLog, 'entry')} IN ",
        part,
    )


def attach_doses(entries: list[DailyEntry]) -> None:
    """Each entry's dose logs, as `prefetch_related("doses")` leaves them (`entry.doses.all()`
    answers from them), read with SQL written from the models' quoted names (one query; none
    without entries)."""
    if not entries:
        return
    sql, part = _doses_sql()
    ids = [int(entry.pk) for entry in entries]
    by_entry: dict[int, list[DoseLog]] = {pk: [] for pk in ids}
    for (dose,) in rows_of_sql(sql + f"({', '.join(['%s'] * len(ids))})", ids, [part]):
        by_entry[dose.entry_id].append(dose)
    of_entry = DoseLog._meta.get_field("entry")
    for entry in entries:
        doses = by_entry[entry.pk]
        for dose in doses:
            of_entry.set_cached_value(dose, entry)
        # What Django's prefetch leaves: the related manager's own queryset (filtered to this
        # entry, should anything filter it further) holding the rows read.
        queryset = entry.doses.get_queryset()
        queryset._result_cache = doses
        queryset._prefetch_done = True
        entry._prefetched_objects_cache = {"doses": queryset}


@functools.cache
def _entries_sql() -> SelectedModel:
    """The day's columns, selected once per process."""
    return SelectedModel(DailyEntry, DailyEntry._meta.db_table)


def read_days(
    patient: Patient,
    condition: str,
    params: Sequence,
    *,
    catalog: Catalog,
    treatments: Sequence[Treatment] | None = None,
    doses: bool = True,
) -> list[DayView]:
    """`load_days` for her days (not deleted, newest first) where `condition` holds: fixed SQL
    text on `column(DailyEntry, ...)` names, every value a parameter in `params`. The days
    and their doses are read with SQL written from the models' quoted names, the rest as
    `load_days` reads it."""
    part = _entries_sql()
    sql = (
        f"SELECT {part.sql} FROM {column(DailyEntry)}"  # noqa: S608
        f" WHERE {column(DailyEntry, 'patient')} = %s"
        f" AND {column(DailyEntry, 'deleted_at')} IS NULL AND ({condition})"
        f" ORDER BY {column(DailyEntry, 'date')} DESC"
    )
    owner = DailyEntry._meta.get_field("patient")
    rows = []
    for (entry,) in rows_of_sql(sql, [patient.pk, *params], [part]):
        owner.set_cached_value(entry, patient)
        rows.append(entry)
    if doses:
        attach_doses(rows)
    ratings = with_reports_and_ratings(patient, rows)
    return build_days(patient, rows, catalog=catalog, treatments=treatments, ratings=ratings)


def on_or_after(day: date) -> tuple[str, list]:
    """`read_days`' condition for her days from `day` on."""
    return f"{column(DailyEntry, 'date')} >= %s", [connection.ops.adapt_datefield_value(day)]


def on(day: date) -> tuple[str, list]:
    """`read_days`' condition for her day `day`."""
    return f"{column(DailyEntry, 'date')} = %s", [connection.ops.adapt_datefield_value(day)]


def load_days(
    patient: Patient,
    entries: QuerySet[DailyEntry],
    *,
    catalog: Catalog,
    treatments: Sequence[Treatment] | None = None,
    doses: bool = True,
) -> list[DayView]:
    """DayViews for `entries` (a queryset of the patient's entries, in the order to show).
    `doses`: read each day's dose logs too (`entry.doses.all()`), for a page that lists them."""
    entries = entries.filter(patient=patient)
    rows = list(entries.prefetch_related(DOSES) if doses else entries)
    ratings = with_reports_and_ratings(patient, rows)
    return build_days(patient, rows, catalog=catalog, treatments=treatments, ratings=ratings)


def build_day(
    entry: DailyEntry,
    *,
    previous: dict[int, Rating],
    catalog: Catalog,
    on_chemotherapy: bool = False,
    answers: dict[int, list[str]] | None = None,
) -> DayView:
    record = day_record(entry, on_chemotherapy=on_chemotherapy)
    flags = red_flags(record, previous=previous, symptoms=catalog.by_id)
    concerns = concerns_from(record, flags, previous=previous, symptoms=catalog.by_id)
    by_symptom = {c.symptom.pk: c for c in concerns}
    reports = []
    for report in reports_of(entry):
        if report.severity == Severity.NONE:
            continue
        symptom = catalog.by_id[report.symptom_id]
        reports.append(
            ReportView(
                symptom=symptom,
                severity=report.severity,
                sites=catalog.sites_of(symptom),
                concern=by_symptom.get(symptom.pk),
                treatment_name=report.treatment.name if report.treatment_id else "",
                interference=report.interference,
            )
        )
    reports.sort(key=lambda r: (-r.severity, r.symptom.order))
    return DayView(
        entry=entry,
        reports=reports,
        concerns=concerns,
        flags=flags,
        early_signs=early_signs(record, symptoms=catalog.by_id),
        answers=answers or {},
    )


def load_day(
    patient: Patient,
    day: date,
    *,
    catalog: Catalog,
    treatments: Sequence[Treatment] | None = None,
) -> DayView | None:
    days = load_days(
        patient, patient.entries.filter(date=day), catalog=catalog, treatments=treatments
    )
    return days[0] if days else None


class SavedDay:
    """The DayView of an entry just saved, built at most once and only when first asked for:
    the alert outbox and the care teams' queue both read it in the save's transaction.

    Given the `reports` just written (symptom id -> (severity, treatment id, interference),
    as diary.checkin writes them), the view is built from those and the saved entry instead
    of reading the day back: the patient's treatments, earlier ratings and red-flag answers
    are read (three queries, against six; two given her `treatments`, `treatments_of`; one
    more fewer with `answers=False`, for readers of its concerns only: the view then lists no
    answers). The earlier ratings are kept for the care teams' queue (`previous_ratings`)."""

    def __init__(
        self,
        entry: DailyEntry,
        *,
        catalog: Catalog | None = None,
        reports: dict[int, tuple[int, int | None, int | None]] | None = None,
        treatments: Sequence[Treatment] | None = None,
        answers: bool = True,
    ) -> None:
        self.entry = entry
        self.catalog = catalog
        self.reports = reports
        self.treatments = treatments
        self.answers = answers
        self._view: DayView | None = None
        self._loaded = False
        self._ratings: RatingIndex | None = None

    def view(self) -> DayView | None:
        if not self._loaded:
            catalog = self.catalog or load_catalog()
            if self.reports is None:
                self._view = load_day(self.entry.patient, self.entry.date, catalog=catalog)
            else:
                self._view = self._built(catalog)
            self._loaded = True
        return self._view

    def _built(self, catalog: Catalog) -> DayView:
        entry = copy.copy(self.entry)  # the caller's entry is left as it was
        entry.report_list = [
            ReportFields(entry.pk, symptom_id, severity, interference, treatment_id)
            for symptom_id, (severity, treatment_id, interference) in self.reports.items()
        ]
        patient = entry.patient
        treatments = treatments_of(patient) if self.treatments is None else self.treatments
        # What build_days would read: every rating of the look-back before the day; but the
        # rules compare a rating with the earlier ones only when it could have risen by
        # ALERT_MIN_RISE levels, or for new or worse confusion: a day with neither has the
        # same concerns without them, and is not read (most days).
        if _compares_ratings(self.reports, catalog):
            self._ratings = self._load_ratings()
        return build_days(
            patient,
            [entry],
            catalog=catalog,
            treatments=treatments,
            ratings=self._ratings or RatingIndex([]),
            answers=self.answers,
        )[0]

    def _load_ratings(self) -> RatingIndex:
        """`RatingIndex.load(patient, start=the look-back's first day, end=day)`: the ratings
        of the days before this one, read with `report_values` (SQL written once per
        process)."""
        day = self.entry.date
        rows = report_values(
            self.entry.patient, day - timedelta(days=WEEKLY_LOOKBACK_DAYS), day - timedelta(days=1)
        )
        return RatingIndex(
            [(symptom_id, when, severity) for _, when, symptom_id, severity, *_ in rows]
        )

    def previous_ratings(self, symptom_ids: Iterable[int]) -> dict[int, Rating] | None:
        """Each symptom's last rating before the day within the alert rule's look-back
        (`recent_reports(patient, before=day, days=lookback_days(recall_days))` for these
        symptoms), from the ratings the view was built with; None if it read none."""
        self.view()
        if self.reports is None:  # read back: the view kept no ratings
            return None
        if self._ratings is None:  # the view did not need them (_compares_ratings)
            self._ratings = self._load_ratings()
        return self._ratings.last_before(
            self.entry.date, symptom_ids, days=lookback_days(self.entry.recall_days)
        )


def _compares_ratings(
    reports: Mapping[int, tuple[int, int | None, int | None]], catalog: Catalog
) -> bool:
    """Whether the alert rules would look at the earlier ratings of a day with these
    ratings (symptom id -> (severity, ...)): a rating of ALERT_MIN_RISE or more (a rise of
    that many levels since the last), or a confusion symptom (new or worse); a symptom the
    catalog does not hold is taken to be compared."""
    for symptom_id, (severity, *_) in reports.items():
        if severity >= ALERT_MIN_RISE:
            return True
        if severity:
            symptom = catalog.by_id.get(symptom_id)
            if symptom is None or symptom.slug in CONFUSION_SLUGS:
                return True
    return False


LastReport = Rating


def recent_reports(patient: Patient, *, before: date, days: int = 14) -> dict[int, Rating]:
    """The latest rating of each symptom in the `days` days before `before` (0: "None")."""
    rows = (
        SymptomReport.objects.filter(
            entry__patient=patient,
            entry__date__lt=before,
            entry__date__gte=before - timedelta(days=days),
        )
        .order_by("entry__date")
        .values_list("symptom_id", "entry__date", "severity")
    )
    return {symptom_id: Rating(day, severity) for symptom_id, day, severity in rows}
