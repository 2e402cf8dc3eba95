"""Trends: the last 7 days of the period against the 7 days before.

Every trend row is built from a named daily series (`Series`: date -> value). Wellbeing and
temperature come from the check-ins; symptom severities from the reports. The further measures
(pain score, time up and about, weight, how much symptoms got in the way) are rows of
`MEASURE_SERIES`, read by diary.measures.daily_measure_series; a row with no data in either week
is not shown.
"""

import statistics
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from diary.measures import DAY_MEASURES_SECTION, KG_PER_LB
from diary.summary.model import Period, Section, Trend, TrendRow

Series = dict[date, float]
WINDOW_DAYS = 7
TREND_THRESHOLD = 0.5  # symptom severity levels, the default for a measure


def mean(values: Iterable[float]) -> float:
    """`statistics.mean`, the same value: a series of whole numbers written as floats (the
    severities, most rows) is summed exactly by `sum()` and divided once, correctly rounded, as
    `statistics.mean` rounds its exact fraction; anything else is `statistics.mean`'s (its
    exact fractions took a tenth of the 30-day summary's build)."""
    values = list(values)
    if 0 < len(values) < 4096 and all(
        type(v) is float and v.is_integer() and -(2**40) < v < 2**40 for v in values
    ):
        return sum(values) / len(values)
    return statistics.mean(values)


@dataclass(frozen=True)
class SeriesSpec:
    """How to read one named daily series as a trend row."""

    key: str
    label: str
    unit: str = ""
    higher_is_better: bool | None = None
    threshold: float = TREND_THRESHOLD
    aggregate: Callable[[Iterable[float]], float] = mean
    section: str = Section.WELLBEING  # the section whose choice shows the row


WELLBEING = SeriesSpec("wellbeing", "Wellbeing (0 worst, 10 best), average", higher_is_better=True)
# The temperature goes with the red flags: the one place the summary shows it.
TEMPERATURE = SeriesSpec(
    "temperature_c", "Highest temperature", "°C", threshold=0.5, aggregate=max, section="flags"
)
# The measures of diary.measures.daily_measure_series, in the order the rows are shown. The
# day's measures go with one section everywhere (page, PDF, CSV, FHIR): DAY_MEASURES_SECTION.
MEASURE_SERIES: tuple[SeriesSpec, ...] = (
    SeriesSpec(
        "pain_score",
        "Pain (0-10), average",
        higher_is_better=False,
        threshold=1,
        section=DAY_MEASURES_SECTION,
    ),
    SeriesSpec(
        # 0 up and about as usual .. 4 in bed or a chair all day
        "up_and_about",
        "Time in bed or a chair (0 as usual, 4 all day), average",
        higher_is_better=False,
        section=DAY_MEASURES_SECTION,
    ),
    SeriesSpec("weight_kg", "Weight", "kg", threshold=1, section=DAY_MEASURES_SECTION),
    SeriesSpec(
        "interference",
        "Symptoms getting in the way (0-4), average",
        higher_is_better=False,
        section="symptoms",
    ),
)


def windows(end: date) -> tuple[Period, Period]:
    """(the last 7 days up to `end`, the 7 days before them)."""
    recent = Period(end - timedelta(days=WINDOW_DAYS - 1), end)
    return recent, Period(recent.start - timedelta(days=WINDOW_DAYS), recent.start - timedelta(1))


def trend_of(
    recent: list[float],
    before: list[float],
    *,
    threshold: float,
    aggregate: Callable[[Iterable[float]], float] = mean,
) -> Trend:
    """Up, down or steady: the recent week's mean against the week before's, or (when it moved
    further) the mean of the last two values, so a symptom severe on the last two days after a
    steady week reads as worse. A row showing another aggregate (the highest temperature)
    compares that aggregate, so the reading matches the figures shown."""
    if not recent or not before:
        return Trend.UNKNOWN
    if aggregate is not mean:
        change = aggregate(recent) - aggregate(before)
    else:
        base = mean(before)
        changes = (mean(recent) - base, mean(recent[-2:]) - base)
        change = max(changes, key=abs)
    if change >= threshold:
        return Trend.UP
    if change <= -threshold:
        return Trend.DOWN
    return Trend.STEADY


def split(series: Mapping[date, float], end: date) -> tuple[list[float], list[float]]:
    """The series' values in the last 7 days and in the 7 before, in date order."""
    recent, before = windows(end)
    ordered = sorted(series.items())
    return (
        [v for d, v in ordered if d in recent],
        [v for d, v in ordered if d in before],
    )


def trend_row(spec: SeriesSpec, series: Mapping[date, float], end: date) -> TrendRow:
    recent, before = split(series, end)
    return TrendRow(
        key=spec.key,
        label=spec.label,
        unit=spec.unit,
        recent=round(spec.aggregate(recent), 1) if recent else None,
        before=round(spec.aggregate(before), 1) if before else None,
        recent_days=len(recent),
        before_days=len(before),
        trend=trend_of(recent, before, threshold=spec.threshold, aggregate=spec.aggregate),
        higher_is_better=spec.higher_is_better,
    )


def symptom_series(by_day: Mapping[date, int], logged: Iterable[date]) -> Series:
    """A symptom's severity on each logged day (0 on a logged day without a report)."""
    return {day: float(by_day.get(day, 0)) for day in logged}


def in_fahrenheit(series: Mapping[date, float]) -> Series:
    return {day: value * 9 / 5 + 32 for day, value in series.items()}


def in_pounds(series: Mapping[date, float]) -> Series:
    return {day: value / float(KG_PER_LB) for day, value in series.items()}


def trend_rows(
    named: Mapping[str, Series],
    *,
    end: date,
    sections: frozenset[Section],
    fahrenheit: bool = False,
    pounds: bool = False,
) -> list[TrendRow]:
    """A row for each known series the chosen sections show, in the fixed order (the
    temperature and the weight in the patient's own units)."""
    named = dict(named)
    specs = {spec.key: spec for spec in (WELLBEING, TEMPERATURE, *MEASURE_SERIES)}
    units = (
        (fahrenheit, TEMPERATURE.key, in_fahrenheit, {"unit": "°F", "threshold": 0.9}),
        (pounds, "weight_kg", in_pounds, {"unit": "lb", "threshold": 2.2}),
    )
    for wanted, key, convert, changes in units:
        if wanted and key in named:
            named[key] = convert(named[key])
            specs[key] = replace(specs[key], **changes)
    return [
        trend_row(spec, named[spec.key], end)
        for spec in specs.values()
        if spec.key in named and spec.section in sections
    ]
