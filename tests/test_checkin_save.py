"""What one check-in save costs and what it leaves behind: its statements (pinned), its
"Saved" message (in a signed cookie, not the session), and the reads it shares between the
alert outbox and the care teams' queue."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.messages import constants, get_messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from diary.catalog import load_catalog
from diary.days import RatingIndex, SavedDay, day_record, recent_reports
from diary.measures import lookback_days
from diary.message_storage import SessionUnlessPlainStorage, add_without_health_data
from diary.models import (
    DailyEntry,
    DoseLog,
    Drug,
    DrugSideEffect,
    Notification,
    Symptom,
    SymptomReport,
    Treatment,
    TreatmentType,
    TriageItem,
)
from diary.redflags import assess_day
from diary.treatments import common_side_effects
from tests.auth import sign_in
from tests.factories import PatientFactory, alert_contact, care_team, connect_patient, log_day
from tests.test_checkin import form_data, url

pytestmark = pytest.mark.django_db


def session_writes(queries) -> list[str]:
    return [
        q["sql"]
        for q in queries.captured_queries
        if "django_session" in q["sql"] and not q["sql"].startswith("SELECT")
    ]


@pytest.fixture
def alerted(patient):
    """The demo's set-up and more: a confirmed alert contact, a care team, a week of days."""
    alert_contact(patient)
    connect_patient(patient, care_team())
    today = patient.today()
    for n in range(1, 8):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": 1, "cough": 1})
    load_catalog()  # warm, as in a running server
    return patient


def statements(client, patient, day, version, **ratings):
    client.get(url(patient, day))  # the form, as she opens it (and her activity time noted)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url(patient, day), form_data(day, version=version, **ratings))
    assert response.status_code == 302
    return [q["sql"] for q in queries.captured_queries]


# An edit of a day, with a confirmed alert contact and a care team (in a test the save's transaction
# is a SAVEPOINT and its RELEASE; BEGIN IMMEDIATE and COMMIT outside one): session, user, patient
# (with the catalog's token), her treatments (once: for the form and for the alert rules),
# SAVEPOINT, the patient's row lock, the day (with whether it has dose logs and open queue items,
# its reports, and her alert contacts and care teams), its update and history copy, the changed
# report's update and history copy, the earlier ratings (shared by the alert rules and the queue),
# RELEASE: 13 (15 while the reports and the readers were reads of their own; on PostgreSQL 11, each
# update and its history copy one statement; 24 before: the treatments were read twice, her red-flag
# answers once, and the "Saved" message was a session write, SAVEPOINT, UPDATE, RELEASE, and the
# catalog's token was a query of its own; 18: the dose logs' DELETE ran on a day without any, the
# contacts and the teams were two queries, and the withdrawal of the day's open queue items ran on a
# day without any). A red flag added instead: the new report and its history copy (no update), the
# outbox row (get_or_create: read, SAVEPOINT, insert, RELEASE), the day's queue items, the team (for
# its working hours) and the new item: 20 (31, 23, then 22; 19 on PostgreSQL).
def test_a_saves_statements_are_pinned(owner_client, alerted):
    patient, today = alerted, alerted.today()
    log_day(patient, today, severities={"fatigue": 1})
    version = DailyEntry.objects.get(patient=patient, date=today).version
    plain = statements(owner_client, patient, today, version, **{"severity-fatigue": 2})
    # On PostgreSQL each UPDATE and its history copy are one statement (diary.plain_history).
    postgresql = connection.vendor == "postgresql"
    assert len(plain) == (11 if postgresql else 13), "\n".join(plain)
    red_flag = statements(
        owner_client,
        patient,
        today,
        version + 1,
        **{"severity-fatigue": 2, "severity-shortness-of-breath": 3},
    )
    assert len(red_flag) == (19 if postgresql else 20), "\n".join(red_flag)
    assert Notification.objects.count() == 1 and TriageItem.objects.count() == 1


