"""gunicorn settings. The access log leaves out query strings, and every line gunicorn writes
(access and error log) passes diary.logging.RedactSecrets: no share-link, invitation or
password-reset token, no patient id, no symptom in a path."""

import os

from gunicorn.glogging import Logger

from diary.logging import RedactSecrets
from diary.memory import resident_mib, trim_heap

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s" %(s)s %(B)s %(L)ss'


class RedactingLogger(Logger):
    """gunicorn's logger with the redacting filter on its access and error logs."""

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            if not any(isinstance(f, RedactSecrets) for f in log.filters):
                log.addFilter(RedactSecrets())


logger_class = RedactingLogger
# LOG_FORMAT=json: gunicorn's own lines as JSON objects too, like the diary's (config/settings.py).
if os.environ.get("LOG_FORMAT", "plain") == "json":
    _json = {"handlers": ["json"], "level": "INFO", "propagate": False}
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            }
        },
        "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json"}},
        "root": {"handlers": ["json"], "level": "INFO"},
        "loggers": {"gunicorn.error": _json, "gunicorn.access": _json},
    }

# The application is loaded once in the master, before the workers fork, and the workers share
# its memory (copy on write). The note tagger's NLP pipeline is not here: it runs in its own
# process (manage.py run_tagger, diary/tagger_service.py), which the workers ask over a socket;
# a forked worker's resident set counts every page the master holds, so the master holds only
# what every request needs.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"


def when_ready(server):
    if not preload_app:
        return
    import gc

    from django.db import connections

    try:
        _load_before_fork(server)
    finally:
        connections.close_all()  # no database connection may cross the fork
    gc.freeze()  # keep the collector from touching (and so copying) the shared objects


def _load_before_fork(server):
    """What every worker would otherwise load on its own, loaded once here and shared: every
    view module (through the URLconf) and the compiled templates. Not WeasyPrint (about 30 MiB,
    imported by the first PDF a worker renders): most workers' requests never need it."""
    import contextlib
    from importlib import import_module
    from pathlib import Path

    from django.conf import settings
    from django.template import TemplateDoesNotExist, TemplateSyntaxError
    from django.template.loader import get_template

    try:
        import_module(settings.ROOT_URLCONF)  # and with it every view module
        for folder in settings.TEMPLATES[0]["DIRS"]:
            for path in sorted(Path(folder).rglob("*.html")):
                with contextlib.suppress(TemplateDoesNotExist, TemplateSyntaxError):
                    get_template(str(path.relative_to(folder)))
    except Exception as error:  # each worker loads what it needs on first use instead
        server.log.warning("Not everything preloaded: %s", type(error).__name__)


# After a request that left the worker's resident set well above where it was, hand the freed
# heap back to the system (glibc's malloc_trim): a 3-year export or a PDF frees what it built in
# Python, but the allocator would otherwise keep most of those pages for the worker's lifetime.
TRIM_AFTER_GROWTH_MIB = 4
_resident_after_trim: list[float] = []


def post_request(worker, req, environ, resp):
    try:
        resident = resident_mib()
    except OSError:  # not Linux: nothing to trim
        return
    if _resident_after_trim and resident < _resident_after_trim[0] + TRIM_AFTER_GROWTH_MIB:
        return
    trim_heap()
    _resident_after_trim[:] = [resident_mib()]
