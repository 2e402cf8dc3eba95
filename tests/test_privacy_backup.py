"""Backup and restore as the README describes them: a restored copy holds every table's rows.

SQLite: the online backup API (what `sqlite3 db.sqlite3 ".backup FILE"` runs), in the default
run. PostgreSQL: `pg_dump --format=custom` and `pg_restore` into a fresh database, in the run
under scripts/with-postgres.sh.
"""

import shutil
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from diary import audit, sharing
from diary.models import (
    Appointment,
    AuditEvent,
    CareGrant,
    CareTeamContact,
    Question,
    Treatment,
    TreatmentType,
)
from diary.summary import Period
from tests.factories import PatientFactory, UserFactory, log_day

# Committed data: a backup is taken from another connection, as in production.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def fill_tables() -> None:
    patient = PatientFactory()
    today = patient.today()
    kind = TreatmentType.objects.get(slug="symptom-relief")
    Treatment.objects.create(
        patient=patient, custom_name="Paracetamol", type=kind, start_date=today
    )
    log_day(patient, today - timedelta(days=1), severities={"seizure": 1}, notes="first")
    log_day(patient, today - timedelta(days=1), severities={"cough": 2}, notes="changed")
    Appointment.objects.create(patient=patient, starts_at=timezone.now() + timedelta(days=2))
    Question.objects.create(patient=patient, text="Is this normal?", asked_on=today)
    CareTeamContact.objects.create(patient=patient, name="Nurse Kim", email="k@example.com")
    CareGrant.objects.create(patient=patient, caregiver=UserFactory(), role="viewer")
    sharing.create_share_link(
        None,
        patient=patient,
        period=Period(today - timedelta(days=7), today),
        sections=frozenset(),
        label="Dr Patel",
        days=7,
    )
    audit.record(None, AuditEvent.Action.EXPORT, patient=patient, actor=patient.user)


def django_tables() -> list[str]:
    return sorted(connection.introspection.table_names())


def counts_via(cursor, tables: list[str]) -> dict[str, int]:
    result = {}
    for table in tables:
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (names from introspection)
        result[table] = cursor.fetchone()[0]
    return result


def test_a_sqlite_backup_restores_every_table(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's backup API; PostgreSQL has its own test below")
    fill_tables()
    tables = django_tables()
    with connection.cursor() as cursor:
        original = counts_via(cursor, tables)
    assert sum(1 for n in original.values() if n) >= 15

    source = sqlite3.connect(connection.settings_dict["NAME"])
    backup, restored = tmp_path / "backup.sqlite3", tmp_path / "restored.sqlite3"
    with sqlite3.connect(backup) as target:
        source.backup(target)  # sqlite3 db.sqlite3 ".backup backup.sqlite3"
    source.close()
    shutil.copyfile(backup, restored)  # restoring is putting the file back in place

    copy = sqlite3.connect(restored)
    assert counts_via(copy.cursor(), tables) == original
    triggers = copy.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    assert ("diary_auditevent_no_update",) in triggers
    copy.close()


def pg_tool(name: str) -> str | None:
    """The client matching the server's major version, or the system's wrapper."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        major = int(cursor.fetchone()[0]) // 10000
    versioned = Path(f"/usr/lib/postgresql/{major}/bin/{name}")
    return str(versioned) if versioned.exists() else shutil.which(name)


def test_a_pg_dump_restores_every_table(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump/pg_restore run under scripts/with-postgres.sh")
    pg_dump, pg_restore = pg_tool("pg_dump"), pg_tool("pg_restore")
    if not pg_dump or not pg_restore:
        pytest.skip("pg_dump or pg_restore is not installed")
    fill_tables()
    tables = django_tables()
    with connection.cursor() as cursor:
        original = counts_via(cursor, tables)
    assert sum(1 for n in original.values() if n) >= 15

    db = connection.settings_dict
    common = ["--host", db["HOST"] or "127.0.0.1", "--port", str(db["PORT"] or 5432)]
    common += ["--username", db["USER"] or "postgres"]
    dump = tmp_path / "diary.dump"
    subprocess.run(
        [pg_dump, *common, "--format=custom", "--file", str(dump), db["NAME"]],
        check=True,
        capture_output=True,
    )
    restored = f"{db['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        cursor.execute(f'CREATE DATABASE "{restored}"')
    try:
        subprocess.run(
            [pg_restore, *common, "--no-owner", "--dbname", restored, str(dump)],
            check=True,
            capture_output=True,
        )
        import psycopg

        with psycopg.connect(
            host=common[1], port=common[3], user=common[5], dbname=restored
        ) as copy:
            assert counts_via(copy.cursor(), tables) == original
            trigger = copy.execute(
                "SELECT tgname FROM pg_trigger WHERE tgname = 'diary_auditevent_append_only'"
            ).fetchall()
            assert trigger, "the audit log's trigger did not come back"
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{restored}"')
