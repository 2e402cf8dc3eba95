"""The report rows of the CSV and FHIR exports: only what a chosen section shows."""

from diary.days import DayView, reports_of
from diary.models import DailyEntry
from diary.summary.groups import Placement
from diary.summary.model import ReportRow, Section


def day_columns(entry: DailyEntry, sections: frozenset[Section]) -> dict:
    """The columns a report row takes from its day, as far as the chosen sections show them:
    notes only with the Notes section and only from days marked for the summary; wellbeing
    only with Wellbeing; the temperature only with Red flags (the one place the page shows it,
    as what triggered a flag)."""
    notes_shown = Section.NOTES in sections and entry.include_notes_in_summary
    return {
        "date": entry.date,
        "entry_id": entry.pk,
        "wellbeing": entry.wellbeing if Section.WELLBEING in sections else None,
        "temperature_c": entry.temperature_c if Section.FLAGS in sections else None,
        "notes": entry.notes if notes_shown else "",
        "updated_at": entry.updated_at,
    }


def report_shown(*, placed: Section, flagged: bool, sections: frozenset[Section]) -> bool:
    """Whether a report row goes to the CSV and FHIR: only if a chosen section shows it
    (`placed`: the section the page lists the report in)."""
    if Section.HEATMAP in sections or (flagged and Section.FLAGS in sections):
        return True
    return placed in sections


def day_rows(
    day: DayView, *, placement: Placement, sections: frozenset[Section]
) -> list[ReportRow]:
    """The day's report rows, or one row for the day itself when none is shown."""
    entry = day.entry
    by_symptom = {c.symptom.pk: c for c in day.concerns}
    objects = {r.symptom_id: r for r in reports_of(entry)}
    columns = day_columns(entry, sections)
    rows = []
    for view in day.reports:
        report = objects[view.symptom.pk]
        concern = by_symptom.get(view.symptom.pk)
        placed = placement.section(view.symptom, report.treatment_id)
        if not report_shown(placed=placed, flagged=concern is not None, sections=sections):
            continue
        flags_shown = concern is not None and Section.FLAGS in sections
        rows.append(
            ReportRow(
                **columns,
                symptom=view.symptom,
                severity=view.severity,
                sites=tuple(s.slug for s in view.sites),
                red_flag=flags_shown and concern.red_flag,
                alert=flags_shown and concern.alert,
                treatment=report.treatment if report.treatment_id else None,
            )
        )
    if not rows:
        rows.append(
            ReportRow(
                **columns,
                symptom=None,
                severity=None,
                sites=(),
                red_flag=False,
                alert=False,
                treatment=None,
            )
        )
    return rows
