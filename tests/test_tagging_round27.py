"""Round 27 (docs/note-reader.md, "Round 27"): a clinician's question and its answer, a
relative spoken to or of, negations that negate nothing, and words round26x and round26y used.
Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a question in one sentence, its answer at the start of the next
        ("The nurse asked if I'd had any headaches. I said no.", "headache", "negated"),
        ("GP asked whether I've had a fever. Nope.", "fever", "negated"),
        ("She asked me about chest pain. Told her no, none.", "chest-pain", "negated"),
        (
            "The doctor asked if I had any chest pain. I said yes, since Sunday.",
            "chest-pain",
            "present",
        ),
        (
            "The doctor asked if I had any chest pain. Then we talked about the scan.",
            "chest-pain",
            "hypothetical",
        ),
        # a relative spoken to or of, then her own symptom
        ("Shouted at my husband and felt dizzy straight after.", "dizziness", "present"),
        ("Baked with the grandkids and then got a thumping headache.", "headache", "present"),
        ("Rang my sister, she's been vomiting all night.", "vomiting", "family"),
        ("Worried about my son who has a cough.", "cough", "family"),
        ("Auntie Grace says I had a fit in my sleep.", "seizure", "present"),
        ("My friend Sue says she had a fit last year.", "seizure", "family"),
        # negations that negate nothing
        ("Not that I'm not tired, I am.", "fatigue", "present"),
        ("No way I'm driving with this headache.", "headache", "present"),
        ("If this nausea doesn't settle I'll ring.", "nausea", "present"),
        ("Not a single night this week without the night sweats.", "hot-flashes", "present"),
        ("idk if this is a rash or just dry skin", "rash", "uncertain"),
        (
            "The nurse went through the side effects: nausea and mouth sores.",
            "nausea",
            "hypothetical",
        ),
    ],
)
def test_round_27_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Wasn't able to pee all morning.", "bladder-bowel-control"),
        ("There's a tender spot on my right ribs.", "bone-pain"),
        ("Burning in my feet and hands tonight.", "neuropathy"),
        ("Appetite's not great today.", "loss-of-appetite"),
        ("My legs are weak and they keep buckling.", "leg-weakness"),
        ("Bit deaf in my right ear since Tuesday.", "hearing-changes"),
        ("Not opened my bowels for four days.", "constipation"),
        ("My husband says I've not been my usual self.", "mental-status-change"),
    ],
)
def test_round_27_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)
