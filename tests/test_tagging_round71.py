"""Round 71 (docs/note-reader.md, "Round 71"): women in their eighties who write formally, a
grandchild who types for them, Punjabi and Urdu speakers, Appalachian and US Southern English;
notes that compare now with before, Kenyan and Tanzanian English, Maori and Samoan voices. Each
sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Mum fell on the step and it hurts her so much she cannot sit.", "pain"),
        ("Since the fall it hurts me to breathe in.", "chest-pain"),
        ("A nagging pain in the small of my back since Easter.", "back-pain"),
        ("Had trouble getting to the loo in time this morning.", "bladder-bowel-control"),
        ("My legs just quit on me at the church door.", "leg-weakness"),
        ("Her nerves are shot with waiting for the scan.", "anxiety"),
        ("I got in a right state before the results.", "anxiety"),
        ("My heart goes nineteen to the dozen before every scan.", "palpitations"),
        ("My eyelashes are getting thin now.", "hair-loss"),
        ("The hair's nearly all gone, so a scarf it is.", "hair-loss"),
        ("Her left calf came up hot in the night.", "calf-swelling"),
        ("Right calf tender and sore since the flight.", "calf-swelling"),
        ("Stood up and the whole room was spinning.", "dizziness"),
        ("Woke with the spins again.", "dizziness"),
        ("My back is paining since the weekend.", "back-pain"),
        ("Puffed walking up to the flat.", "shortness-of-breath"),
        ("Hard to sleep with the hip the way it is.", "difficulty-sleeping"),
        ("The skin on my chest is red and the arm is sore again like in 2019.", "pain"),
    ],
)  # fmt: skip
def test_round_71_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("The nurse asked her about chest pain and fever, and Nan said no to all of them.",
         "chest-pain", "negated"),
        ("The nurse asked me about chest pain and fever and I told her no to all of it.",
         "chest-pain", "negated"),
    ],
)  # fmt: skip
def test_round_71_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


def test_round_71_another_fracture_like_last_year_is_not_now():
    assert ("fracture", "present") not in found("Terrified its another fracture like last year.")


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the review's: red flags that keep their reading
        ("Chest pain today? Yes, the 111 lady wanted me to go to A&E but I said no.",
         "chest-pain", "present"),
        ("I asked him about my back pain, and he said no, it's not the cancer.", "back-pain",
         "present"),
        ("I asked a few questions about the fever. None of the nurses knew.", "fever",
         "present"),
        ("I told her at the end of the visit that I've been coughing up blood.",
         "coughing-up-blood", "present"),
        ("Not sure what to ring about first: the chest pain or the breathlessness.",
         "chest-pain", "present"),
        ("Should I ever be this breathless just walking to the loo?", "shortness-of-breath",
         "present"),
        ("Legs are weak, and a sore back there as well, low down.", "back-pain", "present"),
    ],
)  # fmt: skip
def test_round_71_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("The vomiting came before I made it to the loo.", "bladder-bowel-control"),
        ("Puffed at a cigarette for the first time in years.", "shortness-of-breath"),
        ("My nerves are all tingling in my legs and feet.", "anxiety"),
        ("She keeps getting into a state of confusion at night.", "anxiety"),
        ("It hurts me to breathe through my nose with the sores.", "chest-pain"),
    ],
)  # fmt: skip
def test_round_71_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)
