from diary.views.appointments import (
    appointment_delete,
    appointment_edit,
    appointments,
    question_add,
    question_delete,
    question_toggle,
)
from diary.views.days import checkin, day_detail, delete_day, log_today
from diary.views.history import history
from diary.views.home import diary_home, home
from diary.views.profile import profile
from diary.views.summary import summary, summary_csv_view, summary_fhir_view, summary_pdf_view
from diary.views.treatments import treatment_delete, treatment_edit, treatments

__all__ = [
    "appointment_delete",
    "appointment_edit",
    "appointments",
    "checkin",
    "day_detail",
    "delete_day",
    "diary_home",
    "history",
    "home",
    "log_today",
    "profile",
    "question_add",
    "question_delete",
    "question_toggle",
    "summary",
    "summary_csv_view",
    "summary_fhir_view",
    "summary_pdf_view",
    "treatment_delete",
    "treatment_edit",
    "treatments",
]
