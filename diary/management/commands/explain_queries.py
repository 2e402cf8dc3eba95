"""The query plans of the main pages' queries for one patient (PostgreSQL): which index each
read uses, and any sequential scan, so growth with other patients' rows shows up at once."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from diary.catalog import load_catalog
from diary.days import load_days
from diary.models import Patient
from diary.summary import Period, build_summary
from diary.treatments import adherence_windows


class Command(BaseCommand):
    help = "EXPLAIN the day, history, summary and adherence queries of one patient."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--analyze", action="store_true", help="EXPLAIN ANALYZE (runs them)")

    def handle(self, *args, email, analyze, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Query plans are for PostgreSQL (DATABASE_URL).")
        patient = Patient.objects.filter(user__email=email.lower()).first()
        if patient is None:
            raise CommandError("No such patient.")
        catalog = load_catalog()
        today = patient.today()
        with CaptureQueriesContext(connection) as captured:
            load_days(patient, patient.entries.filter(date=today), catalog=catalog)
            month = patient.entries.filter(date__gt=today - timedelta(days=30)).order_by("-date")
            load_days(patient, month, catalog=catalog)
            build_summary(patient, Period(today - timedelta(days=364), today), catalog=catalog)
            adherence_windows(patient, end=today, windows=(7, 30))
        seen = set()
        scans = 0
        with connection.cursor() as cursor:
            for query in captured.captured_queries:
                sql = query["sql"]
                if not sql.lstrip().upper().startswith("SELECT") or sql in seen:
                    continue
                seen.add(sql)
                prefix = "EXPLAIN (ANALYZE, BUFFERS) " if analyze else "EXPLAIN "
                cursor.execute(prefix + sql)
                plan = [row[0] for row in cursor.fetchall()]
                self.stdout.write(f"-- {sql[:160]}")
                for line in plan:
                    if any(k in line for k in ("Scan", "Join", "Nested", "Execution", "actual")):
                        self.stdout.write(f"   {line.strip()[:150]}")
                scans += sum("Seq Scan" in line for line in plan)
        self.stdout.write(f"{len(seen)} distinct queries, {scans} sequential scan(s).")
