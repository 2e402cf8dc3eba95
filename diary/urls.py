from django.urls import path, register_converter

from diary import views
from diary.converters import IsoDateConverter

register_converter(IsoDateConverter, "isodate")

urlpatterns = [
    path("", views.home, name="home"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("sw.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline, name="offline"),
    path("profile/", views.profile, name="profile"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("s/<str:token>/", views.shared_summary, name="shared_summary"),
    path("s/<str:token>/pdf/", views.shared_summary_pdf, name="shared_summary_pdf"),
    path("d/<uuid:patient>/", views.diary_home, name="diary_home"),
    path("d/<uuid:patient>/today/", views.log_today, name="log_today"),
    path("d/<uuid:patient>/days/<isodate:day>/", views.day_detail, name="day_detail"),
    path("d/<uuid:patient>/days/<isodate:day>/edit/", views.checkin, name="checkin"),
    path("d/<uuid:patient>/days/<isodate:day>/delete/", views.delete_day, name="delete_day"),
    path("d/<uuid:patient>/days/<isodate:day>/changes/", views.day_changes, name="day_changes"),
    path("d/<uuid:patient>/days/<isodate:day>/restore/", views.restore_day, name="restore_day"),
    path(
        "d/<uuid:patient>/days/<isodate:day>/red-flags/answer/",
        views.red_flag_answer,
        name="red_flag_answer",
    ),
    path("d/<uuid:patient>/caregivers/", views.caregivers, name="caregivers"),
    path("d/<uuid:patient>/caregivers/<int:pk>/role/", views.caregiver_role, name="caregiver_role"),
    path(
        "d/<uuid:patient>/caregivers/<int:pk>/revoke/",
        views.caregiver_revoke,
        name="caregiver_revoke",
    ),
    path(
        "d/<uuid:patient>/invitations/<int:pk>/withdraw/",
        views.invitation_withdraw,
        name="invitation_withdraw",
    ),
    path("d/<uuid:patient>/share/", views.share_links, name="share_links"),
    path(
        "d/<uuid:patient>/share/<int:pk>/revoke/",
        views.share_link_revoke,
        name="share_link_revoke",
    ),
    path("d/<uuid:patient>/care-team/", views.contacts, name="contacts"),
    path(
        "d/<uuid:patient>/care-team/<int:pk>/alerts/", views.contact_alerts, name="contact_alerts"
    ),
    path(
        "d/<uuid:patient>/care-team/<int:pk>/delete/", views.contact_delete, name="contact_delete"
    ),
    path("d/<uuid:patient>/access/", views.access_history, name="access_history"),
    path("d/<uuid:patient>/history/", views.history, name="history"),
    path("d/<uuid:patient>/reminders/", views.reminders, name="reminders"),
    path("d/<uuid:patient>/treatments/", views.treatments, name="treatments"),
    path("d/<uuid:patient>/treatments/new/", views.treatment_edit, name="treatment_new"),
    path("d/<uuid:patient>/treatments/<int:pk>/", views.treatment_edit, name="treatment_edit"),
    path(
        "d/<uuid:patient>/treatments/<int:pk>/delete/",
        views.treatment_delete,
        name="treatment_delete",
    ),
    path("d/<uuid:patient>/appointments/", views.appointments, name="appointments"),
    path("d/<uuid:patient>/appointments/new/", views.appointment_edit, name="appointment_new"),
    path(
        "d/<uuid:patient>/appointments/<int:pk>/", views.appointment_edit, name="appointment_edit"
    ),
    path(
        "d/<uuid:patient>/appointments/<int:pk>/delete/",
        views.appointment_delete,
        name="appointment_delete",
    ),
    path("d/<uuid:patient>/summary/", views.summary, name="summary"),
    path("d/<uuid:patient>/summary/pdf/", views.summary_pdf_view, name="summary_pdf"),
    path("d/<uuid:patient>/summary/csv/", views.summary_csv_view, name="summary_csv"),
    path("d/<uuid:patient>/summary/fhir/", views.summary_fhir_view, name="summary_fhir"),
    path("d/<uuid:patient>/questions/", views.question_add, name="question_add"),
    path(
        "d/<uuid:patient>/questions/<int:pk>/toggle/",
        views.question_toggle,
        name="question_toggle",
    ),
    path(
        "d/<uuid:patient>/questions/<int:pk>/delete/",
        views.question_delete,
        name="question_delete",
    ),
    path(
        "d/<uuid:patient>/days/<isodate:day>/suggestions/<slug:slug>/add/",
        views.suggestion_add,
        name="suggestion_add",
    ),
    path(
        "d/<uuid:patient>/days/<isodate:day>/suggestions/<slug:slug>/dismiss/",
        views.suggestion_dismiss,
        name="suggestion_dismiss",
    ),
]
