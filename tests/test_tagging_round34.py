"""Round 34 (docs/note-reader.md, "Round 34"): the mind in everyday words, skin, mouth and
hands in detail, a reading "or above" that means going in, and words round33m and round33n
used. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("No rash, no sickness, just drained all day.", "fatigue", "present"),
        ("A temperature of 38 or above means ring the unit.", "fever", "hypothetical"),
        ("The doctor said the nausea could come back next cycle.", "nausea", "hypothetical"),
    ],
)
def test_round_34_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("I'm on tenterhooks about the biopsy.", "anxiety"),
        ("Wound up all morning before the clinic.", "anxiety"),
        ("Constant worry about the scan.", "anxiety"),
        ("I'm so jumpy today, the kettle made me leap.", "anxiety"),
        ("Tired and low today, didn't go out.", "depression"),
        ("Feeling miserable and stuck indoors.", "depression"),
        ("Everything feels bleak since the results.", "depression"),
        ("Flat in myself all week.", "depression"),
        ("Drained and achy after the infusion.", "fatigue"),
        ("My memory's like a sieve this week.", "memory-problems"),
        ("Words came out in the wrong order on the phone.", "speech-problems"),
        ("A pink tinge in what I cough up.", "coughing-up-blood"),
        ("Deep bone ache in my thigh tonight.", "bone-pain"),
        ("I've dropped nearly a stone since June.", "weight-loss"),
        ("My mouth is as dry as a bone.", "high-blood-sugar"),
        ("Watery motions three times before lunch.", "diarrhea"),
        ("Sore gums again, bleeding when I brush.", "mouth-sores"),
        ("Sore spots inside my cheek since the weekend.", "mouth-sores"),
        ("The skin on my soles is peeling off.", "hand-foot-syndrome"),
        ("My fingertips are cracked and splitting.", "hand-foot-syndrome"),
        ("Hair falling out when I brush it.", "hair-loss"),
        ("Tingling in the tips of my fingers at night.", "neuropathy"),
        ("Numbness on the right side of my chin.", "facial-numbness"),
        ("Vision blurring when I read.", "vision-problems"),
        ("Feet burning at night, stops me sleeping.", "difficulty-sleeping"),
        ("Up every hour to wee since the steroids.", "high-blood-sugar"),
    ],
)
def test_round_34_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The whole street was on tenterhooks for the results.",
        "Drained the pasta too early, still a bit hard.",
        "Everything feels grey outside today, low cloud over the bay.",
        "The camera gives a vision blur at the edges.",
        "Told the kids their drumming stops me sleeping, as a joke.",
        "The budgie is a bit jumpy since we moved his cage.",
        "Bleeding when I brush my teeth, the dentist says it's my gums.",
        "Broncos lost, but that's a headache for another day.",
    ],
)
def test_round_34_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
