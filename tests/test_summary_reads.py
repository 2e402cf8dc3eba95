"""The summary's comparisons read with its days: the trend weeks, the 14 days before the visit,
the measures' trends and the symptoms of the period before come from the days and the ratings
read before them (diary.summary.days.PeriodDays) and are the same as their own queries give
(diary.summary.build.query_window, diary.measures.daily_measure_series, the period before's
query); her treatments, the drugs' warning signs and side effects are not read again."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from diary.catalog import catalog_version, load_catalog
from diary.measures import daily_measure_series
from diary.models import DailyEntry, Drug, DrugSideEffect, Symptom, SymptomReport
from diary.summary import Period, build_summary
from diary.summary import build as build_module
from diary.summary.days import load_days
from diary.summary.since import baseline_window, since_date
from diary.summary.trends import windows
from diary.treatments import adherence, common_side_effects
from tests.factories import log_day
from tests.test_summary_days import random_diary

pytestmark = pytest.mark.django_db


def with_measures(patient, seed: int) -> None:
    """Measures on some days, how much symptoms got in the way on some reports, and a few days
    deleted (their ratings must count nowhere)."""
    rng = random.Random(seed)
    entries = list(DailyEntry.objects.filter(patient=patient))
    for entry in entries:
        if rng.random() < 0.5:
            entry.pain_score = rng.randint(0, 10)
        if rng.random() < 0.4:
            entry.up_and_about = rng.randint(0, 4)
        if rng.random() < 0.3:
            entry.weight_kg = Decimal(rng.choice(["61.2", "60.8", "62.4"]))
        if rng.random() < 0.04:
            entry.deleted_at = timezone.now()
    DailyEntry.all_objects.bulk_update(
        entries, ["pain_score", "up_and_about", "weight_kg", "deleted_at"]
    )
    reports = list(SymptomReport._base_manager.filter(entry__patient=patient))
    for report in reports:
        rated = report.severity > 0 and rng.random() < 0.5
        report.interference = rng.randint(0, 4) if rated else None
    SymptomReport._base_manager.bulk_update(reports, ["interference"])


def assert_same_reads(patient, period: Period, visit) -> None:
    catalog = load_catalog()
    since, _ = since_date(period, visit)
    loaded = load_days(
        patient,
        period,
        catalog=catalog,
        read_from=build_module.read_from(period, since),
        previous=period.previous(),
    )
    assert build_module.load_window(
        patient, end=period.end, since=since, loaded=loaded
    ) == build_module.query_window(patient, end=period.end, since=since)
    recent, before = windows(period.end)
    if loaded.days and before.start >= period.start:
        derived = build_module.measure_series(loaded.days, before.start, recent.end)
        queried = daily_measure_series(patient, before.start, recent.end)
        assert derived == queried
        for key in derived:  # in the same order too
            assert list(derived[key]) == list(queried[key]), key
    if loaded.days:
        previous = period.previous()
        assert loaded.symptoms_before == set(
            SymptomReport.objects.reported()
            .filter(
                entry__patient=patient,
                entry__date__gte=previous.start,
                entry__date__lte=previous.end,
            )
            .values_list("symptom_id", flat=True)
        )
        base = baseline_window(since)
        assert loaded.ratings(base.start, base.end) is not None


@pytest.mark.parametrize("seed", [1, 2])
def test_the_comparisons_read_with_the_days_are_those_of_their_own_queries(patient, seed):
    whole = random_diary(patient, days=150, seed=seed)
    with_measures(patient, seed)
    end = whole.end
    for length in (1, 7, 13, 14, 15, 30, 60, 150):
        for shift in (0, 20):
            period = Period(end - timedelta(days=shift + length - 1), end - timedelta(days=shift))
            for visit in (
                None,
                period.start + timedelta(days=length // 2),  # within the period
                period.start - timedelta(days=3),  # before it
                period.end,
            ):
                assert_same_reads(patient, period, visit)


def test_a_period_without_logged_days_reads_its_comparisons_itself(patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=40), severities={"nausea": 2})
    period = Period(today - timedelta(days=29), today)
    loaded = load_days(patient, period, catalog=load_catalog(), read_from=period.start)
    assert loaded.days == [] and loaded.ratings(period.start, period.end) is None
    assert loaded.symptoms_before is None
    summary = build_summary(patient, period)
    assert summary.days_logged == 0


def test_a_symptom_of_the_period_before_is_not_new(patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=45), severities={"nausea": 2})
    log_day(patient, today - timedelta(days=2), severities={"nausea": 2, "cough": 1})
    summary = build_summary(patient, Period(today - timedelta(days=29), today))
    new = {stat.symptom.slug: stat.is_new for stat in summary.symptoms}
    assert new == {"nausea": False, "cough": True}


def test_the_adherence_is_that_of_its_own_queries(patient):
    drug = Drug.objects.get(slug="tamoxifen")
    today = patient.today()
    patient.treatments.create(
        drug=drug, type=drug.type, track_doses=True, start_date=today - timedelta(days=60)
    )
    patient.treatments.create(
        custom_name="Old",
        type=drug.type,
        track_doses=True,
        start_date=today - timedelta(days=90),
        stop_date=today - timedelta(days=40),
    )
    log_day(patient, today, severities={"nausea": 1})
    for days in (7, 30, 90):
        period = Period(today - timedelta(days=days - 1), today)
        assert build_summary(patient, period).adherence == adherence(patient, end=today, days=days)


def test_the_side_effects_kept_per_catalog_are_those_of_the_query(patient):
    catalog = load_catalog()
    treatments = [
        patient.treatments.create(drug=drug, type=drug.type, start_date=patient.today())
        for drug in Drug.objects.order_by("pk")[:4]
    ]
    assert common_side_effects(treatments, catalog=catalog) == common_side_effects(treatments)


def test_a_changed_side_effect_gives_a_new_catalog(patient):
    before = catalog_version()
    drug = Drug.objects.order_by("pk").first()
    symptom = Symptom.objects.exclude(
        pk__in=DrugSideEffect.objects.filter(drug=drug).values("symptom")
    ).first()
    link = DrugSideEffect.objects.create(drug=drug, symptom=symptom, source="https://example.org")
    added = catalog_version()
    assert added != before
    treatment = patient.treatments.create(drug=drug, type=drug.type, start_date=patient.today())
    assert treatment in common_side_effects([treatment], catalog=load_catalog())[symptom.pk]
    link.delete()
    assert catalog_version() != added
    assert symptom.pk not in common_side_effects([treatment], catalog=load_catalog())


def test_a_30_day_summary_reads_no_comparison_of_its_own(patient):
    today = patient.today()
    for n in range(60):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": 1 + n % 2})
    catalog = load_catalog()
    period = Period(today - timedelta(days=29), today)
    build_summary(patient, period, catalog=catalog)  # the catalog's signs and side effects
    with CaptureQueriesContext(connection) as queries:
        summary = build_summary(patient, period, catalog=catalog, visit=None)
    tables = [q["sql"].split(" FROM ", 1)[1].split()[0] for q in queries]
    assert '"diary_drugwarningsign"' not in tables and '"diary_drugsideeffect"' not in tables
    assert tables.count('"diary_treatment"') == 1  # the period's, the reports', the adherence's
    # The days; their reports with the ratings before them and the period before's symptoms.
    assert tables.count('"diary_dailyentry"') == 1
    assert tables.count('"diary_symptomreport"') == 1
    assert summary.days_logged == 30
