"""The team's patient list and its alert-burden and response figures.

Both cost a fixed number of queries however many patients a team follows: per-patient values
come from correlated subqueries and grouped aggregates over one page of patients, never from a
query per patient.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from diary.models import CareTeam, DailyEntry, DoseLog, TeamConnection, TriageItem

NOT_LOGGED_DAYS = 7
ADHERENCE_DAYS = 7


def team_today(team: CareTeam) -> date:
    return timezone.localdate(timezone=ZoneInfo(team.time_zone))


@dataclass(frozen=True)
class PatientRow:
    connection: TeamConnection
    last_logged: date | None
    days_since: int | None
    open_items: int
    doses_taken: int
    doses_recorded: int

    @property
    def patient(self):
        return self.connection.patient

    @property
    def not_logged_lately(self) -> bool:
        return self.days_since is None or self.days_since >= NOT_LOGGED_DAYS


def connected_patients(team: CareTeam):
    """Active connections with the last logged day and open items of each patient, those who
    have gone longest without logging first."""
    last = (
        DailyEntry.objects.filter(patient=OuterRef("patient")).order_by("-date").values("date")[:1]
    )
    open_items = (
        TriageItem.objects.filter(
            team=team, patient=OuterRef("patient"), status=TriageItem.Status.OPEN
        )
        .order_by()
        .values("patient")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        TeamConnection.objects.active()
        .filter(team=team)
        .select_related("patient__user")
        .annotate(
            last_logged=Subquery(last),
            open_items=Coalesce(Subquery(open_items, output_field=IntegerField()), Value(0)),
        )
        .order_by("last_logged", "patient__user__name", "pk")
    )


def patient_rows(team: CareTeam, connections) -> list[PatientRow]:
    """Rows for one page of `connected_patients` (one more query, for the doses)."""
    connections = list(connections)
    today = team_today(team)
    start = today - timedelta(days=ADHERENCE_DAYS - 1)
    doses = (
        DoseLog.objects.filter(
            entry__patient_id__in=[c.patient_id for c in connections],
            entry__date__gte=start,
            entry__date__lte=today,
        )
        .values("entry__patient_id")
        .annotate(
            recorded=Count("pk"),
            taken=Count("pk", filter=Q(status=DoseLog.Status.TAKEN)),
        )
    )
    by_patient = {row["entry__patient_id"]: row for row in doses}
    rows = []
    for connection in connections:
        dose = by_patient.get(connection.patient_id, {})
        last = connection.last_logged
        rows.append(
            PatientRow(
                connection=connection,
                last_logged=last,
                days_since=(today - last).days if last else None,
                open_items=connection.open_items,
                doses_taken=dose.get("taken", 0),
                doses_recorded=dose.get("recorded", 0),
            )
        )
    return rows


@dataclass(frozen=True)
class Burden:
    days: int
    items: int
    acknowledged: int
    median_minutes: float | None
    share_within_24h: float | None
    patient_weeks: float

    @property
    def median_label(self) -> str:
        """The median wait in hours and minutes ("2 h 05 min"), or a dash."""
        if self.median_minutes is None:
            return "\u2013"  # an en dash
        hours, minutes = divmod(round(self.median_minutes), 60)
        return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"

    @property
    def per_patient_week(self) -> float | None:
        return self.items / self.patient_weeks if self.patient_weeks else None


def _patient_weeks(team: CareTeam, start: datetime, end: datetime) -> float:
    """Connected time in the period, summed over patients, in weeks (one query)."""
    span = ExpressionWrapper(
        Least(Coalesce("disconnected_at", Value(end)), Value(end))
        - Greatest("created_at", Value(start)),
        output_field=DurationField(),
    )
    total = (
        TeamConnection.objects.filter(team=team, created_at__lt=end)
        .filter(Q(disconnected_at__isnull=True) | Q(disconnected_at__gt=start))
        .aggregate(total=Sum(span))["total"]
    )
    return (total or timedelta()) / timedelta(weeks=1)


def _median_wait(items) -> timedelta | None:
    """The median of acknowledged_at - raised_at, read from the database (two rows at most)."""
    acknowledged = items.filter(acknowledged_at__isnull=False)
    count = acknowledged.count()
    if not count:
        return None
    middle = list(
        acknowledged.annotate(wait=F("acknowledged_at") - F("raised_at"))
        .order_by("wait")
        .values_list("wait", flat=True)[(count - 1) // 2 : count // 2 + 1]
    )
    return sum(middle, timedelta()) / len(middle)


def burden(team: CareTeam, *, days: int, now: datetime | None = None) -> Burden:
    """Items raised in the last `days` days (withdrawn ones aside): how fast they were
    acknowledged, and how many there were per patient-week of connection (four queries)."""
    end = now or timezone.now()
    start = end - timedelta(days=days)
    items = TriageItem.objects.filter(team=team, raised_at__gte=start, raised_at__lt=end).exclude(
        status=TriageItem.Status.WITHDRAWN
    )
    acknowledged = Q(acknowledged_at__isnull=False)
    counts = items.aggregate(
        items=Count("pk"),
        acknowledged=Count("pk", filter=acknowledged),
        within=Count(
            "pk", filter=acknowledged & Q(acknowledged_at__lte=F("raised_at") + timedelta(hours=24))
        ),
    )
    median = _median_wait(items)
    return Burden(
        days=days,
        items=counts["items"],
        acknowledged=counts["acknowledged"],
        median_minutes=median.total_seconds() / 60 if median is not None else None,
        share_within_24h=counts["within"] / counts["items"] if counts["items"] else None,
        patient_weeks=_patient_weeks(team, start, end),
    )
