from diary.models.appointments import Appointment, Question
from diary.models.catalog import Site, Symptom
from diary.models.entries import DailyEntry, Severity, SymptomReport
from diary.models.people import Patient, User
from diary.models.treatments import DoseLog, Drug, DrugSideEffect, Treatment, TreatmentType

__all__ = [
    "Appointment",
    "DailyEntry",
    "DoseLog",
    "Drug",
    "DrugSideEffect",
    "Patient",
    "Question",
    "Severity",
    "Site",
    "Symptom",
    "SymptomReport",
    "Treatment",
    "TreatmentType",
    "User",
]
