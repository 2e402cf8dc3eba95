"""The spaCy/medspacy pipeline of the note tagger, and how a found span becomes a status.

Components, in order:

1. medspacy's tokenizer; spaCy's rule-based Sentencizer's rule, read on the token array
   (SentenceEnds), and a line-break splitter.
2. Lemmas from spaCy's lookup tables (spacy-lookups-data, no model download), looked up in
   lower case, so token patterns can say LEMMA "leg" for "Legs" and "give" for "gave".
3. The catalog's phrases on NORM (CatalogPhrases: spaCy's PhraseMatcher, pruned as medspacy's
   TargetMatcher prunes).
4. The token patterns of diary/tagging_patterns.py, diary/tagging_forms.py and
   diary/tagging_shorthand.py (lemmas, gaps, general shapes, abbreviations), then spaCy FUZZY
   patterns for misspelt long words, all run by the matchers of diary/tagging_matchers.py.
   Overlaps are pruned longest first. A sentence of one or two words that echoes a mention
   before it ("Dragging.") is that mention again.
5. The temperature reader (diary/tagging_temperature.py): a reading of 38.0 °C / 100.4 °F or
   more becomes a fever span carrying its value in Celsius.
6. medspacy's ConText with the rules of diary/tagging_rules.py (run only where something was
   found: see Tagger.tag_many); its cues are paired with the mentions on token indices
   (PairedContext), as its ConTextGraph pairs them.

After the pipeline, a generic item next to a specific one is dropped: "pain" beside "peeling
palms", "swollen" beside a swollen calf. The specific item already says it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, Any

from diary import tagging_patterns, tagging_shorthand
from diary.tagging_matchers import (
    LEMMA_IDS,
    LOWER_IDS,
    SENT_STARTS,
    UNKNOWN_WORDS,
    FuzzyWords,
    TokenPatterns,
)
from diary.tagging_rules import (
    RELATIVES,
    a_man_is_the_patient,
    care_record,
    context_rules,
    patient_said,
)
from diary.tagging_shorthand import (
    ANTECEDENTS,
    CONTROL_NEARBY,
    DOUBTED,
    KEPT_DOWN,
    LEGS_NEARBY,
    NEGATED,
    PAIN_SLUGS,
    PART_BEFORE,
    RED_FLAG_SLUGS,
    SPLIT_LABELS,
)
from diary.tagging_spelling import (
    BARE_NEGATIVES,
    MIN_WORD,
    SHORT_WORDS,
    Misspellings,
    is_name,
    is_real_word,
    pattern_words,
)
from diary.tagging_temperature import readings
from diary.tagging_whose import CARED_FOR_WORDS, another_speakers, someone_elses, subject

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

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
_TARGETS = "diary_catalog_phrases"
CONTEXT = "medspacy_context"
_PAIRED_CONTEXT = "diary_paired_context"
_SENTENCES = "diary_sentences"
_SENTENCE_ENDS = [".", "!", "?", ";", "...", "\u2026"]
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


_NO_CAN = re.compile(r"\b(?:no (?:can|could|fit)|(?:i|she|we|he) no (?:sure|know))\b")
# Verbs after Pidgin "no fit" (cannot): "I no fit sleep", "she no fit catch her breath", or
# after a word between ("I no fit even button my shirt"); not "No fit since Tuesday", "no fit
# even once this week", a fit denied
_PIDGIN_CANNOT = tagging_patterns.words("""
    sleep eat chop wake walk waka stand talk breathe catch pass hold concentrate button see hear
    lift move sit siddon carry go come do open swallow remember feel climb bend turn get keep
    reach think read write rest urinate piss pee poo control focus raise use bear taste smell
    tell understand speak say dress bathe baff push drink cook work play lie wear kneel grip
    pick comot drive manage
""")
_PIDGIN_BETWEEN = frozenset({"even", "really", "just", "still"})


def _no_can(doc: Doc) -> None:
    """ "I no can walk", "she no could sleep" (English as a second language) read as "can not
    walk": the two words' NORMs swapped, so every shape and phrase written with "can't" reads
    them (round 12). Only in a note with those words. Pidgin "I no fit wake am", "I no fit
    concentrate" read so too, before a verb, and "I no sure if", "I no know" as "not sure",
    "not know" (round 61)."""
    size = len(doc)
    for i in range(size - 1):
        if doc[i].lower_ != "no":
            continue
        after = doc[i + 1].lower_
        if after in ("sure", "know"):
            if i and doc[i - 1].lower_ in ("i", "she", "we", "he"):
                doc[i].norm_ = "not"
            continue
        if i + 2 >= size or not doc[i + 2].is_alpha:
            continue
        then = doc[i + 2].lower_
        if after in ("can", "could"):
            if then in ("do", "of", "and", "be"):
                continue  # "no can do", "no can of beans"
        elif after != "fit" or not (
            then in _PIDGIN_CANNOT
            or (then in _PIDGIN_BETWEEN and i + 3 < size and doc[i + 3].lower_ in _PIDGIN_CANNOT)
        ):
            continue
        doc[i].norm_ = "can" if after == "fit" else after
        doc[i + 1].norm_ = "not"


_MARKED = [w for w in tagging_shorthand.RESPELLINGS if "'" in w]  # "'ead", "light'eaded"
_DROPPED_H = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in sorted(_MARKED)) + r")\b")


def _dropped_h(doc: Doc) -> Doc:
    """ "me 'ead's poundin", "went all light'eaded": the mark of a dropped "h" and the words
    around it made one token, whose lexeme reads as the word (tagging_shorthand.RESPELLINGS;
    round 62). Done here, in the few notes with one, rather than by the tokenizer's special
    cases, which would slow every note."""
    spans: list[Span] = []
    for i in range(len(doc) - 1):
        if spans and i < spans[-1].end:
            continue
        for words in (doc[i : i + 2], doc[i : i + 3]):
            if (
                "'" in words.text
                and not any(t.whitespace_ for t in words[:-1])
                and words.text.lower() in tagging_shorthand.RESPELLINGS
            ):
                spans.append(words)
                break
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def _mark_line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, like a full stop (notes are often one symptom per line)."""
    from spacy.attrs import IS_SPACE

    if "'" in text_of(doc) and _DROPPED_H.search(lower_text(doc)):
        doc = _dropped_h(doc)
    text = lower_text(doc)
    if ("no c" in text or "no f" in text or "no s" in text or "no k" in text) and _NO_CAN.search(
        text
    ):
        _no_can(doc)
    if "\n" not in text_of(doc):
        return doc
    # Only whitespace tokens can hold a line break: find them in the token array, not Tokens.
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


class SentenceEnds:
    """spaCy's rule-based Sentencizer, its guesses made on the token array: a sentence starts
    at the first token after one of the punctuation marks that is neither punctuation nor one
    of them (its rule, word for word), without a Token object per word; the Sentencizer's own
    step sets them (a start already set is kept)."""

    def __init__(self, nlp: Language, name: str, punct_chars: list[str]) -> None:
        from spacy.attrs import IS_PUNCT, ORTH
        from spacy.pipeline import Sentencizer

        self.sentencizer = Sentencizer(name, punct_chars=punct_chars)
        self.ends = frozenset(nlp.vocab.strings.add(mark) for mark in self.sentencizer.punct_chars)
        self.attrs = [ORTH, IS_PUNCT]

    def __call__(self, doc: Doc) -> Doc:
        size = len(doc)
        if not size:
            return doc
        rows = doc.to_array(self.attrs)
        orths = rows[:, 0].tolist()
        ends = self.ends
        guesses = [False] * size
        guesses[0] = True
        at = list(itertools.compress(range(size), map(ends.__contains__, orths)))
        if at:
            puncts = rows[:, 1].tolist()
            found = -1
            for i in at:
                if i < found:
                    continue  # the start after the mark before it is this mark's too
                j = i + 1
                while j < size and (puncts[j] or orths[j] in ends):
                    j += 1
                if j == size:
                    break
                guesses[j] = True
                found = j
        self.sentencizer.set_annotations([doc], [guesses])
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
    costs less. A word written with its "g" dropped ("thumpin", "achin", "bein sick") reads as
    the word with it: its lexeme's LOWER and NORM become the full word, so every pattern and
    phrase written for "thumping" matches it.
    """
    import numpy
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    unknown = []
    fragments = []  # short words no list knows: halves of a word typed with a space inside
    cache = _lemma_cache(strings)
    plain = _plain_lemmas[id(strings)]
    lowers = doc.to_array(LOWER).tolist()  # ints: no Token objects
    respelt = False
    # Most words are known and need nothing more than their lemma: read in one pass.
    lemmas = list(map(plain.get, lowers))
    i = -1
    for _ in range(lemmas.count(None)):  # the others, in order
        i = lemmas.index(None, i + 1)
        lower_id = lowers[i]
        known = cache.get(lower_id)
        if known is None:
            known = _look_up(strings, lower_id)
            if len(cache) < 200_000:
                cache[lower_id] = known
                if not known[1] and not known[2]:
                    plain[lower_id] = known[0]
        lemmas[i] = known[0]
        if known[1]:
            if known[1] == FRAGMENT:
                fragments.append(i)
            else:
                unknown.append(i)
        elif known[2]:
            token = doc[i]
            if known[3] and token.is_title:  # a misspelling written with a capital
                if not token.is_sent_start or is_name(token.text):  # "Nassau"; "Agnes rang"
                    lemmas[i] = lower_id  # a name ("Nassau", "Keppra"), not a misspelling
                    continue
                token.norm_ = strings[known[2]]  # this word only: the same word later may be a name
                continue
            lexeme = doc.vocab[token.orth]  # rare: a dropped "g", a misspelt symptom word
            lexeme.lower = lexeme.norm = known[2]
            respelt = True
    if fragments:
        merged = _split_words(doc, fragments, lowers, strings)
        if merged:
            return _lemmatize(merged)
    joined = _joined.get(id(strings))
    if unknown and joined and any(lowers[i] in joined for i in unknown):
        # (a capitalised word within a sentence, or before another, is a name: "Painswick Road",
        # "the Sorehead Inn", "Sorethroat Cafe")
        cut = [i for i in unknown if lowers[i] in joined and not _a_name(doc, i)]
        if cut:
            return _lemmatize(_split_joined(doc, cut, joined))
    if lemmas:
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
    doc.user_data[UNKNOWN_WORDS] = unknown
    doc.user_data[LEMMA_IDS] = lemmas  # read again by the safety net (diary/tagging_safety.py)
    if not respelt:  # read again by the token patterns (a respelt word's LOWER has changed)
        doc.user_data[LOWER_IDS] = lowers
    return doc


FRAGMENT = 2  # the lemma cache's "unknown" field for a short word no list knows ("diz")


# Short words of other languages said in English notes: never half of a split word ("Tai chi
# group" is no "tachy", round 51); nor the "na" and "ta" of "gonna", "wanna", "gotta" ("gonna
# use the neb" is no "nausea", round 60); nor Shetland "shu", "dat" (she, that: "Shu wet
# hersel" is no "showed", round 76)
_WHOLE_WORDS = frozenset({"tai", "chi", "qi", "na", "ta", "shu", "dat"})


def _is_fragment(word: str) -> bool:
    """A short word no list knows ("diz", "zy"): a candidate half of a split word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return (
        2 <= len(word) < tagging_shorthand.FUZZY_MIN_LENGTH
        and word not in STOP_WORDS
        and word not in SHORT_WORDS
        and word not in _WHOLE_WORDS
        and not (len(word) >= MIN_WORD and is_real_word(word))
    )


_halves: dict[tuple[int, int], str] = {}  # two words' lower ids -> the word they make (or "")


def _split_words(doc: Doc, fragments: list[int], lowers: list[int], strings: Any) -> Doc | None:
    """A word typed with a space inside it ("diz zy", "nau sea", "nause a"): a short word no
    list knows and the word beside it, one space apart, that together make a lexicon word of
    five letters or more, or a misspelling of one (diary/tagging_spelling.py) when neither half
    is a word ("fev rish"), are one token read as that word. None when there is none (the doc
    is unchanged): "ago my" is not "agony"."""
    misspellings = _misspellings.get(id(strings))
    if misspellings is None:
        return None
    spans: list[tuple[int, int, str]] = []
    for i in fragments:
        for start in (i - 1, i):
            if start < 0 or start + 1 >= len(lowers) or (spans and spans[-1][1] > start):
                continue
            key = (lowers[start], lowers[start + 1])
            meant = _halves.get(key)
            if meant is None:
                word = strings[key[0]] + strings[key[1]]
                if len(word) < 5 or not word.isalpha():
                    found = None
                elif word in misspellings.known:
                    found = word
                elif _is_fragment(strings[key[0]]) and _is_fragment(strings[key[1]]):
                    found = misspellings.meant(word)
                else:
                    found = None
                meant = found if found and len(found) >= 5 else ""
                if len(_halves) < 100_000:
                    _halves[key] = meant
            if (
                meant
                and doc[start].whitespace_ == " "
                and doc[start + 1].is_alpha
                and doc[start + 1].is_lower  # not "Diz Zee Rascal"
            ):
                spans.append((start, start + 2, meant))
                break
    if not spans:
        return None
    with doc.retokenize() as retokenizer:
        for start, end, word in spans:
            meant = strings.add(word)
            span = doc[start:end]
            lexeme = doc.vocab[span.text]
            lexeme.lower = lexeme.norm = meant
            retokenizer.merge(span, attrs={"NORM": meant})
    return doc


