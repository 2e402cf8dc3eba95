"""Round 53 (docs/note-reader.md, "Round 53"): voice-to-text and English as a second or third
language; grandmothers on farms who keep lists with ratings. Each sentence is one no evaluation
note contains."""

import pytest

from diary import tagging
from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Dictated: bad shortness of breast on the hill today.", "shortness-of-breath"),
        ("Every twinge now and I panic it's spread.", "anxiety"),
        ("I am worry about the scan on Friday.", "anxiety"),
        ("My weight has dropped again, belt on the last hole.", "weight-loss"),
        ("She has gone yellow all over since Sunday.", "jaundice"),
        ("Heart fast when I lie on my left side.", "palpitations"),
        ("Chest fluttery after the steroids.", "palpitations"),
        ("I think my memory is going, second time this week.", "memory-problems"),
        ("Forgot where I left the car at the hospital.", "memory-problems"),
        ("Ankles fatter by teatime.", "swelling"),
        ("Flat and teary most of the day.", "depression"),
        ("My mood is in the gutter this week.", "depression"),
        ("I can't control my bowels since yesterday.", "bladder-bowel-control"),
        ("The saddle area feels numb when I sit on the toilet.", "bladder-bowel-control"),
        ("Fingers and toes are burning and tingling tonight.", "neuropathy"),
        ("Itchy spots all over my arms since the new tablets.", "rash"),
        ("The skin cracking on my heels again, socks on with the cream.", "hand-foot-syndrome"),
        ("All my hair gone by the third cycle.", "hair-loss"),
        ("Did not sleep a wink with the steroids.", "difficulty-sleeping"),
        ("Tuesday\njoints 7/10 before breakfast", "joint-pain"),
        ("Wee'd 5 times overnight and thirsty.", "high-blood-sugar"),
        ("My soles are pealing since the tablets.", "hand-foot-syndrome"),
    ],
)  # fmt: skip
def test_round_53_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a hope against it, not a denial
        ("Wedding tomorrow, I hope I won't vomit at the table.", "vomiting", "hypothetical"),
        ("Hoping I don't get the mouth sores this cycle.", "mouth-sores", "hypothetical"),
        # a doubt, not a denial
        ("Not sure ankles swollen or just the heat.", "swelling", "uncertain"),
        # a history's line dated by a year
        ("Past history:\n- broken wrist 2018\n- knees ok", "fracture", "historical"),
        ("Back pain since 2019, worse today.", "back-pain", "present"),
        # a rating compared in brackets is today's
        ("Nausea 6/10 (last cycle 3/10)", "nausea", "present"),
        # the same kind of it, then
        ("She had the same kind of chest pain last year.", "chest-pain", "historical"),
        # a list after a comma stays the relative's
        ("My son has a cold, cough and sore throat, poor lad.", "cough", "family"),
        # a grandson named with his age in brackets
        ("Kai (grandson, 6) had a nosebleed and a cough all night.", "cough", "family"),
        # a carer writing for her father: "he" is the patient
        ("Writing for Dad. He's been more breathless since lunch.", "shortness-of-breath",
         "present"),
        # what it may come from is there
        ("Spotting, maybe from the dryness down there.", "vaginal-dryness", "present"),
        # questions answered together
        ("They asked: any chest pain? any fever? I said no to all of it.", "chest-pain",
         "negated"),
        ("They asked: any chest pain? any fever? Yes, since Monday.", "chest-pain", "present"),
    ],
)  # fmt: skip
def test_round_53_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


def test_a_nurses_long_list_of_what_to_ring_for_is_not_hers():
    text = (
        "Nurse went through the list again: ring straight away for temp 38 or above, shivers, "
        "new cough, short of breath or chest pain. None of that today."
    )
    assert [m for m in tagging.tag(text) if m.status == "present"] == []


def test_it_hurts_after_a_sore_mouth_is_the_same_complaint():
    assert [m.symptom for m in tagging.tag("Sore mouth, it hurts to chew.")] == ["mouth-sores"]


@pytest.mark.parametrize(
    "text",
    [
        # a relative's memory, told by a daughter, stays unread
        "Mum's memory went in her last year.",
        # a fright with no symptom
        "Don't panic, the nurse said, the port is fine.",
    ],
)
def test_round_53_everyday_words_are_not_her_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
