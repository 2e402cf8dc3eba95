"""The triage queue: items from the day's concerns, acknowledgement, closing, what the patient
sees, and the queue page."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from diary import triage
from diary.checkin import delete_day
from diary.models import TriageItem
from tests.factories import PatientFactory, care_team, clinician, connect_patient, log_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(db):
    return care_team()


@pytest.fixture
def nurse(team):
    return clinician(team)


@pytest.fixture
def connected(patient, team):
    connect_patient(patient, team)
    return patient


def test_a_red_flag_day_creates_one_item_per_symptom(connected, team):
    log_day(connected, connected.today(), severities={"seizure": 1, "fatigue": 3})
    items = TriageItem.objects.filter(team=team).order_by("kind")
    assert [(i.symptom.slug, i.kind) for i in items] == [
        ("seizure", TriageItem.Kind.RED_FLAG),
        ("fatigue", TriageItem.Kind.ALERT),
    ]
    assert all(i.status == TriageItem.Status.OPEN for i in items)


def test_a_day_without_concerns_creates_no_item(connected, team):
    log_day(connected, connected.today(), severities={"fatigue": 1})
    assert not TriageItem.objects.exists()


def test_an_unconnected_patient_creates_no_item(patient, team):
    log_day(patient, patient.today(), severities={"seizure": 1})
    assert not TriageItem.objects.exists()


def test_saving_the_same_day_again_keeps_one_item(connected, team):
    log_day(connected, connected.today(), severities={"seizure": 1})
    log_day(connected, connected.today(), severities={"seizure": 1}, notes="again")
    assert TriageItem.objects.count() == 1


def test_an_edited_day_updates_its_item(connected, team):
    log_day(connected, connected.today(), severities={"fatigue": 3})
    log_day(connected, connected.today(), severities={"fatigue": 4})
    item = TriageItem.objects.get()
    assert item.severity == 4


def test_a_concern_removed_from_the_day_withdraws_its_item(connected, team):
    log_day(connected, connected.today(), severities={"fatigue": 3})
    log_day(connected, connected.today(), severities={"fatigue": 1})
    assert TriageItem.objects.get().status == TriageItem.Status.WITHDRAWN
    assert not triage.queue(team).exists()


def test_a_withdrawn_item_returns_when_the_concern_does(connected, team):
    today = connected.today()
    log_day(connected, today, severities={"fatigue": 3})
    log_day(connected, today, severities={"fatigue": 1})
    log_day(connected, today, severities={"fatigue": 3})
    assert TriageItem.objects.get().status == TriageItem.Status.OPEN


def test_an_item_records_what_changed_since_the_previous_report(connected, team):
    today = connected.today()
    log_day(connected, today - timedelta(days=2), severities={"nausea": 1})
    log_day(connected, today, severities={"nausea": 3})
    item = TriageItem.objects.get()
    assert (item.previous_severity, item.previous_date) == (1, today - timedelta(days=2))
    assert item.change.startswith("mild on")
    assert item.change.endswith("severe now")


def test_a_deleted_day_leaves_the_open_queue(connected, team):
    log_day(connected, connected.today(), severities={"seizure": 1})
    delete_day(patient=connected, day=connected.today())
    assert not triage.queue(team).exists() or all(i.entry_id is None for i in triage.queue(team))


def test_queue_puts_red_flags_first_then_longest_waiting(team):
    first, second = PatientFactory(), PatientFactory()
    for p in (first, second):
        connect_patient(p, team)
    log_day(first, first.today(), severities={"fatigue": 3})  # alert, oldest
    log_day(second, second.today(), severities={"seizure": 1})  # red flag, newer
    log_day(first, first.today() - timedelta(days=1), severities={"fracture": 1})  # red flag
    order = [(i.patient_id, i.symptom.slug) for i in triage.queue(team)]
    assert order == [
        (second.pk, "seizure"),
        (first.pk, "fracture"),
        (first.pk, "fatigue"),
    ]


def test_acknowledging_assigns_the_item(connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    assert (item.status, item.assigned_to) == (TriageItem.Status.ACKNOWLEDGED, nurse)
    assert item.acknowledged_at is not None


def test_a_second_acknowledgement_is_refused(connected, team, nurse):
    other = clinician(team)
    log_day(connected, connected.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    with pytest.raises(triage.TriageError, match="already acknowledged"):
        triage.acknowledge(item=TriageItem.objects.get(), by=other)
    item.refresh_from_db()
    assert item.assigned_to == nurse


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_acknowledgements_give_one_owner():
    team = care_team()
    patient = PatientFactory()
    connect_patient(patient, team)
    nurses = [clinician(team), clinician(team)]
    log_day(patient, patient.today(), severities={"seizure": 1})
    item_pk = TriageItem.objects.get().pk
    outcomes = []
    barrier = threading.Barrier(2)

    def take(user):
        barrier.wait()
        try:
            triage.acknowledge(item=TriageItem.objects.get(pk=item_pk), by=user)
            outcomes.append("taken")
        except triage.TriageError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(n,)) for n in nurses]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["refused", "taken"]
    assert TriageItem.objects.get(pk=item_pk).assigned_to in nurses


def test_closing_records_the_outcome(connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    triage.close(
        item=item,
        by=nurse,
        outcome=triage.Outcome(action="called", team_note="Spoke to her, ED advised."),
    )
    assert (item.status, item.action, item.closed_by) == ("closed", "called", nurse)


def test_an_open_item_cannot_be_closed_without_acknowledging(connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    with pytest.raises(triage.TriageError):
        triage.close(item=TriageItem.objects.get(), by=nurse, outcome=triage.Outcome(action="none"))


def test_seen_by_team_is_the_first_acknowledgement_without_the_note(connected, team, nurse):
    day = connected.today()
    log_day(connected, day, severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    triage.close(
        item=item,
        by=nurse,
        outcome=triage.Outcome(action="advice", team_note="secret", patient_message="Call us."),
    )
    saw = triage.seen_by_team(connected, [day])[day]
    assert saw.at == item.acknowledged_at
    assert saw.messages == ("Call us.",)
    assert "secret" not in repr(saw)


# The pages


def test_patient_sees_that_her_team_saw_the_day(owner_client, connected, team, nurse):
    day = connected.today()
    log_day(connected, day, severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    triage.close(
        item=item, by=nurse, outcome=triage.Outcome(action="called", team_note="Team only text")
    )
    for url in (
        reverse("day_detail", args=[connected.public_id, day]),
        reverse("diary_home", args=[connected.public_id]),
    ):
        response = owner_client.get(url)
        assert "Your care team saw this at" in response.content.decode()
        assert "Team only text" not in response.content.decode()


def test_patient_sees_no_team_line_before_acknowledgement(owner_client, connected, team):
    day = connected.today()
    log_day(connected, day, severities={"seizure": 1})
    response = owner_client.get(reverse("day_detail", args=[connected.public_id, day]))
    assert "care team saw this" not in response.content.decode()


def test_queue_page_lists_open_items(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    client.force_login(nurse)
    response = client.get(reverse("team_queue", args=[team.pk]))
    assert response.status_code == 200
    assert "Seizure" in response.content.decode()
    assert connected.display_name in response.content.decode()


def test_queue_filters_red_flags_and_mine(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1, "fatigue": 3})
    client.force_login(nurse)
    url = reverse("team_queue", args=[team.pk])
    assert "Fatigue" not in client.get(url, {"red": "1"}).content.decode()
    assert "Nothing here." in client.get(url, {"mine": "1", "status": "all"}).content.decode()
    triage.acknowledge(item=TriageItem.objects.get(symptom__slug="fatigue"), by=nurse)
    mine = client.get(url, {"mine": "1", "status": "acknowledged"}).content.decode()
    assert "Fatigue" in mine and "Seizure" not in mine


def test_acknowledge_and_close_through_the_pages(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    client.force_login(nurse)
    response = client.post(reverse("team_item_acknowledge", args=[team.pk, item.pk]))
    assert response.status_code == 302
    response = client.post(
        reverse("team_item_close", args=[team.pk, item.pk]),
        {"action": "emergency", "team_note": "ED", "patient_message": ""},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.action) == ("closed", "emergency")


def test_close_without_an_action_rerenders_and_saves_nothing(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    client.force_login(nurse)
    response = client.post(reverse("team_item_close", args=[team.pk, item.pk]), {"action": ""})
    assert response.status_code == 400
    item.refresh_from_db()
    assert item.status == "acknowledged"


def test_second_acknowledgement_through_the_page_says_who_has_it(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    item = TriageItem.objects.get()
    triage.acknowledge(item=item, by=nurse)
    other = clinician(team)
    client.force_login(other)
    response = client.post(reverse("team_item_acknowledge", args=[team.pk, item.pk]), follow=True)
    assert "already acknowledged by" in response.content.decode()
    item.refresh_from_db()
    assert item.assigned_to == nurse


def test_acknowledge_by_get_is_not_allowed(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    client.force_login(nurse)
    item = TriageItem.objects.get()
    response = client.get(reverse("team_item_acknowledge", args=[team.pk, item.pk]))
    assert response.status_code == 405


def test_another_teams_item_is_404(client, connected, team, nurse):
    log_day(connected, connected.today(), severities={"seizure": 1})
    other_team = care_team("Elsewhere")
    client.force_login(nurse)
    item = TriageItem.objects.get()
    assert client.get(reverse("team_item", args=[other_team.pk, item.pk])).status_code == 404


def _connected_patients(team, n):
    for _ in range(n):
        p = PatientFactory()
        connect_patient(p, team)
        log_day(p, p.today(), severities={"seizure": 1, "fatigue": 3})


@pytest.mark.parametrize("name", ["team_queue", "team_patients", "team_metrics"])
def test_team_pages_cost_the_same_queries_for_5_and_50_patients(
    client, team, nurse, name, django_assert_max_num_queries
):
    client.force_login(nurse)
    url = reverse(name, args=[team.pk])
    _connected_patients(team, 5)
    with django_assert_max_num_queries(30) as few:
        assert client.get(url).status_code == 200
    _connected_patients(team, 45)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_a_returning_concern_is_open_and_unassigned_again(connected, team, nurse):
    today = connected.today()
    log_day(connected, today, severities={"fatigue": 3})
    triage.acknowledge(item=TriageItem.objects.get(), by=nurse)
    log_day(connected, today, severities={"fatigue": 1})
    log_day(connected, today, severities={"fatigue": 4})
    item = TriageItem.objects.get()
    assert (item.status, item.assigned_to, item.acknowledged_at) == ("open", None, None)


def test_moving_a_day_to_another_date_moves_its_items(connected, team):
    from diary.checkin import DayInput, save_day
    from diary.models import Symptom

    today = connected.today()
    entry = log_day(connected, today, severities={"seizure": 1})
    seizure = Symptom.objects.get(slug="seizure")
    save_day(
        patient=connected,
        opened_date=today,
        base_version=entry.version,
        data=DayInput(
            date=today - timedelta(days=1),
            wellbeing=6,
            temperature_c=None,
            notes="",
            severities={seizure.pk: 1},
        ),
        by=connected.user,
    )
    open_dates = [i.date for i in triage.queue(team)]
    assert open_dates == [today - timedelta(days=1)]


def test_queue_shows_the_patients_own_answer(client, connected, team, nurse):
    from diary.models import RedFlagAnswer, Symptom

    day = connected.today()
    log_day(connected, day, severities={"seizure": 1, "fatigue": 3})
    RedFlagAnswer.objects.create(
        patient=connected,
        date=day,
        symptom=Symptom.objects.get(slug="seizure"),
        answer=RedFlagAnswer.Answer.CONTACTED,
        severity=1,
        answered_by=connected.user,
    )
    items = list(triage.queue(team))
    answers = triage.patient_answers(items)
    seizure = next(i for i in items if i.symptom.slug == "seizure")
    assert answers[seizure.pk].startswith("Contacted the care team")
    assert len(answers) == 1
    client.force_login(nurse)
    page = client.get(reverse("team_queue", args=[team.pk])).content.decode()
    assert "Contacted the care team" in page


def test_red_flag_panel_says_the_day_is_in_the_teams_queue(connected, team, nurse):
    day = connected.today()
    entry = log_day(connected, day, severities={"seizure": 1})
    assert "in the triage queue of your care team (Oncology clinic)" in triage.in_queue_text(
        entry, whose="your"
    )
    triage.acknowledge(item=TriageItem.objects.get(), by=nurse)
    assert triage.in_queue_text(entry, whose="your").startswith(
        "Your care team (Oncology clinic) saw this day at"
    )


def test_red_flag_panel_without_a_team_says_nothing_of_a_queue(patient):
    entry = log_day(patient, patient.today(), severities={"seizure": 1})
    assert triage.in_queue_text(entry, whose="your") == ""


def _weekly_day(patient, day, severities):
    return log_day(patient, day, severities=severities, wellbeing=5, recall_days=7)


def test_a_weekly_items_texts_speak_of_the_last_7_days(client, connected, team, nurse):
    today = connected.today()
    _weekly_day(connected, today - timedelta(days=7), {"nausea": 1})
    _weekly_day(connected, today, {"nausea": 3, "fatigue": 3})
    nausea = TriageItem.objects.select_related("entry").get(symptom__slug="nausea")
    fatigue = TriageItem.objects.select_related("entry").get(symptom__slug="fatigue")
    assert nausea.weekly
    assert nausea.change.endswith("severe in the last 7 days")
    assert fatigue.change == "not rated in the 21 days before"
    assert "Reached severe in the last 7 days" in fatigue.reasons
    client.force_login(nurse)
    for url in (
        reverse("team_queue", args=[team.pk]),
        reverse("team_item", args=[team.pk, nausea.pk]),
    ):
        html = client.get(url).content.decode()
        assert f"weekly check-in, the 7 days up to {today:%a} {today.day} {today:%b %Y}" in html
        assert "day of" not in html


def test_a_daily_items_texts_keep_the_days_words(client, connected, team, nurse):
    today = connected.today()
    log_day(connected, today, severities={"fatigue": 3})
    item = TriageItem.objects.get()
    assert not item.weekly
    assert item.change == "not rated in the 14 days before"
    assert item.reasons == "Reached severe"
    client.force_login(nurse)
    html = client.get(reverse("team_queue", args=[team.pk])).content.decode()
    assert f"day of {today:%a} {today.day} {today:%b %Y}" in html
