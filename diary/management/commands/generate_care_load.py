"""Give the patients made by `generate_load` a care team's rows, for capacity measurements:
teams of 500 (connections), a confirmed care-team contact each, an alert email already sent and
a triage item (closed) for about one logged day in fifteen, and a few still-open items. Then the
tables the care team's queue and the alert tasks read hold many other patients' rows, as they
would in a clinic. PostgreSQL only (INSERT ... SELECT); a test database only."""

# ruff: noqa: S608 (the f-strings add fixed fragments of SQL, never input)
import time

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from diary import teams
from diary.models import CareTeam, Patient, Symptom, User

TEAM_SIZE = 500
LOAD_EMAILS = "load%@load.example"


class Command(BaseCommand):
    help = "Teams, contacts, sent alerts and triage items for generate_load's patients."

    def add_arguments(self, parser):
        parser.add_argument("--yes-this-is-a-test-database", action="store_true", dest="sure")

    def handle(self, *args, sure, **options):
        if not sure:
            raise CommandError("Add --yes-this-is-a-test-database if that is what you want.")
        if connection.vendor != "postgresql":
            raise CommandError("PostgreSQL only (DATABASE_URL).")
        started = time.monotonic()
        ids = list(
            Patient.objects.filter(
                user__email__endswith="@load.example",
                user__email__startswith="load",
                team_connections__isnull=True,
            )
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        symptom = Symptom.objects.get(slug="fracture")
        password = make_password(None)
        now = timezone.now()
        for n, start in enumerate(range(0, len(ids), TEAM_SIZE)):
            low, high = ids[start], ids[min(start + TEAM_SIZE, len(ids)) - 1]
            with transaction.atomic():
                first = CareTeam.objects.count()
                nurse = User.objects.create(
                    email=f"load-nurse{first}@load.example", password=password
                )
                team = teams.create_team(name=f"Load clinic {first}", admin=nurse)
                self._rows(team.pk, low, high, symptom.pk, now)
            self.stdout.write(f"team {n + 1}: patients {low}..{high}", ending="\r")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(
            f"Care rows for {len(ids)} patients in {time.monotonic() - started:.0f} s."
        )

    def _rows(self, team_id: int, low: int, high: int, symptom_id: int, now) -> None:
        between = "p.id BETWEEN %s AND %s AND u.email LIKE %s"
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO diary_teamconnection (team_id, patient_id, share_notes, created_at) "
                "SELECT %s, p.id, false, %s FROM diary_patient p JOIN diary_user u "
                f"ON u.id = p.user_id WHERE {between}",
                [team_id, now, low, high, LOAD_EMAILS],
            )
            cursor.execute(
                "INSERT INTO diary_careteamcontact (patient_id, name, email, alert_emails, "
                "created_at, phone, confirm_token_hash, confirmed_at, include_link) "
                "SELECT p.id, 'Nurse', 'nurse' || p.id || '@load.example', true, %s, '', '', "
                "%s, false FROM diary_patient p JOIN diary_user u ON u.id = p.user_id "
                f"WHERE {between}",
                [now, now, low, high, LOAD_EMAILS],
            )
            # About one day in fifteen raised an alert: emailed (sent) and a triage item
            # (closed, or open for the last three days).
            alerts = (
                "FROM diary_dailyentry e JOIN diary_patient p ON p.id = e.patient_id "
                f"JOIN diary_user u ON u.id = p.user_id WHERE {between} AND e.id %% 15 = 0"
            )
            cursor.execute(
                "INSERT INTO diary_notification (contact_id, entry_id, patient_id, created_at, "
                "sent_at, attempts, last_error) "
                "SELECT c.id, e.id, e.patient_id, e.created_at, e.created_at, 1, '' "
                f"{alerts.replace('WHERE', 'JOIN diary_careteamcontact c ON c.patient_id = p.id WHERE')}",  # noqa: E501
                [low, high, LOAD_EMAILS],
            )
            cursor.execute(
                "INSERT INTO diary_triageitem (team_id, patient_id, entry_id, date, symptom_id, "
                "kind, severity, reasons, status, raised_at, due_at, updated_at, "
                "acknowledged_at, action, team_note, patient_message, closed_at) "
                "SELECT %s, e.patient_id, e.id, e.date, %s, 1 + e.id %% 2, 3, '', "
                "CASE WHEN e.date >= CURRENT_DATE - 3 THEN 'open' ELSE 'closed' END, "
                "e.date + time '19:00', e.date + time '19:00' + interval '14 hours', %s, "
                "CASE WHEN e.date >= CURRENT_DATE - 3 THEN NULL "
                "ELSE e.date + time '19:30' END, "
                "CASE WHEN e.date >= CURRENT_DATE - 3 THEN '' ELSE 'advice' END, '', '', "
                "CASE WHEN e.date >= CURRENT_DATE - 3 THEN NULL "
                f"ELSE e.date + time '20:00' END {alerts}",
                [team_id, symptom_id, now, low, high, LOAD_EMAILS],
            )
