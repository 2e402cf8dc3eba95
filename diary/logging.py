"""Keeping secrets and health data out of logs and error reports.

Log lines name URLs (gunicorn's access log, Django's "Not Found: /path" warnings, tracebacks), and
the diary's URLs carry secrets and health data: share-link, invitation, address-confirmation,
password-reset and email-confirmation tokens; a patient's id beside a date or a symptom. A
`RedactSecrets` filter, on Django's handlers (settings.LOGGING) and on gunicorn's loggers
(gunicorn.conf.py), rewrites every record before it is written: tokens become "[token]", a
patient's id "[patient]", a symptom's slug "[symptom]", a query string "?[query]".

Error reports (the debug page, error emails) go through `HealthDataSafeExceptionReporter` and
`HealthDataSafeReporterFilter`: no POST, no query string, no cookies, no local variables, no
request headers beyond a few harmless ones, and the same redaction of the path and the message.
"""

import logging
import re
from types import SimpleNamespace

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

PLACEHOLDER = "[token]"
_SEGMENT = r"[^/\s?#\"'<>]+"

# (pattern, replacement), applied in order.
REDACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Secrets in paths: share links, invitations, care-team address confirmations, allauth's
    # password-reset and e-mail-confirmation keys.
    (re.compile(rf"(/s/){_SEGMENT}"), rf"\g<1>{PLACEHOLDER}"),
    (re.compile(rf"(/invitations/){_SEGMENT}"), rf"\g<1>{PLACEHOLDER}"),
    (re.compile(rf"(/care-team/confirm/){_SEGMENT}"), rf"\g<1>{PLACEHOLDER}"),
    (re.compile(rf"(/password/reset/key/){_SEGMENT}"), rf"\g<1>{PLACEHOLDER}"),
    (re.compile(rf"(/confirm-email/){_SEGMENT}"), rf"\g<1>{PLACEHOLDER}"),
    # A symptom named in a path (note suggestions), next to a date and a patient.
    (re.compile(rf"(/suggestions/){_SEGMENT}"), r"\g<1>[symptom]"),
    # A patient's id: with it, a date in the same path says when she logged something.
    (
        re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
        "[patient]",
    ),
    # Query strings: filters, a `next` that may hold any of the above, allauth's keys.
    (re.compile(r"(?<=[\w/])\?[^\s\"'<>]+"), "?[query]"),
    # PostgreSQL's DETAIL line repeats the values of a failed row (a patient, a date).
    (re.compile(r"DETAIL:[^\n]*"), "DETAIL: [redacted]"),
    # Anything that looks like a 256-bit URL-safe secret, wherever it appears.
    (re.compile(r"(?<![\w-])[A-Za-z0-9_-]{40,}(?![\w-])"), PLACEHOLDER),
)


def redact(text: str) -> str:
    """The text with every token, patient id, symptom slug and query string replaced."""
    for pattern, replacement in REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecrets(logging.Filter):
    """Rewrites a record's message, traceback and stack in place; never drops a record."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: keep its text only
            message = str(record.msg)
        record.msg = redact(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        # django.request attaches the request itself; no formatter of ours reads it.
        if hasattr(record, "request"):
            record.request = None
        return True


# Request headers an error report may show: nothing a person typed, no cookie, no referrer.
SAFE_META = frozenset(
    {"REQUEST_METHOD", "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL", "CONTENT_TYPE"}
)


class HealthDataSafeReporterFilter(SafeExceptionReporterFilter):
    """Error reports never show what a person typed or which diary she was in."""

    def is_active(self, request) -> bool:
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {key: self.cleansed_substitute for key in request.POST}

    def get_safe_request_meta(self, request):
        if request is None:
            return {}
        return {
            key: (redact(str(value)) if key in SAFE_META else self.cleansed_substitute)
            for key, value in request.META.items()
        }

    def get_safe_cookies(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.COOKIES, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        # A frame's variables may hold a day, a note, a token: show their names only.
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class HealthDataSafeExceptionReporter(ExceptionReporter):
    """Django's reporter without the query string, the raw URL or the person's name, and with
    the path and the exception's message redacted."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        request = data.get("request")
        if request is not None:
            data["request"] = SimpleNamespace(
                path_info=redact(request.path_info),
                GET={},
                FILES={},
                COOKIES=request.COOKIES,
                META=request.META,
            )
            data["request_GET_items"] = []
            data["request_FILES_items"] = []
            data["request_insecure_uri"] = redact(request.path_info)
            user = getattr(request, "user", None)
            data["user_str"] = f"user {user.pk}" if getattr(user, "pk", None) else "anonymous"
        if "exception_value" in data:
            data["exception_value"] = redact(data["exception_value"])
        return data
