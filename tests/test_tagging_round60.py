"""Round 60 (docs/note-reader.md, "Round 60"): another long-term illness beside the cancer, GP
and pharmacy visits, Dutch, German and Polish speakers writing English; family group chats, a
care rota, Deep South and Appalachian English, Cantonese and Mandarin speakers. Each sentence is
one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("More puffed than usual going up to the bedroom.", "shortness-of-breath"),
        ("Since Monday I have short breath on the stairs.", "shortness-of-breath"),
        ("I woke and couldn't get air for a minute.", "shortness-of-breath"),
        ("The right one dragging again tonight.", "leg-weakness"),
        ("My calf is hot and tender since Sunday.", "calf-swelling"),
        ("Feeling v low again today.", "depression"),
        ("Forgetting where I put things all week.", "memory-problems"),
        ("Her hair dropping everywhere this week.", "hair-loss"),
        ("She's real bound up since the morphine.", "constipation"),
        ("Walking not steady this afternoon.", "balance-problems"),
        ("I'm talkin out of my head, the girls say.", "confusion"),
        ("Stove up in her joints this mornin.", "joint-pain"),
        ("Sick to my stomach since lunch.", "nausea"),
        ("Heart beat very fast on the stairs.", "palpitations"),
        ("Lost nearly 10 pounds since Christmas.", "weight-loss"),
        ("My back is out again.", "back-pain"),
        ("Dry and sore down there since the tablets.", "vaginal-dryness"),
        ("Coughin all night, wheezin too.", "cough"),
        ("Her ankle is all swole up.", "swelling"),
    ],
)  # fmt: skip
def test_round_60_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # answered
        ("Nurse asked all the questions, any fever, any chest pain, and it was no to all of them.",
         "chest-pain", "negated"),
        ("Nurse asked if she had any chest pain, and no she hasn't.", "chest-pain", "negated"),
        ("She ain't confused, knows exactly where she is.", "confusion", "negated"),
        # past
        ("I fainted at the shops three Saturdays ago.", "palpitations", "historical"),
        # others
        ("I remember she was always so tired at the end.", "fatigue", "family"),
        # hers
        ("Had a fall years ago, but this back pain is new.", "back-pain", "present"),
        ("From yesterday I have a headache.", "headache", "present"),
        # a father alone in a carer's note: asked, never dropped
        ("Dad very short of breath today even sitting.", "shortness-of-breath", "uncertain"),
        ("Pop's not himself tonight, calling the on call line.", "mental-status-change",
         "uncertain"),
        ("Daddy says his chest feels tight, EMS on the way.", "chest-pain", "uncertain"),
        # a father of her own story: his
        ("Dad broke his hip at the end. My own scan is clear.", "fracture", "family"),
        # a time before "this" in a story is the story's
        ("Two years ago I had this rash after a new soap.", "rash", "historical"),
        ("By the time I got back was out of breath.", "shortness-of-breath", "present"),
        ("Feeling down there's no point.", "depression", "present"),
    ],
)  # fmt: skip
def test_round_60_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        # a feeling down below lost; the anti-sickness tablet; going to use the nebuliser; the
        # review's sentences
        "Told to ring if I lose feeling down below.",
        "Turned the stove up to boil the potatoes.",
        "My back is out of plaster at last.",
        "Dietitian says cut down on high sugar drinks.",
        "The souffle came out really puffed.",
        "My heart beat so fast when I saw the grandkids, pure joy.",
        "My wrist is fine. The washing machine is leaking. Might be broken.",
        "The hair dropping is better this week.",
        "Took the anti-sickness tablet before the drive.",
        "Gonna use the neb before bed.",
    ],
)
def test_round_60_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_round_60_a_grandson_at_the_gym_is_not_swollen():
    assert "swelling" not in {slug for slug, _ in found("My grandson is getting swole at the gym.")}
