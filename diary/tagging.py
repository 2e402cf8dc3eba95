"""Notes understood: free text tagged against the catalog's symptoms and side effects.

The pipeline is medspacy on a blank English spaCy model, fully offline:

1. medspacy's tokenizer, then spaCy's rule-based ``sentencizer`` (PyRuSH is not used: it is
   several times slower here and logs to stderr) plus a small component that starts a new
   sentence after a line break.
2. medspacy's TargetMatcher with one phrase rule per surface form, matched on the token NORM
   (lower case, and "can't", "cant" and "cannot" all normalise to "can not"). The forms are
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

if TYPE_CHECKING:
    from medspacy.context import ConTextRule
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


def _phrases(block: str) -> list[str]:
    """ "a | b c" -> ["a", "b c"]: long phrase lists stay readable as text."""
    return [" ".join(p.split()) for p in block.split("|") if p.strip()]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Phrases matched like symptoms and then dropped: idioms, and things that are not symptoms.
IDIOMS = _phrases("""
    pain in the neck | pain in the bum | pain in the backside | pain in the arse | pain in the ass |
    sick and tired | sick of | tired of | pain meds | pain medication | pain medicine |
    pain killer | pain relief | pain reliever | pain clinic | pain team | pain patch |
    pain management | anti sickness | cold sore | tired eyes | weak bones | bone was weak |
    bone is weak | bones are weak | bones were weak
""")

_FUNCTION_WORDS = _words("""
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


def name_phrases(name: str) -> list[str]:
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
        for phrase in (*name_phrases(entry.name), *entry.synonyms):
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


# --- ConText rules ------------------------------------------------------------------------------

_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "\u2013", "\u2014", "--", "/"})
_CLAUSE_CONJUNCTIONS = frozenset({"and", "or", "so", "then", "now", "because", "cos", "cause"})
_FIRST_PERSON = frozenset({"i", "im", "i'm", "ive", "i've", "my", "me"})
_SUBJECTS = _FIRST_PERSON | {"she", "he", "it", "its", "it's", "we", "they"}
_RELATIVES = _words("""
    mum mom mother mam mummy mommy dad father daddy sister sisters brother brothers aunt auntie
    aunty uncle gran granny grandma grandmother nan nana nanna grandad granddad grandpa
    grandfather cousin daughter son husband wife partner boyfriend girlfriend friend friends
    neighbour neighbor niece nephew colleague
""")
_REPORTED = _words("says said noticed told tells found saw called rang thought keeps asked spotted")
_MONTHS = _words("""
    january february march april may june july august september october november december
""")


def _between(target: Span, modifier: Span) -> Span:
    if modifier.start >= target.end:
        return target.doc[target.end : modifier.start]
    return target.doc[modifier.end : target.start]


def _same_clause(target: Span, modifier: Span, _span_between: Span) -> bool:
    """False when a clause break separates the cue from the mention."""
    return _no_clause_break(target, modifier, _SUBJECTS)


def _same_person(target: Span, modifier: Span, _span_between: Span) -> bool:
    """Like _same_clause, but "...and she got" still speaks of the same relative."""
    return _no_clause_break(target, modifier, _FIRST_PERSON)


def _no_clause_break(target: Span, modifier: Span, subjects: frozenset[str]) -> bool:
    tokens = list(_between(target, modifier))
    for i, token in enumerate(tokens):
        text = token.lower_
        if text in _CLAUSE_PUNCT or "\n" in text:
            return False
        if text == "-" and token.whitespace_ and i and tokens[i - 1].whitespace_:
            return False
        next_word = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if text in _CLAUSE_CONJUNCTIONS and next_word in subjects:
            return False
    return True


