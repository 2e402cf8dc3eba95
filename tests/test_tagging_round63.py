"""Round 63 (docs/note-reader.md, "Round 63"): Multicultural London and Black British English,
Newfoundland English, symptoms someone else noticed; South African English, Turkish and Kurdish
speakers writing English, medicines gone wrong, a bad week looked back on. Each sentence is one
no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("The right side of my mouth was hanging down at lunch.", "facial-numbness"),
        ("Proper wore out after the school run.", "fatigue"),
        ("I'm some low this week, b'y.", "depression"),
        ("Getting really paranoid about every cough.", "anxiety"),
        ("Never slept a wink again last night.", "difficulty-sleeping"),
        ("The stairs had me puffed this morning.", "shortness-of-breath"),
        ("Flashing lights in my left eye since lunch.", "vision-problems"),
        ("I can't see right out of my left eye.", "vision-problems"),
        ("My right arm is heavy and useless today.", "weakness"),
        ("She keeps saying things that don't make sense.", "confusion"),
        ("At night my face goes red and hot, then I'm soaked.", "hot-flashes"),
        ("I could barely hear the doctor on the phone.", "hearing-changes"),
        ("Sex is sore since the new tablets.", "vaginal-dryness"),
        ("I don't even feel like eating today.", "loss-of-appetite"),
        ("My belly is tender up top since dinner.", "upper-abdominal-pain"),
    ],
)  # fmt: skip
def test_round_63_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # an aside in brackets that closes on a colon ends its clause
        ("Notes for Mum (so I don't forget): vomiting since last night.", "vomiting",
         "present"),
        # questions answered "I say no, no"
        ("Nurse ask me: any fever? any cough? I say no, no.", "fever", "negated"),
        # a father taken in now by a writer who says "we": asked
        ("My father is breathless tonight. We call ambulance.", "shortness-of-breath",
         "uncertain"),
        # ... not when the writer tells of her own body
        ("My dad had chest pain like this before his heart attack. Mine is a tight band "
         "across my chest, ambulance called.", "chest-pain", "family"),
        # someone else's slurring
        ("My uncle had a stroke and slurs all his words now.", "speech-problems", "family"),
        ("Bruce is slurring his words tonight, calling 111.", "speech-problems", "present"),
        # the review's: a "no" that answers advice; a habit; a bracket closed on a colon
        ("Can I take paracetamol for the headache? She said no.", "headache", "present"),
        ("Should I ring about the chest pain? She says no.", "chest-pain", "present"),
        ("My dad gets chest pain with his angina, and when it's bad we call an ambulance.",
         "chest-pain", "family"),
        ("My dad has chest pain now and then, we go to the hospital now and then.",
         "chest-pain", "family"),
        ("Note for my sister (she worries): no chest pain today.", "chest-pain", "negated"),
    ],
)  # fmt: skip
def test_round_63_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        "The kids wore out the sofa cushions.",
        "Some low clouds over the bay this morning.",
        "My arm is heavy with the shopping and the bags are a dead weight.",
        "He could hardly hear himself think at the match.",
        "That makes no sense to me at all.",
        # the review's
        "My mouth was hanging open when I saw the bill.",
        "The consultant said things that didn't make sense to me.",
        "I can hardly hear you on this line.",
        "The sun was flashing in my eyes all the way home.",
        "I'm some low on milk so need to go to the shop.",
        "The tyres are all wore out.",
        "My arm is heavy and dead after sleeping on it.",
        "My face went red and hot when I dropped the tray in the cafe.",
        "I don't even want to eat out any more.",
    ],
)
def test_round_63_nothing_here_is_read_as_these(text):
    read = {slug for slug, status in found(text) if status == "present"}
    assert not read & {
        "fatigue",
        "depression",
        "weakness",
        "hearing-changes",
        "confusion",
        "facial-numbness",
        "vision-problems",
        "hot-flashes",
        "loss-of-appetite",
    }
