"""Round 73 (docs/note-reader.md, "Round 73"): women who work with their hands, Egyptian and
Lebanese Arabic speakers, Edinburgh and Fife Scots; lists of questions for an appointment,
Brazilian Portuguese speakers, Jamaican and Trinidadian English. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Mi foot dem heavy from mawnin, cyaan walk good.", "leg-weakness"),
        ("Her foot dem swell up again tonight.", "swelling"),
        ("Mi slip inna di yard an bruk mi wrist.", "fracture"),
        ("Granny eh know where she is this morning.", "confusion"),
        ("She still a lil confuse after the nap.", "confusion"),
        ("Mammy not sheself today at all.", "mental-status-change"),
        ("She nah behave like herself since the new tablet.", "mental-status-change"),
        ("Auntie wet up di bed last night.", "bladder-bowel-control"),
        ("She nuh eat much since Sunday.", "loss-of-appetite"),
        ("Mi look mawga now, clothes a drop off.", "weight-loss"),
        ("Mi chess a hurt mi when mi breathe.", "chest-pain"),
        ("Numbness inna mi toe dem since di chemo.", "neuropathy"),
        ("Not stable on my feet today, held the rail.", "balance-problems"),
        ("Her hair fell right out after the second dose.", "hair-loss"),
        ("Near passed oot at the bus stop.", "palpitations"),
        ("My legs were cramping all night.", "muscle-pain"),
        ("Runny tummy since the new tablets.", "diarrhea"),
        ("My left hand swells up by teatime.", "swelling"),
        ("I feel wash out since the infusion.", "fatigue"),
        ("Mum said her tummy hurts up under the right side of her ribs.",
         "upper-abdominal-pain"),
    ],
)  # fmt: skip
def test_round_73_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the reason a thing cannot be done is hers
        ("I can't lift the shopping because of the back pain.", "back-pain", "present"),
        ("Could not walk to the shop due to the breathlessness.", "shortness-of-breath",
         "present"),
        # what a medicine may do, what they listed
        ("The pharmacist said these tablets can make some people dizzy.", "dizziness",
         "hypothetical"),
        ("Will it make you lose your hair, I asked the nurse.", "hair-loss", "hypothetical"),
        ("Side effects she mentioned: mouth ulcers, diarrhoea, tiredness.", "mouth-sores",
         "hypothetical"),
        ("Card from the breast care nurse: new back pain, weak legs, trouble passing urine.",
         "leg-weakness", "hypothetical"),
        # over, or never hers
        ("The constipation finally sorted after three days of senna.", "constipation",
         "negated"),
        ("Fatigue so bad we've just stopped going out.", "fatigue", "present"),
        # pity for someone named
        ("Met Carol at the clinic, she's lost all her hair, poor love.", "hair-loss", "family"),
        ("Me sister Bernadette is coughing her lungs up, poor thing.", "cough", "family"),
    ],
)  # fmt: skip
def test_round_73_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a denial still denies the thing it names
        ("No pain because of the morphine.", "pain", "negated"),
        ("Last month I couldn't even sit because of the rib pain.", "bone-pain", "historical"),
        # a carer's pity for the patient keeps it hers
        ("Mum had a bad night. She was sick three times, poor love.", "vomiting", "present"),
        ("Writing for my wife. She has a fever of 38.6, poor thing.", "fever", "present"),
        # "I don't have it in me" is no denial
        ("Chest pain again, I don't have it in me to go to A&E.", "chest-pain", "present"),
        # what she says of herself
        ("The chemo makes me so tired.", "fatigue", "present"),
        # the review's: red flags that keep their reading
        ("Mi coulda barely breathe last night, chest tight tight.", "chest-pain", "present"),
        ("Chest pain, I don't have it often but when I do it's bad.", "chest-pain", "present"),
        ("Side effects they mentioned, I have all of them, chest pain the worst.", "chest-pain",
         "present"),
        ("Card from the nurse: I have chest pain now so rang 999.", "chest-pain", "present"),
        ("Chest pain up under the left side of my ribs, going into my arm.", "chest-pain",
         "present"),
        ("She will make me an appointment because I've had chest pain for 3 days.",
         "chest-pain", "present"),
        ("The pain can make me sick and then I get chest pain on the left.", "chest-pain",
         "present"),
        ("Chest pain meds finally sorted.", "chest-pain", "present"),
        ("My wife Linda had a seizure at 3am, bless her, I timed it.", "seizure", "present"),
        ("No admissions due to chest pain since the new tablets.", "chest-pain", "negated"),
        ("Not had to stop the chemo because of fever at all.", "fever", "negated"),
        ("Did what the card says and checked my temperature: 100.8.", "fever", "present"),
    ],
)  # fmt: skip
def test_round_73_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Cousin say him foot dem numb from di sugar.", "leg-weakness"),
        ("My sister's leg swelled up after the flight.", "swelling"),
        ("The rain makes the bus so late.", "fatigue"),
        ("One size fits dem all the nurse say about the stockings.", "seizure"),
        ("The hot flush wet up the bed again.", "bladder-bowel-control"),
        ("Playing chess hurt my brain today.", "chest-pain"),
        ("I eh know where she is, she gone by she sister.", "confusion"),
        ("Mi can feel mi two foot dem again after di physio.", "leg-weakness"),
        ("My blood sugars not stable on the new tablets.", "balance-problems"),
        ("The nurse passed oot the leaflets.", "palpitations"),
        ("Mi nuh eat much meat these days.", "loss-of-appetite"),
    ],
)  # fmt: skip
def test_round_73_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)
