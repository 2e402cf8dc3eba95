"""Notes understood: free text tagged against the catalog's symptoms and side effects.

The pipeline is medspacy on a blank English spaCy model, fully offline; its components are
described in diary/tagging_pipeline.py (and docs/note-reader.md). This module holds what the
catalog gives it: the surface forms of every symptom's name and patient-language synonyms
(regular inflections of the first and last word, "my"/"the", with and without apostrophes and
hyphens), matched on the token NORM, and a short list of idioms ("pain in the neck", "sick and
tired", "pain meds") that are matched the same way and then dropped. A mention's status is the
strongest of the ConText modifiers that reach it, in the precedence of
tests/data/TAGGING_GUIDELINES.md: family > hypothetical > uncertain > negated > historical >
present.

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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from diary.tagging_pipeline import (
    CONTEXT,
    LOWER_TEXT,
    REACHES,
    build_pipeline,
    forget_lemmas,
    mentions_of,
    quoted_as_words,
    status,
)
from diary.tagging_rules import phrases, words
from diary.tagging_shorthand import NEGATED, SPLIT_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

STATUSES = ("present", "negated", "hypothetical", "historical", "family", "uncertain")

_NOT_A_SYMPTOM = "NOT_A_SYMPTOM"

# A note is read whole up to the longest a diary note may be (5,000 characters); a longer text
# in pieces of about this size (ConText compares every pair of cues). Read whole, a long entry
# keeps who writes it for its last lines ("Keith writing for Ann. ... Another small fit at
# 6.30"), and costs what it cost in the pieces of 600 characters it was once cut into (round 51:
# 25 ms a 5,000-character note either way).
CHUNK_CHARS = 5000


@dataclass(frozen=True)
class Mention:
    symptom: str
    sites: tuple[str, ...]
    status: str
    text: str
    start: int
    end: int
    celsius: Decimal | None = None  # a temperature reading: the fever it stands for
    about: str = ""  # a safety question (diary/tagging_safety.py): what she wrote about

    @property
    def is_safety_question(self) -> bool:
        return bool(self.about)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sites"] = list(self.sites)
        if not self.about:
            del data["about"]
        if self.celsius is None:
            del data["celsius"]
        else:
            data["celsius"] = float(self.celsius)
        return data


@dataclass(frozen=True)
class CatalogEntry:
    slug: str
    name: str
    synonyms: tuple[str, ...]
    sites: tuple[str, ...]


# An idiom meant literally ("a pain in the neck, and I do not mean me"): the symptom it names.
LITERAL_IDIOMS = {"pain in the neck": "back-pain"}
_SAID_LITERALLY = ("literally", "do not mean", "don't mean", "dont mean", "not joking", "no joke")


def _read_literally(doc: Doc) -> None:
    """In a note that says it means what it says, an idiom is the symptom it names."""
    from spacy.tokens import Span

    idioms = [
        e for e in doc.ents if e.label_ == _NOT_A_SYMPTOM and e.text.lower() in LITERAL_IDIOMS
    ]
    if not idioms:
        return
    doc.ents = [
        Span(doc, e.start, e.end, label=LITERAL_IDIOMS[e.text.lower()]) if e in idioms else e
        for e in doc.ents
    ]


# --- Surface forms ------------------------------------------------------------------------------


# Phrases matched like symptoms and then dropped: idioms, and things that are not symptoms.
IDIOMS = phrases("""
    pain in the neck | pain in the bum | pain in the backside | pain in the arse | pain in the ass |
    sick and tired | sick of | tired of | pain meds | pain medication | pain medicine |
    pain killer | pain relief | pain reliever | pain clinic | pain team | pain patch |
    pain management | anti sickness | cold sore | tired eyes | weak bones | bone was weak |
    bone is weak | bones are weak | bones were weak | is a headache | was a headache |
    a real headache | such a headache | lymphoedema clinic | lymphedema clinic |
    hyperkalemia | hyperkalaemia | hypokalemia | hypokalaemia | hypocalcemia | hypocalcaemia |
    naturopathy | naturopath | neurology | neurologist
