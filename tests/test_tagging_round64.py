"""Round 64 (docs/note-reader.md, "Round 64"): women who are carers themselves, Quebec French,
Swedish and Norwegian speakers writing English; bullet journals and trackers, Yoruba and Igbo
speakers, Sri Lankan and Tamil English. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Still little sad when the evening comes.", "depression"),
        ("Honestly I am low myself this week.", "depression"),
    ],
)  # fmt: skip
def test_round_64_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the review's: shapes tried in the round and removed
        ("The film was a bit sad but nice.", "depression"),
        ("Hb 98, am low again, need a transfusion.", "depression"),
        ("Numbness in the thigh where the injection went.", "leg-weakness"),
        ("Trouble holding a water bottle with my numb fingers.", "bladder-bowel-control"),
        ("Clexane injection sore in the thigh.", "muscle-pain"),
        ("Fingers swollen and painful, skin peeling from the capecitabine.", "joint-pain"),
        ("I don't sleep anymore in the afternoon.", "difficulty-sleeping"),
    ],
)  # fmt: skip
def test_round_64_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)
