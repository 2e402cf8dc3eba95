"""Round 77 (docs/note-reader.md, "Round 77"): faith, fasting and feast days, Amharic and
Tigrinya speakers, Liverpool and Wirral English; a symptom set against a number she tracks,
notes between work meetings, Tamil and Sinhala speakers, Cornish and Devon English. Each
sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Last night I could barely breathe lying down.", "shortness-of-breath"),
        ("There is blood in what I cough this morning.", "coughing-up-blood"),
        ("Phlegm this morning had blood streaks in it.", "coughing-up-blood"),
        ("The pain on the right, up under my ribs, is worse after food.",
         "upper-abdominal-pain"),
        ("She tries to talk and it comes out gibberish.", "speech-problems"),
        ("Her mouth one side is drooping since lunch.", "facial-numbness"),
        ("Gums are red raw after this cycle.", "mouth-sores"),
        ("My tummy is bruised and hard where they injected.", "injection-site-reaction"),
        ("Thigh is lumpy from the jabs.", "injection-site-reaction"),
        ("Fluttering in my chest when I lie on my left.", "palpitations"),
        ("Sad most days since the scan, if I'm honest.", "depression"),
        ("Nurse rang, my calcium went high again.", "hypercalcemia"),
        ("Blur vision when I read the phone.", "vision-problems"),
        ("The wee cannot come out, bladder feels full.", "bladder-bowel-control"),
        ("Sore in the calf, the left one, since the flight.", "calf-swelling"),
        ("The numbness in my saddle is new and it's scaring me.", "anxiety"),
    ],
)  # fmt: skip
def test_round_77_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a doubt, not the "if" of a condition
        ("Ribs sore since the coughing fit, wonder if I've cracked a rib.", "fracture",
         "uncertain"),
        # a card's list of what to ring for
        ("Card says ring 24h line for: temp 38 or above, chest pain.", "chest-pain",
         "hypothetical"),
        # others' children
        ("My small boy got a temp of 38.5 last night.", "fever", "family"),
        # rated again today
        ("Back pain yesterday 8, today 5 after the tablets.", "back-pain", "present"),
    ],
)  # fmt: skip
def test_round_77_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # gone today, or rated nothing today
        ("Headache yesterday, none today.", "headache", "historical"),
        ("Headache yesterday 6, today 0.", "headache", "historical"),
        # a port is no injection
        ("Just sore where they put the port in.", "pain", "present"),
        # the review's: red flags she has now keep their reading
        ("There is a pain, really bad, in my chest since this morning.", "pain", "present"),
        ("Had to ring 24h line for chest pain at 2am, they said come straight in.",
         "chest-pain", "present"),
        ("ring 24h line for breathlessness?? or wait till the morning", "shortness-of-breath",
         "present"),
        ("Same chest pain as with the first cycle, started again today.", "chest-pain",
         "present"),
        ("Aiya so breathless today cannot even walk to the kitchen.", "shortness-of-breath",
         "present"),
        # the review's: a normal reading or a good day today is no score
        ("Fever yesterday, today 36.8 so all good.", "fever", "historical"),
        ("Confused yesterday, today 10/10 back to her old self.", "confusion", "historical"),
    ],
)  # fmt: skip
def test_round_77_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Me head's done in with all the forms.",
        "Blood streaks in my stool again, GP says piles.",
        # the review's: nothing of hers
        "Dropped the box of eggs and cracked one.",
        "blood spots in my underwear again, I thought my periods had stopped",
        "I could hardly breathe for laughing at the grandkids doing their dance.",
        "It was sad most of the family couldn't come to the christening.",
        "My calcium went up a tiny bit but still in the normal range.",
        "The horror film the grandkids put on is scaring me lol.",
    ],
)  # fmt: skip
def test_round_77_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
