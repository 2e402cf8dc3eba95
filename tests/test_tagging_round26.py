"""Round 26 (docs/note-reader.md, "Round 26"): words round25v and round25w used that the reader
did not place (older people's words, a partner's text, a chest clamped, a bottom gone numb), and
everyday words beside them. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Feeling a bit costive again, nothing since Monday.", "constipation"),
        ("Bilious all afternoon after the tablets.", "nausea"),
        ("Was boking all night.", "vomiting"),
        ("Trots again, six times before lunch.", "diarrhea"),
        ("The doctor says I've got the dropsy in both ankles.", "swelling"),
        ("I feeling real bazodee this morning.", "confusion"),
        ("Jo texted: 'couldn't wake you for ages this morning'.", "mental-status-change"),
        ("She didn't seem to know we were at home.", "confusion"),
        ("Had a proper fit in the kitchen, Tom says two minutes.", "seizure"),
        ("My legs just buckled on the stairs.", "leg-weakness"),
        ("Not steady on my feet this morning.", "balance-problems"),
        ("Bones feel bruised after the injection.", "bone-pain"),
        ("Liver's aching again tonight.", "upper-abdominal-pain"),
        ("It hurts every time I inhale.", "chest-pain"),
        ("Chest feels clamped this evening.", "chest-pain"),
        ("A catch in my chest on the stairs.", "chest-pain"),
        ("There's a numb patch round my bottom.", "bladder-bowel-control"),
        ("No feeling down there when I wipe.", "bladder-bowel-control"),
        ("I messed the bed last night.", "bladder-bowel-control"),
        ("Two accidents with my water today.", "bladder-bowel-control"),
        ("My waterworks have let me down again.", "bladder-bowel-control"),
        ("She cannot make water since this morning.", "bladder-bowel-control"),
        ("Phlegm has blood streaks in it.", "coughing-up-blood"),
        ("Her behaviour is odd since lunch.", "mental-status-change"),
        ("She's been out of character all week.", "mental-status-change"),
        ("My words keep coming out jumbled.", "speech-problems"),
        ("I can't settle to sleep at all.", "difficulty-sleeping"),
        ("She has not eaten a thing since Friday.", "loss-of-appetite"),
        ("Barely touched my dinner.", "loss-of-appetite"),
        ("Zero appetite today.", "loss-of-appetite"),
        ("Loose poos again this morning.", "diarrhea"),
        ("My pulse is racing tonight.", "palpitations"),
        ("I couldn't work out what day it was.", "confusion"),
        ("My upper belly on the right is paining me.", "upper-abdominal-pain"),
    ],
)
def test_round_26_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


def test_a_note_under_dads_line_is_his():
    mentions = found("Under Dad's line I'm adding: he's been slurring since lunch.")
    assert ("speech-problems", "present") in mentions


@pytest.mark.parametrize(
    "text",
    [
        "Break a leg tonight at the panto!",
        "The boiler's making a wheezing noise again.",
        "The barber's fitting me in at lunch.",
        "Everything takes double the effort with the kids off school.",
        "My husband won't let me get a word in.",
        # the review's sentences (docs/note-reader.md, "Round 26")
        "The dog has been costive since Sunday, vet tomorrow.",
        "Critic called the book's style bilious.",
        "Watched the film Bazodee again.",
        "I couldn't wake you, sleeping beauty, he texts.",
        "The delivery man didn't know we were at home.",
        "That suit's a proper fit on you.",
        "The puppy messed the bed again.",
        "The old kettle cannot make water boil any more.",
        "The puppy wouldn't settle to sleep in the crate.",
        "The cat's behaviour is odd today.",
        "Salah missing that penalty was out of character.",
        "The Christmas tree keeled over when the cat climbed it.",
        "In the old novel the squire's wife has dropsy.",
    ],
)
def test_round_26_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
