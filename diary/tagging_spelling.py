"""Misspelt symptom words read as the lexicon's words ("nawsha", "konfused", "numbnes").

A word the lemma table does not know is compared with the reader's own words of five letters or
more (the catalog's names and synonyms and the words of its token patterns): it reads as one of
them when both sound alike and are spelt alike enough. Sound is the Metaphone key (jellyfish,
a maintained library of phonetic and edit-distance measures): the keys may differ by one sound
("nawsha" NX, "nausea" NS); spelling is the Damerau-Levenshtein distance: one edit, or two
when the keys are the same and the word has six letters or more (`_edits_allowed`). A word as
near to two words of different meaning (two catalog items, or two sounds) reads as neither.

Guards against real words: only a word unknown to the lemma table is looked up (the pipeline
decides, diary/tagging_pipeline.py), so "vomit", "sitting" or "stares" are never respelt, nor
is a word of the lexicon itself ("shook", which the table lacks, is not "shock"); a
word of fewer than four letters never is; and the lexicon's words of fewer than five letters
are never a target ("sob", "sore", "ache"). Each unknown word is looked up once per pipeline.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MIN_TARGET = 5  # the lexicon's words shorter than this are never a target
MIN_WORD = 4  # a word shorter than this is never respelt


# A word seen more often than this in spaCy's English word frequencies (spacy-lookups-data's
# lexeme_prob, log probability) is a word, not a misspelling: "furniture", "ahead", "Emma",
# "Tues" are missing from the lemma table but not from it; "temprature" (-17.6) and "diarea"
# (-19.3) are rare enough to be read.
REAL_WORD_LOG_PROB = -17.0
# The words of that table the look-up can be asked about (lower case, plain letters, MIN_WORD
# or more) and seen more often than that, one a line: the table itself is a million entries and
# took about 280 MiB and 2 s to load in the note reader's process, for 70,697 words that take
# about 6 MiB. Written from the pinned table by `manage.py common_words` (tests check it is).
COMMON_WORDS = Path(__file__).parent / "data" / "common_words.txt.gz"


def common_words_of(frequencies: Iterable[tuple[str, float]]) -> list[str]:
    """The words of (word, log probability) pairs that `is_real_word` must know, sorted: the
    common words in lower case, and names with their capital: a word seen that often with a
    capital, and more often so than without ("Agnes", "Hines"), which the look-up must not read
    as "acne" or "hives" where it opens a sentence (inside one, a capital already says a name);
    written in lower case it is still read ("dizzee")."""
    table = dict(frequencies)
    words = set()
    for word, log_prob in table.items():
        if log_prob <= REAL_WORD_LOG_PROB or len(word) < MIN_WORD:
            continue
        if not (word.isalpha() and word.isascii()):
            continue
        if word.islower():
            words.add(word)
        elif word[0].isupper() and word[1:].islower() and table.get(word.lower(), -99) < log_prob:
            words.add(word)  # a name, kept with its capital: more often written so than not
    return sorted(words)


@functools.cache
def _common_words() -> frozenset[str]:
    with gzip.open(COMMON_WORDS, "rt", encoding="ascii") as lines:
        return frozenset(line.rstrip("\n") for line in lines)


def is_name(word: str) -> bool:
    """Whether `word`, written with a capital ("Agnes"), is more often a name than a word."""
    return word in _common_words()


def is_real_word(word: str) -> bool:
    """Whether `word` (lower case, plain letters, MIN_WORD or more: what `Misspellings.meant`
    asks about) is a common English word."""
    return word in _common_words()


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@functools.lru_cache(maxsize=20_000)
def real_neighbours(word: str) -> frozenset[str]:
    """The common words one edit from `word` (a letter dropped, added, changed, or two
    swapped): "stollen" is "stolen" misspelt as much as "swollen", "agnes" is one from "ages",
    "hines" from "lines" and "hides"."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in cuts if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    edits |= {a + c + b for a, b in cuts for c in _LETTERS}
    edits.discard(word)
    return frozenset(w for w in edits if len(w) >= MIN_WORD and is_real_word(w))


def _undoubled(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}


def _edits_allowed(word: str, target: str, sound: int) -> int:
    """One edit; two when the words sound the same (the same Metaphone key: "nawsha" and
    "nausia", "temprature" and "temperature") and the word has six letters or more. Never
    three, nor two between words that sound different: those reach everyday words and names
    ("suceeded" is three from a seizure's form, "sensored" three, "windless", "parkings" and
    "suported" two from a symptom's form), and cost two misspellings of symptom words on the
    dev files ("nawshus", "hedake")."""
    return 2 if sound == 0 and len(word) >= 6 else 1