def _a_name(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.is_title and (
        not token.is_sent_start or (i + 1 < len(doc) and doc[i + 1].is_title)
    )


def _split_joined(doc: Doc, indices: list[int], joined: dict[int, list[tuple[str, str]]]) -> Doc:
    """Words typed without the space between them ("headachewont", "cantfeel") split into the
    tokens the tokenizer makes of each ("cant" is "ca" and "nt", NORM "not"), in the note's
    casing (diary/tagging_spelling.py, Misspellings.joined)."""
    with doc.retokenize() as retokenizer:
        for i in indices:
            token = doc[i]
            pieces = joined[token.lower]
            orths, start = [], 0
            for piece, _ in pieces:
                orths.append(token.text[start : start + len(piece)])
                start += len(piece)
            heads = [(token, k) for k in range(len(pieces))]
            norms = [norm for _, norm in pieces]
            retokenizer.split(token, orths, heads=heads, attrs={"NORM": norms})
    return doc


def _look_up(strings: Any, lower_id: int) -> tuple[int, int, int, bool]:
    """A word's lemma (string id); whether it is a candidate misspelling: long, plain letters
    (not "náuseas" or "fatiguée": other languages' words), unknown to the lemma table (or
    FRAGMENT: a short word no list knows, half of a split word perhaps); for a
    word with its "g" dropped or a misspelt lexicon word ("nawsha", diary/tagging_spelling.py),
    the word meant (string id, else 0); and whether it was the misspelling look-up's guess."""
    table = lemma_table()
    word = strings[lower_id]
    lemma = table.get(word, word)
    new_word = word not in table and word not in _lemma_values()
    if (
        new_word
        and len(word) >= 4
        and word.endswith("in")
        and word.isalpha()
        and word + "g" in table
    ):
        return strings.add(table[word + "g"]), False, strings.add(word + "g"), False
    misspellings = _misspellings.get(id(strings))
    meant = misspellings.meant(word) if new_word and misspellings else None
    tokenizer = _tokenizers.get(id(strings))
    if meant in BARE_NEGATIVES and word.endswith("nt") and tokenizer is not None:
        # "coudnt", "woudnt": a misspelt negative splits as "couldnt" does ("could" + "not")
        head = [t.norm_ for t in tokenizer(meant)]
        if len(head) == 2:
            _joined.setdefault(id(strings), {})[lower_id] = [(word[:-2], head[0]), ("nt", "not")]
            return strings.add(lemma), True, 0, False
    if meant:
        return strings.add(table.get(meant, meant)), False, strings.add(meant), True
    cut = misspellings.joined(word) if new_word and misspellings else None
    if cut:  # two words run together: split before the patterns (_split_joined)
        tokenizer = _tokenizers.get(id(strings))
        joined = _joined.setdefault(id(strings), {})
        if tokenizer is not None and len(joined) < 100_000:
            pieces = [(t.lower_, t.norm_) for part in cut for t in tokenizer(part)]
            joined[lower_id] = pieces
            return strings.add(lemma), True, 0, False
    unknown = (
        new_word
        and len(word) >= tagging_shorthand.FUZZY_MIN_LENGTH
        and word.isalpha()
        and word.isascii()
    )
    if not unknown and new_word and word.isalpha() and word.isascii() and _is_fragment(word):
        return strings.add(lemma), FRAGMENT, 0, False
    return strings.add(lemma), unknown, 0, False


@functools.cache
def _lemma_values() -> frozenset[str]:
    return frozenset(lemma_table().values())


_lemma_caches: dict[int, dict[int, tuple[int, int, int, bool]]] = {}
# The cached words that need nothing but their lemma: lower-case form -> lemma id.
_plain_lemmas: dict[int, dict[int, int]] = {}
_misspellings: dict[int, Misspellings] = {}  # by string store, as the lemma caches
_joined: dict[int, dict[int, list[tuple[str, str]]]] = {}  # run-together words' pieces, by store
_tokenizers: dict[int, Any] = {}  # the pipeline's tokenizer, by string store: pieces of a split


def _lemma_cache(strings: Any) -> dict[int, tuple[int, int, int, bool]]:
    """Lower-case form -> (lemma id, unknown?, full word id), one cache per string store: a
    cached id is only readable where its string was added (a rebuilt pipeline has a new store)."""
    cache = _lemma_caches.get(id(strings))
    if cache is None:
        if len(_lemma_caches) >= 4:
            _lemma_caches.clear()
            _plain_lemmas.clear()
        cache = _lemma_caches[id(strings)] = {}
        _plain_lemmas[id(strings)] = {}
    return cache


def forget_lemmas(strings: Any) -> None:
    """Drop the lemma cache of a string store no longer in use (a renewed pipeline's old one)."""
    _lemma_caches.pop(id(strings), None)
    _plain_lemmas.pop(id(strings), None)
    _misspellings.pop(id(strings), None)
    _joined.pop(id(strings), None)
    _tokenizers.pop(id(strings), None)
    _halves.clear()  # (a new pipeline may have a new lexicon)


# A fever written in digits has a whole part 38-43 (Celsius) or 100-109 (Fahrenheit) in it, the
# body's readings above the fever line (tagging_temperature.BODY_C, BODY_F): a note with none
# (most with digits have a time, a date or a rating) needs no reading.
_FEVER_NUMBER = re.compile(r"(?<![\d.])(?:3[89]|4[0-3]|10\d)(?!\d)")


def _read_temperatures(doc: Doc) -> Doc:
    """Fever spans for readings of 38.0 °C or more; a reading replaces a phrase it overlaps."""
    text = text_of(doc)
    if not _FEVER_NUMBER.search(text):
        lowered = text.lower()
        if "point" not in lowered and "hundred" not in lowered and "thirty" not in lowered:
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


class CatalogPhrases:
    """The catalog's phrases on NORM: spaCy's PhraseMatcher, overlaps pruned longest first by
    medspacy's own rule, set as the doc's entities in one step. (medspacy's TargetMatcher does
    the same around an empty token Matcher and a regex matcher it runs on every note, and adds
    the entities one at a time.)"""

    def __init__(self, nlp: Language, name: str) -> None:
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")

    def add(self, forms: dict[str, str]) -> None:
        """Surface form -> slug (diary/tagging.py's lexicon)."""
        by_slug: dict[str, list[str]] = {}
        for form, slug in sorted(forms.items()):
            by_slug.setdefault(slug, []).append(form)
        for slug, phrases in by_slug.items():
            self.matcher.add(slug, list(self.nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        matches = self.matcher(doc)
        if matches:
            doc.set_ents(
                [Span(doc, start, end, label=label) for label, start, end in _pruned(matches)]
            )
        return doc


def _pruned(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """medspacy's prune_overlapping_matches. It returns the matches in order when no two next
    to each other overlap (its own test of overlap): most notes, told here without its passes."""
    ordered = sorted(matches, key=_start_end)
    if any(a[1] <= b[1] < a[2] or a[1] < b[2] <= a[2] for a, b in itertools.pairwise(ordered)):
        return _prune_overlapping(ordered)
    return ordered


def _prune_overlapping(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """medspacy's prune_overlapping_matches ("longest"), step for step, on list indices instead
    of popping the list's head: passes over the matches in order, each pass keeping the longer
    of two neighbours that overlap (the first on a tie), until a pass drops none."""
    while True:
        ordered = sorted(matches, key=_start_end)
        pruned = []
        current, i = ordered[0], 1
        while i < len(ordered):
            following = ordered[i]
            i += 1
            if current[1] <= following[1] < current[2] or current[1] < following[2] <= current[2]:
                longer = (
                    following if following[2] - following[1] > current[2] - current[1] else current
                )
                pruned.append(longer)
                if i == len(ordered):
                    break
                current = ordered[i]
                i += 1
            else:
                pruned.append(current)
                current = following
        else:
            pruned.append(current)
        if len(pruned) == len(matches):
            return pruned
        matches = pruned


def _start_end(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], match[2]


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
    if not Language.has_factory(_TARGETS):
        Language.factory(_TARGETS, func=CatalogPhrases)
    if not Language.has_factory(_TEMPERATURES):
        Language.component(_TEMPERATURES, func=_read_temperatures)
    if not Language.has_factory(_SENTENCES):
        Language.factory(_SENTENCES, default_config={"punct_chars": []}, func=SentenceEnds)
    if not Language.has_factory(_PAIRED_CONTEXT):
        Language.factory(_PAIRED_CONTEXT, func=_paired_context)
    if not Span.has_extension("celsius"):
        Span.set_extension("celsius", default=None)


def _paired_context(nlp: Language, name: str) -> PairedContext:
    """medspacy's ConText with our settings (NORM matching, our own rules), paired on ints."""
    from medspacy.context import ConText

    return PairedContext(
        ConText(
            nlp,
            name=name,
            rules=None,
            phrase_matcher_attr="NORM",
            prune_on_target_overlap=True,  # "no appetite" is a symptom, not a negation
        )
    )


_SCOTS_NEGATIVES = ("could", "can", "would", "did", "do", "does", "is", "was", "have", "has",
                    "had", "should", "will")  # fmt: skip


def _scots_negatives(nlp: Language) -> None:
    """Scots "couldnae", "cannae", "dinnae": the verb and "nae" (NORM "not"), as "couldn't" is
    "could" and "n't", so every "can't" shape reads them."""
    from spacy.symbols import NORM, ORTH

    for verb in _SCOTS_NEGATIVES:
        stem = {"can": "can", "do": "din", "will": "wull", "have": "hiv", "was": "wis"}.get(
            verb, verb
        )
        for word in {f"{stem}nae", f"{verb}nae"}:
            for form in (word, word.capitalize()):
                head = form[: len(form) - 3]
                nlp.tokenizer.add_special_case(
                    form, [{ORTH: head, NORM: verb}, {ORTH: form[-3:], NORM: "not"}]
                )
    # ... and north-east Scots "canna sleep", "couldna", "didna" (round 66)
    # (not "dinna", typed for "dinner" too, nor "isna", "wisna": "Isna the first time she's had
    # a fit" would be read as "isn't"; round 66's review)
    for word in ("canna", "couldna", "wouldna", "shouldna", "didna", "doesna", "hasna", "hadna"):
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(
                form, [{ORTH: form[:-2], NORM: word[:-2]}, {ORTH: form[-2:], NORM: "not"}]
            )
    # ... and Geordie "cannit get me breath", "divn't knaa" (round 55)
    for word, head, verb in (("cannit", "can", "can"), ("divn't", "div", "do"),
                             ("divnt", "div", "do")):  # fmt: skip
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(
                form,
                [{ORTH: form[: len(head)], NORM: verb}, {ORTH: form[len(head) :], NORM: "not"}],
            )


def _capital_contractions(nlp: Language) -> None:
    """ "CANT FEEL MY LEGS", "DIDNT SLEEP", "I'M SICK": a note in capitals splits its
    contractions as written in lower case ("cant" is "ca" + "nt", NORM "not"); spaCy's own
    special cases know the lower-case and capitalised forms only."""
    from spacy.symbols import ORTH

    rules = nlp.tokenizer.rules
    for form, pieces in list(rules.items()):
        upper = form.upper()
        if len(pieces) < 2 or not form.islower() or upper in rules or upper == form:
            continue
        nlp.tokenizer.add_special_case(
            upper, [{**piece, ORTH: piece[ORTH].upper()} for piece in pieces]
        )


def _shorthand_at_a_stop(nlp: Language) -> None:
    """ "no N/V. Appetite poor.": spaCy keeps "V." whole (as an initial), so the sentence did
    not end and the negation reached "Appetite poor"; the stop is split off (round 11)."""
    from spacy.symbols import ORTH

    for first in ("N", "n", "D", "d"):
        for mark in ("/", "+", "&"):
            for last in ("V", "v"):
                nlp.tokenizer.add_special_case(
                    f"{first}{mark}{last}.",
                    [{ORTH: first}, {ORTH: mark}, {ORTH: last}, {ORTH: "."}],
                )


def _wednesday_heading(nlp: Language) -> None:
    """ "Wed: better.": spaCy reads "Wed" as "We'd" ("We" + "d"), so the heading was no day and
    "Tue: headache all day. Wed: better." read the headache as today's, while "Tuesday: ...
    Wednesday: better." read it as Tuesday's; before its mark "Wed" is the day (after round
    13)."""
    from spacy.symbols import ORTH

    # ... and alone: "Mon fine. Wed the diarrhoea started." (round 21)
    for form in ("Wed", "wed", "WED"):
        nlp.tokenizer.add_special_case(f"{form}:", [{ORTH: form}, {ORTH: ":"}])
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _respellings(nlp: Language) -> None:
    """Words spelt as they sound ("hed", "wot", "sez", "nuffin") read as the words they stand
    for (tagging_shorthand.RESPELLINGS): their lexemes' LOWER and NORM, in every casing, and a
    tokenizer special case where spaCy would split the word ("hed" is its "he'd")."""
    from spacy.symbols import NORM, ORTH

    for written, meant in tagging_shorthand.RESPELLINGS.items():
        # ("'Ead's killin me": the letter after a dropped "h"'s mark, round 62)
        capital = "'" + written[1:].capitalize() if written[0] == "'" else written.capitalize()
        for form in (written, capital):
            lexeme = nlp.vocab[form]
            lexeme.lower_ = lexeme.norm_ = meant
            if written[0] != "'":  # (a special case with a mark slows every note: _dropped_h)
                nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: meant}])
    for written, meant in tagging_shorthand.LOWER_RESPELLINGS.items():
        lexeme = nlp.vocab[written]
        lexeme.lower_ = lexeme.norm_ = meant
        nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: meant}])
    for written, meant in tagging_shorthand.NORM_RESPELLINGS.items():
        for form in (written, written.capitalize()):
            nlp.vocab[form].norm_ = meant
    for written, meant in tagging_shorthand.RESPELT_NEGATIVES.items():
        for form in (written, written.capitalize()):
            head = form[: len(form) - 1]
            nlp.tokenizer.add_special_case(form, [{ORTH: head, NORM: meant}, {ORTH: form[-1:],
                                                  NORM: "not"}])  # fmt: skip


