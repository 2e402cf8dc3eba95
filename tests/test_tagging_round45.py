"""Round 45 (docs/note-reader.md, "Round 45"): the worst days in the emergency department and
the calm day after, people living alone, other illnesses and medical words, and everyday words
of round 45's review (a partner's note of his or her own aches, a van knackered, a fractured
relationship). Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # what a list, a nurse or a medicine says may come
        ("Possible side effects: nausea, rash, tiredness.", "nausea", "hypothetical"),
        ("The tablets may make me sleepy and dizzy.", "dizziness", "hypothetical"),
        ("Steroids might keep me awake at night.", "difficulty-sleeping", "hypothetical"),
        ("Hair loss can start after the second dose.", "hair-loss", "hypothetical"),
        # ... and when nobody warned of it, it came
        ("Nobody warned me about the hot flushes, three today.", "hot-flashes", "present"),
        # a doubt of what it is, not of whether it is there
        ("Not sure whether the cough is the cold or the tablets.", "cough", "present"),
        ("Not sure if it's a rash or just the heat.", "rash", "uncertain"),
        # probably
        ("The GP says probably a fractured toe.", "fracture", "uncertain"),
        # a question answered none, zero, or no to all
        ("The nurse asked about fits and headaches, and I told her none of those today.",
         "headache", "negated"),
        ("The nurse asked me to rate my nausea and I said zero.", "nausea", "negated"),
        # an event of a day gone by
        ("Still shaken after yesterday's seizure.", "seizure", "historical"),
        ("Two cycles ago I had a fever of 38.6.", "fever", "historical"),
        # someone from church
        ("A lady from church has had a cough for weeks.", "cough", "family"),
        # a report of her by someone else is hers
        ("My friend from the group said I seemed confused.", "confusion", "present"),
        # ... not what someone told her of themselves
        ("A man at the bus stop told me his back was killing him.", "back-pain", "family"),
        # a partner's note: the partner's own aches are theirs
        ("Husband's note: Jo slept well. I've got a stinking cough.", "cough", "family"),
        ("Wife's note: he's had chest pain since lunch.", "chest-pain", "present"),
    ],
)  # fmt: skip
def test_round_45_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("I keep mixing up what day it is.", "confusion"),
        ("I only trip over the odd word now.", "speech-problems"),
        ("Struggle to find a word sometimes.", "speech-problems"),
        ("Lost track of where I was in the supermarket.", "confusion"),
        ("I couldn't get my words out on the phone.", "speech-problems"),
        ("A bit fuzzy in the head since the steroids.", "confusion"),
        ("Not like herself at all this evening.", "mental-status-change"),
        ("Can't keep my mind on anything today.", "memory-problems"),
        ("Stomach pain in the upper part after meals.", "upper-abdominal-pain"),
        ("Woke with my left hand weak.", "weakness"),
        ("Neck muscles aching after the scan.", "muscle-pain"),
        ("Palms starting to peel on the new tablets.", "hand-foot-syndrome"),
        ("Wobbling along the landing this morning.", "balance-problems"),
        ("Sleep is impossible with this cough.", "difficulty-sleeping"),
        ("I'm never hungry these days.", "loss-of-appetite"),
        ("Not much appetite since Sunday.", "loss-of-appetite"),
        ("I cough up pink in the mornings.", "coughing-up-blood"),
        ("Temp normal despite the sweats.", "hot-flashes"),
        ("Sheets soaked with urine this morning.", "bladder-bowel-control"),
        ("Sparse eyebrows now, drawing them on.", "hair-loss"),
        ("Tender red lump at the injection site.", "injection-site-reaction"),
        ("The heparin jabs, which leave big bruises.", "injection-site-reaction"),
        ("Sick twice after lunch.", "vomiting"),
        ("My skin is blistered and sore under my breast from the radiotherapy.", "rash"),
    ],
)
def test_round_45_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 45's review
        "The van's knackered again, so I took the bus.",
        "A fractured relationship with my manager, sadly.",
        "The band's fractured since the drummer left.",
        "Next flush of the port is in four weeks.",
        "The nurse said stop worrying, all normal.",
        # round 44g's and round 45's own narrowing: a white count, a hymn, a calf born, nerves
        "The nurse says my white count is very low today.",
        "The vicar tripped over the words of the psalm.",
        "The new foal was wobbling about the field.",
        "Paned a chacen in the cafe.",
    ],
)
def test_round_45_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
