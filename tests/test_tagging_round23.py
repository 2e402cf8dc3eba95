"""Round 23 (docs/note-reader.md, "Round 23"): red flags round22o and round22p wrote in words
the reader did not place, and everyday words beside them. Each sentence is one no evaluation
note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Sharp pain tucked under my right ribs since tea.", "upper-abdominal-pain"),
        ("Sore just under the ribs on the right side today.", "upper-abdominal-pain"),
        ("Upper right side of my belly is really tender.", "upper-abdominal-pain"),
        ("Dull ache round my liver again.", "upper-abdominal-pain"),
        ("Agony when I breathe in, since the fall.", "chest-pain"),
        ("Stabbing in the left side of my chest on the stairs.", "chest-pain"),
        ("Tight across my chest walking the dog.", "chest-pain"),
        ("A gnawing ache in my bones all morning.", "bone-pain"),
        ("She's been off her legs since Sunday.", "leg-weakness"),
        ("Still weak on my legs after the bath.", "leg-weakness"),
        ("She didn't recognise the house when we got home.", "confusion"),
        ("I couldn't work out which room I was in.", "confusion"),
        ("She's so out of it this afternoon.", "mental-status-change"),
        ("Mum's gone peculiar today, staring at the wall.", "mental-status-change"),
        ("She's hardly waking even for her tablets.", "mental-status-change"),
        ("Stumbling over my words at the shop.", "speech-problems"),
        ("She wet the settee and didn't notice.", "bladder-bowel-control"),
        ("Hasn't managed to pee since breakfast.", "bladder-bowel-control"),
        ("Coughed up blood-streaked spit this morning.", "coughing-up-blood"),
        ("Had a small fit on the bus, it passed quickly.", "seizure"),
        ("She's gone off her dinners this week.", "loss-of-appetite"),
        ("Clumps of hair on the pillow again.", "hair-loss"),
        ("Keeps losing her footing on the stairs.", "balance-problems"),
        ("Honestly I just feel flat.", "depression"),
        ("Cramping in both calves overnight.", "muscle-pain"),
        ("The joints in my fingers ache in the cold.", "joint-pain"),
        ("My ears have been ringing since the chemo.", "hearing-changes"),
        ("Belly a run since yesterday.", "diarrhea"),
    ],
)
def test_round_23_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "His hay fever is awful this week.",
        "The kids were on a sugar high after the party.",
        "Nick did the school run today.",
        "Everything went odd for a second when the lights flickered in the shop.",
    ],
)
def test_round_23_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_no_blood_when_she_coughs_is_a_negated_red_flag():
    assert ("coughing-up-blood", "negated") in found("No blood when she coughs, just phlegm.")