def build_pipeline(forms: dict[str, str]) -> Language:
    """A medspacy pipeline for this lexicon (surface form -> slug, from the catalog)."""
    from loguru import logger

    logger.disable("PyRuSH")  # imported by medspacy; it logs every sentence to stderr
    import medspacy

    # Only medspacy's tokenizer from the defaults: the target matcher and ConText are added with
    # our settings (NORM matching, our own rules), and spaCy's sentencizer replaces PyRuSH.
    nlp = medspacy.load(medspacy_enable=["medspacy_tokenizer"])
    _scots_negatives(nlp)
    _respellings(nlp)
    _capital_contractions(nlp)
    _shorthand_at_a_stop(nlp)
    _wednesday_heading(nlp)
    _register(nlp)
    nlp.add_pipe(_SENTENCES, config={"punct_chars": _SENTENCE_ENDS}, validate=False)
    nlp.add_pipe(_LINE_BREAKS)
    nlp.add_pipe(_LEMMAS)

    nlp.add_pipe(_TARGETS, validate=False).add(forms)
    slugs = set(forms.values())
    patterns = [
        [slug, pattern]
        for slug, pattern in tagging_patterns.token_rules()
        if set(SPLIT_LABELS.get(slug, (slug.removesuffix(NEGATED),))) <= slugs
    ]
    nlp.add_pipe(_PATTERNS, config={"patterns": patterns}, validate=False)
    lexicon = {w for form in forms for w in form.split()} | pattern_words(p for _, p in patterns)
    lexicon |= {w for rule in context_rules() for w in rule.literal.lower().split()}  # "tues"
    if len(_misspellings) >= 4:
        _misspellings.clear()
        _joined.clear()
        _tokenizers.clear()
    _tokenizers[id(nlp.vocab.strings)] = nlp.tokenizer
    _misspellings[id(nlp.vocab.strings)] = Misspellings(lexicon, forms)
    nlp.add_pipe(_FUZZY, config={"forms": forms}, validate=False)
    nlp.add_pipe(_TEMPERATURES)
    context = nlp.add_pipe(_PAIRED_CONTEXT, name=CONTEXT, validate=False)
    context.add(context_rules())
    _without_empty_matcher(context.context)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


def _without_empty_matcher(context: Any) -> None:
    """Every ConText rule here is a phrase, so the token Matcher inside medspacy's matcher has
    no patterns: spaCy would warn about that on every note. It is left out (medspacy is pinned;
    if its inside changes, this does nothing and spaCy only warns)."""
    matcher = getattr(context, "_ConText__matcher", None)
    tokens = getattr(matcher, "_MedspacyMatcher__matcher", None)
    if tokens is not None and len(tokens) == 0:
        matcher._MedspacyMatcher__matcher = _no_matches


def _no_matches(doc: Doc) -> list:
    return []


class PairedContext:
    """medspacy's ConText, its cues paired with the mentions on plain ints.

    medspacy's ConText (`self.context`) holds the rules (diary/tagging_rules.py: each cue's
    category, direction, max scope, terminations, allowed types and callback) and finds the
    cues; this does what its ConTextGraph does next, step for step and in the same order (a
    cue's scope is its sentence in its direction, cut to the rule's max scope; every pair of
    cues may cut each other's scope; a cue overlapping a mention is dropped; a cue reaches a
    mention in its scope, not a terminating or pseudo cue, if the rule's callback agrees), on
    tuples of token indices: a Span is made only for a callback, and a ConTextModifier only for
    a cue kept at the end. The doc gets the same ``context_graph`` and ``_.modifiers``
    (tests/test_tagging_context_pairing.py compares the two on every kind of cue)."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.matcher = getattr(context, "_ConText__matcher", None)
        self.phrases: Any = None  # its phrase matcher, when that is all it runs (see _cues)
        self.rules: dict[int, tuple] = {}  # match id -> the rule, read once
        self.classes: tuple | None = None  # ConTextGraph, ConTextModifier, SENT_START

    def add(self, rules: Any) -> None:
        self.context.add(rules)
        self.rules.clear()
        self.phrases = None

    def _cues(self, doc: Doc) -> list[tuple[int, int, int]]:
        """What medspacy's matcher finds: its token, phrase and regular-expression matches,
        pruned. Every rule here is a phrase: with no token patterns (_without_empty_matcher)
        and no expressions, that is its phrase matcher's matches, pruned (_pruned)."""
        matcher = self.matcher
        if self.phrases is None:
            tokens = getattr(matcher, "_MedspacyMatcher__matcher", None)
            expressions = getattr(matcher, "_MedspacyMatcher__regex_matcher", None)
            phrases = getattr(matcher, "_MedspacyMatcher__phrase_matcher", None)
            only_phrases = (
                tokens is _no_matches
                and not getattr(expressions, "_patterns", True)
                and phrases is not None
            )
            self.phrases = phrases if only_phrases else False
        if not self.phrases:
            return matcher(doc)
        matches = self.phrases(doc)
        return _pruned(matches) if matches and matcher._prune else matches

    def _rule(self, doc: Doc, match_id: int) -> tuple:
        rule = self.matcher.rule_map[doc.vocab.strings[match_id]]
        direction = rule.direction
        read = (
            rule,
            direction,
            direction.lower(),
            direction.upper(),
            rule.category,
            rule.category.upper(),
            rule.terminated_by,
            rule.allowed_types,
            rule.excluded_types,
            rule.max_scope,
            rule.max_targets,
            rule.on_modifies,
        )
        self.rules[match_id] = read
        return read

    def __call__(self, doc: Doc) -> Doc:
        context = self.context
        if (
            self.matcher is None
            or context.max_scope is not None
            or context.input_span_type != "ents"
            or not doc.has_annotation("SENT_START")
        ):
            # Not the settings this was written for, or a doc without sentences (medspacy
            # refuses it): medspacy's own way.
            return context(doc)
        if self.classes is None:
            from medspacy.context import ConTextGraph, ConTextModifier
            from spacy.attrs import SENT_START

            self.classes = ConTextGraph, ConTextModifier, SENT_START
        graph_class, modifier_class, sent_start = self.classes
        targets = doc.ents
        graph = graph_class(prune_on_modifier_overlap=context.prune_on_target_overlap)
        graph.targets = targets
        matches = self._cues(doc)
        if not matches:
            doc._.context_graph = graph
            return doc
        # Sentence starts (a token's sentence as Token.sent finds it): the token patterns' own
        # list, else from the token array.
        starts = doc.user_data.get(SENT_STARTS)
        if starts is None:
            starts = (doc.to_array(sent_start) == 1).nonzero()[0].tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            starts.append(len(doc))
        rules = self.rules
        # A cue: [start, end, scope start, scope end, rule as read by _rule]
        cues: list[list] = []
        for match_id, start, end in matches:
            rule = rules.get(match_id) or self._rule(doc, match_id)
            sentence = bisect.bisect_right(starts, start) - 1
            first, last = starts[sentence], starts[sentence + 1]
            direction, most = rule[2], rule[9]
            if direction == "forward":
                first = end
                if most is not None and last - first > most:
                    last = end + most
            elif direction == "backward":
                last = start
                if most is not None and last - first > most:
                    first = start - most
            else:  # bidirectional (and terminating and pseudo cues)
                if most is not None and start - first > most:
                    first = start - most
                if most is not None and last - end > most:
                    last = end + most
            cues.append([start, end, first, last, rule])
        for i in range(len(cues) - 1):  # ConTextGraph.update_scopes
            one = cues[i]
            for j in range(i + 1, len(cues)):
                _limit_scope(one, cues[j])
                _limit_scope(cues[j], one)
        spans = [(t.start, t.end, t.label_) for t in targets]
        if context.prune_on_target_overlap:  # ConTextGraph.apply_modifiers, its first step
            for i in range(len(cues) - 1, -1, -1):
                start, end = cues[i][0], cues[i][1]
                for t_start, t_end, _ in spans:
                    if t_start <= start < t_end or t_start < end <= t_end:
                        cues.pop(i)
                        break
        reached: list[list[int]] = [[] for _ in cues]
        # The cues that can reach a mention (not a terminating or pseudo one), each with the
        # list its mentions go to (ConTextModifier.modifies; its checks but the callback are
        # plain comparisons, so they are made in the order cheapest first).
        reaching = [
            (*cue, found)
            for cue, found in zip(cues, reached, strict=True)
            if cue[4][1] not in ("TERMINATE", "PSEUDO")
        ]
        if reaching:
            for k, (t_start, t_end, label) in enumerate(spans):
                upper = None
                for start, end, first, last, rule, found in reaching:
                    if not (first <= t_start < last or first < t_end <= last):
                        continue  # out of the cue's scope
                    if start <= t_start < end or start < t_end <= end:
                        continue  # the cue is part of the mention
                    if rule[7] is not None or rule[8] is not None:
                        upper = upper or label.upper()
                        if rule[7] is not None:
                            if upper not in rule[7]:
                                continue
                        elif upper in rule[8]:
                            continue
                    if rule[11] is not None:
                        agreed = rule[11](
                            targets[k], doc[start:end], doc[min(t_end, end) : max(t_start, end)]
                        )
                        if agreed not in (True, False):
                            raise ValueError(
                                "The on_modifies function must return either True or False "
                                "indicating whether a modify modifies a target. Actual value: "
                                f"{agreed}"
                            )
                        if not agreed:
                            continue
                    found.append(k)
        modifiers = []
        edges = []
        for (start, end, first, last, rule), found in zip(cues, reached, strict=True):
            modifier = modifier_class(rule[0], start, end, None, first, last)
            if found:
                kept = [targets[k] for k in found]
                if rule[10] is not None and len(kept) > rule[10]:  # reduce_targets
                    kept = sorted(
                        kept, key=lambda t, s=start, e=end: min(abs(s - t.end), abs(t.start - e))
                    )[: rule[10]]
                modifier._targets = kept
                modifier._num_targets = len(kept)
                edges.extend((target, modifier) for target in kept)
            modifiers.append(modifier)
        graph.modifiers = modifiers
        graph.edges = edges
        if edges:
            # Each mention's modifiers in the edges' order, and the attributes of their
            # categories (ConText.set_context_attributes), through one Underscore a mention.
            by_target: dict[int, tuple[Any, list]] = {}
            for target, modifier in edges:
                by_target.setdefault(id(target), (target, []))[1].append(modifier)
            mapping = context.context_attributes_mapping or {}
            for target, reaching_it in by_target.values():
                underscore = target._
                underscore.modifiers += tuple(reaching_it)
                for modifier in reaching_it:
                    for name, value in mapping.get(modifier.category, {}).items():
                        setattr(underscore, name, value)
        doc._.context_graph = graph
        return doc


def _limit_scope(cue: list, other: list) -> None:
    """ConTextModifier.limit_scope on the cues' lists: `other` may cut `cue`'s scope."""
    first, last = cue[2], cue[3]
    if not (first <= other[2] < last or first < other[3] <= last):
        return
    rule, by = cue[4], other[4]
    if rule[3] == "TERMINATE":
        return
    if by[3] != "TERMINATE" and by[5] not in rule[6] and by[5] != rule[5]:
        return
    if rule[4] == by[4] and (rule[7] != by[7] or rule[8] != by[8]):
        return
    if rule[2] in ("forward", "bidirectional") and other[0] > cue[0]:
        cue[3] = min(last, other[0])
    if rule[2] in ("backward", "bidirectional") and other[1] < cue[1]:
        cue[2] = max(first, other[1])


TEXT = "diary_text"  # doc.user_data: the text the doc was made from


