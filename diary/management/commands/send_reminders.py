from django.core.management.base import BaseCommand

from diary.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Send the daily reminder emails that are due (cron-friendly: run every few minutes; "
        "safe to run twice, each reminder goes once per person and local day)."
    )

    def handle(self, *args, **options):
        outcome = send_due_reminders()
        self.stdout.write(
            f"Sent {outcome.sent} reminder(s); {outcome.already_sent} already sent today, "
            f"{outcome.already_logged} day(s) already logged, {outcome.failed} failed "
            "and will be retried."
        )
