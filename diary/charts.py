"""Pictures as server-rendered SVG: coordinates computed here, drawn by templates.

Each chart is a plain dataclass; templates turn it into <svg> with a title, a description and
a text table beside it, so the picture needs no JavaScript and prints crisply.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from diary.models import Severity, Treatment

# Severity fills that differ in lightness too, so they read in greyscale: light to dark.
SEVERITY_FILLS = {
    0: "#ffffff",
    1: "#c6dbef",
    2: "#6baed6",
    3: "#2171b5",
    4: "#08306b",
}


@dataclass(frozen=True)
class Bar:
    label: str
    x: float
    y: float
    width: float
    start: date
    stop: date | None


@dataclass(frozen=True)
class Cell:
    x: float
    width: float
    day: date
    severity: int
    fill: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class TimelineChart:
    width: int
    height: int
    left: int
    plot_width: float
    bar_height: int
    bars: list[Bar]
    strip_y: float
    strip_height: int
    cells: list[Cell]
    ticks: list[Tick]
    start: date
    end: date
    legend: list[tuple[str, str]]


def treatment_timeline(
    treatments: Iterable[Treatment],
    worst_side_effect: Mapping[date, int],
    *,
    start: date,
    end: date,
    width: int = 760,
    left: int = 170,
) -> TimelineChart:
    """Treatments as bars from start to stop (or `end`), and beneath them the worst side-effect
    severity of each day as a strip of cells."""
    days = (end - start).days + 1
    plot = width - left - 10
    per_day = plot / days

    def x_of(day: date) -> float:
        return round(left + (day - start).days * per_day, 2)

    bar_height, gap, top = 22, 10, 28
    bars = []
    for row, treatment in enumerate(treatments):
        first = max(treatment.start_date, start)
        last = min(treatment.stop_date or end, end)
        if last < first:
            continue
        bars.append(
            Bar(
                label=treatment.name,
                x=x_of(first),
                y=top + row * (bar_height + gap),
                width=max(round((((last - first).days + 1) * per_day), 2), 2),
                start=treatment.start_date,
                stop=treatment.stop_date,
            )
        )
    strip_y = top + max(len(bars), 1) * (bar_height + gap) + 14
    strip_height = 24
    cells = [
        Cell(
            x=x_of(day),
            width=max(round(per_day, 2), 1),
            day=day,
            severity=severity,
            fill=SEVERITY_FILLS[severity],
        )
        for day, severity in sorted(worst_side_effect.items())
        if start <= day <= end and severity
    ]
    ticks = []
    month = date(start.year, start.month, 1)
    while month <= end:
        if month >= start:
            ticks.append(Tick(x=x_of(month), label=f"{month:%b %Y}"))
        month = (month + timedelta(days=32)).replace(day=1)
    if len(ticks) > 8:
        ticks = ticks[:: len(ticks) // 8 + 1]
    legend = [(Severity(level).label, SEVERITY_FILLS[level]) for level in range(1, 5)]
    return TimelineChart(
        width=width,
        height=int(strip_y + strip_height + 12),
        left=left,
        plot_width=plot,
        bar_height=bar_height,
        bars=bars,
        strip_y=strip_y,
        strip_height=strip_height,
        cells=cells,
        ticks=ticks,
        start=start,
        end=end,
        legend=legend,
    )
