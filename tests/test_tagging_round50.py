"""Round 50 (docs/note-reader.md, "Round 50"): secondaries in the liver and the lungs, questions
she asks the diary and answers, long entries told hour by hour. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a question she asks herself, answered
        ("Cough? Still there at night.", "cough", "present"),
        ("Runs? Twice since breakfast.", "diarrhea", "present"),
        ("Any headaches? Aye, most mornings.", "headache", "present"),
        ("Nausea? None at all today.", "nausea", "negated"),
        # ... and asked, not answered
        ("Cough? Not sure, maybe a little.", "cough", "uncertain"),
        # round 50's review: sheltered housing's warden and residents, what she feared
        ("The warden has a stinking cold and a cough, so the relief warden is on.", "cough",
         "family"),
        ("Old Bert across the landing is coughing all night.", "cough", "family"),
        ("I'd feared the nausea would come back on the new tablets, but it hasn't.", "nausea",
         "hypothetical"),
        # ... not "worried the cough is ...": the cough is there
        ("Worried the cough is from the lungs. Dry and tickly for a fortnight.", "cough",
         "present"),
    ],
)  # fmt: skip
def test_round_50_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("The itch on my back kept me up.", "rash"),
        ("Itching is worst on my shins tonight.", "rash"),
        ("My skin itches all over.", "rash"),
        ("Scores. Ribs 6. Spine 4.", "bone-pain"),
        ("Scores. Ribs 6. Spine 4.", "back-pain"),
        ("Sleep trouble again, 7 out of 10.", "difficulty-sleeping"),
        ("Numb down both legs on the stairs.", "leg-weakness"),
        ("I lost my bladder on the way to the loo.", "bladder-bowel-control"),
        ("Blood in what came up this morning.", "coughing-up-blood"),
        ("She is hard to keep awake this afternoon.", "mental-status-change"),
        ("Had one fit in the night, he says.", "seizure"),
        ("My palms have gone yellow.", "jaundice"),
        ("Fluid building up in my tummy again.", "swelling"),
        ("Keep missing what people say at the table.", "hearing-changes"),
        ("Woke soaked with sweats.", "hot-flashes"),
        ("The MRI made me panic.", "anxiety"),
    ],
)
def test_round_50_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 50's own narrowing: up half the night with a teething baby
        "Up half the night with the baby's teeth, she's fine now.",
    ],
)
def test_round_50_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
