"""The note tagger in its own process, asked by the web workers over a Unix socket.

The tagger's NLP pipeline (spaCy, medspaCy and the nltk it imports: about 100 MiB before the
pipeline is built) lives in one process per machine, `manage.py run_tagger`, instead of in every
gunicorn worker. The web workers send it the text of a note and get the mentions back:

- the socket is a Unix socket (``TAGGER_SOCKET``, by default ``run/tagger.sock`` beside the code),
  made readable and writable by its owner only: the web server and the tagger run as one user.
  The tagger refuses to create it in a folder that is not its user's or that others may write
  to (someone else could replace it); the web asks the kernel who listens (``SO_PEERCRED``) and
  sends no note unless it is its own user. That check is Linux's: elsewhere the tagger is
  reported unavailable and the notes are shown plain;
- the protocol is one JSON object per line each way (the standard library's ``socketserver`` on
  the tagger's side, a plain socket on the web's), one request per connection:
  ``{"op": "tag", "texts": [...]}`` answers ``{"mentions": [[mention, ...], ...]}``, and
  ``{"op": "ping"}`` answers ``{"ok": true}`` (what /healthz asks);
- every exchange has a deadline (``TAGGER_TIMEOUT``, 2 s; /healthz's ping ``PING_TIMEOUT``,
  0.5 s): a tagger that is down, slow or answers nonsense raises ``TaggerUnavailable``, and the
  day page shows the note plain (diary/suggestions.py). Nothing falls back to loading the
  pipeline in the web worker. The tagger waits no longer than ``TAGGER_TIMEOUT`` either for a
  client to send its request (the others wait meanwhile, and that client has given up by then);
- the tagger builds its pipeline before it listens, checks the catalog's version on every request
  (one primary-key read, as ``get_tagger`` does in any process) and rebuilds when it changed
  (a second or two: the request that finds the change may run out of time and show its note
  plain);
- nothing it logs carries a note's text: failures are logged by their exception's class.

With ``TAGGER_SOCKET`` empty the web process tags in-process (the test suite does, so that its
rolled-back catalog edits are seen); tests/test_tagger_service.py starts the real process.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import socket
import socketserver
import stat
import struct
import threading
import time
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings

from diary import tagging
from diary.memory import trim_heap
from diary.tagging import Mention

logger = logging.getLogger("diary.tagger_service")

# A request holds at most a few notes of at most 5,000 characters (each up to 4 UTF-8 bytes, and
# JSON escapes); anything longer is refused rather than read into memory.
MAX_LINE_BYTES = 1 << 20

# New words spaCy's vocabulary may collect before the tagger's pipeline is built afresh (about
# 70 MiB of them).
RENEW_AFTER_NEW_WORDS = 100_000

# Seconds /healthz waits for the tagger's answer to a ping (at most TAGGER_TIMEOUT): a monitor's
# probe must not hang for as long as a page may wait while the tagger is busy.
PING_TIMEOUT = 0.5


class TaggerUnavailable(Exception):
    """The tagger process did not answer in time, or not sensibly. The message names the cause
    (the socket's path, an exception's class), never the text that was sent."""


# --- The web's side ------------------------------------------------------------------------------


def socket_path() -> str:
    return settings.TAGGER_SOCKET


def tag(text: str) -> list[Mention]:
    """The mentions in one note: asked of the tagger process, or tagged here if there is none."""
    if not socket_path():
        return tagging.tag(text)
    return tag_many([text])[0]


def tag_many(texts: Sequence[str]) -> list[list[Mention]]:
    """The mentions in each note, in one request."""
    texts = [text if isinstance(text, str) else "" for text in texts]
    if not socket_path():
        return tagging.tag_many(texts)
    answer = ask({"op": "tag", "texts": texts})
    found = answer.get("mentions")
    if not isinstance(found, list) or len(found) != len(texts):
        raise TaggerUnavailable("the tagger's answer does not match the request")
    try:
        return [[mention_from_json(item) for item in mentions] for mentions in found]
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        raise TaggerUnavailable(f"unreadable answer ({type(error).__name__})") from None


def ping() -> None:
    """Raises TaggerUnavailable unless the tagger process answers within PING_TIMEOUT."""
    timeout = min(PING_TIMEOUT, settings.TAGGER_TIMEOUT)
    if not ask({"op": "ping"}, timeout=timeout).get("ok"):
        raise TaggerUnavailable("the tagger did not answer the ping")


def ask(
    request: dict[str, Any], *, timeout: float | None = None, path: str | None = None
) -> dict[str, Any]:
    """One request, one answer, within `timeout` seconds (TAGGER_TIMEOUT) in all."""
    path = path or socket_path()
    deadline = time.monotonic() + (settings.TAGGER_TIMEOUT if timeout is None else timeout)
    data = json.dumps(request, separators=(",", ":")).encode() + b"\n"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(_left(deadline))
            conn.connect(path)
            _check_listener(conn, path)
            conn.sendall(data)
            line = _read_line(conn, deadline)
    except TimeoutError:
        raise TaggerUnavailable(f"no answer from {path} in time") from None
    except OSError as error:
        raise TaggerUnavailable(f"no answer from {path} ({type(error).__name__})") from None
    try:
        answer = json.loads(line)
    except ValueError:
        raise TaggerUnavailable("the tagger's answer is not JSON") from None
    if not isinstance(answer, dict):
        raise TaggerUnavailable("the tagger's answer is not an object")
    if "error" in answer:
        raise TaggerUnavailable(f"the tagger failed ({answer['error']})")
    return answer


def _check_listener(conn: socket.socket, path: str) -> None:
    """Raises TaggerUnavailable unless the process listening on `path` runs as our user (asked of
    the kernel: ``SO_PEERCRED``, Linux only), before any note is sent to it."""
    if not hasattr(socket, "SO_PEERCRED"):
        raise TaggerUnavailable(f"cannot tell who listens on {path} (SO_PEERCRED is Linux's)")
    size = struct.calcsize("3i")
    _pid, uid, _gid = struct.unpack(
        "3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, size)
    )
    if uid != os.geteuid():
        raise TaggerUnavailable(f"{path} is served by another user (uid {uid}); nothing was sent")


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _read_line(conn: socket.socket, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        conn.settimeout(_left(deadline))
        chunk = conn.recv(65536)
        if not chunk:
            raise ConnectionResetError("closed before the end of the answer")
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk:
            return b"".join(chunks).split(b"\n", 1)[0]
        if size > MAX_LINE_BYTES:
            raise ConnectionAbortedError("answer too long")


def mention_to_json(mention: Mention) -> dict[str, Any]:
    data = mention.as_dict()
    if mention.celsius is not None:
        data["celsius"] = str(mention.celsius)  # the exact Decimal, not a float
    return data


def mention_from_json(data: dict[str, Any]) -> Mention:
    celsius = data.get("celsius")
    return Mention(
        symptom=str(data["symptom"]),
        sites=tuple(str(site) for site in data["sites"]),
        status=str(data["status"]),
        text=str(data["text"]),
        start=int(data["start"]),
        end=int(data["end"]),
        celsius=None if celsius is None else Decimal(str(celsius)),
        about=str(data.get("about") or ""),
    )


# --- The tagger's side ---------------------------------------------------------------------------


class _Handler(socketserver.StreamRequestHandler):
    def setup(self) -> None:
        # Seconds a client may take to send its request (the others wait meanwhile): no longer
        # than the web waits for the answer, after which that client has given up.
        self.timeout = settings.TAGGER_TIMEOUT
        super().setup()

    def handle(self) -> None:
        try:
            line = self.rfile.readline(MAX_LINE_BYTES + 1)
        except OSError:
            return  # the client went away, or never sent its request
        try:
            request = json.loads(line) if line.endswith(b"\n") else None
        except ValueError:
            request = None
        try:
            answer = self.server.answer(request)  # type: ignore[attr-defined]
        except Exception as error:
            # The traceback (code, not data) under a stand-in: the message might quote the note.
            stand_in = RuntimeError(f"{type(error).__module__}.{type(error).__qualname__}")
            logger.error(
                "Tagging a request failed; it was answered with an error.",
                exc_info=(RuntimeError, stand_in, error.__traceback__),
            )
            answer = {"error": type(error).__name__}
        with contextlib.suppress(OSError):
            self.wfile.write(json.dumps(answer, separators=(",", ":")).encode() + b"\n")


class TaggerServer(socketserver.UnixStreamServer):
    """One request at a time: the pipeline runs on one core, and a request takes well under a
    millisecond per note, so the others wait in the socket's backlog.

    spaCy's vocabulary keeps every new word it meets (misspellings, numbers, names: about
    0.9 KB each; 1,000 notes of 25 made-up words added 23-33 MiB). Once the pipeline in use has
    collected RENEW_AFTER_NEW_WORDS, a new one is built in a thread of its own (2-3 s) while the
    old one keeps answering (requests are slower meanwhile: both want the interpreter), then
    installed between two requests and the old one let go. Fed 12,000 such notes, the process
    renewed three times and stayed between 238 and 275 MiB (180 MiB at its start) when renewing
    in the loop; building beside the old one added 33 MiB for those seconds in one run."""

    request_queue_size = 64
    tagger: tagging.Tagger | None = None
    words_at_start = 0
    renewal: threading.Thread | None = None  # building the next pipeline
    renewed: tagging.Tagger | None = None  # what it built (None if it failed)
    renewal_started = 0.0

    def service_actions(self) -> None:
        """Between requests: start renewing a pipeline that has collected too many words, or
        install the renewed one once it is built. Never waits for the build."""
        if self.renewal is not None:
            if not self.renewal.is_alive():
                self._install()
            return
        if self.tagger is None:
            return
        if len(self.tagger.nlp.vocab.strings) - self.words_at_start > RENEW_AFTER_NEW_WORDS:
            self.renewal = threading.Thread(target=self._build, name="tagger-renewal", daemon=True)
            self.renewal_started = time.perf_counter()
            self.renewal.start()

    def _build(self) -> None:
        from django.db import connections

        try:
            self.renewed = tagging.build_tagger()
        except Exception as error:  # the catalog's tables unreadable for a moment...
            stand_in = RuntimeError(f"{type(error).__module__}.{type(error).__qualname__}")
            logger.error(
                "Renewing the note tagger's pipeline failed; the old one stays in use.",
                exc_info=(RuntimeError, stand_in, error.__traceback__),
            )
        finally:
            connections.close_all()  # this thread's own

    def _install(self) -> None:
        renewed, self.renewed, self.renewal = self.renewed, None, None
        if renewed is None or not tagging.install_tagger(renewed):
            # Failed, or the catalog changed meanwhile (and the pipeline was built afresh for
            # it): the one in use is kept, and renewed again after as many new words.
            if self.tagger is not None:
                self.words_at_start = len(self.tagger.nlp.vocab.strings)
            return
        self.tagger = None  # the last reference to the old pipeline but the module's own
        self.watch(renewed)
        gc.collect()  # spaCy's objects refer to each other: the old pipeline goes in one
        trim_heap()
        logger.info(
            "Note tagger's pipeline renewed after %d new words, in %.1f s.",
            RENEW_AFTER_NEW_WORDS,
            time.perf_counter() - self.renewal_started,
        )

    def watch(self, tagger: tagging.Tagger) -> None:
        if tagger is not self.tagger:
            self.tagger, self.words_at_start = tagger, len(tagger.nlp.vocab.strings)

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        from django.db import DatabaseError, connections

        if not isinstance(request, dict):
            return {"error": "bad request: one JSON object on one line"}
        op = request.get("op")
        if op == "ping":
            return {"ok": True}
        if op != "tag":
            return {"error": "unknown op"}
        texts = request.get("texts")
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            return {"error": "texts must be a list of strings"}
        try:
            tagger = tagging.get_tagger()
        except DatabaseError:
            # The catalog's version is read on every request over one kept connection (opening
            # one per request would cost more than the tagging); a dropped one is opened again.
            connections.close_all()
            tagger = tagging.get_tagger()
        self.watch(tagger)
        found = tagger.tag_many(texts)
        return {"mentions": [[mention_to_json(m) for m in mentions] for mentions in found]}


def _check_folder(folder: Path) -> None:
    """Refuse a folder that is not ours, or that others may write to: whoever can write there can
    replace the socket by theirs, and the web workers would send the notes to it."""
    info = folder.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise RuntimeError(f"{folder} is not a folder")
    if info.st_uid != os.geteuid():
        raise RuntimeError(f"{folder} belongs to another user (uid {info.st_uid})")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise RuntimeError(f"{folder} may be written by others ({stat.filemode(info.st_mode)})")


def _clear_stale(path: Path) -> None:
    """Remove a socket file left by a tagger that stopped; refuse to start beside a live one."""
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_socket():
        raise RuntimeError(f"{path} exists and is not a socket")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1)
        try:
            probe.connect(str(path))
        except OSError:
            path.unlink()
            return
    raise RuntimeError(f"a tagger is already listening on {path}")


@contextlib.contextmanager
def listening(path: str | os.PathLike[str]) -> Iterator[TaggerServer]:
    """A server bound to `path` (a socket only its owner may use, in a folder that is its owner's
    and no one else may write to), removed again on exit."""
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _check_folder(path.parent)
    _clear_stale(path)
    mask = os.umask(0o177)
    try:
        server = TaggerServer(str(path), _Handler)
    finally:
        os.umask(mask)
    try:
        yield server
    finally:
        server.server_close()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