def test_a_save_writes_no_session_row_nor_does_the_page_after_it(owner_client, patient):
    today = patient.today()
    owner_client.get(url(patient, today))  # the form, as she opens it
    with CaptureQueriesContext(connection) as saving:
        response = owner_client.post(url(patient, today), form_data(today, wellbeing=6))
    assert response.status_code == 302 and session_writes(saving) == []
    with CaptureQueriesContext(connection) as showing:
        page = owner_client.get(response["Location"])
    assert session_writes(showing) == []
    html = page.content.decode()
    assert f"Saved {today:%A %d %B}." in html
    key = f"{patient.user.pk}:{patient.public_id}:{today:%Y-%m-%d}"
    assert f'data-draft-clear="{key}"' in html


def test_the_saved_message_is_shown_once(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, wellbeing=6))
    assert "Saved " in owner_client.get(response["Location"]).content.decode()
    assert "Saved " not in owner_client.get(response["Location"]).content.decode()


def test_the_saved_message_names_no_symptom_or_note(owner_client, patient):
    today = patient.today()
    response = owner_client.post(
        url(patient, today),
        form_data(today, notes="Pain in the left hip", **{"severity-fatigue": 3}),
    )
    cookie = response.cookies["messages"]
    # The cookie is signed and compressed: its words are read back as the storage reads them.
    saved = CookieStorage(RequestFactory().get("/"))._decode(cookie.value)
    assert [message.message for message in saved] == [f"Saved {today:%A %d %B}."]
    for message in saved:
        for word in ("atigue", "hip", "Pain", "severe", "Moderate"):
            assert word.lower() not in f"{message.message} {message.extra_tags}".lower()
    assert cookie["httponly"] and cookie["samesite"]


@pytest.mark.parametrize("seen_before", [False, True])
def test_signing_out_drops_the_saved_message_for_the_next_sign_in(
    owner_client, patient, stranger, seen_before
):
    today = patient.today()
    saved = owner_client.post(url(patient, today), form_data(today, wellbeing=6))
    if seen_before:  # the message read once already: nothing left to show in any case
        owner_client.get(saved["Location"])
    signed_out = owner_client.post(reverse("account_logout"))
    assert signed_out.status_code == 302
    cookie = signed_out.cookies.get("messages")
    assert cookie is None or not cookie.value  # none left, or deleted with the response
    shown = owner_client.get(signed_out["Location"]).content.decode()
    assert "You have signed out." in shown
    assert "Saved " not in shown
    sign_in(owner_client, stranger.user)
    for page in (
        reverse("diary_home", args=[stranger.public_id]),
        reverse("checkin", args=[stranger.public_id, today]),
    ):
        html = owner_client.get(page).content.decode()
        assert "Saved " not in html and "draft-saved" not in html
        assert f"{patient.public_id}" not in html


def _request():
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.session.create()
    return request


def test_other_messages_stay_in_the_session_and_plain_ones_in_the_cookie(db):
    request = _request()
    storage = request._messages = SessionUnlessPlainStorage(request)
    add_without_health_data(request, "Saved Sunday 29 November.", extra_tags="draft-saved:x")
    storage.add(constants.SUCCESS, "Added Fatigue (mild).")
    response = HttpResponse()
    storage.update(response)
    assert "Fatigue" not in response.cookies["messages"].value
    assert "Fatigue" in str(request.session["_messages"])
    assert "Sunday" not in str(request.session["_messages"])
    # The next request reads both, plain first, with their tags.
    after = RequestFactory().get("/")
    after.COOKIES["messages"] = response.cookies["messages"].value
    after.session = request.session
    after._messages = SessionUnlessPlainStorage(after)
    shown = [(m.message, m.extra_tags) for m in get_messages(after)]
    assert shown == [
        ("Saved Sunday 29 November.", "draft-saved:x"),
        ("Added Fatigue (mild).", ""),
    ]
    emptied = HttpResponse()
    after._messages.update(emptied)
    assert emptied.cookies["messages"]["max-age"] == 0  # the cookie is deleted
    assert "_messages" not in after.session


def test_without_a_plain_message_the_cookie_is_left_alone(db):
    request = _request()
    storage = request._messages = SessionUnlessPlainStorage(request)
    storage.add(constants.SUCCESS, "Profile saved.")
    response = HttpResponse()
    storage.update(response)
    assert "messages" not in response.cookies
    assert "Profile saved." in str(request.session["_messages"])


