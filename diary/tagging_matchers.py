"""The two matchers of the note reader that spaCy's Matcher alone would make slow.

spaCy's Matcher evaluates every word-set (IN) and FUZZY predicate of every pattern on every
token. The token patterns are therefore filed under an anchor word and run only on sentences
that hold every word they need (TokenPatterns), and FUZZY runs only on words the lemma table
does not know (FuzzyWords).
"""

from __future__ import annotations

import itertools
import operator
from typing import TYPE_CHECKING, Any

from diary import tagging_shorthand
from diary.tagging_patterns import Pattern
from diary.tagging_rules import words
from diary.tagging_spelling import is_name, is_real_word, real_neighbours

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

UNKNOWN_WORDS = "diary_unknown_words"  # doc.user_data key: indices of candidate misspellings
# doc.user_data keys: each word's LOWER and LEMMA (string ids) as the lemma step read and set
# them; the lower case is left out when that step respelt a word ("thumpin").
LOWER_IDS = "diary_lower_ids"
LEMMA_IDS = "diary_lemma_ids"
# doc.user_data key: where each sentence starts, and the doc's length (set by TokenPatterns; no
# step after it moves a sentence start)
SENT_STARTS = "diary_sentence_starts"
NOT_A_SYMPTOM = "NOT_A_SYMPTOM"  # the label of idioms (diary/tagging.py)

# Words too common to file a pattern under (see anchor()).
_COMMON = words("""
    my her his the your both one a an be is are was were feel felt seem get go look can could
    will would do did does have has had not so very really and in on of to up all out time way
    down bit little at from for with like ? pain ache hurt sore swelling swollen painful
    they them it me i she he
""")


def anchor(pattern: Pattern) -> frozenset[str]:
    """The words one required token of the pattern takes (lower case or lemma), the rarest.

    A sentence without any of them cannot match, so the pattern is not tried there.
    """
    return _anchor_token(pattern)[1]


def _optional(token: dict) -> bool:
    """Whether a pattern token can match no word, or must not match (OP "!"): its words are
    then not required in a sentence where the pattern matches."""
    op = str(token.get("OP", ""))
    return op in ("?", "*", "!") or op.startswith(("{0", "{,"))


def _anchor_token(pattern: Pattern) -> tuple[int, frozenset[str]]:
    """anchor(), with the index of the token it is taken from."""
    best: frozenset[str] | None = None
    index = -1
    for i, token in enumerate(pattern):
        if _optional(token):
            continue
        for attr in ("LOWER", "LEMMA", "ORTH", "NORM"):
            value = token.get(attr)
            if isinstance(value, str):
                values = frozenset({value.lower()})
            elif isinstance(value, dict) and "IN" in value:
                values = frozenset(v.lower() for v in value["IN"])
            else:
                continue
            if attr == "NORM":  # NORM "not" is "n't", "nt" and "not"
                values |= {"n't", "nt", "ca", "wo"} if "not" in values else set()
            if best is None or (len(values & _COMMON), len(values)) < (
                len(best & _COMMON),
                len(best),
            ):
                best, index = values, i
    if best is None:
        raise ValueError(f"A token pattern needs a required word to file it under: {pattern}")
    return index, best


# The most words a "*" token is taken to match (it is only used for side words: "left lower").
_STAR_MOST = 4


def _most_words(token: dict) -> int:
    op = str(token.get("OP", ""))
    if op in ("*", "+"):
        return _STAR_MOST
    if op.startswith("{"):
        return int(op.strip("{}").split(",")[-1] or _STAR_MOST)
    return 1


def reach(pattern: Pattern) -> tuple[int, int]:
    """How many words a match can have before its anchor token, and from it to its end."""
    index, _ = _anchor_token(pattern)
    sizes = [_most_words(token) for token in pattern]
    return sum(sizes[:index]), sum(sizes[index:])


