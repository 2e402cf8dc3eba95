"""Daily reminder emails: due at her local time, only for a day not logged, once per day."""

import datetime
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from diary.models import CareGrant, Reminder, ReminderSent
from diary.reminders import send_due_reminders
from tests.factories import PatientFactory, UserFactory, log_day

UTC = datetime.UTC


def at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


@pytest.fixture
def patient(db):
    return PatientFactory(user__time_zone="Europe/London")


def remind(patient, user=None, *, time=datetime.time(19, 0), weekdays=(), enabled=True):
    return Reminder.objects.create(
        user=user or patient.user,
        patient=patient,
        enabled=enabled,
        time=time,
        weekdays=list(weekdays),
    )


def test_a_reminder_is_off_by_default(patient):
    Reminder.objects.create(user=patient.user, patient=patient)
    assert send_due_reminders(now=at(2026, 6, 1, 20, 0)).sent == 0
    assert not mail.outbox


def test_a_due_reminder_is_sent_with_one_link_and_no_health_data(patient):
    log_day(patient, datetime.date(2026, 5, 31), severities={"fatigue": 3}, notes="tired")
    remind(patient)
    assert send_due_reminders(now=at(2026, 6, 1, 18, 30)).sent == 1  # 19:30 in London (BST)
    [message] = mail.outbox
    assert message.to == [patient.user.email]
    link = reverse("log_today", args=[patient.public_id])
    assert message.body.count("http") == 1 and link in message.body
    for health_word in ("fatigue", "Fatigue", "tired", "cancer", "symptom", "severe"):
        assert health_word not in message.body
        assert health_word not in message.subject.replace("symptom diary", "")


def test_running_twice_sends_once(patient):
    remind(patient)
    now = at(2026, 6, 1, 18, 30)
    send_due_reminders(now=now)
    outcome = send_due_reminders(now=now + datetime.timedelta(minutes=5))
    assert (outcome.sent, outcome.already_sent) == (0, 1)
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.get().local_date == datetime.date(2026, 6, 1)


def test_the_next_day_gets_its_own_reminder(patient):
    remind(patient)
    send_due_reminders(now=at(2026, 6, 1, 18, 30))
    send_due_reminders(now=at(2026, 6, 2, 18, 30))
    assert len(mail.outbox) == 2


def test_no_reminder_before_the_chosen_local_time(patient):
    remind(patient)
    # 18:30 UTC is 19:30 in London in summer but 18:30 in winter.
    assert send_due_reminders(now=at(2026, 1, 15, 18, 30)).not_due == 1
    assert send_due_reminders(now=at(2026, 1, 15, 19, 0)).sent == 1


def test_no_reminder_when_the_day_is_logged(patient):
    log_day(patient, datetime.date(2026, 6, 1))
    remind(patient)
    assert send_due_reminders(now=at(2026, 6, 1, 18, 30)).already_logged == 1
    assert not mail.outbox


def test_only_on_the_chosen_weekdays(patient):
    remind(patient, weekdays=[0])  # Mondays; 1 June 2026 is a Monday
    assert send_due_reminders(now=at(2026, 6, 2, 18, 30)).not_due == 1
    assert send_due_reminders(now=at(2026, 6, 1, 18, 30)).sent == 1


def test_spring_forward_moves_the_reminder_with_local_time(patient):
    """London goes from GMT to BST on 29 March 2026: 19:00 local is 19:00 UTC, then 18:00."""
    remind(patient)
    assert send_due_reminders(now=at(2026, 3, 28, 18, 30)).not_due == 1  # 18:30 GMT
    assert send_due_reminders(now=at(2026, 3, 29, 18, 30)).sent == 1  # 19:30 BST
    assert [r.local_date for r in ReminderSent.objects.all()] == [datetime.date(2026, 3, 29)]


def test_the_repeated_hour_of_fall_back_sends_once(patient):
    """London repeats 01:00-02:00 on 25 October 2026; a 01:15 reminder goes once that day."""
    remind(patient, time=datetime.time(1, 15))
    first = send_due_reminders(now=at(2026, 10, 25, 0, 20))  # 01:20 BST
    second = send_due_reminders(now=at(2026, 10, 25, 1, 20))  # 01:20 GMT, same local day
    assert (first.sent, second.sent, second.already_sent) == (1, 0, 1)
    assert len(mail.outbox) == 1


