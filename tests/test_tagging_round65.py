"""Round 65 (docs/note-reader.md, "Round 65"): notes typed in a hurry or in anger, Greek and
Italian speakers; Bengali and Sylheti speakers, half-remembered medical words, a carer's
handover. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("On the bus, stitch in my chest every time I breathe in.", "chest-pain"),
        ("A whistling in my left ear since the weekend.", "hearing-changes"),
        ("Her hearing has got worse, we have to shout.", "hearing-changes"),
        ("The neuro stuff in my fingers is bad today.", "neuropathy"),
        ("Heart going thump thump in bed again.", "palpitations"),
        ("Palms and soles look sunburned and are blistering.", "hand-foot-syndrome"),
        ("The injection site on my thigh is hot and lumpy.", "injection-site-reaction"),
        ("I've got a poor memory since the radiotherapy.", "memory-problems"),
        ("Wide awake at 4am every night since the steroids.", "difficulty-sleeping"),
        ("My left hand is puffier than yesterday.", "swelling"),
        ("Both ankles look a bit fat by teatime.", "swelling"),
        ("She is harder to rouse this morning.", "mental-status-change"),
        ("Mood - flat, not talking much.", "depression"),
        ("I worry so much at night now.", "anxiety"),
        ("Worried sick about tomorrow.", "anxiety"),
        ("Last night she have the fit in the kitchen, now she is in hospital.", "seizure"),
        ("My legs won't hold me up, I had to sit on the stairs.", "leg-weakness"),
        ("Her words went all jumbled at lunch.", "speech-problems"),
        ("The hips and the wrists ache all day.", "joint-pain"),
        ("Paracetamol not shifting the back pain at all.", "back-pain"),
        ("So low I've stopped going to church.", "depression"),
        ("Writing for my mum. Mum keeps wetting the bed, she never used to.",
         "bladder-bowel-control"),
        ("Handover 6pm: Dadi is short of breath and her lips look blue.", "shortness-of-breath"),
    ],
)  # fmt: skip
def test_round_65_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Coughed twice after lunch but no blood thank goodness.", "coughing-up-blood",
         "negated"),
        ("Back aching tonight, legs fine, no numbness.", "leg-weakness", "negated"),
        ("She smiled for me, no droop now.", "facial-numbness", "negated"),
        ("Last cycle I had sore muscles for three days, fine now.", "muscle-pain",
         "historical"),
        ("Got the runs all weekend, settled by Monday.", "diarrhea", "historical"),
        ("Now I'm terrified I'll get the mouth ulcers she had.", "mouth-sores", "hypothetical"),
        ("If her face droops or her words go funny, ring 999.", "speech-problems",
         "hypothetical"),
        ("The woman in the next bed was vomiting all night.", "vomiting", "family"),
        ("Kamal has his own back pain again, he is seeing the GP.", "back-pain", "family"),
        ("My father in law had a fall and broke his wrist last month.", "fracture", "family"),
        ("Everyone in the house has a cough except me.", "cough", "family"),
    ],
)  # fmt: skip
def test_round_65_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # what the round's shapes must not read
        ("A stitch in my side from running for the bus.", "chest-pain"),
        ("Should I worry that the cough is lasting?", "anxiety"),
        ("I worry about him driving at night.", "anxiety"),
        ("Do I worry that it will come back? Of course.", "anxiety"),
        ("I nearly lost my mind waiting for the results.", "confusion"),
        ("The nausea has stopped bothering me since the new tablets.", "nausea"),
        ("Legs fine, no numbness in my fingers either.", "leg-weakness"),
        ("Grandad coughed for a year before they found his lung cancer.", "cough"),
    ],
)  # fmt: skip
def test_round_65_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # a medicine that does not help negates nothing; "fine now" after a sentence told in
        # the present is not the past; a grandfather's other cancer makes no carer's note
        ("Painkillers not touching the pain and I can't get comfy.", "pain"),
        ("Back pain bad, legs fine now.", "back-pain"),
        ("I've had a headache for days, ok now I've eaten.", "headache"),
        ("Grandad had a cough before they found his lung cancer. Now I have a cough too.",
         "cough"),
    ],
)  # fmt: skip
def test_round_65_what_stays_present(text, symptom):
    assert (symptom, "present") in found(text)
