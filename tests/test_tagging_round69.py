"""Round 69 (docs/note-reader.md, "Round 69"): people living alone far from the cancer centre,
Welsh and Irish speakers; a clinical trial's diary cards, Cantonese, Hokkien and Indonesian
speakers, a husband who keeps the card. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Numbness down my right leg since the weekend.", "leg-weakness"),
        ("Weakness down both legs this evening.", "leg-weakness"),
        ("A few leaks of urine when I laugh now.", "bladder-bowel-control"),
        ("Crippled with my back since the shearing.", "back-pain"),
        ("Lost nearly a stone since August.", "weight-loss"),
        ("Been off my tucker all week.", "loss-of-appetite"),
        ("The heart does be racing at night.", "palpitations"),
        ("My heart is going a mile a minute.", "palpitations"),
        ("Woke at 4, could not go back sleep.", "difficulty-sleeping"),
        ("My sugars are high this week, 14 before tea.", "high-blood-sugar"),
        ("Mum very muddled, dunno where she is half the time.", "confusion"),
        ("There is blood when I cough, only a streak.", "coughing-up-blood"),
        ("Since lunch I cannot take a deep breath without pain.", "chest-pain"),
        ("My hair has started falling out in the shower.", "hair-loss"),
        ("Her hair started thinning at the front.", "hair-loss"),
        # "not ... so much": less of it, still there
        ("Not coughing so much today but still at it.", "cough"),
        ("Not breathless as much on the hill.", "shortness-of-breath"),
        # a medicine stopped, not the symptom
        ("More breathless this week, stopped the tablets as told.", "shortness-of-breath"),
        ("Chest pain on and off, stopped taking the new drug.", "chest-pain"),
        # "only" after a denial sets what she has against it
        ("No nausea only a bit of a headache.", "headache"),
        ("No fever only the usual ache in the hips.", "pain"),
    ],
)  # fmt: skip
def test_round_69_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Seizure 3 yrs ago, none since on the levetiracetam.", "seizure", "historical"),
        ("Shingles 2 mths ago, the rash is long healed.", "rash", "historical"),
        ("Seizure 2 years ago and another one this morning.", "seizure", "present"),
        ("Numb legs 3 mths ago after the radiotherapy and they are numb again.", "leg-weakness",
         "present"),
        ("Since the chemo stopped 3 months ago the numbness in my feet has got worse.",
         "neuropathy", "present"),
        ("Chest pain like the one I had 6 months ago, came on an hour ago.", "chest-pain",
         "present"),
        ("The knee's been sore since I broke my kneecap two years ago.", "fracture",
         "historical"),
        ("Card on the fridge: ring the team at once if you have weakness in your legs, loss "
         "of control of your bladder or bowel, or new back pain.", "back-pain", "hypothetical"),
    ],
)  # fmt: skip
def test_round_69_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My hair started coming back at last.", "hair-loss"),
        ("Numb down below since the fall.", "leg-weakness"),
        ("The cough stopped the day after the antibiotics.", "cough"),
        # the review's: other senses of the new shapes
        ("The leak of water from the ceiling has been fixed.", "bladder-bowel-control"),
        ("Crippled with the back of my heel after the new shoes.", "back-pain"),
        ("My hair started coming out grey.", "hair-loss"),
        ("On my sugar high from the birthday cake.", "high-blood-sugar"),
        ("Mum went to the shop an hour ago, dunno where she is.", "confusion"),
        ("Chest pain stopped the tablets worked.", "chest-pain"),
        ("The headaches have stopped the new tablets helped.", "headache"),
        ("Not vomiting so much as once all week.", "vomiting"),
    ],
)  # fmt: skip
def test_round_69_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the review's: red flags that keep their reading
        ("MRI booked to check for cord compression as my legs are weak and numb.",
         "leg-weakness", "present"),
        ("I have GTN spray for when my chest pain comes on and I had to use it twice today.",
         "chest-pain", "present"),
        ("I will ring the team if it keeps on like this because I have been coughing up blood "
         "since yesterday and I am very breathless on the stairs.", "shortness-of-breath",
         "present"),
        ("Struggling to get my breath back to normal after a short walk.", "shortness-of-breath",
         "present"),
        ("My ribs, they all hurt when I breathe in.", "chest-pain", "present"),
        ("Not sure what to do about this awful chest pain.", "chest-pain", "present"),
        ("Gynae check for the tamoxifen: no vaginal bleeding.", "vaginal-bleeding", "negated"),
    ],
)  # fmt: skip
def test_round_69_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


def test_round_69_pain_in_the_back_on_a_deep_breath_is_the_back():
    read = found("Can't take a deep breath without pain in my back.")
    assert ("back-pain", "present") in read and ("chest-pain", "present") not in read
