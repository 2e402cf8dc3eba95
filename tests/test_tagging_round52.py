"""Round 52 (docs/note-reader.md, "Round 52"): people who work or look after others while ill,
faith and Caribbean English; named treatments, a trial's diary, sons who write for her. Each
sentence is one no evaluation note contains."""

import pytest

from diary import tagging
from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Trial diary, day 9. Balance: bit off on the stairs.", "balance-problems"),
        ("Week 3 of the study. Mood: a bit low.", "depression"),
        ("Word-finding trouble at the checkout again.", "speech-problems"),
        ("Perioral tingling since the infusion.", "facial-numbness"),
        ("Felt presyncopal in the queue at the chemist.", "palpitations"),
        ("Still backed up, nothing since Friday.", "constipation"),
        ("She keeps drinking water all night.", "high-blood-sugar"),
        ("Weighed at clinic, I'm down 4 kg since June.", "weight-loss"),
        ("My legs went from under me on the stairs.", "leg-weakness"),
        ("The pain is in the middle of my back, worse lying down.", "back-pain"),
        ("The skin on my neck is red and itchy since the radiotherapy.", "rash"),
        ("Mi cyaan tek a full breath this morning.", "shortness-of-breath"),
        ("My right calf is bigger than the left since the flight.", "calf-swelling"),
        ("Her hair dropping out in the shower now.", "hair-loss"),
        ("Mum doesn't want to eat today.", "loss-of-appetite"),
        ("I haven't slept in three nights with the steroids.", "difficulty-sleeping"),
        ("Legs achey after the school run.", "pain"),
    ],
)  # fmt: skip
def test_round_52_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a trial diary's "absent"
        ("Vomiting absent. Appetite fair.", "vomiting", "negated"),
        # it began then and goes on
        ("On Tuesday I started getting headaches after lunch.", "headache", "present"),
        ("Headache on Tuesday, fine since.", "headache", "historical"),
        # a time gone by since it
        ("Three years since I broke my hip, and it's never been right.", "fracture",
         "historical"),
        # a nurse's patients on her unit
        ("Mrs Pryce on my unit was vomiting all night.", "vomiting", "family"),
        # "mi" is the writer: her words, not her granddaughter's
        ("Mi granddaughter seh mi head a hurt bad since morning.", "headache", "present"),
        ("No jaw probs at the dentist.", "jaw-pain", "negated"),
        ("Husband agrees I'm more muddled this week.", "confusion", "present"),
    ],
)  # fmt: skip
def test_round_52_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


def test_a_reading_restated_in_brackets_is_one_reading():
    fevers = [m for m in tagging.tag("Temp 101.1 °F (38.4 °C) at 6pm.") if m.symptom == "fever"]
    assert len(fevers) == 1


def test_two_readings_in_brackets_are_two():
    fevers = [m for m in tagging.tag("Temp 38.2 at 6pm (38.9 by 9pm).") if m.symptom == "fever"]
    assert len(fevers) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a port flushed
        "The district nurse came to flush the line at ten.",
        # someone's "red and itchy" told after her rash is one mention, and a bag of nerves
        # stays hers only when she says it
        "Amy's a bag of nerves about her driving test.",
    ],
)
def test_round_52_everyday_words_are_not_her_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
