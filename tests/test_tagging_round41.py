"""Round 41 (docs/note-reader.md, "Round 41"): far from a hospital, after surgery and
radiotherapy, feelings with the body's symptoms between them, ratings of nought, and everyday
words of round 41's review. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a list of questions after a colon, answered in the next sentence
        ("The nurse ran through it: any fever, any chest pain? No to both.", "chest-pain",
         "negated"),
        # a rating of nought
        ("Fatigue scale: 0 today.", "fatigue", "negated"),
        ("Pain score 0 at the evening check.", "pain", "negated"),
        # what a card or a consent form lists
        ("The red-flag card says ring if I have a fit or new leg weakness.", "seizure",
         "hypothetical"),
        ("Risks listed: seizures, coughing blood.", "coughing-up-blood", "hypothetical"),
        # a question of what may come
        ("Asked whether I'd lose my hair on this one.", "hair-loss", "hypothetical"),
        ("Should I expect nausea with the new tablets?", "nausea", "hypothetical"),
        # over
        ("The diarrhoea has settled now.", "diarrhea", "negated"),
        # a grandfather's
        ("Took Granda to the GP with chest pains.", "chest-pain", "family"),
    ],
)  # fmt: skip
def test_round_41_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("The skin under my arm is red and sore from the rads.", "rash"),
        ("Felt absolutely wrecked after the drive home.", "fatigue"),
        ("Low today. Couldn't face anyone.", "depression"),
        ("My arms feel like jelly this morning.", "weakness"),
        ("A wee bit puffed on the hill.", "shortness-of-breath"),
        ("My breath wouldn't come on the stairs.", "shortness-of-breath"),
        ("Coughed up a spoonful of bright red blood.", "coughing-up-blood"),
        ("Phlegm tinged with pink this morning.", "coughing-up-blood"),
        ("Muscles around my neck ache after the physio.", "muscle-pain"),
        ("Belly aching at the top since lunch.", "upper-abdominal-pain"),
        ("Pain in my upper right belly after meals.", "upper-abdominal-pain"),
        ("Like a knife in my lower back when I turn.", "back-pain"),
        ("A tooth that feels loose on the bottom.", "jaw-pain"),
        ("Numb along the lower lip since yesterday.", "facial-numbness"),
        ("Can't feel my legs or feet properly.", "leg-weakness"),
        ("I could not hold my bowels this morning.", "bladder-bowel-control"),
        ("Feel like I could be sick after the tablets.", "nausea"),
    ],
)
def test_round_41_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some SOB cut me up at the roundabout.",
        "SOB in the van behind honked all the way home.",
        "Rash: none. Pain score 0.",
        "The surgeon said the arm may swell one day, but it's fine now and I'm well.",
    ],
)
def test_round_41_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
