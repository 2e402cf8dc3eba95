"""Settings for the test suite: the project's settings with a throwaway key and a fast hasher."""

import os

os.environ.setdefault("SECRET_KEY", "insecure-key-for-the-test-suite-only")
os.environ.setdefault("DJANGO_HTTPS", "0")
# Production settings refuse to start without SMTP; the tests keep every e-mail in memory.
os.environ.setdefault("EMAIL_HOST", "127.0.0.1")

from config.settings import *  # noqa: F403

# Static files from the source folders as they are: no collectstatic manifest to build first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Argon2 is deliberately slow; tests that check hashing ask for it explicitly.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared-cache memory: concurrent saves then wait on SQLite's busy timeout
    # exactly as they do in production, instead of failing with "table is locked".
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"diary-tests-{os.getpid()}.sqlite3")
    }

# The note tagger runs in the test process (it must see each test's own catalog edits);
# tests/test_tagger_service.py starts the real tagger process.
TAGGER_SOCKET = ""

# Background tasks run inline in tests, on an in-memory queue.
HUEY = {**HUEY, "immediate": True}  # noqa: F405

# Static files straight from the source folders: the tests do not run collectstatic.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
