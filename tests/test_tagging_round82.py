"""Round 82 (docs/note-reader.md, "Round 82"): waiting for a scan result, Puerto Rican and
Dominican Spanish speakers, Teesside English; women who try to keep moving, Bulgarian and Latvian
speakers, Guyanese English. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("On the way back from the shop my legs were giving way, had to sit on the kerb.",
         "leg-weakness"),
        ("Mum says her legs have been giving out since Sunday.", "leg-weakness"),
        ("In the kitchen my legs just went from under me.", "leg-weakness"),
        ("Meh left foot jus give way on de step.", "leg-weakness"),
        ("She's in agony with her back since lunch.", "back-pain"),
        ("My mouth is dropping on one side, the right.", "facial-numbness"),
        ("De right side she mouth droop down since morning.", "facial-numbness"),
        ("Me words slurring since tea, she words slur too she says.", "speech-problems"),
        ("Trouble starting when I go for a wee, and the back pain.", "bladder-bowel-control"),
        ("Can't quite feel when I need to go, since yesterday.", "bladder-bowel-control"),
        ("Both calves are aching from the walk, same both sides.", "muscle-pain"),
        ("The jab in my thigh is a bit red and sore.", "injection-site-reaction"),
        ("Her tongue stings, and the ulcers are back.", "mouth-sores"),
        ("I've been that low this week.", "depression"),
        ("Felt like I was going to pass out in the queue.", "palpitations"),
        ("Couldn sleep last night wid de pain.", "difficulty-sleeping"),
        ("The cough is no better and I get breathless on the stairs.", "shortness-of-breath"),
    ],
)  # fmt: skip
def test_round_82_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Nah fever today, thank God.", "fever", "negated"),
        ("Nah vomit today, ate some rice.", "vomiting", "negated"),
        ("SOB, chest pain, fever - none of it. Just tired.", "chest-pain", "negated"),
        ("Nah, the fever is still there.", "fever", "present"),
        # the review's: red flags she has now keep their reading
        ("Did you sleep? Nah chest pain kept me up all night", "chest-pain", "present"),
        ("Nah back pain so bad since I born, cyaan get up", "back-pain", "present"),
        ("Look nah chest pain come back strong strong", "chest-pain", "present"),
        ("Mum refuses to go to A&E with chest pain, breathlessness, leg weakness - none of it.",
         "chest-pain", "present"),
        ("The GP has no explanation for my chest pain, breathlessness, cough - none of it.",
         "shortness-of-breath", "present"),
        ("Both calves are sore from the flight, left one hot and swollen", "calf-swelling",
         "present"),
        ("in agony with my back tooth, seeing the dentist Monday", "pain", "present"),
    ],
)  # fmt: skip
def test_round_82_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the review's: nothing of hers
        "The deckchair legs were giving way so I sat on the wall",
        "The ground under her feet gave way on the cliff path",
        "nah myself and the kids managed the shopping",
        "I have trouble starting when I go for a wee walk with the dog",
        "I can't quite feel when I need to go to the shops, it's all a blur of days",
        "My platelets have been that low they delayed chemo",
        "I'm that low on paracetamol I need a prescription",
    ],
)  # fmt: skip
def test_round_82_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
