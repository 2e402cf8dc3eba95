"""A saved day's UPDATE and its history copies written as SQL (diary.plain_history): the rows
they leave are the ones Django's `save()` with django-simple-history's receiver and the
library's `bulk_history_create` left, for the same saves."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from django.test.utils import CaptureQueriesContext
from simple_history.models import HistoricalRecords

from diary import checkin, plain_history
from diary.models import (
    AuditEvent,
    DailyEntry,
    Notification,
    SymptomReport,
    TriageItem,
)
from diary.plain_history import history_is_plain, save_existing
from tests.auth import sign_in
from tests.factories import PatientFactory, alert_contact, care_team, connect_patient, log_day
from tests.test_checkin import form_data, url

pytestmark = pytest.mark.django_db


def the_librarys(monkeypatch) -> None:
    """The save as it was: Django's `save()` and the library's bulk history copy."""
    monkeypatch.setattr(checkin, "save_existing", lambda entry: entry.save())

    def update_then_copy(model, sql, params, obj, *, user):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
        model.history.bulk_history_create(
            [obj], update=True, default_user=user, default_change_reason=None
        )

    monkeypatch.setattr(checkin, "update_with_history", update_then_copy)


def rows_of(patient) -> dict[str, list[dict]]:
    """Every row the saves left for `patient`, with her ids and each row's own id replaced by
    names, and each time by its rank among all the times (which came first)."""
    entries = list(DailyEntry.all_objects.filter(patient=patient).order_by("pk"))
    entry_ids = {e.pk: f"entry {n}" for n, e in enumerate(entries)}
    reports = list(SymptomReport._base_manager.filter(entry__patient=patient).order_by("pk"))
    report_ids = {r.pk: f"report {n}" for n, r in enumerate(reports)}
    ids = {"entries": entry_ids, "entry history": entry_ids}
    ids |= {"reports": report_ids, "report history": report_ids}
    tables = {
        "entries": entries,
        "entry history": DailyEntry.history.filter(patient_id=patient.pk).order_by("history_id"),
        "reports": reports,
        "report history": SymptomReport.history.filter(entry_id__in=entry_ids).order_by(
            "history_id"
        ),
        "audit": AuditEvent.objects.filter(patient=patient).order_by("pk"),
        "outbox": Notification.objects.filter(entry__patient=patient).order_by("pk"),
        "queue": TriageItem.objects.filter(patient=patient).order_by("pk"),
    }
    dumped, times = {}, set()
    for name, rows in tables.items():
        dumped[name] = []
        for row in rows:
            values = {}
            for field in row._meta.concrete_fields:
                value = getattr(row, field.attname)
                if field.attname in ("history_id", "chain_hash", "token_hash"):
                    continue  # numbered by the database, or chained on earlier rows
                if field.attname == "id":
                    value = ids.get(name, {}).get(value, "own id")
                elif field.attname == "entry_id":
                    value = entry_ids.get(value, value)
                elif field.attname == "patient_id":
                    value = "patient" if value == patient.pk else value
                elif field.attname in ("history_user_id", "actor_id") or (
                    field.attname.endswith("_by_id")
                ):
                    value = "her user" if value == patient.user.pk else value
                elif field.attname in ("team_id", "contact_id"):
                    value = "hers" if value is not None else None
                elif field.attname.endswith("pseudonym"):
                    value = bool(value)
                elif isinstance(value, datetime.datetime):
                    times.add(value)
                values[field.attname] = value
            dumped[name].append(values)
    rank = {t: n for n, t in enumerate(sorted(times))}
    for rows in dumped.values():
        for values in rows:
            for key, value in values.items():
                if isinstance(value, datetime.datetime):
                    values[key] = f"time {rank[value]}"
    return dumped


def saves(patient) -> list[tuple[int, bool]]:
    """A new day, an edit of one rating with a temperature and a weight, an edit of two and a
    red flag, a stale version, a bad input, a double submit, a rating removed: each answer's
    status and whether it showed the same errors beside the same fields."""
    client = Client()
    sign_in(client, patient.user)
    today = patient.today()
    page = url(patient, today)
    answers = []

    def post(version, **fields):
        response = client.post(page, form_data(today, version=version, **fields))
        errors = response.context["form"].errors if response.status_code != 302 else None
        answers.append((response.status_code, errors and dict(errors)))

    post(0, wellbeing=6, notes="tired", **{"severity-fatigue": 1, "severity-cough": 1})
    post(1, wellbeing=5, temperature="37.4", weight="61.5", weight_unit="kg", notes="tired ✓",
         **{"severity-fatigue": 2, "severity-cough": 1})  # fmt: skip
    red_flag = {"severity-fatigue": 3, "severity-cough": 2, "severity-shortness-of-breath": 3}
    post(2, wellbeing=4, notes="short of breath", **red_flag)
    post(1, wellbeing=9, **{"severity-fatigue": 1})  # stale: the day is at version 3
    post(3, wellbeing=11, **{"severity-fatigue": 1})  # out of range
    post(2, wellbeing=4, notes="short of breath", **red_flag)  # a double submit of version 2
    post(3, wellbeing=4, pain_score=3, **{"severity-fatigue": 2})  # one changed, two removed
    return answers


def patient_with_readers():
    patient = PatientFactory()
    alert_contact(patient)
    connect_patient(patient, care_team())
    log_day(patient, patient.today() - datetime.timedelta(days=1), severities={"fatigue": 1})
    return patient


def test_saves_leave_the_rows_django_and_the_library_left(monkeypatch):
    assert history_is_plain(DailyEntry)  # else the SQL is never used
    plain = patient_with_readers()
    plain_answers = saves(plain)
    with monkeypatch.context() as patched:
        the_librarys(patched)
        library = patient_with_readers()
        library_answers = saves(library)
    assert plain_answers == library_answers
    assert [status for status, _ in plain_answers] == [302, 302, 302, 409, 400, 302, 302]
    assert "wellbeing" in plain_answers[4][1]
    plain_rows, library_rows = rows_of(plain), rows_of(library)
    assert plain_rows == library_rows
    # What the comparison covered: each edit's history copy, the changed ratings' copies,
    # the red flag's outbox row and queue item.
    assert [h["history_type"] for h in plain_rows["entry history"]] == ["+", "+", "~", "~", "~"]
    assert [h["history_type"] for h in plain_rows["report history"]].count("~") == 4
    assert plain_rows["outbox"] and plain_rows["queue"]
    edited = plain_rows["entry history"][2]  # the first edit
    assert edited["temperature_c"] == Decimal("37.4") and edited["weight_kg"] == Decimal("61.5")
    assert edited["notes"] == "tired ✓" and edited["history_user_id"] == "her user"


def test_an_edit_is_an_update_and_a_history_insert(patient):
    entry = log_day(patient, patient.today(), severities={"fatigue": 1})
    entry = checkin.day_to_save(patient, entry.date)
    entry.wellbeing, entry._history_user = 3, patient.user
    with CaptureQueriesContext(connection) as queries:
        save_existing(entry)
    sql = [q["sql"] for q in queries.captured_queries]
    if connection.vendor == "postgresql":  # one statement: the UPDATE in a WITH
        assert len(sql) == 1 and sql[0].startswith('WITH "changed" AS (UPDATE')
    else:
        assert len(sql) == 2 and sql[0].startswith("UPDATE") and sql[1].startswith("INSERT")
    entry.refresh_from_db()
    latest = entry.history.latest()
    assert (entry.wellbeing, latest.wellbeing, latest.history_type) == (3, 3, "~")
    assert latest.history_user_id == patient.user.pk and latest.history_date >= entry.updated_at


def test_another_receiver_of_the_days_saves_gets_djangos_save(patient):
    entry = log_day(patient, patient.today(), severities={"fatigue": 1})
    heard = []

    def receiver(sender, instance, **kwargs):
        heard.append(instance.wellbeing)

    post_save.connect(receiver, sender=DailyEntry, weak=False)
    try:
        assert not history_is_plain(DailyEntry)
        entry.wellbeing, entry._history_user = 2, patient.user
        save_existing(entry)
    finally:
        post_save.disconnect(receiver, sender=DailyEntry)
    assert heard == [2] and entry.history.latest().wellbeing == 2
    assert history_is_plain(DailyEntry)


def test_a_receiver_of_the_history_rows_saves_still_hears_an_edit(patient):
    """The library saves each history row with save(): a listener there gets Django's way."""
    entry = log_day(patient, patient.today(), severities={"fatigue": 1})
    heard = []

    def receiver(sender, instance, created, **kwargs):
        heard.append((instance.history_type, instance.wellbeing))

    history = DailyEntry.history.model
    post_save.connect(receiver, sender=history, weak=False)
    try:
        assert not history_is_plain(DailyEntry)
        entry.wellbeing, entry._history_user = 2, patient.user
        save_existing(entry)
    finally:
        post_save.disconnect(receiver, sender=history)
    assert heard == [("~", 2)]
    assert history_is_plain(DailyEntry)


