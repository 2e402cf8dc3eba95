"""Round 74 (docs/note-reader.md, "Round 74"): women who keep busy and play things down,
Farsi and Dari speakers, Geordie and Northumbrian English; what she will say when she rings the
line, symptoms by position and time of day, Japanese and Korean speakers, Belfast and Ulster
English. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Pain in my tummy top part since lunch, right side.", "upper-abdominal-pain"),
        ("Down below feels numb on the loo this morning.", "bladder-bowel-control"),
        ("All over the place walking, holding the walls.", "balance-problems"),
        ("My right ear keeps buzzing at night.", "hearing-changes"),
        ("Up at 3 for the loo and couldn't get back over.", "difficulty-sleeping"),
    ],
)  # fmt: skip
def test_round_74_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # what comes of it, each time, is hers
        ("If I walk up to the shop I get breathless.", "shortness-of-breath", "present"),
        ("Most nights if I lie flat I get a tight chest.", "chest-pain", "present"),
        # a fear of getting it
        ("Petrified of getting fits now the scan showed the spot.", "seizure", "hypothetical"),
        ("Worried of getting neuropathy, I can't lose my hands.", "neuropathy", "hypothetical"),
        # a question a doctor wants answered, answered
        ("The consultant wants to know about any chest pain or fever. I have none.",
         "chest-pain", "negated"),
        # a nurse's list, to its end
        ("Chemo nurse: ring straight away if you get a temperature of 38, shivers, a cough, "
         "a sore mouth, diarrhoea or chest pain.", "chest-pain", "hypothetical"),
        ("Common side effects: tiredness, nausea. Rare: chest pain or breathlessness.",
         "chest-pain", "hypothetical"),
    ],
)  # fmt: skip
def test_round_74_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # what the "if" asks about stays a condition
        ("If I get breathless I should ring the team.", "shortness-of-breath", "hypothetical"),
        ("Ring 111 if it's more than a spoonful or she gets breathless.",
         "shortness-of-breath", "hypothetical"),
        ("If I get a fever I get the shivers too.", "fever", "hypothetical"),
        # the review's: red flags that keep their reading
        ("Scared of getting the chest pain again, it came back last night.", "chest-pain",
         "present"),
        ("Worried of having the breathlessness checked, so I haven't rung.",
         "shortness-of-breath", "present"),
        ("Back when I had the radiotherapy it was fine, this week I've had two seizures.",
         "seizure", "present"),
        ("Before the chemo nurse came I had a seizure in the kitchen.", "seizure", "present"),
        ("Rare side effects: seizures, confusion - I've had both this week.", "seizure",
         "present"),
        ("Ringing straight away if this goes on, I've got chest pain and I'm sweaty.",
         "chest-pain", "present"),
        ("Nurse asked about fever and chest pain. I have none of the fever, chest pain yes.",
         "chest-pain", "present"),
        ("If it gets worse I'm to ring 999 for chest pain.", "chest-pain", "hypothetical"),
        ("If I fall I go to A&E to check for a fracture.", "fracture", "hypothetical"),
        ("If I stop the steroids will she get confused again?", "confusion", "hypothetical"),
        ("If I go to the hospital I'm scared they'll find a fracture.", "fracture",
         "hypothetical"),
        # an older time is not cut short
        ("Years ago, before the diagnosis, I had a spell of the room spinning.", "dizziness",
         "historical"),
    ],
)  # fmt: skip
def test_round_74_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)
