"""Round 59 (docs/note-reader.md, "Round 59"): very old women in sheltered housing and care
homes, a key worker's record, Glaswegian, Highland and Ulster English; long entries of metaphor,
Filipino, Nigerian and Kenyan English, blood results. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Couldn't face my breakfast this morning.", "loss-of-appetite"),
        ("Spent a penny at least eight times last night.", "high-blood-sugar"),
        ("Waterworks bad today, I can't hold it.", "bladder-bowel-control"),
        ("I did not get much sleep with the noise.", "difficulty-sleeping"),
        ("Never got back to sleep after the bins.", "difficulty-sleeping"),
        ("She's as yellow as a banana this morning.", "jaundice"),
        ("I'm going a bit deaf on the right.", "hearing-changes"),
        ("Quite hard of hearing since the new tablets.", "hearing-changes"),
        ("Got the collywobbles about Thursday.", "anxiety"),
        ("In a right state of nerves tonight.", "anxiety"),
        ("Sundowning badly after tea.", "confusion"),
        ("Her face has dropped on one side since lunch.", "facial-numbness"),
        ("Her hands are gone red again.", "hand-foot-syndrome"),
        ("The skin's peeling off the soles.", "hand-foot-syndrome"),
        ("My appetite hasn't come back since the chemo.", "loss-of-appetite"),
        ("Heart beating like a drum at the bus stop.", "palpitations"),
        ("Heart skipped again on the stairs.", "palpitations"),
        ("She has not passed urine since breakfast.", "bladder-bowel-control"),
        ("There's a heavy feeling in my chest tonight.", "chest-pain"),
        ("Pechin on the stairs the day.", "shortness-of-breath"),
        ("Loosing weight again, 2kg this month.", "weight-loss"),
        ("The room's birling when I stand.", "dizziness"),
    ],
)  # fmt: skip
def test_round_59_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # denied
        ("Slight headache at breakfast but it's away now.", "headache", "negated"),
        ("Eyes checked, no yellow.", "jaundice", "negated"),
        ("Nil pain, nil temp today.", "fever", "negated"),
        ("No fits, no funny speech since the steroids.", "speech-problems", "negated"),
        ("Things I've never had, touch wood: a seizure.", "seizure", "negated"),
        # past
        ("Things I have had: mouth ulcers, a broken hip.", "fracture", "historical"),
        # what may come
        ("Doctor said hair loss is likely on this one.", "hair-loss", "hypothetical"),
        ("The leaflet says it can cause diarrhoea.", "diarrhea", "hypothetical"),
        # others
        ("Mr Reid across the hall had a bad cough all night.", "cough", "family"),
        ("My eldest has a rash from the nursery.", "rash", "family"),
        # hers
        ("He called me by my sister's name and I was confused all morning.", "confusion",
         "present"),
        ("X-ray shows a fracture of the wrist after the fall yesterday.", "fracture", "present"),
        ("The thermometer my son bought me says 38.6.", "fever", "present"),
        ("This cough is not ordinary, it won't stop.", "cough", "present"),
        ("Doctor says the fatigue is likely the new tablets.", "fatigue", "present"),
        ("I imagine the headache is from the new tablets.", "headache", "present"),
        ("Pain 6-ish today.", "pain", "present"),
        ("Walked across the hall to the lounge and got very breathless.", "shortness-of-breath",
         "present"),
        ("The cough is bad but it's away from my chest now.", "cough", "present"),
        ("Things I had to tell the nurse: the cough is worse.", "cough", "present"),
        # someone else's, beside a thermometer that is not a present to her
        ("Bought a new thermometer. My son has a fever too.", "fever", "family"),
        # a relative's red flag, asked only when she is taken in now
        ("Grandmother is confused. We are taking her to hospital.", "confusion", "uncertain"),
        ("Grandmother is confused. We are not going to the hospital over it.", "confusion",
         "family"),
        ("Grandmother is confused. I am going to the hospital for my scan.", "confusion",
         "family"),
    ],
)  # fmt: skip
def test_round_59_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        # not her problem; out of the row; a phlegm's colour; Tagalog "again"; a wedding's
        # speech
        "Not my headache, the boiler, the landlord can sort it.",
        "No yellow or green phlegm this week.",
        "The best man gave a really funny speech at the wedding.",
        "The memory is going to stay with me for ever.",
        "Stop fretting, the nurse said, I'm fine.",
        "I was afraid I'd miss the bus.",
        "I kept out of it and did my crossword.",
        "Pagod na ako ulit sa trabaho.",
        "Couldn't keep the tablets down the back of the sofa.",
    ],
)
def test_round_59_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a fall long ago: the break is then
        "Mum broke her hip when she fell in the garden last spring.",
        "I broke my wrist when I fell last winter.",
    ],
)
def test_round_59_a_break_of_long_ago_is_not_now(text):
    assert ("fracture", "present") not in everything(text)
