"""The ConText rules of the note tagger: which words make a mention negated, about family,
hypothetical, in the past or uncertain, and where their reach ends (see diary/tagging.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from diary.tagging_patterns import words
from diary.tagging_shorthand import FRACTURE_SAID

if TYPE_CHECKING:
    from medspacy.context import ConTextRule
    from spacy.tokens import Doc, Span, Token


def phrases(block: str) -> list[str]:
    """ "a | b c" -> ["a", "b c"]: long phrase lists stay readable as text."""
    return [" ".join(p.split()) for p in block.split("|") if p.strip()]


# ("):" is one token, an emoticon of spaCy's: "(writing them down so I dont forget): N/V since
# last night", round 63)
_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "\u2013", "\u2014", "--", "/", "):"})
_CLAUSE_CONJUNCTIONS = frozenset({"and", "or", "so", "then", "now", "because", "cos", "cause"})
_FIRST_PERSON = frozenset({"i", "im", "i'm", "ive", "i've", "my", "me", "mi"})  # Jamaican "mi"
_SUBJECTS = _FIRST_PERSON | {"she", "he", "it", "its", "it's", "we", "they"}
RELATIVES = words("""
    mum mom mother mam mummy mommy dad father daddy sister sisters brother brothers aunt auntie
    aunty uncle gran granny grandma grandmother nan nana nanna grandad granddad grandpa
    grandfather cousin daughter son husband wife partner boyfriend girlfriend friend friends
    neighbour neighbor niece nephew colleague sis bro ouma oupa gogo granddaughter grandson
    stepmum stepdad kid kids child children baby toddler grandkid grandkids grandchild
    grandchildren hubby mama mamma mammy papa granma grandmama kiddo kiddos nain taid nani dadi
    da lola lolo papi abuela abuelo abuelita hermana hermano tia tio esposo esposa anak bunso tita
    tito bhaiya didi amma ammi ammu khala khalu phuppo chachi momma tía tío comadre compadre
    granda gramps mother-in-law father-in-law sister-in-law brother-in-law daughter-in-law
    son-in-law daughters sons nieces nephews grandsons granddaughters bestie hubs buddy
    sekuru motiba dadima nanima aama hajurama hajurbuwa nannan bredda breddah sista madda pickney
""")
# A husband writing "my wife has a fever" reports the patient: the diary's owner is his wife.
_CARED_FOR_PARTNER = words("wife missus")
_HIM = words("dad daddy father papa pa grandad granddad grandpa granda grandfather husband hubby")
# A man who reports "she" or "her" speaks of the patient (the diary's owner is a woman), as the
# guideline's "husband says I'm acting strange" does; a sister's "her" may be another woman's.
_MEN_WHO_REPORT = words("husband hubby son dad father brother boyfriend")
# Words that put a relative's illness in the past: "mum died of this, bone pain at the end".
_DEATH = words("died passed funeral")
_NOT_THERE = words("wasn't weren't not n't")
OBJECT_ME = words("me myself meself")  # "he couldn't wake me": an object, not a subject
_ANIMALS = words("""
    dog dogs cat cats puppy kitten pup horse pony mare foal rabbit hamster parrot budgie goat
    sheep ewe ewes lamb lambs cow cows heifer bull collie labrador spaniel terrier tabby moggy
    hedgehog hen hens chicken pig ram tup
""")
_OCCASIONS = words("""
    funeral wedding birthday party christening anniversary ninetieth eightieth seventieth
    sixtieth fiftieth fortieth house place flat graduation retirement do
    engagement nikah mehndi walima shaadi dholki aqiqa baptism reception ceremony
""")
_DEVICES = words("thermometer scales oximeter monitor cuff")
_GAVE = words("got gave bought lent brought")
# "passed out", "has not passed urine since yesterday" (round 35)
_NOT_DEATH = words("out urine water wind stool stools blood clots motion motions any")
# A daughter or grandchild writing for her ("Mum's legs gave way", "my mother is not eating")
# names the patient herself, unless the note tells of a family history (_family_history).
_CARED_FOR = words("""
    mum mom mam mummy mommy mother gran granny grandma nan nana nanna mama mamma mammy lola amma
    ammi ammu momma aama motiba dadima nanima hajurama madda
""")
# "Aunty was confused this morning": a title, as "Mum" is, for an older woman a family cares
# for; "my auntie had a stroke", "a random auntie" are other people.
_CARED_FOR_AS_TITLE = words("aunty auntie")
# What a family history sounds like: "used to", "had breast cancer too", "mine are nothing like
# hers", "in the 90s", "my turn", and a relative kept at a distance ("steering clear").
_HISTORY_PHRASES = (
    "used to", "use to", "cancer too", "ca too", "had it too", "years ago", "my turn", "mine ",
    " mine", "inherited", "went through the change", "in her day", "steering clear",
    "staying away", "keeping my distance", "keep my distance", "catch it", "same thing",
    "hereditary", "genetic", "runs in the family", "family history", "'ve never", "ive never",
    "i have never", "i never had",
    # The writer set against the relative: "she have dementia, but me I am ok", "Me I'm grand"
    "but me ", "as for me", " me i am ", " me i 'm ", " me im ",
)  # fmt: skip
# Each phrase as words: "used to" is not in "confused tonight", nor "catch it" in "itchy"; and
# "she never used to" tells that it is new (round 65).
_NEW_TO_HER = "(?<!never )(?<!didn't )(?<!didnt )(?<!did not )"
_HISTORY_SAID = re.compile(
    "|".join(
        ("(?<![a-z])" if phrase[0].isalpha() else "")
        + (_NEW_TO_HER if phrase.startswith("use") else "")
        + re.escape(phrase)
        + ("(?![a-z])" if phrase[-1].isalpha() else "")
        for phrase in _HISTORY_PHRASES
    )
)
# A phrase's own letters, looked for before the expression (its look-behinds make it slow).
_HISTORY_HINTS = tuple(phrase.strip() for phrase in _HISTORY_PHRASES)
_DECADE = re.compile(r"'?\d0s")
_POSSESSIVES = words("my our your her his their 's s")
_WEEKDAYS = words("""
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs
    fri sat sun
""")
_REPORTED = words("""
    says said noticed told tells found saw called rang thought keeps asked spotted noted reports
    reported saying say telling tell agrees agreed seh sey
""")
_SAYING = words("saying telling asking")
_MEASURED = words("measure measures measured checked checks")
_GUESSING = words("thinks reckons wonders thought reckoned")
_MONTHS = words("""
    january february march april may june july august september october november december
""")


def _ordinal(n: int) -> str:
    return "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _between(target: Span, modifier: Span) -> Span:
    if modifier.start >= target.end:
        return target.doc[target.end : modifier.start]
    return target.doc[modifier.end : target.start]


def _same_clause(target: Span, modifier: Span, _span_between: Span) -> bool:
    """False when a clause break separates the cue from the mention."""
    return _no_clause_break(target, modifier, _SUBJECTS)


_LIST_GLUE = frozenset({",", "or", "and", "nor", "no", "any", "&", "/"})
# Words of a list of what she denies that name no catalog item: "No fever, chills or cough"
# (round 80)
_LIST_ITEMS = _LIST_GLUE | frozenset({"chills", "shivers", "rigors", "sweats", "bruising"})


_CAUSE_AFTER = frozenset({"from", "because", "due"})
_WHETHER = ("not sure", "unsure", "no idea", "don't know", "dont know", "do not know",
            "not certain", "wonder", "idk", "dunno")  # fmt: skip
_WHAT_IT_IS = frozenset({"the", "from", "just", "my", "due", "because", "down", "a", "an", "it"})


# ... nor a year said as a thing ("thought it was 1985": a muddle of time)
_NOT_DATED_BY = frozenset(
    {"since", "from", "till", "until", "by", "before", "after", "to", "-", "was", "is", "'s",
     "were", "be"}
)  # fmt: skip


def _dated_after(target: Span, modifier: Span, span_between: Span) -> bool:
    """A year that ends the mention's line or clause: "broken hip 2019", "blood clot in the
    left leg 2021" (not "back pain since 2019", "since March 2019", "2019: ...")."""
    doc = target.doc
    if modifier.start < target.end:
        return False
    end = modifier.end
    if end < len(doc) and not (
        doc[end].is_punct or doc[end].is_space or "\n" in doc[end - 1].whitespace_
    ):
        return False
    before = [doc[i].lower_ for i in range(max(0, modifier.start - 2), modifier.start)]
    if before and (
        before[-1] in _NOT_DATED_BY
        or (len(before) == 2 and before[0] in _NOT_DATED_BY and before[1] in _MONTHS)
    ):
        return False
    return _same_clause(target, modifier, span_between)


_MAY_BE = words("could might may can")


def _a_cause_doubted_after(doc: Doc, end: int) -> bool:
    """ "... the headaches and the wobbliness could be from a spot": "could be from", "might be
    due to" after the mention and the items joined to it."""
    i = end
    while i < len(doc) and (doc[i].ent_iob_ != "O" or doc[i].lower_ in ("and", "the", "her")):
        i += 1
    after = [t.lower_ for t in doc[i : i + 3]]
    return (
        len(after) == 3
        and after[0] in _MAY_BE
        and after[1] == "be"
        and after[2] in ("from", "due", "caused", "because")
    )


def _doubt_of_it(target: Span, modifier: Span, span_between: Span) -> bool:
    """A doubt reaches the mention, unless it doubts only what it is or comes from: "Not sure
    whether the breathlessness is the asthma or something new", "Not sure if the headache from
    the heat or from the medicine" (round 45)."""
    doc, end = target.doc, target.end
    opening = modifier.text.lower()
    # "might be from the dryness down there": the dryness is what it comes from (round 53)
    if (
        modifier.end + 1 < target.start
        and doc[modifier.end].lower_ in _CAUSE_AFTER
        and doc[target.start - 1].lower_ in ("the", "my", "this", "her")
    ):
        return False
    # "They think she was dehydrated from the diarrhea shes had since the chemo": what she is
    # thought to suffer from is told as known (round 83)
    if (
        modifier.end + 1 < target.start - 1
        and doc[target.start - 2].lower_ in _CAUSE_AFTER
        and doc[target.start - 1].lower_ in ("the", "my", "her")
    ):
        return False
    # "They think the headaches and the wobbliness could be from a spot on the cerebellum":
    # the doubt is of where they come from (round 80)
    # (the thing named with "the": not "Not sure if I have a temperature could be from sitting
    # by the fire", round 80's review)
    if (
        modifier.end < target.start
        and doc[target.start - 1].lower_ == "the"
        and _a_cause_doubted_after(doc, end)
    ):
        return False
    if (
        end < len(doc)
        and modifier.end <= target.start
        and opening.startswith(_WHETHER)
        and doc[target.start - 1].lower_ in ("the", "my", "this", "her")
    ):
        first = doc[end].lower_
        second = doc[end + 1].lower_ if end + 1 < len(doc) else ""
        if first in _CAUSE_AFTER or (first in ("is", "'s", "was", "are") and second in _WHAT_IT_IS):
            return False
    return _same_clause(target, modifier, span_between)


def _same_clause_or_list(target: Span, modifier: Span, span_between: Span) -> bool:
    """Like _same_clause, but a negation runs through a list of symptoms: "Denies chest pain,
    SOB, palpitations" (every word between is a symptom, a comma, "or", "and", "no"). "Just"
    sets what she has against the list: "no fever no cough just knackered". A "no" that
    answers the item before it ("Fever no, rash yes") says nothing of what follows."""
    doc = target.doc
    if (
        modifier.end <= target.start
        and modifier.start > 0
        and modifier.end < len(doc)
        and doc[modifier.start - 1].ent_iob_ != "O"
        and doc[modifier.end].is_punct
    ):
        return False
    if (
        modifier.end <= target.start
        and "just" in (target.doc.user_data.get("diary_lower_text") or "just")
        # ... and "no cough, just drained", where "just" opens the mention (round 34)
        and any(t.lower_ == "just" for t in target.doc[modifier.end : target.start + 1])
    ):
        return False
    if modifier.end <= target.start and (
        _only_after_it(doc, modifier.end, target.start)
        or _a_chain_of_nos_ends(doc, modifier, target)
    ):
        return False
    if _same_clause(target, modifier, span_between):
        return True
    between = _between(target, modifier)
    # (an unread item only in a list that ends "... or cough", or one denied: not "no fever,
    # no chills, chest pain and breathless since lunch", round 80's review)
    items = (
        _LIST_ITEMS
        if doc[target.start - 1].lower_ in ("or", "nor")
        or modifier[0].lower_ in ("denies", "deny", "denied")
        else _LIST_GLUE
    )
    # (a reading is its own report, not an item denied: "Diarrhoea x4 today, no vomiting, temp
    # 38.0 at teatime so rang the line", round 81)
    return (
        modifier.end <= target.start
        and not any(c.isdigit() for c in target.text)
        and all(token.ent_iob_ != "O" or token.lower_ in items for token in between)
    )


def _a_chain_of_nos_ends(doc: Doc, modifier: Span, target: Span) -> bool:
    """ "no fever no cough, tight chest when i walk up to the shop tho": each denied item has
    its own "no", so the item after the comma without one is not denied (round 70; not "no
    fever no cough or chills")."""
    if modifier[0].lower_ not in ("no", "nor") or not modifier.start:
        return False
    if doc[modifier.start - 1].ent_iob_ == "O" or doc[target.start - 1].lower_ in ("no", "nor"):
        return False
    before = modifier.start - 1  # the item before this "no" has a "no" of its own
    while before > 0 and doc[before].ent_iob_ == "I":
        before -= 1
    if before == 0 or doc[before - 1].lower_ not in ("no", "nor"):
        return False
    between = [t.lower_ for t in doc[modifier.end : target.start]]
    return "," in between and not {"or", "nor", "and"} & set(between)


def _only_after_it(doc: Doc, start: int, end: int) -> bool:
    """ "No pain only the usual stiffness in the knees": "only", right after the denied
    mention, sets what she has against it (round 69; not "no pain only when I walk")."""
    return any(
        doc[i].lower_ == "only"
        and doc[i - 1].ent_iob_ != "O"
        and doc[i + 1].lower_ in ("the", "a", "some", "my", "bit", "little")
        for i in range(start + 1, end)
    )


_CAN = frozenset({"can", "could", "ca"})
# "can't believe I got through the day without any pain": no ability is denied
_NOT_INABILITY = frozenset({"believe", "wait", "imagine", "complain", "say", "thank", "moan"})


def _without(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "without" negates, except after "can't" in its sentence: "couldn't walk to the
    letterbox without getting puffed" has her puffed (round 12)."""
    if modifier.end <= target.start:
        doc = target.doc
        start = max(modifier.sent.start, modifier.start - 8)
        if any(
            doc[i].norm_ == "not"
            and doc[i - 1].lower_ in _CAN
            and not (i + 1 < len(doc) and doc[i + 1].lower_ in _NOT_INABILITY)
            for i in range(start + 1, modifier.start)
        ):
            return False
    return _same_clause_or_list(target, modifier, span_between)


_QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "`"})


def _advised(target: Span, modifier: Span, _span_between: Span) -> bool:
    """A clinician's advice quoted: "'any chest pain ..., you ring 999'", "weakness in your
    legs is not (expected), so you ring us". Only a mention said of "any", of "your" or inside
    a quote: "Chest pain again, the unit said to ring us if worse" is hers, today."""
    doc = target.doc
    sent = target.sent
    if sent.start != modifier.sent.start:
        return False
    before = doc[sent.start : target.start]
    return any(t.lower_ == "any" or t.text in _QUOTES for t in before) or any(
        t.lower_ == "your" for t in doc[max(sent.start, target.start - 3) : target.end]
    )


def _a_list_before(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "breathlessness, cough and tiredness are common": the cue speaks of the list just
    before it (every word between is a symptom or a comma, "or", "and")."""
    if modifier.start < target.end:
        return False
    between = target.doc[target.end : modifier.start]
    return all(token.ent_iob_ != "O" or token.lower_ in _LIST_GLUE for token in between)


_COUNT = re.compile(r"x\d+|\d+x")
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\n", "!!", "..."})


def _a_list_answered(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "SOB, chest pain, coughed blood x1 - all no": an answer after the list just before it,
    ending its sentence (a count beside an item, "x1", and a dash between them are the list's
    too; not "Chest pain - phone day or night line said go to A&E", "none of these tablets
    helped": round 66's review)."""
    doc = target.doc
    if modifier.start < target.end or (
        modifier.end < len(doc) and doc[modifier.end].text not in _SENTENCE_ENDS
    ):
        return False
    return all(
        token.ent_iob_ != "O"
        or token.lower_ in _LIST_GLUE
        or token.text in _DASHES
        or _COUNT.fullmatch(token.lower_)
        for token in doc[target.end : modifier.start]
    )


_SAME_PERSON = frozenset({"she", "he", "she's", "he's", "shes", "hes", "her", "his"})


def _same_person(target: Span, modifier: Span, _span_between: Span) -> bool:
    """Like _same_clause, but "...and she got" and "Aunt Jean rang, she broke" still speak of
    the same relative."""
    return _no_clause_break(
        target, modifier, _FIRST_PERSON, continues=_SAME_PERSON, verb_continues=True,
        appositive=True,
    )  # fmt: skip


_I = frozenset({"i", "i've", "ive", "im", "i'm", "me"})
# A report of today rather than a memory: "my mother is not eating", "has had the runs since
# Saturday", "was 102°F at 2am", "my wife had a fever this evening".
_NOW_MARKERS = words("is are has have today tonight now currently this since still")
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm)")
_IS_AFTER_S = words("been got not very so really had just still gone having")


def _too_at_clause_end(doc: Any) -> bool:
    return any(
        t.lower_ == "too" and (t.i + 1 == len(doc) or not doc[t.i + 1].is_alpha) for t in doc
    )


def history_told(doc: Any) -> bool:
    """The note's own words of family history (read once per note: its cues may be many)."""
    told = doc.user_data.get("diary_history_told")
    if told is None:
        words = [token.lower_ for token in doc]
        text = " ".join(words)
        told = doc.user_data["diary_history_told"] = (
            (
                any(hint in text for hint in _HISTORY_HINTS)
                and _HISTORY_SAID.search(text) is not None
            )
            or ("0s" in text and any(_DECADE.fullmatch(word) for word in words))
            # "Mum had it too, I've been lucky" (not "she is too tired": "too" before a word)
            or ("too" in words and not _I.isdisjoint(words) and _too_at_clause_end(doc))
        )
    return told


_TODAY_TOLD = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|last night)\b")


def _family_history(doc: Any, modifier: Span, target: Span) -> bool:
    """Whether the note tells of a relative's illness rather than reports the patient's."""
    if any(
        t.lower_ in _DEATH and (t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in _NOT_DEATH)
        for t in doc[modifier.end : modifier.end + 8]
    ):
        return True
    first = modifier[0]
    possessed = first.i > 0 and doc[first.i - 1].lower_ in ("my", "our", "me", "mi")
    if first.lower_ in _CARED_FOR_PARTNER:
        # "My wife had convulsion this afternoon ... Her brother used to have fits as a boy": a
        # husband tells of her today, the history is another's (round 75); not "my wife had
        # awful neuropathy from her chemo, now it's my turn", nor "My wife gets fits, she's
        # epileptic. I've never had one" (no day of today: round 75's review)
        said = target.sent.text.lower()
        return history_told(doc) and not (
            possessed
            and _TODAY_TOLD.search(said)
            and not _LONG_AGO.search(said)
            and not any(t.lower_ in _FIRST_PERSON and t.i != first.i - 1 for t in target.sent)
        )
    if history_told(doc):
        return True
    if not possessed:
        # "Gran had a fractured spine when I was wee" (round 49): a memory, named or not
        return _A_MEMORY.search(target.sent.text.lower()) is not None
    # "my mother had seizures" is a memory; "my mother is not eating" a report of today.
    sent = target.sent
    for token in doc[sent.start : sent.end]:
        word = token.lower_
        if word in _NOW_MARKERS or _CLOCK.fullmatch(word):
            return False
        if word in ("am", "pm") and token.i and doc[token.i - 1].is_digit:  # "at 2 am", "2am"
            return False
        if word == "'s" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _IS_AFTER_S:
            return False
    # ... nor "My mother had a seizure on the bus ... She is sleeping now at the hospital": the
    # note goes on to tell of her today (round 48)
    return _LONG_AGO.search(sent.text.lower()) is not None or not any(
        later[0].lower_ in _SHE_OR_HE and any(t.lower_ in _NOW_MARKERS for t in later)
        for later in doc[sent.end :].sents
    )


_SHE_OR_HE = words("she he she's he's")
# ... a relative's illness told as the writer's memory ("when I was wee", "years ago"), not one
# told with a death ("asking for Dad, who died in 2015") or a place ("Mum's back in hospital")
_MEMORY = (
    r"when (?:i|we) w(?:as|ere) (?:a |an |little|wee|small|young|at school|still|in my|\d)|"
    r"years ago|as a (?:child|girl|boy|kid)|growing up|before i was born"
)
_A_MEMORY = re.compile(rf"\b(?:{_MEMORY}|back in (?:19|20)\d\d)")
# ... but not "My mother had seizures when I was a girl. She is 80 now."
_LONG_AGO = re.compile(
    rf"\b(?:{_MEMORY}|back in|in (?:the )?(?:19|20)?\d0s|died|passed away|may (?:god|allah) rest|"
    r"at the end)"
)
_THE_PATIENT = re.compile(r"\b(?:the patient|(?:he|she|him|her)(?:'s| is) the one with)\b")
# "Son here. Dad (patient) has been ...": a man named the patient in brackets, so "he" and
# "himself" are him (another relative in the note is still someone else)
_A_MAN_THE_PATIENT = re.compile(
    r"\b(?:dad|father|husband|hubby|partner|grandad|grandpa|brother|uncle|son) "
    r"\((?:the )?(?:patient|pt)\)"
    # "Under Dad's line I'm adding:", "Grandad's note (he's 83), typed by Sam": his diary
    r"|\b(?:dad|father|grandad|granddad|grandpa|husband|hubby)(?:'s|\u2019s) "
    r"(?:note|line|diary|entry)\b"
    # a note signed by his child or wife: "(His daughter.)", "(Kwame, his son)"
    r"|\((?:\w+, )?his (?:daughter|son|wife|granddaughter|grandson)\.?\)"
    # "Wife's note for Mark: he's had chest pain", "Wife writing." (round 45's review)
    r"|\bwife(?:'s|\u2019s) (?:note|notes|entry|update)\b|\bwife (?:writing|here)\b"
    # "Written by his grandson.", "Note from his daughter.", "From Wanjiru, his granddaughter."
    # (round 43's review)
    r"|\b(?:written|typed|note|notes|message) (?:by|from) (?:\w+,? )?his "
    r"(?:daughter|son|wife|granddaughter|grandson|grandchild|partner|carer)\b"
    r"|\bfrom \w+,? his (?:daughter|son|wife|granddaughter|grandson|grandchild)\b"
    # "Writing for Dad (its his diary)" (round 53)
    r"|\bwriting (?:this )?(?:for|on behalf of) (?:my )?(?:dad|father|grandad|granddad|grandpa|"
    r"husband|hubby|brother|son|uncle)\b|\b(?:it'?s|this is) his diary\b"
)
_NOT_THE_PATIENT = re.compile(r"\bnot the patient\b")
# A care record: a note that opens with the one cared for and a clock time, as staff in a care
# home or a family keeping the record write ("Mr Lindsay 09:00: drowsy", "Room 12, Mr Haldane.
# 06:10 found wet through", "Tom, 14:30: daughter reports", "Tues 19:00 - Nora vomited x2",
# "Uncle Chong 3pm c/o pain"): the one it opens with is the patient, "he" and "his" are him
# (round 38). Not a chat's speaker ("19:02 Karen: ..."), nor her own "Woke 3am", "Meds 8pm".
_CLOCK_TIME = (
    r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?:\s?hrs?)?)(?![\w:.]\w)"
)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Madam|Mdm|Uncle|Aunty|Auntie|Aunt|Grandad|Granny|Nana)\.?\s+"
_RECORD_PERSON = rf"(?:{_TITLE})?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_CARE_RECORD = re.compile(
    r"\s*(?:(?:Room|Rm|Bed) \d+\w?[,.:]?\s+)?"
    r"(?:(?:Night|Day|Late|Early|Morning|Evening|Afternoon) (?:report|shift|notes?|check)"
    r"[,.:]?\s+)?"
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:(?:Patient|Resident|Pt|Client)[,:]?\s+)?"
    rf"(?:(?P<before>{_RECORD_PERSON})[,.]?\s*(?:at\s+)?{_CLOCK_TIME}"
    r"(?:\s*[-:\u2013\u2014,.]|\s+(?=[a-z]))"
    rf"|{_CLOCK_TIME}\s*[-:\u2013\u2014,]?\s*(?P<after>{_RECORD_PERSON})(?![\w'])(?!\s*:))"
)
_NOT_RECORD_NAMES = words("""
    woke up slept took had meds med tablets breakfast lunch dinner tea supper bed walk shower
    bath temp bp pain sick feeling felt still home back then about around since from after
    before until till this last diary note notes update day night cycle week scan bloods appt
    appointment called rang phoned went got nap snack obs morning evening afternoon tonight
    today yesterday tomorrow chemo clinic hospital ward dr doc doctor nurse gp the and but at
    by on in my i me we mum mom dad
""")


