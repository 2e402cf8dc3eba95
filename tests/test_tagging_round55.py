"""Round 55 (docs/note-reader.md, "Round 55"): children who text for a parent, a retired GP's and
a nurse's shorthand, Singaporean and Malaysian English; holidays, festivals, Northern English.
Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Wt loss 4kg over the summer.", "weight-loss"),
        ("Anorexia and fatigue ++ this cycle.", "loss-of-appetite"),
        ("New urinary retention since the weekend.", "bladder-bowel-control"),
        ("Exam: power 3/5 in both legs.", "leg-weakness"),
        ("Sleep fragmented again, up at 2 and 4.", "difficulty-sleeping"),
        ("Polyuria on the dex.", "high-blood-sugar"),
        ("Pain L calf since the flight home.", "calf-swelling"),
        ("My calf aches when I walk to the shop.", "calf-swelling"),
        ("I always need to pee, every half hour.", "high-blood-sugar"),
        ("Drinking water like a fish since the steroids.", "high-blood-sugar"),
        ("She's got the muddles this afternoon.", "confusion"),
        ("Forgot what to get at the chemist twice.", "memory-problems"),
        ("Numbness on the right side of my lip since lunch.", "facial-numbness"),
        ("It hurts in my chest when I breathe in.", "chest-pain"),
        ("Couldn't wake up properly till noon, so groggy.", "mental-status-change"),
        ("Aiyoh, my hair all drop already.", "hair-loss"),
        ("My hearing not so good since the cisplatin.", "hearing-changes"),
        ("Went proper mazy on the bus.", "dizziness"),
        ("Cannit get me breath on the hill.", "shortness-of-breath"),
        ("Nee appetite the day.", "loss-of-appetite"),
    ],
)  # fmt: skip
def test_round_55_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a clinician's query mark
        ("Sudden pain in the femur. ?pathological fracture, X-ray booked.", "fracture",
         "uncertain"),
        # a doubt after it
        ("Bit yellow in the eyes maybe?", "jaundice", "uncertain"),
        ("Fever? Yes, 38.2.", "fever", "present"),
        # one or the other, asked
        ("Headache or just the wine? Either way, bed.", "headache", "uncertain"),
        # a sheet's side effects
        ("Started the new tablets. SEs listed: nausea, rash.", "nausea", "hypothetical"),
        # a note taken back
        ("Ignore what I wrote about the rash, it was the new soap.", "rash", "negated"),
        # a parent's red flag read as theirs is asked when the note rings for help
        ("Dad's speech is slurred tonight. Called 111.", "speech-problems", "uncertain"),
        # whose: "me mam" is the writer's mother in a note of her own treatment
        ("Me mam's coughing, so I'm keeping away wi' me bloods low.", "cough", "family"),
        ("Hearing is grand, no ringing.", "hearing-changes", "negated"),
        ("Checked for a clot: no swelling in either calf.", "calf-swelling", "negated"),
    ],
)  # fmt: skip
def test_round_55_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum threw a fit because the taxi was late.",
        "The move has been a headache from start to finish.",
        "The council's parking rules are a real headache.",
        # drink, not thirst
        "Uncle Pete was drinking like a fish at the wedding.",
    ],
)
def test_round_55_everyday_words_are_not_her_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # a real fit and a real headache in the same words' neighbourhood
        ("Had a fit about 2am, husband timed it.", "seizure"),
        ("Today it's a headache, after the wine.", "headache"),
    ],
)
def test_round_55_idioms_leave_the_real_ones(text, symptom):
    assert (symptom, "present") in found(text)
