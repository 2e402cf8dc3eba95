"""Round 10 (docs/note-reader.md, "Round 10"): general mechanisms for the wording the reader
read worst on round10r and round10s, each tried on sentences no evaluation note contains, with
near misses that must not be tagged or asked."""

import pytest

from diary.tagging_spelling import Misspellings
from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("so dizzyagain this morning", "dizziness"),
        ("nauseaall day, couldnt face lunch", "nausea"),
        ("my backpain is worse tonight", "back-pain"),
        ("cantbreathe properly on the stairs", "shortness-of-breath"),
        ("bad headachetoday", "headache"),
    ],
)
def test_two_words_typed_without_the_space_are_read_apart(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agnesdale Road was shut so we went the long way",  # no cut makes two words
        "the painting is finished",  # a word: never cut ("pain" + "ting")
        "ordered a heatpack online",  # neither half is a symptom word alone
    ],
)
def test_a_word_that_is_not_two_words_run_together_is_left_alone(text):
    assert found(text) == []


def test_a_run_together_word_is_cut_once_or_not_at_all():
    spelling = Misspellings(["headache", "legs", "mouth", "sores", "feel"])
    assert spelling.joined("headachewont") == ("headache", "wont")
    assert spelling.joined("legsproperly") == ("legs", "properly")
    assert spelling.joined("mouthsores") == ("mouth", "sores")  # not "mouths" + "ores"
    assert spelling.joined("cantfeel") == ("cant", "feel")
    assert spelling.joined("headache") is None  # the lexicon's own word
    assert spelling.joined("sunshine") is None  # a word
    assert spelling.joined("zzlegs") is None  # "zz" is not a word


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("really diz zy when I get up", "dizziness"),
        ("nau sea on and off since the chemo", "nausea"),
        ("head ach all day", "headache"),
        ("felt fev rish last night and today", "fever"),
    ],
)
def test_a_word_typed_with_a_space_inside_is_read_whole(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("two years ago my calcium was high, fine now", "pain"),  # "ago my" is not "agony"
        ("I'm gonna rest today", "dizziness"),
        ("the pain in my ribs is unbearable", "pain"),  # "pain in" stays two words
    ],
)
def test_two_words_are_not_read_as_one_unless_a_half_is_no_word(text, symptom):
    assert (symptom, "present") not in everything(text)
