from django.core.management.base import BaseCommand, CommandError

from diary.audit import verify_chain


class Command(BaseCommand):
    help = "Check the audit log's hash chain: exits with an error at the first tampered event."

    def handle(self, *args, **options):
        checked, broken = verify_chain()
        if broken is not None:
            raise CommandError(
                f"The audit log was tampered with: event {broken} does not follow the "
                f"{checked} event(s) before it."
            )
        self.stdout.write(f"The audit log is intact ({checked} events).")
