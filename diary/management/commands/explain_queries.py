"""The query plans of the main pages' queries for one patient (PostgreSQL): which index each
read uses, and any sequential scan, so growth with other patients' rows shows up at once.

With --pages, also every query of her home, history, day, check-in and 30-day summary pages as
she opens them (the history's recently deleted days, the navigation, the session). With --team
NAME, also the care team's pages (queue, patients, figures) as a member of that team sees them;
with --tasks, the background tasks' reads: a saved day's outbox and triage sync (rolled back),
the alert email sweep, the escalation, the export jobs' sweep and clean-up.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary.catalog import load_catalog
from diary.days import load_days
from diary.models import CareTeam, Patient, TeamMember
from diary.summary import Period, build_summary
from diary.treatments import adherence_windows


class Command(BaseCommand):
    help = "EXPLAIN the day, history, summary and adherence queries of one patient."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--analyze", action="store_true", help="EXPLAIN ANALYZE (runs them)")
        parser.add_argument("--team", help="also the pages of this care team (by name)")
        parser.add_argument("--tasks", action="store_true", help="also the tasks' queries")
        parser.add_argument("--pages", action="store_true", help="also her pages' queries")
        parser.add_argument(
            "--no-seqscan",
            action="store_true",
            help="plan with enable_seqscan off: a table still scanned then has no usable index "
            "(small tables are scanned otherwise, whatever their indexes)",
        )

    def handle(
        self,
        *args,
        email,
        analyze,
        team=None,
        tasks=False,
        pages=False,
        no_seqscan=False,
        **options,
    ):
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
            if pages:
                self._pages(patient)
            if team:
                self._team_pages(team)
            if tasks:
                self._tasks(patient)
        seen = set()
        scans = 0
        executed = 0.0  # ms, with --analyze: the sum of the plans' execution times
        with connection.cursor() as cursor:
            if no_seqscan:
                cursor.execute("SET enable_seqscan = off")
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
                executed += sum(
                    float(line.split(":")[1].split()[0])
                    for line in plan
                    if line.startswith("Execution Time:")
                )
        summary = f"{len(seen)} distinct queries, {scans} sequential scan(s)"
        if analyze:
            summary += f", {executed:.1f} ms of execution in all"
        self.stdout.write(summary + ".")

    def _pages(self, patient: Patient) -> None:
        client = Client()
        client.force_login(patient.user)
        today = patient.today()
        diary = patient.public_id
        for url in (
            reverse("diary_home", args=[diary]),
            reverse("history", args=[diary]),
            reverse("day_detail", args=[diary, today]),
            reverse("checkin", args=[diary, today]),
            reverse("summary", args=[diary]) + "?preset=30",
        ):
            response = client.get(url, HTTP_HOST="localhost")
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")

    def _team_pages(self, name: str) -> None:
        team = CareTeam.objects.filter(name=name).first()
        member = TeamMember.objects.filter(team=team, removed_at__isnull=True).first()
        if team is None or member is None:
            raise CommandError(f"No care team {name!r} with a member.")
        client = Client()
        client.force_login(member.user)
        for page in ("team_queue", "team_patients", "team_metrics"):
            response = client.get(reverse(page, args=[team.pk]), HTTP_HOST="localhost")
            if response.status_code != 200:
                raise CommandError(f"{page} answered {response.status_code}")

    def _tasks(self, patient: Patient) -> None:
        from diary import escalation, notifications, triage
        from diary.exports import jobs

        entry = patient.entries.order_by("-date").first()
        with transaction.atomic():  # what a saved day does in its transaction, then undone
            if entry is not None:
                notifications.queue_alerts(entry)
                triage.sync_day(entry)
            transaction.set_rollback(True)
        list(notifications.Notification.objects.filter(sent_at__isnull=True).order_by("pk"))
        list(escalation.overdue().values_list("pk", flat=True))
        with transaction.atomic():
            jobs.sweep()
            jobs.delete_expired()
            transaction.set_rollback(True)
