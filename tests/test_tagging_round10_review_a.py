"""Round 10's rules tried on everyday sentences: what they read falsely, and the sentences
each rule was written for, which still read as before."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "ticked", "crossed"),
    [
        ("Fever ✓ cough ✗", "fever", "cough"),
        ("Breathless ✓ vomiting ✗", "shortness-of-breath", "vomiting"),
        ("Chest pain ✓ nausea ✗", "chest-pain", "nausea"),
        ("Seizure ✓ headache ✗", "seizure", "headache"),
        ("Coughing up blood ✓ fever ✗", "coughing-up-blood", "fever"),
        ("Headache ✔ confusion ✘", "headache", "confusion"),
        ("Temp 38.5 ✓ cough ✗", "fever", "cough"),
        ("Fever ✓ ☐ cough", "fever", "cough"),
        ("☐ cough ✓ fever", "fever", "cough"),
    ],
)
def test_a_chart_mark_reaches_its_own_item_only(text, ticked, crossed):
    assert (ticked, "present") in found(text)
    assert (crossed, "negated") in found(text)
    assert (ticked, "negated") not in found(text)


def test_a_ticked_red_flag_before_a_crossed_word_stays_present():
    assert found("Leg weakness ✓ numbness ✗") == [("leg-weakness", "present")]


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Vomiting ✗", "vomiting"),
        ("Nausea ✗ | Fatigue ✓", "nausea"),
        ("☐ vomiting ☑ headache", "vomiting"),
        ("☐ fever ☐ cough", "fever"),
        ("☐ fever ☐ cough", "cough"),
    ],
)
def test_a_crossed_or_unticked_item_is_still_negated(text, symptom):
    assert (symptom, "negated") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My husband says she was confused, talking about his mum after her stroke.", "confusion"),
        ("My son says she had a seizure, meaning his girlfriend's dog.", "seizure"),
        ("My brother said she's been coughing up blood, his wife I mean...", "coughing-up-blood"),
        ("Husband reports she has chest pain, his sister that is.", "chest-pain"),
        ("My dad says she fell and can't move her legs, talking about Gran.", "leg-weakness"),
        ("My son rang, she's got a fever, he means the baby.", "fever"),
        ("My boyfriend says she had a fit last night, his sister.", "seizure"),
    ],
)
def test_the_writers_own_husband_or_son_reporting_she_speaks_of_another_woman(text, symptom):
    assert (symptom, "present") not in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Pt's husband reports she has been more muddled", "confusion"),
        ("Her husband says she has been confused since Tuesday.", "confusion"),
        ("Husband reports she has chest pain.", "chest-pain"),
        ("Hubby says she's been breathless all day.", "shortness-of-breath"),
    ],
)
def test_the_patients_husband_reporting_she_still_reports_the_patient(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Failed to pass the quiz round, we came last.",
        "The council failed to empty the bins again.",
        "Tom failed to walk the dog, he forgot.",
        "The team failed to stand up to the pressure.",
        "Failing to stand up for myself at work",
        "The dog failed to control his bladder on the rug",
        "I was unable to pass the exam",
        "Unable to walk the dog today, Jim did it",
    ],
)
def test_failing_at_something_other_than_the_bodys_work_is_not_a_symptom(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("failing to pass urine since lunch", "bladder-bowel-control"),
        ("since Tuesday I am failing to pass urine properly", "bladder-bowel-control"),
        ("unable to pass water since last night", "bladder-bowel-control"),
        ("unable to wee since last night", "bladder-bowel-control"),
        ("failed to empty my bladder", "bladder-bowel-control"),
        ("unable to control my bladder", "bladder-bowel-control"),
        ("failed to stand this morning", "leg-weakness"),
        ("unable to walk a few steps without help", "leg-weakness"),
        ("unable to walk", "leg-weakness"),
    ],
)
def test_failing_at_the_bodys_work_is_still_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm puffed pastry obsessed",
        "I'm puffed up with pride",
        "She is puffed up, thinks she's better than us",
    ],
)
def test_puffed_up_with_pride_is_not_out_of_breath(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "she gets so puffed on the stairs now",
        "I'm getting puffed",
        "I'm always a bit puffed",
        "puffing up the hill",
    ],
)
def test_puffed_said_of_her_is_still_out_of_breath(text):
    assert ("shortness-of-breath", "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices: 38.9 / 37.2",
        "Lap times: 38.5 / 36.1 / 35.0 seconds",
        "Fuel: 40.1 / 35.2 litres",
        "Prices in the shop: £5 / 38.5 / 12.0",
        "Bus 38.0 was late again.",
        "Exchange rate 39.5 baht",
        "The car did 40.2 mpg",
        "Scores: Tom 38.5, Sue 39.0",
        "Race times: 38.7, 39.2, 40.5",
        "Times: 10:00 38.5 / 11:00 39.1 (laps in seconds at swimming)",
    ],
)
def test_a_number_in_a_list_or_with_another_unit_is_not_a_temperature(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Temp log: 06:00 37.9 / 10:00 38.0 / 14:00 37.6",
        "38.2 / 38.6 overnight, shivery",
        "10:00 38.5 / 11:00 39.1 shivering",
        "38.4, 38.9 at 6pm, 37.9C this morning",
        "Cough, 38.6, SOB. Going in.",
        "A touch warm, 38.2",
    ],
)
def test_a_bare_reading_in_a_note_about_temperature_is_still_a_fever(text):
    assert ("fever", "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We live on Painswick Road now.",
        "Visited Painshill Park with the grandkids.",
        "The Feverfield estate is lovely.",
        "The band Fevertree played at the festival.",
        "The fevertree tonic was on offer at Tesco.",
        "Booked the Achefield Hotel for our anniversary.",
        "The Backpain Clinic moved to a new building.",
        "Had a bite at Sorethroat Cafe on the pier.",
        "Sorethroat Cafe on the pier.",
        "We went to the Sorehead Inn for lunch.",
        "Sorehead Lane was full of bluebells.",
        "The dog's painpaws bootees arrived.",
        "Jim's mate Dizzyrascal is coming round.",
        "Ordered a weakbeer at the pub, tasted of nothing.",
        "Bought coughsweets for the kids.",
        "The fev er pitch of the football crowd was amazing.",
        "The kids love Diz Zee Rascal songs.",
    ],
)
def test_a_name_or_a_things_name_is_not_cut_or_joined_into_a_symptom(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("so dizzyagain this morning", "dizziness"),
        ("my backpain is worse tonight", "back-pain"),
        ("Backpain again today", "back-pain"),
        ("sorehead today", "headache"),
        ("cantbreathe properly on the stairs", "shortness-of-breath"),
        ("bad headachetoday", "headache"),
        ("really diz zy when I get up", "dizziness"),
        ("nau sea on and off since the chemo", "nausea"),
        ("head ach all day", "headache"),
        ("felt fev rish last night and today", "fever"),
    ],
)
def test_run_together_and_split_symptom_words_are_still_read(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_symptom_word_before_a_things_noun_is_not_cut():
    from diary.tagging_spelling import Misspellings

    spelling = Misspellings(["fever", "cough", "headache"])
    assert spelling.joined("fevertree") is None
    assert spelling.joined("coughsweets") is None
    assert spelling.joined("headachewont") == ("headache", "wont")
