from django.core.management.base import BaseCommand, CommandError

from diary import teams
from diary.models import User


class Command(BaseCommand):
    help = "Create a care team whose first administrator is an existing account."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--admin-email", required=True)
        parser.add_argument("--escalation-email", default="")

    def handle(self, *args, name, admin_email, escalation_email, **options):
        admin = User.objects.filter(email__iexact=admin_email.strip()).first()
        if admin is None:
            raise CommandError(f"No account for {admin_email}: they sign up first.")
        if not 1 <= len(name.strip()) <= 100:
            raise CommandError("A team's name has 1 to 100 characters.")
        team = teams.create_team(
            name=name.strip(), admin=admin, escalation_email=escalation_email.strip()
        )
        self.stdout.write(
            f"Team {team.name!r} created (id {team.pk}); administrator {admin.email}; "
            f"connection code {teams.format_code(team.connection_code)}. The administrator "
            "sets up two-factor authentication at first sign-in."
        )
