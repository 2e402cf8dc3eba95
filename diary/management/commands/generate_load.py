"""Fill the database in bulk with realistic patients, for capacity measurements (never in a
clinic's database: it refuses to run unless --yes-this-is-a-test-database is given)."""

import random
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from diary.catalog import load_catalog
from diary.demo import NOTES, plan_day
from diary.models import DailyEntry, DoseLog, Drug, Patient, SymptomReport, Treatment, User

BATCH = 200  # patients per transaction


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
        for start in range(0, patients, BATCH):
            count = min(BATCH, patients - start)
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
                entries, plans = [], []
                for patient in people:
                    previous: dict[str, int] = {}
                    for offset in range(days - 1, -1, -1):
                        plan = plan_day(rng, offset, days, previous)
                        previous = plan
                        if rng.random() < 0.12:
                            continue
                        entries.append(
                            DailyEntry(
                                patient=patient,
                                date=today - timedelta(days=offset),
                                wellbeing=max(0, min(10, round(7.5 - sum(plan.values()) * 0.45))),
                                notes=rng.choice(NOTES),
                                created_by=patient.user,
                                updated_by=patient.user,
                            )
                        )
                        plans.append(plan)
                DailyEntry.objects.bulk_create(entries, batch_size=5000)
                by_patient = {t.patient_id: t for t in treatments}
                SymptomReport.objects.bulk_create(
                    (
                        SymptomReport(entry=e, symptom=catalog.by_slug[slug], severity=sev)
                        for e, plan in zip(entries, plans, strict=True)
                        for slug, sev in plan.items()
                        if sev
                    ),
                    batch_size=5000,
                )
                DoseLog.objects.bulk_create(
                    (
                        DoseLog(entry=e, treatment=by_patient[e.patient_id], status="taken")
                        for e in entries
                    ),
                    batch_size=5000,
                )
            totals[0] += count
            totals[1] += len(entries)
            self.stdout.write(f"{totals[0]} patients, {totals[1]} days", ending="\r")
        self.stdout.write(f"Added {totals[0]} patients with {totals[1]} days.")
