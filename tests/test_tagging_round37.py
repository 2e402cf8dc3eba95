"""Round 37 (docs/note-reader.md, "Round 37"): where a pain is, blood brought up, formal and
old-fashioned English, Scots, text-speak, and the occasions of others. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a relative's occasion is not the relative's symptom
        ("Got through Gran's funeral with a splitting headache.", "headache", "present"),
        ("At my brother's wedding with a temperature of 38.5.", "fever", "present"),
        # a pain that was not there before
        ("A new pain in my hip that wasn't there on Sunday.", "pain", "present"),
        # a report of a good week is not a list to watch for
        ("Pleased to report no headaches this week.", "headache", "negated"),
    ],
)
def test_round_37_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Coughed up a little fresh blood after breakfast.", "coughing-up-blood"),
        ("Some pink froth when I coughed tonight.", "coughing-up-blood"),
        ("A sharp twinge under my right breast this evening.", "chest-pain"),
        ("Tight feeling in the centre of my chest on the stairs.", "chest-pain"),
        ("Gnawing ache just under my breastbone since tea.", "upper-abdominal-pain"),
        ("Aching under the right side of my ribs again.", "upper-abdominal-pain"),
        ("Pain high up in my tummy on the right.", "upper-abdominal-pain"),
        ("Woke with a headache behind my eyes.", "headache"),
        ("My arthritis pains are bad in the cold.", "joint-pain"),
        ("The scan shows a small crack in my left hip bone.", "fracture"),
        ("Mum can't keep her eyes open this afternoon.", "mental-status-change"),
        ("She couldn't tell us what day it was.", "confusion"),
        ("I had no idea where I was for a minute when I woke.", "confusion"),
        ("Halfway through a sentence my words just vanished.", "speech-problems"),
        ("Numb around my back passage since yesterday.", "bladder-bowel-control"),
        ("Zigzag lights in my eyes this morning.", "vision-problems"),
        ("Peeing more than normal since the steroids.", "high-blood-sugar"),
        ("Watery stools three times today.", "diarrhea"),
        ("I've lost nearly half a stone since the summer.", "weight-loss"),
        ("I've not been myself since the weekend.", "mental-status-change"),
        ("I was quite bewildered when I woke this morning.", "confusion"),
        ("Struggling to find the right words on the phone.", "speech-problems"),
        ("My legs have grown feeble this month.", "leg-weakness"),
        ("I can no longer hold my water.", "bladder-bowel-control"),
        ("The rheumatics are bad in my knees.", "joint-pain"),
        ("My back's been murder all week.", "back-pain"),
        ("It hurts when I take a deep breath.", "chest-pain"),
        ("A want of appetite all day.", "loss-of-appetite"),
        ("My breakfast came straight back up.", "vomiting"),
        ("Brought up my dinner again.", "vomiting"),
        ("Sadly lacking in strength today.", "weakness"),
        ("I have been in low spirits all week.", "depression"),
        ("I'm a bag of nerves before the scan.", "anxiety"),
        ("My memory is not good this week.", "memory-problems"),
        ("My balance is not good on the stairs.", "balance-problems"),
        ("Words are not coming out right this evening.", "speech-problems"),
    ],
)
def test_round_37_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council is an absolute headache about the parking permit.",
        "The builders found a crack in the kitchen ceiling.",
        "Found an old photo and can't tell what year it is.",
        "The church party was in low spirits this year.",
        "Weather's carrying on odd today, sun then hail.",
        "The baby can't keep her eyes open after her bath.",
        "A strawberry shake with pink froth on top.",
        "Bank balance is not good after Christmas.",
        "The kids brought up my tea on a tray.",
        "I had no idea where I was meant to park.",
        "I am quite bewildered by the new bus timetable.",
        "Watched a scary film, my heart won't stop pounding.",
    ],
)
def test_round_37_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