def test_a_subclass_of_the_librarys_receiver_gets_djangos_save(patient, monkeypatch):
    """A subclass may fill the change reason or the user its own way: not written as SQL."""
    (receiver,) = post_save._live_receivers(DailyEntry)[0]
    records = receiver.__self__

    class Reasoned(HistoricalRecords):
        def get_change_reason_for_object(self, instance, history_type, using):
            return "from the subclass"

    monkeypatch.setattr(records, "__class__", Reasoned)
    assert not history_is_plain(DailyEntry)
    entry = log_day(patient, patient.today(), severities={"fatigue": 1})
    entry.wellbeing, entry._history_user = 2, patient.user
    save_existing(entry)
    assert entry.history.latest().history_change_reason == "from the subclass"


def test_djangos_live_receivers_are_a_pair_of_lists():
    """history_is_plain reads Django's private Signal._live_receivers: (sync, async) in 5.x."""
    sync_receivers, async_receivers = post_save._live_receivers(DailyEntry)
    assert isinstance(sync_receivers, list) and isinstance(async_receivers, list)


def test_without_a_history_user_the_library_takes_it(patient):
    """The library takes the request's user then: the day goes through Django's save()."""
    entry = log_day(patient, patient.today(), severities={"fatigue": 1})
    entry = DailyEntry.objects.get(pk=entry.pk)
    entry.wellbeing = 1
    request = type("Request", (), {"user": patient.user})()
    HistoricalRecords.context.request = request
    try:
        save_existing(entry)
    finally:
        del HistoricalRecords.context.request
    latest = entry.history.latest()
    assert (latest.wellbeing, latest.history_user_id) == (1, patient.user.pk)


