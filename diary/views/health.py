"""/healthz for load balancers and monitoring: is the database there, is the task queue there,
does the note tagger's process answer.

It answers without a session and says nothing about anyone: only "ok" or the error's class.
A tagger that is down is reported but does not make the answer 503: the pages still work (the
notes are shown plain, without suggestions), so a load balancer should keep sending requests.
The tagger is pinged with its own short deadline (tagger_service.PING_TIMEOUT, 0.5 s), so that a
tagger busy renewing its pipeline does not hold the probe for a page's TAGGER_TIMEOUT.
"""

import time

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from huey.contrib.djhuey import HUEY

from diary import tagger_service

HEARTBEAT_KEY = "worker-heartbeat"


def _check(probe) -> str:
    try:
        probe()
    except Exception as error:
        return f"error: {type(error).__name__}"
    return "ok"


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def worker_last_seen() -> float | None:
    """Seconds since a worker last ran the outbox sweep (diary/tasks.py), None if never."""
    stamp = HUEY.get(HEARTBEAT_KEY, peek=True)
    return None if stamp is None else round(time.time() - float(stamp), 1)


@never_cache
@require_GET
def healthz(request):
    checks = {"database": _check(_database), "queue": _check(HUEY.pending_count)}
    body = {"status": "ok" if all(v == "ok" for v in checks.values()) else "error", **checks}
    if checks["queue"] == "ok":
        body["queue_pending"] = HUEY.pending_count()
        body["worker_last_seen_seconds"] = worker_last_seen()
    # In-process (TAGGER_SOCKET empty): nothing to ask.
    body["tagger"] = _check(tagger_service.ping) if tagger_service.socket_path() else "in-process"
    return JsonResponse(body, status=200 if body["status"] == "ok" else 503)
