"""Everyday sentences that round 10's rules read as symptoms or asked as red flags: each must
read nothing (or the right thing), and the wording each rule was written for must still read."""

import pytest

from diary.suggestions import Suggestion
from tests.reading import MARKS, asked, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    "text",
    [
        "The film took a funny turn halfway through.",
        "The conversation took an odd turn when Sue mentioned her ex.",
        "Things took a queer turn at the WI meeting.",
        "Jim did a funny turn at the talent show, everyone laughed.",
        "The dog did a strange turn in the garden chasing his tail.",
        "Had a funny turn at bingo, won twice in a row!",
    ],
)
def test_a_turn_taken_or_done_is_not_asked_as_a_seizure(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Had a funny turn this morning, came over all dizzy",
        "Mum had a queer turn after lunch",
        "had a funny turn, couldnt do anything after",
    ],
)
def test_a_funny_turn_she_had_is_still_asked(text):
    assert "seizure" in asked(text)


def test_a_funny_turn_is_asked_in_plain_words(db):
    turn = Suggestion(symptom=None, quote="odd turn", sites=(), question=True, about="a funny turn")
    legs = Suggestion(symptom=None, quote="legs like jelly", sites=(), question=True, about="legs")
    assert (turn.about_owned, turn.about_noted) == ("a funny turn", "a funny turn")
    assert (legs.about_owned, legs.about_noted) == ("your legs", "the legs")


@pytest.mark.parametrize(
    "text",
    [
        "Tom's legs like someone switched them on, he ran all day.",
        "The heat in my legs like someone switched on a radiator",
        "The chest freezer made a noise like a hammer.",
        "Like a shock to my back pocket, the bill was huge.",
        "My back was against the wall like a vice",
        "My stomach for adventure is like lightning.",
        "His arm is like a vice when he hugs me",
        "Jim's head is like a hammer, he never gives up.",
    ],
)
def test_a_likeness_of_a_thing_or_of_someone_else_is_not_asked(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Head like it's in a vice", "headache"),
        ("Like an electric shock down my spine", "back-pain"),
        ("Legs like someone switched them off", "leg-weakness"),
        ("like an elephant on my chest", "chest-pain"),
        ("like lightning down my spine when I move", "back-pain"),
        ("legs felt like someone had switched them off", "leg-weakness"),
        ("head like it's stuck in a vice", "headache"),
        ("Mum's head is like a hammer today", "headache"),  # written by whoever cares for her
    ],
)
def test_a_likeness_of_her_own_part_is_still_asked(text, symptom):
    # asked by the net, or (round 11: the common images of pain) found present by the reader
    assert symptom in asked(text) or (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drank loads of tea at Sue's, lovely catch up.",
        "Drinking loads of water since the nurse told me to",
        "Drinking water by the litre at the gym",
        "The garden is drinking water by the bucket",
        "Tom was peeing like a racehorse",
        "Tom has been peeing like a racehorse",
        "Jim's been drinking loads of water since his op.",
        "Drinking litres of water to flush out the contrast dye, as advised.",
    ],
)
def test_drinking_or_peeing_for_a_reason_or_by_another_is_not_thirst(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "drinking water by the litre. Not diabetic as far as I know",
        "drinking loads of water myself lately",
        "drinking squash by the pint.",
        "drinking like a fish - water I mean",
        "drinking water like a camel.",
        "Drinking loads of water since Tuesday",
        "Mum has been peeing like a racehorse",
    ],
)
def test_drinking_or_peeing_by_excess_is_still_thirst(text):
    assert ("high-blood-sugar", "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't see the screen from the back of the hall.",
        "She can't read the signs in French.",
        "I can't read the paper without my specs.",
        "It was hard to hear the band over the crowd.",
        "Struggling to hear the telly over the kids.",
        "I couldn't read the clock in the dark.",
    ],
)
def test_a_sense_failed_by_an_outside_cause_is_not_a_symptom(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("hard to hear my grandson", "hearing-changes"),
        ("struggling to hear the telly", "hearing-changes"),
        ("hard to hear over the phone", "hearing-changes"),
        ("couldnt read the clock", "vision-problems"),
        ("cant see properly out of my left eye", "vision-problems"),
    ],
)
def test_a_sense_she_could_not_use_is_still_a_symptom(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had coff at the cafe.",
        "We had a nice coff and chat.",
        "Went to the cof fee shop",
        "Cof is short for Coffee",
        "It's been a sair fecht wi the weans all day.",
        "My sair wee dug had a bath",
        "I'm jiggered if I know where the keys are.",
        "Well I'll be jiggered, Jim won the raffle",
        "Wabbit is what my granny called us",
    ],
)
def test_a_dialect_word_or_respelling_in_another_sense_is_not_a_symptom(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("bad cof all night", "cough"),
        ("cof agian all nigt, coudnt slepe. temp 38.2", "cough"),
        ("Still sair but easier", "pain"),
        ("ma heid's sair", "headache"),
        ("Sair heid the day", "headache"),
        ("my sair back is worse", "back-pain"),
        ("Absolutely jiggered. Sat on the settee all day", "fatigue"),
        ("Och, wabbit the day.", "fatigue"),
        ("been drinking tea by the jug all week", "high-blood-sugar"),
    ],
)
def test_a_dialect_word_or_respelling_still_reads(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_day_heading_does_not_make_someone_else_s_medicine_a_symptom_of_the_day():
    assert found("Tues: headache tablets for Jim from the chemist.") == [("headache", "historical")]


@pytest.mark.parametrize(
    "text",
    [
        "Tues: HA again, took 2 paracetamol.",
        "Tues: headache tablets for Mum from the chemist.",  # written by whoever cares for her
    ],
)
def test_a_single_day_heading_is_still_the_note_s_date(text):
    assert ("headache", "present") in found(text)