class TextKeepingTokenizer:
    """The pipeline's tokenizer, keeping the text it was given in doc.user_data: spaCy's
    Doc.text rebuilds it token by token, which costs more than the steps that need it
    (temperatures, line breaks) on most notes. Everything else is the tokenizer's own."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT] = text
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(TEXT)
    return doc.text if text is None else text


def _is_short_question(target: Span) -> bool:
    """ "yellow skin?" or "a rash?": the question is about the mention itself.

    Checked here rather than as a ConText rule: a note of 5,000 question marks would otherwise
    be 5,000 modifiers, which ConText compares pairwise.
    """
    doc, end = target.doc, target.end
    if end >= len(doc):
        return False
    after = doc[end]
    asked = end if after.text == "?" else None
    if asked is None and after.lower_ in _MAYBE and end + 1 < len(doc) and doc[end + 1].text == "?":
        asked = end + 1  # "Feel a bit feverish maybe?" (round 31)
    if asked is None:
        # "yellow tinge to my eyes?": a place named before the question mark
        if after.lower_ not in _PLACE_WORDS:
            return False
        for i in range(end + 1, min(end + 4, len(doc))):
            if doc[i].text == "?":
                asked = i
                break
            if not doc[i].is_alpha:
                return False
    if asked is None or target.start - target.sent.start > 3:
        return False
    # "Back pain? Yes, 6/10", "Q: pain? A: 1/10": answered
    answer = _answer_at(doc, asked + 1)
    return not (
        answer < len(doc)
        and (
            _answer_word(doc[answer]) in _YES_ANSWERS
            or (doc[answer].like_num and doc[answer].text != "0")
        )
    )


def _answer_at(doc: Doc, i: int) -> int:
    """Where the answer after a question starts: past an "A:" written before it."""
    if i + 1 < len(doc) and doc[i].lower_ in ("a", "ans", "answer") and doc[i + 1].text == ":":
        return i + 2
    return i


_PLACE_WORDS = frozenset({"to", "on", "in", "of", "around", "under", "at", "behind"})
_MAYBE = frozenset({"maybe", "perhaps", "possibly"})


def _answer_word(token: Token) -> str:
    """ "Y." is one token (as an initial is): the answer is "y" (round 32)."""
    word = token.lower_
    return word[:-1] if len(word) == 2 and word.endswith(".") else word


# An answer that says it is there: yes, or how much ("SOB? a little", "Nausea? mild"), a tick,
# "only on the stairs".
_YES_ANSWERS = frozenset({"yes", "y", "yep", "yeah", "yup", "ja", "a", "bit", "little", "some",
                          "mild", "moderate", "severe", "slight", "slightly", "bad", "terrible",
                          "awful", "lots", "loads", "very", "quite", "worse", "only",
                          "sometimes", "got", "\u2713", "\u2714", "\u2611", "\u2705",
                          # "Cough? Still there", "Runs? Twice this morning", "Any headaches?
                          # Aye, every morning", "Cough? Less than last week" (round 50)
                          "still", "twice", "once", "whole", "aye", "less", "both", "dull",
                          "every", "constant", "always", "mostly", "ferociously"})  # fmt: skip


_AUXILIARIES = frozenset({"do", "did", "does", "have", "has", "had", "be", "was", "were"})


def _after_auxiliary_not(target: Span) -> bool:
    """ "haven't had a fit": the negation sits right before a mention that starts with a verb.

    ConText drops a cue overlapping a mention, and "had a fit" overlaps "haven't had".
    """
    doc, i = target.doc, target.start
    if i < 1:
        return False
    before = doc[i - 1]
    if before.lower_ == "never":
        return target[0].lower_ in ("had", "have", "has")  # "I've never had a fit"
    return i >= 2 and before.norm_ == "not" and doc[i - 2].norm_ in _AUXILIARIES


_HEDGES_INSIDE = frozenset({"maybe", "perhaps", "possibly", "probably"})


def _hedged_inside(target: Span) -> bool:
    """ "my legs feel sort of heavy": a hedge within the mention's own words (round 67); "Heart
    maybe skipping beats during the anthem?": one in a sentence asked (round 79; not "Face is
    possibly droopy on the left side", told)."""
    return any(
        a.lower_ in ("sort", "kind") and b.lower_ == "of" for a, b in itertools.pairwise(target)
    ) or (
        any(t.lower_ in _HEDGES_INSIDE for t in target[1:])
        and any(t.text == "?" for t in target.sent[-2:])
    )


_DENIERS = frozenset({"i", "she", "he", "we"})
# (not "Headache I have not had this bad before", "Chest pain I did not have since Monday, but
# today it is back": round 67's review)
_DENIAL_ENDS = frozenset({"anymore", "yet", "either"})
_DENIED_BY = frozenset({"have", "had", "do", "does", "did", "has"})


def _denied_after(target: Span) -> bool:
    """ "Fever I do not have", "Diarrhoea I have not had": the thing named first, opening its
    sentence, then denied at once (German and Dutch word order; round 67)."""
    doc, i = target.doc, target.end
    if target.start != target.sent.start or i + 2 >= len(doc) or doc[i].lower_ not in _DENIERS:
        return False
    if doc[i + 1].lower_ not in _DENIED_BY or doc[i + 2].norm_ != "not":
        return False
    after = i + 3 + (i + 3 < len(doc) and doc[i + 3].lower_ in ("have", "had", "got"))
    # (the denial ends there: not "Pain I do not have the words for")
    return after >= len(doc) or not doc[after].is_alpha or doc[after].lower_ in _DENIAL_ENDS


_ANSWER_MARKS = frozenset({":", "?", "-", "=", "\u2013", "\u2014"})
_NO_ANSWERS = frozenset({"no", "none", "nil", "nope", "n", "0", "0/10", "negative", "neg",
                         "nane", "nah", "\u2717", "\u2718", "\u274c"})  # fmt: skip
_BARE_NO = frozenset({"no", "none", "nil", "nope", "negative", "neg"})
# "Nausea? Not even a whiff of it", "Breathless? Not at all": a "not" that answers no (not
# "Pain? Not too bad", "Sleep: not great", which grade it).
_NOT_ANSWERS = frozenset({"at", "even", "one", "anymore", "any", "really", "in", "today",
                          "this"})  # fmt: skip


def _asked_herself_no(target: Span) -> bool:
    """A question she asks the diary, answered no in the next sentence: "Headache today? No,
    clear as a bell.", "Pain score this morning? Zero, thankfully.", "Is Mum's tummy swollen
    today? No." (round 49)."""
    doc, sent = target.doc, target.sent
    if sent.end >= len(doc) or doc[sent.end - 1].text != "?" or sent.end - target.end > 8:
        return False
    before = target.start - sent.start
    if before > (3 if sent[0].lower_ in _ASKED_OPENINGS else 1):
        return False
    return _answered_next(doc, sent) == "no"


_ASKED_OPENINGS = frozenset({"any", "is", "are", "was", "did", "do", "has", "have", "been"})


def _answered_no(target: Span) -> bool:
    """A form-style note: "SOB: no", "Nausea? None today", "Pain: 0/10"."""
    doc, i = target.doc, target.end
    if i >= len(doc):
        return False
    if _asked_herself_no(target):
        return True
    after = doc[i]
    if after.text in ("N", "N."):  # a form's "Fever N. Cough N." (round 32)
        return after.text == "N." or i + 1 == len(doc) or doc[i + 1].is_punct
    if after.lower_ in _BARE_NO:  # "N/V no. SOB no.": the answer alone (not "no worse")
        if i + 1 == len(doc):
            return True
        # ... and not "Seizure no. 4 since Christmas", a number
        return doc[i + 1].is_punct and not (
            doc[i + 1].text == "." and i + 2 < len(doc) and doc[i + 2].like_num
        )
    if after.text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
        return doc[i + 1].lower_ in _BARE_NO  # "asked about fever (none)"
    if after.lower_ in ("or", "and") and i + 2 < len(doc) and _both_answered_no(doc, i + 1):
        return True  # "Nausea or vomiting: no" (round 67)
    # "any numbness in hands or feet, no; any trouble walking, no." (round 54; not "headache,
    # no fever": a "no" of the next item)
    if after.lower_ in ("or", "and") and i + 3 < len(doc):  # "numbness in hands or feet, no;"
        i = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text == ","), i)
        after = doc[i]
    if after.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in _BARE_NO:
        return i + 2 == len(doc) or doc[i + 2].text in (";", ".", "\n")
    if after.text not in _ANSWER_MARKS:
        return False
    i = _answer_at(doc, i + 1)
    while i < len(doc) and (doc[i].is_space or doc[i].text in _ANSWER_MARKS):
        i += 1
    if after.text == "?":
        # "Tired? Moi? Not one bit": past a word of surprise asked back (round 31)
        if i + 1 < len(doc) and doc[i + 1].text == "?" and doc[i].is_alpha:
            i += 2
        if i + 1 < len(doc) and doc[i].lower_ == "not" and doc[i + 1].lower_ in _NOT_ANSWERS:
            return True
    return i < len(doc) and _answer_word(doc[i]) in _NO_ANSWERS


def _both_answered_no(doc: Doc, start: int) -> bool:
    """ "Nausea or vomiting: no": the next item, then an answer mark and a bare no that ends
    the answer (not "Headache or vomiting: no change", "Seizure and confusion - no idea";
    round 67's review)."""
    # (the next item named or not: "Problems with speech or vision: none")
    mark = start + 1
    while mark < len(doc) and doc[mark].ent_iob_ == "I":
        mark += 1
    while mark < min(start + 4, len(doc)) and doc[mark].is_alpha:
        mark += 1
    if mark + 1 >= len(doc) or doc[mark].text not in _ANSWER_MARKS:
        return False
    i = mark + 1
    return doc[i].lower_ in _BARE_NO and (i + 1 == len(doc) or doc[i + 1].is_punct)


def _list_answered_no(target: Span) -> bool:
    """ "nurse asked any fevers, sob, chest pain? no, no and no.": a list asked as a question,
    answered in the next sentence with nothing but noes (round 22)."""
    doc, sent = target.doc, target.sent
    if sent.end >= len(doc) or doc[sent.end - 1].text != "?":
        return False
    answer = doc[sent.end].sent
    # "They asked: any new back pain? any trouble passing urine? I said no to all of it": a run
    # of questions answered together (round 53)
    for _ in range(6):
        if answer.end >= len(doc) or doc[answer.end - 1].text != "?":
            break
        answer = doc[answer.end].sent
    words = [t.lower_ for t in answer if not t.is_punct and not t.is_space]
    return bool(words) and (
        all(w in _BARE_NO or w in ("and", "to", "all") for w in words)
        or _NO_TO_ALL.match(" ".join(words)) is not None
    )


_NO_TO_ALL = re.compile(
    # "Nurse ask me: any pain in the chest? any trouble breathing? I say no, no." (round 63)
    r"^(?:i |mi |me )?(?:said|say|answered) no(?: no)+$"  # (not "She said no." to advice)
    r"|^(?:(?:i |mi |me )?(?:said|say|answered) )?no to (?:all|both|everything|each)"
    r"|^(?:(?:i |mi |me )?(?:said|say|answered) )?none of (?:it|them|those|that)\b"
)


_ASKING_IF = re.compile(
    r"\b(?:asked|ask|asks|asking|wanted to know|wants to know|want to know)(?: me| us| her)?"
    r"(?: at (?:the )?\w+| on the phone)?"
    r" (?:if|whether|about|any|had i|have i|did i|was i|is my|are my|do i|to rate)\b"
    # "Oncologist asked on phone, is there any seizures", "Doc asked me was there any blood"
    # (round 87; the mention right after "any": not "I asked her is there anything stronger for
    # the chest pain", "Nurse asked is there any chance the chest pain is the heart")
    r"|(?<!\bi )(?<!\bi've )(?<!\bwe )\b(?:asked|asks)(?: me| her)?(?: on (?:the )?phone(?: ,)?)?"
    r" (?:is|was|are) there any$"
    # "She asked all the questions, any weakness in legs, ..., and it was no to all of them"
    # (round 60)
    r"|\b(?:asked|asks|asking) (?:me |her )?(?:all )?the (?:usual |same )?questions\b"
    # "Physio checked for leg weakness and bladder trouble ... No to both" (round 57)
    r"|\b(?:checked|checking|tested|screened)(?: me| her)? for\b"
)
_ANSWER_NO = re.compile(
    r"^(?:(?:honestly|to be honest|well|truthfully),? )?"
    r"(?:no|nope|none|nah|nil|negative|not yet|not at all|all no|all negative|neither|zero"
    r"|nothing|not today|not once|not a (?:bit|twinge|thing)"
    r"|(?:i |mi |me )?(?:said|say|told "
    r"(?:her|him|them)|tell (?:her|him|them)|answered) (?:no|none)"
    # "Any confusion? My husband says no."
    r"|(?:my \w+|he|she) says no"
    # "... any new bone pain, any numbness in legs. I have none of this." (round 74; not "I have
    # none of my inhalers left")
    r"|i (?:have|'ve|ve) (?:got )?none(?: of (?:this|that|them|these|those|it))?$)\b"
)
_ANSWER_YES = re.compile(
    r"^(?:yes|yeah|yep|yup|(?:i |mi |me )?(?:said|say|told (?:her|him|them)|tell (?:her|him|them)|"
    r"answered) yes"
    # "Doctor asked if she has been peeing herself. She said yes, two times this week"; "Nurse
    # asked: breathless? Mum said yes" (round 87)
    r"|(?:she|he|mum|mom|mam|nan|gran|dad) said yes"
    # "Any vomiting? Once, at breakfast.", "asked if I was breathless: only on the stairs"
    r"|once|twice|a little|a bit|only (?:on|when|at|in|a)|sometimes)\b"
)


# An answer she says she gave, in the question's sentence: not "(7/10, no better)".
_ANSWERED_NONE = re.compile(
    # "...: no and no" (round 58)
    r"(?:none|no|nope|nah|neither|nothing)(?: and (?:no|none|nope))*"
    # "..., and no he hasn't" (round 60)
    r"(?: (?:he|she|i) (?:has|had|did|does|is|was|have) n't)?"
    r"(?: (?:of (?:it|that|them|those|the above)|at all|yet|to report|"
    r"so far|this week|this cycle|this time|today|thankfully|i'm pleased to say|"
    # "..., and nope all good" (round 61)
    r"i am pleased to say|all good|all fine|all clear))*"
)
# "... - I don't have none of these" (round 62)
_HAVE_NONE = re.compile(
    r"(?:i |she )?(?:do|did|does) (?:n't|not) have (?:none|any) of (?:these|those|them|it|that)"
)  # (not "I don't have any of those except the cough")
# "I said no", "I could honestly say no" (round 38)
_TOLD = re.compile(
    r"^(?:(?:honestly|truthfully) )?(?:i |mi |me )?(?:(?:could|can|honestly|truthfully|just) )*"
    r"(?:said|say|told (?:her|him|them)|answered) (no|none|yes|not a bit|not at all)\b"
)


_HER_OWN_CLAUSE = frozenset({"since", "after", "because", "with"})
# The words of _ASKING_IF, looked for in a note before the question is read
_ASKING_WORDS = (
    "ask",
    "wanted to know",
    "wants to know",
    "want to know",
    "checked",
    "checking",
    "tested",
    "screened",
)


