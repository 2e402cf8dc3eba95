import datetime

from django.conf import settings
from django.db import models

from diary.models.people import Patient

WEEKDAYS = [
    (0, "Monday"),
    (1, "Tuesday"),
    (2, "Wednesday"),
    (3, "Thursday"),
    (4, "Friday"),
    (5, "Saturday"),
    (6, "Sunday"),
]


class Reminder(models.Model):
    """An email to a person (the patient, or a caregiver who may log) when a diary's day is
    not logged by a local time she picked. Off until she turns it on."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="reminders")
    enabled = models.BooleanField("send me a reminder", default=False)
    time = models.TimeField("at", default=datetime.time(19, 0))
    weekdays = models.JSONField(
        "on", default=list, help_text="Days of the week, 0 = Monday (empty: every day)."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "patient"], name="one_reminder_per_diary"),
        ]

    def __str__(self) -> str:
        return f"Reminder for {self.user} at {self.time:%H:%M}"


class ReminderSent(models.Model):
    """One reminder email to one person for one diary on one of her local days: the unique
    constraint makes sending safe to run twice (or on two machines at once)."""

    reminder = models.ForeignKey(Reminder, on_delete=models.CASCADE, related_name="sent")
    local_date = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reminder", "local_date"], name="one_reminder_per_local_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reminder} on {self.local_date:%Y-%m-%d}"
