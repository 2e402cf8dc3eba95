"""Settings for the diary, read from environment variables (every one is in the README's table).

Values are parsed strictly with environs: a boolean such as `Ture` or an integer such as `12a`
stops the start with ImproperlyConfigured naming the variable, instead of silently weakening
a setting.

EMAIL_HOST is required unless DJANGO_DEBUG is on (then mail goes to the console): e-mails
carry links no log may hold.
"""

import os
import re
from pathlib import Path

import dj_database_url
import phonenumbers
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from environs import Env, EnvError

BASE_DIR = Path(__file__).resolve().parent.parent

_env = Env(eager=True)


def _strict(parse, name: str, default):
    try:
        return parse(name, default)
    except EnvError as error:
        raise ImproperlyConfigured(f"{name}: {error}") from error


def env_flag(name: str, default: bool = False) -> bool:
    """A yes/no variable: 1/0, true/false, yes/no, on/off; anything else is an error."""
    return _strict(_env.bool, name, default)


def env_int(name: str, default: int) -> int:
    return _strict(_env.int, name, default)


DEBUG = env_flag("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set unless DJANGO_DEBUG=1.")
    # Development only: a fresh key per process, so no key ever lives in the repository.
    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "crispy_forms",
    "crispy_bootstrap5",
    "phonenumber_field",
    "simple_history",
    "huey.contrib.djhuey",
    "diary",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "diary.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "diary.sessions.AuthenticationMiddleware",  # Django's, the user read with the session
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "diary.security.IdleLogoutMiddleware",
    "diary.security.StaffNeedMFAMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "diary.middleware.UserTimezoneMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "diary.context_processors.diary_nav",
            ],
            # {% url %} reversing each URL once per process (diary/templatetags/cached_url.py);
            # |date writing a date without parsing its format each time (kept_dates.py).
            "builtins": ["diary.templatetags.cached_url", "diary.templatetags.kept_dates"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
PREPARED_STATEMENTS = env_flag("DATABASE_PREPARED_STATEMENTS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and PREPARED_STATEMENTS:
    # Parameters bound by the server, and a query run more than five times on a connection
    # prepared (psycopg's prepare_threshold): PostgreSQL then skips parsing and planning it
    # again. A page's 7-11 queries took 0.2-0.45 ms each before, about 0.2 after. Off (0)
    # behind a connection pooler in transaction mode that does not keep prepared statements.
    # A query bound by the server takes at most 65,535 parameters (the largest IN list here is
    # a 3-year period's entry ids, about 1,100). A migration changing a returned column's type
    # makes a prepared query fail once per connection: diary/database.py then closes it.
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "server_side_binding": True,
        "prepare_threshold": 5,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # IMMEDIATE takes the write lock when a transaction starts, so two saves of the
        # same day queue up instead of failing with "database is locked".
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "diary.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # zxcvbn (Dropbox's estimator, via django-zxcvbn-password-validator): refuses sequences,
    # keyboard walks, repeats, dates and the words of its frequency lists, which a fixed list
    # of common passwords misses (`abcdefghijkl`). Score 3 of 4 is "safely unguessable".
    {
        "NAME": "django_zxcvbn_password_validator.ZxcvbnPasswordValidator",
    },
]
PASSWORD_MINIMAL_STRENGTH = 3

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# django-allauth: e-mail is the login; no usernames.
ACCOUNT_ADAPTER = "diary.security.AccountAdapter"
USERSESSIONS_ADAPTER = "diary.security.UserSessionsAdapter"
ACCOUNT_FORMS = {"login": "diary.forms.account.LoginForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Mandatory: nobody signs in before proving the address is theirs, and sign-up can then
# answer "check your inbox" whether or not the address already has an account.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
# A new address replaces the old one only once it is verified; the old one is told.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = env_int("REAUTHENTICATION_TIMEOUT", 300)
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
# "Keep me signed in on this device" is the person's choice at log-in (see Sessions below).
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
# Rate limits, kept in the shared cache below so they hold across workers and processes.
# Failed log-ins: 10 a minute per address, and 5 in 5 minutes per account *from one address*
# (diary.security.AccountAdapter): a stranger elsewhere cannot lock a patient out.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip,50/h/ip",
    "reset_password": "20/m/ip,5/m/key,10/h/key",
    "reset_password_from_key": "20/m/ip",
    "reauthenticate": "10/m/user",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "confirm_email": "1/3m/key",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"

# Behind a reverse proxy, how many proxies in front of the app append to X-Forwarded-For.
# 0 (the default): the header is ignored and the connecting address is the client's.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

# Second factors (allauth.mfa): an authenticator app with recovery codes, and security keys
# or passkeys (WebAuthn). Offered to everyone, required of staff for the admin.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Symptom diary")
MFA_PASSKEY_LOGIN_ENABLED = False
# WebAuthn needs HTTPS, except on localhost during development.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG

# The admin: under a path of the deployment's choosing, or not at all.
ADMIN_ENABLED = env_flag("ADMIN_ENABLED", True)
ADMIN_URL = os.environ.get("ADMIN_URL", "staff-admin/").strip("/") + "/"
if ADMIN_URL == "/":
    raise ImproperlyConfigured("ADMIN_URL must not be empty; set ADMIN_ENABLED=0 to turn it off.")

# Sessions: signed out after SESSION_IDLE_TIMEOUT seconds without a request, unless the person
# ticked "keep me signed in on this device" (then SESSION_REMEMBER_AGE, 14 days by default).
SESSION_IDLE_TIMEOUT = env_int("SESSION_IDLE_TIMEOUT", 30 * 60)
SESSION_REMEMBER_AGE = env_int("SESSION_REMEMBER_AGE", 60 * 60 * 24 * 14)
# Django's database sessions, read with plain SQL (diary/sessions.py).
SESSION_ENGINE = "diary.sessions"
USERSESSIONS_TRACK_ACTIVITY = False

# The shared store for rate limits and one-time codes: the database cache unless CACHE_URL names
# another (redis://..., pymemcache://...). `manage.py migrate` creates the cache table.
try:
    CACHES = {"default": _env.dj_cache_url("CACHE_URL", "db://diary_cache")}
except EnvError as error:
    raise ImproperlyConfigured(f"CACHE_URL: {error}") from error
if CACHES["default"]["BACKEND"].endswith(("locmem.LocMemCache", "dummy.DummyCache")) and not DEBUG:
    raise ImproperlyConfigured(
        "CACHE_URL: a per-process cache would let each worker keep its own rate limits."
    )

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Made by `make install` (scripts/build-static.sh): Bootstrap compiled from the npm package's
    # Sass sources, and the app icons. Nothing third-party is committed.
    BASE_DIR / "build" / "static",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # In production: hashed names (cached for a year) and gzip/Brotli copies, served by whitenoise.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Source maps are for developer tools only: not worth compressing (half of collectstatic's time).
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [
    *("jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz", "bz2", "tbz", "xz", "br"),
    *("swf", "flv", "woff", "woff2", "3gp", "3gpp", "asf", "avi", "m4v", "mov", "mp4"),
    *("mpeg", "mpg", "webm", "wmv", "map"),
]

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# In the session, but for messages free of health data, such as a check-in's "Saved"
# (diary/message_storage.py).
MESSAGE_STORAGE = "diary.message_storage.SessionUnlessPlainStorage"

# E-mail: SMTP when EMAIL_HOST is set; the console only in development (DJANGO_DEBUG=1), since
# e-mails carry password-reset, invitation and confirmation links that must never reach a log.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "diary@localhost")
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", True)
elif DEBUG:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    raise ImproperlyConfigured(
        "EMAIL_HOST must be set unless DJANGO_DEBUG=1: without it e-mails (with their "
        "password-reset and share links) would be written to the log."
    )

# Security: this app holds health data.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = SESSION_REMEMBER_AGE
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# HTTPS (on unless DJANGO_DEBUG=1): secure cookies, HSTS and a redirect from http://.
HTTPS = env_flag("DJANGO_HTTPS", not DEBUG)
if HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", True)
    if TRUSTED_PROXY_COUNT:
        # Only a proxy of ours may say the request came over HTTPS.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The address the diary's e-mails link back to (share links in alert e-mails, invitations).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Summary downloads (PDF, CSV, FHIR) of periods longer than this many days are prepared in the
# background (a task) and kept for the requester for a day, instead of rendered in the request.
EXPORT_BACKGROUND_AFTER_DAYS = env_int("EXPORT_BACKGROUND_AFTER_DAYS", 90)
if EXPORT_BACKGROUND_AFTER_DAYS < 1:
    raise ImproperlyConfigured("EXPORT_BACKGROUND_AFTER_DAYS: a whole number of days, 1 or more.")

# FHIR export: the canonical base of the diary's own code systems (severity, symptoms, flags).
# Fixed, never derived from SITE_URL, so every deployment's exports share the same codes.
FHIR_CODE_SYSTEM_BASE = os.environ.get(
    "FHIR_CODE_SYSTEM_BASE", "https://symptom-diary.invalid/fhir/CodeSystem"
)
# The identifier system (a URI) of the hospital numbers patients enter; empty: sent without one.
FHIR_PATIENT_IDENTIFIER_SYSTEM = os.environ.get("FHIR_PATIENT_IDENTIFIER_SYSTEM", "")
for _name in ("FHIR_CODE_SYSTEM_BASE", "FHIR_PATIENT_IDENTIFIER_SYSTEM"):
    _value = globals()[_name]
    if (_value or _name == "FHIR_CODE_SYSTEM_BASE") and (
        not _value.startswith(("http://", "https://", "urn:"))
        or _value.endswith("/")
        or any(c.isspace() for c in _value)
    ):
        raise ImproperlyConfigured(f"{_name} must be an absolute URI without a trailing slash.")

# Error reports never carry request bodies, query strings, cookies or local variables, and
# no log line carries a token, a patient's id or a symptom (diary/logging.py).
DEFAULT_EXCEPTION_REPORTER = "diary.logging.HealthDataSafeExceptionReporter"
# The red-flag panel's call buttons: the emergency number (911 by default: the source document
# is American) and the country assumed for care-team phone numbers written without "+".
EMERGENCY_PHONE = os.environ.get("EMERGENCY_PHONE", "911").strip()
if not re.fullmatch(r"\+?[0-9]{2,15}", EMERGENCY_PHONE):
    raise ImproperlyConfigured("EMERGENCY_PHONE must be digits, optionally after a +, e.g. 112.")
PHONENUMBER_DEFAULT_REGION = os.environ.get("PHONE_REGION", "US").strip().upper()
if PHONENUMBER_DEFAULT_REGION not in phonenumbers.SUPPORTED_REGIONS:
    raise ImproperlyConfigured("PHONE_REGION must be a two-letter country code, e.g. GB or US.")

# Error reports never carry request bodies or cookies: they may hold health data.
DEFAULT_EXCEPTION_REPORTER_FILTER = "diary.logging.HealthDataSafeReporterFilter"

LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured("LOG_FORMAT must be plain or json.")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "diary.logging.RedactSecrets"}},
    # LOG_FORMAT=json (production): one JSON object per line (python-json-logger).
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["redact"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Django's own (django.request, django.server, django.security): through the
        # redacting handler only, and never by e-mail.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "diary": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "huey": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Background tasks (Huey, diary/tasks.py; worker: manage.py run_huey). Without REDIS_URL the
# queue is a SQLite file on this machine (no extra server); with REDIS_URL, Redis, shared by
# the workers of every machine. TASKS_IMMEDIATE=1 runs tasks inline (tests).
REDIS_URL = os.environ.get("REDIS_URL", "")
HUEY = {
    "name": "diary",
    "immediate": env_flag("TASKS_IMMEDIATE"),
    "utc": True,
    "consumer": {
        "workers": int(os.environ.get("TASK_WORKERS", "2")),
        "worker_type": "thread",
        "max_delay": 1.0,  # a SQLite queue is polled at least every second
    },
    **(
        {"huey_class": "huey.RedisHuey", "url": REDIS_URL}
        if REDIS_URL
        else {
            "huey_class": "huey.SqliteHuey",
            "filename": os.environ.get("TASKS_SQLITE_PATH", str(BASE_DIR / "tasks.sqlite3")),
        }
    ),
}

# The note tagger's process (manage.py run_tagger, one per machine): the web workers ask it over
# this Unix socket, waiting at most TAGGER_TIMEOUT seconds (then the note is shown plain).
# Empty: the web process tags in-process, loading the NLP pipeline itself (the test suite does).
TAGGER_SOCKET = os.environ.get("TAGGER_SOCKET", str(BASE_DIR / "run" / "tagger.sock"))
TAGGER_TIMEOUT = _strict(_env.float, "TAGGER_TIMEOUT", 2.0)
if not 0 < TAGGER_TIMEOUT <= 60:
    raise ImproperlyConfigured("TAGGER_TIMEOUT: seconds, more than 0 and at most 60.")