def _asked_then_answered(target: Span) -> str:
    """ "The nurse asked if I'd had any chest pain. I said no." -> "no"; "... I said yes, since
    Monday." -> "yes": a clinician's question in the mention's sentence, answered at the start of
    the next one (round 27); "" when it is not."""
    doc, sent = target.doc, target.sent
    if target.start >= 2 and doc[target.start - 2].lower_ in _HER_OWN_CLAUSE:
        return ""  # "... checked for leg weakness since my back pain started. No": hers (round 57)
    # "I asked if I should ring if the fever comes back, she said yes": her own question, its
    # answer advice (round 87's review)
    asked = " ".join(t.lower_ for t in doc[sent.start : target.start])
    if _SHE_ASKED.search(asked):
        return ""
    if not _ASKING_IF.search(asked):
        # "Trial nurse called. Had I any shortness of breath, chest pain or fainting since the
        # last dose? None of those." (round 39): the question written as asked, then answered
        if not (sent[-1].text == "?" and _asked_of_her(doc, sent)):
            return ""
        return _answered_next(doc, sent)
    # "... asked about leg weakness and trouble holding my pee, and I said none of that"
    # (round 28): the answer after a comma in the same sentence, or after "and I" ("asked was I
    # short of breath on the stairs and I could honestly say no", round 38); "asked if my legs
    # were weak or numb (no)", "asked if I was breathless: only on the stairs" (round 46)
    first = next(
        (
            t.i
            for t in doc[target.end : sent.end]
            if t.text in (",", ":", "(")
            or (t.lower_ == "and" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "i")
        ),
        None,
    )
    # ... and then after a colon past the list's commas: "Doc asked about coughing up blood,
    # chest pain, breathlessness: none of the above" (round 58)
    # ... or a dash: "Nurse asked about chest pain, breathlessness, any fits - none of that"
    # (round 61)
    colon = next((t.i for t in doc[target.end : sent.end] if t.text in _COLON_DASHES), None)
    for start in dict.fromkeys(i for i in (first, colon) if i is not None):
        said_there = _answer_from(doc, start, sent.end)
        if said_there:
            return said_there
    # "... asked about breathlessness, fever and chest pain and she said no to all three", "...
    # or trouble with my waterworks and I was glad to say no" (round 42)
    rest = " ".join(t.lower_ for t in doc[target.end : sent.end])
    if _SAID_NO_TO_ALL.search(rest):
        return "no"
    return _answered_next(doc, sent)


_COLON_DASHES = frozenset({":", "-", "\u2013", "\u2014"})
_SHE_ASKED = re.compile(r"\b(?:i|i've|we) (?:asked|ask)\b")


def _answer_from(doc: Doc, start: int, end: int) -> str:
    """The answer she says she gave after doc[start] (a comma, a colon, a bracket, "and"):
    "no", "yes" or ""."""
    said = [t.lower_ for t in doc[start + 1 : end] if not t.is_punct]
    answer = " ".join(said[1:] if said[:1] in (["and"], ["but"]) else said)
    told = _TOLD.match(answer)
    if told:
        return "yes" if told.group(1) == "yes" else "no"
    # "... or trouble peeing, none.", "about hair loss, none yet, she says" (round 35)
    clause = [t.lower_ for t in itertools.takewhile(lambda t: not t.is_punct, doc[start + 1 : end])]
    said_first = " ".join(clause[1:] if clause[:1] in (["and"], ["but"]) else clause)
    if _ANSWERED_NONE.fullmatch(said_first) or _HAVE_NONE.fullmatch(said_first):
        return "no"
    if _ANSWER_YES.match(said_first):  # "asked if I have back pain, yes 6/10"
        return "yes"
    return ""


_SAID_NO_TO_ALL = re.compile(
    # "... any headaches, and it was no to all of them" (round 60)
    r"\bit was no to (?:all|both|each|every one|any)(?: of (?:them|those|it))?"
    # ... "and Nan said no to all of them", "I told him no to all of it" (round 71)
    r"|\b(?:i|she|he|we|mum|mom|nan|nana|gran|granny|grandma|mother|mam)"
    r"(?: was| am| 'm| is| 's)?(?: (?:so|very))?"
    r"(?: (?:glad|happy|pleased|relieved|able) to)?"
    r" (?:said|say|says|answered|ticked|put|(?:told|tell) (?:her|him|them|the \w+))"
    r" (?:no|none|zero|nil|0|nought)"
    r"(?: to (?:all|both|each|every one|any)(?: of (?:them|those|it))?(?: (?:three|four|five))?"
    r"| of (?:those|them|these|it|that))?"
    r"(?: (?:this week|today|at all|so far|thankfully|thank god))?"
    r"(?: [.!,]|$)"
)


_ASKED_OF_HER = frozenset({"had", "have", "did", "any"})
_HOW_IT_IS_ASKED = frozenset({"is", "are", "was", "were", "has", "have", "did", "does", "do"})


def _asked_of_her(doc: Doc, sent: Span) -> bool:
    """The question opens its sentence, or follows a colon in it ("Nurse on the phone went
    through the usual list: any fever, breathlessness, chest pain?", round 41; "Nurse asked:
    breathless?", round 87)."""
    return sent[0].lower_ in _ASKED_OF_HER or any(
        doc[i].text == ":"
        and (
            doc[i + 1].lower_ in _ASKED_OF_HER
            # "Nurse asked: breathless? Mum said yes" (round 87; not "Nurse asked: is the
            # chest pain still there?", a question of how it is)
            or (
                i > sent.start
                and doc[i - 1].lower_ in ("asked", "asks")
                and doc[i + 1].lower_ not in _HOW_IT_IS_ASKED
            )
        )
        for i in range(sent.start, sent.end - 1)
    )


def _answered_next(doc: Doc, sent: Span) -> str:
    """The answer at the start of the sentence after a question: "no", "yes" or ""."""
    if sent.end >= len(doc):
        return ""
    answer = " ".join(t.lower_ for t in doc[sent.end].sent if not t.is_punct)
    if _ANSWER_NO.match(answer):
        # "I said no chest pain, but yes I do get breathless": no to one of them only
        return "" if "but" in answer.split() else "no"
    return "yes" if _ANSWER_YES.match(answer) else ""


_ZERO = frozenset({"0", "0/10", "x0", "nil", "none", "zero"})


_SCALE = frozenset({"scale", "score", "rating", "level", ":", "-"})


def _rated_zero(target: Span) -> bool:
    """A list of ratings: "vomiting 0, diarrhea 0", "Fatigue scale: 0", "Pain score 0" (round
    41)."""
    doc, i = target.doc, target.end
    while i < len(doc) and i < target.end + 2 and doc[i].lower_ in _SCALE:
        i += 1
    return i < len(doc) and doc[i].lower_ in _ZERO


def _rated_above_zero(target: Span) -> bool:
    """ "nausea 1/10", "pain 3/10": a rating above none."""
    doc, i = target.doc, target.end
    return (
        i + 1 < len(doc)
        and doc[i].is_digit
        and doc[i].text.strip("0") != ""
        and doc[i + 1].text == "/"
    )


def _queried(target: Span) -> bool:
    """Clinical shorthand "?fx", "?DVT": a question mark written against the word."""
    doc, i = target.doc, target.start
    return i >= 1 and doc[i - 1].text == "?" and not doc[i - 1].whitespace_


_HEDGES = ("not sure", "unsure", "no idea", "can't tell", "cant tell", "hard to tell",
           "hard to say", "not certain", "maybe", "might be", "could be", "or not",
           "imagining", "imagined")  # fmt: skip


_DOUBT = re.compile("|".join(re.escape(hedge) for hedge in _HEDGES[:7]))
_HEDGE = re.compile("|".join(re.escape(hedge) for hedge in _HEDGES))
LOWER_TEXT = "diary_lower_text"  # doc.user_data: the note in lower case, set by the tagger


def lower_text(doc: Doc) -> str:
    text = doc.user_data.get(LOWER_TEXT)
    if text is None:
        text = doc.user_data[LOWER_TEXT] = text_of(doc).lower()
    return text


def _hedged_after(target: Span) -> bool:
    """ "Mine look a bit yellow to me? Not sure.", "Did I have a fit? He thinks so but I'm not
    sure": a short sentence of doubt right after a question, or on its own, about the one
    before."""
    doc = target.doc
    hedged = doc.user_data.get("diary_hedged")
    if hedged is None:  # found once per note: the sentences that a sentence of doubt follows
        hedged = doc.user_data["diary_hedged"] = _doubted_sentences(doc)
    return bool(hedged) and any(
        start <= target.start and target.end <= end for start, end in hedged
    )


# A doubt of the cause a question named ("ears ringing since the new drug? not sure it's
# that"): the guideline leaves a symptom with a hedged cause present.
_CAUSE_DOUBTED = re.compile(r" (?:it 's|it is|its|it s) (?:that|them|this|those|the \w+) [.!]? *$")
_CAUSE_WORDS = frozenset({"after", "since", "from", "because", "with", "on"})
# A sentence of doubt that turns to another thing (round 61)
_ANOTHER_THING = frozenset({"also", "plus", "and", "then", "oh", "btw"})


def _doubted_sentences(doc: Doc) -> list[tuple[int, int]]:
    text = lower_text(doc)
    if not (_DOUBT.search(text) or ("?" in text and _HEDGE.search(text))):
        return []
    doubted = []
    sents = list(doc.sents)
    for before, following in itertools.pairwise(sents):
        if len(following) > 10 or "\n" in doc[before.end - 1].text_with_ws:
            continue
        said = " " + " ".join(t.lower_ for t in following) + " "
        if before[-1].text == "?":
            if _CAUSE_DOUBTED.search(said) and not _CAUSE_WORDS.isdisjoint(
                t.lower_ for t in before
            ):
                continue  # "Muscles ache after the Herceptin? not sure it's that.": the cause
            if following[0].lower_ in _ANOTHER_THING and _other_told(doc, before, following):
                continue  # "lightheaded, might be the heat? also maybe my heart skipped": its own
            if any(f" {hedge} " in said for hedge in _HEDGES):
                doubted.append((before.start, before.end))
            continue
        # "Not sure." on its own ("A teaspoon maybe.", "Maybe just tired." are not doubt)
        alone = len([t for t in following if t.is_alpha]) <= 3
        if alone and any(said.startswith(f" {hedge} ") for hedge in _HEDGES[:7]):
            doubted.append((before.start, before.end))
    return doubted


def _other_told(doc: Doc, before: Span, following: Span) -> bool:
    """Whether the sentence of doubt tells a symptom of its own, none of the one before's
    ("felt kinda lightheaded, might be the heat? also maybe my heart skipped a few beats"; not
    "Was I confused last night? maybe I was tired")."""
    told = {e.label_ for e in doc.ents if following.start <= e.start < following.end}
    return bool(told) and told.isdisjoint(
        e.label_ for e in doc.ents if before.start <= e.start < before.end
    )


_ASKING = frozenset({"can", "could", "does", "do", "will", "might", "may"})
_ASKED_ENDS = frozenset({"but", "though", "tho", "although", "except", "however", "whereas",
                         "yet", "now", "still"})  # fmt: skip


def _asked_if_it_causes(target: Span) -> bool:
    """ "can this drug cause hair loss?", "does the new one give you rashes?": an asking word,
    one to three words, "cause" or "give", then the mention within 8 words."""
    doc = target.doc
    asked = doc.user_data.get("diary_asked_causes")
    if asked is None:  # found once per note, and only in a note with the words
        asked = doc.user_data["diary_asked_causes"] = _causes_asked(doc)
    return any(start <= target.start < end for start, end in asked)


def _causes_asked(doc: Doc) -> list[tuple[int, int]]:
    text = lower_text(doc)
    if "cause" not in text and "give" not in text:
        return []
    scopes = []
    for token in doc:
        if token.lower_ not in ("cause", "give"):
            continue
        i = token.i
        for k in (1, 2, 3):
            if i - k - 1 < 0 or not doc[i - k].is_alpha:
                break
            if doc[i - k - 1].lower_ in _ASKING:
                end = min(token.sent.end, i + 9)
                for j in range(i + 1, end):
                    if doc[j].lower_ in _ASKED_ENDS:
                        end = j
                        break
                scopes.append((i + 1, end))
                break
    return scopes


_HIS = frozenset({"his", "himself"})
_HIS_WORD = re.compile(r"\bhi(?:s|mself)\b")


def _his_own(target: Span) -> bool:
    """ "the striker broke his leg", "Dad hurt his back": the diary's owner is a woman, so a
    part that is "his" in the mention's own words is a man's, unless the note says he is the
    patient."""
    doc = target.doc
    his = doc.user_data.get("diary_his")
    if his is None:  # looked for once per note
        his = doc.user_data["diary_his"] = _HIS_WORD.search(lower_text(doc)) is not None
    return (
        his
        and not _HIS.isdisjoint(doc[i].lower_ for i in range(target.start, target.end))
        and patient_said(doc) != "relative"
        and not a_man_is_the_patient(doc)
    )


_NOTE_FACTS = "diary_note_facts"  # doc.user_data: what status() asks of the whole note


def _note_facts(doc: Doc) -> tuple[bool, bool, bool, bool]:
    """Once per note: whether it has "his", a question of a cause, a question mark, a sentence
    of doubt (each mention's own checks run only where the note has one)."""
    facts = doc.user_data.get(_NOTE_FACTS)
    if facts is None:
        his = doc.user_data.get("diary_his")
        if his is None:
            his = doc.user_data["diary_his"] = _HIS_WORD.search(lower_text(doc)) is not None
        causes = doc.user_data.get("diary_asked_causes")
        if causes is None:
            causes = doc.user_data["diary_asked_causes"] = _causes_asked(doc)
        hedged = doc.user_data.get("diary_hedged")
        if hedged is None:
            hedged = doc.user_data["diary_hedged"] = _doubted_sentences(doc)
        facts = doc.user_data[_NOTE_FACTS] = (his, bool(causes), "?" in text_of(doc), bool(hedged))
    return facts


