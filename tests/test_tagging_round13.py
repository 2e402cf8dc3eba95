"""Round 13 (docs/note-reader.md, "Round 13"): red flags told in other words than their names
(saddle numbness told by sensation, sputum by its colour, confusion by what she did or saw, a
fracture by the sound, a bladder that went before she knew), each tried on sentences no
evaluation note contains, with near misses that must not be tagged or asked."""

import pytest

from tests.reading import MARKS, asked, everything, found

pytestmark = MARKS


# Saddle numbness is the catalog's bladder and bowel item ("numb bottom", "saddle numbness" are
# its words; round 13 had read it as the legs'), a red flag either way.
@pytest.mark.parametrize(
    "text",
    [
        "numbness between my legs since lunch",
        "my bottom has gone numb and my back is agony",
        "can't feel the paper properly when I'm wiping",
        "numb round my bum since the weekend",
        "couldn't feel the toilet seat under me",
    ],
)
def test_saddle_numbness_is_read_as_the_catalog_has_it(text):
    assert ("bladder-bowel-control", "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("could not lift my left foot, it keeps catching the kerb", "leg-weakness"),
        ("she didn't know she needed to go until she'd gone, twice", "bladder-bowel-control"),
        ("she couldn't tell us what month it was this morning", "confusion"),
        ("she keeps asking what year it is", "confusion"),
        ("she was seeing insects that weren't there on the ceiling", "mental-status-change"),
        ("my chest feels like a ton of bricks is on it", "chest-pain"),
        ("it is agonising to breathe in since last night", "chest-pain"),
        ("brought up pink phlegm this morning", "coughing-up-blood"),
        ("rusty coloured spit when I cough", "coughing-up-blood"),
        ("red flecks in what she's coughing up", "coughing-up-blood"),
        ("Gran could hardly be roused at teatime", "mental-status-change"),
        ("my back is in a vice today", "back-pain"),
        ("a niggle in my lower back again", "back-pain"),
        ("the stairs wiped me out", "fatigue"),
        ("I keep losing my thread when I talk", "memory-problems"),
        ("up 4 times in the night to pee, and so thirsty", "high-blood-sugar"),
        ("my eyes have gone a mustard colour", "jaundice"),
        ("my heart skipped a couple of beats on the sofa", "palpitations"),
        ("hands peeling and soles are tender", "hand-foot-syndrome"),
    ],
)
def test_round_13_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_person_who_had_gone_is_not_a_symptom_gone():
    assert ("bladder-bowel-control", "present") in found(
        "did not realise I had to go until I'd gone"
    )


# The safety net asks where the reader cannot read precisely.
@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("heard a crack as I rolled over and now my side is killing me", "fracture"),
        ("heard a crunch from my hip when I stood", "fracture"),
        ("she put her phone in the freezer this morning", "confusion"),
    ],
)
def test_round_13_red_flags_are_asked(text, symptom):
    assert symptom in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses written beside the red flags: the cold, the gym, the dog
        "legs are heavy after the run",
        "the cat wet the rug again",
        "wet the flannel and put it on her head",
        # everyday sentences against the new shapes
        "bought a yellow raincoat for the holiday",
        "put the milk in the fridge and the keys in the bowl",
        "bought a new kettle and a fridge freezer",
        "heard a crack of thunder and the dog hid",
        "heard a crack from the kitchen, a glass had fallen",
        "the drummer missed a beat and we all laughed",
        "the rain knocked me out of the race",
        "lost the thread of the film halfway through",
        "No confusion, no fits, talking normally today",
        "saw someone's car parked across our drive",
        "red wine stains on the tablecloth, pink froth on the cappuccino",
        "a niggle about the bill from the garage",
        "the Dover sole was tender and lovely",
    ],
)
def test_round_13_near_misses_are_not_read_or_asked(text):
    assert [m for m in everything(text) if m[1] in ("present", "uncertain")] == []


def test_a_slip_she_calls_forgetfulness_is_not_asked_as_confusion():
    assert "confusion" not in asked("so forgetful lately, I put the milk in the oven")


def test_someone_elses_face_is_not_hers():
    assert ("facial-numbness", "present") not in found(
        "watched a clip of someone's face drooping after a stroke"
    )
    # ... while someone sitting on her chest is her own chest pain
    assert ("chest-pain", "present") in found("feels like someone's sitting on my chest")


def test_a_negation_in_its_own_clause_still_makes_a_failure():
    assert ("speech-problems", "present") in found("she is not talking normally")


def test_a_short_day_heading_right_before_its_symptom_is_the_past():
    assert ("headache", "historical") in found("Thu: headache all day. Today: just tired")
    assert ("headache", "present") in found("Thu: headache again, took 2 paracetamol")


def test_dreading_reaches_only_its_own_clause():
    assert ("memory-problems", "present") in found(
        "dreading the scan, can't concentrate on anything"
    )
    assert ("nausea", "hypothetical") in found("dreading the nausea coming back next cycle")


