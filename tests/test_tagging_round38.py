"""Round 38 (docs/note-reader.md, "Round 38"): care records kept for a man with breast cancer,
a man's red flag asked when nobody writes in the first person, Scots and New Zealand words,
where it hurts, injections, and everyday words of round 38's review. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a care record opens with the one it is kept for and a time: he is the patient
        ("Mr Pollock 07:15: short of breath after his wash, sats 90%.", "shortness-of-breath",
         "present"),
        ("Room 4, Mr Ash. 22:40 found him confused, pulling at his drip.", "confusion",
         "present"),
        ("Grandad Joe 3pm - he wet himself in the lounge, changed.", "bladder-bowel-control",
         "present"),
        # a weekday that dates the record is not the past
        ("Weds 18:30 - Ken vomited twice after supper.", "vomiting", "present"),
        # ... but a relative in the record is still someone else
        ("Mr Ash 10:00. Daughter says she's had migraines herself lately.", "headache",
         "family"),
        # a man's red flag in a note without a word of the writer's own is asked, not dropped
        ("Husband coughed up blood twice tonight, ringing 111.", "coughing-up-blood",
         "uncertain"),
        # ... not when the note tells her own day, nor what he has not got
        ("Husband coughed up blood twice tonight. I'm fine myself.", "coughing-up-blood",
         "family"),
        ("Husband is not short of breath today.", "shortness-of-breath", "family"),
        # not knowing is not a denial
        ("She didn't know she'd wet herself until I told her.", "bladder-bowel-control",
         "present"),
        # an old thermometer is not an old time
        ("Temp 38.6 on the old thermometer and aching all over.", "fever", "present"),
        # suspected, previous, and a list of what might happen
        ("Suspected broken wrist after the fall, x-ray tomorrow.", "fracture", "uncertain"),
        ("Previous seizure was in the spring.", "seizure", "historical"),
        ("The nurse ran through what might happen: mouth sores, diarrhoea.", "mouth-sores",
         "hypothetical"),
        ("Dreamt I couldn't breathe and woke with a start.", "shortness-of-breath",
         "hypothetical"),
        # over and done
        ("The diarrhoea is finished now, thank God.", "diarrhea", "negated"),
        ("The numbness in my toes has gone back to normal.", "neuropathy", "negated"),
        # Scots no, nae
        ("Bit queasy but nae boaking the day.", "vomiting", "negated"),
        ("Nothing sore this morning.", "pain", "negated"),
        # a question answered after "and I"
        ("The nurse asked was I dizzy and I could honestly say no.", "dizziness", "negated"),
        # someone at chemo, in a story
        ("My buddy at chemo says his neuropathy is terrible.", "neuropathy", "family"),
        ("In the book the main character has awful migraines.", "headache", "family"),
    ],
)  # fmt: skip
def test_round_38_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Had the boak three times since breakfast.", "vomiting"),
        ("She's no hersel today, staring at the wall.", "mental-status-change"),
        ("Wet masel in the night, first time ever.", "bladder-bowel-control"),
        ("She's no sleeping, up at 4 every morning.", "difficulty-sleeping"),
        ("Just the puffing on the hill, nothing else.", "shortness-of-breath"),
        ("Dead on my feet by teatime.", "fatigue"),
        ("Totally knackered from the radiotherapy this week.", "fatigue"),
        ("Bed wet again this morning, never happened before.", "bladder-bowel-control"),
        ("A few dribbles I didn't feel coming on the bus.", "bladder-bowel-control"),
        ("Not really been with it since Sunday.", "mental-status-change"),
        ("My concentration is shot this week.", "memory-problems"),
        ("Calcium came back very high at the clinic.", "hypercalcemia"),
        ("My appetite is finished since the new tablets.", "loss-of-appetite"),
        ("My heart was going like a drum on the stairs.", "palpitations"),
        ("Keeled over at the bus stop this morning.", "palpitations"),
        ("My shin's been killing me all day.", "pain"),
        ("Pain in the right upper abdomen since lunch.", "upper-abdominal-pain"),
        ("A dull pain low down in my back since Friday.", "back-pain"),
        ("Tender spot high up on the right of my tummy.", "upper-abdominal-pain"),
        ("My tummy's crampy after lunch.", "pain"),
        ("My fingers and hand have swelled up since the weekend.", "swelling"),
        ("My ankles look puffy tonight.", "swelling"),
        ("The injection site on my leg is red and hot.", "injection-site-reaction"),
        ("Bruised and sore where the jabs went in.", "injection-site-reaction"),
        ("Brought everything up after tea.", "vomiting"),
        ("A yellow tinge to my skin this morning.", "jaundice"),
        ("Can't lift my left leg off the bed.", "leg-weakness"),
        ("White patches on my tongue again.", "mouth-sores"),
        ("Dry and itchy down below since the letrozole.", "vaginal-dryness"),
        ("A spinning feeling when I turn over in bed.", "dizziness"),
        ("Sheets soaked with sweat again last night.", "hot-flashes"),
        ("The x-ray found a crack in one of my lower ribs.", "fracture"),
        ("Swimmy-headed when I stand up.", "dizziness"),
        ("The steroids give me sleeplessness.", "difficulty-sleeping"),
        ("Itching all over my skin since the morphine.", "rash"),
        ("Words all coming out jumbled this afternoon.", "speech-problems"),
        ("I've got very thin since the summer.", "weight-loss"),
        ("Runny tummy twice this morning.", "diarrhea"),
        ("Some blood came up with the phlegm today.", "coughing-up-blood"),
    ],
)
def test_round_38_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lymphoedema clinic moved my appointment to Friday.",
        "Her platelets were very low on Monday's bloods.",
        "The scan says the bone has gone weak where the cancer is.",
        "The council tax form is a splitting headache of a thing.",
        "The corner shop is looking a bit run down these days.",
        "My phone's run down again.",
        "We spent the morning throwing up the tent for the grandkids.",
        "Those dizzy heights at the top of the tower were not for me.",
        "On pins and needles waiting for the results.",
        "Couldn't sleep for excitement before the wedding.",
        "The trolley had a wobbly wheel all round the shop.",
        "Our old van is coughing and spluttering in the cold.",
        "Keeled over laughing at the grandkids' show.",
        "The dog's a bit sore where the jab went in at the vet's.",
        "After the rain the lane is like a running stomach.",
    ],
)
def test_round_38_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_a_pain_like_a_toothache_is_not_a_toothache():
    assert "jaw-pain" not in {symptom for symptom, _ in found("My hip throbs like a toothache.")}
