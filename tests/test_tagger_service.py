"""The note tagger's own process (manage.py run_tagger) and the web's side of its socket.

The module starts the real tagger process once, on the test database, and tags through it;
the unhappy paths (no tagger, a silent one, nonsense) leave the day page plain.
"""

import json
import logging
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.db import connection
from django.urls import reverse

from diary import tagger_service, tagging
from diary.tagging import Mention
from tests.factories import log_day

# Every test in the database group, so that pytest-django keeps them in this file's order: the
# last one stops the tagger process the others share.
pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
NOTES = [
    "I couldn't catch my breath on the stairs.",
    "Temp 38.4 last night, no nausea, my mum had headaches",
    "",
    "nothing to report",
]
BREATH = NOTES[0]
BREATH_MARK = '<mark class="note-mention" data-sites="lung">couldn&#x27;t catch my breath</mark>'


def _database_url() -> str:
    """The test database, as the tagger process must be told it."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{quote(db['USER'], safe='')}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    )


class TaggerProcess:
    def __init__(self, path: Path, log: Path, process: subprocess.Popen) -> None:
        self.path, self.log, self.process = path, log, process


@pytest.fixture(scope="module")
def tagger_process(django_db_setup, tmp_path_factory):
    """`manage.py run_tagger` on the test database (the catalog is committed there)."""
    folder = tmp_path_factory.mktemp("tagger")
    path, log = folder / "run" / "tagger.sock", folder / "tagger.log"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "LOG_FORMAT": "json"}
    env["DATABASE_URL"] = _database_url()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "run_tagger", "--socket", str(path)],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 180  # spaCy and the pipeline, on a busy machine
        while True:
            if process.poll() is not None:
                pytest.fail(f"run_tagger stopped: {log.read_text()}")
            try:
                tagger_service.ask({"op": "ping"}, timeout=2, path=str(path))
                break
            except tagger_service.TaggerUnavailable:
                if time.monotonic() > deadline:
                    pytest.fail(f"run_tagger did not answer: {log.read_text()}")
                time.sleep(0.2)
        yield TaggerProcess(path, log, process)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def through_tagger(settings, tagger_process):
    settings.TAGGER_SOCKET = str(tagger_process.path)
    return tagger_process


def page(client, patient, day) -> str:
    response = client.get(reverse("day_detail", args=[patient.public_id, day]))
    assert response.status_code == 200
    return response.content.decode()


# --- Through the real process -------------------------------------------------------------------


def test_the_tagger_process_finds_what_the_in_process_tagger_finds(settings, tagger_process):
    settings.TAGGER_SOCKET = ""
    expected = tagger_service.tag_many(NOTES)
    settings.TAGGER_SOCKET = str(tagger_process.path)
    found = tagger_service.tag_many(NOTES)
    assert found == expected
    fever = found[1][0]
    assert (fever.symptom, fever.status, fever.celsius) == ("fever", "present", Decimal("38.4"))
    assert [(m.symptom, m.status) for m in found[1][1:]] == [
        ("nausea", "negated"),
        ("headache", "family"),
    ]


def test_the_day_page_highlights_notes_tagged_by_the_tagger_process(
    owner_client, patient, through_tagger
):
    day = patient.today()
    log_day(patient, day, notes=BREATH)
    html = page(owner_client, patient, day)
    assert BREATH_MARK in html
    assert "add <strong>Shortness of breath</strong> (on the lung list)?" in html
    assert "not available just now" not in html


def test_healthz_reports_the_tagger_process(client, through_tagger):
    body = client.get("/healthz").json()
    assert body["tagger"] == "ok" and body["status"] == "ok"


def test_the_tagger_answers_nonsense_with_an_error_and_keeps_serving(through_tagger):
    with pytest.raises(tagger_service.TaggerUnavailable, match="unknown op"):
        tagger_service.ask({"op": "delete everything"})
    with pytest.raises(tagger_service.TaggerUnavailable, match="list of strings"):
        tagger_service.ask({"op": "tag", "texts": None})
    with socket.socket(socket.AF_UNIX) as raw:
        raw.connect(str(through_tagger.path))
        raw.sendall(b"not json\n")
        assert b"bad request" in raw.recv(1000)
    tagger_service.ping()


def test_the_tagger_socket_is_for_its_owner_only(tagger_process):
    mode = tagger_process.path.stat().st_mode
    assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600


def test_a_second_tagger_refuses_the_socket_of_a_live_one(tagger_process):
    with (
        pytest.raises(RuntimeError, match="already listening"),
        tagger_service.listening(tagger_process.path),
    ):
        pass
    tagger_service.ask({"op": "ping"}, path=str(tagger_process.path))


# --- When there is no tagger, or a broken one ---------------------------------------------------


def test_a_stopped_tagger_leaves_the_note_plain_and_says_so_in_one_warning(
    owner_client, patient, settings, tmp_path, monkeypatch, caplog
):
    settings.TAGGER_SOCKET = str(tmp_path / "nobody-here.sock")
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    # The project's "diary" logger does not propagate to the root, where caplog listens.
    monkeypatch.setattr(logging.getLogger("diary"), "propagate", True)
    with caplog.at_level(logging.WARNING, logger="diary"):
        html = page(owner_client, patient, day)
    assert "couldn&#x27;t catch my breath" in html and "<mark" not in html
    assert "Suggestions from these notes are not available just now" in html
    records = [r for r in caplog.records if r.name == "diary.tagging"]
    assert records and all(r.levelno == logging.WARNING and not r.exc_info for r in records)
    assert {r.getMessage() for r in records} == {
        f"Note tagger unavailable: no answer from {settings.TAGGER_SOCKET} "
        f"(FileNotFoundError); the notes of entry {entry.pk} are shown without suggestions."
    }
    assert "breath" not in caplog.text


def test_healthz_stays_200_and_names_a_tagger_that_is_down(client, settings, tmp_path):
    settings.TAGGER_SOCKET = str(tmp_path / "nobody-here.sock")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["tagger"] == "error: TaggerUnavailable"


def test_healthz_says_when_notes_are_tagged_in_process(client, settings):
    settings.TAGGER_SOCKET = ""
    assert client.get("/healthz").json()["tagger"] == "in-process"


def _listener(path: Path, answer: bytes | None) -> tuple[socket.socket, threading.Thread]:
    """A socket that accepts one request and answers `answer` (None: never answers)."""
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()

    def serve():
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            if answer is not None:
                conn.sendall(answer)
            else:
                time.sleep(2)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server, thread


def test_a_tagger_that_does_not_answer_in_time_is_given_up(settings, tmp_path):
    settings.TAGGER_SOCKET = str(tmp_path / "silent.sock")
    settings.TAGGER_TIMEOUT = 0.2
    server, _ = _listener(tmp_path / "silent.sock", None)
    with server, pytest.raises(tagger_service.TaggerUnavailable, match="in time"):
        tagger_service.tag("tired")


@pytest.mark.parametrize(
    "answer, cause",
    [
        (b"<html>\n", "not JSON"),
        (b"[1, 2]\n", "not an object"),
        (b'{"mentions": []}\n', "does not match"),
        (b'{"mentions": [[{"symptom": "fever"}]]}\n', "unreadable answer"),
        (b'{"mentions": [[]]', "ConnectionResetError"),
    ],
)
def test_an_answer_that_makes_no_sense_is_refused(settings, tmp_path, answer, cause):
    settings.TAGGER_SOCKET = str(tmp_path / "odd.sock")
    server, thread = _listener(tmp_path / "odd.sock", answer)
    with server, pytest.raises(tagger_service.TaggerUnavailable, match=cause):
        tagger_service.tag("tired")
    thread.join(5)


def test_a_socket_left_by_a_stopped_tagger_is_replaced(tmp_path):
    path = tmp_path / "tagger.sock"
    with socket.socket(socket.AF_UNIX) as old:
        old.bind(str(path))  # closed without removing its file, as after a crash
    with tagger_service.listening(path) as server:
        threading.Thread(target=server.handle_request, daemon=True).start()
        assert tagger_service.ask({"op": "ping"}, path=str(path)) == {"ok": True}
    assert not path.exists()


def test_a_mention_keeps_its_exact_temperature_through_json():
    mention = Mention("fever", ("general",), "present", "temp 38.45", 0, 10, Decimal("38.45"))
    data = json.loads(json.dumps(tagger_service.mention_to_json(mention)))
    assert tagger_service.mention_from_json(data) == mention


def test_the_web_process_loads_no_heavy_library_before_it_needs_one():
    """The views, the day page's suggestions and the tagger's client import neither the NLP
    libraries (the tagger's process has them), nor WeasyPrint (the first PDF imports it), nor
    fhir.resources and pydantic (only the tests validate FHIR with them)."""
    code = (
        "import sys, django; django.setup(); import config.urls, diary.suggestions; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'spacy', 'medspacy', 'nltk', 'thinc', 'weasyprint', 'fontTools', 'fhir', 'pydantic', "
        "'matplotlib'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_the_tagger_renews_a_pipeline_that_has_collected_many_new_words(monkeypatch, tmp_path):
    monkeypatch.setattr(tagger_service, "RENEW_AFTER_NEW_WORDS", 50)
    with tagger_service.listening(tmp_path / "tagger.sock") as server:
        server.answer({"op": "tag", "texts": ["tired"]})
        first = server.tagger
        server.service_actions()
        assert server.tagger is first and server.renewal is None
        server.answer({"op": "tag", "texts": [" ".join(f"zqx{i}" for i in range(80))]})
        server.service_actions()  # starts building the new pipeline
        server.renewal.join(120)
        server.service_actions()  # installs it
        assert server.tagger is not first and server.tagger is tagging.get_tagger()
        assert server.renewal is None
        assert len(server.tagger.nlp.vocab.strings) < len(first.nlp.vocab.strings)
        answer = server.answer({"op": "tag", "texts": ["so tired"]})
    assert answer["mentions"][0][0]["symptom"] == "fatigue"


def test_the_old_pipeline_keeps_answering_while_the_new_one_is_built(monkeypatch, tmp_path):
    monkeypatch.setattr(tagger_service, "RENEW_AFTER_NEW_WORDS", 50)
    release = threading.Event()
    real_build = tagging.build_tagger

    def slow_build():
        assert release.wait(60)
        return real_build()

    monkeypatch.setattr(tagging, "build_tagger", slow_build)
    path = tmp_path / "tagger.sock"
    with tagger_service.listening(path) as server:
        server.answer({"op": "tag", "texts": [" ".join(f"zqy{i}" for i in range(80))]})
        first = server.tagger
        server.service_actions()  # returns while the build waits
        assert server.renewal.is_alive()
        threading.Thread(target=server.handle_request, daemon=True).start()
        found = tagger_service.ask({"op": "tag", "texts": ["so tired"]}, path=str(path), timeout=30)
        assert found["mentions"][0][0]["symptom"] == "fatigue"
        server.service_actions()
        assert server.tagger is first and server.renewal.is_alive()
        release.set()
        server.renewal.join(120)
        server.service_actions()
        assert server.tagger is not first and server.tagger is tagging.get_tagger()


def test_a_renewed_pipeline_of_an_older_catalog_is_not_installed(monkeypatch, tmp_path):
    monkeypatch.setattr(tagger_service, "RENEW_AFTER_NEW_WORDS", 50)
    monkeypatch.setattr(tagging, "build_tagger", lambda: SimpleNamespace(fingerprint="older"))
    with tagger_service.listening(tmp_path / "tagger.sock") as server:
        server.answer({"op": "tag", "texts": [" ".join(f"zqw{i}" for i in range(80))]})
        first = server.tagger
        server.service_actions()
        server.renewal.join(30)
        server.service_actions()
        assert server.tagger is first is tagging.get_tagger() and server.renewal is None
        server.service_actions()  # not renewed again until as many new words again
        assert server.renewal is None


# --- Who listens, who may create the socket, how long each side waits ---------------------------


def _recording_listener(path: Path) -> tuple[socket.socket, threading.Thread, list[bytes]]:
    """A socket that accepts one connection and keeps whatever is sent until it is closed."""
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    received: list[bytes] = []

    def serve():
        conn, _ = server.accept()
        with conn:
            conn.settimeout(5)
            while chunk := conn.recv(65536):
                received.append(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server, thread, received


def test_the_web_sends_no_note_to_a_listener_of_another_user(settings, tmp_path, monkeypatch):
    settings.TAGGER_SOCKET = str(tmp_path / "impostor.sock")
    server, thread, received = _recording_listener(tmp_path / "impostor.sock")
    uid = os.geteuid()
    monkeypatch.setattr(tagger_service.os, "geteuid", lambda: uid + 1)  # the listener: not us
    with server:
        with pytest.raises(tagger_service.TaggerUnavailable, match="another user") as error:
            tagger_service.tag("secret words about my breath")
        thread.join(5)  # it accepted the connection, which was closed with nothing sent
    assert not thread.is_alive() and received == []
    assert "secret" not in str(error.value) and "breath" not in str(error.value)


def test_the_day_page_is_plain_when_the_tagger_process_is_not_our_user(
    owner_client, patient, through_tagger, monkeypatch
):
    uid = os.geteuid()
    monkeypatch.setattr(tagger_service.os, "geteuid", lambda: uid + 1)
    day = patient.today()
    log_day(patient, day, notes=BREATH)
    html = page(owner_client, patient, day)
    assert "couldn&#x27;t catch my breath" in html and "<mark" not in html
    assert "Suggestions from these notes are not available just now" in html


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o770, 0o720, 0o702], ids=oct)
def test_the_tagger_refuses_a_folder_others_may_write_to(tmp_path, mode):
    folder = tmp_path / "run"
    folder.mkdir()
    folder.chmod(mode)
    with (
        pytest.raises(RuntimeError, match="may be written by others"),
        tagger_service.listening(folder / "tagger.sock"),
    ):
        pass
    assert not (folder / "tagger.sock").exists()


def test_the_tagger_refuses_a_folder_of_another_user(tmp_path, monkeypatch):
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    uid = os.geteuid()
    monkeypatch.setattr(tagger_service.os, "geteuid", lambda: uid + 1)  # the folder: not ours
    with (
        pytest.raises(RuntimeError, match="belongs to another user"),
        tagger_service.listening(folder / "tagger.sock"),
    ):
        pass
    assert not (folder / "tagger.sock").exists()


def test_the_tagger_creates_its_missing_folder_for_its_owner_only(tmp_path):
    folder = tmp_path / "run"
    with tagger_service.listening(folder / "tagger.sock"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_healthz_asks_the_tagger_with_its_own_short_timeout(
    client, settings, tmp_path, monkeypatch
):
    settings.TAGGER_SOCKET = str(tmp_path / "busy.sock")
    settings.TAGGER_TIMEOUT = 30  # a page may wait that long; the health check may not
    server, _ = _listener(tmp_path / "busy.sock", None)
    asked = []
    real_ask = tagger_service.ask

    def spy(request, **options):
        asked.append(options.get("timeout"))
        return real_ask(request, **options)

    monkeypatch.setattr(tagger_service, "ask", spy)
    with server:
        body = client.get("/healthz").json()
    assert body["tagger"] == "error: TaggerUnavailable" and body["status"] == "ok"
    assert asked == [tagger_service.PING_TIMEOUT] == [0.5]


def test_the_ping_timeout_is_never_longer_than_the_tagger_timeout(settings, monkeypatch):
    settings.TAGGER_SOCKET, settings.TAGGER_TIMEOUT = "/nowhere/tagger.sock", 0.2
    asked = []
    monkeypatch.setattr(tagger_service, "ask", lambda r, **o: asked.append(o) or {"ok": True})
    tagger_service.ping()
    assert asked == [{"timeout": 0.2}]


def test_the_tagger_waits_for_a_request_no_longer_than_the_web_waits(settings, tmp_path):
    """A client that connects and sends nothing holds the tagger's one loop for TAGGER_TIMEOUT
    (here 0.1 s), not 5 s: it is let go, and the next request is answered."""
    settings.TAGGER_TIMEOUT = 0.1
    path = tmp_path / "tagger.sock"
    with tagger_service.listening(path) as server:
        waiting = threading.Thread(target=server.handle_request, daemon=True)
        waiting.start()
        with socket.socket(socket.AF_UNIX) as idle:
            idle.connect(str(path))
            idle.settimeout(4)
            assert idle.recv(100) == b""  # closed by the tagger, unanswered
        waiting.join(5)
        threading.Thread(target=server.handle_request, daemon=True).start()
        assert tagger_service.ask({"op": "ping"}, path=str(path), timeout=5) == {"ok": True}


def test_the_tagger_stops_on_sigterm_removes_its_socket_and_logs_no_note_text(tagger_process):
    """Last in this module: it stops the process the tests above used."""
    tagger_process.process.send_signal(signal.SIGTERM)
    assert tagger_process.process.wait(15) == 0
    assert not tagger_process.path.exists()
    lines = [json.loads(line) for line in tagger_process.log.read_text().splitlines() if line]
    messages = " ".join(line["message"] for line in lines)
    assert "Note tagger listening on" in messages and "Note tagger stopped." in messages
    for words in ("breath", "nausea", "headache", "38.4", "delete everything"):
        assert words not in tagger_process.log.read_text()