# A man named in a note that never speaks in the first person ("Gerry had two nosebleeds, then
# he coughed up blood", "Husband very breathless after bathing"): a wife's own note about him, or
# a record kept for him when he is the patient. A red flag so read is asked, never dropped.
_MEN = frozenset({"he", "he's", "hes", "husband", "hubby", "partner", "boyfriend"})
_ASKED_IF_ALONE = frozenset({"HISTORICAL", "NEGATED_EXISTENCE", "HYPOTHETICAL"})
_WHOSE = frozenset({"his", "her", "their", "your", "our", "'s"})
_SPEAKS_FOR_HERSELF = frozenset(
    {"i", "i'm", "im", "i've", "ive", "i'd", "i'll", "my", "myself", "me", "mine"}
)
_HER_OWN_WORDS = _SPEAKS_FOR_HERSELF - {"me"}  # "calling me by her brother's name" is not hers
# a relative named beside him tells a family's history ("Dad had a fit when he had his brain
# tumour", "His father also got very confused")
_OTHER_RELATIVES = RELATIVES - _MEN


def _counted_red_flag(target: Span) -> bool:
    """A red flag, severe pain of any kind among them: asked when its owner is in doubt."""
    return target.label_ in RED_FLAG_SLUGS or target.label_ in PAIN_SLUGS


_WIFE = frozenset({"wife", "wife's", "missus", "missis", "wifey"})
_ONE_CARED_FOR = frozenset(
    {"daughter", "girlfriend", "roommate", "room-mate", "flatmate", "housemate"}
)


def _one_cared_for(doc: Doc, start: int) -> bool:
    """ "my daughter", "Ma flatmate": not "my little daughter", "My daughter (7)", "Jo's
    girlfriend"."""
    if not (
        doc[start].lower_ in _ONE_CARED_FOR and start and doc[start - 1].lower_ in ("my", "ma")
    ):
        return False
    after = doc[start + 1 : start + 4]
    return not any(t.text.isdigit() and int(t.text) < 18 for t in after)


_CARED_FOR_NOW = CARED_FOR_WORDS | {
    "mammy", "papa", "grandpa", "grandmother", "grandfather", "daddy", "pop", "pops",
    "gogo",  # a Zimbabwean or South African grandmother (round 70)
}  # fmt: skip
_TAKEN_IN_NOW = re.compile(
    r"\b(?:called|rang|ringing|phoned|dialled|calling|phoning)(?: the)? (?:999|911|112|111|"
    r"an ambulance|ambulance|out of hours|out-of-hours|ooh|triage|acute oncology|hotline|"
    r"nurse line|on-call|on call|chemo line|24 ?hr line|24 hour line)"
    r"|\bambulance (?:is )?(?:on its way|on way|on the way|coming|called)"
    # "EMS on the way", "paramedics are coming" (round 60)
    r"|\b(?:ems|paramedics) (?:is |are )?(?:on the way|on their way|coming|called)"
    r"|\b(?:taking|took|driving|rushed|bringing|brought) (?:her|him)"
    r" (?:in|to (?:a&e|a & e|the er|hospital|the hospital|emergency))\b"
    # "Doctor on call said bring her to A&E now", "We are going to the teaching hospital"
    # (round 59; not "bring her in if ...", "I am going to the hospital for my scan")
    r"|\bbring (?:her|him) (?:in|to (?:a&e|a & e|the er|hospital|the hospital|emergency))"
    r" (?:now|straight away|right away|immediately)\b"
    # "We call ambulance", "we go to emergency now" (English as a second language, round 63)
    # (opening a sentence: not "when it's bad we call an ambulance", "now and then")
    r"|(?:^|[.!?;] )(?:so |then )?(?:we|i) call (?:an |the )?(?:ambulance|999|911|112|10177)\b"
    r"|(?:^|[.!?;] )(?:so |then )?we go (?:to )?(?:the )?(?:hospital|emergency|er|a&e) now"
    r"(?:[.!,]|$)"
    r"|\b(?:we're|we are|we're on our way|we are on our way) (?:going |heading )?to"
    r" (?:the )?(?:teaching |general |district )?(?:hospital|a&e|a & e|emergency)\b"
    # "We are at Mpilo casualty now" (round 70)
    r"|\b(?:we're|we are) (?:at|in) (?:the )?(?:\w+ )?(?:casualty|a&e|a & e|emergency)"
    r" now\b"
)


def _asked_not_theirs(target: Span) -> bool:
    """A red flag read as someone else's only by words that may name the patient: asked, never
    dropped. "he" or a partner in a note with no word of the writer's own (round 38), or "our"
    or "wee" before a name when the writer says nothing of herself ("Brother writing. Our Jen's
    been confused since teatime": a sister's, or the patient's own; round 39)."""
    modifiers = [m for m in target._.modifiers if m.category == "FAMILY"]
    if (
        not modifiers
        or not _counted_red_flag(target)
        or not _ASKED_IF_ALONE.isdisjoint(m.category for m in target._.modifiers)
    ):
        return False  # "He's not short of breath", "Dad had a stroke in 2015"
    doc = target.doc
    if all(doc[m.modifier_span[0]].lower_ in ("our", "wee") for m in modifiers):
        return not any(t.lower_ in _HER_OWN_WORDS for t in doc)
    # "Fri 19th. Mam's personality has changed ... She doesn't know what year it is": a note of
    # her mother with no word of the writer's own is a carer's of the patient as often as a
    # daughter's of her mother (round 44); and of her father ("Dad very short of breath today
    # even sitting. Oxygen machine on.", round 60)
    # (else on to the checks below, round 63: a parent taken in now is asked even in a note of
    # the writer's own words, unless she tells of her own body: "My father is breathless
    # tonight ... We call ambulance", "My mum had chest pain last night so I called an
    # ambulance")
    for parent in (_MOTHER, _FATHER):
        if (
            all(_the_parent_alone(doc, m.modifier_span[0], parent) for m in modifiers)
            and "not the patient" not in lower_text(doc)
            and not any(
                t.lower_ in _SPEAKS_FOR_HERSELF
                or t.lower_ in _WE
                or (t.lower_ in RELATIVES and t.lower_ not in parent)
                for t in doc
            )
        ):
            return True
    # "My wife's speech is slurred since the afternoon": a husband who writes of his wife writes
    # of the patient as often as not (round 49)
    if all(
        doc[m.modifier_span[0]].lower_ in _WIFE
        and not (m.modifier_span[0] and doc[m.modifier_span[0] - 1].lower_ in _WHOSE)
        for m in modifiers
    ):
        return True  # (not "My brother's wife")
    # "Ma daughter say she no fit catch her breath ... We dey go emergency": a parent who writes
    # of a grown daughter, a partner of his girlfriend or a flatmate of hers writes of the
    # patient as often as not when the note has no other word of the writer's own (round 61)
    if all(_one_cared_for(doc, m.modifier_span[0]) for m in modifiers) and not any(
        (t.lower_ in _OTHER_RELATIVES and t.lower_ not in _ONE_CARED_FOR)
        or (
            t.lower_ in _SPEAKS_FOR_HERSELF
            and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _ONE_CARED_FOR)
        )
        for t in doc
    ):
        return True  # (not "My daughter has the flu with a fever so I'm staying away from her")
    # "Dad's words came out all wrong at tea ... Called 999", "Mama is confused since morning
    # ... We are taking her to the hospital now": one she may care for, taken in for it now
    # (round 54)
    if (
        all(
            doc[m.modifier_span[0]].lower_ in _CARED_FOR_NOW
            and not (m.modifier_span[0] and doc[m.modifier_span[0] - 1].lower_ in _WHOSE)
            for m in modifiers
        )
        and _TAKEN_IN_NOW.search(lower_text(doc))
        # (not "My dad had a heart attack with chest pain just like this. Mine is a tight band
        # ... Ambulance called": hers, round 63)
        and not _her_own_told(doc, target)
    ):
        return True
    if a_man_is_the_patient(doc) or any(t.lower_ in _OTHER_RELATIVES for t in doc):
        return False
    # "My husband has coughed up blood, about a cupful. He is breathless and sweating.": a wife
    # who tells nothing of her own body writes of him, the patient as often as not (round 46;
    # round 38 asked only where the note had no word of hers at all)
    if any(t.lower_ in _SPEAKS_FOR_HERSELF for t in doc) and _her_own_told(doc, target):
        return False
    return all(_the_man_alone(doc, *m.modifier_span) for m in modifiers)


def _his_asked(target: Span) -> bool:
    """ "Mike has had pain under his right ribs since Thursday", "My husband's legs are weak": a
    red flag of "his" part in a note where the writer tells nothing of her own body and of no
    one else is asked, never dropped (round 46: a wife writes of her husband, the patient as
    often as not)."""
    doc = target.doc
    return (
        _counted_red_flag(target)
        and _ASKED_IF_ALONE.isdisjoint(m.category for m in target._.modifiers)
        and not any(t.lower_ in _OTHER_RELATIVES for t in doc)
        and not _her_own_told(doc, target)
    )


def _her_own_told(doc: Doc, target: Span) -> bool:
    """Whether the writer tells of her own body: another mention in her own words ("I've a
    stinking cold myself"), or that she is well ("I'm fine, temp 36.7", "Me, I'm fine for
    once", "I am the one nursing him")."""
    return _SHE_IS_WELL.search(lower_text(doc)) is not None or any(
        e.start != target.start and e.label_ != "NOT_A_SYMPTOM" and subject(e) == "first"
        for e in doc.ents
    )


_SHE_IS_WELL = re.compile(
    r"\b(?:i'm|i am|im|i feel|i felt|me,?|me:)\s+(?:\w+ )?(?:fine|ok|okay|well|good|grand|alright"
    r"|champion)\b|\bmy own\b|\b(?:nursing|looking after|keeping an eye on|steering clear of) him\b"
    r"|\bsteering clear\b|(?:^|[.!?] )me[:,]"
)


_MOTHER = frozenset({"mum", "mam", "mom", "ma", "mother", "mammy", "mummy", "mommy", "momma"})
# (the fathers of tagging_rules' _HIM, and the "Pop" of the American South)
_FATHER = frozenset({"dad", "daddy", "father", "papa", "pa", "pop", "pops"})
_WE = frozenset({"we", "us", "our", "we're", "we've"})


def _the_parent_alone(doc: Doc, start: int, parent: frozenset[str]) -> bool:
    """ "Mam", "Mam's", "Dad": not "Jo's mum", "her father"."""
    return doc[start].lower_ in parent and not (start and doc[start - 1].lower_ in _WHOSE)


def _the_man_alone(doc: Doc, start: int, end: int) -> bool:
    """ "he", "Husband": not "His father", "Jo's husband", nor "Hubby's back" (a part of his)."""
    return (
        doc[start].lower_ in _MEN
        and not (start and doc[start - 1].lower_ in _WHOSE)
        and not (end < len(doc) and doc[end].lower_ == "'s")
    )


def _record_dated(target: Span) -> set[str]:
    """The categories without a day that dates a care record ("Tues 19:00 - Nora vomited x2")."""
    opening, doc = care_record(target.doc), target.doc
    return {
        m.category
        for m in target._.modifiers
        if m.category != "HISTORICAL" or doc[m.modifier_span[0]].idx >= opening
    }


# A diary picked up after a gap (round 47's review): "Back to the diary after four days", "Week
# off from writing", "Catching up on three days", "Ten days since I last wrote", "Haven't
# written since the infusion". What it tells of the days between, in a sentence told in the
# past ("was", "had", "settled", a weekday, "day two", "last week"), is past, unless its own
# clause says it is still there ("still", "today", "now").
_CAUGHT_UP = re.compile(
    r"\b(?:catching up(?! on (?:sleep|rest|with))|catch-up|catch up on|"
    r"back to (?:the |my |this )?(?:diary|writing)|"
    r"back after (?:a|the)\b|after a (?:gap|break)|gap\b|missed (?:a|a few|\w+) (?:days?|weeks?|"
    r"entries)|(?:week|weeks|days|fortnight) off (?:from )?(?:writing|the diary)|since i last "
    r"wrote|haven'?t (?:written|put pen|touched this|been writing|been on here)|wrote nothing|"
    r"(?:been )?away from (?:the|my|this) diary|been a while|first entry (?:in|since)|picked "
    r"(?:the|my|this) diary (?:back )?up|no entries since|didn'?t write|finally writing again|"
    r"not written (?:for|since|in)|off the diary)"
)
_TOLD_IN_THE_PAST = re.compile(
    r"\b(?:was|were|had|went|started|lasted|peaked|stopped|cleared|settled|eased|sorted|faded|"
    r"lifted|passed|began|flattened|ached|cracked|bled|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|day (?:one|two|three|four|five|\d)|week (?:one|two|\d)|the first week|"
    r"last week|the weekend|\d{1,2}(?:st|nd|rd|th))\b"
)
_STILL_THERE = re.compile(
    r"\b(?:still|today|now|tonight|this (?:morning|afternoon|evening|week)|at the moment|"
    r"currently|again|these days|since (?:last night|yesterday|this)|i'?ve|i have|is|are|am|"
    r"'m|has|have|keeps?)\b"
)
_DAYS_CLAUSE = _CLAUSE_BREAKS | {":", "although"}


# A day gone by told hour by hour after a heading (round 49's review): "Last Wednesday, written
# late: 9am breathless, 11am oxygen", "This time last month, the worst day: 7am fever, 10am
# rigors". Everything after the heading's colon is that day's.
_A_DAY_GONE = re.compile(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|\w+ (?:days|weeks|months|years) ago|anniversary|"
    r"the day of|the worst day|this time last)\b"
)
# ... not "Worse than last week: I had a seizure this morning", "Compared with last week:"
_NOT_GONE = re.compile(
    r"\b(?:today|tonight|now|this morning|this afternoon|this evening|than|compared|since)\b"
)


