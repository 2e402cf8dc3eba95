"""generate_load: bulk patients for capacity measurements, only when asked plainly."""

import io

import pytest
from django.core.management import CommandError, call_command

from diary.models import DailyEntry, DoseLog, Patient, SymptomReport


def test_generate_load_refuses_without_the_explicit_flag(db):
    with pytest.raises(CommandError):
        call_command("generate_load", "--patients", "2", stdout=io.StringIO())
    assert not Patient.objects.exists()


def test_generate_load_adds_patients_with_days_reports_and_doses(db):
    call_command(
        "generate_load",
        "--patients",
        "3",
        "--days",
        "20",
        "--yes-this-is-a-test-database",
        stdout=io.StringIO(),
    )
    assert Patient.objects.count() == 3
    days = DailyEntry.objects.count()
    assert 3 * 20 * 0.6 < days <= 60
    assert SymptomReport.objects.exists()
    assert DoseLog.objects.count() == days
    assert not Patient.objects.filter(user__password__startswith="argon2").exists()


def test_explain_queries_is_for_postgresql_only(db, patient):
    from django.db import connection

    if connection.vendor == "postgresql":
        out = io.StringIO()
        call_command("explain_queries", patient.user.email, stdout=out)
        assert "distinct queries" in out.getvalue()
    else:
        with pytest.raises(CommandError):
            call_command("explain_queries", patient.user.email, stdout=io.StringIO())


def test_generate_care_load_gives_generated_patients_teams_alerts_and_items(db):
    from django.db import connection

    from diary.models import Notification, TeamConnection, TriageItem

    call_command(
        "generate_load",
        "--patients",
        "3",
        "--days",
        "60",
        "--yes-this-is-a-test-database",
        stdout=io.StringIO(),
    )
    if connection.vendor != "postgresql":
        with pytest.raises(CommandError):
            call_command(
                "generate_care_load", "--yes-this-is-a-test-database", stdout=io.StringIO()
            )
        return
    call_command("generate_care_load", "--yes-this-is-a-test-database", stdout=io.StringIO())
    assert TeamConnection.objects.count() == 3
    assert Notification.objects.filter(sent_at__isnull=False).exists()
    assert TriageItem.objects.filter(status="closed").exists()
    assert not Notification.objects.filter(sent_at__isnull=True).exists()


def test_benchmark_alerts_times_the_alert_path_and_removes_its_days(patient):
    from diary.models import Notification, TriageItem
    from tests.factories import log_day

    log_day(patient, patient.today(), severities={"fatigue": 1})
    out = io.StringIO()
    call_command("benchmark_alerts", patient.user.email, "--runs", "2", stdout=out)
    assert "send_pending (one alert email)" in out.getvalue()
    assert patient.entries.count() == 1
    assert not TriageItem.objects.filter(patient=patient).exists()
    assert not Notification.objects.filter(patient=patient).exists()
