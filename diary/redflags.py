"""Red flags and alerts: the rules that decide when a report needs attention.

* A **red flag** is a report on the source's list of serious symptoms that "may require
  immediate medical attention": the symptom's `red_flag_min_severity` is reached, or the day's
  temperature reaches the symptom's `red_flag_min_temperature_c` (high fever).
* An **alert** (the STAR trial's rule) is a report at severity 3 (severe) or more, or one that rose
  by 2 or more levels since the patient's previous report. Every check-in asks about every
  symptom, so a logged day is a report of each: a symptom missing from the previous logged day
  was reported there as none (0).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from diary.models import Severity, Symptom

ALERT_MIN_SEVERITY = Severity.SEVERE
ALERT_MIN_RISE = 2


@dataclass(frozen=True)
class DayRecord:
    """What one logged day said: severities by symptom id (only those above none)."""

    date: date
    severities: Mapping[int, int]
    temperature_c: Decimal | None = None


@dataclass(frozen=True)
class Concern:
    """A symptom on a day that raised a red flag, an alert, or both, and why."""

    symptom: Symptom
    severity: int
    red_flag: bool
    alert: bool
    reasons: tuple[str, ...]

    @property
    def severity_label(self) -> str:
        return Severity(self.severity).label


def format_temperature(celsius: Decimal) -> str:
    fahrenheit = celsius * Decimal("1.8") + 32
    return f"{celsius:.1f} °C ({fahrenheit:.1f} °F)"


def _red_flag_reasons(symptom: Symptom, severity: int, temperature_c: Decimal | None) -> list[str]:
    reasons = []
    label = symptom.red_flag_label or symptom.name.lower()
    threshold = symptom.red_flag_min_severity
    if threshold is not None and severity >= threshold:
        if threshold <= Severity.MILD:
            reasons.append(f"Any report of {label}")
        else:
            reasons.append(f"{label.capitalize()}: on the list of serious symptoms")
    limit = symptom.red_flag_min_temperature_c
    if limit is not None and temperature_c is not None and temperature_c >= limit:
        reasons.append(f"{label.capitalize()}: temperature {format_temperature(temperature_c)}")
    return reasons


def _alert_reasons(severity: int, previous: DayRecord | None, symptom_id: int) -> list[str]:
    reasons = []
    if severity >= ALERT_MIN_SEVERITY:
        reasons.append(f"Reached {Severity(severity).label.lower()}")
    if previous is not None:
        before = previous.severities.get(symptom_id, Severity.NONE)
        if severity - before >= ALERT_MIN_RISE:
            reasons.append(
                f"Up from {Severity(before).label.lower()} to {Severity(severity).label.lower()}"
                f" since {previous.date.day} {previous.date:%b %Y}"
            )
    return reasons


def assess_day(
    day: DayRecord, *, previous: DayRecord | None, symptoms: Mapping[int, Symptom]
) -> list[Concern]:
    """The concerns of one day, red flags first, then by severity (worst first)."""
    concerns = []
    candidate_ids = set(day.severities)
    if day.temperature_c is not None:
        candidate_ids |= {
            pk for pk, s in symptoms.items() if s.red_flag_min_temperature_c is not None
        }
    for symptom_id in candidate_ids:
        symptom = symptoms.get(symptom_id)
        if symptom is None:
            continue
        severity = day.severities.get(symptom_id, Severity.NONE)
        red = _red_flag_reasons(symptom, severity, day.temperature_c)
        alert = _alert_reasons(severity, previous, symptom_id) if severity else []
        if red or alert:
            concerns.append(
                Concern(
                    symptom=symptom,
                    severity=severity,
                    red_flag=bool(red),
                    alert=bool(alert),
                    reasons=tuple(red + alert),
                )
            )
    concerns.sort(key=lambda c: (not c.red_flag, -c.severity, c.symptom.order, c.symptom.slug))
    return concerns


def assess_days(
    days: Sequence[DayRecord],
    *,
    before: DayRecord | None,
    symptoms: Mapping[int, Symptom],
) -> dict[date, list[Concern]]:
    """Concerns for consecutive logged days given oldest first; `before` is the day before them."""
    result: dict[date, list[Concern]] = {}
    previous = before
    for day in days:
        result[day.date] = assess_day(day, previous=previous, symptoms=symptoms)
        previous = day
    return result
