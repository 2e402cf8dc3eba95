"""Settings for scripts/two_instances.py: the project's settings with a cache every instance
shares (the database), so that log-in rate limits hold across machines, and static files served
from their folders (that test does not run collectstatic)."""

from config.settings import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "diary_cache",
    }
}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
