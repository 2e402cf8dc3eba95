"""The appointment summary, computed once: every output (page, PDF, CSV, FHIR) renders this.

`build_summary` runs a fixed number of queries whatever the length of the period, and returns
a plain `Summary` object; nothing downstream queries the database or recomputes a statistic.
"""

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean

from django.db.models import Q
from django.utils import timezone

from diary.catalog import Catalog, load_catalog
from diary.charts import HeatMap, WellbeingChart, heat_map, wellbeing_chart
from diary.days import DayView, build_days, prepare
from diary.models import Patient, Question, Severity, Site, Symptom, SymptomReport, Treatment
from diary.redflags import Concern
from diary.treatments import Adherence, adherence

MAX_PERIOD_DAYS = 3 * 366 + 1
FLAGS_LISTED = 40  # the printed list stops here; the counts and the CSV keep every one
TREND_THRESHOLD = 0.5  # mean severity levels between the first and second half of the period
DISCLAIMER = (
    "This summary was made by the patient from her own diary. It records what she reported; "
    "it is not medical advice and does not diagnose."
)


class Section(enum.StrEnum):
    FLAGS = "flags", "Red flags and alerts"
    SYMPTOMS = "symptoms", "Symptoms by site list"
    SIDE_EFFECTS = "side_effects", "Side effects by treatment"
    WELLBEING = "wellbeing", "Wellbeing"
    HEATMAP = "heatmap", "Day-by-symptom heat map"
    ADHERENCE = "adherence", "Medications taken"
    QUESTIONS = "questions", "Questions for the care team"
    NOTES = "notes", "Notes marked for the summary"

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


ALL_SECTIONS = tuple(Section)


class Trend(enum.StrEnum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(self.days)]


@dataclass(frozen=True)
class FlagRow:
    date: date
    concern: Concern
    answer: str = ""  # her answer to a red flag: "contacted the team at 10:42"


@dataclass(frozen=True)
class SymptomStat:
    symptom: Symptom
    days_reported: int
    worst: int
    latest: int
    latest_date: date
    first_date: date
    trend: Trend
    is_new: bool
    mention: bool = False

    @property
    def worst_label(self) -> str:
        return Severity(self.worst).label

    @property
    def latest_label(self) -> str:
        return Severity(self.latest).label


@dataclass(frozen=True)
class SiteGroup:
    site: Site
    known_affected: bool
    stats: list[SymptomStat]

    @property
    def mentions(self) -> bool:
        return any(stat.mention for stat in self.stats)


@dataclass(frozen=True)
class SideEffectGroup:
    treatment: Treatment | None  # None: not put down to any treatment
    stats: list[SymptomStat]

    @property
    def title(self) -> str:
        return self.treatment.name if self.treatment else "Not put down to a treatment"


@dataclass(frozen=True)
class ReportRow:
    """One report (or one day without reports, with symptom None), for CSV and FHIR."""

    date: date
    entry_id: int
    wellbeing: int | None
    temperature_c: object
    symptom: Symptom | None
    severity: int | None
    sites: tuple[str, ...]
    red_flag: bool
    alert: bool
    treatment: Treatment | None
    notes: str
    updated_at: datetime


