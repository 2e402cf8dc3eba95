from django.urls import path, register_converter

from diary import views
from diary.converters import IsoDateConverter
from diary.views import team, team_connection

register_converter(IsoDateConverter, "isodate")

urlpatterns = [
    path("", views.home, name="home"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("sw.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline, name="offline"),
    path("profile/", views.profile, name="profile"),
    path("account/export/", views.account_export, name="account_export"),
    path("account/delete/", views.account_delete, name="account_delete"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("s/<str:token>/", views.shared_summary, name="shared_summary"),
    path("s/<str:token>/pdf/", views.shared_summary_pdf, name="shared_summary_pdf"),
    path("care-team/confirm/<str:token>/", views.contact_confirm, name="contact_confirm"),
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
    path(
        "d/<uuid:patient>/care-team/<int:pk>/resend/", views.contact_resend, name="contact_resend"
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
    path("d/<uuid:patient>/summary/sections/", views.summary_sections, name="summary_sections"),
    path("d/<uuid:patient>/summary/concerns/", views.summary_concerns, name="summary_concerns"),
    path("d/<uuid:patient>/summary/pdf/", views.summary_pdf_view, name="summary_pdf"),
    path("d/<uuid:patient>/summary/csv/", views.summary_csv_view, name="summary_csv"),
    path("d/<uuid:patient>/summary/fhir/", views.summary_fhir_view, name="summary_fhir"),
    path("d/<uuid:patient>/exports/", views.export_start, name="export_start"),
    path("d/<uuid:patient>/exports/<uuid:job>/", views.export_job, name="export_job"),
    path(
        "d/<uuid:patient>/exports/<uuid:job>/file/",
        views.export_download,
        name="export_download",
    ),
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
    # Care teams: the patient's connections, and the team's workspace.
    path("d/<uuid:patient>/teams/", team_connection.patient_teams, name="patient_teams"),
    path(
        "d/<uuid:patient>/teams/confirm/",
        team_connection.patient_team_confirm,
        name="patient_team_confirm",
    ),
    path(
        "d/<uuid:patient>/teams/<int:pk>/disconnect/",
        team_connection.patient_team_disconnect,
        name="patient_team_disconnect",
    ),
    path(
        "d/<uuid:patient>/teams/<int:pk>/notes/",
        team_connection.patient_team_notes,
        name="patient_team_notes",
    ),
    path("team-invitations/<str:token>/", team_connection.team_invitation, name="team_invitation"),
    path("teams/", team.team_list, name="team_list"),
    path("teams/<int:team>/", team.team_queue, name="team_queue"),
    path("teams/<int:team>/items/<int:pk>/", team.team_item, name="team_item"),
    path(
        "teams/<int:team>/items/<int:pk>/acknowledge/",
        team.team_item_acknowledge,
        name="team_item_acknowledge",
    ),
    path("teams/<int:team>/items/<int:pk>/close/", team.team_item_close, name="team_item_close"),
    path("teams/<int:team>/patients/", team.team_patients, name="team_patients"),
    path("teams/<int:team>/metrics/", team.team_metrics, name="team_metrics"),
    path("teams/<int:team>/invite/", team.team_invite_patient, name="team_invite_patient"),
    path("teams/<int:team>/members/", team.team_members, name="team_members"),
    path(
        "teams/<int:team>/members/<int:pk>/remove/",
        team.team_member_remove,
        name="team_member_remove",
    ),
    path("teams/<int:team>/settings/", team.team_settings, name="team_settings"),
]
