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
    """An emailed invitation to become a caregiver: works once, for 7 days."""

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


class CareTeamContactQuerySet(models.QuerySet):
    def alerted(self):
        """Contacts an alert email may go to: asked for by the patient, address confirmed."""
        return self.filter(alert_emails=True, confirmed_at__isnull=False)


class CareTeamContact(models.Model):
    """Someone in the care team who may get alert emails, once she has confirmed her address.

    An alert never goes to an address nobody confirmed: adding a contact emails her a link
    (only its hash is kept); until she opens it, `confirmed_at` stays empty.
    """

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = PhoneNumberField(
        blank=True, help_text="Optional. The red-flag warning offers a button that calls it."
    )
    alert_emails = models.BooleanField(
        "email them when a day holds a red flag or an alert", default=False
    )
    include_link = models.BooleanField(
        "put a link to a read-only summary in the email",
        default=False,
        help_text="The link works for 48 hours without an account, for whoever holds the "
        "email. Without it, the email only asks them to contact you.",
    )
    confirm_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    confirm_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CareTeamContactQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "patient", name="one_contact_per_address_and_patient"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Notification(models.Model):
    """An alert email waiting in the outbox, written in the same transaction as its day."""

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
        indexes = [
            # The outbox sweep reads the pending rows only, not every alert ever sent.
            models.Index(
                fields=["id"], condition=Q(sent_at__isnull=True), name="notification_pending_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"Alert to {self.contact} ({'sent' if self.sent_at else 'pending'})"


class AuditImmutableError(ValueError):
    """Raised on any attempt to change or delete an audit event."""


class AuditQuerySet(models.QuerySet):
    """Audit events are appended, never changed or removed, whichever way one asks."""

    def update(self, **kwargs):
        raise AuditImmutableError("Audit events are never changed.")

    def delete(self):
        raise AuditImmutableError("Audit events are never deleted.")

    def bulk_update(self, objs, fields, batch_size=None):
        raise AuditImmutableError("Audit events are never changed.")

    def update_or_create(self, *args, **kwargs):
        raise AuditImmutableError("Audit events are never changed.")


class AuditEvent(models.Model):
    """Append-only: who opened which door or changed what, when, from where. Never a note's text.

    The database refuses UPDATE and DELETE (triggers from migration 0003; on SQLite UPDATE
    only) except the one change deleting a person needs: her foreign keys set to NULL. What
    stays is a pseudonym (a keyed hash of the id, see diary.audit), never a name or address.
    Each row is chained to the one before by a keyed hash, so tampering that bypasses the
    triggers (a database owner disabling them) still shows.
    """

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
        EMAIL_CHANGED = "email_changed", "Changed the email address"
        PASSWORD_CHANGED = "password_changed", "Changed the password"
        MFA_ADDED = "mfa_added", "Added a two-step sign-in method"
        MFA_REMOVED = "mfa_removed", "Removed a two-step sign-in method"
        SESSIONS_ENDED = "sessions_ended", "Signed out other sessions"
        TREATMENT_ADDED = "treatment_added", "Added a treatment"
        TREATMENT_CHANGED = "treatment_changed", "Changed a treatment"
        TREATMENT_DELETED = "treatment_deleted", "Deleted a treatment"
        APPOINTMENT_ADDED = "appointment_added", "Added an appointment"
        APPOINTMENT_CHANGED = "appointment_changed", "Changed an appointment"
        APPOINTMENT_DELETED = "appointment_deleted", "Deleted an appointment"
        QUESTION_ADDED = "question_added", "Added a question"
        QUESTION_CHANGED = "question_changed", "Changed a question"
        QUESTION_DELETED = "question_deleted", "Deleted a question"
        CONTACT_ADDED = "contact_added", "Added a care-team contact"
        CONTACT_CHANGED = "contact_changed", "Changed a care-team contact"
        CONTACT_CONFIRMED = "contact_confirmed", "Care-team contact confirmed the address"
        CONTACT_REMOVED = "contact_removed", "Removed a care-team contact"
        ALERT_SENT = "alert_sent", "Alert email sent"
        PROFILE_CHANGED = "profile_changed", "Changed the profile"
        DAY_DELETED = "day_deleted", "Deleted a day"
        ACCOUNT_EXPORTED = "account_exported", "Downloaded all data"
        ACCOUNT_DELETED = "account_deleted", "Deleted the account"
        TEAM_CONNECTED = "team_connected", "Connected to a care team"
        TEAM_DISCONNECTED = "team_disconnected", "Disconnected from a care team"
        TEAM_NOTES_CHANGED = "team_notes_changed", "Changed what a care team sees"
        TEAM_OPENED = "team_opened", "Care team member opened the diary"

    patient = models.ForeignKey(
        Patient, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events",
    )
    patient_pseudonym = models.CharField(max_length=64, blank=True, db_index=True)
    actor_pseudonym = models.CharField(max_length=64, blank=True, db_index=True)
    action = models.CharField(max_length=40, choices=Action.choices)
    detail = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    chain_hash = models.CharField(
        max_length=64,
        blank=True,
        help_text="HMAC of the previous event's chain_hash and this event: a row changed or "
        "removed from the middle breaks the chain (manage.py verify_audit_log).",
    )

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None or kwargs.get("force_update") or kwargs.get("update_fields"):
            raise AuditImmutableError("Audit events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditImmutableError("Audit events are never deleted.")