@dataclass(frozen=True)
class Summary:
    patient: Patient
    generated_at: datetime
    period: Period
    sections: frozenset[Section]
    days_logged: int
    subtype: str
    known_sites: list[Site]
    current_treatments: list[Treatment]
    treatments: list[Treatment]  # every treatment overlapping the period
    flags: list[FlagRow]
    site_groups: list[SiteGroup]
    side_effects: list[SideEffectGroup]
    wellbeing: list[tuple[date, int]]
    wellbeing_chart: WellbeingChart
    heat_map: HeatMap
    adherence: list[Adherence]
    questions: list[Question]
    notes: list[tuple[date, str]]
    rows: list[ReportRow] = field(repr=False)
    disclaimer: str = DISCLAIMER

    @property
    def name(self) -> str:
        return self.patient.display_name

    @property
    def symptoms_reported(self) -> bool:
        """Whether any symptom on a site list was reported (side effects are listed apart)."""
        return any(group.stats for group in self.site_groups)

    @property
    def flags_listed(self) -> list[FlagRow]:
        """The most recent flags, oldest first, so a long period still prints on a page."""
        return self.flags[-FLAGS_LISTED:]

    @property
    def flag_counts(self) -> list[tuple[Symptom, int, int]]:
        """(symptom, red flags, alerts) over the whole period, most red flags first."""
        counts: dict[int, list] = {}
        for flag in self.flags:
            row = counts.setdefault(flag.concern.symptom.pk, [flag.concern.symptom, 0, 0])
            row[1 if flag.concern.red_flag else 2] += 1
        return sorted(
            (tuple(row) for row in counts.values()), key=lambda r: (-r[1], -r[2], r[0].order)
        )

    @property
    def wellbeing_mean(self) -> float | None:
        return round(mean(v for _, v in self.wellbeing), 1) if self.wellbeing else None

    @property
    def wellbeing_range(self) -> tuple[int, int] | None:
        values = [v for _, v in self.wellbeing]
        return (min(values), max(values)) if values else None


