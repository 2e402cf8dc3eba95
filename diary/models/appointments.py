from django.db import models

from diary.models.people import Patient

NOTES_MAX_LENGTH = 2000
QUESTION_MAX_LENGTH = 500


class Appointment(models.Model):
    class Kind(models.TextChoices):
        ONCOLOGY = "oncology", "Oncology visit"
        NURSE = "nurse", "Nurse"
        BONE_SCAN = "bone_scan", "Scan: bone scan"
        CT = "ct", "Scan: CT"
        MRI = "mri", "Scan: MRI"
        PET = "pet", "Scan: PET"
        CHEST_XRAY = "chest_xray", "Scan: chest X-ray"
        BLOOD_TEST = "blood_test", "Blood test"
        BIOPSY = "biopsy", "Biopsy"
        RADIATION = "radiation", "Radiation session"
        OTHER = "other", "Other"

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="appointments")
    starts_at = models.DateTimeField("date and time")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ONCOLOGY)
    with_whom = models.CharField("with", max_length=120, blank=True)
    location = models.CharField("where", max_length=200, blank=True)
    notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d}"


class Question(models.Model):
    """A question for the next appointment, added on any day, ticked off when answered."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(max_length=QUESTION_MAX_LENGTH)
    asked_on = models.DateField()
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["answered_at", "asked_on", "pk"]

    def __str__(self) -> str:
        return self.text[:60]
