"""gunicorn settings. The access log leaves out query strings, and every line gunicorn writes
(access and error log) passes diary.logging.RedactSecrets: no share-link, invitation or
password-reset token, no patient id, no symptom in a path."""

import os

from gunicorn.glogging import Logger

from diary.logging import RedactSecrets

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
