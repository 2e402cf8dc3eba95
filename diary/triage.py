"""The triage queue: a connected patient's red flags and alerts, for her care teams to act on.

* `sync_day` runs in the day's transaction (beside the alert outbox): one item per team,
  patient, day and symptom (held by a unique constraint), updated when the day is edited, and
  withdrawn when the concern leaves the day (back in the queue if it returns).
* A member acknowledges an open item, which takes it (assigned to them); the update is
  conditional on the item still being open, so a second, concurrent acknowledgement is refused.
* Closing records what was done, a note for the team only, and optionally a message the
  patient sees. The patient sees when her team saw her day, never the team's note.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from diary.catalog import Catalog
from diary.days import SavedDay, recent_reports
from diary.measures import lookback_days
from diary.models import (
    CareTeam,
    DailyEntry,
    Patient,
    RedFlagAnswer,
    TeamConnection,
    TriageItem,
    User,
)
from diary.redflags import Concern, Rating

OPEN_STATES = (TriageItem.Status.OPEN, TriageItem.Status.ACKNOWLEDGED)


class TriageError(Exception):
    """A request the rules refuse, with a message for the clinician."""


def working_deadline(start: datetime, *, minutes: int, team: CareTeam) -> datetime:
    """`minutes` of the team's working time after `start` (in the team's time zone).

    A report that arrives at night waits until the working day starts; a team without
    working days counts plain clock time.
    """
    zone = ZoneInfo(team.time_zone)
    days = team.weekdays
    remaining = timedelta(minutes=minutes)
    if not days:
        return start + remaining
    cursor = start.astimezone(zone)
    for _ in range(400):
        day = cursor.date()
        if day.weekday() in days:
            opens = datetime.combine(day, team.work_start, tzinfo=zone)
            closes = datetime.combine(day, team.work_end, tzinfo=zone)
            begin = max(cursor, opens)
            if begin < closes:
                if remaining <= closes - begin:
                    return (begin + remaining).astimezone(ZoneInfo("UTC"))
                remaining -= closes - begin
        cursor = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start + timedelta(minutes=minutes)


def _previous_ratings(entry: DailyEntry) -> dict[int, Rating]:
    """Each symptom's last rating in the lookback window before this day (the alert rule's)."""
    return recent_reports(entry.patient, before=entry.date, days=lookback_days(entry.recall_days))


def _item_fields(concern: Concern, previous: dict[int, Rating]) -> dict:
    rating = previous.get(concern.symptom.pk)
    return {
        "kind": TriageItem.Kind.RED_FLAG if concern.red_flag else TriageItem.Kind.ALERT,
        "severity": concern.severity,
        "previous_severity": rating.severity if rating else None,
        "previous_date": rating.date if rating else None,
        "reasons": "; ".join(concern.reasons)[:300],
    }


def _save_item(item: TriageItem, entry: DailyEntry, fields: dict, *, now: datetime) -> bool:
    """Create, update or reopen one item. True if it (re)entered the open queue."""
    fresh = item.pk is None or item.status == TriageItem.Status.WITHDRAWN
    if fresh:  # waiting starts now, and nobody has it yet
        item.status = TriageItem.Status.OPEN
        item.raised_at = now
        item.due_at = working_deadline(now, minutes=item.team.window_minutes, team=item.team)
        item.escalated_at = item.acknowledged_at = item.assigned_to = None
    for name, value in fields.items():
        setattr(item, name, value)
    item.entry = entry
    item.date = entry.date
    item.save()
    return fresh


def sync_day(
    entry: DailyEntry,
    *,
    catalog: Catalog | None = None,
    saved: SavedDay | None = None,
    team_ids: Sequence[int] | None = None,
    open_items: bool | None = None,
) -> int:
    """Bring the queue items of this day in line with its concerns, for every connected team.
    Call inside the day's transaction. Returns how many items were created or reopened.
    `saved`: the day's view shared with the other readers of the same save; `team_ids`: her
    connected teams' ids in the order they connected, when the caller read them
    (`diary.checkin.alert_readers`; the teams themselves are then read only for new items);
    `open_items=False`: the day is known to have no open item (read with it, under the
    patient's lock), so a day without a concern has nothing to withdraw."""
    teams: dict[int, CareTeam] | None = None
    if team_ids is None:
        # With their teams (a red-flag day makes items, which need the team's working hours).
        teams = {
            connection.team_id: connection.team
            for connection in TeamConnection.objects.active()
            .filter(patient_id=entry.patient_id)
            .select_related("team")
        }
        team_ids = list(teams)
    if not team_ids:
        return 0
    view = (saved or SavedDay(entry, catalog=catalog)).view()
    concerns = {c.symptom.pk: c for c in (view.concerns if view else [])}
    if not concerns and open_items is False:  # most days: nothing to bring in line
        return 0
    items = TriageItem.objects.filter(patient_id=entry.patient_id, team_id__in=team_ids).filter(
        Q(entry=entry) | Q(date=entry.date)
    )
    now = timezone.now()
    if not concerns:  # whatever the day had open leaves the queues, in one query
        items.filter(status__in=OPEN_STATES).update(
            status=TriageItem.Status.WITHDRAWN, updated_at=now
        )
        return 0
    previous = saved.previous_ratings(concerns) if saved is not None else None
    if previous is None:
        previous = _previous_ratings(entry)
    existing = {
        (item.team_id, item.date, item.symptom_id): item for item in items.select_related("team")
    }

    def team(team_id: int) -> CareTeam:  # read only for a new item
        nonlocal teams
        if teams is None:
            teams = CareTeam.objects.in_bulk(team_ids)
        return teams[team_id]

    added = 0
    for team_id in team_ids:
        for symptom_id, concern in concerns.items():
            item = existing.pop((team_id, entry.date, symptom_id), None) or TriageItem(
                team=team(team_id), patient_id=entry.patient_id, symptom_id=symptom_id
            )
            added += _save_item(item, entry, _item_fields(concern, previous), now=now)
    # What is left no longer holds a concern (or the day moved to another date).
    leftover = [item.pk for item in existing.values() if item.status in OPEN_STATES]
    if leftover:
        TriageItem.objects.filter(pk__in=leftover).update(
            status=TriageItem.Status.WITHDRAWN, updated_at=now
        )
    return added


def withdraw_day(*, patient, day) -> int:
    """The day was deleted: its open items leave every team's queue (restoring it syncs again)."""
    return TriageItem.objects.filter(patient=patient, date=day, status__in=OPEN_STATES).update(
        status=TriageItem.Status.WITHDRAWN, updated_at=timezone.now()
    )


def queue(
    team: CareTeam, *, status: str = "open", red_flags_only: bool = False, mine: User | None = None
) -> QuerySet[TriageItem]:
    """The team's items, most urgent first: red flags before alerts, then longest waiting."""
    items = TriageItem.objects.filter(team=team).exclude(status=TriageItem.Status.WITHDRAWN)
    if status == "open":
        items = items.filter(status=TriageItem.Status.OPEN)
    elif status == "acknowledged":
        items = items.filter(status=TriageItem.Status.ACKNOWLEDGED)
    elif status == "closed":
        items = items.filter(status=TriageItem.Status.CLOSED)
    if red_flags_only:
        items = items.filter(kind=TriageItem.Kind.RED_FLAG)
    if mine is not None:
        items = items.filter(assigned_to=mine)
    return items.select_related("patient__user", "symptom", "assigned_to", "entry").order_by(
        "kind", "raised_at", "pk"
    )


def acknowledge(*, item: TriageItem, by: User) -> None:
    """Take an open item. Refused if someone else acknowledged it first (even a moment ago)."""
    now = timezone.now()
    taken = TriageItem.objects.filter(pk=item.pk, status=TriageItem.Status.OPEN).update(
        status=TriageItem.Status.ACKNOWLEDGED, assigned_to=by, acknowledged_at=now, updated_at=now
    )
    if not taken:
        item.refresh_from_db()
        who = item.assigned_to if item.assigned_to_id else "someone else"
        raise TriageError(f"This item was already acknowledged by {who}.")
    item.refresh_from_db()


@dataclass(frozen=True)
class Outcome:
    action: str
    team_note: str = ""
    patient_message: str = ""


def close(*, item: TriageItem, by: User, outcome: Outcome) -> None:
    """Record what was done and close an acknowledged item (once)."""
    now = timezone.now()
    with transaction.atomic():
        closed = TriageItem.objects.filter(
            pk=item.pk, status=TriageItem.Status.ACKNOWLEDGED
        ).update(
            status=TriageItem.Status.CLOSED,
            action=outcome.action,
            team_note=outcome.team_note,
            patient_message=outcome.patient_message,
            closed_at=now,
            closed_by=by,
            updated_at=now,
        )
    if not closed:
        raise TriageError("Only an acknowledged item can be closed, and only once.")
    item.refresh_from_db()


@dataclass(frozen=True)
class TeamSaw:
    """What the patient sees of her team's work on a day: when, and any message for her."""

    team_name: str
    at: datetime
    messages: tuple[str, ...]


def seen_by_team(patient: Patient, dates: Sequence[date]) -> dict[date, TeamSaw]:
    """For each of these days, the first time a care team acknowledged one of its items (one
    query). Never the team's own note."""
    if not dates:
        return {}
    rows = (
        TriageItem.objects.filter(
            patient=patient, date__in=list(dates), acknowledged_at__isnull=False
        )
        .exclude(status=TriageItem.Status.WITHDRAWN)
        .values_list("date", "team__name", "acknowledged_at", "patient_message")
        .order_by("date", "acknowledged_at")
    )
    result: dict[date, TeamSaw] = {}
    for day, team_name, at, message in rows:
        seen = result.get(day)
        if seen is None:
            seen = TeamSaw(team_name=team_name, at=at, messages=())
        if message:
            seen = TeamSaw(seen.team_name, seen.at, (*seen.messages, message))
        result[day] = seen
    return result


def in_queue_text(entry: DailyEntry, *, whose: str) -> str:
    """What the patient's red-flag panel says when a connected team has the day in its queue
    (one query); empty when no team has it."""
    rows = list(
        TriageItem.objects.filter(entry=entry)
        .exclude(status=TriageItem.Status.WITHDRAWN)
        .values_list("team__name", "acknowledged_at")
        .order_by("acknowledged_at")
    )
    if not rows:
        return ""
    names = ", ".join(sorted({name for name, _ in rows}))
    seen = [at for _, at in rows if at is not None]
    if seen:
        when = timezone.localtime(seen[0], entry.patient.zone)
        return f"{whose[0].upper()}{whose[1:]} care team ({names}) saw this day at {when:%H:%M}."
    return (
        f"This day is in the triage queue of {whose} care team ({names}), but nobody there has "
        "seen it yet: if you are worried, call."
    )


def patient_answers(items: Sequence[TriageItem]) -> dict[int, str]:
    """The patient's own answers to these items' red flags ("Contacted the care team", "The
    care team already knows"), with when she gave them, by item id (one query)."""
    items = list(items)
    if not items:
        return {}
    wanted = {(i.patient_id, i.date, i.symptom_id): i.pk for i in items}
    rows = RedFlagAnswer.objects.filter(
        patient_id__in={i.patient_id for i in items},
        date__in={i.date for i in items},
        symptom_id__in={i.symptom_id for i in items},
    ).order_by("answered_at", "pk")
    said: dict[int, list[str]] = {}
    for answer in rows:
        pk = wanted.get((answer.patient_id, answer.date, answer.symptom_id))
        if pk is not None:
            when = timezone.localtime(answer.answered_at)
            said.setdefault(pk, []).append(f"{answer.get_answer_display()} ({when:%d %b, %H:%M})")
    return {pk: "; ".join(texts) for pk, texts in said.items()}
