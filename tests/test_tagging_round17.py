"""Round 17 (docs/note-reader.md, "Round 17"): red flags told by an image or by what happened,
and the review of rounds 14-16 against everyday sentences: the shapes that tell of behaviour
need a person (not a screen, a pet, a play), idioms and things are not symptoms, and the
context rules keep another person's symptom theirs. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, asked, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("my legs feel like somebody else's tonight", "leg-weakness"),
        ("the lower half of my body felt like it belonged to someone else", "leg-weakness"),
        ("legs like I'm wading through mud", "leg-weakness"),
        ("my left leg isn't working properly, keeps catching", "leg-weakness"),
        ("chest feels like an elephant is sitting on it", "chest-pain"),
        ("phlegm has got flecks of red in it", "coughing-up-blood"),
        ("the stuff I cough up is the colour of rust", "coughing-up-blood"),
        ("Gran took ages to rouse this morning", "mental-status-change"),
        ("had to stop on the hill to get my breath back", "shortness-of-breath"),
        ("she doesn't seem to know where she is", "confusion"),
        ("I tried to say kettle and it came out as kennel", "speech-problems"),
        ("I sounded like I'd had a stroke on the phone", "speech-problems"),
        ("wee'd the bed again last night", "bladder-bowel-control"),
        ("haven't had a wee since breakfast", "bladder-bowel-control"),
        ("went to the loo but no wee came out", "bladder-bowel-control"),
        ("HA frontal since waking", "headache"),
        ("I've been seeing faces that aren't really there", "mental-status-change"),
        ("Mum stared blankly but didn't respond", "mental-status-change"),
        ("Blank stare, no response when I said her name", "mental-status-change"),
        ("squeezing feeling in the middle of my chest", "chest-pain"),
        ("breathing through a straw since tea time", "shortness-of-breath"),
    ],
)
def test_round_17_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


# What a review of rounds 14-16 found read as a symptom of hers: screens and calls, pets and
# things, idioms, exercises. None is hers.
@pytest.mark.parametrize(
    "text",
    [
        "I spend half my day talking to people who aren't there, cameras off on Teams",
        "The medium at the theatre was speaking to people who weren't there",
        "I stared at the screen and didn't answer a single email",
        "The cat stared at me and didn't react to the laser pointer",
        "The dog's more drowsy than usual since his operation",
        "The shower head looks like it's about to burst",
        "My head is like it's going to explode with everything I need to sort",
        "New sports bra is squeezing across my chest, need the next size up",
        "Eyes keep leaking and I keep sneezing, pollen count must be high",
        "The cat brought up a hairball with bits of red in it",
        "The marionette's legs are like wet string, the kids love it",
        "Keep fit lasted an hour today, feel great",
        "Her hissy fit lasted half an hour because I wouldn't buy sweets",
        "The dog's back foot has been dragging since the vet",
        "The puppy leaked a bit of wee on the carpet",
        "Couldn't get the wee out of the carpet",
        "Singing teacher had us breathing through a straw to warm up",
        "Couldn't get a word out edgeways at book club today",
        # ... and what a second review found near the shapes of rounds 16 and 17
        "The back's gone on the kitchen chair, need to glue it",
        "Can't get my puff pastry to rise, third attempt",
        "Dad went weird about money again",
        "The donut was glazed and delicious",
        "The barman stared right through me, couldn't get served",
        "Didn't know him after all these years, Mike from school!",
        "The satnav didn't seem to know where we were",
        "Tripped over my words at the wedding speech, so embarrassing",
        "Sounds like she had a stroke, the poor woman on the news",
        "The dog's bladder is weak now she's 14",
        "The branch was broken in two places after the storm",
        "The bottom half of the garden belongs to next door",
        "My legs are covered in mud from the dog walk",
        "Took forever to wake him for school, typical teenager",
        "Haven't had a wee for ages, been too busy at work to go",
        "Fit at 3pm for my wedding dress, so excited",
        # ... and a third review's
        "His tantrum fit lasted ten minutes in the supermarket",
        "The puppy hasn't had a wee since lunch",
        "I keep talking to people who are not there on Zoom, the camera's always off",
        "She's talking to people who aren't there yet, the party starts at 8",
        "He stared at her and didn't reply, teenage boys eh",
        "Took ages to rouse the teenagers for church",
        "Dad does not seem to know what he wants for dinner",
        "Legs feel like they're covered in mud after the walk",
        "I wanted to say thank you and it came out like a sob",
        "The cat is more drowsy than usual since the jab",
        "Never felt so much as a twinge of pain since the new patch",
    ],
)
def test_everyday_sentences_near_the_new_shapes_are_not_read(text):
    mentions = found(text)
    assert not any(status == "present" for _, status in mentions), mentions


def test_a_cough_sweet_and_night_sweats_are_not_what_they_are_near():
    assert ("coughing-up-blood", "present") not in found(
        "Traces of pink on the cough sweet wrapper, it's the dye"
    )
    assert ("bladder-bowel-control", "present") not in found(
        "woke up wet through, night sweats again"
    )


@pytest.mark.parametrize(
    "text",
    [
        "My sister (a breast care nurse) has had terrible migraines all week",
        "My brother (lung cancer with brain mets) has awful headaches now",
        "Jan from my support group (MBC, bone mets) has been so breathless this week",
        "My mum (breast cancer survivor, 20 years clear) gets really bad headaches",
        "Sarah (patient) here. My sister has migraines again, poor thing",
        "My daughter works at Tesco (pt) and she's had a cough for a fortnight",
        "My sister rang. Her neighbour found her on the floor, she is very confused",
        "Mum died in March. Mum was so confused that I barely recognised her at the end",
        "Grandma (my gran, not me) had jaundice before she died",
    ],
)
def test_another_persons_symptom_stays_theirs(text):
    mentions = found(text)
    assert mentions and not any(status == "present" for _, status in mentions), mentions


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Dad (71, male breast ca, spinal mets T10) says his legs are weak", "leg-weakness"),
        ("Dad (patient) is confused today and hasn't eaten", "confusion"),
        (
            "Writing for Mum: the carer found her on the floor, she had wet herself",
            "bladder-bowel-control",
        ),
        ("Went to Dad's funeral today, I was so breathless at the end", "shortness-of-breath"),
    ],
)
def test_the_patient_told_by_the_note_is_the_patient(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a break of now: its pain is the fracture's (the catalog's generic pain)
        ("Fell on Sunday and broke my wrist, it's in a cast. Wrist aching badly today.", "pain"),
        # one denied or years old: the joint's
        ("No fracture on the x-ray, shoulder still very sore.", "joint-pain"),
        ("Broke my wrist in 2019, wrist aches in the cold now.", "joint-pain"),
    ],
)
def test_a_joints_pain_beside_a_fracture(text, expected):
    assert (expected, "present") in found(text)


def test_a_list_of_one_word_parts_is_asked_about_each_part():
    assert asked("Breath. Legs. Bladder. All bad.") == [
        "shortness-of-breath",
        "leg-weakness",
        "bladder-bowel-control",
    ]
    assert set(asked("Chest. Back. Scared.")) == {"chest-pain", "back-pain"}


@pytest.mark.parametrize(
    "text",
    [
        "Legs. Fine today.",  # one alone is left
        "Back. Sorted the garden.",
        "Legs fine. Back fine. Bladder fine.",  # not one-word sentences
    ],
)
def test_a_single_part_or_a_part_said_fine_is_not_asked(text):
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Dad keeps nicking my headache pills for his hangovers", "headache"),
        ("My sister (breast cancer, stage 2) is struggling with nausea from her chemo", "nausea"),
        ("Questions: 1) is the fatigue normal 2) my grandson (4) has a fever", "fever"),
    ],
)
def test_a_relatives_symptom_beside_her_things_stays_theirs(text, symptom):
    mentions = found(text)
    assert (symptom, "present") not in mentions
    assert (symptom, "family") in mentions


@pytest.mark.parametrize(
    "text",
    [
        "Chest day. Back. Legs. Then a protein shake.",
        "Pain check today: Chest? No. Back? No. Legs? Fine.",
        "Breathing. Speech. Both fine today, Dad much brighter.",
        "Tattoos so far: Back. Chest. Leg. Planning an arm next.",
    ],
)
def test_a_list_of_parts_that_is_well_or_not_of_symptoms_asks_nothing(text):
    assert asked(text) == []


def test_breathing_in_a_list_of_parts_is_asked():
    assert "shortness-of-breath" in asked("Breathing. Legs. Bladder. All worse.")


def test_a_possessive_before_a_part_is_not_in_the_mention():
    from diary import tagging

    (mention,) = tagging.tag("Hubby's back is bad again, he lifted the bin")
    assert (mention.symptom, mention.status, mention.text) == ("back-pain", "family", "back is bad")


@pytest.mark.parametrize(
    "text",
    [
        "Gran (patient) wasn't confused today but Grandad was very muddled.",
        "Mum (pt) no pain today. Dad has a cold and is coughing.",
        "Visited my aunt (metastatic breast cancer) in the hospice, she's so breathless now.",
        "My daughter has my migraines, poor love, she's off school today.",
    ],
)
def test_the_patient_named_in_one_place_does_not_make_every_relative_her(text):
    assert not any(status == "present" for _, status in found(text))


def test_a_list_a_negation_opens_stays_negated():
    mentions = found("No (1) vomiting (2) diarrhoea (3) bleeding since Tuesday.")
    assert ("diarrhea", "negated") in mentions
    assert ("leg-weakness", "present") in found("states legs \u2018gave way\u2019 x2")


@pytest.mark.parametrize(
    "text",
    [
        "Stretching routine tonight. Back. Legs. Chest.",
        "Checked everything. Back. Legs. Bladder. Nothing wrong.",
        "Helping Jack with his body parts homework. Leg. Back. Chest. Arm.",
    ],
)
def test_more_lists_of_parts_that_are_not_symptoms_ask_nothing(text):
    assert asked(text) == []
