"""The summary as CSV: one row per report, or per logged day without reports, then (with the
"Top concerns" section) one row per concern she picked, ranked, with kind "top_concern".

Rendered from `Summary.rows` and the days' measures (`Summary.day_measures`: from the days the
summary read, no query, unless passed in). A weekly check-in's rows say so: recall_days 7, and
up and about in the weekly words (`up_and_about_label`). A concern row's date is the day the
summary was made (her concerns are those she holds now, not a day's report); her note goes on
the first concern row, or on a row of its own when she picked no symptom. Every cell is made
safe for spreadsheets: a cell that starts with a character a spreadsheet may read as a formula
gets a leading quote.
"""

import csv
import io

from django.utils import timezone

from diary.measures import DayMeasures, up_and_about_label
from diary.summary import ReportRow, Section, Summary

HEADER = (
    "date",
    "symptom_slug",
    "symptom_name",
    "kind",
    "sites",
    "severity",
    "severity_label",
    "red_flag",
    "alert",
    "treatment",
    "wellbeing",
    "temperature_c",
    "notes",
    "recall_days",
    "pain_score",
    "pain_medicine_doses",
    "up_and_about",
    "weight_kg",
    "interference",
    "up_and_about_label",
    "top_concern_rank",
)
TOP_CONCERN_KIND = "top_concern"

# Spreadsheets may run a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise(value: object) -> str:
    """The cell as text, without NUL characters, quoted with ' if it could start a formula."""
    text = "" if value is None else str(value)
    risky = text.startswith(FORMULA_STARTS)
    text = text.replace("\0", "")
    if risky or text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _blank(value: object) -> object:
    return "" if value is None else value


def _cells(row: ReportRow, measures: DayMeasures) -> tuple[object, ...]:
    symptom = row.symptom
    return (
        row.date.isoformat(),
        symptom.slug if symptom else "",
        symptom.name if symptom else "",
        symptom.kind if symptom else "",
        " ".join(row.sites),
        row.severity if row.severity is not None else "",
        symptom.answer_label(row.severity) if symptom and row.severity is not None else "",
        _yes_no(row.red_flag),
        _yes_no(row.alert),
        row.treatment.name if row.treatment else "",
        row.wellbeing if row.wellbeing is not None else "",
        row.temperature_c if row.temperature_c is not None else "",
        row.notes,
        measures.recall_days,
        _blank(measures.pain_score),
        _blank(measures.pain_medicine_doses),
        _blank(measures.up_and_about),
        _blank(measures.weight_kg),
        _blank(measures.interference.get(symptom.pk) if symptom else None),
        up_and_about_label(measures.up_and_about, measures.recall_days),
        "",
    )


def concern_rows(summary: Summary) -> list[tuple[object, ...]]:
    """Her top concerns, ranked, as rows of their own; none without the section."""
    concerns = summary.concerns
    if Section.CONCERNS not in summary.sections or not concerns:
        return []
    made = timezone.localtime(summary.generated_at, summary.patient.zone).date().isoformat()
    blank = dict.fromkeys(HEADER, "")
    picked = list(enumerate(concerns.symptoms, start=1)) or [(None, None)]
    rows = []
    for rank, symptom in picked:
        cells = {
            **blank,
            "date": made,
            "kind": TOP_CONCERN_KIND,
            "top_concern_rank": rank if rank is not None else "",
            "notes": concerns.note if rank in (1, None) else "",
        }
        if symptom is not None:
            cells.update(symptom_slug=symptom.slug, symptom_name=symptom.name)
        rows.append(tuple(cells[name] for name in HEADER))
    return rows


def summary_csv(summary: Summary, measures: dict[int, DayMeasures] | None = None) -> str:
    """`measures`: by entry id, as diary.measures.summary_measures gives (the summary's own if
    left out)."""
    measures = summary.day_measures() if measures is None else measures
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in summary.rows:
        day = measures.get(row.entry_id) or DayMeasures()
        writer.writerow([neutralise(cell) for cell in _cells(row, day)])
    for cells in concern_rows(summary):
        writer.writerow([neutralise(cell) for cell in cells])
    return buffer.getvalue()
