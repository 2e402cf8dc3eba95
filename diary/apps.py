from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DiaryConfig(AppConfig):
    name = "diary"
    verbose_name = "Symptom diary"

    def ready(self) -> None:
        # The audit log's receivers: log-ins (signals) and account changes (account_signals).
        from diary import account_signals, signals  # noqa: F401
        from diary.audit import ensure_trigger_after_migrate
        from diary.cache import create_cache_table_after_migrate

        post_migrate.connect(create_cache_table_after_migrate, sender=self)
        post_migrate.connect(ensure_trigger_after_migrate, sender=self)
        from diary.catalog import watch_catalog
        from diary.database import watch_for_stale_plans

        watch_catalog()
        watch_for_stale_plans()
