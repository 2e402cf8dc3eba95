from django.apps import AppConfig


class DiaryConfig(AppConfig):
    name = "diary"
    verbose_name = "Symptom diary"

    def ready(self) -> None:
        from diary import signals  # noqa: F401  (connects the audit log to log-ins)
        from diary.catalog import watch_catalog

        watch_catalog()