def required_words(pattern: Pattern) -> list[frozenset[str]]:
    """For each required token that names its words (LOWER, LEMMA or ORTH), those words.

    A sentence must contain a word of every set for the pattern to match there.
    """
    required = []
    for token in pattern:
        if _optional(token):
            continue
        for attr in ("LOWER", "LEMMA", "ORTH"):
            value = token.get(attr)
            if isinstance(value, str):
                required.append(frozenset({value.lower()}))
            elif isinstance(value, dict) and "IN" in value:
                required.append(frozenset(v.lower() for v in value["IN"]))
    return required


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


# "I no fit breathe": Nigerian Pidgin's "cannot", narrowed only in a seizure's match.
_FITS = frozenset({"fit", "fits"})


def _focus(sent: Span, start: int, end: int, label: str) -> tuple[int, int]:
    """A match of "severe HA" or "HA since" is the mention "HA"."""
    for i in range(start, end):
        word = sent[i]  # as written, or as meant ("temprature": diary/tagging_spelling.py)
        if (
            word.text in tagging_shorthand.FOCUS_WORDS
            or word.norm_ in tagging_shorthand.FOCUS_WORDS
        ) and (word.lower_ not in _FITS or label.startswith("seizure")):
            return i, i + 1
    return start, end


def expanded(pattern: Pattern) -> list[Pattern]:
    """The pattern with a word set in its first, required token spelt out as one pattern per
    word: spaCy checks an exact first word in C, but calls a set predicate in Python on every
    token of every sentence it runs on. Later tokens are only checked where a match is under
    way, so their sets stay."""
    first = dict(pattern[0])
    optional = first.pop("OP", None) == "?"
    rest = pattern[1:]
    if len(first) != 1 or ("OP" in pattern[0] and not optional) or (optional and not rest):
        return [pattern]
    ((attr, value),) = first.items()
    if attr not in ("LOWER", "LEMMA", "ORTH", "NORM"):
        return [pattern]
    if isinstance(value, str):
        words = [value]
    elif isinstance(value, dict) and set(value) == {"IN"} and len(value["IN"]) <= 24:
        words = list(dict.fromkeys(value["IN"]))
    else:
        return [pattern]
    spelt = [[{attr: word}, *rest] for word in words]
    # "(my) wrist is broken": without the optional word, the rest is a pattern of its own.
    return [*spelt, *expanded(rest)] if optional else spelt


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
        # One Matcher for the patterns sharing an anchor and a second word set: a sentence
        # runs only the small ones whose words it has. (Groups that shared any anchor word
        # were once merged into one Matcher: 394 patterns ran wherever "leg", "arm" or "hand"
        # was, and the reader tagged about 7% fewer notes per CPU second.)
        groups: dict[tuple[frozenset[str], frozenset[str]], list[tuple[str, list]]] = {}
        for slug, pattern in patterns:
            anchors = anchor(pattern)
            others = [words for words in required_words(pattern) if words != anchors]
            second = min(others, key=len) if others else frozenset()
            groups.setdefault((anchors, second), []).append((slug, pattern))
        strings = nlp.vocab.strings

        def ids(words: frozenset[str]) -> frozenset[int]:
            return frozenset(strings.add(word) for word in words)

        self.matchers: list[Matcher] = []
        # For each Matcher, each pattern's required word sets: one must all be present.
        self.requirements: list[list[tuple[frozenset[int], ...]]] = []
        self.firsts: list[frozenset[int] | None] = []  # for each Matcher: see below
        # For each Matcher, how far a match reaches before and after an anchor word.
        self.reaches: list[tuple[int, int]] = []
        self.by_anchor: dict[int, list[int]] = {}  # anchor word (string id) -> matchers
        for (anchors, _), members in groups.items():
            matcher = Matcher(nlp.vocab)
            for slug, pattern in members:
                matcher.add(slug, expanded(pattern))
            for word in ids(anchors):
                self.by_anchor.setdefault(word, []).append(len(self.matchers))
            self.matchers.append(matcher)
            required = {tuple(ids(words) for words in required_words(p)) for _, p in members}
            self.requirements.append(sorted(required, key=len))
            # A word of one set of some pattern must be there for any to match (nothing to ask
            # when a pattern needs no word): one set look-up that most sentences fail, made
            # with each pattern's smallest set that is not its anchor words (always there).
            anchor_words = ids(anchors)
            firsts = [
                min(need, key=lambda words: (not anchor_words.isdisjoint(words), len(words)))
                for need in self.requirements[-1]
                if need
            ]
            whole = len(firsts) == len(self.requirements[-1])
            self.firsts.append(frozenset().union(*firsts) if whole else None)
            reaches = [reach(p) for _, p in members]
            self.reaches.append((max(r[0] for r in reaches), max(r[1] for r in reaches)))
        self.anchor_ids = frozenset(self.by_anchor)
        # A first word a match may need but the mention leaves out: "Hubby's back is bad", "all
        # day, brought up my lunch"
        self.leading = frozenset({strings.add("'s"), strings.add(",")})
        # "HA" and the other words a match is narrowed to (_focus), in lower case: a doc
        # without one of them needs no narrowing.
        self.focus_ids = ids(frozenset(w.lower() for w in tagging_shorthand.FOCUS_WORDS))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import IS_ALPHA, LEMMA, LOWER, SENT_START

        found: list[Span] = []
        by_anchor = self.by_anchor
        anchor_ids = self.anchor_ids
        lowers = doc.user_data.get(LOWER_IDS)
        lemmas = doc.user_data.get(LEMMA_IDS)
        if lowers is None or lemmas is None:  # ints: cheaper than Tokens
            rows = doc.to_array([LOWER, LEMMA, SENT_START, IS_ALPHA])
            lowers, lemmas = rows[:, 0].tolist(), rows[:, 1].tolist()
            sent_starts, alphas = rows[:, 2].tolist(), rows[:, 3].tolist()
        else:  # the lemma step's own lists: two columns fewer to read
            rows = doc.to_array([SENT_START, IS_ALPHA])
            sent_starts, alphas = rows[:, 0].tolist(), rows[:, 1].tolist()
        starts = list(itertools.compress(range(len(sent_starts)), map((1).__eq__, sent_starts)))
        if sent_starts and sent_starts[0] != 1:
            starts.insert(0, 0)
        starts.append(len(rows))
        doc.user_data[SENT_STARTS] = starts  # read again by ConText (tagging_pipeline.py)
        # The anchor words of the whole doc, found once at C speed: a sentence without one is
        # passed over without building its word sets.
        hits_all = list(
            itertools.compress(
                range(len(lowers)),
                map(
                    operator.or_,
                    map(anchor_ids.__contains__, lowers),
                    map(anchor_ids.__contains__, lemmas),
                ),
            )
        )
        next_hit = 0
        focus = None
        short = []  # sentences of one or two words after the first: (start, end)
        for start, end in itertools.pairwise(starts):
            if start and 1 <= sum(alphas[start:end]) <= 2:
                short.append((start, end))
            first_hit = next_hit
            while next_hit < len(hits_all) and hits_all[next_hit] < end:
                next_hit += 1
            if first_hit == next_hit:
                continue
            hits = hits_all[first_hit:next_hit]
            # Where each Matcher's anchor words are, so it runs only on the words around them.
            at: dict[int, list[int]] = {}
            for i in hits:
                word, base = lowers[i], lemmas[i]
                if word in anchor_ids:
                    for index in by_anchor[word]:
                        at.setdefault(index, []).append(i)
                if base != word and base in anchor_ids:
                    for index in by_anchor[base]:
                        at.setdefault(index, []).append(i)
            words = set(lowers[start:end])
            words.update(lemmas[start:end])
            for index in sorted(at):
                # A pattern can match only if a word of each of its required sets is in the
                # words it can reach: first the sentence's (built once), then the window's
                # when that is shorter.
                firsts = self.firsts[index]
                if (firsts is not None and words.isdisjoint(firsts)) or not _may_match(
                    self.requirements[index], words.isdisjoint
                ):
                    continue  # no pattern of this Matcher can match in the sentence
                before, after = self.reaches[index]
                first_at = max(start, min(at[index]) - before)
                last_at = min(end, max(at[index]) + after)
                if first_at != start or last_at != end:
                    near = set(lowers[first_at:last_at])
                    near.update(lemmas[first_at:last_at])
                    if (firsts is not None and near.isdisjoint(firsts)) or not _may_match(
                        self.requirements[index], near.isdisjoint
                    ):
                        continue  # ... nor in the words around its anchors
                window = doc[first_at:last_at]
                # Every doc has its lemmas: spaCy's check for them is passed over.
                for match_id, first, last in self.matchers[index](window, allow_missing=True):
                    label = doc.vocab.strings[match_id]
                    if focus is None:  # an abbreviation's word anywhere in the doc?
                        focus = not self.focus_ids.isdisjoint(lowers)
                    if focus and label != NOT_A_SYMPTOM:  # an idiom keeps all of its words
                        first, last = _focus(window, first, last, label)
                    if lowers[first_at + first] in self.leading and last - first > 1:
                        first += 1  # "Hubby's back is bad": the mention is "back is bad"
                    found.append(self.span(doc, first_at + first, first_at + last, label=label))
        if found:
            # In the order of where they start, as one Matcher gives them: on a tie of length
            # the one that starts later is kept, whichever Matcher found it.
            found.sort(key=lambda span: (span.start, span.end))
            doc.set_ents(_longest_first(doc, [*doc.ents, *found]))  # the setter makes new Spans
        if short:
            _echoes(doc, starts, short, lemmas, alphas)
        return doc


