from django.core.management.base import BaseCommand

from diary.notifications import send_pending


class Command(BaseCommand):
    help = "Send pending alert emails to care-team contacts (cron-friendly; safe to run twice)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"Sent {sent} alert email(s); {failed} failed and will be retried.")
