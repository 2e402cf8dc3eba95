from django.core.management.base import BaseCommand

from diary.deleted_days import KEEP_DAYS, purge


class Command(BaseCommand):
    help = f"Delete for good the days deleted more than {KEEP_DAYS} days ago (cron: daily)."

    def handle(self, *args, **options):
        self.stdout.write(f"Purged {purge()} day(s) deleted more than {KEEP_DAYS} days ago.")
