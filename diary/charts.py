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


def _date_ticks(start: date, end: date, x_of, most: int = 8) -> list[Tick]:
    days = (end - start).days + 1
    if days <= 45:
        step = max(1, days // most + 1)
        marks = [start + timedelta(days=n) for n in range(0, days, step)]
        return [Tick(x=x_of(d), label=f"{d.day} {d:%b}") for d in marks]
    ticks = []
    month = date(start.year, start.month, 1)
    while month <= end:
        if month >= start:
            ticks.append(Tick(x=x_of(month), label=f"{month:%b %Y}"))
        month = (month + timedelta(days=32)).replace(day=1)
    if len(ticks) > most:
        ticks = ticks[:: len(ticks) // most + 1]
    return ticks


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
    ticks = _date_ticks(start, end, x_of)
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


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    day: date
    value: int


@dataclass(frozen=True)
class WellbeingChart:
    width: int
    height: int
    left: int
    top: int
    plot_width: float
    plot_height: float
    points: list[Point]
    segments: list[str]  # SVG polyline point lists; a gap in logging breaks the line
    grid: list[tuple[float, int]]  # (y, value) for 0, 5, 10
    ticks: list[Tick]
    start: date
    end: date


def wellbeing_chart(
    values: list[tuple[date, int]], *, start: date, end: date, width: int = 720
) -> WellbeingChart:
    """Wellbeing 0-10 over the period: points joined while days are logged one after another."""
    left, top, height = 34, 12, 130
    plot_width, plot_height = width - left - 12, height - top - 28
    days = (end - start).days + 1
    per_day = plot_width / max(days - 1, 1)

    def x_of(day: date) -> float:
        return round(left + (day - start).days * per_day, 2)

    def y_of(value: int) -> float:
        return round(top + plot_height - value / 10 * plot_height, 2)

    points = [Point(x=x_of(d), y=y_of(v), day=d, value=v) for d, v in values]
    segments: list[list[Point]] = []
    for point in points:
        if segments and (point.day - segments[-1][-1].day).days == 1:
            segments[-1].append(point)
        else:
            segments.append([point])
    return WellbeingChart(
        width=width,
        height=height,
        left=left,
        top=top,
        plot_width=plot_width,
        plot_height=plot_height,
        points=points if days <= 120 else [],
        segments=[" ".join(f"{p.x},{p.y}" for p in seg) for seg in segments if len(seg) > 1],
        grid=[(y_of(v), v) for v in (0, 5, 10)],
        ticks=_date_ticks(start, end, x_of),
        start=start,
        end=end,
    )


@dataclass(frozen=True)
class HeatCell:
    x: float
    center: float
    severity: int
    fill: str
    label: str  # the number drawn in the cell when there is room


@dataclass(frozen=True)
class HeatRow:
    name: str
    y: float
    cells: list[HeatCell]


@dataclass(frozen=True)
class HeatMap:
    width: int
    height: int
    left: int
    top: int
    cell_width: float
    cell_height: int
    columns: int
    unit: str  # "day" or "week"
    rows: list[HeatRow]
    ticks: list[Tick]
    legend: list[tuple[int, str, str]]  # (level, label, fill)
    show_numbers: bool
    start: date
    end: date


def heat_map(
    rows: list[tuple[str, dict[date, int]]],
    *,
    start: date,
    end: date,
    width: int = 720,
    max_columns: int = 92,
) -> HeatMap:
    """Symptoms down, days across (weeks for long periods, worst of the week), shaded by
    severity from light to dark, with the level written in each cell when cells are wide."""
    days = (end - start).days + 1
    unit = "day" if days <= max_columns else "week"
    span = 1 if unit == "day" else 7
    columns = -(-days // span)
    left, top, cell_height = 190, 22, 18
    cell_width = (width - left - 8) / columns

    def column(day: date) -> int:
        return (day - start).days // span

    heat_rows = []
    for index, (name, by_day) in enumerate(rows):
        worst: dict[int, int] = {}
        for day, severity in by_day.items():
            col = column(day)
            worst[col] = max(worst.get(col, 0), severity)
        heat_rows.append(
            HeatRow(
                name=name,
                y=top + index * (cell_height + 2),
                cells=[
                    HeatCell(
                        x=round(left + col * cell_width, 2),
                        center=round(left + (col + 0.5) * cell_width, 2),
                        severity=severity,
                        fill=SEVERITY_FILLS[severity],
                        label=str(severity),
                    )
                    for col, severity in sorted(worst.items())
                ],
            )
        )

    def x_of(day: date) -> float:
        return round(left + (day - start).days / span * cell_width, 2)

    return HeatMap(
        width=width,
        height=top + max(len(rows), 1) * (cell_height + 2) + 6,
        left=left,
        top=top,
        cell_width=round(cell_width, 2),
        cell_height=cell_height,
        columns=columns,
        unit=unit,
        rows=heat_rows,
        ticks=_date_ticks(start, end, x_of),
        legend=[(level, Severity(level).label, SEVERITY_FILLS[level]) for level in range(1, 5)],
        show_numbers=cell_width >= 12,
        start=start,
        end=end,
    )