# After round 13: a review of everyday sentences (docs/note-reader.md): a seat felt or not for
# comfort, going somewhere, a day she could not tell apart on holiday.
@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        (
            "Couldn't feel the chair under me, that's how comfy the new sofa is.",
            "bladder-bowel-control",
        ),
        ("Couldn't feel the saddle properly after 50 miles.", "bladder-bowel-control"),
        ("Can't feel the toilet seat when it's heated.", "bladder-bowel-control"),
        ("Couldn't feel the seat when the dentist numbed me.", "bladder-bowel-control"),
        ("Didn't know I needed to go until the taxi arrived.", "bladder-bowel-control"),
        (
            "Didn't know I needed to go until I got there, the wedding venue.",
            "bladder-bowel-control",
        ),
        ("Didn't know she had to go until the meeting ended.", "bladder-bowel-control"),
        ("Didn't know I had to go before the appointment.", "bladder-bowel-control"),
        (
            "Didn't realise I needed to pee until I'd gone past the services.",
            "bladder-bowel-control",
        ),
        ("Couldn't tell what day it was, the holiday was so relaxing.", "confusion"),
        ("Didn't say what day it was, the letter.", "confusion"),
    ],
)
def test_everyday_sentences_are_not_read_by_round_13_shapes(text, symptom):
    assert (symptom, "present") not in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("can't feel the toilet seat beneath me", "bladder-bowel-control"),
        ("didn't know I needed to go until it was too late", "bladder-bowel-control"),
        ("Mum couldn't tell me what day it was", "confusion"),
    ],
)
def test_round_13_shapes_still_read_after_the_narrowing(text, symptom):
    assert (symptom, "present") in found(text)


# After round 13: a sound heard is asked as a fracture only beside a bone or a part, a pain
# or a movement; a thing put somewhere odd only "in" the place, not in jest or in a hurry.
@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Heard a crack from the ceiling.", "fracture"),
        ("Heard a snap as I broke the chocolate bar.", "fracture"),
        ("Heard a crunch under my foot, stepped on a snail.", "fracture"),
        ("Heard a crack when the Christmas cracker went.", "fracture"),
        ("Heard a pop when I opened the prosecco.", "fracture"),
        ("Heard a snap, the clothes line went.", "fracture"),
        ("So busy today I put the kettle in the fridge, ha!", "confusion"),
        ("Put my keys in the fridge again, what am I like, busy day.", "confusion"),
        ("The phone fell behind the fridge.", "confusion"),
        ("Found the remote in the freezer, the grandkids' idea of a joke.", "confusion"),
        ("The cat hid my glasses in the oven glove.", "confusion"),
        ("Shoes in the oven to dry them.", "confusion"),
        ("Put the milk in the drawer by mistake, I'm a scatterbrain.", "confusion"),
    ],
)
def test_everyday_sentences_are_not_asked_by_round_13_questions(text, symptom):
    assert symptom not in asked(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("felt a crunch in my back when I bent over", "fracture"),
        ("Heard a crack as I fell.", "fracture"),
        ("Mum put her keys into the microwave", "confusion"),
    ],
)
def test_round_13_questions_still_asked_after_the_narrowing(text, symptom):
    assert symptom in asked(text)


# After round 13: everyday words beside the round's shapes: sewing thread, a song's beat, a
# baby's or a dog's night, soles sore from new shoes, a niggle at the back of her mind.
@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Lost my thread, the sewing machine one.", "memory-problems"),
        ("Losing my thread on the button.", "memory-problems"),
        ("Lost my thread of cotton.", "memory-problems"),
        ("Lost my thread count on the cross stitch.", "memory-problems"),
        ("Skipped a few beats in the song, the CD is scratched.", "palpitations"),
        ("The drummer skipped a beat.", "palpitations"),
        ("The DJ skipped the odd beat.", "palpitations"),
        ("The metronome skipped beats.", "palpitations"),
        ("Dog up 3 times a night to pee.", "high-blood-sugar"),
        ("Up 5 times a night for a wee with the baby, potty training.", "high-blood-sugar"),
        ("Soles sore from the new shoes, should've broken them in.", "hand-foot-syndrome"),
        ("My soles are sore after the 10 mile walk.", "hand-foot-syndrome"),
        ("Palms sore from gardening, the spade handle.", "hand-foot-syndrome"),
        ("Palms tender from the rowing machine.", "hand-foot-syndrome"),
        ("There's a niggle in the back of my mind about the appointment.", "back-pain"),
        ("A niggle in the back of the fridge, something smells.", "back-pain"),
    ],
)
def test_everyday_words_are_not_read_by_round_13_shapes(text, symptom):
    assert (symptom, "present") not in found(text)


def test_soles_sore_from_new_shoes_stay_a_pain():
    assert ("pain", "present") in found("Soles sore from the new shoes, should've broken them in.")


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("felt like it skipped a few beats", "palpitations"),
        ("heart skipping the odd beat", "palpitations"),
        ("skipped a beat in my chest again", "palpitations"),
        ("up 5 times a night for a wee", "high-blood-sugar"),
        ("Palms red and peeling, soles sore to walk on", "hand-foot-syndrome"),
        ("usual niggle in my back", "back-pain"),
    ],
)
def test_round_13_everyday_shapes_still_read_after_the_narrowing(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_short_wednesday_heading_ends_the_day_before_as_a_long_one_does():
    # "Wed" before its mark is the day, not "We'd" (after round 13)
    assert ("headache", "historical") in found("Tue: headache all day. Wed: better.")
    assert ("headache", "historical") in found("Tuesday: headache all day. Wednesday: better.")
    assert ("headache", "present") in found("Wed: headache again, took 2 paracetamol")
