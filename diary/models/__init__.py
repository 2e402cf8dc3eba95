from diary.models.appointments import Appointment, Question
from diary.models.catalog import Site, Symptom
from diary.models.entries import DailyEntry, RedFlagAnswer, Severity, SymptomReport
from diary.models.people import Patient, User
from diary.models.reminders import Reminder, ReminderSent
from diary.models.sharing import (
    AuditEvent,
    CareGrant,
    CareRole,
    CareTeamContact,
    Invitation,
    Notification,
    ShareLink,
)
from diary.models.treatments import DoseLog, Drug, DrugSideEffect, Treatment, TreatmentType

__all__ = [
    "Appointment",
    "AuditEvent",
    "CareGrant",
    "CareRole",
    "CareTeamContact",
    "DailyEntry",
    "DoseLog",
    "Drug",
    "DrugSideEffect",
    "Invitation",
    "Notification",
    "Patient",
    "Question",
    "RedFlagAnswer",
    "Reminder",
    "ReminderSent",
    "Severity",
    "ShareLink",
    "Site",
    "Symptom",
    "SymptomReport",
    "Treatment",
    "TreatmentType",
    "User",
]
