"""Round 30 (docs/note-reader.md, "Round 30"): two negations that say yes, a denial or a doubt
said with "wouldn't say" and "I doubt", a carer's "Mum reckons the ...", and words round29e
and round29f used. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Can't say I haven't been dizzy this week.", "dizziness", "present"),
        ("I'm not saying I'm not anxious about Monday.", "anxiety", "present"),
        ("Wouldn't say I'm breathless today.", "shortness-of-breath", "negated"),
        ("I doubt it's a proper fever, but I feel hot.", "fever", "uncertain"),
        ("Wouldn't say it's a rash exactly, more a blotch.", "rash", "uncertain"),
        ("Mum reckons the breathlessness is just the damp.", "shortness-of-breath", "present"),
        ("Mum reckons I've got a temperature.", "fever", "uncertain"),
    ],
)
def test_round_30_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("When I pressed, she said the right side under her ribs aches.", "upper-abdominal-pain"),
        ("A dull pain in my right upper tummy after tea.", "upper-abdominal-pain"),
        ("Pain where my liver is again.", "upper-abdominal-pain"),
        ("Like a stitch under my right ribs all day.", "upper-abdominal-pain"),
        ("She says it's a migraine in her back.", "back-pain"),
        ("She feels like she'll throw up at the smell of bacon.", "nausea"),
        ("Felt like vomiting after lunch.", "nausea"),
        ("The soup came straight back up.", "vomiting"),
        ("Bunged right up with the morphine.", "constipation"),
        ("Got proper puffed on the bike.", "shortness-of-breath"),
        ("My heart was going really fast in the night.", "palpitations"),
        ("Nearly keeled over at the sink.", "palpitations"),
        ("When I sat up the room did a little spin.", "dizziness"),
        ("My left eye has gone cloudy.", "vision-problems"),
        ("Couldn't feel the toilet paper when I wiped.", "bladder-bowel-control"),
        ("A bone-deep ache in my hips.", "bone-pain"),
        ("My arm is red and sore where the shot went in.", "injection-site-reaction"),
        ("My belly's red where the jab went in.", "injection-site-reaction"),
        ("Eyebrows already thinning.", "hair-loss"),
        ("Down another half stone this month.", "weight-loss"),
        ("Not exactly hungry these days.", "loss-of-appetite"),
        ("Appetite's barely there.", "loss-of-appetite"),
        ("I'm not fussed about food at all.", "loss-of-appetite"),
        ("Haven't done a poo since Saturday.", "constipation"),
        ("Up and down all night again.", "difficulty-sleeping"),
        ("Feeling very tense about the results.", "anxiety"),
        ("My hearing's been going a bit.", "hearing-changes"),
        ("Some stiffness in my shoulders after yoga.", "joint-pain"),
        ("The scan shows a crack in my hip.", "fracture"),
        ("My legs are numb but they're still weak.", "leg-weakness"),
        ("The ER says I broke my thigh bone.", "fracture"),
        ("I couldn't get me breath on the hill.", "shortness-of-breath"),
        ("Blood mixed in the phlegm this morning.", "coughing-up-blood"),
        ("Something heavy on my chest since I woke.", "chest-pain"),
    ],
)
def test_round_30_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coughed up forty quid for parking.",
        "Cousin wants me to cough up for the flowers again.",
        "Mum reckons the traffic will be bad on Friday.",
        "The lads were so puffed at half time.",
        "The dog's a bit red where the jab went in.",
        "The lift came straight back up to the fourth floor.",
        "The baby kept nothing down today.",
        "The whole room did a spin at the ceilidh.",
        "The windscreen scan shows a crack behind the mirror.",
        "We were up and down all night with the teething baby.",
    ],
)
def test_round_30_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_coughing_up_a_bit_of_blood_is_still_read():
    assert ("coughing-up-blood", "present") in found("Coughed up a bit of blood this morning.")
