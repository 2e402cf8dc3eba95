"""Round 48 (docs/note-reader.md, "Round 48"): diaries picked up after a gap, holidays and feast
days, carers who write to the patient as "you", patients who work in health care. Each sentence
is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a carer who writes to the patient as "you": hers
        ("Nana, you wet yourself in the garden this morning and didn't notice.",
         "bladder-bowel-control", "present"),
        ("Could hardly rouse you at lunch, pet. Not yourself at all.", "mental-status-change",
         "present"),
        ("Mum, you said your legs feel like stones on the stairs.", "leg-weakness", "present"),
        # ... what may come, or did not happen, keeps its reading
        ("Love, the nurse said you might feel sick after the drip.", "nausea", "hypothetical"),
        ("Darling, you weren't sick at all today.", "vomiting", "negated"),
        # her own note, typed by her daughter
        ("My son is writing this for me. I get so breathless on the stairs.",
         "shortness-of-breath", "present"),
        # a mother's seizure told with her today, and one told as a memory
        ("My mother had a fit in the bank queue this morning. She is resting now on the ward.",
         "seizure", "present"),
        ("My mother had fits when I was a boy. She is 84 now and well.", "seizure", "family"),
        # what a pain stops her doing, a mind eased only a little, a heading that is today
        ("A sore hip has stopped me sleeping on that side all week.", "joint-pain",
         "present"),
        ("The fogginess in my head has eased a bit since the drip.", "confusion", "present"),
        ("Four days missed. Sat: fine. Today, Wed: I keep reaching for the word.",
         "speech-problems", "present"),
        # the grandchildren she reads to are not the one whose words came out wrong
        ("Reading to the grandkids and her words came out all jumbled.", "speech-problems",
         "present"),
    ],
)  # fmt: skip
def test_round_48_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My words came out backwards at the till.", "speech-problems"),
        ("Losing track of what day it is.", "confusion"),
        ("We struggled to wake Moira for her tablets.", "mental-status-change"),
        ("Low all weekend, can't shake it.", "depression"),
        ("A sense of dread about Friday.", "anxiety"),
        ("Pain up in my tummy under the right ribs.", "upper-abdominal-pain"),
        ("My head aches at the front.", "headache"),
        ("A numb patch around my bottom when I sit.", "bladder-bowel-control"),
        ("Can't seem to empty my bladder properly.", "bladder-bowel-control"),
        ("Passing water all the time since the steroids.", "high-blood-sugar"),
        ("Blood in what I coughed up this morning.", "coughing-up-blood"),
        ("My ankles are up again tonight.", "swelling"),
    ],
)
def test_round_48_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 48's own narrowing: her mother's ankles, a man's words at a wedding, the triage
        # line she rang
        "Mum rang, her ankles are up again, poor thing. Mine are grand.",
        "The best man had trouble getting the words out, bless him.",
        "Rang triage, who said ring back if it gets to 38.",
    ],
)
def test_round_48_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
