"""Measure the care team's pages for a big team: queries and milliseconds of the triage queue,
the patient list and the response figures, for N connected patients with a year of days each.

The data is built in bulk (INSERT ... SELECT for days, reports and doses) under a team named
"Benchmark clinic", and kept between runs. Run it on a throwaway database, e.g.
`scripts/with-postgres.sh sh -c 'manage.py migrate && manage.py loaddata catalog &&
manage.py benchmark_team'`.
"""

import statistics
import time
from datetime import datetime, timedelta

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from diary import teams
from diary.management.commands.benchmark_summary import QueryCounter
from diary.models import (
    CareTeam,
    DailyEntry,
    Patient,
    Symptom,
    TeamConnection,
    Treatment,
    TreatmentType,
    TriageItem,
    User,
)

TEAM_NAME = "Benchmark clinic"
NURSE_EMAIL = "benchmark-nurse@example.com"
PAGES = ("team_queue", "team_patients", "team_metrics")


def _date_minus_days(vendor: str) -> str:
    """SQL for `%s` (a date) minus `days.n` days, in this database's dialect."""
    if vendor == "postgresql":
        return "(CAST(%s AS date) - days.n)"
    return "date(%s, '-' || days.n || ' days')"


class Command(BaseCommand):
    help = "Time the care team's queue, patient list and figures for a large team."

    def add_arguments(self, parser):
        parser.add_argument("--patients", type=int, default=2000)
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args, patients, days, runs, **options):
        if not 1 <= patients <= 20000 or not 1 <= days <= 3660 or not 1 <= runs <= 100:
            raise CommandError("--patients 1..20000, --days 1..3660, --runs 1..100.")
        if not Symptom.objects.exists():
            raise CommandError("The catalog is empty: run `manage.py loaddata catalog` first.")
        started = time.perf_counter()
        team, nurse = self._build(patients, days)
        self.stdout.write(
            f"{connection.vendor}: {TeamConnection.objects.filter(team=team).count()} patients, "
            f"{DailyEntry.objects.filter(patient__team_connections__team=team).count()} days, "
            f"{TriageItem.objects.filter(team=team).count()} triage items "
            f"(open: {TriageItem.objects.filter(team=team, status='open').count()}); "
            f"ready in {time.perf_counter() - started:.1f} s"
        )
        client = Client()
        client.force_login(nurse)
        for name in PAGES:
            self._measure(client, name, team, runs)

    def _measure(self, client: Client, name: str, team: CareTeam, runs: int) -> None:
        url = reverse(name, args=[team.pk])
        client.get(url, HTTP_HOST="localhost")  # warm up
        timings, counter = [], QueryCounter()
        for _ in range(runs):
            counter.count = 0
            with connection.execute_wrapper(counter):
                start = time.perf_counter()
                response = client.get(url, HTTP_HOST="localhost")
                timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise CommandError(f"{name} answered {response.status_code}")
        self.stdout.write(
            f"{name:15} {counter.count:3d} queries  median {statistics.median(timings):7.1f} ms"
            f"  max {max(timings):7.1f} ms  ({runs} runs, {len(response.content) // 1024} KiB)"
        )

    def _build(self, patients: int, days: int) -> tuple[CareTeam, User]:
        team = CareTeam.objects.filter(name=TEAM_NAME).first()
        if team is not None and team.connections.count() == patients:
            nurse = User.objects.get(email=NURSE_EMAIL)
            return team, nurse
        if team is not None:
            raise CommandError(f"{TEAM_NAME!r} exists with another size: use a fresh database.")
        with transaction.atomic():
            nurse = User.objects.create_user(email=NURSE_EMAIL, name="Benchmark nurse")
            TOTP.activate(nurse, generate_totp_secret())
            team = teams.create_team(name=TEAM_NAME, admin=nurse)
            ids = self._patients(team, patients, days)
        with transaction.atomic():
            self._days(ids, days)
        with transaction.atomic():
            self._items(team, ids)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("ANALYZE")
        return team, nurse

    def _patients(self, team: CareTeam, count: int, days: int) -> list[int]:
        unusable = make_password(None)
        users = User.objects.bulk_create(
            User(email=f"bench-{n}@example.com", name=f"Patient {n:05d}", password=unusable)
            for n in range(count)
        )
        made = Patient.objects.bulk_create(Patient(user=u) for u in users)
        since = timezone.now() - timedelta(days=days)
        TeamConnection.objects.bulk_create(
            TeamConnection(team=team, patient=p, created_at=since) for p in made
        )
        kind = TreatmentType.objects.order_by("pk").first()
        Treatment.objects.bulk_create(
            Treatment(
                patient=p,
                custom_name="Anastrozole",
                type=kind,
                start_date=timezone.localdate() - timedelta(days=days + 30),
            )
            for p in made
        )
        return [p.pk for p in made]

    def _days(self, ids: list[int], days: int) -> None:
        """A year of days per patient (every tenth patient silent for the last 10 days), two
        reports a day, and a dose a day; in three INSERT ... SELECT statements."""
        today = timezone.localdate().isoformat()
        now = timezone.now()
        low, high = min(ids), max(ids)
        symptoms = list(Symptom.objects.order_by("pk").values_list("pk", flat=True)[:2])
        with connection.cursor() as cursor:
            # The f-string below adds a fixed fragment of SQL for the dialect, no input.
            cursor.execute(
                "WITH RECURSIVE days(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM days "  # noqa: S608
                "WHERE n < %s) "
                "INSERT INTO diary_dailyentry (patient_id, date, wellbeing, notes, "
                "include_notes_in_summary, dismissed_suggestions, version, created_at, "
                "updated_at) "
                f"SELECT p.id, {_date_minus_days(connection.vendor)}, 3 + (p.id + days.n) %% 6, "
                "'', false, '[]', 1, %s, %s FROM diary_patient p CROSS JOIN days "
                "WHERE p.id BETWEEN %s AND %s AND NOT (p.id %% 10 = 0 AND days.n < 10)",
                [days - 1, today, now, now, low, high],
            )
            for offset, symptom in enumerate(symptoms):
                cursor.execute(
                    "INSERT INTO diary_symptomreport (entry_id, symptom_id, severity) "
                    "SELECT e.id, %s, 1 + (e.id + %s) %% 4 FROM diary_dailyentry e "
                    "WHERE e.patient_id BETWEEN %s AND %s",
                    [symptom, offset, low, high],
                )
            cursor.execute(
                "INSERT INTO diary_doselog (entry_id, treatment_id, status, reason) "
                "SELECT e.id, t.id, CASE WHEN e.id %% 9 = 0 THEN 'missed' ELSE 'taken' END, '' "
                "FROM diary_dailyentry e JOIN diary_treatment t ON t.patient_id = e.patient_id "
                "WHERE e.patient_id BETWEEN %s AND %s",
                [low, high],
            )

    def _items(self, team: CareTeam, ids: list[int]) -> None:
        """About two red flags or alerts a month per patient; the last three days' still open."""
        symptom = Symptom.objects.order_by("pk").first()
        recent = timezone.localdate() - timedelta(days=3)
        rows = DailyEntry.objects.filter(patient_id__in=ids).values_list("pk", "patient_id", "date")
        batch = []
        for pk, patient_id, day in rows.iterator(chunk_size=5000):
            if pk % 15 and day < recent:
                continue
            if day >= recent and pk % 3:
                continue
            raised = timezone.make_aware(datetime.combine(day, datetime.min.time())) + timedelta(
                hours=19
            )
            done = day < recent
            batch.append(
                TriageItem(
                    team=team,
                    patient_id=patient_id,
                    entry_id=pk,
                    date=day,
                    symptom=symptom,
                    kind=1 + pk % 2,
                    severity=3,
                    raised_at=raised,
                    due_at=raised + timedelta(hours=14),
                    status="closed" if done else "open",
                    acknowledged_at=raised + timedelta(minutes=30 + pk % 600) if done else None,
                    closed_at=raised + timedelta(minutes=60 + pk % 600) if done else None,
                    action="advice" if done else "",
                )
            )
        TriageItem.objects.bulk_create(batch, batch_size=5000)