def test_the_queue_reads_the_same_earlier_ratings_as_before(patient):
    today = patient.today()
    for n, severity in ((10, 3), (5, 1), (2, 2)):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": severity, "cough": 1})
    fatigue, cough = (Symptom.objects.get(slug=s).pk for s in ("fatigue", "cough"))
    for recall in (1, 7):
        entry = log_day(patient, today, severities={"fatigue": 4})
        entry.recall_days = recall
        saved = SavedDay(entry, reports={fatigue: (4, None, None)})
        expected = recent_reports(patient, before=today, days=lookback_days(recall))
        assert saved.previous_ratings([fatigue, cough]) == {
            pk: expected[pk] for pk in (fatigue, cough) if pk in expected
        }


def test_a_day_read_back_leaves_the_queue_to_read_its_own_ratings(patient):
    entry = log_day(patient, patient.today(), severities={"fatigue": 4})
    assert SavedDay(entry).previous_ratings([entry.reports.get().symptom_id]) is None


def test_common_side_effects_kept_per_catalog_follow_a_changed_link(patient):
    drug = Drug.objects.filter(side_effect_links__isnull=False).first()
    treatment = Treatment.objects.create(
        patient=patient,
        drug=drug,
        type=TreatmentType.objects.first(),
        start_date=patient.today(),
    )
    assert common_side_effects([treatment], catalog=load_catalog()) == common_side_effects(
        [treatment]
    )
    missing = Symptom.objects.exclude(pk__in=drug.side_effects.all()).first()
    DrugSideEffect.objects.create(drug=drug, symptom=missing, source="A label")
    assert common_side_effects([treatment], catalog=load_catalog())[missing.pk] == [treatment]
    drug.side_effects.remove(missing)
    assert missing.pk not in common_side_effects([treatment], catalog=load_catalog())


def test_the_check_in_of_a_patient_on_a_catalog_drug_reads_no_side_effect_links(
    owner_client, patient
):
    drug = Drug.objects.filter(side_effect_links__isnull=False).first()
    Treatment.objects.create(
        patient=patient, drug=drug, type=TreatmentType.objects.first(), start_date=patient.today()
    )
    page = url(patient, patient.today())
    owner_client.get(page)  # the first page of this catalog reads them, once per process
    with CaptureQueriesContext(connection) as queries:
        html = owner_client.get(page).content.decode()
    assert not [q for q in queries.captured_queries if "diary_drugsideeffect" in q["sql"]]
    linked = drug.side_effect_links.order_by("symptom__name").first().symptom
    note = f'id="id_severity-{linked.slug}-note">with {escape(drug.generic_name)}</p>'
    assert note in html  # the symptom the drug is known for says so, under its name


def test_one_changed_rating_keeps_its_history_as_several_do(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"fatigue": 1, "cough": 1, "nausea": 1})
    version = DailyEntry.objects.get(patient=patient, date=today).version
    ratings = {"severity-fatigue": 2, "severity-cough": 1, "severity-nausea": 1}
    statements(owner_client, patient, today, version, **ratings)  # one changed
    ratings = {"severity-fatigue": 2, "severity-cough": 3, "severity-nausea": 2}
    statements(owner_client, patient, today, version + 1, **ratings)  # two changed
    history = SymptomReport.history.filter(history_type="~").order_by("history_date", "pk")
    rows = [
        (h.symptom.slug, h.severity, h.history_user_id, h.history_change_reason, h.updated_by_id)
        for h in history
    ]
    user = patient.user.pk
    assert len(rows) == 3 and rows[0] == ("fatigue", 2, user, None, user)
    assert sorted(rows[1:]) == [("cough", 3, user, None, user), ("nausea", 2, user, None, user)]
    assert dict(
        SymptomReport.objects.filter(entry__date=today).values_list("symptom__slug", "severity")
    ) == {"fatigue": 2, "cough": 3, "nausea": 2}


def test_a_day_whose_ratings_cannot_have_risen_reads_no_earlier_ratings(owner_client, alerted):
    # Mild ratings of symptoms other than confusion: the alert rules compare nothing with the
    # days before, so the look-back is not read (12 statements against the 13 of a moderate
    # one; 10 and 11 on PostgreSQL), and the day has no concern either way.
    patient, today = alerted, alerted.today()
    log_day(patient, today, severities={"fatigue": 2})
    version = DailyEntry.objects.get(patient=patient, date=today).version
    mild = statements(owner_client, patient, today, version, **{"severity-fatigue": 1})
    assert len(mild) == (10 if connection.vendor == "postgresql" else 12), "\n".join(mild)
    assert not any('"diary_symptomreport"."symptom_id" AS' in sql for sql in mild)
    assert not TriageItem.objects.exclude(status=TriageItem.Status.WITHDRAWN).exists()


