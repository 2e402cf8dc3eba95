"""Round 24 (docs/note-reader.md, "Round 24"): words round23r and round23s used that the reader
did not place, saddle numbness read as the catalog has it, and everyday words beside them. Each
sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Fit number two today, my right hand jerked.", "seizure"),
        ("Woke up and every bone in my body is aching.", "bone-pain"),
        ("Sam says I'm not acting like myself.", "mental-status-change"),
        ("Och, I'm no' masel the day.", "mental-status-change"),
        ("My scar is sore and nagging tonight.", "pain"),
        ("Tender scar under my arm again.", "pain"),
        ("The word for fork just wouldn't come.", "speech-problems"),
        ("My legs had nothing in them on the stairs.", "leg-weakness"),
        ("My legs are heavy and the right one buckled at the till.", "leg-weakness"),
        ("Perineal numbness since this morning.", "bladder-bowel-control"),
        ("Numb around my bottom when I sit.", "bladder-bowel-control"),
        ("Can't feel the toilet paper when I wipe.", "bladder-bowel-control"),
        ("Wet myself on the way to the car.", "bladder-bowel-control"),
        ("I trip over words when I'm tired now.", "speech-problems"),
        ("Top of my tummy hurts after tea.", "upper-abdominal-pain"),
        ("No idea which road I was on coming back from the shop.", "confusion"),
        ("The kitchen was spinning when I stood up.", "dizziness"),
        ("Can't get off to sleep, again.", "difficulty-sleeping"),
        ("I was awake till 3 with my mind racing.", "difficulty-sleeping"),
        ("I keep forgetting what I went upstairs for.", "memory-problems"),
        ("Head like a sieve this week.", "memory-problems"),
        ("Bit of queasiness after the tablets.", "nausea"),
        ("The smell of coffee makes my stomach churn.", "nausea"),
        ("Lost my breakfast again on the way to clinic.", "vomiting"),
        ("Shaking with nerves in the waiting room.", "anxiety"),
        ("I'm a bag of nerves about Friday.", "anxiety"),
        ("I've lost over a stone since the summer.", "weight-loss"),
        ("My trousers are hanging off me.", "weight-loss"),
        ("Seeing two of everything on the telly.", "vision-problems"),
        ("Dull ache in my left calf since the flight.", "calf-swelling"),
        ("No interest in food today.", "loss-of-appetite"),
        ("Ringing in my left ear all day.", "hearing-changes"),
        ("Got the squits again.", "diarrhea"),
        ("Dryness down below is worse.", "vaginal-dryness"),
        ("Took a water tablet for my swollen legs.", "swelling"),
        ("Not as breathless as yesterday.", "shortness-of-breath"),
    ],
)
def test_round_24_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Checked in the mirror: no yellowing.", "jaundice", "negated"),
        (
            "The sheet says call 999 for chest pain or new leg weakness.",
            "chest-pain",
            "hypothetical",
        ),
        ("Side effects listed include headache and rash.", "headache", "hypothetical"),
    ],
)
def test_round_24_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My brother-in-law is a right pain about the parking.",
        "The match was painful to watch.",
        "Bought migraine tablets for Dave at the chemist.",
        "Picked up the anti-sickness from the pharmacy.",
        "The grandkids wrecked the lounge again.",
        "Not knowing what to do about the holiday booking.",
        "Woke at 7 and made a cuppa.",
        "Wet myself laughing at the panto.",
        # the review's sentences (docs/note-reader.md, "Round 24")
        "The cat has lost over a stone since the vet put him on a diet.",
        "Lost my lunch box on the bus.",
        "Our goalkeeper is like a sieve.",
        "We had no idea which street led back to the hotel.",
        "The dog's got the squits again.",
        "Bought two of everything in the sale.",
        "The neighbours were awake till 2 with their party.",
        "The bride was a bag of nerves.",
        "The waiter kept forgetting our drinks.",
        "Our vicar trips over words at weddings.",
        "I'm no' masel till I've had my tea.",
    ],
)
def test_round_24_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_a_weak_bone_is_no_weakness_of_hers():
    assert ("weakness", "present") not in found("The X-ray showed the bone's weak from the mets.")


def test_a_febrile_convulsion_is_a_fit_not_a_fever():
    mentions = found("Had a febrile convulsion at lunch, they said.")
    assert ("seizure", "present") in mentions
    assert not any(symptom == "fever" for symptom, _ in mentions)