def _a_day_gone_by(target: Span) -> bool:
    doc, sent = target.doc, target.sent
    colon = next((t.i for t in doc[sent.start : target.start] if t.text == ":"), None)
    if colon is None:
        return False
    return bool(_A_DAY_GONE.search(doc[sent.start : colon].text.lower())) and not _NOT_GONE.search(
        sent.text.lower()
    )


def _caught_up(target: Span) -> bool:
    """A mention of the days a diary picked up after a gap tells of (above)."""
    doc = target.doc
    after_a_gap = doc.user_data.get("diary_caught_up")
    if after_a_gap is None:
        opening = next(iter(doc.sents)).text.lower() if doc.has_annotation("SENT_START") else ""
        after_a_gap = bool(_CAUGHT_UP.search(opening))
        doc.user_data["diary_caught_up"] = after_a_gap
    if not after_a_gap:
        return False
    sent = target.sent
    start, end = target.start, target.end
    while start > sent.start and doc[start - 1].lower_ not in _DAYS_CLAUSE:
        start -= 1
    while end < sent.end and doc[end].lower_ not in _DAYS_CLAUSE:
        end += 1
    return bool(_TOLD_IN_THE_PAST.search(sent.text.lower())) and not _STILL_THERE.search(
        doc[start:end].text.lower()
    )


def status(target: Span) -> str:
    """The strongest status the modifiers give, in the guideline's precedence."""
    his, causes, asked, hedged = _note_facts(target.doc)
    categories = {modifier.category for modifier in target._.modifiers}
    if "HISTORICAL" in categories and care_record(target.doc):
        categories = _record_dated(target)
    if "FAMILY" in categories and _her_relative_says(target):
        categories.discard("FAMILY")
    # The two strongest need no more checks.
    his_own = his and _his_own(target)
    if "FAMILY" in categories or his_own or another_speakers(target):
        if _asked_not_theirs(target) or (his_own and _his_asked(target)):
            return "uncertain"
        return STATUS_BY_CATEGORY["FAMILY"]
    if someone_elses(target):  # by who writes the note (diary/tagging_whose.py)
        # a red flag is asked, never dropped: the words may still be hers
        return "uncertain" if _counted_red_flag(target) else "family"
    text = lower_text(target.doc)
    answered = (
        _asked_then_answered(target) if asked or any(w in text for w in _ASKING_WORDS) else ""
    )
    if answered == "no":
        return STATUS_BY_CATEGORY["NEGATED_EXISTENCE"]
    # (and "If I walk up the stairs I get breathless")
    if answered == "yes" or ("HYPOTHETICAL" in categories and _what_follows_if(target)):
        categories.discard("HYPOTHETICAL")
    if (
        "HYPOTHETICAL" in categories
        or (causes and _asked_if_it_causes(target))
        or _could_break(target)
        or _feared(target)
    ):
        return STATUS_BY_CATEGORY["HYPOTHETICAL"]
    answered_no = (
        _answered_no(target)
        or _rated_zero(target)  # "Nausea? None today"
        or (asked and _list_answered_no(target))
    )
    if asked and _queried(target):
        categories.add("POSSIBLE_EXISTENCE")
    if (
        ((asked and _is_short_question(target)) or (hedged and _hedged_after(target)))
        and not answered_no
        and answered != "yes"
    ):  # "Any vomiting? Once, after lunch." (round 46)
        categories.add("POSSIBLE_EXISTENCE")
    if (
        target.label_ in DOUBTED
        or _hedged_inside(target)
        or _queried_by_mark(target)
        # "Heart racing or fainting? no." is answered (round 58)
        or (_one_or_the_other(target) and not answered_no)
    ):
        categories.add("POSSIBLE_EXISTENCE")
    if target.label_ in _EVENTS_DATED and _yesterdays(target):
        categories.add("HISTORICAL")
    if _caught_up(target) or _a_day_gone_by(target):
        categories.add("HISTORICAL")
    if "NEGATED_EXISTENCE" in categories and (
        _rated_above_zero(target) or _the_reason_denied_for(target)
    ):
        categories.discard("NEGATED_EXISTENCE")  # "nil vomiting, nausea 1/10": rated, so there
    if (
        target.label_.endswith(NEGATED)
        or _after_auxiliary_not(target)
        or _denied_after(target)
        or answered_no
    ):
        categories.add("NEGATED_EXISTENCE")

    for category in _PRECEDENCE:
        if category in categories:
            return STATUS_BY_CATEGORY[category]
    return "present"


# "If I walk up the stairs I get breathless", "Every night if I lie down too soon I get a burning
# pain in my chest": what comes of it, each time, is hers (round 74); not what the "if" asks
# about ("If I get breathless I should ring"), nor a chain of conditions ("If I get a fever I
# feel shivery").
_IF_CUES = frozenset({"if", "if i", "if she"})
_WHAT_COMES = frozenset({"get", "gets", "feel", "feels", "start", "starts"})
# "Terrified of getting seizures" (below), "I am worried I get chest pain on the plane"
_FEARS = frozenset({"scared", "terrified", "frightened", "afraid", "worried", "petrified"})
# (not what she goes to have checked: "If I fall I go to A&E to check for a fracture")
_NOT_WHAT_COMES = _FEARS | {"for", "check", "checked", "about", "ask", "asks", "to"}
_THEN_WHO = frozenset({"i", "she", "it", "my"})
_STILL_IN_IF = frozenset({"or", "and", "but", ",", "if", "when", "that"})


def _what_follows_if(target: Span) -> bool:
    doc = target.doc
    if target.sent[-1].text == "?":
        return False  # "If I start the new tablets do I get confused on them?"
    conditions = [m for m in target._.modifiers if m.category == "HYPOTHETICAL"]
    for m in conditions:
        start, end = m.modifier_span
        if doc[start:end].text.lower() not in _IF_CUES:
            return False  # another condition too: "If I go in I'm scared they'll find a fracture"
        if end >= target.start or doc[start].sent.start != target.sent.start:
            return False
        # the main clause: "I get", "I feel", after at least one word of the "if" clause
        then = next(
            (
                i
                for i in range(end + 1, target.start - 1)
                if doc[i].lower_ in _THEN_WHO
                and doc[i + 1].lower_ in _WHAT_COMES
                # (not the "if" clause's own "or": "if its more than a spoonful or she gets
                # breathless")
                and doc[i - 1].lower_ not in _STILL_IN_IF
            ),
            None,
        )
        if then is None or not _NOT_WHAT_COMES.isdisjoint(
            t.lower_ for t in doc[then + 2 : target.start]
        ):
            return False
        # (a fear: "If we go on holiday I am worried I get chest pain on the plane")
        if not _FEARS.isdisjoint(t.lower_ for t in doc[end:then]):
            return False
        # (a chain of conditions: a symptom in the "if" clause itself)
        if any(end <= e.start < then for e in doc.ents if e.label_ != "NOT_A_SYMPTOM"):
            return False
    return bool(conditions)


# "Terrified of getting seizures", "Worried of getting neuropathy": the fear word is itself read
# (anxiety), so ConText's "scared of getting" cannot take it (round 74)
_OF_GETTING = frozenset({"getting", "developing"})
_HERS_ALREADY = frozenset({"again", "back", "checked", "looked", "seen", "investigated", "had",
                           "'ve", "already", "every", "more", "today", "tonight",
                           "still"})  # fmt: skip


def _feared(target: Span) -> bool:
    """(not what she has and fears having checked or coming back: "Scared of getting the chest
    pain again, it came back last night", "Worried of having the breathlessness checked";
    round 74's review)"""
    doc, i = target.doc, target.start - 1
    if i >= 0 and doc[i].lower_ in ("a", "any"):
        i -= 1
    # "Im always scared of my legs going weak.": a part of her and what it may do, the sentence
    # ending there (round 83; not "scared of my chest pain", "scared of my legs giving way, they
    # nearly went this morning", round 83's review)
    gerund = (
        doc[i].lower_ in ("my", "her")
        and any(t.lower_.endswith("ing") for t in target[1:])
        and all(t.is_punct for t in doc[target.end : target.sent.end])
    )
    return (
        i >= 2
        and (doc[i].lower_ in _OF_GETTING or gerund)
        and doc[i - 1].lower_ == "of"
        and doc[i - 2].lower_ in _FEARS
        and _HERS_ALREADY.isdisjoint(t.lower_ for t in target.sent)
    )


_BECAUSE_OF = (("because", "of"), ("cos", "of"), ("coz", "of"), ("cause", "of"), ("due", "to"))
# (the tokenizer splits "cannot", "couldn't" and "cant": can|not, could|n't, ca|nt)
_CAN = frozenset({"can", "could", "ca", "unable"})


def _cannot(doc: Doc, start: int, end: int) -> bool:
    """ "cannot", "couldn't", "not able to": what she cannot do (not "No admissions due to
    chest pain", "Not had to stop the chemo because of fever": round 73's review)."""
    return (
        doc[start].lower_ in _CAN
        or (start > 0 and doc[start - 1].lower_ in _CAN)
        or (end < len(doc) and doc[end].lower_ == "able")
    )


def _the_reason_denied_for(target: Span) -> bool:
    """ "I cannot even carry the bag from the market because of the neck pain": the denial is
    the carrying's, the pain its reason (round 73)."""
    doc = target.doc
    denials = [
        m.modifier_span[1]
        for m in target._.modifiers
        if m.category == "NEGATED_EXISTENCE"
        and m.modifier_span[1] <= target.start
        and _cannot(doc, *m.modifier_span)
    ]
    return bool(denials) and all(
        any((doc[i].lower_, doc[i + 1].lower_) in _BECAUSE_OF for i in range(end, target.start - 1))
        for end in denials
    )


def _one_or_the_other(target: Span) -> bool:
    """ "Hot flush or the Christmas jumper?", "Chest pain or indigestion from the pudding?": a
    question that opens with the mention and offers another cause (round 55)."""
    doc, sent = target.doc, target.sent
    return (
        target.start == sent.start
        and target.end < sent.end
        and doc[target.end].lower_ == "or"
        and doc[sent.end - 1].text == "?"
    )


def _queried_by_mark(target: Span) -> bool:
    """A clinician's "?rib fracture", "?pathological fracture": a question mark written onto
    the mention is a query (round 55)."""
    doc, i = target.doc, target.start - 1
    while i >= target.start - 3 and i > 0 and doc[i].is_alpha:  # "?pathological fracture"
        i -= 1
    # "brief shaking episode at 10am, ? seizure" (round 58): a mark that follows a comma
    return (
        i >= 0
        and doc[i].text == "?"
        and (not doc[i].whitespace_ or (i > 0 and doc[i - 1].text in (",", ";", "(")))
    )


_TITLES = frozenset({"mrs", "mr", "ms", "miss", "mx"})
_SAYS = frozenset({"says", "said", "reports", "reported", "tells", "told", "thinks", "feels"})


def _her_relative_says(target: Span) -> bool:
    """ "Care worker note: Mrs Mweemba's granddaughter says she has been wetting herself": the
    relative of a woman named with her title tells of her, the one the note is kept for (round
    51; not "Jimmy's wife says she has a cold")."""
    doc = target.doc
    modifiers = [m for m in target._.modifiers if m.category == "FAMILY"]
    for m in modifiers:
        start, end = m.modifier_span
        if not (
            start >= 3
            and doc[start - 1].lower_ in ("'s", "\u2019s")
            and doc[start - 3].lower_.rstrip(".") in _TITLES
            and end < len(doc)
            and doc[end].lower_ in _SAYS
        ):
            return False
    return bool(modifiers)


_EVENTS_DATED = frozenset({"seizure", "fracture"})
_EARLIER_DAYS = frozenset({"yesterday", "night", "week", "weekend", "monday", "tuesday",
                           "wednesday", "thursday", "friday", "saturday", "sunday"})  # fmt: skip


def _yesterdays(target: Span) -> bool:
    """ "after yesterday's seizure", "still rattled by last night's fit": an event of a day gone
    by (round 45; a symptom's "yesterday's headache is still here" is today's)."""
    doc, i = target.doc, target.start
    return i >= 2 and doc[i - 1].lower_ in ("'s", "s") and doc[i - 2].lower_ in _EARLIER_DAYS


_COULD = frozenset({"could", "might", "may", "can", "will"})


def _could_break(target: Span) -> bool:
    """ "the surgeon thinks it could fracture" (round 42), "the steroids may keep me awake"
    (round 45's review): what may come, the mention's own verb right after the word."""
    return (
        target.start > 0
        and target.doc[target.start - 1].lower_ in _COULD
        and (
            (target.label_ == "fracture" and target[0].lower_ in _BREAKS)
            or target[0].lower_ == "keep"
        )  # not "could my wrist be broken?", a question
    )


_BREAKS = frozenset({"fracture", "break", "snap", "crack"})


