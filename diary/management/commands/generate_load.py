"""Fill the database in bulk with realistic patients, for capacity measurements (never in a
clinic's database: it refuses to run unless --yes-this-is-a-test-database is given)."""

import json
import random
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from diary.catalog import load_catalog
from diary.demo import NOTES, plan_day
from diary.models import DailyEntry, DoseLog, Drug, Patient, SymptomReport, Treatment, User

BATCH = 200  # patients per transaction
COPY_BATCH = 500  # patients per transaction when rows go in through PostgreSQL's COPY


class Command(BaseCommand):
    help = "Add N generated patients with D days each (bulk inserts; for load tests only)."

    def add_arguments(self, parser):
        parser.add_argument("--patients", type=int, required=True)
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--yes-this-is-a-test-database", action="store_true", dest="sure")

    def handle(self, *args, patients, days, sure, **options):
        if not sure:
            raise CommandError(
                "This fills the database with fake patients: add "
                "--yes-this-is-a-test-database if that is what you want."
            )
        if not (1 <= patients <= 1_000_000 and 1 <= days <= 3660):
            raise CommandError("--patients 1..1000000, --days 1..3660.")
        catalog = load_catalog()
        drug = Drug.objects.get(slug="anastrozole")
        password = make_password(None)  # unusable: nobody logs in as a generated patient
        today = timezone.now().date()
        first = User.objects.count()
        rng = random.Random(first)  # noqa: S311 (made-up data, not a secret)
        totals = [0, 0]
        copy = connection.vendor == "postgresql"
        batch = COPY_BATCH if copy else BATCH
        for start in range(0, patients, batch):
            count = min(batch, patients - start)
            with transaction.atomic():
                users = User.objects.bulk_create(
                    User(email=f"load{first + start + i}@load.example", password=password)
                    for i in range(count)
                )
                people = Patient.objects.bulk_create(Patient(user=u) for u in users)
                treatments = Treatment.objects.bulk_create(
                    Treatment(
                        patient=p,
                        drug=drug,
                        type_id=drug.type_id,
                        start_date=today - timedelta(days=days + 30),
                    )
                    for p in people
                )
                days_planned = _plan(rng, people, days, today)
                if copy:
                    _copy_days(days_planned, treatments, catalog)
                else:
                    _create_days(days_planned, treatments, catalog)
            totals[0] += count
            totals[1] += len(days_planned)
            self.stdout.write(f"{totals[0]} patients, {totals[1]} days", ending="\r")
        self.stdout.write(f"Added {totals[0]} patients with {totals[1]} days.")


def _plan(rng, people, days, today):
    """(patient, date, wellbeing, note, severities) for each logged day, about 88 % of them."""
    planned = []
    for patient in people:
        previous: dict[str, int] = {}
        for offset in range(days - 1, -1, -1):
            plan = plan_day(rng, offset, days, previous)
            previous = plan
            if rng.random() < 0.12:
                continue
            wellbeing = max(0, min(10, round(7.5 - sum(plan.values()) * 0.45)))
            planned.append(
                (patient, today - timedelta(days=offset), wellbeing, rng.choice(NOTES), plan)
            )
    return planned


def _create_days(planned, treatments, catalog):
    """Any database: the ORM's bulk inserts."""
    entries = DailyEntry.objects.bulk_create(
        (
            DailyEntry(
                patient=patient,
                date=day,
                wellbeing=wellbeing,
                notes=note,
                created_by=patient.user,
                updated_by=patient.user,
            )
            for patient, day, wellbeing, note, _plan in planned
        ),
        batch_size=5000,
    )
    by_patient = {t.patient_id: t for t in treatments}
    SymptomReport.objects.bulk_create(
        (
            SymptomReport(entry=e, symptom=catalog.by_slug[slug], severity=sev)
            for e, row in zip(entries, planned, strict=True)
            for slug, sev in row[4].items()
            if sev
        ),
        batch_size=5000,
    )
    DoseLog.objects.bulk_create(
        (DoseLog(entry=e, treatment=by_patient[e.patient_id], status="taken") for e in entries),
        batch_size=5000,
    )


def _copy_days(planned, treatments, catalog):
    """PostgreSQL: the same rows through COPY (psycopg's copy), ids taken from the sequence
    first so that reports and doses can name their day. About ten times the ORM's rate."""
    if not planned:
        return
    now = timezone.now()
    empty_list = json.dumps([])
    by_patient = {t.patient_id: t.pk for t in treatments}
    symptom_ids = {slug: catalog.by_slug[slug].pk for slug in planned[0][4]}
    table = DailyEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, len(planned)],
        )
        ids = [row[0] for row in cursor.fetchall()]
        raw = cursor.cursor  # psycopg's own cursor, for copy()
        with raw.copy(
            f"COPY {table} (id, patient_id, date, wellbeing, notes, include_notes_in_summary,"
            " dismissed_suggestions, version, created_at, updated_at, created_by_id,"
            " updated_by_id, recall_days) FROM STDIN"
        ) as out:
            for pk, (patient, day, wellbeing, note, _plan) in zip(ids, planned, strict=True):
                out.write_row(
                    (
                        pk,
                        patient.pk,
                        day,
                        wellbeing,
                        note,
                        False,
                        empty_list,
                        1,
                        now,
                        now,
                        patient.user_id,
                        patient.user_id,
                        1,  # a daily check-in (COPY writes no Django default)
                    )
                )
        with raw.copy(
            f"COPY {SymptomReport._meta.db_table} (entry_id, symptom_id, severity) FROM STDIN"
        ) as out:
            for pk, row in zip(ids, planned, strict=True):
                for slug, sev in row[4].items():
                    if sev:
                        out.write_row((pk, symptom_ids[slug], sev))
        with raw.copy(
            f"COPY {DoseLog._meta.db_table} (entry_id, treatment_id, status, reason) FROM STDIN"
        ) as out:
            for pk, row in zip(ids, planned, strict=True):
                out.write_row((pk, by_patient[row[0].pk], "taken", ""))