def _may_match(requirements: list, isdisjoint: Any) -> bool:
    """Whether some pattern has a word of each of its required sets among the words."""
    for need in requirements:
        for required in need:
            if isdisjoint(required):
                break
        else:
            return True  # every set of this pattern has a word here: it may match
    return False


def _echoes(doc: Doc, starts: list[int], short: list, lemmas: list, alphas: list) -> None:
    """ "Right leg dragging when I walk. Dragging.": a sentence of one or two words that says
    again a word of a mention in the sentence before is that mention once more."""
    from spacy.tokens import Span

    ents = doc.ents
    if not ents:
        return
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found = []
    for start, end in short:
        last = max(i for i in range(start, end) if alphas[i])
        word = doc[last]
        if last in taken or word.is_stop or len(word) < 4:
            continue  # a word that says nothing of a mention on its own ("in", "my")
        before = max(s for s in starts if s < start)
        for ent in ents:
            if before <= ent.start < start and lemmas[last] in lemmas[ent.start : ent.end]:
                found.append(Span(doc, last, last + 1, label=ent.label_))
                break
    if found:
        doc.ents = sorted([*ents, *found], key=lambda e: e.start)


def _everyday(word: str) -> bool:
    """A common word, or one letter from a common word that is not the catalog's ("naturopathy"
    from "naturopath"): spaCy's fuzzy match would read it as a catalog word two edits away."""

    return is_real_word(word) or bool(real_neighbours(word))


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
        for slug, pattern in tagging_shorthand.fuzzy_rules(forms):
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
        candidates = doc.user_data.get(UNKNOWN_WORDS)
        if not candidates:
            return doc
        from spacy.attrs import ENT_TYPE

        taken = set(doc.to_array(ENT_TYPE).nonzero()[0].tolist())  # words in a mention
        found = []
        for i in candidates:
            if i in taken or doc[i].lower_ in self.known_words:
                continue
            if doc[i].is_title and not doc[i].is_sent_start:
                continue  # a name ("Woolies"), not a misspelling
            if _everyday(doc[i].lower_) or (doc[i].is_title and is_name(doc[i].text)):
                continue  # "naturopathy" is one letter from "naturopath", not "neuropathy"
            slug = self._slug(doc, i)
            if slug:
                found.append(self.span(doc, i, i + 1, label=slug))
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc
