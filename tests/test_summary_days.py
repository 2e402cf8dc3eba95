"""The summary's days (diary.summary.days) carry the same concerns and answers as the day
pages' (diary.days), and its report rows are made only when an export reads them."""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.catalog import load_catalog
from diary.days import load_days as day_pages
from diary.demo import seed_demo
from diary.measures import summary_measures
from diary.models import (
    DailyEntry,
    RedFlagAnswer,
    Severity,
    Symptom,
    SymptomReport,
    Treatment,
    TreatmentType,
)
from diary.summary import ALL_SECTIONS, Period, Section, build_summary
from diary.summary import build as build_module
from diary.summary.days import load_days
from tests.factories import log_day

pytestmark = pytest.mark.django_db


def assert_same_days(patient, period: Period) -> int:
    """Every day of the period: the same concerns and answers both ways; returns the number of
    days with a concern."""
    catalog = load_catalog()
    entries = patient.entries.filter(date__gte=period.start, date__lte=period.end)
    pages = {view.date: view for view in day_pages(patient, entries, catalog=catalog)}
    summary_days = load_days(patient, period, catalog=catalog).days
    assert [day.date for day in summary_days] == sorted(pages)
    for day in summary_days:
        view = pages[day.date]
        assert day.concerns == view.concerns, day.date
        assert day.answers == view.answers, day.date
        reported = sorted((r.symptom_id, r.severity) for r in day.reported)
        assert reported == sorted((r.symptom.pk, r.severity) for r in view.reports), day.date
    return sum(1 for day in summary_days if day.concerns)


def random_diary(patient, *, days: int, seed: int):
    """Days of random ratings over the whole catalog ("None" included), a temperature on some,
    weekly check-ins among them, a chemotherapy for part of the time, and red-flag answers."""
    rng = random.Random(seed)
    symptoms = list(Symptom.objects.all())
    today = patient.today()
    chemo = TreatmentType.objects.get(slug="chemotherapy")
    Treatment.objects.create(
        patient=patient,
        custom_name="Capecitabine",
        type=chemo,
        start_date=today - timedelta(days=days // 2),
        stop_date=today - timedelta(days=days // 5),
    )
    entries = DailyEntry.objects.bulk_create(
        DailyEntry(
            patient=patient,
            date=today - timedelta(days=n),
            wellbeing=rng.randint(0, 10),
            temperature_c=Decimal(rng.choice(["36.8", "37.9", "38.0", "39.1"]))
            if rng.random() < 0.2
            else None,
            recall_days=7 if rng.random() < 0.15 else 1,
        )
        for n in range(days)
        if rng.random() < 0.85  # some days not logged
    )
    reports = []
    for entry in entries:
        for symptom in rng.sample(symptoms, rng.randint(0, 8)):
            top = Severity.MILD if symptom.is_yes_no else Severity.VERY_SEVERE
            reports.append(
                SymptomReport(entry=entry, symptom=symptom, severity=rng.randint(0, top))
            )
    SymptomReport.objects.bulk_create(reports)
    for report in rng.sample(reports, 15):
        RedFlagAnswer.objects.get_or_create(
            patient=patient,
            date=report.entry.date,
            symptom=report.symptom,
            answer=RedFlagAnswer.Answer.CONTACTED,
            defaults={"severity": report.severity, "answered_at": timezone.now()},
        )
    return Period(today - timedelta(days=days - 1), today)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_days_have_the_day_pages_concerns(patient, seed):
    period = random_diary(patient, days=120, seed=seed)
    assert assert_same_days(patient, period) > 20
    # A period starting mid-way: the earlier ratings come from before it.
    assert assert_same_days(patient, Period(period.start + timedelta(days=50), period.end))


def test_the_demo_days_have_the_day_pages_concerns(db):
    patient = seed_demo(email="days@example.com", password="days-pass-1234567", days=120)
    patient = patient.user.patient
    today = patient.today()
    assert assert_same_days(patient, Period(today - timedelta(days=119), today)) > 0


def test_a_rise_from_an_earlier_rating_before_the_period_is_an_alert(patient, catalog):
    today = patient.today()
    log_day(patient, today - timedelta(days=3), severities={"nausea": 0})
    log_day(patient, today, severities={"nausea": 2, "confusion": 1})
    days = load_days(patient, Period(today, today), catalog=catalog).days
    assert [(c.symptom.slug, c.alert, c.red_flag) for c in days[0].concerns] == [
        ("confusion", False, True),
        ("nausea", True, False),
    ]


def test_the_summary_page_does_not_make_the_report_rows(owner_client, patient, monkeypatch):
    today = patient.today()
    log_day(patient, today, severities={"cough": 2})
    monkeypatch.setattr(build_module, "day_rows", lambda *a, **k: pytest.fail("rows made"))
    response = owner_client.get(reverse("summary", args=[patient.public_id]))
    assert response.status_code == 200 and b"Cough" in response.content


def test_the_report_rows_are_made_once_when_first_read(patient, monkeypatch):
    today = patient.today()
    log_day(patient, today, severities={"cough": 2})
    summary = build_summary(patient, Period(today, today))
    made = []
    original = build_module.day_rows
    monkeypatch.setattr(
        build_module, "day_rows", lambda *a, **k: made.append(1) or original(*a, **k)
    )
    assert [row.symptom.slug for row in summary.rows] == ["cough"]
    assert len(summary.rows) == 1 and made == [1]


@pytest.mark.parametrize(
    "sections", [frozenset(ALL_SECTIONS), frozenset(ALL_SECTIONS) - {Section.WELLBEING}]
)
def test_the_days_measures_are_read_with_the_days(patient, sections, django_assert_num_queries):
    period = random_diary(patient, days=40, seed=4)
    entries = DailyEntry.objects.filter(patient=patient)
    entries.filter(pk__in=entries.values("pk")[:20]).update(
        pain_score=6, up_and_about=2, weight_kg=Decimal("61.5"), pain_medicine_doses=1
    )
    SymptomReport.objects.filter(entry__patient=patient, severity__gt=0).update(interference=3)
    summary = build_summary(patient, period, sections=sections)
    with django_assert_num_queries(0):
        own = summary.day_measures()
    assert own == summary_measures(summary)
    assert any(m.pain_score == 6 for m in own.values()) == (Section.WELLBEING in sections)
    assert any(m.interference for m in own.values())


def test_a_summary_without_notes_makes_its_rows_only_when_read(patient, monkeypatch):
    from diary.teams import without_notes

    today = patient.today()
    log_day(patient, today, severities={"cough": 2}, notes="Slept badly")
    DailyEntry.objects.filter(patient=patient).update(include_notes_in_summary=True)
    made = []
    original = build_module.day_rows
    monkeypatch.setattr(
        build_module, "day_rows", lambda *a, **k: made.append(1) or original(*a, **k)
    )
    summary = build_summary(patient, Period(today, today), sections=frozenset(ALL_SECTIONS))
    hidden = without_notes(summary)
    assert made == []
    assert [row.notes for row in hidden.rows] == [""]
    assert [row.notes for row in summary.rows] == ["Slept badly"] and made == [1]