def _rules() -> list[ConTextRule]:
    """Our ConText rules (medspacy's clinical defaults are not used)."""
    from medspacy.context import ConTextRule

    rules: list[ConTextRule] = []

    def add(phrases: Iterable[str | list[dict]], category: str, direction: str, **kw: Any):
        for phrase in phrases:
            if isinstance(phrase, str):
                rules.append(ConTextRule(phrase, category, direction=direction, **kw))
            else:
                rules.append(
                    ConTextRule(str(phrase), category, pattern=phrase, direction=direction, **kw)
                )

    def word(*words: str) -> dict:
        return {"LOWER": {"IN": list(words)}}

    clause: dict[str, Any] = {"on_modifies": _same_clause}
    neg, unc, hist, hyp, fam = (
        "NEGATED_EXISTENCE",
        "POSSIBLE_EXISTENCE",
        "HISTORICAL",
        "HYPOTHETICAL",
        "FAMILY",
    )

    # Negation. Bare "no"/"not" match the word itself, not the "n't" of "can't stop coughing".
    add([[word("no")], [word("not")], [word("nor")]], neg, "FORWARD", **clause)
    before = """denies | deny | denied | without | without any | never | never had | no more |
        no longer | free of | none of | no sign of | no signs of | no further | haven't had |
        hasn't been | haven't been | haven't got | haven't noticed | didn't have | didn't get |
        don't have | don't get | doesn't have | wasn't | weren't | isn't | aren't | not any |
        zero"""
    add(_phrases(before), neg, "FORWARD", **clause)
    after = """gone | is gone | has gone | have gone | went away | has gone away | stopped |
        has stopped | have stopped | disappeared | cleared up | has cleared | cleared | resolved |
        is over"""
    add(_phrases(after), neg, "BACKWARD", max_scope=6, **clause)

    # Hypothetical: conditions, futures, warnings. These run through lists ("fever, rash").
    conditions = """if | if i get | if i have | in case | in case of | in case i get | watch for |
        watch out for | look out for | keep an eye out for | signs of | might get | could get |
        may get | will get | might cause | may cause | can cause | could cause | risk of |
        chance of | worried i'll get | worried i will get | worried i might get |
        worried about getting | scared of getting | afraid of getting | dreading |
        side effects include | side effects are | warned me about | warned about |
        what to do if | to prevent | might | should i get | will i get"""
    add(_phrases(conditions), hyp, "FORWARD", max_scope=12)
    add(_phrases("scare me | scares me | frighten me | frightens me | terrify me"), hyp, "BACKWARD")

    # Doubt about the symptom itself (a hedge about its cause does not count).
    doubts = """maybe | possibly | possible | perhaps | not sure if | not sure whether |
        not sure it's | not sure its | unsure if | no idea if | might be | could be | may be |
        might be getting | might have | could have | wondering if | wonder if | is it | is this |
        is that | could it be | worried it's | worried its | worried it is | worried that it's |
        think it might be | sort of | kind of | thinks i'm | thinks i am | thinks i have |
        thinks i've | reckons i'm | some kind of"""
    add(_phrases(doubts), unc, "FORWARD", max_targets=1, max_scope=6, **clause)
    add(_phrases("or is it just | or just | or maybe"), unc, "BACKWARD", max_targets=1, **clause)

    # The past, when it is not now ("last year", "back in 2019", "used to").
    year, months_or_years = {"SHAPE": "dddd"}, word("years", "months")
    times = [
        [word("back"), word("in"), year],
        [word("back"), word("in"), word(*_MONTHS)],
        [word("in"), year],
        [{"LIKE_NUM": True}, months_or_years, word("ago")],
        [word("a", "few", "two", "three", "several", "many", "some"), months_or_years, word("ago")],
        [word("years"), word("ago", "back")],
        [word("last"), word("year")],
        [word("as"), word("a"), word("kid", "child", "teenager", "teen", "baby", "newborn")],
    ]
    add(times, hist, "BIDIRECTIONAL", **clause)
    past = """used to | use to | when i was first diagnosed | when i was diagnosed |
        when i was younger | when i was a kid | when i was little | during my first |
        first time round | first time around | before i was diagnosed | before all this |
        before chemo | before the cancer | in the past | previously | back then | years back |
        last time"""
    add(_phrases(past), hist, "FORWARD", **clause)

    # Someone else is the one who has it ("my mum had"), unless they only report it.
    relative = word(*_RELATIVES)
    others = [word("other"), word("patients", "people", "ladies", "women")]
    add([[relative], others], fam, "FORWARD", on_modifies=_same_person)
    reporting = [
        [relative, word(*_REPORTED)],
        [word("according"), word("to"), word("my"), relative],
    ]
    add(reporting, "PSEUDO", "PSEUDO")
    guessing = [[relative, word("thinks", "reckons", "wonders")]]
    add(guessing, unc, "FORWARD", max_targets=1, **clause)

    # Phrases that contain a cue but are not one.
    pseudo = """not as bad | not too bad | not so bad | not that bad | not only | no idea why |
        without trying | is it normal | is this normal | is that normal | is it common |
        is that common | is this common | get used to | getting used to | got used to |
        not sure why | no wonder | gone up | gone down | not just"""
    add(_phrases(pseudo), "PSEUDO", "PSEUDO")

    # A small scope of its own: medspacy only notices a terminator whose scope overlaps another
    # modifier's without enclosing it, and a sentence-wide scope can enclose it.
    breaks = "but | though | tho | although | except | apart from | however | whereas | yet | now"
    add(_phrases(breaks + " | still"), "TERMINATE", "TERMINATE", max_scope=1)
    return rules


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
    context.add(_rules())
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
