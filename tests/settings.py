"""Settings for the test suite: the project's settings with a throwaway key and a fast hasher."""

import os

os.environ.setdefault("SECRET_KEY", "insecure-key-for-the-test-suite-only")
os.environ.setdefault("DJANGO_HTTPS", "0")

from config.settings import *  # noqa: E402, F403

# Argon2 is deliberately slow; tests that check hashing ask for it explicitly.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
