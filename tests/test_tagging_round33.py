"""Round 33 (docs/note-reader.md, "Round 33"): plain short sentences, a nurse's list after a
dash, a side effect named, a symptom nearly gone, and words round32k and round32l used. Each
sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("The nurse went through the list - fever, a rash or chest pain, ring the ward.",
         "chest-pain", "hypothetical"),
        ("A side effect of the new tablets may be a rash, so I'm watching.", "rash",
         "hypothetical"),
        ("Cough nearly gone now, just a tickle at night.", "cough", "present"),
        ("I hope I'm not too tired for the wedding on Saturday.", "fatigue", "hypothetical"),
    ],
)  # fmt: skip
def test_round_33_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("She passed urine in the bed again last night.", "bladder-bowel-control"),
        ("My chest feels like there's a rock on it.", "chest-pain"),
        ("Numbness down the fronts of my thighs since lunch.", "leg-weakness"),
        ("Had one fit this morning, about a minute.", "seizure"),
        ("Hair falling out in handfuls in the shower.", "hair-loss"),
        ("My weight keeps dropping off.", "weight-loss"),
        ("Lost another 3 pounds this week.", "weight-loss"),
        ("Feeling weaker by the day.", "weakness"),
        ("My ankle's up like a balloon.", "swelling"),
        ("Sleep not coming again, awake at four.", "difficulty-sleeping"),
        ("My head is full of worries tonight.", "anxiety"),
        ("My heart's going ten to the dozen.", "palpitations"),
        ("The scan results left me low.", "depression"),
        ("I feel down. Nobody visited.", "depression"),
        ("I am low today, can't shift it.", "depression"),
        ("Nerves shot before the appointment.", "anxiety"),
        ("Stomach loose since breakfast.", "diarrhea"),
        ("Double everything when I look to the left.", "vision-problems"),
        ("A dull ache under the right side of my ribs.", "upper-abdominal-pain"),
        ("My liver hurts when I bend.", "upper-abdominal-pain"),
        ("Bellyache all afternoon after the tablets.", "pain"),
        ("She did not know it was Christmas.", "confusion"),
    ],
)
def test_round_33_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our team lost 3 nil at home again.",
        "The nurse spotted me at the market and waved.",
        "My good shoes are not fitting since the wedding.",
        "Had pani puri at the stall, lovely.",
        "They moved the scan to Friday, which is a pain.",
        "The milk is nearly gone, need to shop.",
    ],
)
def test_round_33_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
