"""Round 14 (docs/note-reader.md, "Round 14"): red flags one word away from shapes already read
(a word left out or put in, a misspelling the patterns had listed as a word of their own), and
the person a note is about told in brackets or found by someone else; each tried on sentences
no evaluation note contains, with near misses that must not be tagged."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("sudden weakness both legs after tea", "leg-weakness"),
        ("numbness her left leg since lunch", "leg-weakness"),
        ("her left foot has been dragging again", "leg-weakness"),
        ("kept tripping, my foot is dragging", "leg-weakness"),
        ("dribbled a little of urine on the way to the loo", "bladder-bowel-control"),
        ("she can't get any pee out", "bladder-bowel-control"),
        ("the fit lasted about two minutes", "seizure"),
        ("Fit 10 mins ago, sleeping now", "seizure"),
        ("like breathing through a wet towel all day", "shortness-of-breath"),
        ("pain at the top right of my belly after food", "upper-abdominal-pain"),
        ("top right of my tummy really sore tonight", "upper-abdominal-pain"),
        # misspelt "breath", no longer a pattern's own word: read by the look-up in every shape
        ("so short of breth today", "shortness-of-breath"),
        ("shortness of breth on the stairs", "shortness-of-breath"),
        ("cant brethe lying down", "shortness-of-breath"),
    ],
)
def test_round_14_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my foot is dragging the bag along the floor",  # a thing dragged
        "the dress fit 20 mins ago but not now",
        "keep fit 20 mins a day",
        "it fits, lasting memories of the wedding",
    ],
)
def test_near_misses_of_round_14_shapes_are_not_read(text):
    mentions = found(text)
    assert not any(status == "present" for _, status in mentions), mentions


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        (
            "Dad (68, male breast ca, bone mets) is breathless walking to the car",
            "shortness-of-breath",
        ),
        ("Mum (MBC, spine mets) new weakness in both legs", "leg-weakness"),
        (
            "Writing for Mum: the carer found her on the floor, she had wet herself",
            "bladder-bowel-control",
        ),
        ("my son saw Mum shaking all over, a fit he thinks", "seizure"),
    ],
)
def test_the_relative_a_note_is_about_is_the_patient(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My brother (also had breast cancer) had a seizure from brain mets", "seizure"),
        ("My sister (bone mets too) gets breathless on stairs. Me fine.", "shortness-of-breath"),
        ("my sister (breast cancer, died 2019) had the same bone pain", "bone-pain"),
        ("my sister saw her GP about her headaches", "headache"),
    ],
)
def test_another_persons_symptoms_stay_theirs(text, symptom):
    mentions = found(text)
    assert (symptom, "present") not in mentions
    assert any(slug == symptom for slug, _ in mentions)