class Misspellings:
    """The lexicon's words by the first letter of their Metaphone key."""

    def __init__(self, words: Iterable[str], slugs: dict[str, str] | None = None) -> None:
        import jellyfish

        self._metaphone = jellyfish.metaphone
        self._distance = jellyfish.damerau_levenshtein_distance
        self._key_distance = jellyfish.levenshtein_distance
        self.slugs = slugs or {}  # a one-word catalog form's item: its misspellings are one
        self.known = frozenset(words)  # the lexicon's own words are never respelt ("shook")
        self.words = frozenset(w for w in self.known if len(w) >= MIN_TARGET and w.isalpha())
        self.by_sound: dict[str, list[tuple[str, str]]] = {}
        for word in sorted(self.words):
            key = self._metaphone(word)
            if key:
                self.by_sound.setdefault(key[0], []).append((word, key))

    def meant(self, word: str) -> str | None:
        """The lexicon's word this unknown word stands for, or None."""
        if len(word) < MIN_WORD or word in self.known or not word.isalpha() or not word.isascii():
            return None
        key = self._metaphone(word)
        if not key or is_real_word(word):
            return None
        slip = self._slip(word)
        if slip:
            return slip
        best: list[tuple[int, int, str]] = []
        for target, target_key in self.by_sound.get(key[0], ()):
            if abs(len(target) - len(word)) > 3 or abs(len(target_key) - len(key)) > 1:
                continue
            sound = self._key_distance(key, target_key)
            if sound > 1:
                continue
            spelling = self._distance(word, target)
            if spelling <= _edits_allowed(word, target, sound):
                best.append((spelling, sound, target))
        if not best:
            return None
        if any(is_real_word(w) and w not in self.known for w in _undoubled(word)):
            return None  # an everyday word with a letter doubled: "stollen" is "stolen"
        best.sort()
        nearest = [target for target in best if target[:2] == best[0][:2]]
        meanings = {self.slugs.get(target) or self._metaphone(target) for _, _, target in nearest}
        if len(meanings) > 1:
            return None  # as near to two words of different meaning: neither
        return nearest[0][2]  # "hedake": "hedache" and "headace" are both a headache

    def _slip(self, word: str) -> str | None:
        """A short lexicon word (four letters or more) with two letters swapped ("pian") or
        one doubled ("leggs"), the slips of a typing hand: the one word it can be, or None."""
        found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        found |= {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}
        found = {w for w in found if len(w) >= MIN_WORD and w != word and w in self.known}
        return found.pop() if len(found) == 1 else None

    def joined(self, word: str) -> tuple[str, str] | None:
        """Two words typed without the space between ("tiredtoday", "headachewont",
        "cantfeel", "legsproperly"): the one way to cut an unknown word into two common words,
        one of them a lexicon word of four letters or more; None when there is no such way or
        more than one, unless one only is two lexicon words ("Agnes" or a misspelling is never
        cut: neither half is a word)."""
        if len(word) < MIN_JOINED or word in self.known or not word.isalpha() or not word.isascii():
            return None
        if is_real_word(word):
            return None
        cuts = [
            (word[:i], word[i:])
            for i in range(2, len(word) - 1)
            if _is_word(word[:i])
            and _is_word(word[i:])
            and any(len(part) >= MIN_WORD and part in self.known for part in (word[:i], word[i:]))
        ]
        # "fevertree", "coughsweets", "weakbeer": a symptom word and a noun it names a thing with
        cuts = [cut for cut in cuts if cut[1] not in COMPOUND_TAILS]
        if len(cuts) > 1:  # "mouthsores": "mouth sores", not "mouths ores"
            cuts = [cut for cut in cuts if cut[0] in self.known and cut[1] in self.known]
        return cuts[0] if len(cuts) == 1 else None


# Words of two or three letters a run-together word may hold ("upthe", "cantfeel" has "cant"):
# the common words' list holds words of four letters or more only.
SHORT_WORDS = frozenset((
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
    "no", "of", "on", "or", "so", "to", "up", "us", "we", "all", "and", "any", "are", "bad",
    "but", "can", "day", "did", "for", "get", "got", "had", "has", "her", "him", "his", "how",
    "its", "let", "lot", "new", "not", "now", "off", "old", "one", "our", "out", "saw", "see",
    "she", "the", "too", "two", "was", "way", "who", "why", "yes", "yet", "you"
))  # fmt: skip
# Negatives typed without their apostrophe, which the common words' list lacks ("cantfeel").
BARE_NEGATIVES = frozenset((
    "cant", "wont", "dont", "didnt", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt",
    "shouldnt", "doesnt", "havent", "hasnt", "hadnt", "aint"
))  # fmt: skip
MIN_JOINED = 5  # a run-together word shorter than this is never split
# Nouns that follow a symptom word in the name of a thing or a place ("fevertree",
# "coughsweets", "painpaws", "Achefield"): such a run-together word is a name, not two words.
COMPOUND_TAILS = frozenset((
    "tree", "trees", "field", "fields", "hill", "hills", "wick", "few", "sweet", "sweets", "drop",
    "drops", "paw", "paws", "beer", "beers", "rascal", "mixture", "syrup", "lozenge",
    "lozenges", "killer", "killers", "relief", "wood", "ford", "ley", "ton", "ham", "land"
))  # fmt: skip


def _is_word(part: str) -> bool:
    if len(part) < MIN_WORD:
        return part in SHORT_WORDS
    return is_real_word(part) or part in BARE_NEGATIVES


def pattern_words(patterns: Iterable[Any]) -> set[str]:
    """The words a list of spaCy token patterns names (LOWER, LEMMA, NORM, ORTH; IN lists)."""
    words: set[str] = set()
    for pattern in patterns:
        for token in pattern:
            for attr in ("LOWER", "LEMMA", "NORM"):
                value = token.get(attr) if isinstance(token, dict) else None
                if isinstance(value, str):
                    words.add(value)
                elif isinstance(value, dict):
                    listed = value.get("IN", ())
                    words.update(w for w in listed if isinstance(w, str))
    return {w for w in words if w.isalpha() and w.islower()}
