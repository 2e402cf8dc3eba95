from django.core.management.base import BaseCommand

from diary.notifications import send_pending


class Command(BaseCommand):
    help = "Send pending alert e-mails to care-team contacts (cron-friendly; safe to run twice)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"Sent {sent} alert e-mail(s); {failed} failed and will be retried.")
