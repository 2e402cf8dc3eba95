"""Round 78 (docs/note-reader.md, "Round 78"): the tablets she takes at home, notes in the night,
Burmese and Karen speakers, Manchester and Salford English; women seen by several teams at once,
Bosnian, Serbian and Croatian speakers, Pittsburgh and Philadelphia English. Each sentence is one
no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("She had the fit at 6. After she very drowsy, we cannot wake her good.",
         "mental-status-change"),
        ("Mom wouldn't wake up properly for her tablets.", "mental-status-change"),
        ("My eyes funny, I see two of everything.", "vision-problems"),
        ("No poop for 4 days, tummy hard.", "constipation"),
        ("I was so depress this week, cry every night.", "depression"),
        ("My calf is killing me, the right one, and it's hot.", "calf-swelling"),
        ("Fell off the step, the x-ray shows it's broken.", "fracture"),
        ("The place in tummy is bruised after the jab.", "injection-site-reaction"),
        ("Bottoms of my feet are cracking and sore from the capecitabine.",
         "hand-foot-syndrome"),
        ("Nurse says it's hand foot again from the Xeloda.", "hand-foot-syndrome"),
        ("He said Mum didn't know any of us last night.", "confusion"),
    ],
)  # fmt: skip
def test_round_78_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Wobbly? No. No wobbliness at all on the stairs.", "balance-problems", "negated"),
        ("Mum went yellow in the eyes before she passed.", "jaundice", "family"),
        ("Side effect can be a rash on the hands.", "rash", "hypothetical"),
        # the review's: red flags she has now keep their reading
        ("Side effect can be bad, I have fever 39 and shaking since night.", "fever", "present"),
        ("The side effect can be hard to bear, back pain 8/10 all night.", "back-pain",
         "present"),
        ("Mum's been so breathless since the week before he died.", "shortness-of-breath",
         "present"),
        ("She had a seizure before she passed the bus stop, I rang 999.", "seizure", "present"),
        ("I am a pain very bad in my back since Monday.", "pain", "present"),
        ("Mum got confused with all the noise on the ward and tried to pull her drip out.",
         "confusion", "present"),
    ],
)  # fmt: skip
def test_round_78_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had the bone shot in my arm today, all fine.",
        "My sister says I'm a pain. Fair.",
        "The kids had hand foot and mouth last month.",
        # the review's: nothing of hers
        "The new calf is killing me, up every two hours to feed it.",
        "I'll see two people at the clinic tomorrow.",
        "No poo for the dog today, he's off his food too.",
        "The wobbliness in her voice when she talks about Dad breaks my heart.",
        "Press the button hard, it was depress and stuck.",
        "The new neighbours don't know any of us yet.",
        "We did the big shop then she was so sleepy she napped in the car, lovely day.",
        "He wouldn't wake up properly for school again, teenagers!",
    ],
)  # fmt: skip
def test_round_78_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
