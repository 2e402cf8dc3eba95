"""The measures beside the symptom ratings, in the diary's own words.

* `pain_score`: the worst pain, 0 (none) to 10 (as bad as it could be), over the check-in's
  recall period (the last 24 hours, or the last 7 days on a weekly check-in);
* `pain_medicine_doses`: doses of as-needed pain medicine over the same period (0-30);
* `up_and_about`: how much of the day she was up and about, five levels (`UpAndAbout`);
* `weight_kg`: entered in kg or lb (her choice, `Patient.weight_unit`), stored in kg; asked
  weekly: the check-in opens its "Pain, activity and weight" section once a week has passed
  since she last weighed herself in the diary;
* per rated symptom (above none), `SymptomReport.interference`: how much it got in the way
  of her day, five levels (`Interference`).

A weekly check-in (`Patient.checkin_rhythm`) is stored on the day it is logged with
`recall_days = 7`. The alert rule (diary.redflags) compares a weekly report with the previous
rating within `lookback_days(7)` (21 days), so that the previous weekly check-in is found.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from diary.models import DailyEntry, Interference, Patient, SymptomReport, UpAndAbout

DAILY_LOOKBACK_DAYS = 14  # the alert rule's window for a daily check-in (diary.redflags)
WEEKLY_LOOKBACK_DAYS = 21  # for a weekly one: the previous weekly check-in and a week's slack
WEIGHT_EVERY_DAYS = 7
KG_PER_LB = Decimal("0.45359237")  # the international avoirdupois pound (exact, by definition)
SERIES_KEYS = ("pain_score", "up_and_about", "weight_kg", "interference")
# The summary section whose choice shows the day's pain score, doses, up and about and weight,
# on the page and in every export (a symptom's interference goes with its report row).
DAY_MEASURES_SECTION = "wellbeing"


def lookback_days(recall_days: int) -> int:
    """How far back the alert rule looks for a symptom's previous rating."""
    return WEEKLY_LOOKBACK_DAYS if recall_days >= 7 else DAILY_LOOKBACK_DAYS


def to_kg(value: Decimal, unit: str) -> Decimal:
    kg = value if unit == Patient.WeightUnit.KG else value * KG_PER_LB
    return kg.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def from_kg(value: Decimal, unit: str) -> Decimal:
    if unit == Patient.WeightUnit.KG:
        return value
    return (value / KG_PER_LB).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def recall_phrase(recall_days: int) -> str:
    return "in the last 7 days" if recall_days >= 7 else "in the last 24 hours"


# The same five levels asked about a week (a weekly check-in): the daily words speak of "the day".
WEEKLY_UP_AND_ABOUT = {
    UpAndAbout.AS_USUAL: "Up and about as usual this week",
    UpAndAbout.LESS: "Up and about this week, but doing less than usual",
    UpAndAbout.PART_RESTING: "Resting in bed or a chair for part of the week",
    UpAndAbout.MOSTLY_RESTING: "Resting in bed or a chair for most of the week",
    UpAndAbout.ALL_DAY: "In bed or a chair all week, or nearly",
}


def up_and_about_choices(recall_days: int = 1) -> list[tuple[int, str]]:
    """The five answers, in the words of the check-in's rhythm (a day, or the last 7 days)."""
    if recall_days >= 7:
        return [(level.value, WEEKLY_UP_AND_ABOUT[level]) for level in UpAndAbout]
    return list(UpAndAbout.choices)


def up_and_about_label(level: int | None, recall_days: int = 1) -> str:
    if level is None:
        return ""
    return WEEKLY_UP_AND_ABOUT[UpAndAbout(level)] if recall_days >= 7 else UpAndAbout(level).label


def interference_label(level: int | None) -> str:
    return Interference(level).label if level is not None else ""


INTERFERENCE_PHRASES = {
    Interference.NOT: "did not get in the way",
    Interference.SLIGHTLY: "got in the way slightly",
    Interference.PARTLY: "got in the way partly",
    Interference.A_LOT: "got in the way a lot",
    Interference.STOPPED: "stopped the day",
}


def interference_phrase(level: int | None) -> str:
    return INTERFERENCE_PHRASES[Interference(level)] if level is not None else ""


def measure_lines(entry: DailyEntry, weight_unit: str) -> list[str]:
    """A day's measures in plain words, one line each (nothing for those not answered)."""
    lines = []
    over = "over the last 7 days" if entry.recall_days >= 7 else "in the last 24 hours"
    if entry.pain_score is not None:
        lines.append(f"Worst pain {over}: {entry.pain_score} out of 10")
    if entry.pain_medicine_doses is not None:
        doses = entry.pain_medicine_doses
        lines.append(f"As-needed pain medicine {over}: {doses} dose{'' if doses == 1 else 's'}")
    if entry.up_and_about is not None:
        label = up_and_about_label(entry.up_and_about, entry.recall_days).lower()
        lines.append(f"Up and about: {label}")
    if entry.weight_kg is not None:
        lines.append(f"Weight: {weight_text(entry.weight_kg, weight_unit)}")
    return lines