@pytest.mark.parametrize(
    ("ratings", "concern"),
    [
        ({"fatigue": 1}, False),  # not compared
        ({"fatigue": 1, "cough": 0}, False),
        ({"fatigue": 2}, True),  # up by 2 since the day before ("None"): an alert
        ({"confusion": 1}, False),  # as the day before: not new, not worse
        ({"confusion": 2}, True),  # worse: a red flag
    ],
)
def test_a_saved_days_concerns_are_the_same_with_or_without_the_earlier_ratings(
    patient, ratings, concern
):
    catalog = load_catalog()
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 0, "confusion": 1})
    entry = log_day(patient, today, severities=ratings)
    ids = dict(Symptom.objects.values_list("slug", "pk"))
    written = {ids[slug]: (severity, None, None) for slug, severity in ratings.items()}
    view = SavedDay(entry, catalog=catalog, reports=written, answers=False).view()
    everything = RatingIndex.load(patient, start=today - timedelta(days=21), end=today)
    previous = everything.last_before(today, list(written), days=lookback_days(1))
    entry.report_list = list(entry.reports.all())
    expected = assess_day(day_record(entry), previous=previous, symptoms=catalog.by_id)
    assert view.concerns == expected
    assert bool(view.concerns) is concern


def test_a_fever_on_a_day_of_mild_ratings_gives_its_queue_item_the_earlier_rating(patient):
    # The rules read no earlier rating for a mild day; the queue's item still names the
    # symptom's previous rating, read when it is asked for.
    connect_patient(patient, care_team())
    today = patient.today()
    log_day(patient, today - timedelta(days=2), severities={"fever": 1})
    log_day(patient, today, severities={"fever": 1}, temperature_c=Decimal("38.5"))
    item = TriageItem.objects.get()
    assert item.previous_date == today - timedelta(days=2) and item.previous_severity == 1


def dose_deletes(statements: list[str]) -> list[str]:
    return [sql for sql in statements if sql.startswith('DELETE FROM "diary_doselog"')]


def test_a_save_replaces_the_days_dose_logs_and_skips_the_delete_without_any(owner_client, patient):
    treatment = Treatment.objects.create(
        patient=patient,
        custom_name="Tea",
        type=TreatmentType.objects.first(),
        start_date=patient.today() - timedelta(days=30),
        track_doses=True,
    )
    today = patient.today()
    dose = {f"dose-{treatment.pk}": "taken"}
    first = statements(owner_client, patient, today, 0, **dose)
    assert DoseLog.objects.filter(entry__date=today).count() == 1
    assert not dose_deletes(first)  # a new day
    version = DailyEntry.objects.get(patient=patient, date=today).version
    second = statements(owner_client, patient, today, version, **{"severity-fatigue": 1})
    assert len(dose_deletes(second)) == 1  # the day had a dose log
    assert not DoseLog.objects.exists()
    third = statements(owner_client, patient, today, version + 1, **{"severity-fatigue": 2})
    assert not dose_deletes(third)  # and now it has none