def test_history_off_writes_no_history_copy(patient, settings):
    entry = log_day(patient, patient.today(), severities={"fatigue": 1})
    settings.SIMPLE_HISTORY_ENABLED = False
    before = entry.history.count()
    entry = checkin.day_to_save(patient, entry.date)
    entry.wellbeing, entry._history_user = 4, patient.user
    save_existing(entry)
    report = SymptomReport._base_manager.get(entry=entry)
    plain_history.history_of_updates(SymptomReport, [report], user=patient.user)
    assert entry.history.count() == before and report.history.count() == 1
    assert DailyEntry.objects.get(pk=entry.pk).wellbeing == 4


def test_a_partly_loaded_day_is_saved_by_django(patient):
    entry = log_day(patient, patient.today(), severities={"fatigue": 1}, notes="kept")
    partial = DailyEntry.objects.only("pk", "wellbeing").get(pk=entry.pk)
    partial.wellbeing, partial._history_user = 7, patient.user
    with CaptureQueriesContext(connection) as queries:
        save_existing(partial)
    # Django's save() of a deferred instance updates only its loaded fields.
    update = next(q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE"))
    assert '"notes"' not in update
    entry.refresh_from_db()
    assert (entry.wellbeing, entry.notes) == (7, "kept")
    assert entry.history.latest().notes == "kept"