def test_each_person_gets_her_own_local_day(patient):
    """Auckland's Tuesday begins while it is still Monday in London."""
    editor = UserFactory(time_zone="Pacific/Auckland")
    CareGrant.objects.create(patient=patient, caregiver=editor, role="editor")
    remind(patient, editor, time=datetime.time(7, 0))
    send_due_reminders(now=at(2026, 6, 1, 19, 30))  # 07:30 Tuesday in Auckland
    assert ReminderSent.objects.get().local_date == datetime.date(2026, 6, 2)


def test_a_caregiver_editor_gets_reminders_but_not_a_viewer_or_a_removed_one(patient):
    editor, viewer, removed = UserFactory(), UserFactory(), UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=editor, role="editor")
    CareGrant.objects.create(patient=patient, caregiver=viewer, role="viewer")
    CareGrant.objects.create(
        patient=patient, caregiver=removed, role="editor", revoked_at=at(2026, 5, 1, 0, 0)
    )
    for user in (editor, viewer, removed):
        remind(patient, user)
    outcome = send_due_reminders(now=at(2026, 6, 1, 18, 30))
    assert (outcome.sent, outcome.no_access) == (1, 2)
    assert mail.outbox[0].to == [editor.email]
    assert "the diary" in mail.outbox[0].body


def test_a_failed_email_is_retried_on_the_next_run(patient):
    remind(patient)
    now = at(2026, 6, 1, 18, 30)
    with mock.patch("diary.reminders.send_mail", side_effect=OSError("refused")):
        assert send_due_reminders(now=now).failed == 1
    assert not ReminderSent.objects.exists()
    assert send_due_reminders(now=now).sent == 1


def test_an_inactive_account_gets_no_reminder(patient):
    remind(patient)
    patient.user.is_active = False
    patient.user.save()
    assert send_due_reminders(now=at(2026, 6, 1, 18, 30)).sent == 0


def test_the_command_reports_what_it_sent(patient, capsys):
    remind(patient, time=datetime.time(0, 0))
    call_command("send_reminders")
    call_command("send_reminders")
    out = capsys.readouterr().out
    assert "Sent 1 reminder(s)" in out and "1 already sent today" in out
    assert len(mail.outbox) == 1


# The Reminders page -----------------------------------------------------------------------------


def reminders_url(patient):
    return reverse("reminders", args=[patient.public_id])


def test_the_owner_turns_a_reminder_on(client, patient):
    client.force_login(patient.user)
    response = client.post(
        reminders_url(patient), {"enabled": "on", "time": "08:30", "weekdays": ["0", "4"]}
    )
    assert response.status_code == 302
    reminder = Reminder.objects.get(user=patient.user, patient=patient)
    assert (reminder.enabled, reminder.time, reminder.weekdays) == (
        True,
        datetime.time(8, 30),
        [0, 4],
    )


def test_a_bad_time_is_shown_and_nothing_saved(client, patient):
    client.force_login(patient.user)
    response = client.post(reminders_url(patient), {"enabled": "on", "time": "25:99"})
    assert response.status_code == 400
    assert "Nothing was saved yet" in response.text
    assert not Reminder.objects.exists()


def test_a_caregiver_editor_sets_her_own_reminder(client, patient):
    editor = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=editor, role="editor")
    client.force_login(editor)
    client.post(reminders_url(patient), {"enabled": "on", "time": "20:00"})
    assert Reminder.objects.get().user == editor


def test_a_viewer_cannot_set_reminders(client, patient):
    viewer = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=viewer, role="viewer")
    client.force_login(viewer)
    assert client.get(reminders_url(patient)).status_code == 403


def test_a_stranger_gets_404(client, patient):
    client.force_login(UserFactory())
    assert client.get(reminders_url(patient)).status_code == 404


def test_anonymous_is_sent_to_log_in(client, patient):
    assert "/accounts/login/" in client.get(reminders_url(patient))["Location"]


def test_a_reminder_is_offered_after_the_first_check_in_until_answered(client, patient):
    client.force_login(patient.user)
    day = patient.today()
    day_url = reverse("day_detail", args=[patient.public_id, day])
    assert "Would a daily reminder help?" not in client.get(day_url).text  # nothing logged
    log_day(patient, day)
    assert "Would a daily reminder help?" in client.get(day_url).text
    client.post(reminders_url(patient), {"time": "19:00"})  # "No, thanks"
    assert not Reminder.objects.get().enabled
    assert "Would a daily reminder help?" not in client.get(day_url).text
