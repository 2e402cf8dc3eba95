from diary.models.catalog import Site, Symptom
from diary.models.entries import DailyEntry, Severity, SymptomReport
from diary.models.people import Patient, User

__all__ = [
    "DailyEntry",
    "Patient",
    "Severity",
    "Site",
    "Symptom",
    "SymptomReport",
    "User",
]
