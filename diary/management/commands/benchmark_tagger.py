"""Measure the note tagger: pipeline build time and memory, then notes per second.

The notes are realistic: random pairings of the labelled patient notes in tests/data/ (one to
three joined per note, seeded, so every run tags the same 10,000 texts), the frozen holdout's
left out: it is read by `evaluate_tagger` alone, once a round. Everything runs in this
one process on one core: ``tag_many`` streams the notes through ``nlp.pipe`` without workers.
"""

from __future__ import annotations

import json
import random
import resource
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from diary import tagging
from diary.management.commands.evaluate_tagger import HOLDOUT_FILE

DATA_DIR = Path(settings.BASE_DIR) / "tests" / "data"


def _rss_mib() -> float:
    """Current resident set size (Linux), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def realistic_notes(count: int, *, seed: int = 2026) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA_DIR.glob("notes_*.jsonl"))
        if path.name != HOLDOUT_FILE
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not texts:
        raise CommandError(f"No notes in {DATA_DIR}")
    rng = random.Random(seed)  # noqa: S311 - a repeatable sample, not a secret
    return [" ".join(rng.sample(texts, rng.choice((1, 1, 2, 3)))) for _ in range(count)]


def _tokenizer_floor(texts: list[str]) -> float:
    """CPU seconds spaCy's blank English tokenizer takes over the notes: the least any spaCy
    reader must spend on them, measured beside the reader and warmed up as it is."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    for text in texts[:200]:
        tokenizer(text)
    started = time.process_time()
    for text in texts:
        tokenizer(text)
    return time.process_time() - started


class Command(BaseCommand):
    help = "Print the tagger's build time and memory, and notes per second over N notes."

    def add_arguments(self, parser):
        parser.add_argument("--notes", type=int, default=10_000)
        parser.add_argument(
            "--socket",
            help="also time single-note requests to the tagger process on this socket "
            "(manage.py run_tagger), as the day page makes them",
        )

    def handle(self, *args, notes, socket=None, **options):
        if notes < 1:
            raise CommandError("--notes must be at least 1.")
        texts = realistic_notes(notes)
        entries = tagging.catalog_entries()

        rss_before = _rss_mib()
        started = time.perf_counter()
        tagging.Tagger(entries)  # the first build also imports spaCy and medspacy
        first_build = time.perf_counter() - started
        rss_after = _rss_mib()
        started = time.perf_counter()
        tagger = tagging.Tagger(entries)
        build_seconds = time.perf_counter() - started

        floor_cpu = _tokenizer_floor(texts)
        tagger.tag_many(texts[:200])  # warm up caches outside the timing
        started, cpu_started = time.perf_counter(), time.process_time()
        results = tagger.tag_many(texts)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
        mentions = sum(len(found) for found in results)
        chars = sum(len(text) for text in texts)

        self.stdout.write(
            f"pipeline: built in {build_seconds:.2f} s ({first_build:.2f} s the first time, "
            f"with importing spaCy and medspacy); {len(tagger.forms)} surface forms for "
            f"{len(entries)} symptoms\n"
            f"memory: resident set {rss_before:.0f} MiB before the first build, "
            f"{rss_after:.0f} MiB after it (+{rss_after - rss_before:.0f} MiB); "
            f"peak {_peak_rss_mib():.0f} MiB\n"
            f"tagging: {notes} notes ({chars / notes:.0f} characters on average), {mentions} "
            f"mentions in {seconds:.2f} s = {notes / seconds:.0f} notes/s on one core "
            f"({cpu_seconds:.2f} s of CPU = {notes / cpu_seconds:.0f} notes/s per CPU second, "
            f"the figure to trust on a busy machine)\n"
            f"floor: spaCy's English tokenizer alone, on the same notes in this run, "
            f"{notes / floor_cpu:.0f} notes per CPU second; the reader costs "
            f"{cpu_seconds / floor_cpu:.1f} times the floor (a figure that travels between "
            f"machines, as notes per second do not)"
        )
        if socket:
            del results
            self.stdout.write(self._round_trips(socket, texts[:1000]))

    def _round_trips(self, path: str, texts: list[str]) -> str:
        """One note a request, as the day page asks: through the socket, and in-process (with
        get_tagger's catalog check, as the web workers tagged before), alternating batches of
        100 notes so that the machine's load falls on both alike."""
        import gc

        from django.test.utils import override_settings

        from diary import tagger_service

        gc.collect()
        remote = local = 0.0
        with override_settings(TAGGER_SOCKET=path):
            tagger_service.tag_many(texts[:50])  # warm up (and build this process's tagger)
            tagging.tag_many(texts[:50])
            for batch in range(0, len(texts), 100):
                started = time.perf_counter()
                for text in texts[batch : batch + 100]:
                    tagger_service.tag(text)
                remote += time.perf_counter() - started
                started = time.perf_counter()
                for text in texts[batch : batch + 100]:
                    tagging.tag(text)
                local += time.perf_counter() - started
        remote, local = remote / len(texts) * 1000, local / len(texts) * 1000
        return (
            f"one note a request: {remote:.2f} ms through the tagger's socket, {local:.2f} ms "
            f"in-process ({remote - local:+.2f} ms), over {len(texts)} notes"
        )
