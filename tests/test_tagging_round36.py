"""Round 36 (docs/note-reader.md, "Round 36"): a nurse's call answered, dictation's homophones,
treatment days compared with others, and words round35q and round35r used. Each sentence is one
no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a question answered after a comma, or in a short form
        ("The nurse asked if I had chest pain, yes, a tight band.", "chest-pain", "present"),
        ("Asked if I feel dizzy standing up, yes a little.", "dizziness", "present"),
        ("Nurse ask any numbness in legs, I say no.", "leg-weakness", "negated"),
        ("Headache? Got, since morning.", "headache", "present"),
        ("Vomiting? Not this week.", "vomiting", "negated"),
        ("Asked about the fits, I said none since June.", "seizure", "negated"),
        # what to call about, and what is unlikely
        ("The sheet says when to call: fever, new back pain, numb legs.", "back-pain",
         "hypothetical"),
        ("Pharmacist's list: call if fever over 38 or weakness in the legs.", "leg-weakness",
         "hypothetical"),
        ("They did warn me about jaw problems with the injection.", "jaw-pain", "hypothetical"),
        ("The doctor says a seizure is unlikely.", "seizure", "hypothetical"),
        # a comparison with an earlier time is today's
        ("Numb toes worse than last cycle.", "neuropathy", "present"),
        ("Hot flushes all night, better than last week.", "hot-flashes", "present"),
        ("Nothing much to report, only a fractured toe from the bed leg.", "fracture",
         "present"),
        ("Banged my knee, bruised but not broken.", "fracture", "negated"),
    ],
)  # fmt: skip
def test_round_36_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Halfway up the drive and I'm puffing.", "shortness-of-breath"),
        ("Sleep - can't get off till two.", "difficulty-sleeping"),
        ("I have to force myself to eat breakfast.", "loss-of-appetite"),
        ("Some blood in my flem when I woke.", "coughing-up-blood"),
        ("Tinkling in my toes like pins.", "neuropathy"),
        ("The doctor said it's a brake and they'll plaster it.", "fracture"),
        ("My wait has gone down again.", "weight-loss"),
        ("Hair dropping everywhere on the pillow.", "hair-loss"),
        ("Nothing on the scan, just nerves today.", "anxiety"),
        ("Feeling a bit blue with the dark evenings.", "depression"),
        ("Hair nearly all gone at the front.", "hair-loss"),
        ("Hair patchy at the crown.", "hair-loss"),
        ("My speech slurring on and off since lunch.", "speech-problems"),
        ("Pain when breathing in deep, left side.", "chest-pain"),
        ("Mum is acting really off this evening.", "mental-status-change"),
        ("Upper arm throbs when I lift anything.", "pain"),
        ("She leaked on the way to the bathroom.", "bladder-bowel-control"),
        ("I'm parched since the steroids.", "high-blood-sugar"),
        ("Passing urine many times a night.", "high-blood-sugar"),
        ("Needing to pee a lot today.", "high-blood-sugar"),
        ("Mouth raw after the chemo.", "mouth-sores"),
        ("Some bleeding from my front passage this morning.", "vaginal-bleeding"),
        ("Awake at three every night this week.", "difficulty-sleeping"),
    ],
)
def test_round_36_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stereo upstairs would give you a headache.",
        "That new phone system is giving everyone headache at work.",
        "The tea at the cafe was weak as dishwater.",
        "Lost the head with the bank on the phone.",
        "Fell off the kerb, my shin is black and blue.",
        "Her lips look a bit blue from the ice lolly.",
        "My cousin with diabetes is always passing urine many times a night.",
    ],
)
def test_round_36_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_weak_as_water_is_still_weakness():
    assert ("weakness", "present") in found("Weak as water all day after the infusion.")
