"""A day's edit history, from django-simple-history's records, as people read it."""

from dataclasses import dataclass
from datetime import datetime

from diary.catalog import Catalog
from diary.models import DailyEntry, SymptomReport, User

FIELD_LABELS = {
    "date": "date",
    "wellbeing": "wellbeing",
    "temperature_c": "temperature (°C)",
    "notes": "notes",
    "include_notes_in_summary": "notes in summary",
}


@dataclass(frozen=True)
class Change:
    when: datetime
    who: User | None
    what: list[str]


def edit_history(entry: DailyEntry, *, catalog: Catalog) -> list[Change]:
    """Newest first: each saved version of the day and each report added, changed or removed."""
    changes: list[Change] = []
    records = list(entry.history.select_related("history_user").order_by("history_date"))
    previous = None
    for record in records:
        if previous is None:
            what = ["Logged the day"]
        else:
            delta = record.diff_against(previous, included_fields=list(FIELD_LABELS))
            what = [f"Changed {FIELD_LABELS[c.field]}" for c in delta.changes]
        if what:
            changes.append(Change(record.history_date, record.history_user, what))
        previous = record
    reports = SymptomReport.history.filter(entry_id=entry.pk).select_related("history_user")
    for record in reports.order_by("history_date"):
        symptom = catalog.by_id.get(record.symptom_id)
        name = symptom.name if symptom else "?"
        severity = (
            symptom.answer_label(record.severity) if symptom else str(record.severity)
        ).lower()
        verb = {"+": "Added", "~": "Set", "-": "Removed"}[record.history_type]
        text = f"{verb} {name}" + ("" if record.history_type == "-" else f": {severity}")
        changes.append(Change(record.history_date, record.history_user, [text]))
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes
