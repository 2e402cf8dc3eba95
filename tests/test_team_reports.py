"""The team's figures: time to acknowledgement, share within 24 hours, alerts per patient-week."""

from datetime import timedelta

import pytest
from django.utils import timezone

from diary.models import TeamConnection, TriageItem
from diary.team_reports import burden
from tests.factories import PatientFactory, care_team, connect_patient, log_day

pytestmark = pytest.mark.django_db


def test_burden_figures_for_the_period():
    team = care_team()
    patients = [PatientFactory() for _ in range(2)]
    for p in patients:
        TeamConnection.objects.create(
            team=team, patient=p, created_at=timezone.now() - timedelta(days=60)
        )
        log_day(p, p.today(), severities={"seizure": 1, "fatigue": 3})
    now = timezone.now()
    items = list(TriageItem.objects.order_by("pk"))
    waits = [timedelta(minutes=30), timedelta(hours=2), timedelta(hours=30)]
    for item, wait in zip(items, waits, strict=False):
        TriageItem.objects.filter(pk=item.pk).update(
            raised_at=now - timedelta(days=3), acknowledged_at=now - timedelta(days=3) + wait
        )
    result = burden(team, days=30, now=now)
    assert result.items == 4
    assert result.acknowledged == 3
    assert result.median_minutes == 120
    assert result.share_within_24h == 0.5
    assert result.patient_weeks == pytest.approx(2 * 30 / 7)
    assert result.per_patient_week == pytest.approx(4 / (60 / 7))


def test_withdrawn_items_do_not_count():
    team = care_team()
    p = PatientFactory()
    connect_patient(p, team)
    log_day(p, p.today(), severities={"fatigue": 3})
    log_day(p, p.today(), severities={"fatigue": 1})
    assert burden(team, days=30).items == 0


def test_no_items_gives_no_rates():
    result = burden(care_team(), days=90)
    assert (result.median_minutes, result.share_within_24h, result.per_patient_week) == (
        None,
        None,
        None,
    )


def test_median_is_shown_in_hours_and_minutes():
    from diary.team_reports import Burden

    def label(minutes):
        return Burden(30, 1, 1, minutes, 1.0, 1.0).median_label

    assert (label(None), label(42.4), label(125)) == ("\u2013", "42 min", "2 h 05 min")
