"""Round 49 (docs/note-reader.md, "Round 49"): food and eating, couples who are both unwell, the
body on hormone treatment. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a partner's own illness, named: his, through the sentence
        ("Den's COPD was bad again, coughing half the night.", "cough", "family"),
        ("Bert's heart failure has his ankles swollen again.", "swelling", "family"),
        # ... unless she speaks of herself in between
        ("Den's COPD is bad, and I'm coughing too.", "cough", "present"),
        # "my own" beside a sister's treatment is still hers
        ("My sister gets hot flushes from her tamoxifen. My own flushes have calmed but I still "
         "get a few.", "hot-flashes", "present"),
        # a husband who writes of his wife's red flag: asked, never dropped (not his brother's
        # wife's)
        ("My wife's speech is slurred since lunch. I had my own heart attack years ago, so I "
         "know to be quick.", "speech-problems", "uncertain"),
        ("My brother's wife has terrible back pain from her spine. Me, I'm fine.", "back-pain",
         "family"),
        # a relative's illness remembered, and one told with a death or a place
        ("Nan had a broken hip when I was small.", "fracture", "family"),
        ("Mum was muddled this morning, asking for Dad, who died in 2011.", "confusion",
         "present"),
        ("Mum's back in hospital and very muddled today.", "confusion", "present"),
    ],
)  # fmt: skip
def test_round_49_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Peed on the landing before I knew I had to go.", "bladder-bowel-control"),
        ("I can't feel when my bladder is full.", "bladder-bowel-control"),
        ("Bladder control has gone since Friday.", "bladder-bowel-control"),
        ("My hips have seized up this morning.", "joint-pain"),
        ("The kids say I've become a different person.", "mental-status-change"),
        ("Couldn't work out where I was when I woke.", "confusion"),
        ("Skipping heartbeat after the stairs.", "palpitations"),
        ("The smell of the fish turned my stomach.", "nausea"),
        ("Sex has become so sore since the tablets.", "vaginal-dryness"),
        ("Pain during intercourse again.", "vaginal-dryness"),
        ("Drenched every night this week.", "hot-flashes"),
        ("My eyelashes are thinning.", "hair-loss"),
        ("A band squeezing my chest since lunch.", "chest-pain"),
        ("Down another 3 kg this month.", "weight-loss"),
    ],
)
def test_round_49_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 49's own narrowing: a puppy on the carpet, a bus stand, a lid seized up
        "The puppy weed on the carpet again.",
        "Couldn't work out which platform it was, the board was broken.",
        "The lid on the jam jar has seized up.",
    ],
)
def test_round_49_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
