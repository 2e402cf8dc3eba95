"""Round 88 (docs/note-reader.md, "Round 88"): getting about by car, lift and hospital
transport, Danish and Icelandic speakers, Bahamian English; a woman and an adult child writing
in turns, Haitian Creole and French speakers, Queensland English. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Mummy been confuse since lunch, askin for her brother.", "confusion"),
        ("She ain hungry, just pickin at the rice.", "loss-of-appetite"),
        ("She ain want to eat nothin today.", "loss-of-appetite"),
        ("Woke up and she ain know where she was.", "confusion"),
        ("She got da runs again today.", "diarrhea"),
        ("In the shop I had no idea where I was for a minute.", "confusion"),
        ("Mum talks nonsense since the morphine went up.", "confusion"),
        ("On the stairs my knees went, Tom caught me.", "leg-weakness"),
        ("I am short in the breath after the shower.", "shortness-of-breath"),
        ("She don't feel her legs good since yesterday.", "leg-weakness"),
        ("She pass out in the church, they call ambulance.", "palpitations"),
        ("I do not sleep good since the new tablets.", "difficulty-sleeping"),
        ("So much nerves before the scan.", "anxiety"),
        ("Feeling nervy about Monday.", "anxiety"),
        ("I am less hungry than last week.", "loss-of-appetite"),
        ("Her ankles are swell again.", "swelling"),
        ("My ears whistle when it is quiet.", "hearing-changes"),
        ("My left calf is sore and warm.", "calf-swelling"),
    ],
)  # fmt: skip
def test_round_88_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("No problems with my eyes, the optician says.", "vision-problems", "negated"),
        # the review's: an answer "nei" is not taken (it answers "better?" as often as "any?")
        ("Did the fever go down? I said nei, still 38.5.", "fever", "present"),
    ],
)  # fmt: skip
def test_round_88_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Don't confuse me with the new times.", "confusion"),
        ("Hubby says I was talking gibberish in my sleep.", "confusion"),
        ("Amy's exams start Monday and she's a bag of nerves.", "anxiety"),
        # the review's
        ("The forms confuse and annoy me.", "confusion"),
        ("I ain know where she was last night, she ain answer the phone.", "confusion"),
        ("I had no idea where I was in the treatment plan.", "confusion"),
        ("The bruises on my knees went, finally.", "leg-weakness"),
        ("I pass out the leaflets at church.", "palpitations"),
        ("The chemo damaged so much nerves in my feet.", "anxiety"),
        ("I do da runs to the pharmacy for the whole street.", "diarrhea"),
        ("The dog ain hungry in this heat.", "loss-of-appetite"),
        ("Legs are swell, walked 2 miles today no problem!", "swelling"),
        ("My ears whistle no more.", "hearing-changes"),
        ("The problem with my vision for the garden is money.", "vision-problems"),
        ("I had no breath when I saw the bill.", "shortness-of-breath"),
        ("My knees went black and blue after the fall.", "leg-weakness"),
    ],
)  # fmt: skip
def test_round_88_not_read_as(text, symptom):
    assert (symptom, "present") not in found(text)
