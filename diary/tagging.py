"""Notes understood: free text tagged against the catalog's symptoms and side effects.

The pipeline is medspacy on a blank English spaCy model, fully offline:

1. medspacy's tokenizer, then spaCy's rule-based ``sentencizer`` (PyRuSH is not used: it is
   several times slower here and logs to stderr) plus a small component that starts a new
   sentence after a line break.
2. medspacy's TargetMatcher with one phrase rule per surface form, matched on the token NORM
   (lower case, and "can't", "cant" and "cannot" all normalize to "can not"). The forms are
   generated from the catalog: each symptom's name and its patient-language synonyms, plus
   regular inflections of the first and last word (plural -s/-es, -ed, -ing, -ies), "my"/"the",
   with and without apostrophes and hyphens. Overlapping matches are pruned longest first, so
   "coughing up blood" is one mention, not a cough too. A short list of idioms ("pain in the
   neck", "sick and tired", "pain meds") is matched the same way and then dropped, so the words
   inside them are never reported.
3. medspacy's ConText with our own rules (its clinical defaults are not loaded). A mention's
   status is the strongest of the modifiers that reach it, in the precedence of
   tests/data/TAGGING_GUIDELINES.md: family > hypothetical > uncertain > negated > historical >
   present. Negation, family, history and doubt stop at clause breaks (a comma, "but", "and I");
   hypotheticals run through a list ("may cause fever, rash and sores").

The pipeline is built once per process and rebuilt when the catalog changes: ``get_tagger``
reads the catalog's symptom rows (two small queries) on every call and compares a hash of their
slugs, names, synonyms and sites with the one the cached tagger was built from. That is correct
across processes (an edit in the admin reaches every worker) and across rolled-back test
transactions, which signal-based invalidation would miss; the cost is well under a millisecond,
paid once per ``tag`` or ``tag_many`` call.

Input is cleaned before tagging (HTML tags and entities, control characters and runs of white
space become one space) with a map back to the original positions, so offsets always point into
the text the caller passed in. Long notes are tagged in chunks so the cost stays linear.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from diary.tagging_rules import context_rules, phrases, words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

STATUSES = ("present", "negated", "hypothetical", "historical", "family", "uncertain")

# ConText categories, strongest first (the guidelines' precedence).
_STATUS_BY_CATEGORY = {
    "FAMILY": "family",
    "HYPOTHETICAL": "hypothetical",
    "POSSIBLE_EXISTENCE": "uncertain",
    "NEGATED_EXISTENCE": "negated",
    "HISTORICAL": "historical",
}
_PRECEDENCE = list(_STATUS_BY_CATEGORY)
_NOT_A_SYMPTOM = "NOT_A_SYMPTOM"

# Longer notes are tagged in pieces of about this size (ConText compares every pair of cues).
CHUNK_CHARS = 600


@dataclass(frozen=True)
class Mention:
    symptom: str
    sites: tuple[str, ...]
    status: str
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sites"] = list(self.sites)
        return data


@dataclass(frozen=True)
class CatalogEntry:
    slug: str
    name: str
    synonyms: tuple[str, ...]
    sites: tuple[str, ...]


# --- Surface forms ------------------------------------------------------------------------------


# Phrases matched like symptoms and then dropped: idioms, and things that are not symptoms.
IDIOMS = phrases("""
    pain in the neck | pain in the bum | pain in the backside | pain in the arse | pain in the ass |
    sick and tired | sick of | tired of | pain meds | pain medication | pain medicine |
    pain killer | pain relief | pain reliever | pain clinic | pain team | pain patch |
    pain management | anti sickness | cold sore | tired eyes | weak bones | bone was weak |
    bone is weak | bones are weak | bones were weak
""")

_FUNCTION_WORDS = words("""
    a an the my your her his i me it its is are was be been and or of in on at to up down out off
    no not all so
