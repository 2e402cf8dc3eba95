"""Red flags and alerts: the rules that decide when a report needs attention.

* A **red flag** is a report on the source's list of serious symptoms that "may require
  immediate medical attention": the symptom's `red_flag_min_severity` is reached, or the day's
  temperature reaches the symptom's `red_flag_min_temperature_c` (high fever).
* An **alert** (the STAR trial's rule) is a report at severity 3 (severe) or more, or one that rose
  by 2 or more levels since the last time the patient rated that symptom, within the 14 days
  before. "Not rated" is not "none": a day that left a symptom untouched says nothing about it,
  so the rise is measured from her last actual rating ("None" counts: it is stored at 0), and a
  symptom with no rating in those 14 days has no rise. One-off events asked yes or no (a
  seizure) are red flags, never graded alerts.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from diary.models import Severity, Symptom

# Asked right after back or neck pain: the warning signs of spinal cord compression (NICE NG234).
FOLLOW_UPS: Mapping[str, tuple[str, ...]] = {
    "back-pain": ("leg-weakness", "bladder-bowel-control"),
}

ALERT_MIN_SEVERITY = Severity.SEVERE
ALERT_MIN_RISE = 2
RISE_LOOKBACK_DAYS = 14


@dataclass(frozen=True)
class DayRecord:
    """What one logged day said: severities by symptom id of the symptoms she rated (0: none)."""

    date: date
    severities: Mapping[int, int]
    temperature_c: Decimal | None = None


@dataclass(frozen=True)
class Rating:
    """The last time a symptom was rated before a day."""

    date: date
    severity: int

    @property
    def severity_label(self) -> str:
        return Severity(self.severity).label


def last_ratings(
    history: Sequence[DayRecord], *, before: date, days: int = RISE_LOOKBACK_DAYS
) -> dict[int, Rating]:
    """Each symptom's latest rating in the `days` days before `before` (history oldest first)."""
    ratings: dict[int, Rating] = {}
    start = before - timedelta(days=days)
    for record in history:
        if start <= record.date < before:
            for symptom_id, severity in record.severities.items():
                ratings[symptom_id] = Rating(record.date, severity)
    return ratings


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


def _alert_reasons(severity: int, last: Rating | None) -> list[str]:
    reasons = []
    if severity >= ALERT_MIN_SEVERITY:
        reasons.append(f"Reached {Severity(severity).label.lower()}")
    if last is not None and severity - last.severity >= ALERT_MIN_RISE:
        reasons.append(
            f"Up from {Severity(last.severity).label.lower()} to "
            f"{Severity(severity).label.lower()} since {last.date.day} {last.date:%b %Y}"
        )
    return reasons


def assess_day(
    day: DayRecord, *, previous: Mapping[int, Rating], symptoms: Mapping[int, Symptom]
) -> list[Concern]:
    """The concerns of one day, red flags first, then by severity (worst first).

    `previous`: each symptom's last rating in the 14 days before the day (see last_ratings).
    """
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
        graded = severity and not symptom.is_yes_no
        alert = _alert_reasons(severity, previous.get(symptom_id)) if graded else []
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
    days: Sequence[DayRecord], *, symptoms: Mapping[int, Symptom]
) -> dict[date, list[Concern]]:
    """Concerns of every day of `days`, the patient's logged days oldest first."""
    return {
        day.date: assess_day(
            day, previous=last_ratings(days[:i], before=day.date), symptoms=symptoms
        )
        for i, day in enumerate(days)
    }
