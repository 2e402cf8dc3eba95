"""Round 83 (docs/note-reader.md, "Round 83"): before or after a procedure, Colombian and
Venezuelan speakers, Chicago English; good things listed beside the bad, Orthodox Jewish English,
Xhosa speakers. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Since lunch the hair is falling out in handfuls.", "hair-loss"),
        ("The dex has my blood sugars up again.", "high-blood-sugar"),
        ("Today I feel without strength, even to comb my hair.", "weakness"),
        ("The bleeding from the lungs is back this morning.", "coughing-up-blood"),
        ("She had a shaking fit in the kitchen an hour ago.", "seizure"),
        ("She is not seeing properly out of her right eye since breakfast.", "vision-problems"),
        ("Terrible nerve pain in my feet tonight.", "neuropathy"),
        ("Her heels are red and peeling again on the new tablets.", "hand-foot-syndrome"),
        ("The biopsy site is sore and a bit bruised.", "pain"),
    ],
)  # fmt: skip
def test_round_83_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # "before", alone, set against now
        ("Now I walk to the shop, before I was out of breath on the stairs.",
         "shortness-of-breath", "historical"),
        ("Before, I was with no appetite at all. Now I eat.", "loss-of-appetite", "historical"),
        ("Before the drain I was sleeping in a chair, the cough was so bad.", "cough",
         "historical"),
        ("Before it I couldnt get up the stairs without getting winded.", "shortness-of-breath",
         "historical"),
        ("Before I was sick this morning I had a headache.", "headache", "present"),
        ("I had toast, before I was sick again.", "vomiting", "present"),
        # a cause told as known
        ("The nurse thinks I'm dry from the diarrhoea I've had since Monday.", "diarrhea",
         "present"),
        ("Nurse said not to overdo it or Ill get diarrhoea.", "diarrhea", "hypothetical"),
        ("Chest hurts since the scan yesterday and theres blood when I cough.",
         "coughing-up-blood", "present"),
        ("Yesterday there was blood when I coughed.", "coughing-up-blood", "historical"),
        # a relative's last days, and the people just named
        ("My gran died of it, at the end she was so breathless.", "shortness-of-breath",
         "family"),
        ("My nan had fits at the end, so when I had a fit tonight I rang 999.", "seizure",
         "present"),
        ("The grandkids came home with colds, they are all coughing.", "cough", "family"),
        ("I'm always scared of my hair falling out.", "hair-loss", "hypothetical"),
        ("Scared of my chest pain tonight.", "chest-pain", "present"),
        ("Nothing hurts, thank God.", "pain", "negated"),
        ("The GP said my calcium was high last time.", "hypercalcemia", "historical"),
        ("Bloods fine, calcium back to normal.", "hypercalcemia", "negated"),
        ("Slight headache from no coffee, gone by lunch.", "headache", "negated"),
        ("My feet, they're all sore from the new shoes.", "pain", "present"),
        # the review's: red flags she has now keep their reading
        ("Took mum to radiotherapy today, at the end she was really confused.", "confusion",
         "present"),
        ("Before I could sit down my legs gave way.", "leg-weakness", "present"),
        ("Before my op, I have a fever and a cough, will they still do it?", "fever", "present"),
        ("Before I was sick I had a bad headache.", "headache", "present"),
        ("Mum was chatting fine, before she had a seizure at 4pm.", "seizure", "present"),
        ("I felt ok, before I started coughing up blood.", "coughing-up-blood", "present"),
        ("Had a seizure meds arent working", "seizure", "present"),
        ("I'm scared of my legs giving way, they nearly went on the stairs this morning.",
         "leg-weakness", "present"),
        ("Had a fit this morning same thing happened last time.", "seizure", "present"),
        ("I had a fever tonight which was how the sepsis started last time.", "fever",
         "present"),
        ("My daughter looked at my feet, they are all swollen and purple.", "swelling",
         "present"),
        ("Ill have the chest pain looked at tomorrow.", "chest-pain", "present"),
        ("Nothing hurts, thank God, apart from my chest when I cough.", "pain", "present"),
        ("I don't think the bone is broken, just bruised.", "fracture", "negated"),
    ],
)  # fmt: skip
def test_round_83_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


def test_round_83_a_break_she_fears_is_asked():
    assert ("fracture", "uncertain") in everything("I'm afraid the hip is broken.")


@pytest.mark.parametrize(
    "text",
    [
        "The seizure meds were changed at clinic today.",
        "Started the new fit medication, no side effects so far.",
        "I'm afraid the clinic has cancelled again.",
        # the review's
        "I'm afraid this will be a long one, sorry.",
        "Had a biscuit to keep my blood sugar up.",
        "The doctors are not seeing clearly what is going on.",
        "The audiologist made no changes in my hearing aids.",
        "They checked for bleeding from the lungs.",
        "The hair is falling back into place after the wash.",
    ],
)  # fmt: skip
def test_round_83_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Calcium normal range is 2.2 to 2.6, mine is 3.1.",
        "Calcium was normal on Monday, today they said it's 3.1 and high.",
        "Calcium back to normal? No, it's up again.",
        "Hoping the calcium is back to normal, still very thirsty and muddled.",
    ],
)  # fmt: skip
def test_round_83_a_high_calcium_is_not_denied(text):
    assert ("hypercalcemia", "negated") not in found(text)
