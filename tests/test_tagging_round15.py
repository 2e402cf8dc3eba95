"""Round 15 (docs/note-reader.md, "Round 15"): red flags told by what a carer saw or by an
image, and the relative a note is about told as "(patient)"; each tried on sentences no
evaluation note contains, with near misses that must not be tagged."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("she keeps chatting to folk who aren't there", "mental-status-change"),
        ("she was seeing animals that weren't there last night", "mental-status-change"),
        ("she stared at me and did not respond when I said her name", "mental-status-change"),
        ("found her staring into space, not responding", "mental-status-change"),
        ("she's more drowsy than normal today", "mental-status-change"),
        ("I couldn't get the words out at the checkout", "speech-problems"),
        ("my head feels like it might burst", "headache"),
        ("a squeezing pressure across my chest since lunch", "chest-pain"),
        ("I leak a bit whenever I cough now", "bladder-bowel-control"),
        ("brought up phlegm with flecks of blood", "coughing-up-blood"),
        ("specks of red on the tissue after coughing", "coughing-up-blood"),
        ("tummy up top is really sore tonight", "upper-abdominal-pain"),
        ("my stomach aches up under my ribs", "upper-abdominal-pain"),
        ("my legs feel like a wet noodle", "leg-weakness"),
    ],
)
def test_round_15_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "couldn't get a word out of him all evening",  # a quiet teenager
        "my nose is leaking every time I sneeze",
        "the tent was leaking every time it rained",
        "I didn't know whose house it was until the party started",
        "I don't know which car to buy",
    ],
)
def test_near_misses_of_round_15_shapes_are_not_read(text):
    mentions = found(text)
    assert not any(status == "present" for _, status in mentions), mentions


def test_a_relative_called_the_patient_in_brackets_is_the_patient():
    mentions = found("Son here. Dad (patient) has been wetting himself since Sunday")
    assert ("bladder-bowel-control", "present") in mentions
    assert ("bladder-bowel-control", "family") in found(
        "My brother (not the patient) has been wetting himself"
    )


def test_my_legs_at_the_end_of_a_funeral_are_mine():
    assert ("leg-weakness", "present") in found(
        "A funeral today. Stood an hour and my legs went from under me at the end"
    )
    assert ("bone-pain", "family") in found("Mum died in May. She had bone pain at the end.")


@pytest.mark.parametrize(
    "text",
    [
        "Shoulder X-ray came back, no fracture. Shoulder sore as anything still.",
        "Broke my wrist in 2019 skating. Today my wrist aches in the cold.",
    ],
)
def test_a_joint_beside_a_fracture_that_is_not_now_is_joint_pain(text):
    assert ("joint-pain", "present") in found(text)
