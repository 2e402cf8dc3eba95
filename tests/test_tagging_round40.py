"""Round 40 (docs/note-reader.md, "Round 40"): young mothers' wry words, notes full of time, a
hospital ward and the first days home, older women with other illnesses, fears of what may
come, animals, and everyday words of round 40's review. Each sentence is one no evaluation
note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # what he found of her is hers
        ("Husband says he could hardly wake me this morning.", "mental-status-change",
         "present"),
        # over, or less than it was
        ("The migraine was awful but it's gone today.", "headache", "negated"),
        ("No sickness, no runs this week.", "diarrhea", "negated"),
        ("The vomiting is a distant memory now.", "vomiting", "negated"),
        ("I'm not half as breathless since the drain.", "shortness-of-breath", "present"),
        # fears of what may come, with nothing there now
        ("Scared the nausea will come back with the new drug.", "nausea", "hypothetical"),
        ("Afraid of losing my hair again.", "hair-loss", "hypothetical"),
        ("Half expecting the bone pain after the jab.", "bone-pain", "hypothetical"),
        ("Fear of the pain coming back keeps me checking.", "pain", "hypothetical"),
        # an animal's
        ("The old collie has a nasty cough.", "cough", "family"),
        ("The old ewe has a cough and a runny nose.", "cough", "family"),
        # someone else's: the lad, the eldest, a workmate
        ("The lad next to me on the bus was coughing all the way.", "cough", "family"),
        ("Our eldest has a temperature of 38.5.", "fever", "family"),
        # a question asked: "had I coughed any blood ... I said no"
        ("The doctor asked had I coughed any blood and I said no.", "coughing-up-blood",
         "negated"),
        ("Nae wobbling on the stairs today.", "balance-problems", "negated"),
    ],
)  # fmt: skip
def test_round_40_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Pretty puffed climbing the hill to the car park.", "shortness-of-breath"),
        ("I'm pechin on the stairs.", "shortness-of-breath"),
        ("Woke up pouring with sweat at four.", "hot-flashes"),
        ("Burning and tingling in my feet at night.", "neuropathy"),
        ("Stiffness in my fingers first thing.", "joint-pain"),
        ("Muscle aches in my thighs from the new tablets.", "muscle-pain"),
        ("Couldn't walk in a straight line this morning.", "balance-problems"),
        ("Weaker than last week, I need the stick.", "weakness"),
        ("I feel a lot weaker today.", "weakness"),
        ("The bone in my pelvis aches at night.", "bone-pain"),
        ("Liver pain up under the ribs again.", "upper-abdominal-pain"),
        ("Sore gums since Tuesday.", "mouth-sores"),
        ("Sore red injection sites on my tummy.", "injection-site-reaction"),
        ("My right calf is warmer and bigger than the left.", "calf-swelling"),
        ("Mum's not right tonight, very drowsy.", "mental-status-change"),
        ("I keep losing the thread of what I'm saying.", "memory-problems"),
        ("I forget what I came upstairs for.", "memory-problems"),
    ],
)
def test_round_40_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Felt sick to my stomach hearing about the crash on the news.",
        "Weak at the knees when the grandbaby smiled at me.",
        "My legs turned to jelly when I heard the scan was clear.",
        "My heart was pounding with excitement at the wedding.",
        "Cold sweat thinking about the speech on Saturday.",
        "The farm track is washed out after the rain.",
        "Arm exercises done in the garden this morning.",
        "The pound is feeling weaker against the dollar.",
        "Worried the tiredness will hit me like last time, but I feel fine.",
        "Been reading about lymphoedema all evening.",
        "The mare coughed all night in the stable.",
        "The real pain is the parking charges.",
    ],
)
def test_round_40_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