def test_the_alert_readers_are_her_alerted_contacts_and_connected_teams_in_order(patient):
    from django.utils import timezone

    from diary.checkin import alert_readers, day_and_readers
    from diary.models import CareTeamContact, TeamConnection
    from diary.teams import connections_of

    assert alert_readers(patient) == ([], [])
    zoe, al = alert_contact(patient, "Zoe", "zoe@example.com"), alert_contact(patient, "Al")
    unconfirmed = alert_contact(patient, "Bo", "bo@example.com")
    CareTeamContact.objects.filter(pk=unconfirmed.pk).update(confirmed_at=None)
    quiet = alert_contact(patient, "Cy", "cy@example.com")
    CareTeamContact.objects.filter(pk=quiet.pk).update(alert_emails=False)
    first, gone, last = care_team("B"), care_team("Gone"), care_team("A")
    for team in (first, gone, last):
        connect_patient(patient, team)
    TeamConnection.objects.filter(team=gone).update(disconnected_at=timezone.now())
    other = PatientFactory()  # another diary's readers and day are not hers
    alert_contact(other, "Other", "other@example.com")
    connect_patient(other, care_team("Theirs"))
    log_day(other, patient.today(), severities={"fatigue": 3, "nausea": 2, "vomiting": 1})
    contacts, teams = alert_readers(patient)
    assert contacts == [c.pk for c in patient.contacts.alerted()] == [al.pk, zoe.pk]
    assert teams == [c.team_id for c in connections_of(patient)] == [first.pk, last.pk]
    # The save reads them with the day (one statement): the same, with a day or without one.
    today = patient.today()
    assert day_and_readers(patient, today) == (None, (contacts, teams))
    log_day(patient, today, severities={"fatigue": 2, "nausea": 1})
    entry, readers = day_and_readers(patient, today)
    assert readers == (contacts, teams) and len(entry.reports_read) == 2
    assert day_and_readers(patient, today)[1] == (contacts, teams)


def test_a_save_locks_her_diarys_row_first(owner_client, patient):
    # Saves of one diary queue up behind the patient's row (PostgreSQL's FOR UPDATE; SQLite has
    # none and serializes every write with its IMMEDIATE transactions).
    today = patient.today()
    saved = statements(owner_client, patient, today, 0, **{"severity-fatigue": 1})
    begin = next(i for i, sql in enumerate(saved) if sql.startswith(("SAVEPOINT", "BEGIN")))
    lock = saved[begin + 1]
    assert lock.startswith('SELECT "diary_patient"."id" FROM "diary_patient" WHERE')
    assert lock.endswith(" FOR UPDATE") is connection.features.has_select_for_update


@pytest.mark.parametrize("status", [TriageItem.Status.OPEN, TriageItem.Status.ACKNOWLEDGED])
def test_a_day_that_loses_its_concern_withdraws_its_open_items_and_only_then(patient, status):
    connect_patient(patient, care_team())
    today = patient.today()
    log_day(patient, today, severities={"fatigue": 4})
    TriageItem.objects.update(status=status)
    with CaptureQueriesContext(connection) as losing:
        log_day(patient, today, severities={"fatigue": 1})
    assert TriageItem.objects.get().status == TriageItem.Status.WITHDRAWN
    assert [q for q in losing.captured_queries if q["sql"].startswith('UPDATE "diary_triageitem"')]
    with CaptureQueriesContext(connection) as again:
        log_day(patient, today, severities={"fatigue": 0})
    assert not [q for q in again.captured_queries if 'UPDATE "diary_triageitem"' in q["sql"]]


def test_a_day_moved_onto_a_date_withdraws_the_open_items_kept_there(patient):
    from diary.checkin import DayInput, save_day

    connect_patient(patient, care_team())
    today = patient.today()
    yesterday = today - timedelta(days=1)
    log_day(patient, yesterday, severities={"fatigue": 4})
    patient.entries.filter(date=yesterday).delete()  # its item stays open, by date
    entry = log_day(patient, today - timedelta(days=2), severities={"fatigue": 1})
    save_day(
        patient=patient,
        opened_date=entry.date,
        base_version=entry.version,
        data=DayInput(date=yesterday, wellbeing=5, temperature_c=None, notes="", severities={}),
        by=patient.user,
    )
    assert TriageItem.objects.get().status == TriageItem.Status.WITHDRAWN


def test_the_change_history_s_manager_class_is_made_once_and_each_day_reads_its_own(patient):
    today = patient.today()
    first = log_day(patient, today - timedelta(days=1), severities={"fatigue": 1})
    second = log_day(patient, today, severities={"fatigue": 2})
    log_day(patient, today, severities={"fatigue": 3})  # an edit: a second copy of the day
    assert type(first.history) is type(second.history) is type(DailyEntry.history)
    assert type(SymptomReport.history) is type(DailyEntry.history)
    assert first.history.count() == 1 and second.history.count() == 2
    assert set(second.history.values_list("history_type", flat=True)) == {"+", "~"}
    assert DailyEntry.history.count() == 3
    assert SymptomReport.history.filter(severity=3).count() == 1
