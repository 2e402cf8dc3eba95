"""The database cache's table, created with the database so no deployment forgets it."""

from django.conf import settings
from django.core.management import call_command


def create_cache_table_after_migrate(sender, using="default", **kwargs) -> None:
    """`manage.py migrate` also runs `createcachetable` (idempotent) when the cache is the DB."""
    if any(c["BACKEND"].endswith("DatabaseCache") for c in settings.CACHES.values()):
        call_command("createcachetable", database=using, verbosity=0)
