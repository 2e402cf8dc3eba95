"""What a summary is made of: plain, typed values that every output (page, PDF, CSV, FHIR)
renders. Nothing here queries the database."""

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean
from typing import NamedTuple

from diary.charts import HeatMap, WellbeingChart
from diary.drug_warnings import DrugWarning
from diary.measures import DayMeasures, summary_measures
from diary.models import Patient, Question, Site, Symptom, Treatment
from diary.redflags import Concern
from diary.treatments import Adherence

MAX_PERIOD_DAYS = 3 * 366 + 1
FLAGS_LISTED = 40  # a printed list stops here; the counts and the CSV keep every one
DISCLAIMER = (
    "This summary was made by the patient from her own diary. It records what she reported; "
    "it is not medical advice and does not diagnose."
)


class Section(enum.StrEnum):
    FLAGS = "flags", "Red flags and alerts"
    CONCERNS = "concerns", "Top concerns"
    SYMPTOMS = "symptoms", "Symptoms"
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
# Until she chooses, everything but the heat map (it takes a page of its own on paper).
DEFAULT_SECTIONS = frozenset(ALL_SECTIONS) - {Section.HEATMAP}


class Trend(enum.StrEnum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"
    UNKNOWN = "unknown"  # no logged day in one of the two weeks compared


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

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class FlagRow:
    date: date
    concern: Concern
    answer: str = ""  # what she did: "contacted the team at 10:42"
    team: str = (
        ""  # whether a connected care team acknowledged it: "Seen by Oak Clinic, 3 Mar 10:42"
    )


def flag_counts(flags: list[FlagRow]) -> list[tuple[Symptom, int, int]]:
    """(symptom, red flags, alerts), most red flags first."""
    counts: dict[int, list] = {}
    for flag in flags:
        row = counts.setdefault(flag.concern.symptom.pk, [flag.concern.symptom, 0, 0])
        row[1 if flag.concern.red_flag else 2] += 1
    return sorted((tuple(row) for row in counts.values()), key=lambda r: (-r[1], -r[2], r[0].order))


@dataclass(frozen=True)
class WarningRow:
    """A drug label's warning sign reached on one or more days of the period."""

    warning: DrugWarning
    dates: tuple[date, ...]

    @property
    def first(self) -> date:
        return self.dates[0]

    @property
    def last(self) -> date:
        return self.dates[-1]


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
    also_on: tuple[str, ...] = ()  # lists of sites NOT known to be affected that name it

    @property
    def worst_label(self) -> str:
        return self.symptom.answer_label(self.worst)

    @property
    def latest_label(self) -> str:
        return self.symptom.answer_label(self.latest)

    @property
    def mention(self) -> bool:
        return bool(self.also_on)


@dataclass(frozen=True)
class SideEffectGroup:
    treatment: Treatment | None  # None: not put down to any treatment
    stats: list[SymptomStat]

    @property
    def title(self) -> str:
        return self.treatment.name if self.treatment else "Not put down to a treatment"


@dataclass(frozen=True)
class Change:
    """How one symptom changed since the last visit."""

    symptom: Symptom
    before: int | None  # the latest rating in the 14 days before the visit (None: not rated)
    now: int | None  # the latest rating since (None: not reported since)
    last_date: date | None = None

    @property
    def before_label(self) -> str:
        return self.symptom.answer_label(self.before) if self.before else ""

    @property
    def now_label(self) -> str:
        return self.symptom.answer_label(self.now) if self.now is not None else ""


@dataclass(frozen=True)
class SinceLastVisit:
    since: date
    from_appointment: bool  # False: counted from the start of the summary
    new: list[Change]
    worse: list[Change]
    better: list[Change]
    resolved: list[Change]

    @property
    def any_change(self) -> bool:
        return bool(self.new or self.worse or self.better or self.resolved)


@dataclass(frozen=True)
class TrendRow:
    """One measure's last 7 days against the 7 before, from a named daily series."""

    key: str
    label: str
    unit: str
    recent: float | None
    before: float | None
    recent_days: int
    before_days: int
    trend: Trend
    higher_is_better: bool | None  # None: neither (weight, temperature)

    @property
    def reading(self) -> str:
        """Worse, better, higher, lower or steady, in neutral words (empty when unknown)."""
        if self.trend in (Trend.UNKNOWN, Trend.STEADY):
            return "Steady" if self.trend == Trend.STEADY else ""
        up = self.trend == Trend.UP
        if self.higher_is_better is None:
            return "Higher" if up else "Lower"
        return "Better" if up == self.higher_is_better else "Worse"


@dataclass(frozen=True)
class NoteGroup:
    """One note text and every day it was written on (the same text is shown once)."""

    text: str
    dates: tuple[date, ...]


@dataclass(frozen=True)
class Header:
    name: str
    date_of_birth: date | None
    hospital_number: str
    care_team: tuple[str, ...]  # "Oak Clinic (connected diary)", "Care team: 020 7946 0000"


@dataclass(frozen=True)
class TopConcerns:
    symptoms: tuple[Symptom, ...]
    note: str

    def __bool__(self) -> bool:
        return bool(self.symptoms or self.note)


class ReportRow(NamedTuple):
    """One report (or one day without reports, with symptom None), for CSV and FHIR. A named
    tuple: a 3-year summary makes about 4,500 (a frozen dataclass took three times as long to
    make, setting each field through `object.__setattr__`)."""

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
    header: Header
    days_logged: int
    subtype: str
    known_sites: list[Site]
    current_treatments: list[Treatment]
    treatments: list[Treatment]  # every treatment overlapping the period
    since: SinceLastVisit
    concerns: TopConcerns
    trends: list[TrendRow]
    flags: list[FlagRow]
    drug_warnings: list[WarningRow]
    symptoms: list[SymptomStat]
    side_effects: list[SideEffectGroup]
    wellbeing: list[tuple[date, int]]
    wellbeing_chart: WellbeingChart | None  # None without the Wellbeing section
    heat_map: HeatMap | None  # None without the heat map's section
    adherence: list[Adherence]
    questions: list[Question]
    notes: list[tuple[date, str]]  # every marked note, day by day (the exports keep each)
    rows: list[ReportRow] = field(repr=False)  # made when first read (rows.LazyRows)
    disclaimer: str = DISCLAIMER
    # The days' measures by entry id for the chosen sections, made from the days build_summary
    # read (days.day_measures) when first asked for; None: read them (one query).
    measures: Callable[[frozenset[Section]], dict[int, DayMeasures]] | None = field(
        default=None, repr=False, compare=False
    )

    def day_measures(self) -> dict[int, DayMeasures]:
        """The days' measures for the CSV and FHIR exports."""
        if self.measures is None:
            return summary_measures(self)
        return self.measures(self.sections)

    @property
    def name(self) -> str:
        return self.patient.display_name

    @property
    def symptoms_reported(self) -> bool:
        return bool(self.symptoms)

    @property
    def note_groups(self) -> list[NoteGroup]:
        """The notes with the same text on several days shown once, with its dates."""
        dates: dict[str, list[date]] = {}
        for day, text in self.notes:
            dates.setdefault(" ".join(text.split()), []).append(day)
        return [NoteGroup(text, tuple(days)) for text, days in dates.items()]

    @property
    def flags_since(self) -> list[FlagRow]:
        """The most recent flags since the last visit, oldest first."""
        return [f for f in self.flags if f.date >= self.since.since][-FLAGS_LISTED:]

    @property
    def flags_earlier(self) -> list[FlagRow]:
        """Flags of the period before the last visit (when the period starts before it)."""
        return [f for f in self.flags if f.date < self.since.since][-FLAGS_LISTED:]

    @property
    def flags_left_out(self) -> int:
        return len(self.flags) - len(self.flags_since) - len(self.flags_earlier)

    @property
    def team_column(self) -> bool:
        """Whether any flag is in a care team's queue (else the column is left out)."""
        return any(flag.team for flag in self.flags)

    @property
    def warnings_since(self) -> list[WarningRow]:
        return [w for w in self.drug_warnings if w.last >= self.since.since]

    @property
    def flag_counts(self) -> list[tuple[Symptom, int, int]]:
        """(symptom, red flags, alerts) over the whole period, most red flags first."""
        return flag_counts(self.flags)

    @property
    def flag_counts_since(self) -> list[tuple[Symptom, int, int]]:
        return flag_counts([f for f in self.flags if f.date >= self.since.since])

    @property
    def trends_shown(self) -> list[TrendRow]:
        """Rows with data in either week."""
        return [row for row in self.trends if row.recent_days or row.before_days]

    @property
    def wellbeing_mean(self) -> float | None:
        """`round(statistics.mean(values), 1)`, the same value and type: for whole numbers (the
        0-10 ratings) their sum divided once (an int when it divides exactly, as the mean's
        exact fraction gives; else Python's correctly rounded division, as the fraction's
        float() is), without the exact fractions of every value."""
        if not self.wellbeing:
            return None
        values = [v for _, v in self.wellbeing]
        if all(type(v) is int for v in values):
            total, count = sum(values), len(values)
            return round(total // count if total % count == 0 else total / count, 1)
        return round(mean(values), 1)

    @property
    def wellbeing_range(self) -> tuple[int, int] | None:
        values = [v for _, v in self.wellbeing]
        return (min(values), max(values)) if values else None
