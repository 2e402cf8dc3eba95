"""Escalation: an item nobody acknowledged within the team's working-hours window is emailed
once to the team's escalation address, without health data or a token."""

from datetime import datetime, time, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from diary import escalation, triage
from diary.models import CareTeam, TriageItem
from tests.factories import care_team, clinician, connect_patient, log_day

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def at(day: str, clock: str) -> datetime:
    return datetime.combine(
        datetime.fromisoformat(day).date(), time.fromisoformat(clock), tzinfo=LONDON
    )


def office(**fields) -> CareTeam:
    """Monday to Friday, 08:00 to 18:00 in London (unsaved: the deadline needs no database)."""
    return CareTeam(time_zone="Europe/London", **fields)


def test_deadline_inside_working_hours_is_two_hours_later():
    # 2026-11-30 is a Monday.
    assert triage.working_deadline(at("2026-11-30", "10:00"), minutes=120, team=office()) == at(
        "2026-11-30", "12:00"
    )


def test_deadline_carries_over_the_end_of_the_working_day():
    assert triage.working_deadline(at("2026-11-30", "17:30"), minutes=120, team=office()) == at(
        "2026-12-01", "09:30"
    )


def test_a_friday_evening_report_is_due_on_monday_morning():
    assert triage.working_deadline(at("2026-12-04", "20:00"), minutes=120, team=office()) == at(
        "2026-12-07", "10:00"
    )


def test_deadline_follows_the_teams_own_hours_and_days():
    team = office(work_start=time(9), work_end=time(12), work_days="5")  # Saturdays only
    assert triage.working_deadline(at("2026-11-30", "10:00"), minutes=60, team=team) == at(
        "2026-12-05", "10:00"
    )


def test_deadline_without_working_days_is_clock_time():
    start = at("2026-12-05", "23:00")
    assert triage.working_deadline(start, minutes=120, team=office(work_days="")) == start + (
        timedelta(hours=2)
    )


@pytest.fixture
def team(db):
    return care_team(escalation_email="duty@example.com")


@pytest.fixture
def item(patient, team):
    connect_patient(patient, team)
    log_day(patient, patient.today(), severities={"seizure": 1})
    return TriageItem.objects.get()


def overdue(item):
    TriageItem.objects.filter(pk=item.pk).update(due_at=timezone.now() - timedelta(minutes=1))


def test_an_overdue_item_is_escalated_once(item, team, mailoutbox):
    overdue(item)
    assert escalation.escalate_due() == (1, 0)
    assert escalation.escalate_due() == (0, 0)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["duty@example.com"]
    item.refresh_from_db()
    assert item.escalated_at is not None


def test_the_escalation_email_carries_no_health_data_and_no_token(item, patient, mailoutbox):
    overdue(item)
    escalation.escalate_due()
    mail = mailoutbox[0]
    text = mail.subject + mail.body
    for private in (patient.display_name, patient.user.email, "Seizure", "seizure", "/s/"):
        assert private not in text
    assert f"/teams/{item.team_id}/" in mail.body


def test_an_item_not_yet_due_is_not_escalated(item, mailoutbox):
    assert escalation.escalate_due() == (0, 0)
    assert not mailoutbox


def test_an_acknowledged_item_is_not_escalated(item, team, mailoutbox):
    triage.acknowledge(item=item, by=clinician(team))
    overdue(item)
    assert escalation.escalate_due() == (0, 0)


def test_a_team_without_an_escalation_address_sends_nothing(item, team, mailoutbox):
    CareTeam.objects.filter(pk=team.pk).update(escalation_email="")
    overdue(item)
    assert escalation.escalate_due() == (0, 0)
    assert not mailoutbox


def test_a_failed_mail_is_tried_again_next_run(item, mailoutbox):
    overdue(item)
    with mock.patch("diary.escalation.send_mail", side_effect=ConnectionRefusedError):
        assert escalation.escalate_due() == (0, 1)
    item.refresh_from_db()
    assert item.escalated_at is None
    assert escalation.escalate_due() == (1, 0)
    assert len(mailoutbox) == 1


def test_the_command_is_safe_to_run_twice(item, mailoutbox, capsys):
    overdue(item)
    call_command("escalate_alerts")
    call_command("escalate_alerts")
    assert len(mailoutbox) == 1
    assert "Escalations sent: 1" in capsys.readouterr().out


def test_items_get_their_deadline_from_the_teams_window(patient):
    team = care_team(work_days="", window_minutes=30)
    connect_patient(patient, team)
    log_day(patient, patient.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    assert item.due_at - item.raised_at == timedelta(minutes=30)
