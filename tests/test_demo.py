from itertools import pairwise

import pytest
from django.core.management import CommandError, call_command

from diary.catalog import load_catalog
from diary.days import load_days
from diary.models import DailyEntry, User

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_plausible_days_with_a_red_flag(capsys):
    call_command(
        "seed_demo",
        "--email",
        "demo@example.com",
        "--days",
        "60",
        "--password",
        "demo-pass-1234567",
    )
    user = User.objects.get(email="demo@example.com")
    entries = DailyEntry.objects.filter(patient__user=user)
    assert 45 <= entries.count() <= 60
    days = load_days(user.patient, entries, catalog=load_catalog())
    assert any(d.red_flags for d in days)
    assert any(d.alerts for d in days)
    assert len({r.symptom.slug for d in days for r in d.reports}) >= 4
    assert "Log in as demo@example.com" in capsys.readouterr().out


def test_seed_demo_twice_adds_nothing_the_second_time():
    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    count = DailyEntry.objects.count()
    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    assert DailyEntry.objects.count() == count


def test_seed_demo_without_password_refuses_outside_debug():
    with pytest.raises(CommandError, match="--password"):
        call_command("seed_demo")


def test_seed_demo_creates_a_clinic_whose_nurse_uses_mfa(capsys):
    from allauth.mfa.utils import is_mfa_enabled

    from diary.models import TeamConnection, TriageItem

    call_command(
        "seed_demo",
        "--days",
        "60",
        "--password",
        "demo-pass-1234567",
        "--clinician-email",
        "kim.nurse@example.com",
    )
    nurse = User.objects.get(email="kim.nurse@example.com")
    assert is_mfa_enabled(nurse)
    connection = TeamConnection.objects.active().get(patient__user__email="demo@example.com")
    assert connection.team.members.active().filter(user=nurse).exists()
    statuses = set(TriageItem.objects.filter(team=connection.team).values_list("status", flat=True))
    assert {"open", "closed"} <= statuses
    out = capsys.readouterr().out
    assert "Log in as kim.nurse@example.com" in out
    assert "authenticator app set up with the secret" in out


def test_seed_demo_twice_keeps_one_clinic():
    from diary.models import CareTeam, TriageItem

    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    items = TriageItem.objects.count()
    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    assert CareTeam.objects.count() == 1
    assert TriageItem.objects.count() == items


def _story(user):
    """What the demo's days say, measures aside: dates, ratings, temperatures, doses."""
    return [
        (
            e.date,
            e.wellbeing,
            e.temperature_c,
            e.notes,
            sorted((r.symptom_id, r.severity, str(r.treatment)) for r in e.reports.all()),
            sorted((str(d.treatment), d.status) for d in e.doses.all()),
        )
        for e in DailyEntry.objects.filter(patient__user=user)
        .order_by("date")
        .prefetch_related("reports__treatment", "doses__treatment")
    ]


def test_the_demo_measures_follow_its_days():
    from diary.demo import MAX_PARACETAMOL_DOSES, PAIN_PLAN_SLUGS, seed_demo
    from diary.measures import weight_prompt

    user = seed_demo(email="demo@example.com", password="demo-pass-1234567", days=90).user
    entries = list(
        DailyEntry.objects.filter(patient__user=user)
        .order_by("date")
        .prefetch_related("reports__symptom")
    )
    for entry in entries:
        pain = max(
            (r.severity for r in entry.reports.all() if r.symptom.slug in PAIN_PLAN_SLUGS),
            default=0,
        )
        # A pain score and as-needed doses on the days with pain, and only then.
        assert (entry.pain_score is not None) == bool(pain), entry.date
        assert (entry.pain_medicine_doses is not None) == bool(pain), entry.date
        if pain:
            assert 1 <= entry.pain_score <= 10
            assert 0 <= entry.pain_medicine_doses <= MAX_PARACETAMOL_DOSES
        assert entry.up_and_about is not None
    assert {e.up_and_about for e in entries} >= {0, 1}
    weighed = [e for e in entries if e.weight_kg is not None]
    gaps = [(b.date - a.date).days for a, b in pairwise(weighed)]
    assert len(weighed) >= 12 and max(gaps) <= 10 and min(gaps) >= 4  # about weekly
    assert weighed[0].weight_kg - weighed[-1].weight_kg >= 1  # a slow drift down
    reports = [r for e in entries for r in e.reports.all() if r.severity]
    with_interference = [r for r in reports if r.interference is not None]
    assert 0.2 * len(reports) <= len(with_interference) < len(reports)
    # The demo's check-in today does not ask for a weigh-in yet.
    assert not weight_prompt(user.patient, user.patient.today()).due


