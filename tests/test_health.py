"""/healthz: the database and the task queue, for anyone, with nobody's data."""

import pytest

from diary import tasks
from diary.views import health


@pytest.mark.django_db
def test_healthz_reports_database_and_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["queue"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_healthz_says_when_a_worker_last_ran(client):
    tasks.sweep_outbox.call_local()
    assert 0 <= client.get("/healthz").json()["worker_last_seen_seconds"] < 60


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    def down():
        raise ConnectionRefusedError("secret detail")

    monkeypatch.setattr(health, "_database", down)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error: ConnectionRefusedError"
    assert b"secret detail" not in response.content


@pytest.mark.django_db
def test_healthz_answers_503_when_the_queue_is_down(client, monkeypatch):
    def down():
        raise ConnectionError

    monkeypatch.setattr(health.HUEY, "pending_count", down)
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["queue"] == "error: ConnectionError"


@pytest.mark.django_db
def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405
