"""Background tasks: alert emails enqueued on commit, the outbox sweep, clean-ups."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from diary import tasks
from diary.models import CareTeamContact, Invitation, Notification, ShareLink
from tests.factories import log_day


@pytest.fixture
def nurse(patient):
    return CareTeamContact.objects.create(
        patient=patient,
        name="Kim",
        email="kim@clinic.example",
        alert_emails=True,
        confirmed_at=timezone.now(),  # alerts go only to a confirmed address
    )


def test_a_red_flag_is_emailed_once_its_day_commits(
    patient, nurse, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        log_day(patient, patient.today(), severities={"fracture": 1})
    assert not mail.outbox  # nothing is sent before the commit
    assert callbacks == [tasks.enqueue_alert_emails]
    callbacks[0]()
    assert len(mail.outbox) == 1
    assert Notification.objects.get().sent_at is not None


def test_a_rolled_back_day_enqueues_nothing(patient, nurse, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                log_day(patient, patient.today(), severities={"fracture": 1})
                raise RuntimeError
        except RuntimeError:
            pass
    assert callbacks == []
    assert not mail.outbox and not Notification.objects.exists()


def test_a_queue_that_is_down_loses_no_alert(patient, nurse, monkeypatch, caplog):
    def down(*args, **kwargs):
        raise ConnectionError

    monkeypatch.setattr(tasks, "send_alert_emails", down)
    log_day(patient, patient.today(), severities={"fracture": 1})
    tasks.enqueue_alert_emails()
    assert "Task queue unavailable" in caplog.text
    assert Notification.objects.get().sent_at is None
    assert tasks.sweep_outbox.call_local() == (1, 0)
    assert len(mail.outbox) == 1


def test_the_sweep_sends_nothing_twice(patient, nurse):
    log_day(patient, patient.today(), severities={"fracture": 1})
    assert tasks.sweep_outbox.call_local() == (1, 0)
    assert tasks.sweep_outbox.call_local() == (0, 0)
    assert len(mail.outbox) == 1


def test_clean_up_deletes_only_links_and_invitations_closed_long_ago(patient):
    now = timezone.now()
    day = patient.today()

    def link(token, **dates):
        return ShareLink.objects.create(
            patient=patient, token_hash=token, start=day, end=day, **dates
        )

    old = link("a" * 64, expires_at=now - timedelta(days=31))
    revoked = link(
        "b" * 64, expires_at=now + timedelta(days=5), revoked_at=now - timedelta(days=40)
    )
    recent = link("c" * 64, expires_at=now - timedelta(days=2))
    live = link("d" * 64, expires_at=now + timedelta(days=5))
    Invitation.objects.create(
        patient=patient,
        email="a@x.example",
        role="viewer",
        token_hash="e" * 64,
        expires_at=now - timedelta(days=31),
    )
    kept = Invitation.objects.create(
        patient=patient,
        email="b@x.example",
        role="viewer",
        token_hash="f" * 64,
        expires_at=now + timedelta(days=3),
    )
    assert tasks.clean_up.call_local() == (2, 1)
    assert set(ShareLink.objects.values_list("pk", flat=True)) == {recent.pk, live.pk}
    assert list(Invitation.objects.values_list("pk", flat=True)) == [kept.pk]
    assert not ShareLink.objects.filter(pk__in=[old.pk, revoked.pk]).exists()


def test_the_worker_knows_every_periodic_task():
    names = {t.__name__ for t in tasks.HUEY._registry._periodic_tasks}
    assert {"sweep_outbox", "clean_up"} <= names
