from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DiaryConfig(AppConfig):
    name = "diary"
    verbose_name = "Symptom diary"

    def ready(self) -> None:
        from diary import signals  # noqa: F401  (connects the audit log to log-ins)
        from diary.audit import ensure_trigger_after_migrate

        post_migrate.connect(ensure_trigger_after_migrate, sender=self)
