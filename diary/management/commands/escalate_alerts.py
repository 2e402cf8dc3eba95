from django.core.management.base import BaseCommand

from diary.escalation import escalate_due


class Command(BaseCommand):
    help = "Email each triage item not acknowledged within its team's window (once; safe to rerun)."

    def handle(self, *args, **options):
        sent, failed = escalate_due()
        self.stdout.write(f"Escalations sent: {sent}, failed: {failed}.")
