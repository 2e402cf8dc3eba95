"""Round 85 (docs/note-reader.md, "Round 85"): grandmothers raising their grandchildren, Ghanaian
Twi and Ga speakers, Belizean Kriol English; pain medicines and what they do, Slovak and Slovene
speakers, Cape Breton and Nova Scotia English. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # Belizean Kriol words
        ("Di pain inna mi chest wen mi breathe.", "chest-pain"),
        ("Mi bak hurt since Sunday.", "back-pain"),
        ("Real tiad tideh, cyaan do nutn.", "fatigue"),
        ("Mi fraid, di scan is Friday.", "anxiety"),
        ("Mi words di slur since dis mawnin.", "speech-problems"),
        ("Mi ears di ring ring all night.", "hearing-changes"),
        ("She get one fit in di yard.", "seizure"),
        # Twi and Ga speakers
        ("My eyes are turning, I must sit down.", "dizziness"),
        ("Her speech was scattered at lunch.", "speech-problems"),
        # pain medicines
        ("Hacked all the night, no sleep.", "cough"),
        ("Hot waves again after the injection.", "hot-flashes"),
        ("She hears worse on the left since the chemo.", "hearing-changes"),
        ("I'm right wore out after the shopping.", "fatigue"),
        ("The right side of her mouth is hanging since breakfast.", "facial-numbness"),
        ("Got the blues again, can't settle.", "depression"),
    ],
)  # fmt: skip
def test_round_85_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Laas week mi had di fever bad.", "fever", "historical"),
        ("No blood in the cough this morning.", "coughing-up-blood", "negated"),
        # the review's: red flags she has now keep their reading
        ("She is showing the signs to watch, confused and hot at 38.5.", "fever", "present"),
        ("She noh stop cough up blood since mawnin.", "coughing-up-blood", "present"),
        ("Mi granbwai carry mi go hospital wid chest pain.", "chest-pain", "present"),
        ("Dis pain killa, mi cyan sleep at all.", "pain", "present"),
        ("Mi legs wen weak on di stairs.", "leg-weakness", "present"),
        ("I'm fraid the chest pain is back.", "chest-pain", "present"),
    ],
)  # fmt: skip
def test_round_85_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I sat on the edge of the bed to put my socks on.",
        # the review's
        "The best man's speech was scattered with jokes, Mum laughed for once.",
        "I want to get one fit body before the wedding lol",
        "Shaved my chemo head again, feels smooth.",
        "After chemo feet up on the sofa with a cuppa.",
        "Hot waves at the beach, the kids loved it.",
        "I hear worse news every time I go to the oncologist.",
        "Got the blues playing loud in the kitchen.",
        "The tyres on the car are right wore out.",
        "The nurse showed me where I inject.",
        "The vicar's speech was scattered, he lost his notes.",
    ],
)  # fmt: skip
def test_round_85_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    "text",
    [
        "I'm fraid the chest pain is back.",
        "'Fraid the breathlessness is worse today.",
    ],
)  # fmt: skip
def test_round_85_a_regret_is_no_fear(text):
    assert ("anxiety", "present") not in found(text)


def test_round_85_a_crack_beside_the_ribs_pain_is_still_asked():
    text = "The pain is in the ribs where they said the crack is."
    assert ("fracture", "uncertain") in everything(text)
