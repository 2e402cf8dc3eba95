"""A day's edit history, from django-simple-history's records, as people read it."""

from dataclasses import dataclass
from datetime import datetime

from diary.catalog import Catalog
from diary.measures import up_and_about_label
from diary.models import DailyEntry, SymptomReport, User

FIELD_LABELS = {
    "date": "date",
    "wellbeing": "wellbeing",
    "temperature_c": "temperature (°C)",
    "notes": "notes",
    "include_notes_in_summary": "notes in summary",
    "recall_days": "check-in",
    "pain_score": "worst pain (0-10)",
    "pain_medicine_doses": "as-needed pain medicine doses",
    "up_and_about": "up and about",
    "weight_kg": "weight (kg)",
}


def _shown(field: str, value, recall_days: int = 1) -> str:
    if value is None or value == "":
        return "nothing"
    if field == "include_notes_in_summary":
        return "yes" if value else "no"
    if field == "recall_days":
        return "weekly (the last 7 days)" if value >= 7 else "daily"
    if field == "up_and_about":
        return up_and_about_label(value, recall_days).lower()
    if field == "notes":
        text = " ".join(str(value).split())
        return f"“{text[:80]}…”" if len(text) > 80 else f"“{text}”"
    return str(value)


def _changed(field: str, old, new, *, recall: tuple[int, int] = (1, 1)) -> str:
    """'Changed wellbeing from 3 to 5': the values before and after, as people read them
    (`recall`: the check-in's rhythm before and after, for the words of up and about)."""
    before, after = _shown(field, old, recall[0]), _shown(field, new, recall[1])
    return f"Changed {FIELD_LABELS[field]} from {before} to {after}"


def _answer(symptom, value: int) -> str:
    return (symptom.answer_label(value) if symptom else str(value)).lower()


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
            recall = (previous.recall_days, record.recall_days)
            what = [_changed(c.field, c.old, c.new, recall=recall) for c in delta.changes]
        if what:
            changes.append(Change(record.history_date, record.history_user, what))
        previous = record
    reports = SymptomReport.history.filter(entry_id=entry.pk).select_related("history_user")
    last_severity: dict[int, int] = {}
    for record in reports.order_by("history_date"):
        symptom = catalog.by_id.get(record.symptom_id)
        name = symptom.name if symptom else "?"

        severity = _answer(symptom, record.severity)
        before = last_severity.get(record.symptom_id)
        if record.history_type == "-":
            text = f"Removed {name}" + (
                f" (was {_answer(symptom, before)})" if before is not None else ""
            )
        elif record.history_type == "~" and before is not None and before != record.severity:
            text = f"Changed {name} from {_answer(symptom, before)} to {severity}"
        else:
            text = f"{'Added' if record.history_type == '+' else 'Set'} {name}: {severity}"
        last_severity[record.symptom_id] = record.severity
        changes.append(Change(record.history_date, record.history_user, [text]))
    changes.sort(key=lambda c: c.when, reverse=True)
    return changes
