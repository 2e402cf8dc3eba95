"""Round 47 (docs/note-reader.md, "Round 47"): friends and neighbours who visit and the patient
who writes of them, palliative care at home, young women's slang and self-corrections, and the
everyday words of round 47's review (a diary picked up after a gap, a health worker's patients).
Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a visitor told of by name, then as "she": her own symptoms
        ("Our neighbour Glenys brought a trifle. She has had the runs all week, poor thing.",
         "diarrhea", "family"),
        ("Auntie Rosa visit today. She say her nausea is bad from her own tablets.", "nausea",
         "family"),
        ("My pal Morven dropped in. Morven has been fighting a cough since October.", "cough",
         "family"),
        ("Lunch with Hui Min at the food court. She is the one who cannot stop coughing.",
         "cough", "family"),
        # ... a red flag of hers is asked, never dropped
        ("Neighbour Dorrie came over with soup. She has been coughing up blood, she says.",
         "coughing-up-blood", "uncertain"),
        # ... someone's mother told of with a possessive
        ("Kerry's mum is up from Devon. She has a nasty cough.", "cough", "family"),
        # ... but the writer's own words stay hers
        ("Glenys came by with a trifle. Me, I've had the runs all week.", "diarrhea",
         "present"),
        ("My friend Elspeth found me on the stairs, muddled and cold.", "confusion", "present"),
        ("Glenys came round with soup. I told her the nausea has gone.", "nausea", "negated"),
        # ... and the patient the writer goes to see, or cares for, is the patient
        ("I went to see my friend Bernadette at the hospice. She was very confused today.",
         "confusion", "present"),
        ("Writing for Nan: her neighbour found her in the hall, she'd wet herself.",
         "bladder-bowel-control", "present"),
        ("Kath came to sit with Mum. Mum was sick twice after lunch.", "vomiting", "present"),
        ("Dr Price rang: my calcium came back high again.", "hypercalcemia", "present"),
        # a diary picked up after a gap: the days between are past, what is still there is not
        ("Back to the diary after five days. The nausea was awful on Monday but it settled.",
         "nausea", "historical"),
        ("Missed a week of entries. Tuesday the headache, Wednesday the sickness.", "headache",
         "historical"),
        ("Missed a week of entries. The cough started on Friday and is still here today.",
         "cough", "present"),
        ("Haven't written since Sunday and I've had a fever since last night.", "fever",
         "present"),
        ("Mum was hard to wake at teatime. She says she's catching up on sleep.",
         "mental-status-change", "present"),
        # a nurse's questions, all answered no
        ("The nurse asked if I had any fits, any weakness of the legs. All no.",
         "leg-weakness", "negated"),
        # a health worker's patients
        ("Long shift. Bay 6 was vomiting half the night.", "vomiting", "family"),
        ("Triaged four chest pains before lunch.", "chest-pain", "family"),
    ],
)  # fmt: skip
def test_round_47_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Ma heid is pounding the day.", "headache"),
        ("Feeling so blur-blur this morning, forgot my keys twice.", "confusion"),
        ("Struggling to get my words out this evening.", "speech-problems"),
        ("Impossible to keep her awake after lunch.", "mental-status-change"),
        ("She can't feel her bum on the toilet seat.", "bladder-bowel-control"),
        ("Losing my eyebrow hair now too.", "hair-loss"),
        ("Ma hair's aw come oot in the brush.", "hair-loss"),
        ("Some weakness in both legs on the stairs.", "leg-weakness"),
    ],
)
def test_round_47_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 47's review: a diary picked up after a gap
        "Catching up on four days: Saturday the diarrhoea, Sunday the cramps, nothing since.",
        "Three days off the diary. The rash peaked on Thursday and faded by Friday night.",
        # ... a health worker's patients and colleagues
        "Night shift again. Bed 12 was breathless all night and bay 3 kept vomiting.",
        # round 47's own narrowing: a photo that is a blur
        "The photo is a blur, the dog moved.",
    ],
)
def test_round_47_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
