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


# Every diary page reads the catalog's token and the navigation's "Switch diary" with its
# patient (diary.access.page_annotations); day_detail whether she has a reminder too; home its
# last and next appointments in one query (appointments_around); history its page of days and
# their count in one (counted_page). A session's first request also writes the session (3).
# diary_home, history and day_detail read the patient's treatments once (treatments_of) for the
# days' cause labels, the chemotherapy periods, the dose adherence and the drug warnings; the
# warning signs take one more query only when a treatment of the day is a catalog drug.
# Their days' reports and the earlier ratings the alert rules compare with are one query
# (diary.days.with_reports_and_ratings). day_detail reads who logged and changed the day only
# when it was not the patient herself. Home and history list no dose logs, so read none.
# checkin: the day and the one before it, with their doses, and every report of the two weeks
# (theirs and the earlier ratings of "your symptoms") are read together (diary.checkin_page.
# near_days, three queries), the first of them also finding when she last weighed herself
# (what diary.measures.weight_prompt reads: the "Pain, activity and weight" section says so and
# opens when a week has passed). Her treatments are read once (treatments_of) and a catalog
# drug's common side effects are kept with the catalog.
@pytest.mark.parametrize(
    ("url_name", "expected"),
    [("diary_home", 12), ("history", 11), ("day_detail", 11), ("checkin", 10)],
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


def test_a_save_with_alert_contacts_and_a_care_team_builds_the_day_once(patient, monkeypatch):
    from diary import days
    from diary.models import Notification, TriageItem
    from tests.factories import alert_contact, care_team, connect_patient

    alert_contact(patient)
    connect_patient(patient, care_team())
    built, read_back = [], []
    original = days.build_days
    monkeypatch.setattr(days, "build_days", lambda *a, **k: built.append(1) or original(*a, **k))
    monkeypatch.setattr(days, "with_reports_and_ratings", lambda *a, **k: read_back.append(1))
    log_day(patient, patient.today(), severities={"seizure": 1})
    assert len(built) == 1 and not read_back  # built from what was written, not read back
    assert Notification.objects.count() == 1 and TriageItem.objects.count() == 1


def test_a_saved_days_view_is_the_view_read_back(db):
    """What the alert outbox and the triage queue see of a save (built from the reports just
    written) is what reading the day back gives, on every day of the demo."""
    from diary.days import SavedDay, load_day
    from diary.demo import seed_demo

    patient = seed_demo(email="saved@example.com", password="saved-pass-1234567", days=90)
    patient = patient.user.patient
    catalog = load_catalog()
    entries = list(patient.entries.prefetch_related("reports"))
    assert len(entries) > 60
    for entry in entries:
        written = {
            r.symptom_id: (r.severity, r.treatment_id, r.interference) for r in entry.reports.all()
        }
        built = SavedDay(entry, catalog=catalog, reports=written).view()
        assert built == load_day(patient, entry.date, catalog=catalog), entry.date
    assert any(load_day(patient, e.date, catalog=catalog).concerns for e in entries)


def test_a_saves_view_without_her_answers_has_the_same_concerns(db):
    """The save builds its view without reading her answers to the red flags: the outbox and
    the queue read its concerns and flags, which are those of the day read back."""
    from django.utils import timezone

    from diary.days import SavedDay, load_day
    from diary.demo import seed_demo
    from diary.models import RedFlagAnswer

    patient = seed_demo(email="answers@example.com", password="answers-pass-1234567", days=60)
    patient = patient.user.patient
    catalog = load_catalog()
    entries = list(patient.entries.prefetch_related("reports"))
    answered = 0
    for entry in entries:
        for concern in load_day(patient, entry.date, catalog=catalog).concerns:
            RedFlagAnswer.objects.create(
                patient=patient,
                date=entry.date,
                symptom=concern.symptom,
                answer=RedFlagAnswer.Answer.CONTACTED,
                severity=concern.severity,
                answered_at=timezone.now(),
                answered_by=patient.user,
            )
            answered += 1
    assert answered
    for entry in entries:
        written = {
            r.symptom_id: (r.severity, r.treatment_id, r.interference) for r in entry.reports.all()
        }
        built = SavedDay(entry, catalog=catalog, reports=written, answers=False).view()
        read = load_day(patient, entry.date, catalog=catalog)
        assert (built.concerns, built.flags) == (read.concerns, read.flags), entry.date
        assert not built.answers


def test_treatments_read_once_give_what_each_read_gave(patient):
    from diary.days import chemotherapy_periods
    from diary.drug_warnings import drug_warnings_on
    from diary.models import Drug, Symptom, Treatment, TreatmentType
    from diary.treatments import active_among, active_on, treatments_of

    today = patient.today()
    chemo = TreatmentType.objects.get(slug="chemotherapy")
    other = TreatmentType.objects.exclude(slug="chemotherapy").first()
    drugs = list(Drug.objects.filter(warning_signs__isnull=False).distinct()[:2])
    for n, (start, stop, kind, tracked) in enumerate(
        [
            (today - timedelta(days=90), today - timedelta(days=40), chemo, True),
            (today - timedelta(days=20), None, other, True),
            (today - timedelta(days=20), None, chemo, False),
            (today + timedelta(days=3), None, other, True),
        ]
    ):
        Treatment.objects.create(
            patient=patient,
            drug=drugs[n % len(drugs)] if n % 2 == 0 else None,
            custom_name="" if n % 2 == 0 else f"own {n}",
            type=kind,
            start_date=start,
            stop_date=stop,
            track_doses=tracked,
        )
    for day in range(0, 100, 3):
        log_day(patient, today - timedelta(days=day), severities={"fatigue": 1})
    treatments = treatments_of(patient)
    severities = dict.fromkeys(Symptom.objects.values_list("pk", flat=True), 4)
    for day in (today, today - timedelta(days=50), today + timedelta(days=5)):
        assert active_among(treatments, day) == list(active_on(patient, day))
        assert drug_warnings_on(
            patient, day, severities=severities, treatments=treatments
        ) == drug_warnings_on(patient, day, severities=severities)
    assert drug_warnings_on(patient, today, severities=severities, treatments=treatments)
    assert sorted(chemotherapy_periods(patient, treatments)) == sorted(
        chemotherapy_periods(patient)
    )
    for end in (today, today - timedelta(days=45)):
        assert adherence_windows(
            patient, end=end, windows=(7, 30), treatments=treatments
        ) == adherence_windows(patient, end=end, windows=(7, 30))


def test_reports_read_with_their_ratings_give_the_same_days(db):
    """The pages' one read of reports and earlier ratings (with_reports_and_ratings) gives the
    days that the prefetch and a separate read of the ratings gave."""
    from diary.days import build_days, load_days, prepare
    from diary.demo import seed_demo

    patient = seed_demo(email="ratings@example.com", password="ratings-pass-1234567", days=90)
    patient = patient.user.patient
    catalog = load_catalog()
    today = patient.today()
    seen = []
    for entries in (
        patient.entries.filter(date__gt=today - timedelta(days=14)),
        patient.entries.filter(date__gt=today - timedelta(days=40)).order_by("-date"),
        patient.entries.filter(date__in=[today - timedelta(days=n) for n in (1, 9, 30, 61)]),
        patient.entries.filter(date=today - timedelta(days=5)),
    ):
        new = load_days(patient, entries, catalog=catalog)
        old = build_days(patient, list(prepare(entries)), catalog=catalog)
        assert new == old
        seen += new
    assert any(day.concerns for day in seen)


def test_drug_warning_signs_are_kept_per_catalog_and_follow_a_change(db):
    from diary.drug_warnings import all_signs, signs_for
    from diary.models import DrugWarningSign, Treatment

    catalog = load_catalog()
    sign = DrugWarningSign.objects.select_related("drug").first()
    treatment = Treatment(drug=sign.drug, drug_id=sign.drug_id)
    assert signs_for([treatment], catalog=catalog) == signs_for([treatment])
    with CaptureQueriesContext(connection) as queries:
        assert all_signs(catalog) is all_signs(load_catalog())
    assert len(queries) == 1  # the catalog's version check
    sign.advice = "Report it to your team today."
    sign.save()
    changed = load_catalog()
    assert changed is not catalog
    kept = next(s for s in signs_for([treatment], catalog=changed) if s.pk == sign.pk)
    assert kept.advice == "Report it to your team today."
