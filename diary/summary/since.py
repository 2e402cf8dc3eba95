"""Since the last visit: what is new, worse, better or resolved, and what the care team saw.

The last visit is the patient's last appointment before today; the summary counts from it, or
from the start of the summary when there is none (or it is earlier).
"""

from collections.abc import Mapping
from datetime import date, timedelta

from django.utils import timezone

from diary.models import Patient, Symptom, TriageItem
from diary.summary.model import Change, Period, SinceLastVisit

BASELINE_DAYS = 14  # the ratings before the visit that count as "before"

Ratings = dict[int, dict[date, int]]  # symptom id -> date -> severity (reported only)


def last_visit(patient: Patient) -> date | None:
    """The local date of the patient's last appointment before now (one query)."""
    last = patient.appointments.filter(starts_at__lt=timezone.now()).order_by("starts_at").last()
    return timezone.localtime(last.starts_at, patient.zone).date() if last else None


def since_date(period: Period, visit: date | None) -> tuple[date, bool]:
    """(the day to count from, whether it is the visit's day)."""
    if visit is not None and period.start <= visit <= period.end:
        return visit, True
    return period.start, False


def baseline_window(since: date) -> Period:
    return Period(since - timedelta(days=BASELINE_DAYS), since - timedelta(days=1))


def _latest(by_day: Mapping[date, int]) -> tuple[date, int]:
    day = max(by_day)
    return day, by_day[day]


def changes(
    *,
    since: date,
    from_appointment: bool,
    before: Ratings,
    after: Ratings,
    logged_after: bool,
    symptoms: Mapping[int, Symptom],
) -> SinceLastVisit:
    """Compare each symptom's latest rating before the visit (`before`: the 14 days before it)
    with its latest rating since (`after`, explicit "none" ratings included: a symptom rated
    moderate, then severe, then none is better, not worse). Not reported since: rated before,
    not rated at all since, with at least one day logged since."""
    new, worse, better, resolved = [], [], [], []
    for symptom_id in sorted(set(before) | set(after), key=lambda pk: symptoms[pk].order):
        symptom = symptoms[symptom_id]
        if symptom_id in after:
            day, now = _latest(after[symptom_id])
            if symptom_id not in before:
                if now:  # rated "none" since, and not before: nothing to tell
                    new.append(Change(symptom, None, now, day))
                continue
            _, was = _latest(before[symptom_id])
            if now > was:
                worse.append(Change(symptom, was, now, day))
            elif now < was:
                better.append(Change(symptom, was, now, day))
        elif logged_after:
            day, was = _latest(before[symptom_id])
            resolved.append(Change(symptom, was, None, day))
    return SinceLastVisit(since, from_appointment, new, worse, better, resolved)


def team_acknowledgements(patient: Patient, period: Period) -> dict[tuple[date, int], str]:
    """For each (day, symptom) in a connected care team's queue in the period, whether the
    team acknowledged it, in neutral words (one query)."""
    rows = (
        TriageItem.objects.filter(patient=patient, date__gte=period.start, date__lte=period.end)
        .exclude(status=TriageItem.Status.WITHDRAWN)
        .values_list("date", "symptom_id", "team__name", "acknowledged_at")
        .order_by("acknowledged_at", "pk")
    )
    seen: dict[tuple[date, int], str] = {}
    for day, symptom_id, team, at in rows:
        key = (day, symptom_id)
        if at is not None and not seen.get(key, "").startswith("Acknowledged"):
            when = timezone.localtime(at, patient.zone)
            seen[key] = f"Acknowledged by {team}, {when:%-d %b %H:%M}"
        elif at is None:
            seen.setdefault(key, f"In {team}'s queue, not yet acknowledged")
    return seen
