"""The spaCy/medspacy pipeline of the note tagger, and how a found span becomes a status.

Components, in order:

1. medspacy's tokenizer; spaCy's rule-based ``sentencizer`` and a line-break splitter.
2. Lemmas from spaCy's lookup tables (spacy-lookups-data, no model download), looked up in
   lower case, so token patterns can say LEMMA "leg" for "Legs" and "give" for "gave".
3. medspacy's TargetMatcher with three kinds of rules: the catalog's phrases on NORM, the token
   patterns of diary/tagging_patterns.py (lemmas, gaps, abbreviations), and spaCy FUZZY
   patterns for misspelt long words. Overlaps are pruned longest first.
4. The temperature reader (diary/tagging_temperature.py): a reading of 38.0 °C / 100.4 °F or
   more becomes a fever span carrying its value in Celsius.
5. medspacy's ConText with the rules of diary/tagging_rules.py.

After the pipeline, a generic item next to a specific one is dropped: "pain" beside "peeling
palms", "swollen" beside a swollen calf. The specific item already says it.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Any

from diary import tagging_patterns
from diary.tagging_patterns import NEGATED
from diary.tagging_rules import context_rules
from diary.tagging_temperature import readings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# ConText categories, strongest first (the guidelines' precedence).
STATUS_BY_CATEGORY = {
    "FAMILY": "family",
    "HYPOTHETICAL": "hypothetical",
    "POSSIBLE_EXISTENCE": "uncertain",
    "NEGATED_EXISTENCE": "negated",
    "HISTORICAL": "historical",
}
_PRECEDENCE = list(STATUS_BY_CATEGORY)

_LINE_BREAKS = "diary_line_breaks"
_TEMPERATURES = "diary_temperatures"
_LEMMAS = "diary_lemmas"
CONTEXT = "medspacy_context"
_FUZZY = "diary_fuzzy_words"
_PATTERNS = "diary_token_patterns"

# Items that say where it hurts: a generic "pain" beside one of them is the same complaint.
SPECIFIC_PAIN = frozenset(
    {
        *tagging_patterns.PAIN_PLACES,
        "upper-abdominal-pain",
        "calf-swelling",
        "vaginal-dryness",
        "hand-foot-syndrome",
        "neuropathy",
        "injection-site-reaction",
        "fracture",
        "swelling",
    }
)
NEAR_TOKENS = 3
_CLAUSE_BREAKS = frozenset({",", ";", ".", "!", "?", "but", "though", "tho", "\n"})


def _mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, like a full stop (notes are often one symptom per line)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def lemma_table() -> Any:
    """English lemmas by word form, from spacy-lookups-data (spaCy's lookup lemmatiser's table)."""
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def _lemmatize(doc: Doc) -> Doc:
    """Lemmas from spaCy's lookup table (spacy-lookups-data), looked up in lower case.

    spaCy's own "lemmatizer" component in lookup mode looks words up as written, so "Legs" and
    "Rib" would keep their form; this one pass does both and, remembering each word's lemma,
    costs less.
    """
    import numpy
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    lemmas = []
    unknown = []
    for i, lower_id in enumerate(doc.to_array(LOWER).tolist()):  # ints: no Token objects
        known = _lemma_ids.get(lower_id)
        if known is None:
            known = _look_up(strings, lower_id)
            if len(_lemma_ids) < 200_000:
                _lemma_ids[lower_id] = known
        lemmas.append(known[0])
        if known[1]:
            unknown.append(i)
    if lemmas:
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
    doc.user_data[_UNKNOWN_WORDS] = unknown
    return doc


def _look_up(strings: Any, lower_id: int) -> tuple[int, bool]:
    """A word's lemma (string id), and whether it is a candidate misspelling: long, plain
    letters (not "náuseas" or "fatiguée": other languages' words), unknown to the lemma table."""
    table = lemma_table()
    word = strings[lower_id]
    lemma = table.get(word, word)
    unknown = (
        len(word) >= tagging_patterns.FUZZY_MIN_LENGTH
        and word.isalpha()
        and word.isascii()
        and word not in table
        and word not in _lemma_values()
    )
    return strings.add(lemma), unknown


@functools.cache
def _lemma_values() -> frozenset[str]:
    return frozenset(lemma_table().values())


_UNKNOWN_WORDS = "diary_unknown_words"  # doc.user_data key: indices of candidate misspellings
_lemma_ids: dict[int, tuple[int, bool]] = {}  # lower-case form -> lemma id, unknown?


def _longest_first(doc: Doc, spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, the longest kept; on a tie, the one found last (a token pattern
    follows the labelling guideline where two catalog rows share a phrase)."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(reversed(spans), key=lambda s: -(s.end - s.start)):
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _focus(sent: Span, start: int, end: int) -> tuple[int, int]:
    """A match of "severe HA" or "HA since" is the mention "HA"."""
    for i in range(start, end):
        if sent[i].text in tagging_patterns.FOCUS_WORDS:
            return i, i + 1
    return start, end


class TokenPatterns:
    """The token patterns of diary/tagging_patterns.py, each run only where it can match.

    spaCy's Matcher evaluates every IN/NOT_IN/FUZZY predicate of every pattern on every token,
    which costs more than the rest of the pipeline together. So each pattern is filed under one
    of its required words (an "anchor", the least common one), one Matcher per anchor set, and
    a Matcher runs only on the sentences that contain one of its anchors.
    """

    def __init__(self, nlp: Language, name: str, patterns: list) -> None:
        from spacy.matcher import Matcher
        from spacy.tokens import Span

        self.span = Span
        groups: dict[frozenset[str], list[tuple[str, list]]] = {}
        for slug, pattern in patterns:
            anchors = tagging_patterns.anchor(pattern)
            members = [(slug, pattern)]
            # Groups sharing an anchor word become one: one Matcher call where both would run.
            for other in [g for g in groups if not g.isdisjoint(anchors)]:
                members += groups.pop(other)
                anchors |= other
            groups[anchors] = members
        strings = nlp.vocab.strings

        def ids(words: frozenset[str]) -> frozenset[int]:
            return frozenset(strings.add(word) for word in words)

        self.matchers: list[Matcher] = []
        # For each Matcher, each pattern's required word sets: one must all be present.
        self.requirements: list[list[list[frozenset[int]]]] = []
        self.by_anchor: dict[int, list[int]] = {}  # anchor word (string id) -> matchers
        for anchors, members in groups.items():
            matcher = Matcher(nlp.vocab)
            for slug, pattern in members:
                matcher.add(slug, [pattern])
            for word in ids(anchors):
                self.by_anchor.setdefault(word, []).append(len(self.matchers))
            self.matchers.append(matcher)
            self.requirements.append(
                [[ids(words) for words in tagging_patterns.required_words(p)] for _, p in members]
            )

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, LOWER, SENT_START

        found: list[Span] = []
        by_anchor = self.by_anchor
        rows = doc.to_array([LOWER, LEMMA, SENT_START]).tolist()  # ints: cheaper than Tokens
        starts = [i for i, row in enumerate(rows) if row[2] == 1 or i == 0] + [len(rows)]
        for start, end in itertools.pairwise(starts):
            hits: set[int] = set()
            words: set[int] = set()
            for lower_id, lemma_id, _ in rows[start:end]:
                hits.update(by_anchor.get(lower_id, ()))
                hits.update(by_anchor.get(lemma_id, ()))
                words.add(lower_id)
                words.add(lemma_id)
            if not hits:
                continue
            sent = doc[start:end]
            for index in sorted(hits):
                if not any(
                    all(not required.isdisjoint(words) for required in pattern)
                    for pattern in self.requirements[index]
                ):
                    continue  # every pattern here lacks a word it needs
                for match_id, first, last in self.matchers[index](sent):
                    first, last = _focus(sent, first, last)
                    label = doc.vocab.strings[match_id]
                    found.append(self.span(doc, start + first, start + last, label=label))
        if found:
            doc.ents = _longest_first(doc, [*doc.ents, *found])
        return doc


class FuzzyWords:
    """spaCy FUZZY matching for misspelt long words ("fevrish", "nauseos"), kept cheap.

    spaCy's Matcher evaluates every FUZZY predicate on every token, so the patterns are not in
    the target matcher: they run only on the rare word neither the lemmatiser nor the catalog
    knows (long, ASCII, not in the lookup table), one token at a time, and only where no
    mention was found already.
    """

    def __init__(self, nlp: Language, name: str, forms: dict[str, str]) -> None:
        from spacy.matcher import Matcher
        from spacy.tokens import Span

        self.span = Span
        self.known_words = frozenset(w for f in forms for w in f.split())  # the catalog's
        # One Matcher per word length: a word is only compared with words within 2 letters of it.
        self.by_length: dict[int, Matcher] = {}
        for slug, pattern in tagging_patterns.fuzzy_rules(forms):
            length = len(
                pattern[0]["LOWER"]["FUZZY1" if "FUZZY1" in pattern[0]["LOWER"] else "FUZZY2"]
            )
            self.by_length.setdefault(length, Matcher(nlp.vocab)).add(slug, [pattern])
        self.seen: dict[str, str | None] = {}  # word -> slug (or None), bounded below

    def _slug(self, doc: Doc, i: int) -> str | None:
        word = doc[i].lower_
        if word in self.seen:
            return self.seen[word]
        slug = None
        for length in range(len(word) - 2, len(word) + 3):
            matcher = self.by_length.get(length)
            matches = matcher(doc[i : i + 1]) if matcher else []
            if matches:
                slug = doc.vocab.strings[matches[0][0]]
                break
        if len(self.seen) > 10_000:
            self.seen.clear()
        self.seen[word] = slug
        return slug

    def __call__(self, doc: Doc) -> Doc:
        candidates = doc.user_data.get(_UNKNOWN_WORDS)
        if not candidates:
            return doc
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found = []
        for i in candidates:
            if i in taken or doc[i].lower_ in self.known_words:
                continue
            slug = self._slug(doc, i)
            if slug:
                found.append(self.span(doc, i, i + 1, label=slug))
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc


_DIGIT = re.compile(r"\d\d")  # a body temperature has two or three digits


def _read_temperatures(doc: Doc) -> Doc:
    """Fever spans for readings of 38.0 °C or more; a reading replaces a phrase it overlaps."""
    text = doc.text
    if not _DIGIT.search(text):
        return doc
    found = [r for r in readings(text) if r.is_fever]
    if not found:
        return doc
    ents = list(doc.ents)
    for reading in found:
        span = doc.char_span(reading.start, reading.end, label="fever", alignment_mode="expand")
        if span is None:
            continue
        span._.celsius = reading.celsius
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end]
        ents.append(span)
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _register(nlp: Language) -> None:
    from spacy.language import Language
    from spacy.tokens import Span

    if not Language.has_factory(_LINE_BREAKS):
        Language.component(_LINE_BREAKS, func=_mark_line_breaks)
    if not Language.has_factory(_LEMMAS):
        Language.component(_LEMMAS, func=_lemmatize)
    if not Language.has_factory(_PATTERNS):
        Language.factory(_PATTERNS, default_config={"patterns": []}, func=TokenPatterns)
    if not Language.has_factory(_FUZZY):
        Language.factory(_FUZZY, default_config={"forms": {}}, func=FuzzyWords)
    if not Language.has_factory(_TEMPERATURES):
        Language.component(_TEMPERATURES, func=_read_temperatures)
    if not Span.has_extension("celsius"):
        Span.set_extension("celsius", default=None)


def build_pipeline(forms: dict[str, str]) -> Language:
    """A medspacy pipeline for this lexicon (surface form -> slug, from the catalog)."""
    from loguru import logger

    logger.disable("PyRuSH")  # imported by medspacy; it logs every sentence to stderr
    import medspacy
    from medspacy.target_matcher import TargetRule

    # Only medspacy's tokenizer from the defaults: the target matcher and ConText are added with
    # our settings (NORM matching, our own rules), and spaCy's sentencizer replaces PyRuSH.
    nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer"])
    _register(nlp)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ";", "...", "\u2026"]})
    nlp.add_pipe(_LINE_BREAKS)
    nlp.add_pipe(_LEMMAS)

    matcher = nlp.add_pipe("medspacy_target_matcher", config={"phrase_matcher_attr": "NORM"})
    matcher.add([TargetRule(form, slug) for form, slug in sorted(forms.items())])
    slugs = set(forms.values())
    patterns = [
        [slug, pattern]
        for slug, pattern in tagging_patterns.token_rules()
        if set(tagging_patterns.SPLIT_LABELS.get(slug, (slug.removesuffix(NEGATED),))) <= slugs
    ]
    nlp.add_pipe(_PATTERNS, config={"patterns": patterns}, validate=False)
    nlp.add_pipe(_FUZZY, config={"forms": forms}, validate=False)
    nlp.add_pipe(_TEMPERATURES)
    context = nlp.add_pipe(
        CONTEXT,
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


_AUXILIARIES = frozenset({"do", "did", "does", "have", "has", "had", "be", "was", "were"})


def _after_auxiliary_not(target: Span) -> bool:
    """ "haven't had a fit": the negation sits right before a mention that starts with a verb.

    ConText drops a cue overlapping a mention, and "had a fit" overlaps "haven't had".
    """
    doc, i = target.doc, target.start
    return i >= 2 and doc[i - 1].norm_ == "not" and doc[i - 2].norm_ in _AUXILIARIES


def status(target: Span) -> str:
    """The strongest status the modifiers give, in the guideline's precedence."""
    categories = {modifier.category for modifier in target._.modifiers}
    if _is_short_question(target):
        categories.add("POSSIBLE_EXISTENCE")
    if target.label_.endswith(tagging_patterns.NEGATED) or _after_auxiliary_not(target):
        categories.add("NEGATED_EXISTENCE")
    for category in _PRECEDENCE:
        if category in categories:
            return STATUS_BY_CATEGORY[category]
    return "present"


def _near(a: Span, b: Span) -> bool:
    """Within NEAR_TOKENS words of each other, in one clause."""
    if a.sent.start != b.sent.start:
        return False
    between = a.doc[a.end : b.start] if a.end <= b.start else a.doc[b.end : a.start]
    return len(between) <= NEAR_TOKENS and not any(t.lower_ in _CLAUSE_BREAKS for t in between)


# A generic item beside a specific one says the same thing: "calf swollen" is not swelling too.
COVERED_BY = {
    "pain": SPECIFIC_PAIN,
    "swelling": frozenset({"calf-swelling"}),
    "weakness": frozenset({"leg-weakness"}),
    "cough": frozenset({"coughing-up-blood"}),
}


def mentions_of(doc: Doc) -> list[Span]:
    """The doc's symptom spans, without a generic one that a specific item beside it covers."""
    ents = list(doc.ents)
    return [
        e
        for e in ents
        if e.label_ not in COVERED_BY
        or not any(o.label_ in COVERED_BY[e.label_] and _near(e, o) for o in ents)
    ]
