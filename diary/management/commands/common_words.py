"""Write the note reader's list of common English words (diary/tagging_spelling.py) from the
word frequencies of the pinned spacy-lookups-data; run it again after upgrading that package.

python manage.py common_words
"""

from __future__ import annotations

import gzip
from pathlib import Path

from django.core.management.base import BaseCommand

from diary.tagging_spelling import COMMON_WORDS, common_words_of


def frequencies() -> dict[str, float]:
    """spacy-lookups-data's English word frequencies (word: log probability)."""
    import spacy_lookups_data
    import srsly

    path = Path(str(spacy_lookups_data.en["lexeme_prob"]))
    return srsly.read_gzip_json(path.with_name(path.name + ".gz"))


def written(words: list[str]) -> bytes:
    """The list as the file holds it: one word a line, gzip without a time stamp (the same
    words give the same bytes)."""
    return gzip.compress("".join(f"{word}\n" for word in words).encode("ascii"), mtime=0)


class Command(BaseCommand):
    help = "Write diary/data/common_words.txt.gz from spacy-lookups-data's word frequencies."

    def handle(self, *args, **options) -> None:
        words = common_words_of(frequencies().items())
        COMMON_WORDS.write_bytes(written(words))
        self.stdout.write(f"{len(words)} words written to {COMMON_WORDS}")
