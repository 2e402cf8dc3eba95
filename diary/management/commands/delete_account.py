from django.core.management.base import BaseCommand, CommandError

from diary.account_data import delete_account
from diary.models import User


class Command(BaseCommand):
    help = (
        "Delete an account and every record of it (diary, edit history, share links, grants); "
        "the audit log keeps its rows under a pseudonym. Offer export_account first."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="the account's email address")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask for confirmation (for scripts)"
        )

    def handle(self, *args, email: str, yes: bool, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account with the address {email}.")
        if not yes:
            answer = input(f"Type the address again to delete {user.email} for good: ")
            if answer.strip().lower() != user.email.lower():
                raise CommandError("Nothing deleted: the address did not match.")
        delete_account(user, by="an administrator (delete_account)")
        self.stdout.write(f"Deleted the account {email} and every record of it.")
