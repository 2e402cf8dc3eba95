from diary.views.account import account_delete, account_export
from diary.views.app import manifest, offline, service_worker
from diary.views.appointments import (
    appointment_delete,
    appointment_edit,
    appointments,
    question_add,
    question_delete,
    question_toggle,
)
from diary.views.days import (
    checkin,
    day_changes,
    day_detail,
    delete_day,
    log_today,
    restore_day,
)
from diary.views.exports import export_download, export_job, export_start
from diary.views.history import history
from diary.views.home import diary_home, home
from diary.views.profile import profile
from diary.views.public import contact_confirm, invitation, shared_summary, shared_summary_pdf
from diary.views.redflags import red_flag_answer
from diary.views.reminders import reminders
from diary.views.sharing import (
    access_history,
    caregiver_revoke,
    caregiver_role,
    caregivers,
    contact_alerts,
    contact_delete,
    contact_resend,
    contacts,
    invitation_withdraw,
    share_link_revoke,
    share_links,
)
from diary.views.suggestions import suggestion_add, suggestion_dismiss
from diary.views.summary import (
    summary,
    summary_concerns,
    summary_csv_view,
    summary_fhir_view,
    summary_pdf_view,
    summary_sections,
)
from diary.views.treatments import treatment_delete, treatment_edit, treatments

__all__ = [
    "access_history",
    "account_delete",
    "account_export",
    "appointment_delete",
    "appointment_edit",
    "appointments",
    "caregiver_revoke",
    "caregiver_role",
    "caregivers",
    "checkin",
    "contact_alerts",
    "contact_confirm",
    "contact_delete",
    "contact_resend",
    "contacts",
    "day_changes",
    "day_detail",
    "delete_day",
    "diary_home",
    "export_download",
    "export_job",
    "export_start",
    "history",
    "home",
    "invitation",
    "invitation_withdraw",
    "log_today",
    "manifest",
    "offline",
    "profile",
    "question_add",
    "question_delete",
    "question_toggle",
    "red_flag_answer",
    "reminders",
    "restore_day",
    "service_worker",
    "share_link_revoke",
    "share_links",
    "shared_summary",
    "shared_summary_pdf",
    "suggestion_add",
    "suggestion_dismiss",
    "summary",
    "summary_concerns",
    "summary_csv_view",
    "summary_fhir_view",
    "summary_pdf_view",
    "summary_sections",
    "treatment_delete",
    "treatment_edit",
    "treatments",
]
