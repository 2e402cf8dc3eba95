"""Since the last visit: what is new, worse, better or resolved, and what the care team saw.

The last visit is the patient's last appointment before today; the summary counts from it, or
from the start of the summary when there is none (or it is earlier).
"""

import functools
from collections.abc import Mapping
from datetime import date, timedelta

from django.db import connection
from django.utils import timezone

from diary.access import SelectedColumns, SelectedModel, column, rows_of_sql
from diary.models import Appointment, CareTeam, Patient, Question, Symptom, TriageItem
from diary.summary.model import Change, Period, SinceLastVisit

BASELINE_DAYS = 14  # the ratings before the visit that count as "before"

Ratings = dict[int, dict[date, int]]  # symptom id -> date -> severity (reported only)


@functools.cache
def _visit_sql() -> tuple[str, SelectedColumns]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    field = Appointment._meta.get_field
    columns = SelectedColumns([field("starts_at").get_col(Appointment._meta.db_table)])
    starts = column(Appointment, "starts_at")
    sql = (
        f"SELECT {columns.sql} FROM {column(Appointment)}"  # noqa: S608
        f" WHERE {column(Appointment, 'patient')} = %s AND {starts} < %s"
        f" ORDER BY {starts} DESC, {column(Appointment, 'id')} DESC LIMIT 1"
    )
    return sql, columns


def last_visit(patient: Patient) -> date | None:
    """The local date of the patient's last appointment before now (one query: the start of
    `patient.appointments.filter(starts_at__lt=timezone.now()).order_by("starts_at").last()`,
    read with SQL written once per process)."""
    sql, columns = _visit_sql()
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    found = columns.rows(sql, [patient.pk, now])
    return timezone.localtime(found[0][0], patient.zone).date() if found else None


@functools.cache
def _questions_sql() -> tuple[str, SelectedModel]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    part = SelectedModel(Question, Question._meta.db_table)
    sql = (
        f"SELECT {part.sql} FROM {column(Question)}"  # noqa: S608
        f" WHERE {column(Question, 'patient')} = %s"
        f" AND {column(Question, 'answered_at')} IS NULL"
        f" ORDER BY {column(Question, 'answered_at')} ASC,"
        f" {column(Question, 'asked_on')} ASC, {column(Question, 'id')} ASC"
    )
    return sql, part


def open_questions(patient: Patient) -> list[Question]:
    """Her questions not yet answered, as `list(patient.questions.filter(answered_at__isnull=
    True))` gives them (in the model's order, her patient cached), read with SQL written once
    per process."""
    sql, part = _questions_sql()
    owner = Question._meta.get_field("patient")
    questions = []
    for (question,) in rows_of_sql(sql, [patient.pk], [part]):
        owner.set_cached_value(question, patient)
        questions.append(question)
    return questions


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
    rows = acknowledgement_rows(patient, period)
    seen: dict[tuple[date, int], str] = {}
    for day, symptom_id, team, at in rows:
        key = (day, symptom_id)
        if at is not None and not seen.get(key, "").startswith("Acknowledged"):
            when = timezone.localtime(at, patient.zone)
            seen[key] = f"Acknowledged by {team}, {when:%-d %b %H:%M}"
        elif at is None:
            seen.setdefault(key, f"In {team}'s queue, not yet acknowledged")
    return seen


@functools.cache
def _acknowledgements_sql() -> tuple[str, SelectedColumns]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    item, team = TriageItem._meta.get_field, CareTeam._meta.get_field
    i, t = TriageItem._meta.db_table, CareTeam._meta.db_table
    columns = SelectedColumns(
        [
            item("date").get_col(i),
            item("symptom").get_col(i),
            team("name").get_col(t),
            item("acknowledged_at").get_col(i),
        ]
    )
    day = column(TriageItem, "date")
    sql = (
        f"SELECT {columns.sql} FROM {column(TriageItem)}"  # noqa: S608
        f" INNER JOIN {column(CareTeam)}"
        f" ON {column(TriageItem, 'team')} = {column(CareTeam, 'id')}"
        f" WHERE {column(TriageItem, 'patient')} = %s AND {day} >= %s AND {day} <= %s"
        f" AND NOT ({column(TriageItem, 'status')} = %s)"
        f" ORDER BY {column(TriageItem, 'acknowledged_at')} ASC, {column(TriageItem, 'id')} ASC"
    )
    return sql, columns


def acknowledgement_rows(patient: Patient, period: Period) -> list[tuple]:
    """(date, symptom id, team name, acknowledged at) of her queue items in the period that
    were not withdrawn, by acknowledgement and id: what `TriageItem.objects.filter(patient=
    patient, date__gte=period.start, date__lte=period.end).exclude(status=WITHDRAWN)
    .values_list("date", "symptom_id", "team__name", "acknowledged_at").order_by(
    "acknowledged_at", "pk")` gives, read with SQL written once per process."""
    sql, columns = _acknowledgements_sql()
    adapt = connection.ops.adapt_datefield_value
    params = [
        patient.pk,
        adapt(period.start),
        adapt(period.end),
        str(TriageItem.Status.WITHDRAWN),
    ]
    return columns.rows(sql, params)
