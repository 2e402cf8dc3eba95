"""Round 32 (docs/note-reader.md, "Round 32"): forms she fills in (answers "Y." and "N.",
ticks and crosses before their items, empty boxes), what a doctor ruled out, a symptom that has
not come back, Scots words, and words round31i and round31j used. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Rash? Y. Itchy since the weekend.", "rash", "present"),
        ("Nausea? Y.", "nausea", "present"),
        ("Rash N. Nausea Y. Fever N.", "rash", "negated"),
        ("Rash N. Nausea Y. Fever N.", "nausea", "present"),
        ("Rash N. Nausea Y. Fever N.", "fever", "negated"),
        ("Headache? Nah. Dizzy? Nah.", "dizziness", "negated"),
        ("Dizzy? only when I stand up.", "dizziness", "present"),
        ("Cough? \u2713 worse at night.", "cough", "present"),
        ("Today: [x] headache [ ] rash [x] nausea", "rash", "negated"),
        ("Today: [x] headache [ ] rash [x] nausea", "nausea", "present"),
        ("My list: \u2713 headache \u2717 rash \u2713 nausea", "headache", "present"),
        ("My list: \u2713 headache \u2717 rash \u2713 nausea", "rash", "negated"),
        ("My list: \u2713 headache \u2717 rash \u2713 nausea", "nausea", "present"),
        ("Headache \u2713 rash \u2717 nausea \u2713", "headache", "present"),
        ("Headache \u2713 rash \u2717 nausea \u2713", "rash", "negated"),
        ("The scan ruled out a fracture in my hip.", "fracture", "negated"),
        ("They can't rule out a fracture until the MRI.", "fracture", "uncertain"),
        ("Can't rule out that the dizziness is just the heat.", "dizziness", "present"),
        ("The headaches I had last month haven't come back.", "headache", "negated"),
        ("Nurse asked if I have any fever. Me tell her no.", "fever", "negated"),
        ("Not my normal headache, it's behind one eye.", "headache", "present"),
        ("New thing is this pain in my lower back.", "back-pain", "present"),
        ("Is this a rash on my neck?", "rash", "uncertain"),
        ("My arm's gone weak and I'm slurring a bit.", "speech-problems", "present"),
    ],
)
def test_round_32_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Couldnae get tae sleep till three.", "difficulty-sleeping"),
        ("Sore mooth again, ulcers on my gums.", "mouth-sores"),
        ("The kitchen was birlin roond when I stood up.", "dizziness"),
        ("My hip bane's gowpin the day.", "bone-pain"),
        ("A bit short o puff on the brae.", "shortness-of-breath"),
        ("Mam doesnae ken what day it is.", "confusion"),
        ("She's no hersel at all the day.", "mental-status-change"),
        ("Sair tae breathe in since the fall.", "chest-pain"),
        ("Mi cyaan catch mi breath on the hill.", "shortness-of-breath"),
        ("My heart's going like the clappers tonight.", "palpitations"),
        ("Coughed up a wee bit of blood at breakfast.", "coughing-up-blood"),
        ("Aches in my knees and shoulders again.", "joint-pain"),
        ("Ankle throbbing since the walk.", "pain"),
    ],
)
def test_round_32_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shopping Y. Bins out N. Card posted Y.",
        "[ ] ring the council [x] post the card",
        "Not my usual coffee, the machine was broken.",
        "Is this the right bus for the hospital?",
        "She's no hersel in that hat, a proper film star.",
        "The swallows haven't come back to the barn yet.",
        "The council ruled out a new bus stop.",
        "The neighbour's dog is the bane of my life.",
    ],
)
def test_round_32_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
