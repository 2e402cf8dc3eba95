"""The note tagger's process: builds the NLP pipeline, then answers the web workers on a Unix
socket until stopped (diary/tagger_service.py). One per machine, beside the web server.

python manage.py run_tagger [--socket PATH]   (default: TAGGER_SOCKET)
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from diary import tagger_service, tagging
from diary.memory import resident_mib


class Command(BaseCommand):
    help = "Serve the note tagger to the web workers on a Unix socket (TAGGER_SOCKET)."
    requires_system_checks = []  # the web server runs them; this process's log stays JSON

    def add_arguments(self, parser):
        parser.add_argument("--socket", default=None, help="the socket's path (TAGGER_SOCKET)")

    def handle(self, *args, socket=None, **options):
        path = socket or settings.TAGGER_SOCKET
        if not path:
            raise CommandError("No socket: set TAGGER_SOCKET (empty means tagging in-process).")
        log = tagger_service.logger
        started = time.perf_counter()
        tagging.get_tagger()  # before listening: no request waits for the pipeline
        connections.close_all()
        built = time.perf_counter() - started
        # Stopped by the process manager: leave serve_forever, remove the socket, exit.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            with tagger_service.listening(path) as server:
                log.info(
                    "Note tagger listening on %s (pipeline ready in %.1f s, resident %.0f MiB).",
                    path,
                    built,
                    resident_mib(),
                )
                with contextlib.suppress(KeyboardInterrupt, SystemExit):
                    server.serve_forever()  # until SIGTERM or Ctrl-C
        except (RuntimeError, OSError) as error:  # a live tagger there, a path too long...
            raise CommandError(f"Cannot listen on {path}: {error}") from None
        log.info("Note tagger stopped.")
