"""The summary as CSV: one row per report, or per logged day without reports.

Rendered from `Summary.rows` alone (no queries). Every cell is made safe for spreadsheets: a
cell that starts with a character a spreadsheet may read as a formula gets a leading quote.
"""

import csv
import io

from diary.summary import ReportRow, Summary

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
)

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


def _cells(row: ReportRow) -> tuple[object, ...]:
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
    )


def summary_csv(summary: Summary) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in summary.rows:
        writer.writerow([neutralise(cell) for cell in _cells(row)])
    return buffer.getvalue()