""") + [  # (the last: words one or two letters from a catalog word, which fuzzy matching reads)
    # A medicine named for a symptom is not the symptom ("the nausea tablets are not working").
    f"{symptom} {medicine}"
    for symptom in ("nausea", "sickness", "pain", "diarrhoea", "diarrhea", "cough", "constipation")
    for medicine in ("tablets", "pills", "meds", "medicine", "medication", "tabs", "syrup")
]

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
# One word a sentence, three or more times, for weight: "Can't. Get. My. Breath." reads as
# "Can't Get My Breath." (round 28). The stops become spaces, so no position moves. Only a
# sentence cut up, with a word that joins ("my", "can't"), not a list ("Breath. Legs. Bladder.").
_STACCATO = re.compile(r"(?<![\w.'])(?:[A-Za-z']{2,}\. ){2,}[A-Za-z']{2,}(?=[.!?])")
_JOINING = re.compile(
    r"\b(?:my|her|i|i'm|im|can't|cant|cannot|get|got|so|the|is|am|was|not|no|it|this|just)\.",
    re.IGNORECASE,
)


def _staccato(match: re.Match[str]) -> str:
    said = match.group()
    return said.replace(".", " ") if _JOINING.search(said) else said


# A comma typed without the space after it ("10/10,CANT FEEL", "pain,cant sleep"): spaCy splits
# it off as an infix, and then reads no contraction in the word after it.
_GLUED_COMMA = re.compile(r"(?<=[^\W_]),(?=[^\W\d_])")
# A few words in quotes, as a carer or a nurse writes what she said: "states legs 'gave way'",
# "mum 'just not right'". The quotes become spaces (the words keep their places), so that the
# words read as unquoted; a longer quote (a clinician's advice, read by the context rules) and
# any apostrophe inside a word ("can't", "Mum's") are left alone.
_SHORT_QUOTE = re.compile(
    r"(?<![^\s(\[])(['\"\u2018\u201c])([A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){0,3})"
    r"(['\"\u201d])"
    r"(?=$|[\s.,;:!?)\]])"
)


# Scots "Ma heid", "Ma back's gowpin": "Ma" before a part of the body is "my" as "ma" is, not
# a mother (round 47); "Ma's back" keeps her.
_SCOTS_MY = re.compile(
    r"\bMa(?= (?:ain |wee |auld )?(?:heid|head|back|legs?|chest|belly|tummy|wame|heart|hips?|"
    r"ankles?|feet|fit|knees?|eyes?|een|hands?|arms?|neck|throat|mooth|mouth|stomach|bones?|"
    r"ribs?|skin|hair|bladder|bowels?|waterworks|breath|puff|lugs?|ears?)\b)"
)


# A carer who writes to the patient ("Mama, you soiled yourself twice today", "Couldn't rouse
# you at 6, babe", "You've been so drowsy today, Mum") tells of her as "you": in a note that
# speaks to someone by a word of kin or love, "you" reads as "she" or "her" (round 48).
_CALLED = (
    r"(?:mum|mam|mom|ma|mama|mummy|mammy|dad|dada|da|papa|gran|grandma|granny|nan|nana|bibi|"
    r"amma|ammi|love|darling|babe|hon|honey|cariad|sayang|lass|pet|sweetheart|sweetie)"
)
_SPOKEN_TO = re.compile(
    rf"(?:^|[.!?]\s+)(?:dear |my )?{_CALLED}(?: [A-Z]\w+)?,\s+you\b"
    rf"|^ba [A-Z]\w+,\s+you\b|,\s+{_CALLED}\s*[,.!]",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(?:you're|youre|you've|your|you)\b", re.IGNORECASE)
# ("yourself" is read as "herself" in every note: tagging_shorthand.RESPELLINGS)
_SHE = {"you're": "she's ", "youre": "shes ", "you've": "she's ", "your": "her "}
_AFTER_A_VERB = re.compile(r"[a-z]\s+$", re.IGNORECASE)
_BEFORE_A_SUBJECT = re.compile(r"\b(?:and|but|so|when|if|because|as|then|that)\s+$", re.IGNORECASE)


def _her(match: re.Match[str]) -> str:
    """ "you" as "she" where it starts a clause, "her" after a verb; the same length."""
    said = match.group()
    word = said.lower()
    if word == "you":
        before = match.string[max(0, match.start() - 12) : match.start()]
        subject = not _AFTER_A_VERB.search(before) or _BEFORE_A_SUBJECT.search(before)
        word = "she" if subject else "her"
    else:
        word = _SHE[word]
    return word.capitalize() if said[0].isupper() else word


def _comma(match: re.Match[str]) -> str:
    return ", "


# The control characters that str.splitlines() takes as line breaks (a line tab, a form feed, a
# "next line", file/group/record separators): a line break, as "\n" is, so that a sentence's
# negation or time stops at it.
_CONTROL_LINE_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85")


def _markup(match: re.Match[str]) -> str:
    if match.group("block"):
        return " . "
    return "\n" if match.group() in _CONTROL_LINE_BREAKS else " "


# A numbered list written on one line: "Tell onc: (1) blurry vision (2) NO seizures (3) can't
# always hold my wee". Each item after the first starts a line, as it would in a written list,
# so that a negation or a day does not reach into the next item; only in a note that numbers
# its first two items, and only at the next number of the sequence ("my son (6) has a fever"
# keeps its relative); not in a list a negation opens.
_FIRST_ITEMS = re.compile(r"(?:^|[\s:])\(?1\)\s.*\s\(?2\)\s", re.DOTALL)
_ITEM_NUMBER = re.compile(r"(?<=[ \t])\(?([2-9])\)(?=\s)")
_LIST_DENIED = re.compile(r"\b(?:no|not|nil|none|denies|denied|without|never)\W*\(?1\)", re.I)


def _items_on_lines(text: str) -> str:
    """Each numbered item after the first on a line of its own: only the next number of the
    sequence ("1) ... 2) my grandson (4) has a fever" keeps the age with its relative), and not
    in a list a negation opens ("No (1) vomiting (2) diarrhoea")."""
    if _LIST_DENIED.search(text):
        return text
    chars = list(text)
    expected = 2
    for match in _ITEM_NUMBER.finditer(text):
        if int(match.group(1)) == expected:
            chars[match.start() - 1] = "\n"  # the space before it: the same length
            expected += 1
    return "".join(chars)


def _unquoted(match: re.Match[str]) -> str:
    return f" {match.group(2)} "


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
    "coughing&nbsp;up  blood" matches like "coughing up blood", and a comma gets the space after
    it that was not typed ("pain,cant sleep"). Curly apostrophes become straight, and the
    quotes around a few words ("legs 'gave way'") spaces; the items of a numbered list
    written on one line start lines; Scots "Ma" before a part of the body reads as "ma", and a
    note that speaks to the patient ("Mama, you ...") reads its "you" as "she" or "her" (each
    the same length).
    The positions are None when nothing moved.
    """
    text = text.replace("\u2019", "'")
    opened = (
        " '" in text or '"' in text or "\u201c" in text or "\u2018" in text or "('" in text
    ) or text[:1] == "'"
    if opened and _SHORT_QUOTE.search(text):
        text = _SHORT_QUOTE.sub(_unquoted, text)  # the same length: no position moves
    if "Ma " in text:
        text = _SCOTS_MY.sub("ma", text)  # the same length
    if "you" in text.lower() and _SPOKEN_TO.search(text):
        text = _YOU.sub(_her, text)  # the same length
    if "1)" in text and _FIRST_ITEMS.search(text):
        text = _items_on_lines(text)
    if text.count(". ") > 1 and _STACCATO.search(text):
        text = _STACCATO.sub(_staccato, text)
    positions: list[int] | None = None
    # Each pattern needs a character a plain note lacks ("<", "&", two spaces, or one that is
    # not printable: every control, zero-width or white space character but " "; a comma): a
    # note without one is passed over without the regular expression.
    plain = text.isprintable()
    for pattern, replace in ((_MARKUP, _markup), (_SPACES, _spaces), (_GLUED_COMMA, _comma)):
        if pattern is _MARKUP:
            hint = "<" in text or "&" in text or not plain
        elif pattern is _SPACES:
            hint = "  " in text or not plain
        else:
            hint = "," in text
        if hint and pattern.search(text):
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


