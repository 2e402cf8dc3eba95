"""Care teams: members and invitations, MFA, connecting a diary by code or invitation, what the
team sees, disconnecting, and the access history."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from diary import teams
from diary.models import AuditEvent, TeamConnection, TeamMember
from tests.factories import (
    PatientFactory,
    UserFactory,
    care_team,
    clinician,
    connect_patient,
    log_day,
)

pytestmark = pytest.mark.django_db
TOKEN_PATH = re.compile(r"https?://[^/\s]+(/team-invitations/[^/\s]+/)")


@pytest.fixture
def team(db):
    return care_team()


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_connection_code_is_ten_unambiguous_characters():
    code = teams.new_connection_code()
    assert len(code) == 10
    assert not set(code) & set("IL1O0U")
    assert teams.normalise_code(" " + teams.format_code(code).lower()) == code


# MFA


def test_team_page_sends_a_member_without_mfa_to_set_it_up(client, team):
    nurse = clinician(team, mfa=False)
    client.force_login(nurse)
    response = client.get(reverse("team_queue", args=[team.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_diary_page_sends_a_member_without_mfa_to_set_it_up(client, team, patient):
    connect_patient(patient, team)
    nurse = clinician(team, mfa=False)
    client.force_login(nurse)
    response = client.get(reverse("diary_home", args=[patient.public_id]))
    assert response["Location"] == reverse("mfa_activate_totp")


def test_a_stranger_without_mfa_gets_404_not_the_mfa_page(client, team):
    client.force_login(UserFactory())
    assert client.get(reverse("team_queue", args=[team.pk])).status_code == 404


def test_anonymous_is_sent_to_log_in(client, team):
    response = client.get(reverse("team_queue", args=[team.pk]))
    assert response["Location"].startswith(reverse("account_login"))


# Members


def test_admin_invites_a_clinician_who_accepts(client, team, mailoutbox):
    client.force_login(team.admin_user)
    response = client.post(
        reverse("team_members", args=[team.pk]), {"email": "Kim@Example.com", "role": "nurse"}
    )
    assert response.status_code == 302
    mail = mailoutbox[0]
    assert mail.to == ["kim@example.com"]
    path = TOKEN_PATH.search(mail.body).group(1)
    kim = UserFactory(email="kim@example.com")
    client.force_login(kim)
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response["Location"] == reverse("team_queue", args=[team.pk])
    assert TeamMember.objects.active().get(user=kim).role == "nurse"
    assert client.post(path).status_code == 404  # the link works once


def test_invitation_for_someone_else_is_404(client, team, mailoutbox):
    teams.invite_member(team=team, email="kim@example.com", role="nurse", by=team.admin_user)
    path = TOKEN_PATH.search(mailoutbox[0].body).group(1)
    client.force_login(UserFactory(email="eve@example.com"))
    assert client.post(path).status_code == 404
    assert not TeamMember.objects.filter(user__email="eve@example.com").exists()


def test_invitation_email_carries_no_health_data(team, mailoutbox):
    teams.invite_patient(team=team, email="maria@example.com", by=team.admin_user)
    body = mailoutbox[0].body
    assert "symptom diary" in body
    assert "red flag" in body.lower()  # what the team does, not what she has


def test_inviting_a_member_twice_is_refused(client, team, mailoutbox):
    client.force_login(team.admin_user)
    url = reverse("team_members", args=[team.pk])
    client.post(url, {"email": "kim@example.com", "role": "nurse"})
    response = client.post(url, {"email": "kim@example.com", "role": "nurse"})
    assert response.status_code == 400
    assert "already has an open invitation" in response.content.decode()
    assert len(mailoutbox) == 1


def test_a_nurse_cannot_manage_members(client, team):
    client.force_login(clinician(team))
    assert client.get(reverse("team_members", args=[team.pk])).status_code == 403
    assert client.get(reverse("team_settings", args=[team.pk])).status_code == 403


def test_a_removed_member_loses_access_at_once(client, team, patient):
    connect_patient(patient, team)
    nurse = clinician(team)
    client.force_login(nurse)
    assert client.get(reverse("diary_home", args=[patient.public_id])).status_code == 200
    admin = care_team_admin_client(team)
    member = TeamMember.objects.get(user=nurse)
    admin.post(reverse("team_member_remove", args=[team.pk, member.pk]))
    assert client.get(reverse("team_queue", args=[team.pk])).status_code == 404
    assert client.get(reverse("diary_home", args=[patient.public_id])).status_code == 404


def care_team_admin_client(team):
    from django.test import Client

    admin = Client()
    admin.force_login(team.admin_user)
    return admin


def test_the_last_administrator_cannot_be_removed(team):
    member = TeamMember.objects.get(user=team.admin_user)
    with pytest.raises(teams.TeamError):
        teams.remove_member(member=member)


def test_settings_refuse_a_working_day_that_ends_before_it_starts(client, team):
    client.force_login(team.admin_user)
    response = client.post(
        reverse("team_settings", args=[team.pk]),
        {
            "name": "Clinic",
            "escalation_email": "",
            "window_minutes": 120,
            "time_zone": "Europe/London",
            "work_start": "18:00",
            "work_end": "08:00",
            "work_days": ["0", "1"],
        },
    )
    assert response.status_code == 400
    team.refresh_from_db()
    assert team.name == "Oncology clinic"


def test_settings_save_the_window_and_working_days(client, team):
    client.force_login(team.admin_user)
    client.post(
        reverse("team_settings", args=[team.pk]),
        {
            "name": "Clinic",
            "escalation_email": "duty@example.com",
            "window_minutes": 60,
            "time_zone": "Europe/Paris",
            "work_start": "07:30",
            "work_end": "19:00",
            "work_days": ["0", "2", "5"],
        },
    )
    team.refresh_from_db()
    assert (team.window_minutes, team.work_days, team.escalation_email) == (
        60,
        "025",
        "duty@example.com",
    )


# The patient connects


def test_patient_connects_with_a_code_after_seeing_what_the_team_sees(owner_client, patient, team):
    url = reverse("patient_teams", args=[patient.public_id])
    response = owner_client.post(url, {"code": teams.format_code(team.connection_code).lower()})
    confirm = reverse("patient_team_confirm", args=[patient.public_id])
    assert response["Location"] == confirm
    assert not TeamConnection.objects.exists()  # nothing shared before she confirms
    page = owner_client.get(confirm).content.decode()
    assert team.name in page and "read only" in page and "notes" in page
    owner_client.post(confirm, {"share_notes": ""})
    connection = TeamConnection.objects.active().get(patient=patient)
    assert (connection.team, connection.share_notes) == (team, False)
    assert AuditEvent.objects.filter(
        patient=patient, action=AuditEvent.Action.TEAM_CONNECTED
    ).exists()


def test_a_wrong_code_is_refused_and_counted(owner_client, patient, team):
    url = reverse("patient_teams", args=[patient.public_id])
    for _ in range(teams.CODE_TRIES_PER_HOUR):
        response = owner_client.post(url, {"code": "WRONG-CODE1"})
        assert "No team has this code" in response.content.decode()
    response = owner_client.post(url, {"code": team.connection_code})
    assert response.status_code == 400
    assert "Too many wrong codes" in response.content.decode()


def test_confirm_page_without_a_code_goes_back(owner_client, patient):
    response = owner_client.get(reverse("patient_team_confirm", args=[patient.public_id]))
    assert response["Location"] == reverse("patient_teams", args=[patient.public_id])


def test_patient_accepts_an_invitation_from_the_team(client, patient, team, mailoutbox):
    teams.invite_patient(team=team, email=patient.user.email, by=team.admin_user)
    path = TOKEN_PATH.search(mailoutbox[0].body).group(1)
    client.force_login(patient.user)
    assert "read only" in client.get(path).content.decode()
    client.post(path, {"share_notes": "on"})
    assert TeamConnection.objects.active().get(patient=patient).share_notes


def test_patient_disconnects_and_the_team_loses_access(owner_client, client, patient, team):
    connection = connect_patient(patient, team)
    log_day(patient, patient.today(), severities={"seizure": 1})
    owner_client.post(reverse("patient_team_disconnect", args=[patient.public_id, connection.pk]))
    connection.refresh_from_db()
    assert connection.disconnected_at is not None
    assert AuditEvent.objects.filter(
        patient=patient, action=AuditEvent.Action.TEAM_DISCONNECTED
    ).exists()
    from django.test import Client

    nurse = Client()
    nurse.force_login(clinician(team))
    assert nurse.get(reverse("diary_home", args=[patient.public_id])).status_code == 404
    assert "Seizure" not in nurse.get(reverse("team_queue", args=[team.pk])).content.decode()


def test_access_history_shows_connection_and_disconnection(owner_client, patient, team):
    connection = connect_patient(patient, team)
    teams.disconnect(None, connection=connection)
    teams.connect(None, patient=patient, team=team, share_notes=False)
    page = owner_client.get(reverse("access_history", args=[patient.public_id])).content.decode()
    assert "Connected to a care team" in page
    assert "Disconnected from a care team" in page


# What the team sees


def test_team_does_not_see_notes_unless_she_allows(client, patient, team):
    connection = connect_patient(patient, team)
    log_day(patient, patient.today(), notes="private words here", severities={"fatigue": 1})
    client.force_login(clinician(team))
    url = reverse("day_detail", args=[patient.public_id, patient.today()])
    assert "private words here" not in client.get(url).content.decode()
    connection.share_notes = True
    connection.save()
    assert "private words here" in client.get(url).content.decode()


def test_team_summary_csv_leaves_notes_out(client, patient, team):
    connect_patient(patient, team)
    entry = log_day(patient, patient.today(), notes="private words here", severities={"nausea": 1})
    entry.include_notes_in_summary = True
    entry.save()
    client.force_login(clinician(team))
    response = client.get(reverse("summary_csv", args=[patient.public_id]))
    assert response.status_code == 200
    assert b"private words here" not in response.content


def test_team_visit_is_in_her_access_history(client, patient, team):
    connect_patient(patient, team)
    client.force_login(clinician(team))
    client.get(reverse("diary_home", args=[patient.public_id]))
    assert AuditEvent.objects.filter(patient=patient, action=AuditEvent.Action.TEAM_OPENED).exists()


def test_a_member_of_another_team_gets_404(client, patient, team):
    connect_patient(patient, team)
    other = clinician(care_team("Elsewhere"))
    client.force_login(other)
    assert client.get(reverse("diary_home", args=[patient.public_id])).status_code == 404
    assert client.get(reverse("team_queue", args=[team.pk])).status_code == 404


def test_team_never_writes_to_the_diary(client, patient, team):
    connect_patient(patient, team)
    client.force_login(clinician(team))
    day = patient.today()
    response = client.post(reverse("checkin", args=[patient.public_id, day]), {})
    assert response.status_code == 403
    assert not patient.entries.exists()


def test_clinician_without_a_diary_lands_on_the_team(client, team):
    client.force_login(team.admin_user)
    response = client.get(reverse("home"))
    assert response["Location"] == reverse("team_list")
    assert client.get(reverse("team_list"))["Location"] == reverse("team_queue", args=[team.pk])


def test_patient_list_highlights_who_has_not_logged_for_7_days(client, team):
    from datetime import timedelta

    quiet, busy = PatientFactory(), PatientFactory()
    for p in (quiet, busy):
        connect_patient(p, team)
    log_day(quiet, quiet.today() - timedelta(days=9))
    log_day(busy, busy.today())
    client.force_login(team.admin_user)
    page = client.get(reverse("team_patients", args=[team.pk])).content.decode()
    assert page.count("Not logged for 7 days") == 1
    assert page.index(quiet.display_name) < page.index(busy.display_name)


def test_create_team_command_makes_the_first_administrator(capsys):
    from django.core.management import call_command

    from diary.models import CareTeam

    user = UserFactory(email="lead@example.com")
    call_command("create_team", "Breast clinic", "--admin-email", "LEAD@example.com")
    team = CareTeam.objects.get(name="Breast clinic")
    assert TeamMember.objects.active().get(team=team).user == user
    assert teams.format_code(team.connection_code) in capsys.readouterr().out


def test_create_team_command_refuses_an_unknown_administrator():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="No account"):
        call_command("create_team", "Clinic", "--admin-email", "nobody@example.com")


def test_patient_invitation_to_an_account_without_a_diary_asks_for_one(client, team, mailoutbox):
    teams.invite_patient(team=team, email="new@example.com", by=team.admin_user)
    path = TOKEN_PATH.search(mailoutbox[0].body).group(1)
    client.force_login(UserFactory(email="new@example.com"))
    assert "You need a diary of your own first" in client.get(path).content.decode()
    client.post(path, {"share_notes": "on"})
    assert not TeamConnection.objects.exists()


def test_patient_disconnect_of_another_patients_connection_is_404(owner_client, patient, team):
    other = connect_patient(PatientFactory(), team)
    url = reverse("patient_team_disconnect", args=[patient.public_id, other.pk])
    assert owner_client.post(url).status_code == 404
    other.refresh_from_db()
    assert other.disconnected_at is None
