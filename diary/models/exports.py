"""Summary downloads of long periods, prepared by a task worker and kept for a day."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from diary.models.people import Patient


class ExportJob(models.Model):
    """One requested file: the patient's diary, who asked, what they chose, and (once ready)
    the file itself. Only the person who asked may fetch it, while they may still read the
    diary; the hourly clean-up deletes it when it expires."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        CSV = "csv", "CSV"
        FHIR = "json", "FHIR (JSON)"

    class Status(models.TextChoices):
        PENDING = "pending", "Being prepared"
        READY = "ready", "Ready"
        FAILED = "failed", "Could not be prepared"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="export_jobs")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=4, choices=Kind.choices)
    start = models.DateField()
    end = models.DateField()
    sections = models.JSONField(default=list)
    hide_notes = models.BooleanField(default=False)
    # The choice in one string (kind, period, sections, notes), for finding a repeated request.
    choice = models.CharField(max_length=200)
    status = models.CharField(max_length=7, choices=Status.choices, default=Status.PENDING)
    content = models.BinaryField(default=b"", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # When a worker took it on (a worker that died leaves it to be taken again later).
    claimed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            # Pressing "Prepare" twice makes one file, not two (the second request finds this one).
            models.UniqueConstraint(
                fields=["patient", "requested_by", "choice"],
                condition=Q(status="pending"),
                name="one_pending_export_per_choice",
            ),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="export_period"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} export {self.public_id}"
