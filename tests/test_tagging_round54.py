"""Round 54 (docs/note-reader.md, "Round 54"): men with breast cancer and the partners who write
for them, young mothers on phones; catch-up entries, hospital beds, night shifts, numbers. Each
sentence is one no evaluation note contains."""

import pytest

from diary import tagging
from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Feel a bit sick with the new tablets.", "nausea"),
        ("You've had the ache in your neck since Sunday, ring them.", "back-pain"),
        ("I am not feeling like eating anything today.", "loss-of-appetite"),
        ("Appetite is nothing this week.", "loss-of-appetite"),
        ("Walked to the gate and she's grey and puffing.", "shortness-of-breath"),
        ("Day 5 no poo, prunes tomorrow.", "constipation"),
        ("The iron tablets have bunged me up.", "constipation"),
        ("Hearing is reduced in my left ear.", "hearing-changes"),
        ("Stood up and the room went spinny.", "dizziness"),
        ("Weighed this morning, 3kg lost since June.", "weight-loss"),
        ("Dryness in the private area since the injections.", "vaginal-dryness"),
        ("Tried to stand and my legs just weren't there.", "leg-weakness"),
        ("Her calf's red an swollen the night.", "calf-swelling"),
        ("Passing urine so often with the steroids.", "high-blood-sugar"),
        ("Kept hacking all night and barely slept.", "cough"),
        ("My knees and fingers stiff as anything this morning.", "joint-pain"),
        ("Irregular beats again after tea.", "palpitations"),
        ("Some blurring in my left eye since the weekend.", "vision-problems"),
        ("Right calf a bit sore after the long drive.", "calf-swelling"),
        ("She's talking nonsense since tea time.", "confusion"),
    ],
)  # fmt: skip
def test_round_54_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # denied in few words
        ("Went lightheaded but didn't pass out.", "palpitations", "negated"),
        ("Eyes checked in the mirror, not yellow.", "jaundice", "negated"),
        ("Bit wobbly, no spinning though.", "dizziness", "negated"),
        ("Nae fever, nae temperature.", "fever", "negated"),
        # what a nurse says to report
        ("Any chest pain must be reported straight away.", "chest-pain", "hypothetical"),
        ("Asked about hot flushes in case it happens on the new tablets.", "hot-flashes",
         "hypothetical"),
        # healed now, or healed then
        ("The cracked rib has healed, no pain now.", "fracture", "negated"),
        # answered in a list
        ("GP asked: any fever, no; any cough, no.", "cough", "negated"),
        ("Nurse asked if I'd been feeling low. Honestly no.", "depression", "negated"),
        # a doubt past its "but"
        ("Not sure, but my ankles look a bit swollen.", "swelling", "uncertain"),
        # a fall, then the thought
        ("Slipped on the ice. Wrist. Think it's broken.", "fracture", "uncertain"),
        # whose: a man written for by name is the patient; a mother-in-law is another
        ("Writing for Tom. He's been really breathless since lunch.", "shortness-of-breath",
         "present"),
        ("My mother-in-law has a bad cough this week.", "cough", "family"),
        # a carer who turns to herself
        ("Writing for Nan. Me on the other hand, cant sleep at all.", "difficulty-sleeping",
         "family"),
        ("Writing for Nan. She was sick twice. I'm fine, she has a headache.", "headache",
         "present"),
    ],
)  # fmt: skip
def test_round_54_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bought blackout blinds for the bedroom.",
        "Grandad had a collapsed lung in the war.",
        "The boss is such a pain this week.",
        "Bit sick of the rain to be honest.",
        "He was puffing on a cigar in the garden.",
        "Dad was hacking the hedge back all afternoon.",
    ],
)
def test_round_54_everyday_words_are_not_her_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_talking_gibberish_stays_a_speech_problem():
    assert "speech-problems" in [m.symptom for m in tagging.tag("He was talking gibberish.")]
