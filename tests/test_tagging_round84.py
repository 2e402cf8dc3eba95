"""Round 84 (docs/note-reader.md, "Round 84"): a stay in hospital, Congolese Lingala and French
speakers, Barbadian English; the weather or the season blamed, Kazakh and Uzbek speakers, Gullah
Geechee English. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # Barbadian and Gullah Geechee words
        ("Cyan sleep at all, de pain too bad.", "difficulty-sleeping"),
        ("Cyan breathe good since lunch.", "shortness-of-breath"),
        ("Still cyan feel muh legs this morning.", "leg-weakness"),
        ("Uh cyan ketch mah breff when uh walk.", "shortness-of-breath"),
        ("Uh short ob breff since Sunday.", "shortness-of-breath"),
        ("Had one smotherin spell in de night.", "shortness-of-breath"),
        ("Mah hair done fall out in de shower.", "hair-loss"),
        ("Muh right leg swell up an hot.", "calf-swelling"),
        ("Mama ain she self today.", "mental-status-change"),
        ("Hard fuh wake she dis mornin.", "mental-status-change"),
        # French and Lingala speakers
        ("Since Monday I cannot make pipi.", "bladder-bowel-control"),
        ("My toes they are sleeping since the chemo.", "neuropathy"),
        ("My head it is turning when I stand up.", "dizziness"),
        ("I lose weight every week now.", "weight-loss"),
        ("The doctor say the calcium in my blood is high.", "hypercalcemia"),
        ("I hear bad on the left side.", "hearing-changes"),
        ("I cry every night, I cannot stop.", "depression"),
        ("I am scared too much.", "anxiety"),
        # Kazakh and Uzbek speakers
        ("Daughter measure temperature, 38,6, and I am shaking.", "fever"),
        ("She has terrible pain in the neck since Friday.", "back-pain"),
    ],
)  # fmt: skip
def test_round_84_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("The vomiting stop on Monday and the diarrhea also stop.", "diarrhea", "negated"),
        ("I was in bed with a proper fever, 38.9, all evening.", "fever", "present"),
        # the review's: red flags she has now keep their reading
        ("Last night she would have a fit every hour, shaking and foaming.", "seizure",
         "present"),
        ("She was sat in the car having a fit, I pulled over.", "seizure", "present"),
        ("Her right eye twitching and her right hand shaking, she didn't answer me.", "seizure",
         "present"),
        ("The nurse could give me morphine for the back pain, it's severe.", "back-pain",
         "present"),
        ("Fever 38.5 and the tablets also stop working.", "fever", "present"),
        ("My back pain started two winters ago and gets worse every day.", "back-pain",
         "present"),
        ("Lady next bed helped me when I had the chest pain.", "chest-pain", "present"),
        ("My left leg is swollen and blue from the knee down and hot.", "calf-swelling",
         "present"),
        ("She been on de seizure meds but she fit again las night.", "seizure", "present"),
    ],
)  # fmt: skip
def test_round_84_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is black and blue where the cannula was.",
        "My mother would have a fit if she saw my kitchen.",
        "Nurse start me pun de seizure tablets jus in case.",
        "He is a pain in the neck about the parking.",
        # the review's
        "My ex is a terrible pain in the neck, he keeps ringing.",
        "The temperature it is high outside today, I stay home with the fan.",
        "Bath temperature, 38.5 like the nurse said.",
        "I hear bad things about this tablet from the ladies in the group.",
        "When I lose weight my sugar goes down, the doctor said it is good.",
        "I'm afraid too much sugar is bad for the cancer.",
        "I cry every day when I chop the onions lol",
        "It's hard for wake up early for the 8am chemo slot, but I manage.",
        "I cannot make pipi without it burning a lot.",
    ],
)  # fmt: skip
def test_round_84_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_round_84_a_relatives_own_medicine_keeps_the_fever_theirs():
    assert ("fever", "present") not in found("My husband took paracetamol for his fever.")
