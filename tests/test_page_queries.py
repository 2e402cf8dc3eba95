"""Query counts of the main pages, pinned; the per-process catalog and its version check."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary import catalog as catalog_module
from diary import tagging
from diary.catalog import load_catalog
from diary.models import Symptom
from diary.treatments import adherence, adherence_windows
from tests.factories import log_day


@pytest.fixture
def month(patient):
    today = patient.today()
    for n in range(30):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": 1 + n % 3})
    load_catalog()  # warm, as in a running server
    return today


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# diary_home and day_detail: one more for the treatments of the day whose labels' warning
# signs it may reach (a second, for the signs, only when one of them is a catalog drug).
# checkin: the 17th query finds when she last weighed herself (diary.measures.weight_prompt):
# the "Pain, activity and weight" section says so and opens when a week has passed.
@pytest.mark.parametrize(
    ("url_name", "expected"),
    [("diary_home", 19), ("history", 17), ("day_detail", 18), ("checkin", 17)],
)
def test_page_query_counts_are_pinned(owner_client, patient, month, url_name, expected):
    args = [patient.public_id] + ([month] if url_name in ("day_detail", "checkin") else [])
    assert count(owner_client, reverse(url_name, args=args)) == expected


def test_an_unchanged_catalog_costs_one_query(db):
    load_catalog()
    with CaptureQueriesContext(connection) as queries:
        first = load_catalog()
        second = load_catalog()
    assert len(queries) == 2 and first is second


def test_a_changed_symptom_is_seen_by_the_next_load(db):
    before = load_catalog()
    symptom = Symptom.objects.get(slug="fatigue")
    symptom.name = "Tiredness"
    symptom.save()
    after = load_catalog()
    assert after is not before and after.by_slug["fatigue"].name == "Tiredness"


def test_a_changed_site_list_is_seen_by_the_next_load(db):
    load_catalog()
    symptom = Symptom.objects.get(slug="fatigue")
    symptom.sites.clear()
    assert load_catalog().site_slugs(load_catalog().by_slug["fatigue"]) == []


def test_without_a_version_row_the_catalog_is_read_each_time(db):
    catalog_module.CatalogVersion.objects.all().delete()
    assert load_catalog() is not load_catalog()


def test_the_tagger_is_not_rebuilt_or_rehashed_while_the_catalog_is_unchanged(db, monkeypatch):
    first = tagging.get_tagger()
    monkeypatch.setattr(tagging, "catalog_entries", lambda: pytest.fail("catalog re-read"))
    with CaptureQueriesContext(connection) as queries:
        assert tagging.get_tagger() is first
    assert len(queries) == 1


def test_adherence_windows_match_one_window_at_a_time(patient):
    today = patient.today()
    both = adherence_windows(patient, end=today, windows=(7, 30))
    assert both[7] == adherence(patient, end=today, days=7)
    assert both[30] == adherence(patient, end=today, days=30)


def test_a_save_with_alert_contacts_and_a_care_team_reads_the_day_once(patient, monkeypatch):
    from django.utils import timezone

    from diary import days
    from diary.models import CareTeamContact, Notification, TriageItem
    from tests.factories import care_team, connect_patient

    CareTeamContact.objects.create(
        patient=patient,
        name="Kim",
        email="kim@example.com",
        alert_emails=True,
        confirmed_at=timezone.now(),
    )
    connect_patient(patient, care_team())
    calls = []
    original = days.load_day
    monkeypatch.setattr(days, "load_day", lambda *a, **k: calls.append(1) or original(*a, **k))
    log_day(patient, patient.today(), severities={"seizure": 1})
    assert len(calls) == 1
    assert Notification.objects.count() == 1 and TriageItem.objects.count() == 1
