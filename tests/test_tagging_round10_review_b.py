"""Everyday sentences that round 10's rules read as symptoms or asked as red flags: each must
read nothing (or the right thing), and the wording each rule was written for must still read."""

import pytest

from diary.suggestions import Suggestion
from tests.reading import MARKS, asked, everything

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
    assert symptom in asked(text)
