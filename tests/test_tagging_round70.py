"""Round 70 (docs/note-reader.md, "Round 70"): notes addressed to a late husband, to God or to a
grandchild, Zimbabwean and Zambian English; Yorkshire and Lancashire dialect, a symptom app's
free-text box, Hungarian and Czech speakers. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My hair is all gone now, even the eyebrows.", "hair-loss"),
        ("Hair: gone. Nails: ridged.", "hair-loss"),
        ("Another night of sweats, changed the sheets at 3.", "hot-flashes"),
        ("Her son says she has been talking strangely since Sunday.", "mental-status-change"),
        # a chain of "no"s ends at the comma: the item after it has none
        ("no fever no vomiting, tight chest on the stairs though", "chest-pain"),
        # "has not stopped" is no stop
        ("The diarrhoea has not stopped since Tuesday.", "diarrhea"),
        # "the last week" runs up to now
        ("Been breathless the last week, worse on the hill.", "shortness-of-breath"),
        # nothing much to report is no report asked for
        ("Nothing much to report, just a headache after lunch.", "headache"),
    ],
)  # fmt: skip
def test_round_70_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Back pain has been worse over the last few days.", "back-pain", "present"),
        ("Had chest pain the last week we were in Spain.", "chest-pain", "historical"),
        ("Woke on the floor with a sore tongue. Could it have been a seizure?", "seizure",
         "uncertain"),
        ("The last week of radiotherapy gave me a rash on my chest.", "rash", "historical"),
        ("Sekuru has a fever and a cough, we took him to the clinic.", "fever", "family"),
        ("no fever no cough or chills today", "cough", "negated"),
    ],
)  # fmt: skip
def test_round_70_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My hair's gone grey since the chemo.", "hair-loss"),
        ("Her hair's all gone, poor love, mine is only thinning.", "hair-loss"),
        # the review's: other senses of the new shapes
        ("The radio was talking strange stories about cancer cures.", "mental-status-change"),
        ("My hair is gone dry and brittle since the chemo.", "hair-loss"),
    ],
)  # fmt: skip
def test_round_70_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)


def test_round_70_a_grandmother_taken_in_now_is_asked():
    read = found("Gogo is confused since morning, she thinks I am her sister. We are at the "
                 "Parirenyatwa casualty now.")  # fmt: skip
    assert ("confusion", "uncertain") in read


def test_round_70_a_carer_writing_for_our_one_writes_of_the_patient():
    assert ("fatigue", "present") in found("Writing this for our Maureen, she's too tired today.")


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the review's: red flags that keep their reading
        ("No fever the last week but breathless today.", "shortness-of-breath", "present"),
        ("The past two weeks no chest pain thank goodness.", "chest-pain", "negated"),
        ("Not ticked nausea, chest pain really bad today.", "chest-pain", "present"),
        ("The app unticked my chest pain, I still have it.", "chest-pain", "present"),
        ("Could it have been the morphine causing the confusion?", "confusion", "present"),
        ("Ticked: chest pain (upper), cough.", "chest-pain", "present"),
        ("Headache no confusion, speech problems, seizures.", "seizure", "negated"),
        ("Breathless no chest pain, coughing up blood, fever.", "coughing-up-blood", "negated"),
        ("Writing this while our Mick is in hospital with a seizure.", "seizure", "uncertain"),
    ],
)  # fmt: skip
def test_round_70_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)
