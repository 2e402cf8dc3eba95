"""Tag notes: one JSON array of mentions per note, one line each.

python manage.py tag_text "no fever today" "tired and achy"
printf 'no fever today\ntired and achy\n' | python manage.py tag_text
"""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Iterable, Iterator

from django.core.management.base import BaseCommand

from diary.tagging import get_tagger

BATCH = 1000


def _lines(stream: io.TextIOBase) -> Iterator[str]:
    for line in stream:
        yield line.rstrip("\r\n")


def _batches(notes: Iterable[str]) -> Iterator[list[str]]:
    iterator = iter(notes)
    while batch := list(itertools.islice(iterator, BATCH)):
        yield batch


class Command(BaseCommand):
    help = (
        "Tag each TEXT (or, without arguments, each line of standard input) and print one JSON "
        "array of mentions per note: symptom, sites, status, text, start, end."
    )

    def add_arguments(self, parser):
        parser.add_argument("texts", nargs="*", metavar="TEXT")

    def handle(self, *args, texts, **options):
        if texts:
            notes: Iterable[str] = texts
        else:
            stdin = sys.stdin
            if isinstance(stdin, io.TextIOWrapper):
                stdin.reconfigure(errors="replace")  # a stray byte is not a reason to stop
            notes = _lines(stdin)
        tagger = get_tagger()
        for batch in _batches(notes):
            for mentions in tagger.tag_many(batch):
                line = json.dumps([m.as_dict() for m in mentions], ensure_ascii=False)
                self.stdout.write(line)
