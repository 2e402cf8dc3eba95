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
