from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from diary.demo import seed_demo
from diary.demo_team import current_totp_code, seed_demo_team
from diary.models import Symptom
from diary.teams import format_code

# Only for development (DJANGO_DEBUG=1); production demos must pass --password.
DEVELOPMENT_PASSWORD = "try-the-diary-2026"  # noqa: S105


class Command(BaseCommand):
    help = "Create the demo patient with N days of plausible entries (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument("--email", default="demo@example.com")
        parser.add_argument("--days", type=int, default=90)
        parser.add_argument(
            "--clinician-email",
            default="nurse@example.com",
            help="The demo clinic's nurse, connected to the demo patient.",
        )
        parser.add_argument(
            "--password",
            help="Password for a new demo account (required unless DJANGO_DEBUG=1).",
        )

    def handle(self, *args, email, days, password, clinician_email, **options):
        if not 1 <= days <= 3660:
            raise CommandError("--days must be between 1 and 3660.")
        if not Symptom.objects.exists():
            raise CommandError("The catalog is empty: run `manage.py loaddata catalog` first.")
        if password is None:
            if not settings.DEBUG:
                raise CommandError("Give --password (a fixed demo password is for development).")
            password = DEVELOPMENT_PASSWORD
        result = seed_demo(email=email, password=password, days=days)
        self.stdout.write(
            f"Demo patient {email}: {result.days_added} day(s) added"
            + (" (new account)." if result.created_user else ".")
        )
        if result.created_user or settings.DEBUG:
            shown = (
                password
                if result.created_user or password == DEVELOPMENT_PASSWORD
                else "(unchanged)"
            )
            self.stdout.write(f"Log in as {email} with password {shown}")
        self._seed_team(result.user.patient, clinician_email, password)
        analyze_after_loading()

    def _seed_team(self, patient, clinician_email: str, password: str) -> None:
        team = seed_demo_team(patient=patient, clinician_email=clinician_email, password=password)
        self.stdout.write(
            f"Demo clinic {team.team.name!r} (connection code "
            f"{format_code(team.team.connection_code)}): nurse {clinician_email}"
            + (" (new account)." if team.created_user else ".")
        )
        if team.created_user or settings.DEBUG:
            shown = (
                password if team.created_user or password == DEVELOPMENT_PASSWORD else "(unchanged)"
            )
            self.stdout.write(f"Log in as {clinician_email} with password {shown}")
            # Clinicians must use MFA: the demo nurse's authenticator secret, for development.
            secret = team.totp_secret
            self.stdout.write(
                f"Then enter a code from an authenticator app set up with the secret {secret} "
                f"(development only; current code: {current_totp_code(secret)})"
            )


def analyze_after_loading() -> None:
    """Refresh PostgreSQL's statistics of the tables just filled: "Run ANALYZE Afterwards"
    (PostgreSQL's manual, "Populating a Database"). Autovacuum does it within a minute or so;
    until then the planner takes the new tables for nearly empty, and, for instance, a page's
    dose-log join ran as a nested loop over every dose of a treatment (4.5 ms instead of 0.2 ms
    on the 3-year demo). SQLite's statistics are left as they are (it has none by default)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