def test_the_demo_measures_leave_its_story_unchanged(monkeypatch):
    """Symptoms, skipped days, red flags and doses are drawn as before the measures came."""
    from diary import demo

    today = demo.seed_demo(
        email="demo@example.com", password="demo-pass-1234567", days=60
    ).user.patient.today()
    user = User.objects.get(email="demo@example.com")
    with_measures = _story(user)
    user.delete()

    def no_measures(rng, plan, *, weeks_ago, weigh):
        return demo.DemoMeasures(None, None, 0, None, {})

    monkeypatch.setattr(demo, "plan_measures", no_measures)
    user = demo.seed_demo(
        email="demo@example.com", password="demo-pass-1234567", days=60, today=today
    ).user
    without = _story(user)
    assert [day[0] for day in with_measures] == [day[0] for day in without]
    assert [day[2:] for day in with_measures] == [day[2:] for day in without]


def test_the_demo_has_a_birth_date_a_hospital_number_and_three_top_concerns():
    from datetime import date

    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    patient = User.objects.get(email="demo@example.com").patient
    assert (patient.date_of_birth, patient.hospital_number) == (date(1961, 4, 3), "DEMO-0001")
    assert patient.top_concerns == ["bone-pain", "fatigue", "hot-flashes"]


def test_seeding_the_demo_again_keeps_what_she_changed():
    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    patient = User.objects.get(email="demo@example.com").patient
    patient.hospital_number = "B-1"
    patient.top_concerns = ["cough"]
    patient.top_concerns_note = ""
    patient.save()
    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    patient.refresh_from_db()
    assert (patient.hospital_number, patient.top_concerns) == ("B-1", ["cough"])


def test_seeding_an_existing_account_leaves_her_profile_alone():
    from tests.factories import PatientFactory

    patient = PatientFactory()
    call_command("seed_demo", "--email", patient.user.email, "--days", "5", "--password", "x" * 20)
    patient.refresh_from_db()
    assert (patient.date_of_birth, patient.hospital_number, patient.top_concerns) == (
        None,
        "",
        [],
    )


def test_the_demos_summary_shows_its_header_and_top_concerns(client):
    from datetime import timedelta

    from django.urls import reverse

    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    user = User.objects.get(email="demo@example.com")
    client.force_login(user)
    today = user.patient.today()
    html = client.get(
        reverse("summary", args=[user.patient.public_id]),
        {
            "preset": "custom",
            "start": (today - timedelta(days=29)).isoformat(),
            "end": today.isoformat(),
        },
    ).content.decode()
    assert "Date of birth: <strong>3 Apr 1961</strong>" in html
    assert "Hospital number: <strong>DEMO-0001</strong>" in html
    concerns = html[html.index('id="s-concerns"') :]
    concerns = concerns[: concerns.index("</section>")]
    assert "<li>Bone pain</li><li>Fatigue</li><li>Hot flashes</li>" in concerns


@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_the_demos_30_day_summary_pdf_is_two_pages(paper):
    """`make demo`'s patient (her clinic, birth date, hospital number, three top concerns): the
    PDF she downloads fits two sheets (the printed page: tests/e2e/test_print.py)."""
    import io
    from datetime import timedelta

    from django.template.loader import render_to_string
    from pypdf import PdfReader
    from weasyprint import CSS, HTML

    from diary.exports.pdf import _no_fetching, _stylesheet
    from diary.summary import Period, build_summary

    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    patient = User.objects.get(email="demo@example.com").patient
    today = patient.today()
    summary = build_summary(patient, Period(today - timedelta(days=29), today))
    assert summary.header.care_team and len(summary.concerns.symptoms) == 3
    html = render_to_string("diary/summary_document.html", {"summary": summary, "pdf": True})
    pdf = HTML(string=html, url_fetcher=_no_fetching()).write_pdf(
        stylesheets=[_stylesheet(), CSS(string=f"@page {{ size: {paper} }}")]
    )
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2, f"{paper}: {len(pages)} pages"


def test_seeding_the_demo_refreshes_postgresqls_statistics():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite keeps no statistics unless asked")
    call_command("seed_demo", "--days", "30", "--password", "demo-pass-1234567")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'diary_symptomreport'")
        assert cursor.fetchone()[0] > 0
