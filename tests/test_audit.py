"""The audit log: append-only in the model, the manager and the database; pseudonymous once a
person is gone; complete for changes to treatments, appointments, questions, contacts, profile."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from diary import audit
from diary.models import (
    Appointment,
    AuditEvent,
    AuditImmutableError,
    CareTeamContact,
    Question,
    Treatment,
    TreatmentType,
    User,
)
from tests.factories import PatientFactory

pytestmark = pytest.mark.django_db

TABLE = AuditEvent._meta.db_table


@pytest.fixture
def event(patient):
    return audit.record(None, AuditEvent.Action.EXPORT, patient=patient, actor=patient.user)


# --- the model and the manager refuse ---------------------------------------------------------


def test_saving_an_existing_event_is_refused(event):
    event.detail = "rewritten"
    with pytest.raises(AuditImmutableError):
        event.save()
    with pytest.raises(AuditImmutableError):
        AuditEvent(pk=event.pk, action="login").save(force_update=True)


def test_deleting_an_event_is_refused(event):
    with pytest.raises(AuditImmutableError):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.parametrize(
    "change",
    [
        lambda qs: qs.update(detail="rewritten"),
        lambda qs: qs.delete(),
        lambda qs: qs.bulk_update(list(qs), ["detail"]),
        lambda qs: qs.update_or_create(pk=qs.first().pk, defaults={"detail": "x"}),
    ],
    ids=["update", "delete", "bulk_update", "update_or_create"],
)
def test_bulk_changes_through_the_manager_are_refused(event, change):
    with pytest.raises(AuditImmutableError):
        change(AuditEvent.objects.all())
    event_now = AuditEvent.objects.get(pk=event.pk)
    assert event_now.detail == event.detail


# --- the database refuses ----------------------------------------------------------------------


def raw(sql: str, params=()) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_raw_sql_update_is_refused_by_the_database(event):
    with pytest.raises(DatabaseError):
        raw(f"UPDATE {TABLE} SET detail = %s WHERE id = %s", ["rewritten", event.pk])  # noqa: S608
    with pytest.raises(DatabaseError):
        raw(f"UPDATE {TABLE} SET actor_pseudonym = '' WHERE id = %s", [event.pk])  # noqa: S608
    with pytest.raises(DatabaseError):
        other = PatientFactory()
        raw(f"UPDATE {TABLE} SET patient_id = %s WHERE id = %s", [other.pk, event.pk])  # noqa: S608
    assert AuditEvent.objects.get(pk=event.pk).detail == event.detail


def test_raw_sql_delete_is_refused_by_the_database(event):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite has no DELETE trigger: the test runner empties tables with DELETE "
            "(PostgreSQL's TRUNCATE fires no row trigger); the model and manager refuse there"
        )
    with pytest.raises(DatabaseError):
        raw(f"DELETE FROM {TABLE} WHERE id = %s", [event.pk])  # noqa: S608
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_database_lets_a_deleted_persons_keys_become_null_and_nothing_else(event):
    raw(f"UPDATE {TABLE} SET actor_id = NULL WHERE id = %s", [event.pk])  # noqa: S608
    assert AuditEvent.objects.get(pk=event.pk).actor_id is None


def test_the_sqlite_trigger_comes_back_after_a_table_rebuild(event):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: it drops a table's triggers when a migration rebuilds it")
    raw("DROP TRIGGER diary_auditevent_no_update")
    audit.ensure_sqlite_trigger(connection)
    with pytest.raises(DatabaseError):
        raw(f"UPDATE {TABLE} SET detail = 'x' WHERE id = %s", [event.pk])  # noqa: S608


# --- deleting a person keeps her trail, pseudonymised ------------------------------------------


def test_deleting_a_user_keeps_her_audit_rows_under_a_pseudonym(patient, event):
    user_pk, patient_pk, email = patient.user.pk, patient.pk, patient.user.email
    User.objects.filter(pk=user_pk).delete()
    kept = AuditEvent.objects.get(pk=event.pk)
    assert kept.actor_id is None and kept.patient_id is None
    assert kept.actor_pseudonym == audit.pseudonym("user", user_pk)
    assert kept.patient_pseudonym == audit.pseudonym("patient", patient_pk)
    assert email not in kept.actor_pseudonym and str(user_pk) != kept.actor_pseudonym
    assert kept.detail == event.detail


def test_pseudonyms_are_keyed_hashes_stable_per_person(settings):
    first = audit.pseudonym("user", 7)
    assert first == audit.pseudonym("user", 7)
    assert first != audit.pseudonym("user", 8) != audit.pseudonym("patient", 7)
    assert len(first) == 64
    settings.SECRET_KEY = "another-deployment-key-" + "x" * 30
    assert audit.pseudonym("user", 7) != first


# --- what is recorded --------------------------------------------------------------------------


def actions(patient) -> list[tuple[str, str]]:
    return list(
        AuditEvent.objects.filter(patient=patient)
        .exclude(action="login")
        .order_by("pk")
        .values_list("action", "detail")
    )


def test_treatment_changes_are_recorded(owner_client, patient):
    kind = TreatmentType.objects.get(slug="symptom-relief")
    data = {
        "custom_name": "Paracetamol",
        "type": kind.pk,
        "dose": "1 g",
        "start_date": (patient.today() - timedelta(days=3)).isoformat(),
        "track_doses": "on",
    }
    owner_client.post(reverse("treatment_new", args=[patient.public_id]), data)
    treatment = Treatment.objects.get(patient=patient)
    owner_client.post(
        reverse("treatment_edit", args=[patient.public_id, treatment.pk]), {**data, "dose": "2 g"}
    )
    owner_client.post(reverse("treatment_delete", args=[patient.public_id, treatment.pk]))
    assert actions(patient) == [
        ("treatment_added", f"treatment {treatment.pk}"),
        ("treatment_changed", f"treatment {treatment.pk}: dose"),
        ("treatment_deleted", f"treatment {treatment.pk}"),
    ]
    assert not AuditEvent.objects.filter(detail__icontains="paracetamol").exists()


def test_appointment_changes_are_recorded(owner_client, patient):
    when = timezone.localtime(timezone.now() + timedelta(days=3), patient.zone)
    data = {"day": when.date().isoformat(), "time": "09:30", "kind": "oncology", "notes": "scan"}
    response = owner_client.post(reverse("appointment_new", args=[patient.public_id]), data)
    assert response.status_code == 302
    appointment = Appointment.objects.get(patient=patient)
    owner_client.post(
        reverse("appointment_edit", args=[patient.public_id, appointment.pk]),
        {**data, "with_whom": "Dr Patel"},
    )
    owner_client.post(reverse("appointment_delete", args=[patient.public_id, appointment.pk]))
    assert [a for a, _ in actions(patient)] == [
        "appointment_added",
        "appointment_changed",
        "appointment_deleted",
    ]
    assert not AuditEvent.objects.filter(detail__icontains="Patel").exists()


def test_question_changes_are_recorded(owner_client, patient):
    owner_client.post(
        reverse("question_add", args=[patient.public_id]),
        {"text": "Is this rash normal?", "asked_on": patient.today().isoformat()},
    )
    question = Question.objects.get(patient=patient)
    owner_client.post(reverse("question_toggle", args=[patient.public_id, question.pk]))
    owner_client.post(reverse("question_delete", args=[patient.public_id, question.pk]))
    assert [a for a, _ in actions(patient)] == [
        "question_added",
        "question_changed",
        "question_deleted",
    ]
    assert not AuditEvent.objects.filter(detail__icontains="rash").exists()


def test_contact_changes_are_recorded(owner_client, patient):
    owner_client.post(
        reverse("contacts", args=[patient.public_id]),
        {"name": "Nurse Lee", "email": "lee@clinic.example"},
    )
    contact = CareTeamContact.objects.get(patient=patient)
    owner_client.post(
        reverse("contact_alerts", args=[patient.public_id, contact.pk]), {"alert_emails": "on"}
    )
    owner_client.post(reverse("contact_delete", args=[patient.public_id, contact.pk]))
    assert actions(patient) == [
        ("contact_added", f"careteamcontact {contact.pk}"),
        ("contact_changed", f"careteamcontact {contact.pk}: alert_emails"),
        ("contact_removed", f"careteamcontact {contact.pk}"),
    ]
    assert not AuditEvent.objects.filter(detail__icontains="lee").exists()


def test_profile_changes_are_recorded(owner_client, patient):
    response = owner_client.post(
        reverse("profile"),
        {
            "account-name": "New Name",
            "account-time_zone": "Europe/London",
            "diary-subtype": "luminal_a",
            "diary-temperature_unit": "C",
        },
    )
    assert response.status_code == 302
    (action, detail), *_ = actions(patient)
    assert action == "profile_changed"
    assert "account.name" in detail and "diary.subtype" in detail
    assert "New Name" not in detail and "luminal" not in detail


def test_deleting_a_day_is_recorded(owner_client, patient):
    from tests.factories import log_day

    log_day(patient, patient.today(), severities={"cough": 1})
    owner_client.post(reverse("delete_day", args=[patient.public_id, patient.today()]))
    assert [a for a, _ in actions(patient)] == ["day_deleted"]


# --- the hash chain ----------------------------------------------------------------------------


def test_the_chain_holds_over_every_event_and_a_persons_deletion(patient, stranger):
    for action in ("export", "share_created", "login"):
        audit.record(None, action, patient=patient, actor=patient.user)
    audit.record(None, "export", patient=stranger, actor=stranger.user)
    User.objects.filter(pk=patient.user.pk).delete()  # her keys become NULL
    checked, broken = audit.verify_chain()
    assert broken is None and checked == AuditEvent.objects.count() >= 4
    out = io.StringIO()
    call_command("verify_audit_log", stdout=out)
    assert "intact" in out.getvalue()


def tamper(sql: str, params) -> None:
    """Change a row the way only a database owner could: with the trigger out of the way."""
    if connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")  # no triggers
            cursor.execute(sql, params)
            cursor.execute("SET LOCAL session_replication_role = DEFAULT")
    else:
        raw("DROP TRIGGER diary_auditevent_no_update")
        raw(sql, params)
        audit.ensure_sqlite_trigger(connection)


def test_a_changed_event_breaks_the_chain(patient):
    events = [audit.record(None, "export", patient=patient, detail=str(n)) for n in range(3)]
    tamper(f"UPDATE {TABLE} SET detail = %s WHERE id = %s", ["forged", events[1].pk])  # noqa: S608
    assert audit.verify_chain() == (
        AuditEvent.objects.filter(pk__lt=events[1].pk).count(),
        events[1].pk,
    )
    with pytest.raises(CommandError, match=f"event {events[1].pk}"):
        call_command("verify_audit_log", stdout=io.StringIO())


def test_an_event_removed_from_the_middle_breaks_the_chain(patient):
    events = [audit.record(None, "export", patient=patient, detail=str(n)) for n in range(3)]
    if connection.vendor == "postgresql":
        tamper(f"DELETE FROM {TABLE} WHERE id = %s", [events[1].pk])  # noqa: S608
    else:
        raw(f"DELETE FROM {TABLE} WHERE id = %s", [events[1].pk])  # noqa: S608
    assert audit.verify_chain()[1] == events[2].pk


def test_the_chain_still_verifies_after_the_key_is_rotated(patient, settings):
    audit.record(None, "export", patient=patient)
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "a-new-key-" + "y" * 40
    settings.SECRET_KEY_FALLBACKS = [old_key]
    audit.record(None, "export", patient=patient)
    assert audit.verify_chain() == (2, None)
    settings.SECRET_KEY_FALLBACKS = []
    assert audit.verify_chain()[1] is not None