def _trend(period: Period, by_day: dict[date, int], logged: list[date]) -> Trend:
    middle = period.start + timedelta(days=period.days // 2)
    first = [by_day.get(d, 0) for d in logged if d < middle]
    second = [by_day.get(d, 0) for d in logged if d >= middle]
    if not first or not second:
        return Trend.STEADY
    change = mean(second) - mean(first)
    if change >= TREND_THRESHOLD:
        return Trend.UP
    if change <= -TREND_THRESHOLD:
        return Trend.DOWN
    return Trend.STEADY


def _general(stat: SymptomStat) -> bool:
    return any(site.slug == "general" for site in stat.symptom.sites.all())


def _stats(
    reports: dict[int, dict[date, int]],
    *,
    period: Period,
    logged: list[date],
    before: set[int],
    catalog: Catalog,
) -> dict[int, SymptomStat]:
    stats = {}
    for symptom_id, by_day in reports.items():
        days = sorted(by_day)
        stats[symptom_id] = SymptomStat(
            symptom=catalog.by_id[symptom_id],
            days_reported=len(days),
            worst=max(by_day.values()),
            latest=by_day[days[-1]],
            latest_date=days[-1],
            first_date=days[0],
            trend=_trend(period, by_day, logged),
            is_new=symptom_id not in before,
        )
    return stats


def _day_columns(entry) -> dict:
    """The columns a report row takes from its day."""
    return {
        "date": entry.date,
        "entry_id": entry.pk,
        "wellbeing": entry.wellbeing,
        "temperature_c": entry.temperature_c,
        "notes": entry.notes,
        "updated_at": entry.updated_at,
    }


def build_summary(
    patient: Patient,
    period: Period,
    *,
    sections: frozenset[Section] | None = None,
    catalog: Catalog | None = None,
) -> Summary:
    catalog = catalog or load_catalog()
    sections = frozenset(ALL_SECTIONS) if sections is None else sections
    today = patient.today()
    entries = patient.entries.filter(date__gte=period.start, date__lte=period.end).order_by("date")
    days: list[DayView] = build_days(patient, list(prepare(entries)), catalog=catalog)
    logged = [d.date for d in days]

    reports: dict[int, dict[date, int]] = defaultdict(dict)
    causes: dict[int, dict[int | None, dict[date, int]]] = defaultdict(lambda: defaultdict(dict))
    rows: list[ReportRow] = []
    flags: list[FlagRow] = []
    treatments_by_id: dict[int, Treatment] = {}
    for day in days:
        flags.extend(
            FlagRow(day.date, c, "; ".join(day.answers.get(c.symptom.pk, []))) for c in day.concerns
        )
        by_symptom = {c.symptom.pk: c for c in day.concerns}
        entry = day.entry
        report_objects = {r.symptom_id: r for r in entry.reports.all()}
        for view in day.reports:
            symptom = view.symptom
            report = report_objects[symptom.pk]
            reports[symptom.pk][day.date] = view.severity
            if report.treatment_id:
                treatments_by_id[report.treatment_id] = report.treatment
            if symptom.kind == Symptom.Kind.SIDE_EFFECT or report.treatment_id:
                causes[report.treatment_id][symptom.pk][day.date] = view.severity
            concern = by_symptom.get(symptom.pk)
            rows.append(
                ReportRow(
                    **_day_columns(entry),
                    symptom=symptom,
                    severity=view.severity,
                    sites=tuple(s.slug for s in view.sites),
                    red_flag=bool(concern and concern.red_flag),
                    alert=bool(concern and concern.alert),
                    treatment=report.treatment if report.treatment_id else None,
                )
            )
        if not day.reports:
            rows.append(
                ReportRow(
                    **_day_columns(entry),
                    symptom=None,
                    severity=None,
                    sites=(),
                    red_flag=False,
                    alert=False,
                    treatment=None,
                )
            )

    previous = period.previous()
    before = set(
        SymptomReport.objects.reported()
        .filter(
            entry__patient=patient,
            entry__date__gte=previous.start,
            entry__date__lte=previous.end,
        )
        .values_list("symptom_id", flat=True)
        .distinct()
    )
    stats = _stats(reports, period=period, logged=logged, before=before, catalog=catalog)

    known = list(patient.known_sites.all())
    known_slugs = {s.slug for s in known}
    site_groups = []
    for site in catalog.listed_sites:
        affected = site.slug in known_slugs or site.slug == "general"
        members = [
            # A general symptom (pain is also on the brain and liver lists) is never marked.
            SymptomStat(**{**stat.__dict__, "mention": not affected and not _general(stat)})
            for stat in stats.values()
            if stat.symptom.kind == Symptom.Kind.SYMPTOM and site in stat.symptom.sites.all()
        ]
        members.sort(key=lambda s: (-s.worst, s.symptom.order))
        site_groups.append(SiteGroup(site=site, known_affected=affected, stats=members))

    treatments = list(
        patient.treatments.filter(start_date__lte=period.end)
        .filter(Q(stop_date__isnull=True) | Q(stop_date__gte=period.start))
        .select_related("drug", "type")
        .order_by("start_date", "pk")
    )
    for treatment in treatments:
        treatments_by_id.setdefault(treatment.pk, treatment)
    side_effects = []
    for treatment_id, by_symptom in causes.items():
        group_stats = _stats(
            by_symptom, period=period, logged=logged, before=before, catalog=catalog
        )
        side_effects.append(
            SideEffectGroup(
                treatment=treatments_by_id.get(treatment_id) if treatment_id else None,
                stats=sorted(group_stats.values(), key=lambda s: (-s.worst, s.symptom.order)),
            )
        )
    side_effects.sort(key=lambda g: (g.treatment is None, g.title))

    wellbeing = [(d.date, d.entry.wellbeing) for d in days if d.entry.wellbeing is not None]
    heat_rows = sorted(
        stats.values(), key=lambda s: (catalog.checkin_group_key(s.symptom), s.symptom.order)
    )
    return Summary(
        patient=patient,
        generated_at=timezone.now(),
        period=period,
        sections=sections,
        days_logged=len(days),
        subtype=patient.get_subtype_display() if patient.subtype else "",
        known_sites=known,
        current_treatments=[t for t in treatments if t.is_active_on(min(period.end, today))],
        treatments=treatments,
        flags=sorted(flags, key=lambda f: (f.date, not f.concern.red_flag)),
        site_groups=site_groups,
        side_effects=side_effects,
        wellbeing=wellbeing,
        wellbeing_chart=wellbeing_chart(wellbeing, start=period.start, end=period.end),
        heat_map=heat_map(
            [(s.symptom.name, reports[s.symptom.pk]) for s in heat_rows],
            start=period.start,
            end=period.end,
        ),
        adherence=adherence(patient, end=period.end, days=period.days),
        questions=list(patient.questions.filter(answered_at__isnull=True)),
        notes=[
            (d.date, d.entry.notes)
            for d in days
            if d.entry.include_notes_in_summary and d.entry.notes
        ],
        rows=rows,
    )