# --- The tagger -------------------------------------------------------------------------------


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
        from spacy.attrs import ENT_TYPE

        from diary.tagging_safety import fragments, questions  # it reads spaCy's lemma table

        originals = [text if isinstance(text, str) else "" for text in texts]
        cleaned = [clean(text) for text in originals]
        pieces = [
            (index, offset, piece)
            for index, (text, _) in enumerate(cleaned)
            for offset, piece in _chunks(text)
        ]
        results: list[list[Mention]] = [[] for _ in originals]
        # ConText runs only where something was found: most of its cost is matching its cues.
        context = self.nlp.get_pipe(CONTEXT)
        docs = _run(self.nlp, (piece for _, _, piece in pieces), CONTEXT, batch_size)
        for (index, offset, piece), doc in zip(pieces, docs, strict=True):
            if doc.to_array(ENT_TYPE).any():  # has mentions (doc.ents would build their Spans)
                lowered = doc.user_data[LOWER_TEXT] = piece.lower()
                if any(said in lowered for said in _SAID_LITERALLY):
                    _read_literally(doc)
                context(doc)
            original, positions = originals[index], cleaned[index][1]
            found = mentions_of(doc)
            reaches = doc.user_data.get(REACHES, {})
            quoted = quoted_as_words(original)
            for ent in found:
                if ent.label_ == _NOT_A_SYMPTOM:
                    continue
                end_char = reaches.get((ent.start, ent.end), ent.end_char)
                start, end = offset + ent.start_char, offset + end_char
                if positions is not None:
                    start, end = positions[start], positions[end - 1] + 1
                if quoted and any(a <= start < end <= b for a, b in quoted):
                    continue  # "Phone wrote 'my legs are weak' when I said 'my eggs are cheap'"
                results[index].extend(self._mentions(ent, original[start:end], start, end))
            # The safety net: a red flag the reader could not place, asked as a question.
            for asked in [*questions(doc, found, context), *fragments(doc, found)]:
                if asked.slug not in self.sites:
                    continue  # not in this catalog
                start, end = offset + asked.start_char, offset + asked.end_char
                if positions is not None:
                    start, end = positions[start], positions[end - 1] + 1
                results[index].append(
                    Mention(
                        symptom=asked.slug,
                        sites=self.sites.get(asked.slug, ()),
                        status="uncertain",
                        text=original[start:end],
                        start=start,
                        end=end,
                        about=asked.about,
                    )
                )
        return results

    def _mentions(self, ent: Span, text: str, start: int, end: int) -> list[Mention]:
        """One mention, or two for an abbreviation of two symptoms ("N/V")."""
        found_status = status(ent)
        # Only a reading (a fever span) carries a Celsius value: the extension costs a lookup.
        celsius = ent._.celsius if ent.label_ == "fever" else None
        return [
            Mention(
                symptom=slug,
                sites=self.sites.get(slug, ()),
                status=found_status,
                text=text,
                start=start,
                end=end,
                celsius=celsius,
            )
            for slug in SPLIT_LABELS.get(ent.label_, (ent.label_.removesuffix(NEGATED),))
        ]


