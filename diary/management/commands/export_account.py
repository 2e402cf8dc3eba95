from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from diary.account_data import export_zip
from diary.models import User


class Command(BaseCommand):
    help = "Write everything an account holds to a zip (JSON, CSV and a FHIR Bundle)."

    def add_arguments(self, parser):
        parser.add_argument("email", help="the account's email address")
        parser.add_argument("--output", required=True, help="the zip file to write")

    def handle(self, *args, email: str, output: str, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account with the address {email}.")
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"No folder {path.parent} to write the zip into.")
        content = export_zip(user)
        path.write_bytes(content)
        path.chmod(0o600)  # it holds health data
        self.stdout.write(f"Wrote {len(content)} bytes to {path}.")
