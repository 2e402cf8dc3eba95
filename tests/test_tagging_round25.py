"""Round 25 (docs/note-reader.md, "Round 25"): words round24t and round24u used that the reader
did not place, what the team said to ring about, and everyday words beside them. Each sentence
is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("sob just going up the stairs today", "shortness-of-breath"),
        ("Broke 3 ribs coughing last week, still sore.", "fracture"),
        ("hands n feet are peeling again", "hand-foot-syndrome"),
        ("Like a knife stuck in my lower back tonight.", "back-pain"),
        ("My neck is like a hot poker.", "back-pain"),
        ("Head feels like it's in a vice since lunch.", "headache"),
        ("Throbbing at the base of my skull this morning.", "headache"),
        ("Gnawing in my upper tummy after food.", "upper-abdominal-pain"),
        ("A heavy feeling high up in my belly on the right.", "upper-abdominal-pain"),
        ("Knee joint clicking and aching on the stairs.", "joint-pain"),
        ("Back's been niggling all week.", "back-pain"),
        ("Sharp catch under my ribs when I breathe in.", "chest-pain"),
        ("Muscles in my arms and legs ache today.", "muscle-pain"),
        ("Bones in my legs throb at night.", "bone-pain"),
        ("Electric shocks down my toes this evening.", "neuropathy"),
        ("A fizzing in my fingers since the chemo.", "neuropathy"),
        ("Mouth feels burnt after every meal.", "mouth-sores"),
        ("I can't feel when I need the loo.", "bladder-bowel-control"),
        ("My wife says I've been acting proper crazy.", "mental-status-change"),
        ("She's not her usual self at all.", "mental-status-change"),
        ("She very blur today, keep asking the same thing.", "confusion"),
        ("Weight dropped 3 kg this month.", "weight-loss"),
        ("Lost nearly 5 kilos since the summer.", "weight-loss"),
        ("My hair's coming out in the shower.", "hair-loss"),
        ("Sleep has been shocking this week.", "difficulty-sleeping"),
        ("My grip is weaker in my left hand.", "weakness"),
        ("Her left side has been weaker since Friday.", "weakness"),
        ("Food just doesn't tempt me.", "loss-of-appetite"),
        ("No poo for 5 days now.", "constipation"),
        ("Yellow in the whites of my eyes this morning.", "jaundice"),
        ("I keep losing track of what people say.", "memory-problems"),
        ("The injection site is red and lumpy.", "injection-site-reaction"),
    ],
)
def test_round_25_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("The card says 999 for chest pain.", "chest-pain", "hypothetical"),
        ("Nurse says ring if I get a fever or feel muddled.", "fever", "hypothetical"),
        ("Ring the hotline for a temperature of 38 or more.", "fever", "hypothetical"),
        ("Onc nurse: call the 24hr line for a temp of 38.", "fever", "hypothetical"),
        ("The team said if my back pain gets worse to go in.", "back-pain", "hypothetical"),
        ("Leaflet says jaw pain means tell the dentist.", "jaw-pain", "hypothetical"),
        ("The doctor said weakness can happen on high doses.", "weakness", "hypothetical"),
        ("daughter says I wasn't myself yday", "mental-status-change", "historical"),
        ("Wed-Thu: breathless on the stairs. Today fine.", "shortness-of-breath", "historical"),
        ("Cannot tahan the headache since morning.", "headache", "present"),
        # what she did about it, not what she was told to watch for
        ("Rang the helpline for my chest pain, they want me in.", "chest-pain", "present"),
        ("Back pain terrible so I'm to go straight in.", "back-pain", "present"),
    ],
)
def test_round_25_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nearly had a fit when I saw the gas bill.",
        "We lost 6-1 on Saturday, the kids were gutted.",
        "Bought a new kitchen knife for the Sunday roast.",
        "The kids have been acting crazy all week with the holidays.",
        "The sob story on the telly made me laugh.",
        # the review's sentences (docs/note-reader.md, "Round 25")
        "This photo very blur, who took it?",
        "My mate broke 2 ribs at the rugby, he's bragging about it.",
        "Puppy up to the loo all night, we're training her.",
        "The canteen food doesn't appeal to the kids.",
        "Kept losing track of the score during the darts.",
        "Arsenal lost 6-1, my brother won't answer the phone.",
        "Watched a documentary about brain swelling in boxers.",
    ],
)
def test_round_25_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_steroids_for_brain_swelling_are_no_swelling_of_hers():
    assert ("swelling", "present") not in found("On steroids for the brain swelling.")
