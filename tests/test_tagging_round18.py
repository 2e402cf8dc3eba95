"""Round 18 (docs/note-reader.md, "Round 18"): everyday words for red flags and common items
(drowsy alone, a fit counted, "puffed", a pain that travels, scrambled words), a temperature's
follow-on reading, a bare "no" after an item, a time heading with words before its mark. Each
sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("she was drowsy most of the afternoon", "mental-status-change"),
        ("Drowsy since the new patch went on", "mental-status-change"),
        ("second fit since Sunday, the neurologist knows", "seizure"),
        ("I was a bit puffed walking back from the shop", "shortness-of-breath"),
        ("Also really puffed on the stairs.", "shortness-of-breath"),
        ("aching between my shoulder blades all night", "back-pain"),
        ("my waist is hurting since morning", "back-pain"),
        ("knee on the left side aching again", "joint-pain"),
        ("pulse pounding when I lay down", "palpitations"),
        ("felt like I was about to black out in the queue", "palpitations"),
        ("I can't string two words together this evening", "speech-problems"),
        ("she keeps repeating herself on the phone", "memory-problems"),
        ("my son says I keep repeating myself", "memory-problems"),
        ("my concentration is terrible this week", "memory-problems"),
        ("motions watery since the new tablets", "diarrhea"),
        ("third night of broken sleep", "difficulty-sleeping"),
        ("feels like I'm suffocating when I lie down", "shortness-of-breath"),
        ("went a bit swimmy getting out of the bath", "dizziness"),
        ("the room won't stop spinning", "dizziness"),
        ("she is seeing people that aren't there", "mental-status-change"),
        ("Mum was seeing children who weren't there in the bedroom", "mental-status-change"),
        ("I'm always parched lately, even at night", "high-blood-sugar"),
        ("a niggle in my right hip today", "pain"),
        ("back pain radiating down my left leg", "back-pain"),
        ("brought up pink flecks this morning", "coughing-up-blood"),
        ("my words came out jumbled at the chemist", "speech-problems"),
        ("head's full of fog today", "confusion"),
        ("found myself in the car park not knowing how I got there", "confusion"),
        ("she couldn't tell the doctor her own address", "confusion"),
        ("her arm went rigid then shook for a minute", "seizure"),
        ("like a band tightening round my chest", "chest-pain"),
        ("legs like two logs this morning", "leg-weakness"),
        ("Got to the landing and my legs gave out, they just buckled", "leg-weakness"),
        ("Bit low today, missing Mum", "depression"),
        ("her hair fell out after the second cycle", "hair-loss"),
        ("couldn't follow the plot of the film at all", "memory-problems"),
        ("lip feels like the anaesthetic at the dentist's", "facial-numbness"),
    ],
)
def test_round_18_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Physio check: no giving way in my legs today", "leg-weakness"),
        ("Fell off the step, nothing broken thank goodness", "fracture"),
        ("Good week, no wet pads at all.", "bladder-bowel-control"),
        ("Chest pain no. Cough no.", "chest-pain"),
        ("Fever no, rash yes.", "fever"),
        ("Nurse asked about chest pain (none) and sleep", "chest-pain"),
        ("Nurse visit: not drowsy, chatting away", "mental-status-change"),
    ],
)
def test_round_18_denials_are_read_negated(text, symptom):
    mentions = found(text)
    assert (symptom, "negated") in mentions and (symptom, "present") not in mentions


@pytest.mark.parametrize(
    "text",
    [
        "The cat is drowsy after her jab",
        "Got the non-drowsy hay fever tablets",
        "The dog had a fit in the car park, poor thing",
        "The dog had his second fit this month",
        "Had my second fitting for the new wig",
        "Bit low on bread, need the shop",
        "The old shelves, they just buckled under the books",
        "a bit puffed up round the ankles",  # the ankles' swelling, not breath
        "The lads were so puffed at half time",
        "The souffle came out really puffed",
        "Like I'm going to pass out the prizes at sports day",
        "The pulse racing finale had us on the edge of our seats",
        "The pundit couldn't string a sentence together",
        "Sorry for repeating myself but the hospital still hasn't rung",
        "The teacher asked the same question 3 times",
        "Priya's concentration is shot during exams",
        "The dog's motions are loose again",
        "Feels like I'm drowning in paperwork",
        "The world won't stop spinning just because I'm ill",
        "Swimmy the goldfish died today",
        "Seeing spiders on the wall in the shed, need to clear it",
        "The lawn is always parched in August",
        "The only niggle in my side of the family is the will",
        "The kitten coughed up red streaks of ribbon",
        "The satnav did it, got there not knowing how I got there",
        "The teddy's head is full of cotton wool",
        "The lost puppy couldn't tell you her own name",
        "The fish went stiff then jerked on the line",
        "The bra band round my ribs is too tight",
        "Headache no. 3 this week",  # a number: present, not denied
    ],
)
def test_near_the_round_18_shapes_nothing_of_theirs_is_read(text):
    mentions = found(text)
    assert not any(
        symptom in ("mental-status-change", "seizure", "depression", "leg-weakness")
        and status == "present"
        for symptom, status in mentions
    ), mentions
    assert ("pain", "negated") not in mentions and ("headache", "negated") not in mentions
    assert not any(
        symptom
        in (
            "shortness-of-breath",
            "palpitations",
            "speech-problems",
            "memory-problems",
            "diarrhea",
            "dizziness",
            "high-blood-sugar",
            "pain",
            "coughing-up-blood",
            "confusion",
            "chest-pain",
            "fracture",
        )
        and status == "present"
        for symptom, status in mentions
    ), mentions


def test_a_numbered_item_or_one_no_worse_is_there():
    assert ("headache", "present") in found("Headache no. 3 this week")
    assert found("Pain no worse than yesterday") == [("pain", "present")]


def test_a_puffed_up_ankle_is_swelling():
    assert ("swelling", "present") in found("a bit puffed up round the ankles")


def test_a_whole_number_after_a_fahrenheit_reading_is_a_reading():
    from diary import tagging

    def fevers(text: str) -> list[str]:
        return [m.text for m in tagging.tag(text) if m.symptom == "fever" and m.status == "present"]

    assert fevers("100.9F at lunch, 103 by teatime") == ["100.9F", "103"]
    assert fevers("temp 99.5F at 8, 102 at 11") == ["102"]
    assert fevers("temp 101F at 10, 40 tablets left in the box") == ["temp 101F"]
    assert fevers("temp 37.8, 101 at 6") == []  # not in the first one's unit
    # after a Celsius reading a whole number is as often a bus, a thermostat, an age
    assert fevers("Temp 37.1 at 8, 38 at 9 - the bus I need") == []


def test_pain_everywhere_beside_named_pains_is_its_own():
    mentions = found("Pain everywhere today, knee pain and back pain worst")
    assert ("pain", "present") in mentions and ("back-pain", "present") in mentions
    # ... while an ache said of a named part is that part's
    assert ("pain", "present") not in found("Knees stiff and sore all day")


def test_a_time_heading_with_words_before_its_mark_reaches_its_sentence():
    assert found("Same week last year: on the ward, couldn't breathe.") != []
    assert ("shortness-of-breath", "historical") in found(
        "Last year same week: on the ward, couldn't breathe."
    )


@pytest.mark.parametrize("text", ["temp 38.0", "temp 43.0", "100.4F", "temp 109.5F", "39C"])
def test_every_fever_reading_passes_the_number_test_before_the_reader(text):
    # (the temperature reader runs only on notes with a number that can be a fever)
    assert ("fever", "present") in found(text)


def test_a_note_of_times_and_ratings_has_no_fever():
    assert found("10:30 pain 7/10, 12:15 pain 4/10, bed at 22:00") == [("pain", "present")] * 2
