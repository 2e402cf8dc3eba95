"""Measure the summary: queries, time and peak memory for 30 days and 3 years of data."""

import random
import time
import tracemalloc
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from diary.models import DailyEntry, Patient, Symptom, SymptomReport, User

BENCH_EMAIL = "benchmark-patient@example.com"
YEARS_DAYS = 3 * 365


class QueryCounter:
    """Counts the queries a request runs (Django resets its own query log per request)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def seed(days: int, per_day: int) -> Patient:
    """A patient with `days` daily entries of about `per_day` reports (kept between runs)."""
    user, _ = User.objects.get_or_create(email=BENCH_EMAIL, defaults={"name": "Benchmark"})
    patient, _ = Patient.objects.get_or_create(user=user)
    if patient.entries.count() >= days:
        return patient
    patient.entries.all().delete()
    today = patient.today()
    rng = random.Random(7)  # noqa: S311 - benchmark data, not secrets
    # Like a real diary: a handful of symptoms that persist from day to day, mostly mild or
    # moderate, with occasional bad spells; `per_day` reports a day on average.
    pool = rng.sample(sorted(Symptom.objects.values_list("pk", flat=True)), round(per_day * 1.25))
    levels = dict.fromkeys(pool, 1.0)
    with transaction.atomic():
        entries = DailyEntry.objects.bulk_create(
            DailyEntry(
                patient=patient,
                date=today - timedelta(days=n),
                wellbeing=rng.randint(3, 8),
                notes="Walked a little, tired after lunch.",
            )
            for n in range(days)
        )
        reports = []
        for entry in entries:
            for pk in pool:
                levels[pk] = 0.8 * levels[pk] + 0.2 * 1.0 + rng.gauss(0, 0.35)
                severity = max(0, min(4, round(levels[pk])))
                if severity:
                    reports.append(SymptomReport(entry=entry, symptom_id=pk, severity=severity))
        SymptomReport.objects.bulk_create(reports)
    return patient


class Command(BaseCommand):
    help = "Seed a 3-year patient and time the summary page and its PDF, CSV and FHIR exports."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=YEARS_DAYS)
        parser.add_argument("--reports-per-day", type=int, default=5)
        parser.add_argument("--repeat", type=int, default=3, help="Best of N runs.")

    def handle(self, *args, days, reports_per_day, repeat, **options):
        # One more month than the longest period, so every period has a day logged before it.
        patient = seed(days + 30, reports_per_day)
        client = Client(HTTP_HOST="localhost")
        client.force_login(patient.user)
        today = patient.today()
        self.stdout.write(
            f"{patient.entries.count():,} days, "
            f"{SymptomReport.objects.filter(entry__patient=patient).count():,} reports"
        )
        self.stdout.write(f"{'period':>9} {'output':>6} {'queries':>7} {'ms':>8} {'peak MB':>8}")
        for label, span in (("30 days", 30), (f"{days} days", days)):
            query = f"preset=custom&start={today - timedelta(days=span - 1)}&end={today}"
            for output, name in (
                ("page", "summary"),
                ("pdf", "summary_pdf"),
                ("csv", "summary_csv"),
                ("fhir", "summary_fhir"),
            ):
                url = reverse(name, args=[patient.public_id]) + "?" + query
                best = float("inf")
                for _ in range(repeat):
                    counter = QueryCounter()
                    with connection.execute_wrapper(counter):
                        started = time.perf_counter()
                        response = client.get(url)
                        best = min(best, time.perf_counter() - started)
                    if response.status_code != 200:
                        raise CommandError(f"{url} answered {response.status_code}")
                # Memory in a separate run: tracing slows everything down.
                tracemalloc.start()
                client.get(url)
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                queries = counter.count
                self.stdout.write(
                    f"{label:>9} {output:>6} {queries:>7} {best * 1000:>8.0f} {peak / 2**20:>8.1f}"
                )
        self.stdout.write("ms: best of --repeat runs; peak MB: Python allocations in one run.")
