"""Round 46 (docs/note-reader.md, "Round 46"): men with breast cancer and the wives who write for
them, notes full of numbers, a nurse's questions on the phone, and everyday words of round 46's
review (a visitor's own aches in a line she signs, a line of the diary taken back). Each sentence
is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a wife who tells nothing of her own body writes of him: his red flag is asked
        ("My husband has had chest pain since tea. He is grey and sweaty.", "chest-pain",
         "uncertain"),
        ("Ron has pain under his right ribs again tonight.", "upper-abdominal-pain",
         "uncertain"),
        # ... and stays his when she tells of herself
        ("My husband has had chest pain since tea. I'm fine, temp 36.6.", "chest-pain",
         "family"),
        # a nurse's question answered after a colon or in brackets
        ("The nurse asked if I had any headache: no.", "headache", "negated"),
        ("GP asked if I was dizzy (no) and if I was eating (yes).", "dizziness", "negated"),
        ("Nurse asked if I was breathless: only on the stairs.", "shortness-of-breath",
         "present"),
        ("Any vomiting? Once, after lunch.", "vomiting", "present"),
        ("Any seizures? Not yet.", "seizure", "negated"),
        # what may build up
        ("Fatigue can build up over the cycles, the nurse says.", "fatigue", "hypothetical"),
        # a visitor's own aches in a line she signs are hers, not the patient's
        # (a pain is a red flag: asked, never dropped)
        ("Maureen here. My knee's killing me after the bus, but Joan was on great form.",
         "joint-pain", "uncertain"),
        ("Gwen next door, popped in with a cake. I've got a cough myself, but she was bright.",
         "cough", "family"),
        # ... and a visitor told of by the patient is someone else
        ("Aileen came by with scones. She's got a nasty cough. I felt grand.", "cough",
         "family"),
        # a line of the diary taken back
        ("Ignore what I wrote about nausea, wrong day.", "nausea", "negated"),
        # a baby's
        ("Bub's got a rash from the new nappies.", "rash", "family"),
        # before
        ("Back when I started the chemo I had terrible diarrhoea.", "diarrhea", "historical"),
    ],
)  # fmt: skip
def test_round_46_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("She's been no herself since the weekend.", "mental-status-change"),
        ("Feeling down most of today.", "depression"),
        ("Nothing to look forward to, she says.", "depression"),
        ("Mum keeps asking the same question.", "memory-problems"),
        ("My back is murdering me tonight.", "back-pain"),
        ("The bone pain in my right hip is worse.", "bone-pain"),
        ("My neck muscles are aching again.", "muscle-pain"),
        ("A tight band round my chest since lunch.", "chest-pain"),
        ("My heart has been fluttering all evening.", "palpitations"),
        ("My lip is tingling on the left.", "facial-numbness"),
        ("I soiled the bed last night.", "bladder-bowel-control"),
        ("Wet the settee twice today.", "bladder-bowel-control"),
        ("Struggled to get to sleep again.", "difficulty-sleeping"),
        ("Peeing constantly since the steroids.", "high-blood-sugar"),
        ("Lost all my eyelashes this cycle.", "hair-loss"),
        ("The skin on my soles is cracking.", "hand-foot-syndrome"),
        ("A bruise where the needle went in.", "injection-site-reaction"),
    ],
)
def test_round_46_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 46's review: lines taken back, quoted
        "Scratch the 'dizzy' from this morning, that was the fairground.",
        "That 'swollen' was my ankle from last month, resized my shoes since.",
        "Crossed out 'nausea', wrong row.",
        # round 46's own narrowing: a friend's eyebrows, a compliment, sweats that stopped
        "In my group, Jan has lost all her eyebrows and draws them on.",
        "Mum said I was no herself in that hat, meaning it kindly.",
        "The night sweats stopped once they changed my tablets.",
    ],
)
def test_round_46_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
