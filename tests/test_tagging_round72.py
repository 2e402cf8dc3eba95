"""Round 72 (docs/note-reader.md, "Round 72"): mothers of young children, Gujarati and Nepali
speakers; the days after an emergency visit or a stay, words copied from a discharge letter,
Mexican and Central American Spanish speakers, Cajun English. Each sentence is one no evaluation
note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Gran was not knowing where she was when I got there.", "confusion"),
        ("Tonight I'm not knowing who people are.", "confusion"),
        ("Mam not knowing she was at home, kept asking to go home.", "confusion"),
        ("My tummy hurts up top, under the ribs on the right.", "upper-abdominal-pain"),
        ("I lost like 8 pounds since the last cycle.", "weight-loss"),
        ("Todo el dia cansadisima, slept after lunch.", "fatigue"),
        ("At the bus stop I felt like I would faint.", "palpitations"),
        ("Pins and needles from the waist down since this morning.", "leg-weakness"),
        ("Legs like jelly on the steps and the right one just gave way.", "leg-weakness"),
    ],
)  # fmt: skip
def test_round_72_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a discharge letter's instructions
        ("Copied from the paper: Return to ED for chest pain, fever or coughing up blood.",
         "chest-pain", "hypothetical"),
        ("Copied from the paper: Return to ED for chest pain, fever or coughing up blood.",
         "coughing-up-blood", "hypothetical"),
        ("The letter says return if shortness of breath gets worse.", "shortness-of-breath",
         "hypothetical"),
        ("Sheet says come back for fainting or trouble breathing.", "shortness-of-breath",
         "hypothetical"),
        ("Doctor said come back in if the leg swelling spreads.", "calf-swelling",
         "hypothetical"),
        ("La enfermera said si I get a fever over 38 I have to call.", "fever", "hypothetical"),
        # a day that is when it began
        ("Since getting out of hospital on Friday she's not eating.", "loss-of-appetite",
         "present"),
        # a doubt after the mention
        ("My eyes look a bit yellow maybe, or is it the bathroom light?", "jaundice",
         "uncertain"),
        ("Left ankle looks puffier than the right, maybe?", "swelling", "uncertain"),
        # a young child's, named
        ("Nursery phoned, Oscar's got a temperature of 38.5.", "fever", "uncertain"),
        ("Kids off school. Priya (6) has a rash on her tummy.", "rash", "family"),
        ("Jonah 4 and Bea 2. Jonah threw up twice in the night.", "vomiting", "family"),
        # kin of South Asian and Cajun families
        ("My dadima had fits at the end, I still think of it.", "seizure", "family"),
        # a bone broken days ago is broken still
        ("Slipped on the ice on Tuesday and broke my wrist, cast on now.", "fracture",
         "present"),
    ],
)  # fmt: skip
def test_round_72_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # what she went back for is hers
        ("I had to return to the ER for chest pain last night.", "chest-pain", "present"),
        ("Needed to go back for the pain in my back today.", "back-pain", "present"),
        # the review's: red flags that keep their reading
        ("Got home from chemo Tuesday. Came in with chest pain at 3am, doing a CT.",
         "chest-pain", "present"),
        ("Kids got home from school. Went in with a fever of 39.2 at 5, waiting for a bed.",
         "fever", "present"),
        ("Have to go to urgent care tuesday for my cough and SOB.", "shortness-of-breath",
         "present"),
        ("Hospital monday for bloods, chest pain and breathless all weekend.", "chest-pain",
         "present"),
        ("Decided to return to the ER for the chest pain at midnight.", "chest-pain", "present"),
        ("My son made me return to the ER for my shortness of breath.", "shortness-of-breath",
         "present"),
        ("Nurse said come back for bloods tomorrow and I told her my chest pain is worse.",
         "chest-pain", "present"),
        ("Doc said go back if needed, anyway been short of breath all day today.",
         "shortness-of-breath", "present"),
        ("Her confusion's come back if anything worse and the leg weakness too.", "leg-weakness",
         "present"),
        ("Si I have fever and chest pain since this morning.", "chest-pain", "present"),
        ("Taxol 12 and fever 38.5 tonight.", "fever", "present"),
        ("Jenny did the school run today. Jenny had a seizure at 4pm.", "seizure", "present"),
        ("Dadima had chest pain all night, we took her to A&E.", "chest-pain", "present"),
        ("Fever 38.4 tonight, call 111 maybe, or wait till morning?", "fever", "present"),
        ("Short of breath going up stairs, worse than last week, maybe?", "shortness-of-breath",
         "present"),
        ("Since the ER visit on Sunday for chest pain I've felt fine.", "chest-pain",
         "historical"),
        # told to go back, still
        ("The nurse told me to come back if I start to cough up blood.", "coughing-up-blood",
         "hypothetical"),
        ("Discharge letter says come straight back if I get weakness in my legs.",
         "leg-weakness", "hypothetical"),
        # a child's name is no grown-up's
        ("Day 3 and the nausea is bad this morning.", "nausea", "present"),
        ("Letrozole 2.5 then the hot flushes started again.", "hot-flashes", "present"),
        # the writer's own clause in a mother's note
        ("Mia has a cold from nursery and I have had a fever since lunch.", "fever", "present"),
    ],
)  # fmt: skip
def test_round_72_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Paper says come back for chest pain, so I pinned it up.", "back-pain"),
        ("The heel of my boot snapped and the left one gave way too.", "leg-weakness"),
        ("Pins and needles from the knees down since starting Taxol.", "leg-weakness"),
        ("The kids not knowing I was at home all day, they rang the house.", "confusion"),
        ("Really want to lose like 10 pounds before the wedding.", "weight-loss"),
        ("Lost like 2 pounds of fluid after the drain came out.", "weight-loss"),
        ("Went back for the scan results, no news yet.", "back-pain"),
        ("Not knowing what to do next is the worst part.", "confusion"),
        ("Not knowing who to ring on a Sunday.", "confusion"),
    ],
)  # fmt: skip
def test_round_72_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)