def care_record(doc: Any) -> int:
    """Where the opening of a care record of one person and a time ends (0: the note is not
    one), looked for once per note."""
    said = doc.user_data.get("diary_care_record")
    if said is None:
        found = _CARE_RECORD.match(doc.text[:80])
        person = found and (found.group("before") or found.group("after"))
        said = doc.user_data["diary_care_record"] = (
            found.end()
            if person and (re.match(_TITLE, person) or person.lower() not in _NOT_RECORD_NAMES)
            else 0
        )
    return said


# "Dad is a man with breast cancer", "he's a bloke with breast cancer", "my husband Pete has
# male breast cancer", "(71, breast cancer in his left side)": the note is about a man whose
# breast cancer it is, so he is the patient and "he", "his" are his (round 21). Not "had", nor
# "men can get it too" in a woman's note.
_A_MAN_WITH_BREAST_CANCER = re.compile(
    r"\b(?:(?:man|bloke|guy|gentleman|gent|chap|fella|fellow) with"
    r"|(?:has|has got|'s got|is living with|is being treated for|with) male"
    r"|(?:he|dad|husband|hubby|father|grandad|grandpa) (?:has|has got|'s got|is living with)"
    # "HUSBAND HAVE BREAST CANCER" (round 58)
    r"|(?:he|husband|hubby) have)"
    r" (?:metastatic |secondary |stage 4 |advanced )?breast (?:cancer|ca)\b"
    r"|\bbreast (?:cancer|ca) in his\b"
)


def a_man_is_the_patient(doc: Any) -> bool:
    """Whether the note names a man the patient in brackets ("Dad (patient)"): "he", "his" and
    "himself" are then the patient's."""
    said = doc.user_data.get("diary_a_man_the_patient")
    if said is None:  # looked for once per note, as patient_said is
        text = doc.user_data.get("diary_lower_text") or doc.text.lower()
        said = doc.user_data["diary_a_man_the_patient"] = bool(
            _A_MAN_THE_PATIENT.search(text)
            or _a_man_with_it(text)
            or _writing_for_him(text)
            or care_record(doc)
        )
    return said


def _a_man_with_it(text: str) -> bool:
    return "breast" in text and bool(_A_MAN_WITH_BREAST_CANCER.search(text))


# "Writing for Ken. He's not himself tonight": one written for by name, told of only as "he"
# (round 54)
_WRITING_FOR_SOMEONE = re.compile(
    r"\b(?:writing|typing|typed|written)(?: this)? (?:for|on behalf of) (?!me\b|us\b|her\b)\w+"
    # "Support worker writing. Tom is not himself today." (round 58)
    r"|\b(?:support|care|key) worker writing\b"
)
_HE = re.compile(r"\b(?:he|he's|hes|his|him|himself)\b")
_SHE = re.compile(r"\b(?:she|she's|shes|her|hers|herself)\b")


def _writing_for_him(text: str) -> bool:
    return bool(_WRITING_FOR_SOMEONE.search(text) and _HE.search(text) and not _SHE.search(text))


def patient_said(doc: Any) -> str:
    """ "relative" when the note says a relative is the patient ("my husband, the patient", "He's
    the one with the breast cancer"), "" otherwise or when it says one is not."""
    cached = doc.user_data.get("diary_patient_said")
    if cached is None:
        text = doc.user_data.get("diary_lower_text") or doc.text.lower()  # set by the tagger
        cached = (
            "relative"
            if (_THE_PATIENT.search(text) or _a_man_with_it(text))
            and not _NOT_THE_PATIENT.search(text)
            else ""
        )
        doc.user_data["diary_patient_said"] = cached
    return cached


# A relative after one of these is spoken to or of, not the one the clause is about: "snapping at
# the kids and losing words", "I shouted at my husband and felt dizzy" (round 27)
_OBJECT_OF = words("at with for to from about behind")
_DETERMINERS = words("the my our her his their a me mi")
_OTHERS_SAID = words("she he they her his their she's he's shes hes who whose")


def _an_object(target: Span, modifier: Span) -> bool:
    """The relative is a preposition's object, and no other person speaks before the mention."""
    doc = target.doc
    i = modifier.start - 1
    while i >= 0 and doc[i].lower_ in _DETERMINERS:
        i -= 1
    return (
        i >= 0
        and doc[i].lower_ in _OBJECT_OF
        and modifier.end <= target.start
        and not any(t.lower_ in _OTHERS_SAID for t in doc[modifier.end : target.start])
    )


_HER_AS_SUBJECT = words("i i'm i've i'd mi")
_FOUND = words("found noticed saw caught")


def _reports_her(doc: Doc, start: int, end: int) -> bool:
    """ "said I seemed confused", "found me sat in the hall not knowing what day it was", "says
    I've become very forgetful": a reporting word, then the writer, before the mention (not
    "told me his appetite's gone", where she is told)."""
    said = next((i for i in range(start, end) if doc[i].lower_ in _REPORTED), None)
    if said is None:
        return False
    her = _HER_AS_SUBJECT | {"me"} if doc[said].lower_ in _FOUND else _HER_AS_SUBJECT
    if said + 2 < end and doc[said + 1].lower_ in _YOU_TOLD and doc[said + 2].lower_ in _YOU_LOOK:
        return True  # "said 'you look knackered'": she is told how she looks (round 51)
    return any(doc[i].lower_ in her for i in range(said + 1, end))


_YOU_TOLD = words("you u")
_YOU_LOOK = words("look looked seem seemed sound sounded 're are were 've have")


