from diary.models.appointments import Appointment, Question
from diary.models.catalog import CatalogVersion, DrugWarningSign, Site, Symptom
from diary.models.entries import (
    DailyEntry,
    Interference,
    RedFlagAnswer,
    Severity,
    SymptomReport,
    UpAndAbout,
)
from diary.models.exports import ExportJob
from diary.models.people import Patient, User
from diary.models.reminders import Reminder, ReminderSent
from diary.models.sharing import (
    AuditEvent,
    AuditImmutableError,
    CareGrant,
    CareRole,
    CareTeamContact,
    Invitation,
    Notification,
    ShareLink,
)
from diary.models.teams import (
    CareTeam,
    MemberRole,
    TeamConnection,
    TeamInvitation,
    TeamMember,
    TriageItem,
)
from diary.models.treatments import DoseLog, Drug, DrugSideEffect, Treatment, TreatmentType

__all__ = [
    "Appointment",
    "AuditEvent",
    "AuditImmutableError",
    "CareGrant",
    "CareRole",
    "CareTeam",
    "CareTeamContact",
    "CatalogVersion",
    "DailyEntry",
    "DoseLog",
    "Drug",
    "DrugSideEffect",
    "DrugWarningSign",
    "ExportJob",
    "Interference",
    "Invitation",
    "MemberRole",
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
    "TeamConnection",
    "TeamInvitation",
    "TeamMember",
    "Treatment",
    "TreatmentType",
    "TriageItem",
    "UpAndAbout",
    "User",
]