def _run(nlp: Any, texts: Iterable[str], without: str, batch_size: int) -> Iterator[Doc]:
    """What ``nlp.pipe(texts, disable=[without])`` does, component after component on one doc
    at a time (none of them has a batch ``pipe`` of its own), without its generator per
    component and per doc."""
    steps = [step for name, step in nlp.pipeline if name != without]
    if any(hasattr(step, "pipe") for step in steps):  # a batch step: spaCy's own way
        yield from nlp.pipe(texts, batch_size=batch_size, disable=[without])
        return
    make_doc = nlp.make_doc
    for text in texts:
        doc = make_doc(text)
        for step in steps:
            doc = step(doc)
        yield doc


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


_cached_version: str | None = None


def get_tagger() -> Tagger:
    """The process's tagger, rebuilt if the catalog in the database has changed since.

    The catalog token (diary/catalog.py, one primary-key read) says whether it may have; only
    then are the entries read again and hashed, and the pipeline rebuilt if they differ."""
    global _cached, _cached_version
    from diary.catalog import catalog_version

    version = catalog_version()
    cached = _cached
    if version is not None and cached is not None and version == _cached_version:
        return cached
    entries = catalog_entries()
    fingerprint = catalog_fingerprint(entries)
    with _lock:
        if _cached is None or _cached.fingerprint != fingerprint:
            _cached = Tagger(entries, fingerprint=fingerprint)
        _cached_version = version
        return _cached


def build_tagger() -> Tagger:
    """A tagger built afresh from the catalog in the database, not in use until installed.

    spaCy's vocabulary keeps every word it has seen (about 1 KB each); a long-running process
    (manage.py run_tagger) builds a new pipeline once the one in use has collected many, while
    the old one keeps answering, then installs it (`install_tagger`), so that its memory stays
    bounded."""
    entries = catalog_entries()
    return Tagger(entries, fingerprint=catalog_fingerprint(entries))


def install_tagger(tagger: Tagger) -> bool:
    """Use `tagger` from now on in place of the process's one, built from the same catalog (the
    old one's lemma cache is let go). False, and nothing changed, if the process's tagger has
    been built from another catalog meanwhile: the renewed one is out of date."""
    global _cached
    with _lock:
        old = _cached
        if old is None or old.fingerprint != tagger.fingerprint:
            return False
        _cached = tagger
    forget_lemmas(old.nlp.vocab.strings)
    return True


def tag(text: str) -> list[Mention]:
    """The mentions in one note, in order."""
    return get_tagger().tag(text)


def tag_many(texts: Iterable[str]) -> list[list[Mention]]:
    """The mentions in each note (one pipeline pass over all of them)."""
    return get_tagger().tag_many(texts)