def _their_illness(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Shug's COPD was a nightmare the day, breathless on the landing": his, through the
    sentence, unless the writer speaks of herself in between ("Kev's COPD is bad, and I'm
    breathless too")."""
    return target.sent.start == modifier.sent.start and not any(
        t.lower_ in _FIRST_PERSON for t in (*span_between, *target)
    )


# (nor where she or both have it: "Son's got a cold now, fever 38.2 for me", "My son has got
# covid, we've both got a high temperature", round 80's review)
_BOTH_OF_US = _FIRST_PERSON | words("we we've we're us both too also")


def _his_illness(target: Span, modifier: Span, span_between: Span) -> bool:
    """... and as any word for a relative where she speaks of herself too ("Husband's got flu,
    coughing up blood, I'm worried about him")."""
    if _their_illness(target, modifier, span_between) and _BOTH_OF_US.isdisjoint(
        t.lower_ for t in target.doc[modifier.end : target.sent.end]
    ):
        return True
    return _family(target, modifier, span_between)


_MANY = words("""
    kids grandkids children grandchildren friends sisters brothers cousins boys girls twins
    grandsons granddaughters sons daughters
""")
_ONE_OF_THEM = words("she her he his herself himself")


# A carers' handover tells of the one they care for: a mother or a grandmother
_HANDED_OVER = _CARED_FOR | words("nani dadi nanu dida")


def _a_handover(doc: Doc) -> bool:
    """ "Handover 7am. ...", "Ma's handover for Bilkis: ...": a note carers pass on."""
    return any(t.lower_ in ("handover", "hand-over") for t in doc[:4])


# "This is Kou, husband of Pa", "I am the daughter of Fatmire" (not "Went to see Besa, sister
# of Arta", round 76's review)
_INTRODUCES = re.compile(r"(?:this is|it's|its|it is|i am|i'm|im)(?: \w+,?)?(?: the)?$")
# Shetland "da" is "the" ("Da cough is no shiftin", "in da terminal wi a sair back"), not Irish
# "Da" (dad): a note that puts it before two words or more that are no verb (round 76)
_AFTER_DAD = words("""
    is was has had says said got gets keeps kept went came and would will can could did does
    thinks reckons rang phoned
""")


def _da_is_the(doc: Doc) -> bool:
    said = doc.user_data.get("diary_da_is_the")
    if said is None:
        said = doc.user_data["diary_da_is_the"] = (
            sum(
                t.text == "da"  # (Irish "Da" writes her dad with a capital: "Visited Da in da
                # hospital. Da's legs are weak", round 76's review)
                and t.i + 1 < len(doc)
                and doc[t.i + 1].is_alpha
                and doc[t.i + 1].lower_ not in _AFTER_DAD
                and not (t.i and doc[t.i - 1].lower_ in _POSSESSIVES)
                for t in doc
            )
            >= 2
        )
    return said


# ... or "da" right before the mention, with a word of its kind between at most: "I had da
# worst headache", "Eh, da cough stay hanging on" (round 79; not "Da coughing all night")
_DA_SAYS_OF_IT = words("worst bad same big whole nasty sore old usual")


def _da_before_it(target: Span, modifier: Span) -> bool:
    doc = target.doc
    between = doc[modifier.end : target.start]
    before = doc[modifier.start - 1] if modifier.start else None
    return (
        modifier.text == "da"
        # (not Punjabi "Papa da chest pain", "of"; not Irish "my da bad back", round 79's review)
        and (
            before is None
            or before.is_punct
            or (before.is_lower and before.lower_ not in _POSSESSIVES | {"me", "mi", "ma"})
        )
        and len(between) <= 1
        and all(t.lower_ in _DA_SAYS_OF_IT for t in between)
        and not target[0].lower_.endswith(("ing", "ed"))
    )


_NOT_PAU = words("no not nevah never almost nearly")


def _pau(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Nausea pau.", "Diarrhea all pau, eating again": finished, right after the mention and
    ending its clause (not "Fever not pau", "Chest pain pau hana time", "so Pau drove me"; round
    79's review)."""
    doc, end = target.doc, modifier.end
    return (
        modifier.start == target.end
        and doc[modifier.end - 1].text == "pau"
        and (end >= len(doc) or doc[end].is_punct)
        and not (target.start and doc[target.start - 1].lower_ in _NOT_PAU)
    )


_NAH_ENDS = words(". , ! today yet tonight")


def _nah_then_it(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Nah fever today. Nah vomit.": opening its sentence, the mention right after it and
    ending there (not "Did you sleep? Nah chest pain kept me up all night", "Nah back pain so
    bad since I born", "Look nah chest pain come back strong", round 82's review)."""
    doc, start = target.doc, modifier.start
    return (
        target.start == modifier.end
        and start == modifier.sent.start
        and (start == 0 or doc[start - 1].text not in ("?", "??"))
        and target.end < len(doc)
        and doc[target.end].lower_ in _NAH_ENDS
    )


def _a_list_opening_answered(target: Span, modifier: Span, span_between: Span) -> bool:
    """A list answered, that opens its sentence with its first item."""
    return target.sent[0].ent_iob_ == "B" and _a_list_answered(target, modifier, span_between)


_NOT_NEVAH = words("before ever like dis this since")


def _nevah(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Nevah throw up": Pidgin "didn't", right before what she did not do (not "Nevah had
    chest pain like dis before", "Nevah cough up blood before, today get plenty": never till
    now; round 79's review)."""
    doc = target.doc
    return target.start == modifier.end and _NOT_NEVAH.isdisjoint(
        t.lower_ for t in doc[target.end : target.sent.end]
    )


def _theirs_in_the_clause(target: Span, modifier: Span, span_between: Span) -> bool:
    """In its clause, or said with an article as "the woman" is ("The woman across from me is
    in an awful way, coughing up blood into a bowl")."""
    said_as_the = modifier.start and target.doc[modifier.start - 1].lower_ in ("the", "a")
    return (said_as_the or _same_clause(target, modifier, span_between)) and _family(
        target, modifier, span_between
    )


def _family(target: Span, modifier: Span, span_between: Span) -> bool:
    """A relative's symptom, unless a caregiver is writing about the patient as "Mum"."""
    if not _same_person(target, modifier, span_between) or _an_object(target, modifier):
        return False
    first = modifier[0]
    doc = target.doc
    if first.lower_ == "da" and (_da_is_the(doc) or _da_before_it(target, modifier)):
        return False
    # "This is Kou, husband of Pa", "I am the daughter of Fatmire": who writes (round 76)
    if (
        modifier.end + 1 < len(doc)
        and doc[modifier.end].lower_ == "of"
        and doc[modifier.end + 1].is_title
        and _INTRODUCES.match(doc[modifier.sent.start : modifier.start].text.lower())
    ):
        return False
    if (
        _a_handover(doc)
        and first.lower_ in _HANDED_OVER
        and not (first.i and doc[first.i - 1].lower_ in _POSSESSIVES)
    ):
        return False  # "Handover Friday 1pm: Nani is short of breath since 11" (round 65)
    if modifier[-1].lower_ in _MANY and any(
        t.lower_ in _ONE_OF_THEM for t in doc[modifier.end : target.end]
    ):
        return False  # "reading to the grandkids and her words came out garbled" (round 48)
    if _reports_her(doc, modifier.end, target.start):
        return False  # "Friend from the group visited and said I seemed confused" (round 45)
    if any(t.lower_ in _FIRST_PERSON for t in target) or (
        target.start
        and doc[target.start - 1].lower_ == "my"
        and (target.end >= len(doc) or doc[target.end].lower_ not in _HER_THINGS)
        and (target.start < 2 or doc[target.start - 2].lower_ not in _INHERITS)
    ):
        return False  # "Hubby says he couldn't wake me", "she says with my back pain": hers
    # "bro my jaw hurts", "sis, I can't sleep": a word of address opening the sentence, then
    # her own words: the note is hers (round 11)
    if first.i == first.sent.start and modifier.end < target.start:
        nxt = modifier.end + (modifier.end < len(doc) and doc[modifier.end].text == ",")
        if nxt < target.start and doc[nxt].lower_ in _FIRST_PERSON:
            return False
        # "Sis, she's not right.": the note opens by addressing a relative, then tells of
        # "she", the one being cared for (round 12)
        if first.i == 0 and modifier.end < nxt <= target.start and doc[nxt].lower_ == "she":
            return False
    # "Sat through Nan's funeral with a thumping head", "ready for her sister's ninetieth":
    # the relative's occasion, not her symptom (round 37)
    if (
        modifier.end + 1 < target.start
        and doc[modifier.end].lower_ == "'s"
        and doc[modifier.end + 1].lower_ in _OCCASIONS
    ):
        return False
    # "Grandad's old thermometer says 101 F": his thermometer, her reading (round 56)
    if (
        modifier.end + 1 < target.start
        and doc[modifier.end].lower_ == "'s"
        and not _DEVICES.isdisjoint(t.lower_ for t in doc[modifier.end + 1 : modifier.end + 4])
    ):
        return False
    # "The thermometer the grandson got me says 100.6F": his present, her reading (round 59)
    if (
        modifier.end < target.start
        and not _DEVICES.isdisjoint(
            t.lower_ for t in doc[max(first.sent.start, modifier.start - 3) : modifier.start]
        )
        and not _GAVE.isdisjoint(t.lower_ for t in doc[modifier.end : modifier.end + 2])
    ):
        return False
    if modifier.start_char < care_record(doc):
        return False  # "Uncle Chong 3pm c/o pain": the one the care record is about
    # "My granddaughter measure temperature, 38,4": the reading a relative took (round 84)
    if (
        target.label_ == "fever"
        and modifier.end < target.start
        and doc[modifier.end].lower_ in _MEASURED
        and doc[modifier.end + 1].lower_ not in ("his", "her", "their", "own")
    ):
        return False  # (not "My son took his temperature, 38.9")
    said = patient_said(doc)
    after_cue = doc[modifier.end : modifier.end + 9]
    if any(t.lower_ == "not" for t in after_cue) and "patient" in {t.lower_ for t in after_cue}:
        return (
            True  # "Mum (78, not the patient, I am) gets confused", "(she's 82, not the patient)"
        )
    if said == "relative" or _described_as_the_patient(doc, modifier):
        return False  # "Dad's been confused ... He's the one with the breast cancer"
    if first.lower_ in _HIM and a_man_is_the_patient(doc):
        return False  # "Papa is coughing a lot today. From Wanjiru, his granddaughter." (round 43)
    # "Dad here.", "Jen (partner):", "Daughter writing:": the relative is the one writing.
    nxt = modifier.end
    while nxt < len(doc) and doc[nxt].text in (")", "]"):
        nxt += 1
    if (
        nxt < len(doc)
        and (doc[nxt].text in (":", "):", "]:") or doc[nxt].lower_ in ("here", "writing", "typing"))
        and nxt < target.start
    ):
        return False
    # "husband says I'm acting strange" reports her symptom; "sister says her flushes" does not;
    # "my cousin (a nurse) says yellow eyes can mean the liver" speaks of nobody's.
    after = modifier.end
    if after < len(doc) and doc[after].text == "(":
        while after < len(doc) and doc[after].text != ")":
            after += 1
        after += 1
    # "Little sister Joy say I had a seizure": the relative's name before what she reports of
    # the writer ("My friend Joanne says chemo brain hit her hard" is still Joanne's)
    if (
        after + 1 < len(doc)
        and doc[after].is_title
        and doc[after].is_alpha
        and doc[after + 1].lower_ in _REPORTED
        and any(t.lower_ in _FIRST_PERSON for t in doc[after + 2 : target.start])
    ):
        after += 1
    keeps = doc[after].lower_ in ("keeps", "keep") if after < len(doc) else False
    if keeps and (after + 1 >= len(doc) or doc[after + 1].lower_ not in _SAYING):
        pass  # "my sister keeps getting migraines" is hers
    elif after < len(doc) and doc[after].lower_ in _REPORTED and after < target.start:
        if _found_her(doc, after):
            return False  # "neighbour found her on the floor, she'd wet herself"
        between = [t.lower_ for t in doc[after : target.start]]
        if any(w in _FIRST_PERSON for w in between):
            return False
        if not any(w in ("her", "his", "she", "he", "she's", "he's", "their") for w in between):
            return False
        if (
            first.lower_ in _MEN_WHO_REPORT
            and not any(w in ("his", "he", "he's") for w in between)
            and not _someone_elses(doc, first.i)
            and not _his_own_she(doc, first.i, target)
        ):
            return False  # "Pt's husband reports she has been more muddled": the patient
    if (
        first.lower_ in ("sister", "sisters")
        and first.i
        and doc[first.i - 1].lower_ in ("the", "a")
    ):  # "the sister at the clinic said"
        return False
    # "My husband's mother is having chest pain": another's mother, not the one cared for
    if first.i >= 2 and doc[first.i - 1].lower_ == "'s" and doc[first.i - 2].lower_ in RELATIVES:
        return True
    titled = (
        first.lower_ in _CARED_FOR_AS_TITLE
        and first.is_title
        and (first.i == 0 or not doc[first.i - 1].is_alpha)
    )
    if modifier[-1].lower_ == "law" or [t.lower_ for t in doc[first.i + 1 : first.i + 3]] == [
        "in",
        "law",
    ]:  # (and "My mother in law had a bad fall", round 65)
        # "My mother-in-law is also having same knee pain": four writers in five tell of her as
        # another (round 54; one carer's "Mother-in-law's skin has gone yellow" is the patient's)
        return True
    if first.lower_ in _CARED_FOR_PARTNER or first.lower_ in _CARED_FOR or titled:
        # "mum used to get headaches", "my mum had it too" are family history; "Mum is
        # breathless", "my mother's temperature was 102" report the patient.
        return _family_history(doc, modifier, target)
    return True


# What a note says in brackets after a close relative: "Dad (71, male breast ca, spinal mets
# T10)", "Mum (MBC, liver + bone mets)", "Dad (patient)": that relative has the breast cancer
# and is the patient. Not a friend, a fellow patient or a cousin, nor "(lung cancer with brain
# mets)", "(breast care nurse)", "(breast cancer survivor, 20 years clear)".
_CLOSE_RELATIVES = words("""
    mum mom mam mother mummy dad father daddy husband hubby wife partner gran granny grandma
    grandmother nan nana nanna grandad granddad grandpa grandfather
""")
_BREAST_CANCER = words("ca cancer bc carcinoma mets metastatic metastases secondaries")
_VISITING = words("visited visiting visit saw seeing see")
_SPREAD = words("mets metastatic metastases secondaries spread stage4 male")
_NOT_HER_CANCER = words("""
    too also same like as survivor survived clear remission nurse unit care clinic charity
    awareness group feeding died passed had
""")
# After "found her", "saw her": how she was found ("on the floor", "confused"), not a noun of
# hers ("saw her GP about her headaches" is the finder's own).
_FINDING = words("found saw noticed spotted")
_FOUND_AS = words("""
    on in at by lying sitting slumped collapsed asleep unconscious confused wandering shaking
    fitting talking crying struggling trying out down up like with and not very so
""")


def _described_as_the_patient(doc: Doc, modifier: Span) -> bool:
    """ "Dad (male breast ca, on letrozole + palbo) admitted his knees are sore": a close
    relative whose brackets, straight after the word, tell of her or his breast cancer (or
    say "patient") is the patient."""
    after = modifier.end
    if (
        after >= len(doc)
        or doc[after].text != "("
        or modifier[-1].lower_ not in _CLOSE_RELATIVES
        or history_told(doc)
        or any(t.lower_ in _VISITING for t in doc[max(0, modifier.start - 3) : modifier.start])
    ):
        return False  # "Visited my aunt (metastatic breast cancer) in the hospice": hers
    inside: list[str] = []
    for token in doc[after + 1 : after + 20]:
        if token.text == ")":
            break
        inside.append(token.lower_)
    else:
        return False
    if inside in (["patient"], ["pt"], ["the", "patient"]):
        return True
    told = set(inside)
    # metastatic breast cancer, or a man's breast cancer ("male breast ca"): not "(breast
    # cancer, stage 2)", a sister's or an aunt's early cancer in a note about the writer
    breast = "mbc" in told or (
        "breast" in told and not _BREAST_CANCER.isdisjoint(told) and not _SPREAD.isdisjoint(told)
    )
    return breast and _NOT_HER_CANCER.isdisjoint(told)


def _found_her(doc: Doc, i: int) -> bool:
    """ "Writing for Mum: neighbour found her on the floor": in a note that is not in the
    writer's own first person, the finder at i - 1 tells of the one the note is about; a note
    with "I" or "my" before the finder is left to the other rules."""
    return (
        doc[i].lower_ in _FINDING
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in ("her", "mum", "mam", "mom", "mother")
        and (doc[i + 2].is_punct or doc[i + 2].lower_ in _FOUND_AS)
        and doc[i + 2].text != "("
        and not any(t.lower_ in _FIRST_PERSON for t in doc[:i])
    )


def _his_own_she(doc: Doc, i: int, target: Span) -> bool:
    """ "My husband says she was confused, talking about his mum": the writer's own husband or
    son speaks of another woman (the patient would be "I"); so does one whose sentence goes on
    to "his", "he means", "talking about" after the mention."""
    if i and doc[i - 1].lower_ in ("my", "our"):
        return True
    rest = [t.lower_ for t in doc[target.end : target.sent.end]]
    pairs = set(pairwise(rest))
    return "his" in rest or ("he", "means") in pairs or ("talking", "about") in pairs


def _someone_elses(doc: Doc, i: int) -> bool:
    """ "Marion's husband", "my friend's son": the relative at i is another woman's (not the
    patient's: "Pt's husband", "Patient's son")."""
    return (
        i >= 2
        and doc[i - 1].lower_ in ("'s", "s")
        and doc[i - 2].lower_ not in ("pt", "patient", "client", "resident")
    )


_CLINICIANS = words("""
    doctor doc dr gp onc oncologist consultant nurse surgeon physio registrar dentist
    paramedic paramedics radiographer radiologist pharmacist specialist
""")


def _another_man(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "He's coughing and running a fever": the diary's owner is a woman, so a man who has a
    symptom is someone else, unless he is a clinician or only reports hers."""
    if modifier.start >= target.start or not _same_person(target, modifier, span_between):
        return False
    doc = target.doc
    if patient_said(doc) == "relative" or any(t.lower_ in _FIRST_PERSON for t in target):
        return False
    if _described_as_the_patient(doc, modifier) or a_man_is_the_patient(doc):
        return False  # "Dad (69, male breast cancer, bone mets) ... pain 9/10"
    if any(t.lower_ in _FIRST_PERSON for t in doc[modifier.end : target.start]):
        return False
    if target.end < len(doc) and doc[target.end].lower_ in OBJECT_ME:
        return False  # "Hubby says he could barely wake me": what he found of her (round 40)
    if modifier.end < len(doc) and doc[modifier.end].lower_ in _REPORTED | _GUESSING:
        return False
    return not any(t.lower_ in _CLINICIANS for t in doc[target.sent.start : modifier.start])


# "Brother writing.", "Son here:": a relative writes the note, so "Our Jen" is the patient
_A_RELATIVE_WRITES = re.compile(
    r"^\W*(?:(?:her|his|the) )?(?:brother|sister|son|daughter|husband|wife|partner|niece|nephew|"
    r"grandson|granddaughter|cousin|carer)(?: here| writing)\b"
)


def _our_one(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Our Dave's been poorly with flu" (round 39): someone of the family, unless a relative
    writes the note ("Brother writing. Our Jen's been confused") or she speaks of herself in
    between ("Our Karen's written in here that I were muddled")."""
    doc = target.doc
    if any(t.lower_ in _FIRST_PERSON for t in doc[modifier.end : target.start]):
        return False
    if _A_RELATIVE_WRITES.match(doc.user_data.get("diary_lower_text") or doc.text.lower()):
        return False
    # "Writing this for our Maureen cos she's too tired to hold the pen" (round 70; not
    # "Writing this while our Mick is in hospital")
    if (
        modifier.start
        and doc[modifier.start - 1].lower_ == "for"
        and "writing" in (t.lower_ for t in doc[max(0, modifier.start - 4) : modifier.start])
    ):
        return False
    return _family(target, modifier, span_between)


def _asked(target: Span, modifier: Span, span_between: Span) -> bool:
    """A question about the mention itself: its sentence ends with a question mark."""
    if not _same_clause(target, modifier, span_between):
        return False
    sent = target.sent
    return sent.start == modifier.sent.start and sent[-1].text == "?"


_SOMEONE_IS = words("been got gone sat stood just not never a an the in on at always")


def _right_after(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "someone's face drooping": the mention right after the possessive (round 13)."""
    if target.start != modifier.end:
        return False
    first = target[0].lower_
    return not first.endswith("ing") and first not in _SOMEONE_IS


def _all_of_them(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "they are all coughing" after relatives named in the sentence, right before the mention."""
    doc = target.doc
    if target.start - modifier.end > 1 or any(t.lower_ in _FIRST_PERSON for t in target):
        return False
    # several of them, and no part of hers between: not "My daughter looked at my feet, they are
    # all swollen" (round 83's review)
    before = [t.lower_ for t in doc[target.sent.start : modifier.start]]
    named = [i for i, w in enumerate(before) if w in RELATIVES and w.endswith(("s", "children"))]
    return bool(named) and _POSSESSIVES.isdisjoint(before[named[-1] :])


def _next_door(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Pat next door is confused": the neighbour is the subject of the mention's clause (not
    "leant on next door's wall to get my breath back")."""
    doc = target.doc
    return (
        not any(t.lower_ in _FIRST_PERSON for t in target)
        and modifier.end < len(doc)
        and doc[modifier.end].lower_ in ("is", "has", "was", "'s", "had", "keeps", "gets", "got")
        and _same_person(target, modifier, span_between)
    )


_TOLD_THEN = words("was were had")
_LIKE_THEN = words("than as like since from unlike before until till")
_LIKE_LAST = words("what how which same happened")


def _an_earlier_time(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "last time I was on it" is an earlier time; not "up 5 times with diarrhoea and the last
    time I didn't get there in time", the last of a count just told."""
    if not _same_clause(target, modifier, span_between):
        return False
    doc = target.doc
    # "The doctor said her calcium was high last time": told in the past, the time ending the
    # sentence (round 83; not "sick like last time", "worse than last time")
    if modifier.start >= target.end:
        told = [t.lower_ for t in doc[max(target.sent.start, target.start - 2) : modifier.start]]
        # (not "Had a fit this morning, same thing happened last time", round 83's review)
        return (
            not _TOLD_THEN.isdisjoint(told)
            and _TODAY_AGAIN.isdisjoint(t.lower_ for t in target.sent)
            and _LIKE_LAST.isdisjoint(t.lower_ for t in doc[target.end : modifier.start])
            and doc[modifier.start - 1].lower_ not in _LIKE_THEN
            and (modifier.end == len(doc) or doc[modifier.end].is_punct)
        )
    before = target.doc[modifier.sent.start : modifier.start]
    return not any(t.lower_ in ("times", "x2", "x3", "x4", "x5", "x6") for t in before)


# "my headache pills", "my cough mixture", "my fatigue diary": a thing of hers that a relative
# uses, not her symptom
_HER_THINGS = words("""
    pills pill tablets tablet mixture medicine meds medication cream spray patch patches inhaler
    app diary tracker leaflet notes book drops syrup sweets lozenges nurse journal clinic team
    specialist consultant doctor appointment scan scans results letter genes gene
""")
# "My daughter has my migraines": hers to have, not the writer's
_INHERITS = words("has have had got gets get inherited inherit")


# Who a clause is about, read back from its symptom: "my legs went", "I was so breathless".
_SUBJECT_WORDS = _FIRST_PERSON | _SAME_PERSON | {"him", "they", "their", "them"} | RELATIVES


_END_THEN = frozenset({"she", "he", "her", "his", "they"})


def _end_of_a_life(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "at the end" speaks of a relative's last days when the note tells of one or a death,
    unless the symptom's own clause is hers ("my legs went from under me at the end" of a
    funeral, "I was so breathless at the end"); "I barely recognised her at the end" is not."""
    doc = target.doc
    # "My cousin died last year from the same cancer, at the end her legs were dead" (round 83;
    # a death told before it: not "Took mum to radiotherapy, at the end she was confused", "My
    # own mother had seizures at the end, so when Aoife had a fit", "at the end of the walk my
    # legs were jelly")
    if modifier.end <= target.start:
        if _DEATH.isdisjoint(t.lower_ for t in doc[target.sent.start : modifier.start]):
            return False
        then = doc[modifier.end : modifier.end + 2]
        if then and then[0].text == ",":
            then = then[1:]
        if not then or then[0].lower_ not in _END_THEN:
            return False
    before: list[str] = []
    for token in doc[max(target.sent.start, target.start - 4) : target.start]:
        before = [] if token.is_punct else [*before, token.lower_]  # the clause's own words
    subjects = [word for word in before if word in _SUBJECT_WORDS]
    if subjects and subjects[-1] in _FIRST_PERSON:
        return False
    words = {token.lower_ for token in doc}
    return bool(_DEATH.intersection(words) or RELATIVES.intersection(words))


# Words that may open the short clause of "gone": "both gone now", "all cleared up".
_GONE_OPENERS = words("both all they it its 's 're are is has have now completely totally")


# "it has gone into my left arm", "it's gone round to my front", "both gone from under me",
# "gone numb", "her left arm's gone weak": a pain that spread or a part that got worse, never
# one that went away.
# "now gone down both legs", "now gone up to my knees", "now gone behind my eyes": spread
# (round 80's review; not "the swelling has gone down")
_GONE_ON = words("up down through behind over under along")
_GONE_ON_TO = words("my her his the both to into a one")


def _gone_further(doc: Doc, i: int) -> bool:
    return doc[i].lower_ in _GONE_ON and (
        doc[i].lower_ in ("through", "behind", "along")
        or (i + 1 < len(doc) and doc[i + 1].lower_ in _GONE_ON_TO)
    )


_GONE_ELSEWHERE = words("""
    into to onto round around across from numb dead in out back for home weak floppy limp
    heavy stiff red yellow swollen droopy funny strange
    a all very really bit pale grey gray white blue purple black tingly wobbly blurry puffy pink
""")


_PEOPLE_WHO_GO = frozenset({"i", "she", "he", "we", "you"})
_HAD = frozenset({"'d", "had", "'ve", "have", "has", "'s", "d", "ve"})


def _a_person_went(doc: Doc, i: int) -> bool:
    """ "didn't know I needed to go until I'd gone": she went, nothing went away (round 13)."""
    if doc[i].lower_ != "gone" or i < 2:
        return False
    return doc[i - 1].lower_ in _HAD and doc[i - 2].lower_ in _PEOPLE_WHO_GO


_NOT_DOING = words("""
    hurting aching bothering troubling throbbing burning itching being during morning evening
    nothing something anything coming waking keeping
""")
_STOPPED_HERSELF = words("""
    halfway half-way twice several every walking talking climbing three four five taking
""")  # ("stopped taking the tablets": a medicine, round 69)
_TO_REST = words("rest sit catch breather breath")
_STAFF_WHO_STOP = words("they we nurse nurses doctor doc staff team")
_STOPPED_AND_DID = words("""
    drew took gave called rang checked sent put paged got did started fetched bled rested sat
""")


def _she_stopped(doc: Doc, i: int) -> bool:
    """ "Breathless going up the stairs, stopped halfway for a rest": she stopped, not the
    breath (round 43's review)."""
    if doc[i].lower_ != "stopped" or i + 1 >= len(doc):
        return False
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    return (
        after[0] in _STOPPED_HERSELF
        or (after[0] in ("to", "for") and not _TO_REST.isdisjoint(after[1:]))
        # "temp 38.2 at the infusion, they stopped and drew cultures" (round 80; not "Vomiting
        # stopped and got some toast down", round 80's review)
        or (
            after[:1] == ["and"]
            and after[1:2]
            and after[1] in _STOPPED_AND_DID
            and i > 0
            and doc[i - 1].lower_ in _STAFF_WHO_STOP
        )
        or _stopped_doing(doc, i)
        or (after[0] in _STOPPED_WHAT and _a_medicine_stopped(doc, i + 1))
    )


# "I'm more breathless lately and dry cough, stopped the drug while waiting for CT": a
# medicine stopped, not the symptom (round 69)
_STOPPED_WHAT = words("the my her all")
_MEDICINES = words("tablets tablet pills pill meds medicine medication cream spray drops")
_STOPPED_MEDICINES = _MEDICINES | words("""
    drug drugs chemo treatment trial injections infusion drip transfusion pump
""")  # ("they stopped the infusion", round 80)
_A_MEDICINE_WORKS = words("""
    worked work works working is are must have has kicked did do helped help helps helping seem
    seems seemed
""")


def _a_medicine_stopped(doc: Doc, start: int) -> bool:
    """ "stopped the drug while waiting for CT" (not "Chest pain stopped the tablets worked",
    where the medicine opens a clause of its own: round 69's review)."""
    for i in range(start, min(start + 4, len(doc))):
        if doc[i].lower_ in _STOPPED_MEDICINES:
            return i + 1 >= len(doc) or doc[i + 1].lower_ not in _A_MEDICINE_WORKS
    return False


_PEOPLE_WHO_STOP = words("i i've ive she she's he he's we we've they")


_STOPPING_ADVERBS = words("just also finally even completely basically all")


def _stopped_doing(doc: Doc, i: int) -> bool:
    """ "I'm so depressed I've stopped answering the phone": a person stopped doing something
    (round 65; not "Her chest pain has stopped coming on at night", "the sweats have stopped
    during the week": round 65's review)."""
    after = doc[i + 1].lower_
    who = i - 1
    # (past "just", "also": "we've just stopped having sex", round 73)
    while who > 0 and doc[who].lower_ in _STOPPING_ADVERBS:
        who -= 1
    if who > 0 and doc[who].lower_ in ("'ve", "have", "has", "'s", "had"):
        who -= 1
    return (
        after.endswith("ing")
        and after not in _NOT_DOING
        and who >= 0
        and doc[who].lower_ in _PEOPLE_WHO_STOP
    )


_HAVE_HAD = words("'ve have has 's ive i've")


def _have_had(token: Token) -> bool:
    """ "'ve had", "has had": "had" told up to now."""
    return token.lower_ == "had" and token.i > 0 and token.doc[token.i - 1].lower_ in _HAVE_HAD


_SPELLS = words("days weeks nights hours")


def _had_then_fine(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "I had muscle aches for two days, fine now": a spell told in the past, then "fine now"
    (not "Back pain bad, legs fine now", "I've had a headache for days, ok now", nor today's
    "I had bad chest pain at 5pm, ok now": round 65's review)."""
    doc = target.doc
    words_before = doc[target.sent.start : target.start]
    return (
        any(t.lower_ == "had" and not _have_had(t) for t in words_before)
        and any(
            t.lower_ == "for" and t.i + 2 < len(doc) and doc[t.i + 2].lower_ in _SPELLS
            for t in doc[target.end : modifier.start]
        )
        and _gone_after(target, modifier, span_between)
    )


_TOLD_OF = words("better worse easier eased improved still bad is was 's are were seems feels")


def _its_own_subject(target: Span, modifier: Span) -> bool:
    """ "Headache much better this morning and the zigzags have gone": what has gone is the
    mention just before the cue, after "and" closes a clause that tells of the first (not
    "Nausea and the vomiting have gone", nor "The chest pain from last night and the headache
    have gone", one subject of two; round 66)."""
    doc = target.doc
    for last in (modifier.start - 2, modifier.start - 1):
        start = _mention_ending_at(doc, last)
        if start is not None and start > target.end:
            before = [t.lower_ for t in doc[target.end : start]]
            return ("and" in before or "but" in before) and not _TOLD_OF.isdisjoint(before)
    return False


def _mention_ending_at(doc: Doc, last: int) -> int | None:
    """Where the mention whose last token is `last` starts, if one ends there (read from the
    tokens' entity tags: no pass over every mention of the note)."""
    if last < 0 or doc[last].ent_iob_ not in ("B", "I"):
        return None
    if last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        return None
    start = last
    while doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _gone_after(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "nausea in the night, gone by 6am", "a headache yesterday, both gone now": "gone"
    reaches back over one comma that opens its own short clause."""
    doc = target.doc
    if (
        doc[modifier.end - 1].lower_ == "gone"
        and modifier.end < len(doc)
        and (doc[modifier.end].lower_ in _GONE_ELSEWHERE or _gone_further(doc, modifier.end))
    ):
        return False
    if _a_person_went(doc, modifier.end - 1) or _she_stopped(doc, modifier.end - 1):
        return False
    if _its_own_subject(target, modifier):
        return False
    if _same_clause(target, modifier, span_between):
        return True
    between = list(_between(target, modifier))
    if modifier.start < target.end or not between:
        return False
    opened = 0
    while opened < 2 and len(between) > opened + 1 and between[-1 - opened].lower_ in _GONE_OPENERS:
        opened += 1
    if between[-1 - opened].text != ",":
        return False
    return _no_clause_break(target, doc[modifier.start - 1 - opened : modifier.end], _SUBJECTS)


_NOW = frozenset({"today", "now", "tonight", "currently"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "but", "though", "tho", "although"})


# What the time before a treatment was like (round 83)
_TREATED_BY = words(
    "catheter drain tap surgery op operation procedure radiation radiotherapy radioterapia "
    "stent treatment"
)
# (not "before I could sit down", "before she had a seizure at 4pm", "before I started
# coughing up blood": what happened next; round 83's review)
_THEN_VERBS = words("was couldnt couldn't could used")
# ... after a clause that tells of now: "Now I can breathe good, before I was out of breath"
_NOW_BETTER = words("now better easier today")
# ... told in the past, with nothing of today or to come: not "Before my op, I have a fever"
_TODAY_AGAIN = _NOW | words(
    "again morning afternoon evening week have 've has is am 'm are 's feel feels still tomorrow "
    "next"
)


def _before_then(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "before I was out of breath", "Before, I was with no appetite": the time before now,
    told in the past, to the end of the sentence unless she says it is so now."""
    doc = target.doc
    if modifier.end > target.start or _said_to_be_now(target):
        return False
    if modifier[0].text == ",":  # mid-sentence, after what is so now
        if _NOW_BETTER.isdisjoint(t.lower_ for t in doc[target.sent.start : modifier.start]):
            return False
        verb = doc[modifier.end : modifier.end + 2]
        if modifier[-1].lower_ in ("i", "she") and not (
            verb
            and verb[0].lower_ in _THEN_VERBS
            and (verb[0].lower_ != "could" or (len(verb) > 1 and verb[1].lower_ == "not"))
        ):
            return False
    # (not "Before I was sick this morning I had a headache", "before I was sick again")
    return _TODAY_AGAIN.isdisjoint(t.lower_ for t in doc[modifier.end : target.end])


def _said_to_be_now(target: Span) -> bool:
    """ "the numb face feeling came back today": the mention's own clause puts it in the present."""
    for token in target.doc[target.end : target.sent.end]:
        if token.lower_ in _CLAUSE_ENDS or "\n" in token.text:
            return False
        if token.lower_ in _NOW:
            return True
    return False


_HEADING_MARKS = frozenset({":", "-", "\u2013", "\u2014"})
_PRESENT = words("is are am 'm has have")
_THIS = words("this these it's its still")


def _heading(target: Span, modifier: Span) -> bool:
    """ "Last week: 2 nights of insomnia", "Wed - rotten cough": a time heading at the start of
    a sentence or line reaches to its end, unless "today" or "now" takes over."""
    doc = target.doc
    if modifier.end > target.start:  # "Fri: headache": right after its mark (round 13)
        return False
    marked = doc[modifier.end - 1].text in _HEADING_MARKS  # "fri:" is one cue
    # its mark right after it, or a word or two later ("Last year same time: in ITU")
    after = doc[modifier.end : min(target.start, modifier.end + 3)]
    mark = next((t for t in after if not t.is_alpha), None)
    marked_after = mark is not None and mark.text in _HEADING_MARKS
    if not marked and not marked_after and modifier.start == modifier.sent.start:
        # "Yesterday I was so confused, I didn't know where I was": a time opening the
        # sentence tells of all of it, until something is said to be so now.
        # In a note that lists days, the day opening the sentence is enough ("Thursday my
        # knees ached", "Thu a bit of nausea"; round 21).
        return not any(
            t.lower_ in _NOW or t.lower_ in _PRESENT or t.lower_ in _THIS or "\n" in t.text
            for t in doc[modifier.end : target.start]
        ) and (_clause_is_past(target, modifier) or _a_day_list(doc))
    # "Mon 37.3, Tue 37.6, Wed 38.0": a reading straight after its day is the day's
    reading = modifier.end == target.start and target[0].like_num
    if not (
        (marked_after or marked or reading)
        and (
            modifier.start in (modifier.sent.start, modifier.sent.start + 1)
            # "Sunday: 38.7, Monday: 38.1"; a range of days ("Wed-Thu: breathless")
            or doc[modifier.start - 1].text in (",", ";", "/", "-", "\u2013")
        )
    ):
        return False
    return not any(
        t.lower_ in _NOW or "\n" in t.text or (t.lower_ in _WEEKDAYS and t.i > modifier.end)
        for t in doc[modifier.end : target.start]
    )


# Past tense, roughly: an auxiliary, a common irregular verb, or a word in -ed that is not
# one of the feelings written that way ("tired", "worried").
_PAST_WORDS = words("""
    was were had did went got felt came took threw broke fell said told gave began saw kept
    woke slept spent brought became lost left ran made
""")
_ED_ADJECTIVES = words("""
    tired worried scared confused muddled bloated exhausted constipated fatigued depressed
    stressed nauseated blocked bunged shattered knackered frightened terrified concerned
    interested pleased relieved bored annoyed fed need bed red shed
""")


def _past_verb(token: Any) -> bool:
    word = token.lower_
    return word in _PAST_WORDS or (
        len(word) > 4 and word.endswith("ed") and word not in _ED_ADJECTIVES
    )


_LAST_ONE_SINCE = _NOW | words("again another since still more")


def _clause_is_past(target: Span, modifier: Span) -> bool:
    """Whether the mention is told in the past tense around the cue ("Temp was 38.9 Sunday
    night"), the mention's own words aside ("speech slurred"). A past verb between the mention
    and a day after it has the day to itself ("38.3, chemo was tues")."""
    doc = target.doc
    sent = target.sent
    between = doc[target.end : modifier.start]
    if modifier.start >= target.end and any(_past_verb(t) for t in between):
        # (but "Her last seizure was in August": the last one's time, round 75; not "Her last
        # seizure was Monday, she is having them every day now", round 75's review)
        latest = target.start > sent.start and doc[target.start - 1].lower_ in ("last", "latest")
        if not (
            latest
            and between[0].lower_ in ("was", "were")
            and not any(
                t.lower_ in _LAST_ONE_SINCE and doc[t.i - 1].lower_ not in ("none", "nothing")
                for t in doc[modifier.end : sent.end]
            )
        ):
            return False
    first = min(target.start, modifier.start)
    while first > max(sent.start, first - 6) and doc[first - 1].lower_ not in _CLAUSE_ENDS:
        first -= 1
    last = max(target.end, modifier.end)
    while last < min(sent.end, last + 4) and doc[last].lower_ not in _CLAUSE_ENDS:
        last += 1
    window = [
        t
        for t in doc[first:last]
        if not target.start <= t.i < target.end or len(target) == 1 or t.lower_ in _PAST_WORDS
    ]
    if any(t.lower_ in _NOW for t in window) or any(_have_had(t) for t in window):
        return False  # (nor "She's had the runs all weekend": told up to now, round 65's review)
    return any(_past_verb(t) for t in window)


# A note that says it copies a hospital's letter or summary (round 62)
_A_LETTER = re.compile(
    r"\b(?:discharge|disch|d/c|letter|summary|copied|copying|hospital card|paper from)\b"
)


def _in_a_letter(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Admitted 09/02 with ...", "Hx: ...": a history in a note copied from a letter or a
    discharge summary (not "I've just been admitted with a fever of 38.5")."""
    doc = target.doc
    said = doc.user_data.get("diary_letter")
    if said is None:
        said = doc.user_data["diary_letter"] = _A_LETTER.search(doc.text.lower()) is not None
    return said


# Who goes back herself, or will: "I had to return to the ER for chest pain", "I'm going to
# return", "Mom refused to return", "made me return" (not "said to come back if", "Plan:
# bloods in 1 wk, return if hard to wake", a letter's "Return to ED for"; round 72's review)
_GOES_BACK = words("""
    i we she he they mum mom had have has 's 've it its it's all need needs needed got going will
    'll might may could would 'd should decided deciding having made make makes refused want
    wanted wants trying tried ta na
""")
_TOLD_WHOM = words("me her him us them to")  # ("told me to come back")
# ... and what a list of reasons to go back is not: her own words, today's, a test she goes
# back for
_NOT_TOLD = (
    _FIRST_PERSON
    | _NOW
    | words("""
    still since anyway already been anything bloods tests appointment follow recheck review scan
    scans results check
""")
)


def _words_between(modifier: Span, span_between: Span) -> list[str]:
    """The words between a modifier and its target (medspacy's span takes the modifier in)."""
    return [t.lower_ for t in span_between if not modifier.start <= t.i < modifier.end]


def _told_not_done(target: Span, modifier: Span, span_between: Span) -> bool:
    """What she is told to go back for, not what she went back for or will ("I had to return to
    the ER for chest pain", "I'm going to return to the ER for this chest pain"), nor what the
    sentence goes on to tell of today ("said come back for bloods tomorrow and I told her my
    chest pain is worse"; round 72's review)."""
    doc = target.doc
    if _hers_after(target):
        return False
    # "Went through the list: no fever, no chest pain, no fits": her answers (round 81)
    if (
        "list" in {t.lower_ for t in modifier}
        and target.start
        and doc[target.start - 1].lower_ in ("no", "nil", "none", "nor")
    ):
        return False
    i = next((t.i for t in modifier if t.lower_ in ("return", "come", "go")), None)
    if i is None:
        return True
    j = i - 1  # the word before, past "to" and whom it is said to ("told me to come back")
    while j >= modifier.sent.start and doc[j].lower_ in _TOLD_WHOM:
        j -= 1
    if j >= modifier.sent.start and doc[j].lower_ in _GOES_BACK:
        return False
    between = set(_words_between(modifier, span_between))
    # a condition names her: "come back if I get weakness in my legs"
    if modifier[-1].lower_ == "if":
        between -= _FIRST_PERSON
    return _NOT_TOLD.isdisjoint(between)


_I_HAVE = words("have 've got had")  # (not "I'm to go straight to A&E")
_HAVE_IT_NOW = words("now today already tonight right . , !")


def _hers_after(target: Span) -> bool:
    """ "call right away for the chest pain I have now": she tells after the mention, in its
    clause, that she has it now (not "if I get a temp over 38 I go straight to emerg", nor
    "call 999 for chest pain i have it stuck on the fridge")."""
    doc = target.doc
    for token in doc[target.end : target.sent.end - 1]:
        if token.is_punct or token.lower_ in ("or", "and", "if"):
            return False
        if token.lower_ == "i" and doc[token.i + 1].lower_ in _I_HAVE:
            after = token.i + 2 + (token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "it")
            return after >= len(doc) or doc[after].lower_ in _HAVE_IT_NOW
    return False


_TOLD_BY = words("said says say told tells : - \u2013")
_OWN_REPORT = _FIRST_PERSON | words("is are was were has have 's 'm am")


def _told_to_ring(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "The nurse said call right away for fever over 100.4, new back pain": a list told to
    her, opening its sentence or after "said" or a colon, up to her own words."""
    doc = target.doc
    if "?" in target.sent.text:
        return False  # "ring 24h line for breathlessness?? or wait till the morning"
    start = modifier.start
    told = start == modifier.sent.start or doc[start - 1].lower_ in _TOLD_BY
    between = set(_words_between(modifier, span_between))
    return told and _OWN_REPORT.isdisjoint(between) and not _hers_after(target)


_HER_REPORT = (
    _FIRST_PERSON
    | _NOW
    | words("""
    still since already been had has got she he mum mom mam rang called she's he's 've 'm mine
    both
""")
)


def _a_list_not_hers(target: Span, modifier: Span, span_between: Span) -> bool:
    """A list of side effects or of what to ring about, in a sentence with no report of her own
    ("Card from the nurse: I have chest pain now so rang 999", "Rare side effects: seizures,
    confusion - I've had both this week"; round 74's review)."""
    doc = target.doc
    return _HER_REPORT.isdisjoint(t.lower_ for t in doc[modifier.end : target.sent.end])


_TELLERS = words("""
    oncologist onc nurse doctor dr pharmacist consultant gp registrar team he she they
""")


def _told_her_the_list(target: Span, modifier: Span, span_between: Span) -> bool:
    """The side effects of a medicine a clinician told her, listed after a colon: "Oncologist
    explained side effects of capecitabine: hand foot syndrome, diarrhoea" (not "Went through
    the side effects of the capecitabine with the nurse on the phone, diarrhoea 7 times",
    "Explained the side effects of chemo to the GP: fever 39, confused"; round 79's review)."""
    doc = target.doc
    opening = {t.lower_ for t in doc[target.sent.start : modifier.start]}
    named = doc[modifier.end : min(modifier.end + 5, target.start)]
    return (
        not opening.isdisjoint(_TELLERS)
        and any(t.text == ":" for t in named)
        and not any(t.lower_ in ("to", "with") for t in named)
        and not any(t.like_num for t in doc[modifier.end : target.sent.end])
        and _a_list_not_hers(target, modifier, span_between)
    )


_SAID_OF_IT = words("""
    bad hard horrible awful nasty scary rough strong worst worse really very so real proper grim
    tough difficult severe terrible much more
""")


def _a_list_straight_after(target: Span, modifier: Span, span_between: Span) -> bool:
    """A list that starts right after the cue, in a sentence with no report of her own."""
    doc = target.doc
    first = doc[modifier.end] if modifier.end < len(doc) else None
    return (
        first is not None
        and first.lower_ not in _SAID_OF_IT
        and _a_list_not_hers(target, modifier, span_between)
    )


# (the words of a condition itself: "if she gets a temp of 38", "if my legs go weak or I can't
# pee")
_IF_WORDS = _FIRST_PERSON | words("she he you they mum gets get has have develops")


def _an_if_list(target: Span, modifier: Span, span_between: Span) -> bool:
    """A list of what to ring about after "straight away if", up to her own words after it
    ("Ringing straight away if this goes on, I've got chest pain")."""
    return _HER_REPORT.isdisjoint(set(_words_between(modifier, span_between)) - _IF_WORDS)


def _close_by(modifier: Span, span_between: Span, most: int) -> bool:
    """At most `most` words between a modifier and its mention, and no punctuation."""
    between = [t for t in span_between if not modifier.start <= t.i < modifier.end]
    return len(between) <= most and not any(t.is_punct for t in between)


def _made_so(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "can make some people confused", "does it make you lose your hair": the mention right
    after it (not "She will make me an appointment because I've had chest pain")."""
    return _close_by(modifier, span_between, 1)


_SORTED_BY = words("'s is has have are")


def _sorted_itself(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Constipation's finally sorted": the mention is what is sorted (not "Chest pain meds
    finally sorted")."""
    return set(_words_between(modifier, span_between)) <= _SORTED_BY


def _doubt_right_after(target: Span, modifier: Span, span_between: Span) -> bool:
    """A doubt that follows the mention's own clause ("Right calf looks bigger than the left,
    maybe?"), not one of what to do next or how often ("Fever 38.4 tonight, call 111 maybe, or
    wait till morning?", "Coughing up blood this morning, twice maybe, or three times"; round
    72's review)."""
    return _close_by(modifier, span_between, 4)


def _on_a_past_day(target: Span, modifier: Span, span_between: Span) -> bool:
    """A bare day or month ("Sunday night", "Tues", "in March") is past when the clause is told
    in the past ("Temp was 38.9 Sunday night"), or when it heads the line ("Fri: ..."); not when
    it is today ("Fri (today)") or ahead ("scan results Tues")."""
    doc = target.doc
    # "Vomiting Tuesday, ok now.": the day right after the mention, then fine now, and nothing
    # more (round 87; not "Chest pain Monday, better now but still there", "Chest pain Monday,
    # fine now unless I walk")
    then_fine = [t.lower_ for t in doc[modifier.end : target.sent.end]]
    if modifier.start == target.end and then_fine in (
        [",", fine, "now", *end] for fine in ("ok", "okay", "fine", "gone") for end in ([], ["."])
    ):
        return True
    after = doc[modifier.end : modifier.end + 2]
    if any(t.lower_ in _NOW for t in after) or _began_then(target) or _since_then(doc, modifier):
        return False
    if _today_is(doc, modifier.start):
        return False  # "ok diary its tuesday": the day is today (round 12)
    if _heading(target, modifier):
        return (
            not _said_to_be_now(target)
            and not _one_days_log(doc)
            and not (
                _dated(doc, modifier)
                and not _clause_is_past(target, modifier)
                and not _medicine_for_another(target)
            )
        )
    return _in_the_past(target, modifier, span_between) and _clause_is_past(target, modifier)


_TODAY_IS = (("it", "'s"), ("its",), ("it", "is"), ("today", "is"), ("today", "'s"))


# (a day stamped with its hours, "Wed 8am", "Wed 14:00": not "Last weekend at Mum's: Sun:
# seizure 2 mins. Sun: confused all afternoon. Fine since", round 79's review)
_CLOCK_STAMP = re.compile(r"\d{1,2}(?::\d\d|\.\d\d)?(?:am|pm)?$", re.IGNORECASE)
_A_DAY_GONE = words("today yesterday tonight last since ago recap settled weekend")


def _one_days_log(doc: Doc) -> bool:
    """A log of one day, each line headed by it: "Wed 8am (Pav): Temp normal ... Wed 1pm
    (Kiran): Bit of a headache after lunch" (round 79): the day is the day the note tells of,
    unless it names today or yesterday apart from it ("The fever she had on Sunday": a day
    inside a line is still past)."""
    said = doc.user_data.get("diary_one_days_log")
    if said is None:
        heads = [
            t.lower_
            for t in doc
            if t.lower_ in _WEEKDAYS
            and (t.is_title or t.is_upper)
            and (t.i == 0 or "\n" in doc[t.i - 1].whitespace_ or doc[t.i - 1].is_space)
            and t.i + 1 < len(doc)
            and _CLOCK_STAMP.match(doc[t.i + 1].text)
        ]
        said = doc.user_data["diary_one_days_log"] = (
            len(heads) >= 2
            and len(set(heads)) == 1
            and _A_DAY_GONE.isdisjoint(t.lower_ for t in doc)
        )
    return said


_WORDS_AS_DAYS = frozenset({"sat", "sun", "wed", "mon"})


def _a_day_list(doc: Doc) -> bool:
    """Whether the note tells of two or more weekdays ("Mon was ok. Tue the nausea kicked
    in."), looked for once per note."""
    listed = doc.user_data.get("diary_day_list")
    if listed is None:
        days = {t.lower_ for t in doc if t.lower_ in _WEEKDAYS and (t.is_title or t.is_upper)}
        listed = doc.user_data["diary_day_list"] = len(days) >= 2
    return listed


def _on_a_listed_day(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Mon was ok, bit tired", "Sat lie-in, a bit of a headache": "Mon", "Wed", "Sat" or "Sun"
    opening a sentence, in capitals, in a note that lists days, is that day (round 21)."""
    first = modifier[0]
    return (
        (first.i == first.sent.start or target.doc[first.i - 1].text in (",", ";"))
        and (first.is_title or first.is_upper)
        and _a_day_list(target.doc)
        and _on_a_past_day(target, modifier, span_between)
    )


def _on_an_earlier_day(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "Day 2: nausea, took ondansetron. ... Day 7 (today): ...": a day of a cycle heading its
    line is past when the note goes on to a later day's heading; the last one is today."""
    doc = target.doc
    number = modifier[1].text
    later = any(
        t.lower_ == "day"
        and t.i + 1 < len(doc)
        and doc[t.i + 1].is_digit
        and number.isdigit()
        and int(doc[t.i + 1].text) > int(number)
        for t in doc[modifier.end :]
    )
    return later and _heading(target, modifier) and not _said_to_be_now(target)


def _today_is(doc: Doc, start: int) -> bool:
    """ "it's Tuesday", "today is Fri": the day named is today."""
    return any(
        start >= len(words) and tuple(t.lower_ for t in doc[start - len(words) : start]) == words
        for words in _TODAY_IS
    )


_HER_KIN = words("mum mam mom mother nan gran granny me her myself")


def _medicine_for_another(target: Span) -> bool:
    """ "Tues: headache tablets for Jim from the chemist": someone else's medicine, named by
    what it treats, is no symptom of the day."""
    doc, end = target.doc, target.end
    if end + 2 >= len(doc) or doc[end].lower_ not in _MEDICINES or doc[end + 1].lower_ != "for":
        return False
    whom = doc[end + 2]
    return whom.lower_ not in _HER_KIN and (whom.is_title or whom.lower_ in ("him", "them"))


def _dated(doc: Doc, modifier: Span) -> bool:
    """ "Tues: HA again, took 2 paracetamol.": a day heading the note, the only one in it, is
    the day the note was written for, as a date is, unless its clause is told in the past
    ("Fri: said her legs were heavy"); "Fri: awful. Sat: better" tells of days."""
    if modifier.start != 0 or modifier.end >= len(doc):
        return False
    if not (
        doc[modifier.end].text in _HEADING_MARKS or doc[modifier.end - 1].text in _HEADING_MARKS
    ):
        return False
    return not any(t.lower_ in _NOW for t in doc[modifier.end :]) and not any(
        t.lower_ in _WEEKDAYS and t.i + 1 < len(doc) and doc[t.i + 1].text in _HEADING_MARKS
        for t in doc[modifier.end :]
    )


def _any_of_it(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "any blood when I cough, go straight in": the mention is what "any" asks of."""
    doc = target.doc
    return any(t.lower_ == "any" for t in doc[max(0, target.start - 2) : target.start])


_BEGAN = words("started starting began")


def _since_then(doc: Doc, modifier: Span) -> bool:
    """ "Since coming home from St. David's on Monday she's not eating": the day is when it
    began, in the clause that "since" opens (round 72)."""
    for i in range(modifier.start - 1, modifier.sent.start - 1, -1):
        word = doc[i].lower_
        if word in _CLAUSE_ENDS:
            return False
        if word == "since":
            return True
    return False


_SINCE_SUBJECTS = _SUBJECTS | words("she's he's i've she'd i'd")


def _since_then_hers(target: Span, modifier: Span) -> bool:
    """ "Since coming home on Monday she's not eating": the clause "since" opens is over before
    hers begins (not "Since the ER visit on Sunday for chest pain I've felt fine": its pain is
    the visit's; round 72's review)."""
    doc = target.doc
    return (
        modifier.start < target.start
        and _since_then(doc, modifier)
        and any(t.lower_ in _SINCE_SUBJECTS for t in doc[modifier.end : target.start])
    )


_PART_OF_TODAY = words("morning afternoon evening")


def _again_today(target: Span, modifier: Span) -> bool:
    """A time after the mention that the sentence brings up to today at once (round 86): "my
    legs gave way in Tesco last Thursday and again this morning"; "My legs went weak a few days
    ago and they are still weak". Not "last Thursday and again on Sunday", "again this
    January", "again this time two years ago", nor an "again" of something else ("Fever last
    week, my grandson is poorly again today")."""
    if target[0].lower_ in ("they", "it") and any(t.lower_ == "still" for t in target):
        return True
    after = [t.lower_ for t in target.doc[modifier.end : modifier.end + 4]] + ["", "", "", ""]
    return (
        modifier.start >= target.end
        and after[:2] == ["and", "again"]
        and (after[2] in _NOW or (after[2] == "this" and after[3] in _PART_OF_TODAY))
    )


def _began_then(target: Span) -> bool:
    """ "Monday I started feeling short winded": it began then and goes on (round 52)."""
    return any(t.lower_ in _BEGAN for t in target.doc[max(0, target.start - 3) : target.start])


_IS_NOW = words("is 's are 're")
# words that tie a day to the fall or the event the bone broke in ("following fall in corridor
# yesterday", "after tripping on Monday")
_FALL_WORDS = words("fall fell following after tripped slipped")
# days near enough that a bone broken then is still broken ("yesterday", not "last spring")
_LATELY = _WEEKDAYS | words("yesterday night morning evening afternoon")
_BROKEN = words("broken fractured cracked")


def _told_as_broken_now(target: Span) -> bool:
    """ "my wrist is broken", "ribs are cracked": the mention says the bone is broken now."""
    words_of = [t.lower_ for t in target]
    return any(a in _IS_NOW and b in _BROKEN for a, b in pairwise(words_of))


_NEXT_IN_TIME = words("day morning night evening afternoon")


def _a_day_ahead(doc: Doc, modifier: Span) -> bool:
    """ "I am nervous for next cycle on Sunday": a day ahead (round 67; not "The next day on
    Tuesday I vomited", a story's next day, nor a "next" in the sentence before)."""
    if modifier[0].lower_ != "on":
        return False
    start = max(modifier.sent.start, modifier.start - 3)
    return any(
        t.lower_ in ("next", "upcoming")
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ not in _NEXT_IN_TIME
        for t in doc[start : modifier.start]
    )


_BACK_NOW = words("again another")
_TIMES_AGO = words("ago year years yrs month months mths")


def _back_now(target: Span, modifier: Span) -> bool:
    """A time ago, or a month or a year, that the sentence brings up to now (round 69's review):
    "Seizure 2 yrs ago and another one this morning", "Numb legs 3 mths ago and they are numb
    again"; "Since the chemo stopped 3 months ago the numbness in my feet has got worse";
    "Chest pain like the one I had 6 months ago" (the time is the other one's)."""
    if _TIMES_AGO.isdisjoint(t.lower_ for t in modifier):
        return False
    doc = target.doc
    if modifier.end <= target.start:  # the time before the mention: "since" it, to now
        return any(
            t.lower_ == "since"
            for t in doc[max(modifier.sent.start, modifier.start - 5) : modifier.start]
        )
    if {"like", "one"} <= {t.lower_ for t in doc[target.end : modifier.start]}:
        return True
    for token in doc[modifier.end : modifier.sent.end]:
        if token.text in (".", "!", "?", ";"):
            return False
        if token.lower_ in _BACK_NOW:
            return True
    return False


_DAYS_UP_TO_NOW = words("week fortnight")  # the past's cues: "last week", "last fortnight"
_OVER = words("for over in during within throughout")


def _the_last_days(doc: Doc, modifier: Span) -> bool:
    """ "Back pain's been worse the last week", "for the last fortnight": the days up to now
    (round 70; not "The last week of fasting gave me thumping headaches", "Had chest pain the
    last week we were in Spain")."""
    start = modifier.start
    if not (
        start > 1
        and len(modifier) > 1
        and modifier[0].lower_ == "last"
        and modifier[1].lower_ in _DAYS_UP_TO_NOW
        and doc[start - 1].lower_ == "the"
        and (modifier.end >= len(doc) or doc[modifier.end].lower_ != "of")
    ):
        return False
    return doc[start - 2].lower_ in _OVER or any(
        t.lower_ == "been" for t in doc[max(modifier.sent.start, start - 5) : start]
    )


_AFTER_A_SCORE = words(", . ; after and now out today but")  # (not "today 10/10 back to her")


def _a_score(doc: Doc, i: int) -> bool:
    """A pain score of 1 to 10 at token i, alone: "today 4", "today 4 after the radiotherapy"."""
    if i >= len(doc) or not doc[i].text.isdigit() or not 1 <= int(doc[i].text) <= 10:
        return False
    return i + 1 >= len(doc) or doc[i + 1].lower_ in _AFTER_A_SCORE


def _in_the_past(target: Span, modifier: Span, span_between: Span) -> bool:
    """A past time reaches the mention in its clause, unless she says it is "still" there."""
    if _said_to_be_now(target):
        return False
    if _a_day_ahead(target.doc, modifier):
        return False
    # "The fall on Saturday has left me with a cracked rib": what the past left is now's
    between = [t.lower_ for t in target.doc[modifier.end : target.start]]
    if any(between[i : i + 3] == ["left", "me", "with"] for i in range(len(between) - 2)):
        return False
    # "she slipped yesterday and the X-ray today shows her wrist is broken" (round 35)
    if "today" in between or "tonight" in between:
        return False
    # "coughing since the biopsy yesterday and theres little streaks of blood" (round 83)
    # (not "Back in March there's a note that I had a seizure")
    if any(
        between[i - 1] == "and" and between[i] == "there" and between[i + 1] in ("'s", "s", "is")
        for i in range(1, len(between) - 1)
    ):
        return False
    # "Bone pain yesterday 7, today 4": scored again today (round 77; not "today 36.9", "now 24
    # hours clear", "today 2 puffs of inhaler and fine", round 77's review)
    if modifier.start >= target.end and any(
        t.lower_ in ("today", "now", "tonight") and _a_score(t.doc, t.i + 1)
        for t in target.doc[modifier.end : min(modifier.end + 4, target.sent.end)]
    ):
        return False
    if _back_now(target, modifier) or _the_last_days(target.doc, modifier):
        return False
    if _again_today(target, modifier):
        return False
    # "the arm is swollen again like in 2019": the time is the comparison's (round 71; not
    # "Terrified its another fracture like last year")
    if (
        modifier.start >= target.end
        and target.doc[modifier.start - 1].lower_ == "like"
        and any(t.lower_ == "again" for t in target.doc[target.end : modifier.start])
    ):
        return False
    if _began_then(target) or _since_then_hers(target, modifier):
        return False
    # "Fell on the ice Wednesday and my wrist is broken": a bone that is broken is broken now
    # (round 51)
    if target.label_ in _EVENTS and _told_as_broken_now(target):
        return False
    # "X-ray confirms fracture of L wrist following fall in corridor yesterday": the day is
    # the fall's, the break is now (round 59); "Fell in the parking lot last thursday and broke
    # my wrist ... Cast on now": a bone broken days ago is broken still (round 72)
    if (
        target.label_ == "fracture"
        and modifier[-1].lower_ in _LATELY
        and (
            modifier.start < target.start
            or not _FALL_WORDS.isdisjoint(t.lower_ for t in span_between)
        )
    ):
        return False
    # "a new ache in my shin bone that wasn't there at the weekend" (round 37)
    after_it = [t.lower_ for t in span_between] if modifier.start >= target.end else []
    if "there" in after_it and not _NOT_THERE.isdisjoint(after_it):
        return False
    if not (
        _same_clause(target, modifier, span_between)
        or _heading(target, modifier)
        or _continued_in_the_past(target, modifier)
    ):
        return False
    doc = target.doc
    if modifier.end < len(doc) and doc[modifier.end].lower_ in ("'s", "s"):
        return False  # "on Friday's bloods": the day is the bloods'
    # "aching since the dentist last week": it began then and goes on.
    if any(t.lower_ == "since" for t in doc[max(0, modifier.start - 3) : modifier.start]):
        return False
    # "Had shingles years ago and the pain in my side was nothing like this back pain": the one
    # now, compared (round 60; not "Two years ago I had this rash")
    if (
        modifier.end <= target.start
        and target.start > 1
        and doc[target.start - 1].lower_ in ("this", "these")
        and doc[target.start - 2].lower_ in ("like", "than")
    ):
        return False
    # "From yesterday I have short breath": since yesterday (round 60)
    if modifier.start > 0 and doc[modifier.start - 1].lower_ == "from":
        return False
    before = doc[max(target.sent.start, target.start - 3) : target.start]
    after = doc[target.end : target.sent.end]  # "on Monday and it's still here"
    if any(_still_here(token) for token in (*before, *span_between, *after)) and not (
        target.label_ in _EVENTS and _YEAR.search(modifier.text)
    ):
        return False  # but "Broke my hip in 2021, the pin is still in" (round 28)
    # "hurts to breathe since I coughed on Sunday", "sore from yoga yesterday": the time belongs
    # to the cause named after the mention.
    # "worrying about the scan results on Friday": the day is the scan's.
    causes = ("since", "from", "after", "because", "about", "before", "until", "till", "who",
              "which", "whose", "abt", "bout", "re", "over")  # fmt: skip
    if modifier.start >= target.end and _compared_in_brackets(span_between):
        return False  # "Back pain 8/10 (was 5 yesterday)": the day is the comparison's (round 42)
    return not (modifier.start >= target.end and any(t.lower_ in causes for t in span_between))


_LINKS = words("and or the , &")
_TO_ME = {("to", "me"), ("in", "me"), ("me", "too")}


def _of_a_relative(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "Doctor said on video: the cough and the fever of my grandson is not danger for me": a
    symptom named with "the", then whose it is (not "sore because of my husband's snoring",
    "the pain of my son's death" is no mention of his, nor "I caught the fever of my
    husband")."""
    doc = target.doc
    if modifier.start < target.end or target.start == 0 or doc[target.start - 1].lower_ != "the":
        return False
    # The list opens its sentence or follows a colon or a comma (not "I caught the fever of my
    # husband", "Got the fever of my husband", "Now I have the cough of my grandson": hers now)
    first = target.start
    while first > target.sent.start and (
        doc[first - 1].lower_ in _LINKS or doc[first - 1].ent_iob_ != "O"
    ):
        first -= 1
    if first > target.sent.start and doc[first - 1].text not in (":", ","):
        return False
    # ... nor "The fever of my husband went to me too"
    rest = [t.lower_ for t in doc[modifier.end : target.sent.end]]
    if "gave" in rest or any(pair in _TO_ME for pair in pairwise(rest)):
        return False
    end = modifier.end
    if end < len(doc) and doc[end].lower_ in ("'s", "s"):
        return False
    return all(t.lower_ in _LINKS or t.ent_iob_ != "O" for t in doc[target.end : modifier.start])


def _any_told(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "the nurse said any fever on chemo is an emergency": a rule of what may come; not "Doctor
    says any pain in my back is the bone mets", hers (round 42)."""
    return _same_clause(target, modifier, span_between) and not any(
        t.lower_ in ("my", "her") for t in target
    )


def _before_a_colon(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "New leaflet for the capecitabine: sore palms", "went through the risks of the brain
    radiotherapy: tiredness": what follows the colon a few words on."""
    doc = target.doc
    colon = next((t.i for t in doc[modifier.end - 1 : modifier.end + 8] if t.text == ":"), None)
    return colon is not None and target.start > colon


def _compared_in_brackets(span_between: Span) -> bool:
    """ "(was 5 yesterday)", "(x2 yesterday)": a rating in brackets before the time."""
    words = [t.lower_ for t in span_between]
    if "(" not in words:
        return False
    inside = words[len(words) - words[::-1].index("(") :]
    return any(w.isdigit() or re.fullmatch(r"x\d+|\d+/10", w) for w in inside)


# "still on the keppra", "still taking the tablets": a treatment goes on, not the symptom.
_STILL_TREATED = frozenset({"on", "taking", "using", "waiting"})


# One-off events told with a year: what is "still" there is their mark, not the event.
_EVENTS = frozenset({"fracture", FRACTURE_SAID, "seizure"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\byears?\b")


def _still_here(token: Token) -> bool:
    doc = token.doc
    return token.lower_ == "still" and (
        token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in _STILL_TREATED
    )


def _continued_in_the_past(target: Span, modifier: Span) -> bool:
    """ "Had a fall last month, broke her arm": after the time, a comma and a verb in the past
    with no subject of its own go on with the same clause."""
    if modifier.end > target.start:
        return False
    doc = target.doc
    between = doc[modifier.end : target.start]
    commas = [t.i for t in between if t.text == ","]
    if len(commas) != 1 or any(t.lower_ in _CLAUSE_ENDS - {","} for t in between):
        return False
    after = commas[0] + 1
    return after < len(doc) and _past_verb(doc[after])


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _no_clause_break(
    target: Span,
    modifier: Span,
    subjects: frozenset[str],
    *,
    continues: frozenset[str] = frozenset(),
    verb_continues: bool = False,
    appositive: bool = False,
) -> bool:
    """Whether the words between cue and mention stay in one clause. An aside in brackets
    ("Dad (her husband) is exhausted") is skipped; a comma before a word of `continues`
    ("rang, she broke") does not break; with `appositive`, neither does a name between commas
    ("my daughter, Emma, has a temperature")."""
    tokens = list(_between(target, modifier))
    doc = target.doc
    # "Jacko (grandson, 4) had a febrile convulsion", "Kiran (my running partner) just found
    # out": the cue inside brackets after a name (rounds 53, 57)
    depth = int(
        appositive
        and any(t.text == "(" for t in doc[max(0, modifier.start - 3) : modifier.start])
        and not any(t.text == ")" for t in doc[max(0, modifier.start - 3) : modifier.start])
    )
    skip_to = -1
    for i, token in enumerate(tokens):
        if i <= skip_to:
            continue
        text = token.lower_
        if (  # "Jane, my friend, has back pain": the relative is the aside
            appositive
            and i == 0
            and text == ","
            and modifier.start >= 2
            and doc[modifier.start - 1].lower_ in _POSSESSIVES
            and doc[modifier.start - 2].text == ","
        ):
            continue
        if appositive and text in _DASHES and token.whitespace_:
            # "My sister - who also has cancer - is breathless"
            later = [j for j in range(i + 1, min(len(tokens), i + 10)) if tokens[j].text in _DASHES]
            if later:
                skip_to = later[0]
                continue
            # "My brother has never had any of this - no nausea, no hair loss - with his
            # treatment": the mention is inside the aside, which speaks of him (not "Mum came
            # over - I've had a headache all day -": the writer's own words)
            closing = [
                t
                for t in doc[target.end : min(len(doc), target.end + 8)]
                if t.text in _DASHES and t.whitespace_
            ]
            aside = tokens[i + 1 :]
            if closing and not any(t.lower_ in _FIRST_PERSON | _I for t in aside):
                break
        if appositive and text == ",":
            named = 0
            while i + 1 + named < len(tokens) and tokens[i + 1 + named].is_title and named < 3:
                named += 1
            if named and i + 1 + named < len(tokens) and tokens[i + 1 + named].text == ",":
                skip_to = i + 1 + named
                continue
        if text == "):":  # a bracket closed on a colon ends the clause, inside or out
            return False
        if text == "(":
            depth += 1
            continue
        if text == ")" and depth:
            depth -= 1
            continue
        if depth:
            continue
        if text == "," and token.i + 1 < len(doc):
            after = doc[token.i + 1]
            if after.lower_ in continues:
                continue
            # "my brother was diagnosed, coughing up blood": a verb with no subject of its own
            if verb_continues and (
                (after.lower_.endswith("ing") and len(after) > 4) or _past_verb(after)
            ):
                continue
            # "My husband has the flu, fever and cough": a list of two or more after the comma
            if verb_continues and _a_list_of_them(doc, token.i + 1, target):
                continue
        # "bladder/bowel": a slash between two words joins them
        if (
            text == "/"
            and not token.whitespace_
            and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].is_alpha
            and doc[token.i + 1].is_alpha
            and not doc[token.i - 1].whitespace_
        ):
            continue
        # "18:00", "2/10": a time or a rating, not a clause break
        if (
            text in (":", "/")
            and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].is_digit
            and doc[token.i + 1].is_digit
        ):
            continue
        if text in _CLAUSE_PUNCT or "\n" in text:
            return False
        if text == "-" and token.whitespace_ and i and tokens[i - 1].whitespace_:
            return False
        next_word = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if text in _CLAUSE_CONJUNCTIONS and next_word in subjects:
            return False
    return True


def _a_list_of_them(doc: Any, start: int, target: Span) -> bool:
    """Whether the words from `start` are mentions joined by "and", "or" or commas, two or
    more, the target among them."""
    found, i = 0, start
    while i < len(doc):
        token = doc[i]
        if token.ent_iob_ == "B":
            found += 1
            i += 1
            while i < len(doc) and doc[i].ent_iob_ == "I":
                i += 1
            continue
        if token.lower_ not in ("and", "or", ",", "&"):
            break
        i += 1
    return found >= 2 and target.end <= i


# "She'll have a seizure sometimes when tired": what she does, not what is to come.
_HABITUAL = words("sometimes usually often always whenever normally generally occasionally tends")


def _a_future(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "I'll have another seizure": the mention is what the cue's own clause is to have."""
    if modifier.end > target.start or not _same_clause(target, modifier, span_between):
        return False
    doc = target.doc
    start = modifier.start
    while start > target.sent.start and doc[start - 1].lower_ not in _CLAUSE_ENDS:
        start -= 1
    end = target.end
    while end < target.sent.end and doc[end].lower_ not in _CLAUSE_ENDS:
        end += 1
    return not any(token.lower_ in _HABITUAL for token in doc[start:end])


_FEARING = words("scared afraid terrified frightened petrified worried worry")


def _feared(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "scared I'll get jaw pain", "terrified I will have a fit", "I worry that I'll be short
    of breath on the plane": a future she fears."""
    doc = target.doc
    before = modifier.start - 1
    if before > 0 and doc[before].lower_ == "that":
        before -= 1
    return (
        before >= 0 and doc[before].lower_ in _FEARING and _a_future(target, modifier, span_between)
    )


_DOUBTING = frozenset({"sure", "know", "wonder", "wondering", "whether", "unsure", "certain"})


def _the_other_doubted(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "not sure if I'm just tired or actually weak": an alternative to something doubted is
    doubted too (not "no pain or actually a twinge", which doubts nothing)."""
    if modifier.end > target.start or not _same_clause(target, modifier, span_between):
        return False
    doc = target.doc
    return any(t.lower_ in _DOUBTING for t in doc[target.sent.start : modifier.start])


def _feared_not_happened(target: Span, modifier: Span, _span_between: Span) -> bool:
    """ "it scares me", "this frightens me": the fear is of what did happen."""
    doc = target.doc
    return not (modifier.start and doc[modifier.start - 1].lower_ in ("it", "this", "that"))


_CHART_MARKS = frozenset("✓✔☑✅✗✘❌❎☐")


def _marks_lead(doc: Doc) -> bool:
    """Whether the note's chart puts each mark before its item ("Tick sheet: ✓ hot flushes ✗
    rash"), not after it ("Fever ✓ cough ✗"), by where its first mark stands (round 32)."""
    lead = doc.user_data.get("diary_marks_lead")
    if lead is None:
        first = next((t for t in doc if t.text in _CHART_MARKS), None)
        lead = first is not None and (
            first.i == 0 or doc[first.i - 1].is_punct or doc[first.i - 1].is_space
        )
        doc.user_data["diary_marks_lead"] = lead
    return lead


def _chart_mark_reaches(target: Span, modifier: Span, span_between: Span) -> bool:
    """A chart's cross or empty box reaches its own item only: "Fever ✓ cough ✗" leaves the
    ticked fever alone (another mark between them ends the reach), and "✓ tired ✗ fever" the
    tired (the marks stand before their items)."""
    between = _between(target, modifier)
    if any(t.text in _CHART_MARKS or t.text == "[" for t in between):
        return False
    if modifier.start >= target.end and _marks_lead(target.doc):
        return False
    return _same_clause(target, modifier, span_between)


_DETERMINERS = words("a an any the some her my his")


def _ruled_out_itself(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "ruled out a fracture", "can't rule out any clot": the mention itself, not "can't rule
    out that the tingling is just the cold" (a cause doubted)."""
    return modifier.end <= target.start and all(
        t.lower_ in _DETERMINERS for t in target.doc[modifier.end : target.start]
    )


def _asked_is(target: Span, modifier: Span, span_between: Span) -> bool:
    """ "is this" opening what it asks: at the start of a sentence, or after a comma or a
    joining word, not after a noun ("New thing is this pain")."""
    doc = target.doc
    i = modifier.start
    opens = i == target.sent.start or doc[i - 1].is_punct or doc[i - 1].lower_ in _ASK_AFTER
    # "Is this rash from the new tablet?": the cause of one she points at is asked (round 61)
    if (
        doc[i + 1].lower_ in ("this", "that")
        and target.start == modifier.end  # (not "is this a rash from the new medicine?")
        and target.end < len(doc)
        and doc[target.end].lower_ in _CAUSE_ASKED
    ):
        return False
    return opens and _same_clause(target, modifier, span_between)


_ASK_AFTER = frozenset({"or", "and", "but", "so", "also", "now", "then", "maybe", "hmm", "um"})
_CAUSE_ASKED = _CAUSE_AFTER | {"caused", "cos", "coz", "related"}


def _chart_cross_reaches(target: Span, modifier: Span, span_between: Span) -> bool:
    """A cross reaches the item on its side of the chart's layout: "Fever ✗" after it, "✗
    fever" before it where the marks lead."""
    before = modifier.end <= target.start
    doc = target.doc
    if not before and modifier.end < len(doc) and doc[modifier.end].lower_ in _NO_AFTER_CROSS:
        return False  # "Constipation day 3 ✗ no BM": the cross is the "no" after it (round 42)
    return before == _marks_lead(doc) and _chart_mark_reaches(target, modifier, span_between)


_NO_AFTER_CROSS = frozenset({"no", "not", "nil", "none", "zero"})


def _the_word_not(target: Span, modifier: Span, span_between: Span) -> bool:
    return (
        target.doc[modifier.start].lower_ == "not"
        and _same_clause_or_list(target, modifier, span_between)
        and not _less_than_before(target)
    )


_LESS = words("much often bad")


def _less_than_before(target: Span) -> bool:
    """ "Not coughing so much now": less of it, still there (round 69; not "so much as")."""
    doc = target.doc
    return (
        target.end + 1 < len(doc)
        and doc[target.end].lower_ in ("so", "as")
        and doc[target.end + 1].lower_ in _LESS
        # not "Not vomiting so much as once", "Not pain so much as stiffness"
        and (target.end + 2 >= len(doc) or doc[target.end + 2].lower_ != "as")
    )


_NUMBER_WORDS = words("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
""")


def context_rules() -> list[ConTextRule]:
    """Our ConText rules (medspacy's clinical defaults are not used)."""
    from medspacy.context import ConTextRule

    rules: list[ConTextRule] = []

    # One rule a phrase, the first given: two rules on the same words would be chosen between
    # by the order of their match ids, which moves whenever a rule is added (round 28).
    seen: set[str] = set()

    def add(phrases: Iterable[str | list[dict]], category: str, direction: str, **kw: Any):
        for phrase in phrases:
            if isinstance(phrase, str):
                if phrase.lower() in seen:
                    continue
                seen.add(phrase.lower())
                rules.append(ConTextRule(phrase, category, direction=direction, **kw))
            else:
                rules.append(
                    ConTextRule(str(phrase), category, pattern=phrase, direction=direction, **kw)
                )

    def word(*words: str) -> dict:
        # One word is an exact value, checked in C; a set is a predicate run on every token.
        return {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": list(words)}}

    clause: dict[str, Any] = {"on_modifies": _same_clause}
    neg, unc, hist, hyp, fam = (
        "NEGATED_EXISTENCE",
        "POSSIBLE_EXISTENCE",
        "HISTORICAL",
        "HYPOTHETICAL",
        "FAMILY",
    )

    # Negation. Bare "not" is the word itself, not the "n't" of "can't stop coughing" (the
    # phrases match on NORM, which "n't" shares).
    listing: dict[str, Any] = {"on_modifies": _same_clause_or_list}
    add(["no", "nor"], neg, "FORWARD", **listing)
    add(["not"], neg, "FORWARD", on_modifies=_the_word_not)
    add(["without", "without any"], neg, "FORWARD", on_modifies=_without)
    before = """denies | deny | denied | never | never had | no more |
        no longer | free of | none of | no sign of | no signs of | no further | haven't had |
        hasn't been | haven't been | haven't got | haven't noticed | didn't have | didn't get |
        don't have | don't get | doesn't have | wasn't | weren't | isn't | aren't | not any |
        zero | nil | nuh"""
    add(phrases(before), neg, "FORWARD", **listing)
    # "Never felt so much as a twinge": a denial, longer than the comparison's pseudo-cue
    much_as = "never felt so much as | never been so much as | never had so much as"
    add(phrases(much_as), neg, "FORWARD", **listing)
    # "pain-free", "pain free today"
    add(["free"], neg, "BACKWARD", max_scope=2, **clause)
    # Tagalog "walang lagnat" (no fever); Hindi and Urdu "bukhar nahi hai" (round 31)
    add(["walang", "wala"], neg, "FORWARD", max_scope=2, **clause)
    add(["mou"], neg, "FORWARD", max_scope=2, **clause)  # Cantonese "mou tau tung" (none)
    add(["nahi", "nahin", "nahi hai", "nahin hai"], neg, "BACKWARD", max_scope=2, **clause)
    # Hawaii "Nausea pau", "Diarrhea all pau." (finished), "Nevah throw up" (didn't; round 79)
    add(["pau", "all pau"], neg, "BACKWARD", max_scope=2, on_modifies=_pau)
    # Guyanese "Nah fever today. Nah vomit." (right before it; round 82)
    add(["nah"], neg, "FORWARD", max_scope=2, on_modifies=_nah_then_it)
    add(["nevah"], neg, "FORWARD", max_scope=3, on_modifies=_nevah)
    # Charts of ticks: "Vomiting ✗", "N/V ✘" (a cross after it); "☐ fits" (a box left empty)
    add(["✗", "✘", "❌", "❎"], neg, "BIDIRECTIONAL", max_scope=3, on_modifies=_chart_cross_reaches)
    add(["☐"], neg, "FORWARD", max_scope=2, on_modifies=_chart_mark_reaches)
    # "[ ] vomiting", "[✗] fever": a box left empty or crossed, before its item (round 32)
    add(["[ ]", "[]", "[✗]", "[✘]"], neg, "FORWARD", max_scope=4, on_modifies=_chart_mark_reaches)
    # "didn't vomit", "hasn't coughed", "haven't wet myself": an auxiliary and "not" before a verb.
    # Phrases, not a token pattern: spaCy's PhraseMatcher costs nothing per rule.
    auxiliaries = ["did", "do", "does", "has", "have", "had", "was", "were", "is", "are", "am",
                   "ai"]  # "she ain't confused" (round 60)  # fmt: skip
    negated_auxiliaries = [f"{aux} not" for aux in auxiliaries] + [
        f"{aux}n't" for aux in auxiliaries
    ]
    add(negated_auxiliaries, neg, "FORWARD", max_scope=4, **clause)
    after = """gone | is gone | has gone | have gone | went away | has gone away | 's away |
        is away | stopped |
        has stopped | have stopped | disappeared | cleared up | has cleared | cleared | resolved |
        is over | not there | is not there | isn't there | haven't come back | hasn't come back |
        have not come back | has not come back | haven't returned | hasn't returned"""
    add(phrases(after), neg, "BACKWARD", max_scope=8, on_modifies=_gone_after)
    # "the cough that troubled me in June is finished now", "having the vomiting but now
    # finish", "The numbness in my fingers has gone back to normal" (round 38)
    over = """is finished | are finished | finished already | now finish | is finish |
        gone back to normal | is back to normal | are back to normal"""
    # "Ears ringing after the platinum chemo last year, now is gone" ("now" would end the reach
    # of "is gone"; round 80)
    over += " | now is gone | now it's gone | now its gone | now gone"
    # "The rash on my arms faded over the weekend", "Constipation's sorted", "sorted itself
    # out", "is long gone", "is totally gone" (round 39)
    over += """ | faded | has faded | faded away | 's sorted | is sorted | sorted itself out |
        is long gone | long gone | is totally gone | is completely gone | totally gone |
        completely gone | all gone | is a distant memory | a distant memory | has settled |
        have settled | settled down | are healed | is healed"""
    # "Yesterday's headache was a monster but it's gone today", "and now it's gone" (round 40)
    over += " | " + " | ".join(
        f"{then} {it} gone"
        for then in ("but", "and now", "now")
        for it in ("it's", "it has", "it")  # Jamaican "but it gone now" (round 58)
    )
    # Ulster "but it's away now" (round 59; not "it's away from my chest")
    over += " | but it's away now | but it is away now"
    # "Bit of a headache Tuesday but gone now" (round 75; not "but gone worse", "but gone on
    # all night", round 75's review)
    over += " | but gone now | but all gone now"
    # "The vomiting it is finish since Tuesday. ... The diarrhea also stop." (round 84; the
    # sentence ends: not "Fever 38.5 and the tablets also stop working")
    add([[word("also"), word("stop"), word(".", "!")]], neg, "BACKWARD", max_scope=8,
        on_modifies=_gone_after)  # fmt: skip
    add(phrases(over), neg, "BACKWARD", max_scope=10, on_modifies=_gone_after)
    # "Cracked rib from coughing last year, healed fine": over and done.
    healed = "healed | all healed | mended"
    add(phrases(healed), hist, "BACKWARD", max_scope=8, on_modifies=_gone_after)
    # ... but "the hip fracture from March has healed", "Mouth ulcers from the last cycle have
    # healed up": over now, as four writers in four label it (round 54)
    healed_now = (
        "has healed | have healed | has healed up | have healed up | healed up | has mended"
    )
    add(phrases(healed_now), neg, "BACKWARD", max_scope=8, on_modifies=_gone_after)
    # "Constipation's finally sorted, the senna worked", "the rash sorted itself out" (round 73)
    # (the mention right before it: not "Chest pain meds finally sorted", round 73's review)
    add(phrases("finally sorted | sorted itself out | has sorted itself | 's sorted now"), neg,
        "BACKWARD", max_scope=3, on_modifies=_sorted_itself)  # fmt: skip

    # "After the zoledronic acid I had muscle aches for two days, fine now" (round 65)
    fine_now = "fine now | ok now | okay now | all fine now | all good now | all ok now"
    add(phrases(fine_now), hist, "BACKWARD", max_scope=10, on_modifies=_had_then_fine)

    # Hypothetical: conditions, futures, warnings. These run through lists ("fever, rash").
    conditions = """if | if i get | if i have | in case | in case of |
        in case i get | watch for | watching for | watching out for |
        watch out for | look out for | warned of | warned me of | keep an eye out for |
        when to call: | when to ring: | when to phone: | over when to call: | call if |
        ring if |
        warn me about | warn about |
        keep an eye on | signs of |
        might get | could get | to report | report any | tell us about | let us know if |
        may get | will get | might cause | may cause | can cause | could cause | risk of |
        chance of | worried i'll get | worried i will get | worried i might get |
        could also get | might also get | may also get |
        worried about getting | scared of getting | afraid of getting |
        side effects include | side effects are | warned me about | warned about |
        leaflet lists | leaflet says | leaflet warns about | leaflet mentions | leaflet warns of |
        sheet lists | lists | warns about | list of side effects | side effects like |
        what to do if | to prevent | might | should i get | will i get | can this cause |
        can it cause | could this cause | could it cause | does it cause | will it cause |
        hoping i don't get | hope i don't get | hoping i dont get | hope i dont get |
        hope i am not too | hope i'm not too | hoping i'm not too | hope i won't be too |
        hoping not to get | hope i won't get | does anyone else get | anyone else get |
        does anyone get | do other people get | anyone else had | does anyone else have |
        before any | can mask a | could mask a | might mask a | masks a | mask a"""
    # A hope against it: "I hope I will not vomit in front of everybody" (round 53)
    conditions += " | " + " | ".join(
        f"{hope} {who} {wont}" for hope in ("hope", "hoping", "praying", "pray")
        for who in ("i", "she") for wont in ("will not", "won't", "wont", "don't", "dont",
                                              "do not", "doesn't", "does not")
    )  # fmt: skip
    # "the new medicine for the pain can make some people confused", "Does the radiotherapy to
    # my head make you lose your hair?" (round 73; not "it makes me so tired", hers)
    # (the older "can make you", "may make you" keep their own rule, below)
    made = [f"{can} make {who}" for can in ("can", "could", "may", "might")
            for who in ("some people", "people")]  # fmt: skip
    made += ["could make you", "does it make you", "will it make you", "can it make you",
             "does this make you"]  # fmt: skip
    # (what it makes: the next words, not "will make me an appointment, my legs are weak";
    # round 73's review)
    add(made, hyp, "FORWARD", max_scope=3, on_modifies=_made_so)
    # Spanish "si" (if) in an English note: "si I get numbness in my legs ... go to ER" (round 72)
    conditions += " | si i get | si she gets | si you get"
    add(phrases(conditions), hyp, "FORWARD", max_scope=16)
    # A leaflet's "if you have" reaches twenty words, to the end of its list ("call the team
    # immediately if you have weakness in your legs, loss of control of your bladder or bowel,
    # or new back pain", round 69; not a diary's own run-on "I'll ring if ...")
    add(phrases("if you have | if you get"), hyp, "FORWARD", max_scope=20)
    # ... and a chemo nurse's "ring straight away if temp 38 or more, shivering, chest pain,
    # breathless, bleeding that won't stop, or diarrhoea more than 4 times a day" (round 74)
    # (not into her own run-on: "Ringing straight away if this goes on, I've got chest pain")
    add(phrases("straight away if | right away if | immediately if | at once if"), hyp,
        "FORWARD", max_scope=24, on_modifies=_an_if_list)  # fmt: skip
    # What a sheet or a nurse says to ring about: "Discharge sheet says call 999 for chest pain,
    # new leg weakness or if I can't pass water" (not "I rang 999 for the chest pain")
    told_to = [f"{says} {to}{ring} {number} for" for says in ("says", "said", "say")
               for to in ("", "to ") for ring in ("call", "ring", "phone")
               for number in ("999", "111", "911", "112", "us", "them", "the ward", "the unit",
                              "the team", "the hotline", "the helpline")]  # fmt: skip
    told_to += ["side effects listed include", "side effects listed are", "listed side effects"]
    # "what the nurse said ... call right away for fever over 100.4, new back pain, legs going
    # weak or numb" (round 76)
    ring_now = [f"{ring} {now} {link}" for ring in ("call", "ring", "phone")
                for now in ("right away", "straight away", "immediately", "at once")
                for link in ("for", "about")]  # fmt: skip
    # "Side effects they listed - sore hands and feet, diarrhoea, mouth ulcers", "Card from the
    # MSCC nurse: back or neck pain that is new ..." (round 73)
    listed = [f"side effects {they} {said}" for they in ("they", "she", "he", "the nurse",
              "the doctor") for said in ("listed", "mentioned", "went through", "told me",
              "told me about", "said")]  # fmt: skip
    listed += [f"card from the {who}:" for who in ("nurse", "mscc nurse", "breast care nurse",
               "specialist nurse", "chemo nurse", "oncology nurse", "acute oncology team",
               "team", "hospital", "ward")]  # fmt: skip
    listed += ["the card lists", "red flag card:"]
    # A leaflet's headings: "common side effects: diarrhoea, rash ... Rare: inflammation of the
    # lungs causing cough or breathlessness" (round 74)
    listed += ["rare:", "rarely:", "less common:", "uncommon:", "very rare:", "rare side effects:"]
    # "SEs listed: diarrhoea, neutropenia, fatigue" (round 55)
    told_to += ["ses listed", "ses listed:", "ses include", "s/e listed", "ses:", "s/es:"]
    # "the red card says 999 for chest pain", "call the 24hr line for a temp of 38", "Nurse says
    # ring if I get drowsy", "the team said if the pain in my spine gets worse ..."
    told_to += [f"{says} 999 for" for says in ("says", "said", "say")]
    # (told to: not "rang the helpline for my chest pain", which she has)
    told_to += [f"{ring} the {line} for" for ring in ("call", "ring", "phone")
                for line in ("line", "helpline", "hotline", "24hr line", "24 hour line",
                             "24-hour line", "triage line", "number")]  # fmt: skip
    # "Chemo card in my purse says ring 24h line for: temp 38 or above" (round 77; below: told,
    # not "Had to ring 24h line for chest pain at 2am", round 77's review)
    ring_now += [f"{ring} {line} for" for ring in ("call", "ring", "phone")
                 for line in ("24h line", "24hr line", "24 hour line", "the 24h line",
                              "24h helpline")]  # fmt: skip
    told_to += [f"{says} {ring} if" for says in ("says", "said", "say", "says to", "said to")
                for ring in ("ring", "call", "phone")]  # fmt: skip
    told_to += ["said if", "says if", "said that if", "says that if"]
    # A discharge letter's "Return to ED for fever of 100.4 or higher, new or worse shortness of
    # breath, chest pain", "Return for worsening shortness of breath", "Paper says come back for
    # chest pain, fainting, or trouble breathing" (round 72; not "I had to return to the ER for
    # the chest pain", nor "came back for the pain", which she has)
    places = ("", " to ed", " to the ed", " to er", " to the er", " to a&e", " to the hospital",
              " to hospital", " to the emergency department", " to the emergency room")  # fmt: skip
    told_to += [f"return{place} {link}" for place in places for link in ("for", "if")]
    told_to += [f"{says} {come} for" for says in ("says", "said", "say")
                for come in ("come back", "come straight back", "go back")]  # fmt: skip
    told_to += [f"{come} if" for come in ("come back", "come back in", "come straight back",
                                          "go back", "go straight back")]  # fmt: skip

    # "Nurse went through the list again: any fever, chest pain ... and I'm to come in"
    told_to += [f"{went} the list{then}" for went in ("went through", "went over", "read out")
                for then in (":", " again", " again:", " -", " again -", " \u2013")]  # fmt: skip
    # "a side effect of the new pill may be diarrhea and rash" (round 33)
    told_to += [
        "a side effect of",
        "side effect of the",
        "side effect may be",
        "side effects may be",
        "side effect is",
        "side effect could be",
        # "Side effects can be the hands and feet red and peeling, diarrhea" (round 39)
        "side effects can be",
        "side effects could be",
        "side effects can include",
        "side effects may include",
    ]
    # "The oncologist went through the side effects again: diarrhoea, mouth sores" (a list that
    # follows: not "went through the side effects and I've got three of them")
    told_to += [f"{went} the side effects{then}" for went in ("went through", "went over",
                "talked through", "explained") for then in (":", " again", " again:")]  # fmt: skip
    add(told_to, hyp, "FORWARD", max_scope=24, on_modifies=_told_not_done)
    # (told, not done: not "I had to call right away for help, chest pain and I could not
    # breathe", "I will ring straight away about the chest pain"; round 76's review)
    add(ring_now, hyp, "FORWARD", max_scope=24, on_modifies=_told_to_ring)
    # (up to her own report after it: "Side effects they mentioned, I have all of them, chest
    # pain the worst", "Card from the nurse: I have chest pain now so rang 999"; round 73's
    # review)
    add(listed, hyp, "FORWARD", max_scope=24, on_modifies=_a_list_not_hers)
    # "Oncologist explained side effects of capecitabine: hand foot syndrome, diarrhoea" (round
    # 79)
    explained = [f"{went} {the}side effects of" for went in ("explained", "went through",
                 "went over", "talked through", "told me") for the in ("", "the ")]  # fmt: skip
    add(explained, hyp, "FORWARD", max_scope=24, on_modifies=_told_her_the_list)
    # "Side effect can be diarrhea, red sore hands and feet, and tiredness" (round 78; a list
    # straight after it: not "Side effect can be bad, I have fever 39", "The side effect can be
    # hard to bear, back pain 8/10 all night", round 78's review)
    add(["side effect can be"], hyp, "FORWARD", max_scope=24, on_modifies=_a_list_straight_after)
    # ... and what a leaflet says of it, after it: "jaw pain or loose teeth mean tell the
    # dentist", "fits can happen with brain mets" (not "I'm to go straight in": "back pain
    # terrible so I'm to go straight in" is today's)
    # "Mouth sores may come around day 7 so use the mouthwash" (round 81; a day of the cycle:
    # not "Chest pain may come and go", "the nurse may come later", round 81's review)
    told_after = """may come around day | may come on day | might come around day |
        might come on day | may start around day | may start on day | might start around day |
        might start on day | may come later in the cycle | might come later in the cycle |
        mean tell | means tell | mean ring | means ring | mean call | means call |
        can happen | may happen | might happen | could happen | can occur | may occur |
        or up means | or above means | or higher means | or more means | or over means |
        could come back | might come back | may come back | can come back |
        are a risk | is a risk | are possible | is possible | would need | can come with |
        is a rare side effect | are a rare side effect | are rare side effects | is unlikely, |
        are unlikely, | is unlikely. | are unlikely. | is unlikely but | are unlikely but |
        is a common side effect | are common side effects"""
    # "any vaginal bleeding must be reported", "... or any problem with your bladder or bowels
    # is an emergency" (round 54)
    told_after += """ | must be reported | should be reported | needs reporting | need reporting |
        is an emergency | are an emergency | means an emergency | in case it happens |
        in case that happens | in case it comes | in case it starts"""
    add(phrases(told_after), hyp, "BACKWARD", max_scope=16, **clause)
    # "The tingling in my fingers only comes on chemo weeks, and this is an off week", "Mouth
    # sores only come in chemo weeks" (round 39)
    only = [f"only {come} {when}" for come in ("comes", "come", "happens", "happen", "appears")
            for when in ("on", "in", "after", "with", "during")]  # fmt: skip
    add(only, hyp, "BACKWARD", max_scope=8, **clause)
    # "I had terrible mouth sores in the first cycle but this time nothing" (round 39)
    first_time = ["in the first cycle", "in my first cycle", "in first cycle", "on the first cycle",
                  "during the first cycle"]  # fmt: skip
    add(first_time, hist, "BIDIRECTIONAL", max_scope=6, **clause)
    # "It was the new mum on the ward who was dizzy, not me"
    not_mine = [{"TEXT": ","}, {"LOWER": "not"}, {"LOWER": {"IN": ["me", "mine"]}}]
    add([not_mine], fam, "BACKWARD", max_scope=6)
    # "the cough and the fever of my grandson is not danger for me" (round 87)
    of_theirs = [f"of my {who}" for who in ("grandson", "granddaughter", "husband", "son",
                 "daughter", "brother", "sister", "father", "mother", "wife", "uncle", "aunt",
                 "cousin", "nephew", "niece", "neighbour", "neighbor", "friend")]  # fmt: skip
    add(of_theirs, fam, "BACKWARD", max_scope=6, on_modifies=_of_a_relative)
    # "Nurse says any blood when I cough, go straight in": "any" of it, then what to do (not
    # "any pain in my back is the mets")
    go_in = "go straight in | come straight in | go straight to | come straight to"
    add(phrases(go_in), hyp, "BACKWARD", max_scope=10, on_modifies=_any_of_it)
    # "dreading the nausea", in its own clause only: "dreading the results, cant concentrate on
    # anything" tells of today (round 13)
    add(["dreading"], hyp, "FORWARD", max_scope=8, **clause)
    # Futures: "I'll have another seizure", "she'll get a fever". Only what is to be had, a few
    # words on in the cue's own clause ("I'll have a lie down, my chest pain is crushing" tells
    # of today), and not a habit ("she'll have a seizure sometimes when tired").
    futures = """i'll get | i'll have | i will have | she'll get | she'll have | she will have |
        going to get | gonna get | i'll start | i will start | she'll start | she will start |
        i'll end up | i will end up | she'll end up | going to start | gonna start |
        i'll start having | i'll start getting | she'll start having | she'll start getting"""
    add(phrases(futures), hyp, "FORWARD", max_scope=4, on_modifies=_a_future)
    # "dont overdo it or Ill get diarrhea": "I'll" typed without its apostrophe (round 83; not
    # "Ill have the chest pain looked at", "Feeling very Ill get breathless walking")
    add([[word("or", "otherwise"), {"ORTH": "Ill"}, word("get")]], hyp, "FORWARD", max_scope=4,
        on_modifies=_a_future)  # fmt: skip
    # "Now I'm scared I'll get jaw pain too": the fear's own word is read as anxiety, so what
    # she fears is told by the future after it (round 65). (Its excluded type, an idiom that is
    # never read, keeps it from cutting short an older cue's scope: "if I get a tickle I panic
    # that I'll be coughing up blood".)
    add(["i'll", "i will"], hyp, "FORWARD", max_scope=5, on_modifies=_feared,
        excluded_types={"NOT_A_SYMPTOM"})  # fmt: skip
    # "breathlessness, cough and tiredness are common with lung mets": what is common is not
    # had (a list before the cue, as a negation runs through one after it)
    common = """are common | are all common | is common | are very common | is very common |
        are to be expected | is to be expected | are expected | is expected | are normal with |
        is normal with"""
    add(phrases(common), hyp, "BACKWARD", max_scope=10, on_modifies=_a_list_before)
    # A list answered after it, "SOB, chest pain, coughed blood x1 - all no", and an
    # instruction after one, "chest pain or shortness of breath - ring day or night" (round 66)
    answered = "all no | no to all | no to both | none of these | none of the above"
    add(phrases(answered), neg, "BACKWARD", max_scope=20, on_modifies=_a_list_answered)
    # ... "SOB, chest pain, fever - none of it", a list that opens its sentence (round 82; not
    # "Mum refuses to go to A&E with chest pain, breathlessness, leg weakness - none of it",
    # round 82's review)
    add(phrases("- none of it | - none of that | - none of them"), neg, "BACKWARD",
        max_scope=20, on_modifies=_a_list_opening_answered)  # fmt: skip
    add(phrases("ring day or night | call day or night | phone day or night"), hyp, "BACKWARD",
        max_scope=20, on_modifies=_a_list_answered)  # fmt: skip
    # "Prev on docetaxel I lost all my hair" (round 66)
    # (opening its sentence: not "Same as prev on Monday")
    add([[{"LOWER": "prev", "IS_SENT_START": True}, word("on")]], hist, "FORWARD", max_scope=8,
        **clause)  # fmt: skip
    # A clinician's advice quoted: "any chest pain, new breathlessness or a temperature of 38,
    # you ring 999", "weakness in your legs is not (expected), so you ring us": what to ring
    # about is not had (said to "you", so not "I had chest pain and rang 999")
    advice = """you ring | you call | you phone | ring us | call us | phone us | you come straight |
        come straight in | come straight to | you must ring | you must call | you should ring |
        you should call | you need to ring | you need to call | you're to ring | you are to ring"""
    add(phrases(advice), hyp, "BACKWARD", max_scope=16, on_modifies=_advised)
    # "yellow eyes can mean the liver"
    meaning = """can mean | could mean | may mean | might mean | can be a sign | could be a sign |
        a sign of | a symptom of | is unlikely with | are unlikely with | is unlikely on |
        are unlikely on | is rare with | are rare with | is rare on | are rare on"""
    add(phrases(meaning), hyp, "BACKWARD", max_scope=6, **clause)
    # "can this drug cause hair loss?" is asked in diary/tagging_pipeline.py (a word gap, which
    # only a token pattern could say: ConText runs no token Matcher, which costs on every word).
    # "fits scare me", but not "that's new and it scares me" (what happened frightens her)
    add(phrases("scare me | scares me | frighten me | frightens me | terrify me"), hyp,
        "BACKWARD", on_modifies=_feared_not_happened)  # fmt: skip

    # Doubt about the symptom itself (a hedge about its cause does not count).
    doubts = """maybe | possibly | possible | perhaps | not sure if | not sure whether |
        nuh sure if | nah sure if |
        not sure it's | not sure its | unsure if | no idea if | might be | could be | may be |
        might be getting | might have | could have | wondering if | wonder if | could it be |
        worried it's | worried its | worried it is | worried that it's |
        think it might be | sort of | kind of | thinks i'm | thinks i am | thinks i have |
        thinks i've | reckons i'm | some kind of | i think i'm | i think im | i think i am |
        i think i've | i think ive | i think i have | i think it's | i think its | i think i |
        thinks it was | thinks it's | think it was | think it's | reckons it was |
        thinks she's | think she's | think she has | think she might | thinks she has |
        they think | could this be | might this be | can this be | would this be | could that be |
        wonder whether | wondering whether | think i had | think i've had | think i might |
        or i just | or did i just | or was it just | or was it | don't know if | dont know if |
        do not know if | don't know whether | didn't know if | not certain if |
        not sure if i'm just | not sure if im just | not sure if i am just |
        don't know if i'm just | dont know if im just | wondering if i'm just | idk if |
        dunno if | idk whether | dunno whether |
        wonder if i've | wonder if ive | wondering if i've | wondering if ive"""
    # ("wonder if I've cracked one": a doubt, not the "if I've" of a condition; round 77)
    # "Not sure hearing worse or battery" (round 53)
    doubts += " | not sure | unsure"
    add(phrases(doubts), unc, "FORWARD", max_targets=1, max_scope=6, on_modifies=_doubt_of_it)
    # "Could've bin a fit, doctor reckon" (Norfolk "bin" for "been", round 79)
    add([f"{could} {bin} a" for could in ("could've", "could have", "might've", "might have")
         for bin in ("bin", "been")], unc, "FORWARD", max_targets=1, max_scope=3,
        **clause)  # fmt: skip
    # "Could it have been a seizure?" (round 70; not "Could it have been the morphine causing
    # the confusion?", a cause asked of what she has)
    been_a = [f"{could} {it} have been {a}" for could in ("could", "might")
              for it in ("it", "that", "this") for a in ("a", "an")]  # fmt: skip
    add(been_a, unc, "FORWARD", max_targets=1, max_scope=3, **clause)
    # "Not sure, but my legs are feeling little weak": the doubt runs past its "but" (round 54)
    add(phrases("not sure, but | not sure but | unsure, but | unsure but"), unc, "FORWARD",
        max_targets=1, max_scope=8)  # fmt: skip
    # "is this a rash?", "Is it jaundice?": asked at the start of a clause (not "New thing is this
    # pain under my right ribs", round 32); "Is my left hand puffier than my right?" (round 56)
    add(phrases("is it | is this | is that | is my | are my"), unc, "FORWARD", max_targets=1,
        max_scope=6, on_modifies=_asked_is)  # fmt: skip
    # "Not sure if I'm just tired or actually weak": the other of two doubted things (not "or
    # it's just the hot flushes", which offers the answer).
    # "Wouldn't say I'm breathless ...": a denial; "I doubt it's a proper fever, 37.8", "wouldn't
    # say it's a rash exactly": a doubt (round 30)
    add(phrases("wouldn't say i'm | wouldn't say i am | wouldn't say i was | wouldnt say im"),
        neg, "FORWARD", **clause)  # fmt: skip
    doubts = """i doubt it's | i doubt it is | i doubt its | i doubt that's | doubt it's a |
        wouldn't say it's | wouldn't say it was | wouldnt say its"""
    add(phrases(doubts), unc, "FORWARD", **clause)
    # "The ER ruled out a fracture in my femur" (denied), "they can't rule out a fracture"
    # (asked; round 32)
    add(phrases("ruled out a | ruled out any | ruled out | have ruled out | has ruled out"), neg,
        "FORWARD", max_scope=4, on_modifies=_ruled_out_itself)  # fmt: skip
    not_ruled_out = """can't rule out | cannot rule out | can't rule out a | couldn't rule out |
        could not rule out | not ruled out | haven't ruled out | hasn't ruled out |
        have not ruled out | has not ruled out | not yet ruled out | yet to rule out"""
    add(phrases(not_ruled_out), unc, "FORWARD", max_scope=4, on_modifies=_ruled_out_itself)
    add(phrases("or actually | or really | or it was"), unc,
        "FORWARD", max_targets=1, max_scope=6, on_modifies=_the_other_doubted)  # fmt: skip
    # "Did I have a seizure last night?": she asks whether it happened.
    asked = """did i have | did i just have | have i had | do i have | have i got | did she have |
        does she have | has she had | was that a | was it a | am i getting | is she getting"""
    add(phrases(asked), unc, "FORWARD", max_targets=1, max_scope=8, on_modifies=_asked)
    # "eyes look a bit yellow, or is it the light?": reaches back past a comma, to one mention.
    or_is_it = "or is it just | or is it | or just | or maybe | or am i imagining it"
    add(phrases(or_is_it), unc, "BACKWARD", max_targets=1, max_scope=8)
    # "Yellow skin maybe, or is it the light in the bathroom?" (round 72: a "maybe" between
    # them would end the scope of "or is it")
    add(phrases("maybe or is it | maybe, or"), unc, "BACKWARD",
        max_targets=1, max_scope=8, on_modifies=_doubt_right_after)  # fmt: skip
    # "Ignore Tuesday's note about coughing up blood - it was beetroot" (round 55)
    ignore = [f"ignore {what} about" for what in ("what i wrote", "what i said", "what i put",
              "my note", "the note", "yesterday's note", "last night's note", "this morning's note",
              *(f"{day}'s note" for day in ("monday", "tuesday", "wednesday", "thursday",
                                            "friday", "saturday", "sunday")))]  # fmt: skip
    add(ignore, neg, "FORWARD", max_scope=6)
    # "the nausea is NOT giving today" (Gen-Z: not good), no denial (round 56)
    add(phrases("not giving | isn't giving | is not giving"), "PSEUDO", "PSEUDO")
    # "The cough I've had since summer is no better and I get puffed out on the hill" (a
    # comparison, no denial; round 82)
    add(phrases("no better | no worse | no easier"), "PSEUDO", "PSEUDO")
    # "I never told her my back's been hurtin worse" (hers, and told as there: not "The
    # leaflet didn't mention hair loss", "I didn't mention the chest pain as there wasn't any",
    # "I never told her about fits because I've never had one")
    untold = [f"i {said} my" for said in ("never told her", "never told him", "didn't tell her",
              "didn't tell him", "did not tell her", "did not tell him")]  # fmt: skip
    add(untold, "PSEUDO", "PSEUDO")
    # "Slight headache from no coffee, gone by havdalah": the cause, no denial (round 83)
    add(phrases("from no coffee | from no caffeine | from no food | from no water"), "PSEUDO",
        "PSEUDO")  # fmt: skip
    # Round 70: "the ringing in my ears has not stopped" (no "stopped" after it); "Nowt much to
    # report for me, bit of an ache in me scar" (no report asked for)
    # ("not" is matched on NORM: "hasn't" and "hasnt" are "has not")
    add(phrases("has not stopped | have not stopped | not stopped | never stopped"), "PSEUDO",
        "PSEUDO")  # fmt: skip
    # "always worrying about my children if I am gone": her death, not a symptom gone (round 58)
    gone_i = [f"{when} {i} gone" for when in ("if", "when", "after", "once")
              for i in ("i am", "i'm", "im")]  # fmt: skip
    add(gone_i, "PSEUDO", "PSEUDO")
    # "a bit confused maybe?", "my eyes look yellow maybe?" (round 55)
    add(phrases("maybe? | perhaps? | possibly?"), unc, "BACKWARD", max_targets=1, max_scope=3)
    # ... after a comma, a few words after the mention: "Right calf looks bigger than the left,
    # maybe?" (round 72)
    add(phrases(", maybe? | , perhaps? | , possibly?"), unc, "BACKWARD", max_targets=1,
        max_scope=10, on_modifies=_doubt_right_after)  # fmt: skip
    # "Mine are milder, maybe 3 flushes a day": a count guessed, not a doubt (round 58)
    guessed = [f"{maybe} {n}" for maybe in ("maybe", "perhaps")
               for n in (*map(str, range(1, 61)), *_NUMBER_WORDS)]  # fmt: skip
    add(guessed, "PSEUDO", "PSEUDO")

    # The past, when it is not now ("last year", "back in 2019", "used to").
    # Word sets are spelt out as phrases where they can be: spaCy's PhraseMatcher costs nothing
    # per phrase, while a token pattern's word set is checked on every token of every note.
    years = range(1920, 2040)
    times: list[str | list[dict]] = [
        *(f"back in {year}" for year in years),
        # "back in '19" (round 31)
        *(f"back in {mark}{yy:02d}" for yy in range(100) for mark in ("'", "\u2019")),
        *(f"back in {month}" for month in sorted(_MONTHS)),
        *(f"in {year}" for year in years),
        *(
            f"{n} {unit} ago"
            for n in (*_NUMBER_WORDS, *range(1, 61))
            for unit in ("years", "months", "yrs", "mths")  # "Seizure 2 yrs ago" (round 69)
        ),
        *(
            f"{how_many} {unit} ago"
            for how_many in ("a", "few", "two", "three", "several", "many", "some", "a few")
            for unit in ("years", "months")
        ),
        "years ago",
        "years back",
        # "A year ago the pain in my back meant ...", "two year since the seizure" (round 28)
        *(
            f"{a} {unit} ago"
            for a in ("a", "one", "over a", "about a")
            for unit in ("year", "month")
        ),
        *(
            f"{n} {unit} since the"
            for n in (*sorted(_NUMBER_WORDS), "a", *range(2, 31))
            for unit in ("year", "years", "month", "months")
        ),
        "last year",
        # Round 12: "Had a fit last Christmas"
        *(
            f"last {feast}"
            for feast in (
                "christmas",
                "xmas",
                "easter",
                "new year",
                "hanukkah",
                "diwali",
                "eid",
                "ramadan",
                "thanksgiving",
            )
        ),
        *(f"back in the {season}" for season in ("spring", "summer", "autumn", "winter", "fall")),
        *(f"as a {who}" for who in ("kid", "child", "teenager", "teen", "baby", "newborn")),
    ]
    add(times, hist, "BIDIRECTIONAL", on_modifies=_in_the_past)
    # A history's line dated by a year alone: "- broken hip 2019" (round 53)
    add([str(year) for year in range(1940, 2030)], hist, "BACKWARD", max_scope=8,
        on_modifies=_dated_after)  # fmt: skip
    # A rating compared in brackets is no time of the mention: "SOB 7/10 (last Sat 4/10)"
    add([f"({last} {when}" for last in ("last", "previous", "prev")
         for when in (*sorted(_WEEKDAYS), "week", "wk", "cycle", "time", "month", "night",
                      "round")], "PSEUDO", "PSEUDO")  # fmt: skip
    # Days gone by: "yesterday", "last week", "on Monday", "at the weekend", "sat and sun".
    gone_by: dict[str, Any] = {"on_modifies": _in_the_past}
    # Phrases (cheap in spaCy's PhraseMatcher) rather than token patterns with word sets.
    weekdays = sorted(_WEEKDAYS)
    parts_of_day = ("", " night", " morning", " afternoon", " evening")
    days = [
        "yesterday",
        *(f"last {when}" for when in ("week", "weekend", "month", *weekdays)),
        "las week",  # Jamaican (round 58)
        # "passed out at church two Sundays ago" (round 60)
        *(
            f"{n} {day}s ago"
            for n in ("two", "three", "2", "3", "a few", "few")
            for day in weekdays
        ),
        *(f"last {season}" for season in ("spring", "summer", "autumn", "winter", "fall")),
        *(f"on {day}{part}" for day in weekdays for part in parts_of_day),
        "at the weekend",
        "over the weekend",
        "on the weekend",  # American (round 61)
        *(f"{a} and {b}" for a in weekdays for b in weekdays if a != b),
        "the other day",
        "the other night",
        "earlier in the week",
        *(
            f"{n} {unit} ago"
            for n in ("a", "2", "3", "4", "two", "three", "few", "couple of")
            for unit in ("days", "weeks", "day", "week", "fortnight")
        ),
        "fortnight ago",
        "last fortnight",
    ]
    add(days, hist, "BIDIRECTIONAL", **gone_by)
    # Not "sat", "sun", "wed" or "mon" alone: words far more often than days (they are days
    # only opening a sentence of a note that lists days, below).
    plain_days = [day for day in weekdays if day not in _WORDS_AS_DAYS]
    bare_days = [
        *plain_days,
        *(f"{day}{mark}" for day in weekdays if day not in plain_days for mark in (":", " -")),
        *(f"{day}{part}" for day in weekdays for part in parts_of_day if part),
        *(f"in {month}" for month in sorted(_MONTHS) if month != "may"),
        *(f"last {month}" for month in sorted(_MONTHS)),
        # "Had a seizure on the 12th", "over Christmas": past when told in the past
        *(f"on the {n}{_ordinal(n)}" for n in range(1, 32)),
        *(
            f"{at} {feast}"
            for at in ("over", "at")
            for feast in ("christmas", "easter", "new year", "the holidays", "half term")
        ),
    ]
    add(bare_days, hist, "BIDIRECTIONAL", on_modifies=_on_a_past_day)
    add(sorted(_WORDS_AS_DAYS), hist, "FORWARD", on_modifies=_on_a_listed_day)
    # "Day 2: nausea ... Day 7 (today): ...": a cycle's day heading before a later one
    add([f"day {n}:" for n in range(1, 29)], hist, "FORWARD", on_modifies=_on_an_earlier_day)
    ongoing = [
        "since yesterday",
        "than yesterday",
        *(f"{w} last {when}" for w in ("than", "as") for when in ("week", "weekend", "month")),
        "as yesterday",
        "yesterday's",
        *(f"since {when}" for when in ("last week", "last weekend", "last month", "the weekend")),
        *(f"since {day}{part}" for day in weekdays for part in parts_of_day),
        *(f"since last {day}" for day in weekdays),
        *(
            f"{w} {day}"
            for w in ("next", "this", "until", "till", "by", "before", "since")
            for day in (*weekdays, "weds")
        ),
    ]
    # A comparison with an earlier time is not the past: "back to how it was in June"
    ongoing += [
        f"{like} {month}"
        for like in ("how it was in", "like it was in", "as it was in", "same as in",
                     "like back in", "as bad as in", "worse than in", "like in")
        for month in sorted(_MONTHS)
    ]  # fmt: skip
    add(ongoing, "PSEUDO", "PSEUDO")
    # "She had the same kind of chest pain last year": no doubt of it (round 53)
    add(phrases("same kind of | same sort of | that kind of | that sort of"), "PSEUDO", "PSEUDO")
    before_now = """used to | use to | when i was first diagnosed | when i was diagnosed |
        when i was younger | when i was a kid | when i was little | during my first |
        first time round | first time around | before i was diagnosed | before all this |
        before chemo | before the cancer | in the past | previously | back then | years back |
        when i was on the first | when i was on my first | when i was on the old |
        when i was on my old | on my previous | on the previous | on my old | on the old"""
    add(phrases(before_now), hist, "FORWARD", **clause)
    # "I had palpitations like this when I was pregnant with my son" (round 35)
    pregnant = "when i was pregnant | when i was expecting | during my pregnancy"
    add(phrases(pregnant), hist, "BIDIRECTIONAL", **clause)
    add(["last time"], hist, "BIDIRECTIONAL", on_modifies=_an_earlier_time)
    # "Last cycle I hit 38.9 on day 10": an earlier cycle of treatment (round 22)
    earlier_cycles = """last cycle | last round | previous cycle | the cycle before |
        last course | on the last cycle | in the last cycle | first cycle | cycle one |
        cycle 1"""
    add(phrases(earlier_cycles), hist, "FORWARD", on_modifies=_in_the_past)
    # "Was very weak after the last cycle"
    after_cycles = "after the last cycle | after my last cycle | after last cycle"
    add(phrases(after_cycles), hist, "BACKWARD", on_modifies=_in_the_past)
    # A comparison with an earlier time is not the past: "worse than last cycle", "better than
    # last week" (round 36); "Nothing major to report, only a fractured little finger"
    than = [f"than {when}" for when in ("last cycle", "the last cycle", "last week", "last time",
            "last month", "last night", "last round", "the last one", "yesterday")]  # fmt: skip
    than += [f"nothing {much}to report" for much in ("", "major ", "much ", "new ", "else ")]
    # "Nowt much to report for me, bit of an ache in me scar" (round 70)
    than += ["much to report", "nowt to report", "little to report"]
    than += ["able to report", "glad to report", "pleased to report", "happy to report"]
    add(than, "PSEUDO", "PSEUDO")
    # Round 38: an old thing is not an old time ("Temp 100.9 F on the old mercury thermometer
    # and achy all over"); a result or an injury suspected ("Suspect broken wrist", "Suspected
    # fractured hip") is uncertain; "Previous seizure in May" is past; what the oncologist
    # listed "might happen on the new tablets: diarrhoea, mouth sores" is a possibility.
    things = ("thermometer", "mercury thermometer", "scales", "machine", "meter", "monitor")
    add([f"on {the} old {thing}" for the in ("the", "my") for thing in things], "PSEUDO", "PSEUDO")
    add(["suspect", "suspected", "query"], unc, "FORWARD", max_scope=3, **clause)
    add(["previous"], hist, "FORWARD", max_scope=2, **clause)
    might = ("what might happen", "what could happen", "what can happen", "what to expect",
             "what to look out for", "what to watch for", "what to watch out for",
             # "the brain mets warning signs again: a fit, slurred talking" (round 39)
             "warning signs", "signs to watch for", "signs to look out for",
             # "the red-flag card with the nurse: ring if I have a fit", "Risks listed:
             # seizures, coughing blood" (round 41)
             "red-flag card", "red flag card", "red flags card", "risks listed", "risks include",
             "the risks are")  # fmt: skip
    add(might, hyp, "FORWARD", max_scope=24)
    # Fears of what may come, with nothing there now: "Scared the neuropathy from last year
    # will creep back", "Afraid of losing my hair again", "Half expecting the bone pain", "Fear
    # of the itching", "Been reading about lymphoedema", "Keep imagining the sore throat is
    # something sinister", "I fear the worst about every ache" (round 40)
    will_come = """will come back | will return | will start | will flare | will flare up |
        will hit | will creep back | will kick in | will be back | they warned about |
        warned us about"""
    add(phrases(will_come), hyp, "BACKWARD", max_scope=4, **clause)
    # "Asked the nurse whether I'd lose my hair", "Should I expect hair loss" (round 41)
    fears = """whether i'd | whether i would | whether i will | should i expect | can i expect |
        afraid of | scared of | half expecting |
        fear of the | fear of | biggest fear is | reading about | read about | keep imagining |
        about every | about any"""
    add(phrases(fears), hyp, "FORWARD", max_scope=4, **clause)
    # "Two weeks since the last seizure" (round 39)
    add(["since the last", "since my last"], hist, "FORWARD", max_scope=2, **clause)
    # "Dreamt I was running a marathon and couldn't breathe"
    add(["dreamt", "dreamed", "had a dream", "in my dream"], hyp, "FORWARD", max_scope=12)
    # "he didn't know he'd wet himself": not knowing is not a denial
    not_knowing = [
        f"{did} {know} {who}"
        for did in ("didn't", "did not", "never")
        for know in ("know", "realise", "realize", "notice")
        for who in ("he'd", "she'd", "i'd", "he had", "she had", "i had")
    ]
    add(not_knowing, "PSEUDO", "PSEUDO")
    # "Didn't sleep till gone 3": a time, not a symptom gone (round 39)
    add(["till gone", "until gone", "til gone"], "PSEUDO", "PSEUDO")
    # "Buddy at chemo today said his neuropathy got so bad"
    people = words("buddy mate pal friend")
    places = ("chemo", "clinic", "the clinic", "group", "church", "work", "the hospital")
    someone_at = [f"{who} at {place}" for who in sorted(people) for place in places]
    add(someone_at, fam, "FORWARD", on_modifies=_family)
    # "what's not expected is my legs going weak": the "not" is the expectation's
    add(["not expected", "what's not", "whats not", "not normal is"], "PSEUDO", "PSEUDO")

    # Someone else is the one who has it ("my mum had"), unless they only report it.
    relatives = sorted(RELATIVES)
    others = [f"other {who}" for who in ("patients", "people", "ladies", "women")]
    # "Ladies at group were saying their fingers go numb"
    others += [f"{who} {at} {place}" for who in ("ladies", "women", "people", "girls", "others",
               "everyone") for at in ("at", "in", "from") for place in ("group", "my group",
               "the group", "clinic", "chemo", "church")]  # fmt: skip
    # "poor Thandi from my support group ... she couldn't breathe": someone named from a group
    others += [f"from {place}" for place in ("group", "my group", "the group", "my support group",
               "support group", "the support group", "chemo", "the ward", "the online group",
               "my online group", "online group")]  # fmt: skip
    # Someone in a story: "In the film tonight the bride fainted", "a novel where the main
    # character gets terrible migraines", "a patient had a seizure in the lift" (round 38)
    others += ["main character", "the character", "the bride", "the groom", "the victim",
               "the hero", "the heroine", "a patient", "another patient"]  # fmt: skip
    # "Man in the next chair at chemo was so short of breath", "Woman in my support group had a
    # seizure" (round 29)
    others += [f"in {place}" for place in ("the next chair", "the next bed", "the next bay",
               "the chair next to me", "the bed next to me", "my support group",
               "the support group")]  # fmt: skip
    # "Mate from the bowls club had chest pains" (round 35; not "my mate reckons")
    others += [f"{who} from" for who in ("mate", "mates", "pal", "pals")]
    # "My little boy's got a tummy ache", "The patient in the next room ... poor guy's very
    # confused" (round 39)
    others += ["auld wummin", "old wummin", "the wummin", "wifie"]
    others += [
        "little boy",
        # "My small boy got fever 39", "Someone's little lad threw up" (round 77)
        "small boy",
        "small girl",
        "little lad",
        "wee lad",
        "little girl",
        "wee boy",
        "wee girl",
        "poor guy",
        "poor fella",
        "poor man",
        "poor woman",
        "poor lady",
        "poor soul",
        "the patient in the next",
    ]
    others += ["young one", "little one", *(f"{a} {who}" for a in ("the", "a")
               for who in ("lady", "woman", "man", "guy", "girl", "bloke", "lad", "fella",
                           "chap"))]  # fmt: skip
    # "Our eldest has a nasty ear infection", "My workmate's been off with depression" (round 40)
    others += ["eldest", "youngest", "workmate", "coworker", "co-worker"]
    # "one of the ladies said she had a blood clot in her leg", "Another one had pneumonia with
    # a fever of 103", "Lady in the next room had hair loss on her first cycle too" (round 76)
    # (who had or said it: not "Told one of the ladies at reception I have chest pain",
    # "Another lady gave up her seat on the bus, chest pain and dizzy"; round 76's review)
    others += [f"one of the {who} {had}" for who in ("ladies", "women", "girls", "other ladies",
               "other women", "other patients")
               for had in ("said", "had", "has", "was")]  # fmt: skip
    others += [f"{another} {had}" for another in ("another one", "another lady", "another woman")
               for had in ("had", "has", "said", "was")]  # fmt: skip
    others += [f"{who} in the next room {had}" for who in ("lady", "woman", "man", "girl", "fella")
               for had in ("had", "has", "was", "is")]  # fmt: skip
    # "Mum's roommate coughs all night" (round 42's review); "Somebody at the support group had a
    # seizure last year" (round 42)
    others += ["roommate", "room-mate", "flatmate", "housemate"]
    # "Someone in my facebook group said her brain mets started with ...", "some people with
    # lung mets cough up blood" (round 56)
    others += [f"{who} {at} {place}" for who in ("someone", "somebody", "a woman", "a lady")
               for at in ("in", "on") for place in ("my", "a", "the")]  # fmt: skip
    others += ["some people with", "other people with", "some women with", "other women with"]
    # Liverpool "Me fella's coughing his guts up" (round 57)
    others += ["me fella", "my fella", "me fella's", "my fella's"]
    others += [f"{who} {at} the" for who in ("somebody", "someone") for at in ("at", "in", "from")]
    # "wee woman in the next bed", "the old fella across the ward"
    others += [f"{a} {who}" for a in ("wee", "old", "young", "poor", "elderly", "nice")
               for who in ("lady", "woman", "man", "guy", "girl", "bloke", "fella",
                           "chap")]  # fmt: skip
    add([*relatives, *others], fam, "FORWARD", on_modifies=_family)
    # "Our Dave's been poorly with flu all week, coughing his lungs up", "Wee Callum's got a
    # temperature" (round 39; not "Our Lady's", a hospital)
    not_names = ["lady", "lord", "father", "saviour", "house", "doctor", "gp", "nurse", "home"]
    our_one = [
        {"LOWER": {"IN": ["our", "wee"]}},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": not_names}},
    ]
    add([our_one], fam, "FORWARD", on_modifies=_our_one)
    # Irish "Himself is the one that's sick this week" (her husband; round 57)
    add([[{"LOWER": "himself", "IS_SENT_START": True}]], fam, "FORWARD", on_modifies=_family)
    # An animal that opens its sentence: "Our collie has a hacking cough", "The heifer's got a
    # swollen knee", "The mare coughed all night" (round 40)
    animal = [
        {"IS_SENT_START": True, "LOWER": {"IN": ["the", "our", "my", "a"]}},
        {"LOWER": {"IN": ["young", "old", "wee", "little", "poor"]}, "OP": "?"},
        {"LOWER": {"IN": sorted(_ANIMALS)}},
    ]
    add([animal], fam, "FORWARD", max_scope=10, **clause)
    # "Dog spewed on the deck", "Spaniel worn out" (round 43's review)
    # (one exact word a pattern: a set of words is a predicate run on every token)
    add([[{"IS_SENT_START": True, "LOWER": animal}] for animal in sorted(_ANIMALS)], fam,
        "FORWARD", max_scope=10, **clause)  # fmt: skip
    add(["he", "he's", "hes"], fam, "FORWARD", max_scope=10, on_modifies=_another_man)
    # "a video of someone's face drooping": another person's part (round 13)
    add(
        ["someone's", "somebody's", "someone else's", "somebody else's"],
        fam,
        "FORWARD",
        max_scope=3,
        on_modifies=_right_after,
    )  # not "someone's sitting on my chest"
    # "my grandchildren brought a cold from school, they are all coughing": the people just
    # named (round 83; not "my feet, they're all sore")
    all_of_them = [f"{they} all" for they in ("they are", "they're", "theyre", "they")]
    add(all_of_them, fam, "FORWARD", max_scope=3, on_modifies=_all_of_them)
    # "Pat next door is very confused", "the lady next door has a cough": a neighbour
    add(["next door"], fam, "FORWARD", max_scope=10, on_modifies=_next_door)
    last_days = "at the end | near the end | toward the end | towards the end | before she died"

    # "Gran had fits in her last months" (round 28)
    last_days += "".join(
        f" | in {whose} last {span}"
        for whose in ("her", "his")
        for span in ("months", "weeks", "days", "year", "few months", "few weeks", "few days")
    )
    add(phrases(last_days), fam, "BIDIRECTIONAL", max_scope=6, on_modifies=_end_of_a_life)
    reporting = [f"according to my {who}" for who in relatives]
    add(reporting, "PSEUDO", "PSEUDO")
    guessing = [f"{who} {verb}" for who in relatives for verb in ("thinks", "reckons", "wonders")]
    # "Mum reckons the breathlessness is just the humidity": what she has, its cause guessed
    # (round 30)
    add([f"{who} {verb} the" for who in relatives for verb in ("thinks", "reckons")], "PSEUDO",
        "PSEUDO")  # fmt: skip
    add(guessing, unc, "FORWARD", max_targets=1, **clause)

    # Round 42: what a chemist, a nurse or a booklet warns of ("the chemist warned us about
    # hand-foot syndrome with it", "the nurse said any fever on chemo is an emergency", "It says
    # tiredness, hair thinning and a sore mouth can all happen", "steroids can make you
    # thirsty"); a time before a treatment ("Before the radiotherapy my spine ached"); a season
    # and its year ("Spring 2021 I had pneumonia"); what has been normal since ("Mon temp
    # 101.2F, normal since"); a comparison with a day ("SOB up vs yesterday").
    # (token patterns of single words: a set of words is a predicate run on every token; "warned
    # us about" is also round 40's phrase, read back from the mention)
    warned = [
        [{"LOWER": verb}, {"LOWER": who}, {"LOWER": about}]
        for verb in ("warned", "warns")
        for who in ("us", "her", "him", "them")
        for about in ("about", "of")
    ]
    add(warned, hyp, "FORWARD", max_scope=8, **clause)
    told_any = "said any | says any | say any | told me any | told us any | told her any"
    add(phrases(told_any), hyp, "FORWARD", max_scope=6, on_modifies=_any_told)
    can_happen = """can all happen | can happen | can all come | may all happen | might all happen |
        may occur | can occur | might occur | could occur | might come on | may come on |
        could come on | may kick in | might kick in | could kick in | could start | might start |
        may start | might build up | may build up | could build up"""
    add(phrases(can_happen), hyp, "BACKWARD", max_scope=12, **clause)
    add(phrases("can make you | can make her | may make you | might make you"), hyp, "FORWARD",
        max_scope=6, **clause)  # fmt: skip
    before_treatment = [
        f"before {the}{treatment}"
        for the in ("the ", "my ", "")
        for treatment in ("radiotherapy", "radio", "radiation", "surgery", "op", "operation",
                          "treatment", "tablets", "injections", "infusions", "mastectomy")
    ]  # fmt: skip
    add(before_treatment, hist, "FORWARD", **clause)
    seasons = ["spring", "summer", "autumn", "winter", "fall"]
    season_year = [f"{season} {year}" for season in seasons for year in range(1990, 2031)]
    add(season_year, hist, "BIDIRECTIONAL", on_modifies=_in_the_past)
    normal_since = "normal since | fine since | okay since | ok since"
    add(phrases(normal_since), hist, "BACKWARD", max_scope=8, on_modifies=_gone_after)
    # Gone (round 42's review): "the nausea has finally lifted", "the drowsiness from the new
    # pills has worn off", "the insomnia went with it", "Mum's pain has eased off completely",
    # "stopped them and it never came back"
    lifted = """has lifted | have lifted | finally lifted | has finally lifted | lifted completely |
        has worn off | have worn off | worn off | wore off | went with it | went once |
        eased off completely | has eased off completely | never came back | it never came back"""
    add(phrases(lifted), neg, "BACKWARD", max_scope=10, on_modifies=_gone_after)
    # "Broke my wrist two year ago", "one seizure in Aug 2022", "the cough I had in spring"
    year_ago = [f"{n} year ago" for n in ("two", "three", "four", "five", "2", "3", "4", "5")]
    add(year_ago, hist, "BIDIRECTIONAL", on_modifies=_in_the_past)
    short_months = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                    "dec")  # fmt: skip
    in_months = [f"in {month}" for month in (*short_months, *seasons)]
    add(in_months, hist, "BIDIRECTIONAL", on_modifies=_on_a_past_day)
    # "New leaflet for the capecitabine: sore palms or soles, diarrhoea more than 4 times a day"
    leaflet = [
        f"{sheet} {on}"
        for sheet in ("leaflet", "booklet", "factsheet", "handout")
        for on in ("for", "from", "about", "on", "says", "lists", "warns")
    ]
    add(leaflet, hyp, "FORWARD", max_scope=24, on_modifies=_before_a_colon)
    compared = "vs yesterday | versus yesterday | compared to yesterday | compared with yesterday"
    add(phrases(compared), "PSEUDO", "PSEUDO")

    # Round 43: comparisons with a day or a time gone by are not the past ("The ache in my ribs is
    # back to how it was on Monday", "Breathing's back to how it was a fortnight ago", "Less
    # dizzy than on Monday"); what a doctor went through ("Dr went through it all: I'll probably
    # lose my hair, tingly fingers might start"); "a fracture could happen from just a cough";
    # "asked what a seizure would look like"; "Six months since the fit"; "still there" ("the
    # pins and needles in my toes hasn't gone").
    ago = [f"{n} {unit} ago" for n in ("a", "two", "three", "2", "3") for unit in ("week", "weeks",
           "fortnight", "month", "months")]  # fmt: skip
    compared_days = [
        f"{like} {when}"
        for like in ("how it was", "like it was", "as it was", "how they were", "how she was",
                     "same as", "as bad as", "worse than", "better than", "than")
        for when in (*(f"on {day}" for day in weekdays), *ago, "last week", "last weekend",
                     "last month")
    ]  # fmt: skip
    compared_days += [f"than {day}" for day in weekdays]
    add(compared_days, "PSEUDO", "PSEUDO")
    went_through = [
        f"{went} {over} {it}:"
        for went in ("went", "go", "goes")
        for over in ("through", "over")
        for it in ("it all", "it", "side effects", "the side effects", "the possible side effects",
                   "what to expect", "the risks")
    ]  # fmt: skip
    # (through the list after the colon: "went over side effects: nausea, tiredness, hair
    # thinning")
    add(went_through, hyp, "FORWARD", max_scope=24, on_modifies=_before_a_colon)
    probably = ["i'll probably", "i will probably", "she'll probably", "she will probably"]
    add(probably, hyp, "FORWARD", max_scope=24, **clause)
    could_happen = "could happen | may happen | might happen | would look like | would be like"
    add(phrases(could_happen), hyp, "BACKWARD", max_scope=10, **clause)
    add(phrases("asked what | ask what | asking what"), hyp, "FORWARD", max_scope=6, **clause)
    since_the = [f"{unit} since {the}" for unit in ("months", "weeks", "years", "days", "month",
                 "week", "year") for the in ("the", "my", "her")]  # fmt: skip
    add(since_the, hist, "FORWARD", max_scope=3, **clause)
    not_gone = """hasn't gone | haven't gone | has not gone | have not gone | hasn't gone away |
        haven't gone away | has not gone away | hasn't cleared | hasn't eased | not gone away |
        hasn't shifted | hasn't budged"""
    add(phrases(not_gone), "PSEUDO", "PSEUDO")

    # Round 44: a result dated by its test ("X-ray Tuesday showed a fracture in my left pubic
    # bone"); what a doctor went through ("Oncologist went through the risks of the brain
    # radiotherapy: tiredness, hair loss"); a medicine "to stop me having a seizure".
    tests = ["x-ray", "xray", "scan", "mri", "ct", "bloods", "ultrasound", "biopsy", "results"]
    dated_test = [f"{test} {day}" for test in tests for day in sorted(_WEEKDAYS)]
    add(dated_test, "PSEUDO", "PSEUDO")
    risks = [
        f"{went} {through} {the}{risks}"
        for went in ("went", "go", "goes")
        for through in ("through", "over")
        for the in ("the ", "all the ", "")
        for risks in ("risks", "side effects", "side-effects", "possibilities")
    ]
    add(risks, hyp, "FORWARD", max_scope=24, on_modifies=_before_a_colon)
    # "Depression in my thirties, treated, well for twenty years since"
    decades = ["teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "20s",
               "30s", "40s", "50s", "60s"]  # fmt: skip
    add([f"in my {d}" for d in decades], hist, "BIDIRECTIONAL", on_modifies=_in_the_past)
    stop_having = [f"to {stop} {who} {having}" for stop in ("stop", "prevent", "keep")
                   for who in ("me", "her", "him") for having in ("having", "getting")]  # fmt: skip
    add(stop_having, hyp, "FORWARD", max_scope=4, **clause)

    # Round 45: "Side effects listed: diarrhea, mouth sores"; "dexamethasone may make me very
    # thirsty"; "Doc says probably a cracked rib", "Pretty sure it's broken"; someone "from
    # church".
    listed = (
        "side effects listed | side-effects listed | possible side effects | common side effects"
    )
    add(phrases(listed), hyp, "FORWARD", max_scope=24)
    make_me = "may make me | can make me | might make me | could make me | will make me"
    add(phrases(make_me), hyp, "FORWARD", max_scope=6, **clause)
    # "Oncologist said hair loss is likely with this one" (not "the fatigue is likely the
    # Ibrance"); "the tablets can cause diarrhoea" (round 59)
    likely = [f"{be} {how} {on}" for be in ("is", "are") for how in ("likely", "very likely")
              for on in ("with", "on")]  # fmt: skip
    add(likely, hyp, "BACKWARD", max_scope=8, on_modifies=_same_clause_or_list)
    add(phrases("can cause | could cause | may cause | might cause"), hyp, "FORWARD",
        max_scope=5, **clause)  # fmt: skip
    # "This tiredness is not ordinary tiredness": not a denial
    add(phrases("is not ordinary | not ordinary | is no ordinary"), "PSEUDO", "PSEUDO")
    # "they said probably anxiety" (round 58)
    probably = """probably a | probably an | most likely a | pretty sure it's | pretty sure its |
        said probably | says probably | said it was probably | said it's probably"""
    add(phrases(probably), unc, "FORWARD", max_scope=3, **clause)
    # Round 45's review: "nobody warned me about hot flushes" (they came), "Two cycles ago my
    # temperature spiked to 39.1", "night sweats can start on the Zoladex"
    # "I'm having my bloods checked Monday just in case, I've been a bit foggy": the case is
    # the bloods'
    add(["just in case ,", "just in case,"], "PSEUDO", "PSEUDO")
    nobody = """nobody warned me about | no one warned me about | nobody warned us about |
        never warned me about | didn't warn me about | nobody told me about"""
    add(phrases(nobody), "PSEUDO", "PSEUDO")
    cycles_ago = [f"{n} {unit} ago" for n in ("two", "three", "four", "2", "3", "4", "a few")
                  for unit in ("cycles", "rounds")]  # fmt: skip
    add(cycles_ago, hist, "BIDIRECTIONAL", on_modifies=_in_the_past)
    add(phrases("can start | can kick in | can come on"), hyp, "BACKWARD", max_scope=12, **clause)
    church = [f"from {the}{place}" for the in ("", "the ", "my ")
              for place in ("church", "mosque", "chapel", "temple")]  # fmt: skip
    add(church, fam, "FORWARD", on_modifies=_family)

    # Round 46: "tiredness and weakness can build up over the cycles"
    add(phrases("can build up | can get worse | can creep up"), hyp, "BACKWARD", max_scope=12,
        **clause)  # fmt: skip

    # A line of the diary taken back (round 46's review): "Ignore what I wrote about cramps",
    # "Strike the bit about numb toes"; what is behind her: "Back when I had the first lot of
    # radiation, I was so sore"
    taken_back = """ignore what i wrote about | ignore what i said about | strike the bit about |
        scratch the bit about | disregard what i wrote about | take back what i wrote about |
        forget what i wrote about"""
    add(phrases(taken_back), neg, "FORWARD", max_scope=6, **clause)
    add(phrases("back when"), hist, "FORWARD", max_scope=12)
    # a baby's or a toddler's: "Bub's got a rash from the new wipes"
    add(["bub", "bub's", "bubba", "toddler", "wean", "bairn", "the baby", "baby's"], fam,
        "FORWARD", on_modifies=_family)  # fmt: skip

    # Phrases that contain a cue but are not one.
    pseudo = """not as | not quite as | not nearly as | not too bad | not so bad |
        not that bad | not only | no idea why | not half as | cannot tahan | can't tahan |
        cant tahan |
        without trying | is it normal | is this normal | is that normal | is it common |
        is that common | is this common | get used to | getting used to | got used to |
        not sure why | no wonder | gone up | gone down | not just | not gonna lie |
        is common knowledge | are common knowledge |
        if i'm honest | if im honest | if i am honest | if i'm being honest | if im being honest |
        if i'm truthful | if truth be told | if you ask me | if anything | as if | even if |
        if that makes sense | if it matters | if it helps |
        i'll have to | i will have to | she'll have to | she will have to |
        without stopping | not going to lie | nil by mouth | free of charge | feel free |
        at the end of |
        never been this | never been so | never felt this | never felt so | never been as |
        this last week | this past week | this last fortnight | this past fortnight |
        this last month | this past month | these last few days | these past few days |
        or if i'm | or if im | or if i am | if i'm just | if im just | or if it's | or if its |
        not that i'm not | not that i am not | not that she's not | not that she is not |
        can't say the | cannot say the | cant say the | can't say it's gone |
        i'd be lying if | id be lying if | i would be lying if | no way |
        if this | if these |
        thinks i'm exaggerating | thinks i am exaggerating | thinks im exaggerating |
        says i'm exaggerating | thinks i'm imagining | thinks i'm making |
        no wait | no sorry | no i mean | no actually | if i had to rank | if i had to pick |
        if i had to choose |
        can't say i haven't | cant say i havent | can't say i've not | can't say i'm not |
        i'm not saying i'm not | not saying i'm not | im not saying im not |
        wouldn't say i'm not | wouldn't say i wasn't |
        not my normal | not my usual | not the usual | not my typical | not my regular |
        nearly gone | almost gone | mostly gone | nearly cleared | almost cleared"""
    add(phrases(pseudo), "PSEUDO", "PSEUDO")
    # Two negations that say it is always there: "hasn't been a single day without pain",
    # "never a night without the sweats", "not one day without a headache".
    never_without = [
        f"{no} {a} {span}{since} without"
        for no in ("hasn't been", "has not been", "haven't had", "have not had", "not",
                   "never", "isn't", "wasn't", "there's not", "there isn't", "no")
        for a in ("a", "a single", "one", "one single")
        for span in ("day", "night", "morning", "hour", "week", "minute")
        for since in ("", " this week", " this month", " all week")
    ]  # fmt: skip
    never_without += [f"no {span} without" for span in ("day", "night", "morning", "week")]
    add(never_without, "PSEUDO", "PSEUDO")
    # A medicine that does not work negates nothing: "the painkillers aren't touching my hip
    # pain", "paracetamol isn't helping the headache", "tablets don't do anything for the sickness"
    verbs = ("touching", "touch", "touched", "helping", "help", "helped", "working", "work",
             "worked", "shifting", "shift", "shifted", "easing", "ease", "eased",
             "doing anything for", "do anything for", "done anything for", "budging", "budge",
             "budged", "relieving", "controlling", "cutting it")  # fmt: skip
    not_working = [
        f"{aux}{no} {verb}"
        for aux in ("is", "are", "was", "were", "do", "does", "did", "has", "have")
        for no in ("n't", " not")
        for verb in verbs
    ]
    not_working += [f"not {verb}" for verb in verbs]  # "Paracetamol not touching the pain"
    add(not_working, "PSEUDO", "PSEUDO")

    # Round 47's review: a nurse's, a pharmacist's, a paramedic's own patients and colleagues
    # ("Bay 4 was vomiting all shift", "Triaged three chest pains today", "Two of mine were
    # vomiting", "a customer came in with a horrible rash", "my healthcare assistant had a
    # migraine")
    at_work = """patients | my patient | my patients | one patient | the patients | two of mine |
        one of mine | three of mine | customers | residents | the residents |
        triaged | triaging | healthcare assistant | fellow nurse | one man | one woman |
        one lady | one mum |
        side room | half the town | every patient | second patient | every second patient |
        customer | a guy with | two lads | a nan with | on my round | my ladies"""
    # ... and the patients beside her on a ward: "Man in the bed opposite was really confused
    # all night"; a relative's own: "Abba has his own chest pain again" (round 65)
    at_work += """ | in the bed opposite | in the next bed | in the bed next to me |
        lady opposite | man opposite | woman opposite | has his own |
        the woman next to me | the lady next to me | the man next to me"""
    add(phrases(at_work), fam, "FORWARD", on_modifies=_family)
    # "Lady across from me coughing her head off" (round 80; in its clause: not "Woman across
    # from me passed me a tissue, coughing up blood again", round 80's review)
    across = [f"{who} across from me" for who in ("lady", "woman", "man", "guy")]
    add(across, fam, "FORWARD", on_modifies=_theirs_in_the_clause)
    # Round 48: what a pain stops her doing is no pain stopped ("a sore hip bone has stopped me
    # rolling over in bed")
    stops_her = [f"{aux}{stop} {who}"
                 for aux in ("", "has ", "had ", "'s ", "is ", "was ", "keeps ")
                 for stop in ("stopped", "stops", "stopping", "stop")
                 for who in ("me", "her", "him")]  # fmt: skip
    add(stops_her, "PSEUDO", "PSEUDO")
    # Round 49: a partner's own illness, named ("Kev's heart failure is playing up: swollen
    # ankles again", "Ray's COPD has him coughing up yellow stuff", "his COPD cough")
    illnesses = (
        "copd",
        "heart failure",
        "chf",
        "angina",
        "emphysema",
        "asthma",
        "diabetes",
        "dementia",
        "gout",
        "bronchitis",
        "parkinson's",
        "heart condition",
        "heart trouble",
        "lung disease",
        "kidney disease",
    )
    theirs = [f"{whose} {illness}" for whose in ("'s", "his") for illness in illnesses]
    add(theirs, fam, "FORWARD", on_modifies=_their_illness)
    # "My husband's got the flu now, fever and coughing all night" (a man's: round 80; not
    # "Mum's got the flu", who may be the one a carer writes of)
    theirs = [f"{who}{has} {flu}" for who in ("husband", "hubby", "dad", "son", "brother",
              "grandad", "grandson", "boyfriend") for has in ("'s got", " has", " has got")
              for flu in ("the flu", "flu", "a cold", "covid", "a chest infection")]  # fmt: skip
    theirs += [f"{illness} now" for illness in theirs]  # ("now" would end its reach)
    add(theirs, fam, "FORWARD", on_modifies=_his_illness)
    # Round 50's review: sheltered housing's warden, a care worker, the other residents ("The
    # warden's back has gone again", "Old Tom across the landing keeps coughing", "Winnie in
    # the flat below has bad diarrhoea") ...
    housing = """the warden | warden | night warden | relief warden | care worker |
        my care worker | home care lady | another resident | other residents | the flat below |
        the flat above | across the landing | down the corridor | two doors down |
        on the ground floor | on the fourth floor | on the third floor | in the next unit |
        at the end of the block | the handyman"""
    add(phrases(housing), fam, "FORWARD", on_modifies=_family)
    # ... told with the person first (round 59): "Mrs Gallacher across the hall had a terrible
    # cough", "Two of the ladies on our corridor have the vomiting bug" (not "Walked across the
    # hall to the lounge")
    places = ["hall", "corridor", "landing", "floor", "wing", "unit"]
    neighbours = [
        [{"IS_TITLE": True, "IS_SENT_START": False}, {"LOWER": "across"}, {"LOWER": "the"},
         {"LOWER": {"IN": places}}],
        [{"LOWER": {"IN": ["ladies", "lady", "woman", "women", "man", "men", "residents"]}},
         {"LOWER": {"IN": ["on", "along", "across"]}}, {"LOWER": {"IN": ["our", "the"]}},
         {"LOWER": {"IN": places}}],
    ]  # fmt: skip
    add(neighbours, fam, "FORWARD", on_modifies=_family)
    # ... and what she feared that did not come ("I'd feared the anaemia would leave me
    # breathless, but I walked to church fine", "Half expected a fever after the jab")
    feared = """i feared | i'd feared | feared the | half expected | kept waiting for |
        braced for | i was scared the | i was scared i'd"""
    add(phrases(feared), hyp, "FORWARD", max_scope=10, **clause)
    # ... nor a mind or a pain eased a little ("The fuzziness in my head has lifted a bit")
    a_little = [f"{aux}{eased} {bit}" for aux in ("", "has ", "'s ")
                for eased in ("lifted", "eased", "settled", "gone down", "eased off")
                for bit in ("a bit", "a little", "slightly", "a touch")]  # fmt: skip
    add(a_little, "PSEUDO", "PSEUDO")
    # "Today, Thu: I keep reaching for words": the day heading is today's
    add([f"today{comma} {day}" for comma in ("", ",") for day in sorted(_WEEKDAYS)], "PSEUDO",
        "PSEUDO")  # fmt: skip
    add([[{"LOWER": "patients"}]], fam, "BACKWARD", max_scope=3, on_modifies=_family)  # "anxious"
    add([[{"LOWER": "bay"}, {"LIKE_NUM": True}], [{"LOWER": "bed"}, {"LIKE_NUM": True}]], fam,
        "FORWARD", on_modifies=_family)  # fmt: skip
    # Round 51: what a medicine can give is what it may give ("the zoledronic acid can give a
    # flu-like fever and bone aches")
    add(phrases("can give | can give you | can give me | can bring on"), hyp, "FORWARD",
        max_scope=12, **clause)  # fmt: skip
    # Round 51's review: what some people get, what she was warned of or taught to spot, a risk
    # ("The nurse said the Neulasta jab can make your bones ache", "some people get swelling
    # where the needle goes in", "how to spot a stroke: face drooping", "warned me hair loss is
    # likely")
    may_come = """can make you | can make your | can make me | some people get | some people have |
        some women get | people can get | how to spot | how to recognise | how to recognize |
        warned me | warned us"""
    add(phrases(may_come), hyp, "FORWARD", max_scope=12, **clause)
    a_risk = "is one of the risks | is a risk | are a risk"
    add(phrases(a_risk), hyp, "BACKWARD", max_scope=8, **clause)
    # ... and the one beside her on the ward ("Woman next to me on the chemo ward went all red
    # and breathless")
    beside = [f"{the}{who} next to me" for the in ("", "the ") for who in ("woman", "man", "lady")]
    add(beside, fam, "FORWARD", on_modifies=_family)
    # "so back Thursday for zometa": a day she goes back, not a day gone by (round 58)
    add([f"back {on}{day}" for on in ("", "on ") for day in sorted(_WEEKDAYS)], "PSEUDO",
        "PSEUDO")  # fmt: skip
    # ... or named ("Linda next to me has had diarrhoea", round 58)
    named_beside = [{"IS_TITLE": True}, {"LOWER": "next"}, {"LOWER": "to"}, {"LOWER": "me"}]
    add([named_beside], fam, "FORWARD", on_modifies=_family)
    # "she called me by her late brother's name": the name is his, the muddle hers (round 59)
    named_after = [f"{relative}'s name" for relative in sorted(RELATIVES)]
    add(named_after, "PSEUDO", "PSEUDO")
    # "Things I have had: fatigue ..., a broken hip. Things I've never had, touch wood: a
    # seizure" (round 59): a list's heading
    # (a colon or a comma after it: not "Things I had to tell the nurse")
    had = [f"things {i} had {mark}" for i in ("i have", "i've") for mark in (":", ",")]
    add(had, hist, "FORWARD", max_scope=20)
    never = [f"things {i} never had {mark}" for i in ("i have", "i've") for mark in (":", ",")]
    add(never, neg, "FORWARD", max_scope=12)
    # "My youngest had a febrile fit" (round 59)
    add(phrases("my youngest | my eldest | my oldest"), fam, "FORWARD", max_scope=10,
        on_modifies=_family)  # fmt: skip
    # "I remember her throwing up for days" of a mother (round 58)
    remember = [f"{i}remember {who}" for i in ("i ", "") for who in ("her", "him", "my mum",
                "my mom", "my mother", "mum", "mom", "she", "he")]  # fmt: skip
    add(remember, fam, "FORWARD", max_scope=5, on_modifies=_family)
    # ... and a mate's trouble is his, as a friend's is ("My mate broke 2 ribs at the rugby")
    add(phrases("my mate | my best mate | my pal | my buddy | my old mate"), fam, "FORWARD",
        on_modifies=_family)  # fmt: skip
    # Round 52: a nurse's patients "on my unit"; a trial diary's "Diarrhoea absent. Mucositis
    # absent."
    add(phrases("on my unit | on my ward | on the unit"), fam, "FORWARD", max_scope=4,
        on_modifies=_family)  # fmt: skip
    add(["absent"], neg, "BACKWARD", max_scope=3, **clause)
    # "Six months since I broke my arm": a time gone by since it
    since_then = [f"{unit} since {who}" for unit in ("weeks", "months", "years")
                  for who in ("i", "she", "he", "mum", "mam")]  # fmt: skip
    add(since_then, hist, "FORWARD", max_scope=6, **clause)
    # A letter's history copied into the diary (round 62): "Admitted 09/02 with hypercalcaemia
    # and acute confusion", "Adm w/ fall + severe R groin pain", "Presented after witnessed
    # generalised seizure", "Reason for admission: SOB", "3 days admission for neutropenic
    # fever", "Hx: 4/7 productive cough", "Dx: hypercalcaemia"; only in a note that says it is
    # a letter or a summary (not "I've just been admitted with a fever of 38.5"), and not what
    # is so "on discharge"
    date = {"LOWER": {"NOT_IN": ["with", "w/", "after", "for", ".", ",", ";"]}, "OP": "{0,6}"}
    # (one first word a pattern: a set would be a predicate run on every token of every note)
    admitted = [
        *([word(first), date, word("with", "w/", "after")] for first in ("admitted", "presented")),
        [word("admission"), word("for", "with", "w/")],
        [word("reason"), word("for"), word("admission")],
        *([word(first), word(":")] for first in ("hx", "history", "dx", "diagnosis")),
        [{"LOWER": "adm", "IS_SENT_START": True}],
    ]
    add(admitted, hist, "FORWARD", max_scope=16, on_modifies=_in_a_letter)
    add(phrases("on discharge | at discharge | at d/c | on d/c"), "TERMINATE", "TERMINATE",
        max_scope=1)  # fmt: skip
    # "Before when I do chemo, I vomit every day" (round 62; not "Just before when I stood up")
    add([[{"LOWER": "before", "IS_SENT_START": True}, word("when"), word("i", "she")]], hist,
        "FORWARD", max_scope=15)  # fmt: skip
    # "Now I can breathe good, before I was out of breath just talking", "Before, I was with no
    # appetite", "Before it I couldnt walk ... without getting winded", "Before the catheter I
    # was sleeping in the chair": "before" alone, the time before a treatment set against now
    # (round 83; not "Just before I was sick I felt dizzy")
    then = [
        [{"LOWER": "before", "IS_SENT_START": True}, word(",")],
        [word(","), word("before"), word(",", "i", "she")],
        [{"LOWER": "before", "IS_SENT_START": True}, word("it"), word("i")],
        [{"LOWER": "before", "IS_SENT_START": True}, word("the", "my"), word(*_TREATED_BY)],
        [
            {"LOWER": "before", "IS_SENT_START": True},
            word("i"),
            word("started"),
            word(*_TREATED_BY, "chemo"),
        ],
        # "Back when the tumour pressed on my spine I couldnt pee on my own"
        [{"LOWER": "back", "IS_SENT_START": True}, word("when")],
    ]
    add(then, hist, "FORWARD", on_modifies=_before_then)
    # "Was running a fever all weekend"; "Calcium was high in the summer" (round 62; told in
    # the past: not "Hot flushes are worse in the summer")
    seasons = [f"{at} the {season}" for at in ("in", "over") for season in
               ("summer", "winter", "spring", "autumn")]  # fmt: skip
    add([*seasons, "all weekend"], hist, "BIDIRECTIONAL", on_modifies=_on_a_past_day)
    # A form's "Vomiting: absent." (round 62; not "Pain: absent at rest, severe on walking")
    add([[word(":"), word("absent"), {"IS_PUNCT": True}]], neg, "BACKWARD", max_scope=3)
    # "I cannot determine whether I have chest pain or only pressure" (round 62)
    add(phrases("cannot determine whether | cannot determine if"), unc, "FORWARD", max_scope=8)

    # A small scope of its own: medspacy only notices a terminator whose scope overlaps another
    # modifier's without enclosing it, and a sentence-wide scope can enclose it.
    breaks = "but | though | tho | although | except | apart from | however | whereas | yet | now"
    add(phrases(breaks + " | still"), "TERMINATE", "TERMINATE", max_scope=1)
    # Dictation that writes the punctuation it was told: "no headache full stop my legs are
    # weak" (round 12)
    dictated = "full stop | fullstop | new line | new paragraph | question mark | exclamation mark"
    add(phrases(dictated), "TERMINATE", "TERMINATE", max_scope=1)
    # "Pt denies headache today (had severe headaches last week ...)": the bracket's own time
    # (round 58)
    add(["( had"], "TERMINATE", "TERMINATE", max_scope=1)
    return rules
