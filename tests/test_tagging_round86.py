"""Round 86 (docs/note-reader.md, "Round 86"): pets and the people who keep them, Tibetan and
Mongolian speakers, Chicano English; money and paperwork, Eritrean and Oromo speakers,
Cuban-American English. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # second-language shapes
        ("Last night when she cough, blood come up, dark.", "coughing-up-blood"),
        ("My mum have fit this afternoon in the kitchen.", "seizure"),
        ("I had fit last night, bit my tongue.", "seizure"),
        ("Since Monday she cannot hold the toilet, I change the sheets twice.",
         "bladder-bowel-control"),
        ("Two steps and my breath is finished.", "shortness-of-breath"),
        ("Her speech is not clear since lunch.", "speech-problems"),
        ("The left side of her face is drooping since breakfast.", "facial-numbness"),
        ("When I breathe it hurts and I must sit.", "chest-pain"),
        ("My hair is falling in the shower.", "hair-loss"),
        ("Legs fine but arms feel no power, cannot lift the kettle.", "weakness"),
        ("Soup only, no hungry.", "loss-of-appetite"),
        ("I wake up at 4 every night and lie there.", "difficulty-sleeping"),
    ],
)  # fmt: skip
def test_round_86_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("My legs gave way on Saturday and again today in the garden.", "leg-weakness", "present"),
        ("My legs went weak a few days ago and they are still weak.", "leg-weakness", "present"),
        ("My legs gave way on Saturday and again on Monday.", "leg-weakness", "historical"),
        ("No cough, no trouble breathing today.", "shortness-of-breath", "negated"),
        ("If I cannot control the toilet, I go to emergency.", "bladder-bowel-control",
         "hypothetical"),
        # the reviews'
        ("Saturday night fever and she was confused, so we went to A&E", "fever", "historical"),
        ("Chest pain last Monday and again this past weekend, fine since", "chest-pain",
         "historical"),
        ("Had a fit last spring and again this January, none since the new dose", "seizure",
         "historical"),
        ("Fever last week, my grandson is poorly again today.", "fever", "historical"),
        ("My father is big smoker, when he cough blood come out, he refuse the doctor",
         "coughing-up-blood", "family"),
    ],
)  # fmt: skip
def test_round_86_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the reviews': red flags she has now keep their reading
        ("Had my review today, the leg weakness after the spine operation two years ago is worse",
         "leg-weakness"),
        ("Was up all night, the chest pain after the radiotherapy 3 years ago is back",
         "chest-pain"),
        ("Had chest pain after the chemo two years ago and I got it this morning too.",
         "chest-pain"),
        ("She had fits after her brain surgery years ago, she had one this morning.", "seizure"),
        ("Two nights ago I woke up short of breath and it's the same every night since",
         "shortness-of-breath"),
        ("4 nights ago I had chest pain that hasn't gone away.", "chest-pain"),
        ("Fever two nights ago and last night too.", "fever"),
        ("Saturday night fever, no disco, just me shaking in bed", "fever"),
        ("Saturday Night Fever Again And Chills After Chemo.", "fever"),
        ("When I breathe in it's sore in my back between the shoulders", "back-pain"),
    ],
)  # fmt: skip
def test_round_86_red_flags_kept(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Power cut on the estate, no power till six.",
        "Storm came through, Saturday Night Fever was on the radio.",
        # the reviews'
        "My Levis have fit again since I lost the steroid weight, so happy",
        "The compression sleeve I had fit today at the clinic, it is very tight",
        "I have fit this new wig myself, took ages.",
        "I had fit last week's appointment in before the holiday.",
        "My mom has fit, healthy, walks every day.",
        "Nurse Amina have fit today the new pump, it beeps all night",
        "I cannot control the toilet cistern, it keeps running, plumber coming.",
        "The dog is old, her breath is finished after the walk",
        "The nurse explained everything, her words were slow and kind",
        "My husband, he is different since my diagnosis, very kind now",
        "Since 3 days, she is different, happy, the new medicine is good.",
        "My dog, her leg is break, hit by a car",
        "My arm is break out in red spots since the new tablets.",
        "Storm last night, no power, we used candles.",
        "It is Ramadan, she not eat.",
        "The cat no hungry, worried.",
        "The film wasn't scary, just sad.",
        "Bus strike again, no hope.",
        "Spiders freak me out, there was one in the bath",
        "In the wedding photo the left side of my mouth is down, I hate it.",
        "The right side of my face was down on the pillow all night.",
        "I wake up at 3 every night to feed the baby.",
        "The baby wake up at 2 every night, my daughter is exhausted",
        "My bad breath problem is back, the mouthwash not helping",
        "Garlic breath problem after the soup, sorry husband.",
    ],
)  # fmt: skip
def test_round_86_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My hands are so weak, I can't hold the loo roll properly", "bladder-bowel-control"),
        ("When I breathe in, it hurts my nose, the air is so dry in the ward", "chest-pain"),
        ("When I breathe in it is sore in my throat, maybe a cold", "chest-pain"),
        ("When I breathe in, it's sore, my throat is raw from the cough.", "chest-pain"),
        ("My legs shaking, no power.", "weakness"),
        ("I can't hold the toilet flush handle.", "bladder-bowel-control"),
    ],
)  # fmt: skip
def test_round_86_not_read_as(text, symptom):
    assert symptom not in {slug for slug, _ in found(text)}