def _near(a: Span, b: Span) -> bool:
    """Within NEAR_TOKENS words of each other, in one clause (a cough right beside the blood:
    "blood after a coughing fit" is both)."""
    if a.sent.start != b.sent.start:
        return False
    if a.label_ == "pain" and _everywhere(a):
        return False  # "Pain everywhere - bone pain, back pain": a pain of its own
    between = a.doc[a.end : b.start] if a.end <= b.start else a.doc[b.end : a.start]
    most = NEAR_TOKENS
    if a.label_ == "cough" and a[-1].lower_ in ("fit", "fits", "bout", "spell"):
        most = 0
    if len(between) <= most and not any(t.lower_ in _CLAUSE_BREAKS for t in between):
        return True
    # "mouth sores back, hurts to eat", "jab site is red and lumpy, sore to touch": a pain word
    # with no place of its own, after the specific item and over a comma, says how it feels.
    # Not "sore mouth, sore everything" nor "knees hurt, everything hurts": a pain of its own.
    # ... and "it hurts" after it: "Sore mouth, it hurts too much to chew", "feet are peeling
    # and red on the bottoms and the palms too, it hurts to hold the buggy" (round 53)
    doc = a.doc
    told_as_it = a[0].lower_ == "it"
    return (
        a.label_ == "pain"
        and b.end <= a.start
        and len(between) <= (14 if told_as_it else 6)
        and all(t.lower_ in _PAIN_ONLY for t in a[int(told_as_it) :])
        and not any(t.lower_ in _CLAUSE_BREAKS and t.text != "," for t in between)
        and (
            doc[a.start - 1].text == ","
            or doc[a.start - 1].lower_ in _HOW_IT_HURTS
            or (told_as_it and doc[a.start - 1].lower_ in ("to", "too"))
        )
        and (a.end == len(doc) or not doc[a.end].is_alpha or doc[a.end].lower_ in _AFTER_PAIN)
    )


def _everywhere(pain: Span) -> bool:
    """ "pain everywhere", "aching all over" """
    doc, i = pain.doc, pain.end
    if i < len(doc) and doc[i].lower_ == "everywhere":
        return True
    return i + 1 < len(doc) and doc[i].lower_ == "all" and doc[i + 1].lower_ == "over"


_PAIN_ONLY = frozenset(
    {*tagging_patterns.PAIN_WORDS, "pains", "aches", "hurts", "hurting", "sore", "soreness"}
)
_HOW_IT_HURTS = frozenset(
    {"dull", "sharp", "really", "very", "so", "bit", "a", "quite", "little", "constant",
     "nagging", "mild", "bad", "and", "still", "also"}
)  # fmt: skip
_AFTER_PAIN = frozenset(
    {"to", "when", "if", "on", "at", "now", "today", "tonight", "again", "still", "too"}
)


# A generic item beside a specific one says the same thing: "calf swollen" is not swelling too.
COVERED_BY = {
    "pain": SPECIFIC_PAIN,
    "swelling": frozenset({"calf-swelling", "injection-site-reaction"}),
    "weakness": frozenset({"leg-weakness"}),
    "cough": frozenset({"coughing-up-blood"}),
}


def _named_nearby(ent: Span) -> bool:
    """ "they feel heavy" is about the legs only when legs were named just before (in its
    sentence or the one before); "cant climb the stairs" also when they are named after it in
    its sentence ("I couldnae get up the stair, legs were like lead")."""
    doc = ent.doc
    wanted = ANTECEDENTS[ent.label_]
    sent = ent.sent
    start = doc[sent.start - 1].sent.start if sent.start else 0
    end = sent.end if ent.label_ in (LEGS_NEARBY, CONTROL_NEARBY) else ent.start
    return any(t.lemma_ in wanted for t in doc[max(start, ent.start - 30) : min(end, ent.end + 20)])


def _in_english(doc: Doc) -> bool:
    """Whether the note is written in English, by its small words (round 31): "Dolor de cabeza
    since I woke up" is, "Hoy tengo mucho dolor de espalda" is not."""
    said = doc.user_data.get("diary_english")
    if said is None:
        words = [t.lower_ for t in doc]
        english = sum(w in tagging_shorthand.ENGLISH_SMALL_WORDS for w in words)
        said = english >= sum(w in tagging_shorthand.OTHER_SMALL_WORDS for w in words)
        doc.user_data["diary_english"] = said
    return said


def _foreign(ent: Span) -> bool:
    """A word of another language ("fiebre") in a note that is not in English."""
    return (
        ent[0].lower_ in tagging_shorthand.CODE_SWITCHED_FIRSTS
        and ent.text.lower() in tagging_shorthand.CODE_SWITCHED_PHRASES
        and not _in_english(ent.doc)
    )


def mentions_of(doc: Doc) -> list[Span]:
    """The doc's symptom spans, without a generic one that a specific item beside it covers."""
    graph = doc._.context_graph  # ConText's targets are the doc's entities it just read
    found = doc.ents if graph is None else graph.targets
    ents = [
        e for e in found if (e.label_ not in ANTECEDENTS or _named_nearby(e)) and not _foreign(e)
    ]
    if any(e.label_ == PART_BEFORE for e in ents):
        ents = [part for part in map(_its_part, ents) if part is not None]
    labels = [e.label_ for e in ents]  # each read once
    kept = [
        e
        for e, label in zip(ents, labels, strict=True)
        if label not in COVERED_BY
        or not any(
            other in COVERED_BY[label] and _near(e, o)
            for o, other in zip(ents, labels, strict=True)
        )
    ]
    if KEPT_DOWN in labels:
        kept = [e for e in kept if e.label_ != KEPT_DOWN or not _sick_in_its_sentence(e, kept)]
    if any(label in _WHAT_IT_LOOKED_LIKE for label in labels):
        kept = _told_once(doc, kept)
    if any(e.label_ == "joint-pain" for e in kept) and any(
        SPLIT_LABELS.get(e.label_, (e.label_,))[0] == "fracture"
        and (graph is None or _a_break_of_now(e))
        for e in kept
    ):
        kept = [_broken_joint(e) for e in kept]
    return kept


# Words quoted as words, not said of herself (round 43's review): what the phone typed for
# what she said ("Phone wrote 'my legs are weak' when I said 'my eggs are cheap'", "Siri put
# 'nausea' for 'Nashua'"), a song, a band, a film or a crossword's answer ("Listening to
# 'Fever' by Peggy Lee", "14 across was 'MIGRAINE'").
_QUOTE_MARK = re.compile("['\"\u2018\u2019\u201c\u201d]")
_QUOTED = re.compile(r"(?<!\w)['\u2018\"\u201c](.{1,60}?)['\u2019\"\u201d](?!\w)")
_QUOTED_AS_WORDS = re.compile(
    r"\b(?:when i said|i'd said|i had said|but i said|i meant|meant to be|meant to say|"
    r"should have said|should have been|instead of|tried to say|"
    r"(?:phone|siri|alexa|dictation|voice to text|talk to text|autocorrect|voice note|"
    r"voice typing) (?:typed|wrote|put|heard|made|changed)|"
    r"songs?|radio|band|album|sang|singing|film|movie|book called|crossword|across|"
    # a line taken back (round 46's review): "Scratch the 'fever' from this morning", "That
    # 'swollen' was my finger", "Ticked 'mouth sores' but that was the old chart"
    r"scratch|ignore|disregard|erase|crossed out|struck off|strike|take back|correction|"
    r"wrong (?:box|column|page|spot|date|row|day|chart)|meant for|meant to go|old chart|oops|"
    r"was the|was my|wasn't me|not me|realised|realized|but meant|but i was)\b"
    r"|['\u2019\"\u201d] (?:for|meaning) ['\u2018\"\u201c]"
)


def quoted_as_words(text: str) -> list[tuple[int, int]]:
    """Where a note quotes words as words: [(start, end)] character offsets in the text as
    written (the pipeline's text has the quotes around a few words blanked), or nothing."""
    if not _QUOTE_MARK.search(text) or not _QUOTED_AS_WORDS.search(text.lower()):
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


# How an event already named looked to those beside her: "had a seizure, arms jerking", "she
# was confused, calling me by her brother's name". Writers label the event once, not each word
# that tells how it went (round 28: 35 such second readings were extra in the dev files, 4
# were labelled beside the event's name; a second sign of the same item said in its own words
# stays: "confused and didn't know where she was", "very drowsy, hard to rouse").
_WHAT_IT_LOOKED_LIKE = {
    "seizure": frozenset(
        {"jerking", "jerked", "jerks", "shaking", "shook", "twitching", "twitched", "stiff"}
    ),
    "confusion": frozenset({"name"}),
}


REACHES = "diary_reaches"  # doc.user_data: (start, end) of a mention -> the char its text ends


def _told_once(doc: Doc, ents: list[Span]) -> list[Span]:
    """Each mention that only tells how an event named before it in its sentence (with the same
    status, or someone else's with nothing of hers between: "Dad had a fit, arms jerking")
    looked is dropped, and the event's mention reaches to its end: "had a fit at 6pm, shaking
    all over" is one mention of a seizure, whichever words a reader marks."""
    kept = []
    reaches: dict[tuple[int, int], int] = doc.user_data.setdefault(REACHES, {})
    for ent in ents:
        words = _WHAT_IT_LOOKED_LIKE.get(ent.label_)
        if not words or not any(t.lower_ in words for t in ent):
            kept.append(ent)
            continue
        named = next(
            (
                e
                for e in kept
                if e.label_ == ent.label_
                and e.end <= ent.start
                and e.sent.start == ent.sent.start
                and not any(t.lower_ in words for t in e)
                and _same_event(e, ent)
            ),
            None,
        )
        if named is None:
            kept.append(ent)
        else:
            reaches[(named.start, named.end)] = ent.end_char
    return kept


_HERS_AGAIN = frozenset({"my", "i", "i'm", "me", "but", "though", "tho", "although"})


def _same_event(named: Span, told: Span) -> bool:
    said = status(named)
    if said == status(told):
        return True
    between = named.doc[named.end : told.start]
    # (someone else's, or asked as maybe someone else's: "Dad had a seizure after tea, both
    # arms jerking", round 60)
    return said in ("family", "uncertain") and not any(t.lower_ in _HERS_AGAIN for t in between)


# The part named before a pain told of "it", and the item its pain is: the nearest part in the
# mention's sentence before it or in the two sentences before (round 29).
_PARTS = {
    "head": "headache", "forehead": "headache", "temple": "headache", "temples": "headache",
    "back": "back-pain", "spine": "back-pain", "blades": "back-pain", "neck": "back-pain",
    "vertebra": "back-pain", "chest": "chest-pain", "jaw": "jaw-pain", "ribs": "bone-pain",
    "rib": "bone-pain", "liver": "upper-abdominal-pain", "knee": "pain", "wrist": "pain",
    "hip": "pain", "ankle": "pain", "elbow": "pain", "shoulder": "pain", "arm": "pain",
    "leg": "pain", "foot": "pain", "hand": "pain", "tummy": "pain", "belly": "pain",
    "stomach": "pain", "paw": "", "paws": "", "hoof": "", "tail": "", "wing": "",
}  # fmt: skip
_UNDER = frozenset({"under", "below", "beneath", "underneath"})
# Words of a pain that are a pain wherever they are; "thumping", "pounding" only of a part.
_SORE = frozenset({"sore", "hurting", "aching", "hurts", "aches", "tender", "agony", "painful"})


def _its_part(ent: Span) -> Span | None:
    """A pain told of "it" as the item of the part named before it ("My head. ... it's been
    thumping": a headache; "under the ribs ... that's where it's been sore": the liver's pain
    under the right ribs), a generic pain where no part was named ("it's been so sore"), or
    nothing ("the bass, it's thumping")."""
    if ent.label_ != PART_BEFORE:
        return ent
    from spacy.tokens import Span

    doc = ent.doc
    start = ent.sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    slug = None
    for token in reversed(doc[start : ent.start]):
        word = token.lower_
        slug = _PARTS.get(word, _PARTS.get(token.lemma_))
        if slug is None:
            continue
        before = {t.lower_ for t in doc[max(start, token.i - 3) : token.i]}
        if slug == "bone-pain" and before & _UNDER:
            slug = "upper-abdominal-pain"  # "just under the ribs"
        elif slug == "pain" and word in ("tummy", "belly", "stomach") and before & {"upper", "top"}:
            slug = "upper-abdominal-pain"
        break
    if slug == "":
        return None  # "The dog's paw. It's been sore since the walk": an animal's
    if slug is None:
        # "it's been so sore" is a pain wherever it is; "that's where it's been sore", "that's
        # the sore bit" only of a place (not a sore point between brothers)
        if ent[0].lower_ in ("that", "where") or not any(t.lower_ in _SORE for t in ent):
            return None
        slug = "pain"
    return Span(doc, ent.start, ent.end, label=slug)


def _sick_in_its_sentence(ent: Span, ents: list[Span]) -> bool:
    return any(
        e.sent.start == ent.sent.start
        and "vomiting" in SPLIT_LABELS.get(e.label_, (e.label_,))
        and e.label_ != KEPT_DOWN
        for e in ents
    )


_YEARS = re.compile(r"(?:19|20)\d\d|years?")


def _a_break_of_now(fracture: Span) -> bool:
    """A fracture she has, may have or had lately ("broke my wrist on Sunday, it's in a cast"),
    not one denied, a relative's, or of years ago ("no fracture, shoulder sore", "broke my
    wrist in 2019 ... wrist aches": a joint's pain)."""
    said = status(fracture)
    if said in ("negated", "family"):
        return False
    return said != "historical" or not _YEARS.search(fracture.sent.text.lower())


# One joint of a limb, not the joints of arthralgia ("knees and wrists ache").
_ONE_JOINT = frozenset({"wrist", "elbow", "shoulder", "ankle", "knee"})


def _broken_joint(ent: Span) -> Span:
    """ "the x-ray says it's broken ... my wrist hurts": the pain of one joint in a note that
    tells of a fracture is the fracture's pain, the catalog's generic pain (as three writers
    label it), not the joint pain of arthralgia. The span keeps its place, so its status.
    Only beside a fracture of now (_a_break_of_now, round 15)."""
    if ent.label_ != "joint-pain" or not any(t.lower_ in _ONE_JOINT for t in ent):
        return ent
    if any(t.lower_ in _MANY_JOINTS for t in ent):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, ent.start, ent.end, label="pain")


_MANY_JOINTS = frozenset({*(joint + "s" for joint in _ONE_JOINT), "joint", "joints", "and", "&"})
