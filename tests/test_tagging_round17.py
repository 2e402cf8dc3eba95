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
        ("Mum sounded like she'd had a stroke on the phone", "speech-problems"),
        ("wee'd the bed again last night", "bladder-bowel-control"),
        ("haven't had a wee since breakfast", "bladder-bowel-control"),
        ("went to the loo but no wee came out", "bladder-bowel-control"),
        ("Fit at 14:00, lasted a minute", "seizure"),
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