def weight_text(weight_kg: Decimal, unit: str) -> str:
    """ "62.5 kg", or "137.8 lb (62.5 kg)" for someone who weighs in pounds."""
    if unit == Patient.WeightUnit.LB:
        return f"{from_kg(weight_kg, unit)} lb ({weight_kg} kg)"
    return f"{weight_kg} kg"


@dataclass(frozen=True)
class Weighing:
    date: date
    weight_kg: Decimal


@dataclass(frozen=True)
class WeightPrompt:
    """What the check-in says about weighing: when she last did, and whether it is due."""

    last: Weighing | None
    day: date

    @property
    def days_since(self) -> int | None:
        return (self.day - self.last.date).days if self.last else None

    @property
    def due(self) -> bool:
        """A week or more since she last weighed (never weighed: not pressed, just offered)."""
        return self.days_since is not None and self.days_since >= WEIGHT_EVERY_DAYS

    @property
    def hint(self) -> str:
        if self.last is None:
            return "Weekly is enough; no weight in the diary yet."
        days = self.days_since
        when = "yesterday" if days == 1 else f"{days} days ago"
        due = ": time to weigh again if you can" if self.due else ""
        return f"Last weighed {when}{due}."


def weight_prompt(patient: Patient, day: date) -> WeightPrompt:
    """The last weighing before `day` (one query)."""
    row = (
        patient.entries.filter(date__lt=day, weight_kg__isnull=False)
        .order_by("-date")
        .values_list("date", "weight_kg")
        .first()
    )
    return WeightPrompt(last=Weighing(*row) if row else None, day=day)


@dataclass(frozen=True)
class DayMeasures:
    """One logged day's measures, for exports."""

    recall_days: int = 1
    pain_score: int | None = None
    pain_medicine_doses: int | None = None
    up_and_about: int | None = None
    weight_kg: Decimal | None = None
    interference: dict[int, int] = field(default_factory=dict)  # symptom id -> 0..4

    @property
    def any_day_measure(self) -> bool:
        return any(
            v is not None
            for v in (self.pain_score, self.pain_medicine_doses, self.up_and_about, self.weight_kg)
        )


def measures_of_entries(entry_ids: set[int] | list[int]) -> dict[int, DayMeasures]:
    """The measures of these days by entry id (one query; none for no ids)."""
    if not entry_ids:
        return {}
    rows = DailyEntry.objects.filter(pk__in=set(entry_ids)).values_list(
        "pk",
        "recall_days",
        "pain_score",
        "pain_medicine_doses",
        "up_and_about",
        "weight_kg",
        "reports__symptom_id",
        "reports__interference",
    )
    days: dict[int, DayMeasures] = {}
    for pk, recall, pain, doses, up, weight, symptom_id, interference in rows:
        measures = days.setdefault(pk, DayMeasures(recall, pain, doses, up, weight))
        if symptom_id is not None and interference is not None:
            measures.interference[symptom_id] = interference
    return days


def daily_measure_series(patient: Patient, start: date, end: date) -> dict[str, dict[date, float]]:
    """Each measure by day from `start` to `end` (both included), for trends (7 days against
    the 7 before): "pain_score" (0-10), "up_and_about" (0 as usual to 4 in bed or a chair all
    day), "weight_kg", and "interference" (the mean, over the day's symptoms rated above none
    that have one, of how much they got in the way, 0-4). A day without a measure is left out
    of that measure's series. Two queries, however long the period."""
    series: dict[str, dict[date, float]] = {key: {} for key in SERIES_KEYS}
    entries = patient.entries.filter(date__gte=start, date__lte=end).filter(
        Q(pain_score__isnull=False) | Q(up_and_about__isnull=False) | Q(weight_kg__isnull=False)
    )
    for day, pain, up, weight in entries.values_list(
        "date", "pain_score", "up_and_about", "weight_kg"
    ):
        for key, value in (("pain_score", pain), ("up_and_about", up), ("weight_kg", weight)):
            if value is not None:
                series[key][day] = float(value)
    levels: dict[date, list[int]] = defaultdict(list)
    reports = SymptomReport.objects.reported().filter(
        entry__patient=patient,
        entry__date__gte=start,
        entry__date__lte=end,
        interference__isnull=False,
    )
    for day, level in reports.values_list("entry__date", "interference"):
        levels[day].append(level)
    series["interference"] = {day: sum(v) / len(v) for day, v in sorted(levels.items())}
    return series


def summary_measures(summary) -> dict[int, DayMeasures]:
    """The measures of a summary's days, for its CSV and FHIR exports (one query). The day's
    pain score, doses, up and about and weight go with the Wellbeing section, as wellbeing does;
    a symptom's interference goes with its report row."""
    measures = measures_of_entries({row.entry_id for row in summary.rows})
    if DAY_MEASURES_SECTION in summary.sections:
        return measures
    return {
        pk: DayMeasures(recall_days=m.recall_days, interference=m.interference)
        for pk, m in measures.items()
    }
