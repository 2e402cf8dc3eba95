"""Who else may see a diary: caregivers, invitations, share links, care-team contacts, and the
append-only record of every door opened."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from diary.models.entries import DailyEntry
from diary.models.people import Patient

TOKEN_BYTES = 32  # 256 bits of randomness


def new_token() -> tuple[str, str]:
    """A fresh secret for a link, and the hash that is all the database keeps of it."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CareRole(models.TextChoices):
    VIEWER = "viewer", "Viewer: reads the history and summaries"
    EDITOR = "editor", "Editor: also logs and edits days"


class CareGrant(models.Model):
    """A caregiver's access to a patient's diary, until the patient revokes it."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="grants")
    caregiver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="care_grants"
    )
    role = models.CharField(max_length=10, choices=CareRole.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["patient", "caregiver"],
                condition=Q(revoked_at__isnull=True),
                name="one_active_grant_per_caregiver",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["viewer", "editor"]), name="grant_role_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.caregiver} → {self.patient} ({self.role})"


class Invitation(models.Model):
    """An e-mailed invitation to become a caregiver: works once, for 7 days."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=CareRole.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Invitation to {self.email}"

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.withdrawn_at is None
            and self.expires_at > timezone.now()
        )


class ShareLink(models.Model):
    """A read-only link to one summary for the care team, without an account."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="share_links")
    token_hash = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=100, blank=True)
    start = models.DateField()
    end = models.DateField()
    sections = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    open_count = models.PositiveIntegerField(default=0)
    last_opened_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="share_period")
        ]

    def __str__(self) -> str:
        return self.label or f"Share link {self.start} to {self.end}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()


class CareTeamContact(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = PhoneNumberField(
        blank=True, help_text="Optional. The red-flag warning offers a button that calls it."
    )
    alert_emails = models.BooleanField(
        "e-mail them when a day holds a red flag or an alert", default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "patient", name="one_contact_per_address_and_patient"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Notification(models.Model):
    """An alert e-mail waiting in the outbox, written in the same transaction as its day."""

    contact = models.ForeignKey(CareTeamContact, on_delete=models.CASCADE, related_name="+")
    entry = models.ForeignKey(DailyEntry, on_delete=models.SET_NULL, null=True, related_name="+")
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="notifications")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["contact", "entry"], name="one_alert_per_day_contact")
        ]

    def __str__(self) -> str:
        return f"Alert to {self.contact} ({'sent' if self.sent_at else 'pending'})"


class AuditEvent(models.Model):
    """Append-only: who opened which door, when, from where. Never a note's text."""

    class Action(models.TextChoices):
        LOGIN = "login", "Logged in"
        LOGIN_FAILED = "login_failed", "Failed log-in"
        DIARY_OPENED = "diary_opened", "Caregiver opened the diary"
        EXPORT = "export", "Exported the summary"
        SHARE_CREATED = "share_created", "Created a share link"
        SHARE_OPENED = "share_opened", "Share link opened"
        SHARE_REVOKED = "share_revoked", "Revoked a share link"
        INVITED = "invited", "Invited a caregiver"
        INVITATION_WITHDRAWN = "invitation_withdrawn", "Withdrew an invitation"
        GRANTED = "granted", "Caregiver access granted"
        ROLE_CHANGED = "role_changed", "Caregiver role changed"
        REVOKED = "revoked", "Caregiver access revoked"

    patient = models.ForeignKey(
        Patient, null=True, blank=True, on_delete=models.CASCADE, related_name="audit_events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events",
    )
    action = models.CharField(max_length=30, choices=Action.choices)
    detail = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are never deleted.")