""")
_VOWELS = frozenset("aeiou")


def inflections(word: str) -> set[str]:
    """Regular forms of one word: plural/3rd person, past, -ing (over-generation is harmless)."""
    forms = {word}
    if len(word) < 3 or not word.isalpha() or word in _FUNCTION_WORDS:
        return forms
    if word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if len(word) <= 4 and word[-1] not in "wxy" and word[-2] in _VOWELS:
            forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}  # slur -> slurring
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])  # "hurts" -> "hurt"
        if word.endswith(("shes", "ches", "xes", "ses")):
            forms.add(word[:-2])  # "flushes" -> "flush"
    return forms


def surface_forms(phrase: str) -> set[str]:
    """Every form of a catalog phrase the matcher should know (lower case, space-separated)."""
    phrase = " ".join(phrase.lower().replace("\u2019", "'").split())
    bases = {phrase, phrase.replace("'", "")}
    if "-" in phrase:
        bases |= {phrase.replace("-", " "), phrase.replace("-", "")}
    forms: set[str] = set()
    for base in bases:
        words = base.split()
        if not words:
            continue
        firsts = inflections(words[0]) if len(words) > 1 else {words[0]}
        lasts = inflections(words[-1])
        middles = [{"my", "the"} if w == "my" else {w} for w in words[1:-1]]
        if len(words) == 1:
            forms |= lasts
            continue
        for first, last in itertools.product(firsts, lasts):
            for middle in itertools.product(*middles):
                forms.add(" ".join((first, *middle, last)))
    return forms


def namephrases(name: str) -> list[str]:
    """Phrases from a catalog name: "Broken bone (fracture)" -> "broken bone", "fracture".

    A name joining two things with "or" ("Chest or lung pain") is left to the synonyms.
    """
    phrases = []
    base = re.sub(r"\([^)]*\)", " ", name).strip().lower()
    if base and " or " not in f" {base} ":
        phrases.append(base)
    for inner in re.findall(r"\(([^)]*)\)", name):
        inner = inner.strip().lower()
        if inner and inner != "other":
            phrases.append(inner)
    return phrases


def lexicon(entries: Sequence[CatalogEntry]) -> dict[str, str]:
    """Surface form -> slug. Forms written in the catalog win over generated ones; then order."""
    written: dict[str, str] = {}
    for entry in entries:
        for phrase in (*namephrases(entry.name), *entry.synonyms):
            key = " ".join(phrase.lower().split())
            if key:
                written.setdefault(key, entry.slug)
    forms: dict[str, str] = {}
    for phrase, slug in written.items():
        for form in sorted(surface_forms(phrase)):
            if form not in written:
                forms.setdefault(form, slug)
    forms.update(written)
    for idiom in IDIOMS:
        for form in surface_forms(idiom):
            forms.setdefault(form, _NOT_A_SYMPTOM)
    return forms


# --- Neutralising input -------------------------------------------------------------------------

_MARKUP = re.compile(
    r"(?P<block></?(?:p|br|div|li|ul|ol|tr|td|h[1-6]|hr|blockquote)\b[^<>]{0,200}>)"
    r"|</?[a-zA-Z!][^<>]{0,200}>"  # any other tag
    r"|&(?:[a-zA-Z]{2,10}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"  # an entity such as &nbsp;
    "|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\ufeff]",  # control, zero-width
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s{2,}|[^\S ]")  # runs of white space, or a tab, a line break...


def _markup(match: re.Match[str]) -> str:
    return " . " if match.group("block") else " "


def _spaces(match: re.Match[str]) -> str:
    return "\n" if re.search("[\n\r\u2028\u2029]", match.group()) else " "


def _substitute(text: str, pattern: re.Pattern[str], replace) -> tuple[str, list[int]]:
    """The text with each match replaced, and the original position of every character."""
    pieces: list[str] = []
    positions: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start()])
        positions.extend(range(last, match.start()))
        replacement = replace(match)
        pieces.append(replacement)
        positions.extend([match.start()] * len(replacement))
        last = match.end()
    pieces.append(text[last:])
    positions.extend(range(last, len(text)))
    return "".join(pieces), positions


def clean(text: str) -> tuple[str, list[int] | None]:
    """The text the pipeline sees, and where each of its characters was in the original.

    HTML tags and entities, control and zero-width characters become spaces (block-level tags a
    full stop), and runs of white space one space (or one line break), so that
    "coughing&nbsp;up  blood" matches like "coughing up blood". Curly apostrophes become straight.
    The positions are None when nothing moved.
    """
    text = text.replace("\u2019", "'")
    positions: list[int] | None = None
    for pattern, replace in ((_MARKUP, _markup), (_SPACES, _spaces)):
        if pattern.search(text):
            text, moved = _substitute(text, pattern, replace)
            positions = moved if positions is None else [positions[i] for i in moved]
    return text, positions


def _chunks(text: str) -> list[tuple[int, str]]:
    """(offset, piece) pairs of at most about CHUNK_CHARS, cut after a sentence or a space."""
    pieces = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        window = text[start : start + CHUNK_CHARS]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
        if cut < CHUNK_CHARS // 3:
            cut = window.rfind(" ")
        cut = CHUNK_CHARS if cut < CHUNK_CHARS // 3 else cut + 1
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


# --- The pipeline -------------------------------------------------------------------------------

_LINE_BREAKS = "diary_line_breaks"


def _mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, like a full stop (notes are often one symptom per line)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def build_pipeline(forms: dict[str, str]) -> Language:
    """A medspacy pipeline for this lexicon (surface form -> slug)."""
    from loguru import logger

    logger.disable("PyRuSH")  # imported by medspacy; it logs every sentence to stderr
    import medspacy
    from medspacy.target_matcher import TargetRule
    from spacy.language import Language

    if not Language.has_factory(_LINE_BREAKS):
        Language.component(_LINE_BREAKS, func=_mark_line_breaks)

    # Only medspacy's tokenizer from the defaults: the target matcher and ConText are added with
    # our settings (NORM matching, our own rules), and spaCy's sentencizer replaces PyRuSH.
    nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer"])
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", "...", "\u2026"]})
    nlp.add_pipe(_LINE_BREAKS)
    matcher = nlp.add_pipe("medspacy_target_matcher", config={"phrase_matcher_attr": "NORM"})
    matcher.add([TargetRule(form, slug) for form, slug in sorted(forms.items())])
    context = nlp.add_pipe(
        "medspacy_context",
        config={
            "rules": None,
            "phrase_matcher_attr": "NORM",
            "prune_on_target_overlap": True,  # "no appetite" is a symptom, not a negation
        },
    )
    context.add(context_rules())
    return nlp


def _is_short_question(target: Span) -> bool:
    """ "yellow skin?" or "a rash?": the question is about the mention itself.

    Checked here rather than as a ConText rule: a note of 5,000 question marks would otherwise
    be 5,000 modifiers, which ConText compares pairwise.
    """
    doc = target.doc
    return (
        target.end < len(doc)
        and doc[target.end].text == "?"
        and target.start - target.sent.start <= 3
    )


def _status(target: Span) -> str:
    categories = {modifier.category for modifier in target._.modifiers}
    if _is_short_question(target):
        categories.add("POSSIBLE_EXISTENCE")
    for category in _PRECEDENCE:
        if category in categories:
            return _STATUS_BY_CATEGORY[category]
    return "present"


class Tagger:
    """A built pipeline and the catalog it was built from."""

    def __init__(self, entries: Sequence[CatalogEntry], *, fingerprint: str = "") -> None:
        started = time.perf_counter()
        self.entries = tuple(entries)
        self.fingerprint = fingerprint or catalog_fingerprint(entries)
        self.sites = {entry.slug: entry.sites for entry in self.entries}
        self.forms = lexicon(self.entries)
        self.nlp = build_pipeline(self.forms)
        self.build_seconds = time.perf_counter() - started

    def tag(self, text: str) -> list[Mention]:
        return self.tag_many([text])[0]

    def tag_many(self, texts: Iterable[str], *, batch_size: int = 256) -> list[list[Mention]]:
        originals = [text if isinstance(text, str) else "" for text in texts]
        cleaned = [clean(text) for text in originals]
        pieces = [
            (index, offset, piece)
            for index, (text, _) in enumerate(cleaned)
            for offset, piece in _chunks(text)
        ]
        results: list[list[Mention]] = [[] for _ in originals]
        docs = self.nlp.pipe((piece for _, _, piece in pieces), batch_size=batch_size)
        for (index, offset, _), doc in zip(pieces, docs, strict=True):
            original, positions = originals[index], cleaned[index][1]
            for ent in doc.ents:
                if ent.label_ == _NOT_A_SYMPTOM:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                if positions is not None:
                    start, end = positions[start], positions[end - 1] + 1
                results[index].append(
                    Mention(
                        symptom=ent.label_,
                        sites=self.sites.get(ent.label_, ()),
                        status=_status(ent),
                        text=original[start:end],
                        start=start,
                        end=end,
                    )
                )
        return results


# --- The catalog, and the tagger cached per process ---------------------------------------------


def catalog_entries() -> list[CatalogEntry]:
    """The catalog's symptoms as the tagger needs them (two queries)."""
    from diary.models import Symptom

    symptoms = Symptom.objects.only("slug", "name", "synonyms").prefetch_related("sites")
    return [
        CatalogEntry(
            slug=symptom.slug,
            name=symptom.name,
            synonyms=tuple(str(s) for s in (symptom.synonyms or []) if isinstance(s, str)),
            sites=tuple(site.slug for site in symptom.sites.all()),
        )
        for symptom in symptoms
    ]


def catalog_fingerprint(entries: Sequence[CatalogEntry]) -> str:
    digest = hashlib.sha256(repr(sorted(entries, key=lambda e: e.slug)).encode())
    return digest.hexdigest()


_lock = threading.Lock()
_cached: Tagger | None = None


def get_tagger() -> Tagger:
    """The process's tagger, rebuilt if the catalog in the database has changed since."""
    global _cached
    entries = catalog_entries()
    fingerprint = catalog_fingerprint(entries)
    with _lock:
        if _cached is None or _cached.fingerprint != fingerprint:
            _cached = Tagger(entries, fingerprint=fingerprint)
        return _cached


def tag(text: str) -> list[Mention]:
    """The mentions in one note, in order."""
    return get_tagger().tag(text)


def tag_many(texts: Iterable[str]) -> list[list[Mention]]:
    """The mentions in each note (one pipeline pass over all of them)."""
    return get_tagger().tag_many(texts)
