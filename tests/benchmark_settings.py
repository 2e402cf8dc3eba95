"""Settings for scripts/benchmark_pages.py: production settings plus a floor view, and static
files served from their folders (the benchmark does not run collectstatic)."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "tests.benchmark_urls"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Production settings require EMAIL_HOST (the script sets one); nothing is sent.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
