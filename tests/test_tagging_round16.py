"""Round 16 (docs/note-reader.md, "Round 16"): red flags in everyday idioms and clinic words,
"can't" with a word put in before its verb, and comparisons and spans of time that are not
negations or past days; each tried on sentences no evaluation note contains, with near misses
that must not be tagged."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("my back has gone again, can barely move", "back-pain"),
        ("coughing up a bit of claret this morning", "coughing-up-blood"),
        ("coughing up pinkish foamy spit", "coughing-up-blood"),
        ("couldn't catch my puff on the stairs", "shortness-of-breath"),
        ("woke up choking on my breath", "shortness-of-breath"),
        ("Mum just went blank at the table", "mental-status-change"),
        ("she hasn't come round fully since the fit", "mental-status-change"),
        ("her eyes look glazed and she's not answering", "mental-status-change"),
        ("she didn't recognise us for a bit after", "confusion"),
        ("my speech keeps getting jumbled", "speech-problems"),
        ("my bowels have been useless since Friday", "bladder-bowel-control"),
        ("can't really control my bladder now", "bladder-bowel-control"),
        ("numb in both legs since this morning", "leg-weakness"),
        ("x-ray says my wrist is fractured in two places", "fracture"),
        ("elbows and knees hurt first thing", "joint-pain"),
    ],
)
def test_round_16_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's gone back to work",
        "my back's gone to pot since I stopped yoga",
        "the telly went funny again",
        "he hasn't come round to the idea yet",
        "I didn't know him for years before we married",
        "the vase is broken in two places",
        "the back has gone out on the shed door",
    ],
)
def test_near_misses_of_round_16_shapes_are_not_read(text):
    mentions = found(text)
    assert not any(status == "present" for _, status in mentions), mentions


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("never been this weak in the legs", "leg-weakness"),
        ("I've never felt so breathless", "shortness-of-breath"),
        ("my speech has gone slurred this past week", "speech-problems"),
    ],
)
def test_a_comparison_or_a_span_up_to_now_is_present(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_day_in_the_past_and_a_negation_still_are():
    assert ("headache", "negated") in found("no headache this past week")
    assert ("shortness-of-breath", "historical") in found("was breathless last week, fine now")


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("0300 resident states her legs 'gave way' in the bathroom", "leg-weakness"),
        ('she said "legs gave way" and sat on the floor', "leg-weakness"),
        ("daughter reports mum \u201cmuddled\u201d since tea", "confusion"),
    ],
)
def test_a_few_words_in_quotes_read_as_unquoted(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_quoted_advice_and_apostrophes_keep_their_reading():
    advice = found("Nurse said 'any chest pain or fever, you ring the unit straight away'")
    assert ("chest-pain", "present") not in advice
    assert ("leg-weakness", "present") in found("can't feel my legs, it's scary, isn't it")
    assert ("leg-weakness", "present") in found("my legs feel 'like wood' today")


def test_a_numbered_list_on_one_line_keeps_each_item_to_itself():
    mentions = found(
        "Tell onc: (1) blurry vision (2) NO seizures since the dose went up (3) can't always "
        "hold my wee now"
    )
    assert ("seizure", "negated") in mentions
    assert ("bladder-bowel-control", "present") in mentions
    # brackets that are not a numbered list: an age keeps the relative's scope
    assert ("fever", "family") in found("my son (6) has a fever")
