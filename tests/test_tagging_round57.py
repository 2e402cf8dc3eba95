"""Round 57 (docs/note-reader.md, "Round 57"): one hand or a tremor, capitals, Scouse and Irish
English, counts; runners and swimmers, South Asian English in North America, what she could not
do. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Feet are a bit red and peely since cycle 2.", "hand-foot-syndrome"),
        ("Proper low today, didn't get dressed.", "depression"),
        ("Me back's been at me since Sunday.", "back-pain"),
        ("Haven't been for a wee since breakfast.", "bladder-bowel-control"),
        ("Not been for a poo in four days.", "constipation"),
        ("Kept waking all night with the steroids.", "difficulty-sleeping"),
        ("Drinking about 3 litres of water a day now.", "high-blood-sugar"),
        ("Drinking water like mad and still thirsty.", "high-blood-sugar"),
        ("Not able to sleep past 4am.", "difficulty-sleeping"),
        ("Me with no eyelashes at a wedding, what a sight.", "hair-loss"),
        ("The words were swimming on the page.", "vision-problems"),
        ("My right eyelid is drooping in the mirror.", "facial-numbness"),
        ("Couldn't remember where I was for a minute.", "confusion"),
        ("Soreness where the injections go, both sides.", "injection-site-reaction"),
        ("Hamstrings and calves aching after the 5k.", "muscle-pain"),
        ("Hart racing at the bus stop.", "palpitations"),
        ("Feel sik since breakfast.", "nausea"),
        ("Missing beats again tonight.", "palpitations"),
        ("I went yellow round the eyes by Friday.", "jaundice"),
    ],
)  # fmt: skip
def test_round_57_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # denied
        ("Bit wobbly but the room isn't spinning.", "dizziness", "negated"),
        ("Nurse checked for leg weakness. No.", "leg-weakness", "negated"),
        # others
        ("Himself has a cough and a cold this week.", "cough", "family"),
        ("Me fella's coughing all night.", "cough", "family"),
        ("Priya (my swimming buddy) has a bad cough.", "cough", "family"),
        ("His buddy went yellow with hepatitis.", "jaundice", "family"),
        # "me own chemo": the writer is the patient, so her mother's break is asked, not hers
        ("Mum broke her hip on the ice, on top of me own chemo.", "fracture", "uncertain"),
        # a question's answer leaves her own clause alone
        ("Physio checked for leg weakness since my back pain started. No.", "back-pain",
         "present"),
    ],
)  # fmt: skip
def test_round_57_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        # a doctor starts her on a drug: no owner said by "me on"
        "They started me on Keppra in case of fits.",
    ],
)
def test_round_57_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
