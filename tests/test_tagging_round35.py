"""Round 35 (docs/note-reader.md, "Round 35"): pain in detail, notes a carer signs, the last
weeks told by family, questions answered "none" after a comma, and words round34o and
round34p used. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a carer signs the note: the one she cares for is the patient, her own is not
        ("Priya here. Amma's chest pain is worse tonight.", "chest-pain", "present"),
        ("Writing for Mum: she is very confused this evening. I have a cough myself.", "cough",
         "family"),
        ("Son writing. Mum is not herself. Tonight she didn't recognise me.", "confusion",
         "present"),
        ("Ammi has a temperature of 38.6 since lunch.", "fever", "present"),
        ("Mama has not passed urine since this morning.", "bladder-bowel-control", "present"),
        # someone else's
        ("My khala had terrible back pain at the end.", "back-pain", "family"),
        ("My husband's mother has chest pain, they took her in last night.", "chest-pain",
         "family"),
        ("Mate from the darts team had a seizure on Friday.", "seizure", "family"),
        ("My momma broke her hip at 80.", "fracture", "family"),
        # a question answered no after a comma
        ("The nurse asked about fevers or chest pain, none.", "chest-pain", "negated"),
        ("Asked at the clinic about numb feet, none to report.", "neuropathy", "negated"),
        ("Nurse asked about hair loss, none yet, fingers crossed.", "hair-loss", "negated"),
        # warnings and risks
        ("She warned of hot flushes and joint aches.", "hot-flashes", "hypothetical"),
        ("The booklet says seizures are a risk with the new tablets.", "seizure", "hypothetical"),
        ("Doctor says more seizures are possible.", "seizure", "hypothetical"),
        ("Night sweats can come with the hormone tablets.", "hot-flashes", "hypothetical"),
        ("Jaw pain is a rare side effect of the injection.", "jaw-pain", "hypothetical"),
        ("Vomiting with a headache would need a scan, he said.", "vomiting", "hypothetical"),
        ("She said I might get headaches or fits.", "seizure", "hypothetical"),
        # the past, and today after it
        ("I had palpitations like these when I was pregnant.", "palpitations", "historical"),
        ("She fell on Sunday and the scan today shows her hip is broken.", "fracture",
         "present"),
    ],
)  # fmt: skip
def test_round_35_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Bony pain in my right hip, 6/10.", "bone-pain"),
        ("My hip bone's grumbling again today.", "bone-pain"),
        ("My ribs are giving me curry tonight.", "bone-pain"),
        ("It's my elbow joint that's sore today.", "joint-pain"),
        ("My wrists and knees are paining me since the tablets.", "joint-pain"),
        ("I didn't reach the toilet this morning.", "bladder-bowel-control"),
        ("Mum barely rouses now, even for her tea.", "mental-status-change"),
        ("Gran fitted again at tea time.", "seizure"),
        ("She fitted twice overnight.", "seizure"),
        ("The X-ray showed a cracked bone in her shin.", "fracture"),
        ("My legs can't carry me up the stairs.", "leg-weakness"),
        ("Another night of hardly any sleep.", "difficulty-sleeping"),
        ("Hardly any sleep again, up at three.", "difficulty-sleeping"),
        ("Slept in snatches again.", "difficulty-sleeping"),
        ("Sleep is shot since the steroids.", "difficulty-sleeping"),
        ("My appetite is less this week.", "loss-of-appetite"),
        ("She has yellowy eyes today.", "jaundice"),
        ("I've lost so much weight my rings slip off.", "weight-loss"),
        ("Sudden heat in my neck and face again.", "hot-flashes"),
        ("My eyesight is blurry since lunch.", "vision-problems"),
        ("My vision keeps going when I read.", "vision-problems"),
        ("Hearing less in my right ear.", "hearing-changes"),
        ("Buggered after the walk to the shop.", "fatigue"),
        ("I've had the runs since Tuesday.", "diarrhea"),
        ("My tummy's running like a tap.", "diarrhea"),
        ("I was so tensed before the results.", "anxiety"),
        ("Mum's acting proper odd since lunch.", "mental-status-change"),
    ],
)
def test_round_35_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finding a space at the hospital is a real headache.",
        "A temp of 37.6 this evening, under the line.",
        "The injection they gave in my arm has a little bruise.",
        "Compression sleeve fitting on Thursday.",
        "The vet says the cat has a cracked bone in his leg.",
        "The old table's legs cannot carry that weight.",
        "Jean from church has lost so much weight on her diet.",
        "The new parents next door are getting hardly any sleep.",
        "Pakistan made the runs they needed in the last over.",
        "The shed got wrecked in the storm.",
        "The ceiling has gone a bit yellowy over the years.",
        "New kitchen fitted at last.",
        "Nurse asked about any cough or fever, none.",
    ],
)
def test_round_35_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_a_pain_that_runs_down_her_leg_is_no_tiredness():
    read = found("The pain runs down into my left leg when I walk.")
    assert ("pain", "present") in read
    assert "fatigue" not in {symptom for symptom, _ in read}
