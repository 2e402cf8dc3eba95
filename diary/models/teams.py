"""Care teams: clinicians working together, the diaries connected to them by the patient's
choice, and the triage queue of red flags and alerts they act on."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from diary.models.catalog import Symptom
from diary.models.entries import DailyEntry
from diary.models.people import Patient, time_zone_choices

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class CareTeam(models.Model):
    """A clinic, or a team within one. Its working hours decide when an item escalates."""

    name = models.CharField(max_length=100)
    connection_code = models.CharField(
        max_length=16, unique=True, help_text="Patients enter it to connect their diary."
    )
    time_zone = models.CharField(max_length=64, default="Europe/London", choices=time_zone_choices)
    escalation_email = models.EmailField(
        "escalation address",
        blank=True,
        help_text="Told once when an item waits longer than the window. Empty: nobody.",
    )
    window_minutes = models.PositiveIntegerField(
        "acknowledge within (minutes of working time)", default=120
    )
    work_start = models.TimeField("working day starts", default=datetime.time(8, 0))
    work_end = models.TimeField("working day ends", default=datetime.time(18, 0))
    work_days = models.CharField(
        max_length=7, default="01234", help_text="Working weekdays, Monday 0 to Sunday 6."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(work_end__gt=models.F("work_start")), name="team_work_hours_order"
            ),
            models.CheckConstraint(
                condition=Q(window_minutes__gte=5, window_minutes__lte=10080),
                name="team_window_5_minutes_to_a_week",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def weekdays(self) -> frozenset[int]:
        return frozenset(int(c) for c in self.work_days if c.isdigit() and int(c) < 7)

    @property
    def working_days_label(self) -> str:
        return ", ".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays)) or "none"


class MemberRole(models.TextChoices):
    NURSE = "nurse", "Nurse"
    DOCTOR = "doctor", "Doctor"
    ADMIN = "admin", "Team administrator"


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(removed_at__isnull=True)


class TeamMember(models.Model):
    """A clinician's place in a team, until an administrator removes them."""

    team = models.ForeignKey(CareTeam, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships"
    )
    role = models.CharField(max_length=10, choices=MemberRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    removed_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["team", "user"],
                condition=Q(removed_at__isnull=True),
                name="one_active_membership",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["nurse", "doctor", "admin"]), name="member_role_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.team} ({self.role})"

    @property
    def is_admin(self) -> bool:
        return self.role == MemberRole.ADMIN


class TeamInvitation(models.Model):
    """An emailed invitation from a team: to join it (a clinician) or to connect a diary to it
    (a patient). Works once, for 7 days; the database keeps only the link's hash."""

    class Kind(models.TextChoices):
        MEMBER = "member", "Join the team"
        PATIENT = "patient", "Connect a diary"

    team = models.ForeignKey(CareTeam, on_delete=models.CASCADE, related_name="invitations")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=MemberRole.choices, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.email}"

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.withdrawn_at is None
            and self.expires_at > timezone.now()
        )


class ConnectionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(disconnected_at__isnull=True)


class TeamConnection(models.Model):
    """A patient's diary connected to a team, by her choice, until she disconnects it."""

    team = models.ForeignKey(CareTeam, on_delete=models.CASCADE, related_name="connections")
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="team_connections")
    share_notes = models.BooleanField("let the team read my notes", default=False)
    created_at = models.DateTimeField(default=timezone.now)
    disconnected_at = models.DateTimeField(null=True, blank=True)

    objects = ConnectionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["team", "patient"],
                condition=Q(disconnected_at__isnull=True),
                name="one_active_connection",
            )
        ]
        indexes = [models.Index(fields=["team", "disconnected_at"], name="connection_team_idx")]

    def __str__(self) -> str:
        return f"{self.patient} → {self.team}"


class TriageItem(models.Model):
    """One red flag or alert of one patient's day and symptom, in one team's queue.

    Written in the day's transaction; updated when the day is edited; withdrawn when the concern
    leaves the day. A member acknowledges it (taking it), records what was done, and closes it.
    """

    class Kind(models.IntegerChoices):  # the order is the queue's order
        RED_FLAG = 1, "Red flag"
        ALERT = 2, "Alert"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        CLOSED = "closed", "Closed"
        WITHDRAWN = "withdrawn", "No longer in the day"

    class Action(models.TextChoices):
        CALLED = "called", "Called the patient"
        EMERGENCY = "emergency", "Advised emergency care"
        VISIT_FORWARD = "visit_forward", "Brought the visit forward"
        ADVICE = "advice", "Advice given"
        NONE = "none", "No action needed"

    team = models.ForeignKey(CareTeam, on_delete=models.CASCADE, related_name="items")
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="triage_items")
    entry = models.ForeignKey(
        DailyEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="triage_items"
    )
    date = models.DateField()
    symptom = models.ForeignKey(Symptom, on_delete=models.PROTECT, related_name="+")
    kind = models.PositiveSmallIntegerField(choices=Kind.choices)
    severity = models.PositiveSmallIntegerField()
    previous_severity = models.PositiveSmallIntegerField(null=True, blank=True)
    previous_date = models.DateField(null=True, blank=True)
    reasons = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    raised_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField(help_text="Escalated if still open at this time.")
    updated_at = models.DateTimeField(auto_now=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    action = models.CharField(max_length=20, choices=Action.choices, blank=True)
    team_note = models.TextField(blank=True, max_length=2000)
    patient_message = models.TextField(blank=True, max_length=1000)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    escalated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["kind", "raised_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["team", "patient", "date", "symptom"], name="one_item_per_day_symptom"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["open", "acknowledged", "closed", "withdrawn"]),
                name="item_status_known",
            ),
        ]
        indexes = [
            models.Index(fields=["team", "status", "kind", "raised_at"], name="item_queue_idx"),
            models.Index(fields=["team", "raised_at"], name="item_team_raised_idx"),
            models.Index(fields=["status", "due_at"], name="item_due_idx"),
            models.Index(fields=["patient", "date"], name="item_patient_date_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.symptom} {self.date:%Y-%m-%d}"

    @property
    def severity_label(self) -> str:
        return self.symptom.answer_label(self.severity)

    @property
    def weekly(self) -> bool:
        """The day is a weekly check-in, about the 7 days up to it (select_related("entry"))."""
        return self.entry_id is not None and self.entry.recall_days >= 7

    @property
    def change(self) -> str:
        """What changed since her previous rating of the symptom, in plain words."""
        if self.previous_date is None or self.previous_severity is None:
            from diary.measures import lookback_days  # diary.measures imports the models

            days = lookback_days(7 if self.weekly else 1)
            return f"not rated in the {days} days before"
        before = self.symptom.answer_label(self.previous_severity).lower()
        now = self.severity_label.lower()
        since = f"{self.previous_date.day} {self.previous_date:%b}"
        if before == now:
            return f"unchanged since {since} ({now})"
        return f"{before} on {since}, {now} {'in the last 7 days' if self.weekly else 'now'}"
