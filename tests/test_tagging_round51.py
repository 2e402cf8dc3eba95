"""Round 51 (docs/note-reader.md, "Round 51"): walking, swimming and dancing, lymphoedema and
scars; living alone, sheltered housing, appointments missed. Each sentence is one no evaluation
note contains."""

import pytest

from diary import tagging
from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Been coughing out blood since the weekend.", "coughing-up-blood"),
        ("The hill up to the shop leaves me puffing.", "shortness-of-breath"),
        ("Had the squits all morning.", "diarrhea"),
        ("Felt rough at the bus stop, brought up my breakfast.", "vomiting"),
        ("I've lost all my hair this cycle.", "hair-loss"),
        ("My memory is rubbish this week.", "memory-problems"),
        ("Hard to concentrate on the telly.", "memory-problems"),
        ("He says I repeat things at tea.", "memory-problems"),
        ("Still getting my words jumbled on the phone.", "speech-problems"),
        ("Pins and needles down my legs since lunch.", "leg-weakness"),
        ("Slipped in the shower and broke 3 ribs.", "fracture"),
        ("Both ankles swell and ache by teatime.", "joint-pain"),
        ("Peeing so many times I gave up counting.", "high-blood-sugar"),
        ("Woke very groggy after the new tablet.", "mental-status-change"),
        ("The soles of my feet burn on the pavement.", "hand-foot-syndrome"),
        ("My left calf is tight and swollen.", "calf-swelling"),
        ("There's a ringing that comes and goes.", "hearing-changes"),
        ("Feet have puffed right up in the heat.", "swelling"),
        ("Another small fit after tea, a few seconds only.", "seizure"),
        ("The consultant thinks the tumour is causing the fits.", "seizure"),
    ],
)
def test_round_51_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a bone that is broken is broken now, whatever day she fell
        ("Tripped on Saturday and my ankle is broken.", "fracture", "present"),
        ("Broke my ankle on Saturday, mending fine.", "fracture", "historical"),
        # gone, or not gone
        ("I've stopped throwing up at last.", "vomiting", "negated"),
        ("She hasn't stopped vomiting since lunch.", "vomiting", "present"),
        # what a medicine can give is what it may give
        ("The nurse said the new drip can give you a headache.", "headache", "hypothetical"),
        # a visitor from her class is the one told of, not the writer
        ("Pat from my pilates class came by, she has had vertigo for a week.", "dizziness",
         "family"),
        # a friend's remark of how she looks is hers; a mate's broken ribs are his
        ("My friend Dave said 'you look shattered'.", "fatigue", "present"),
        ("My best mate cracked 3 ribs at the rugby.", "fracture", "family"),
        # round 51's review: what some people get, what a drug can make happen, a risk, what
        # she was warned of, the one beside her on the ward
        ("The physio said some people get dizzy after the stretches.", "dizziness",
         "hypothetical"),
        ("The pharmacist said the steroids can make you feel sick.", "nausea", "hypothetical"),
        ("A fracture is one of the risks with the bone mets, he said.", "fracture",
         "hypothetical"),
        ("The nurse warned me diarrhoea comes with this one.", "diarrhea", "hypothetical"),
        ("The man next to me at chemo was coughing all morning.", "cough", "family"),
        # the writer well herself after someone else's trouble; "her mother" names no one she
        # cares for
        ("Brenda has been having panic attacks since her mother died. Me, I've been calm.",
         "anxiety", "family"),
        ("Yvonne at choir had a dreadful rash on her arms. I'm fine, nothing like that.",
         "rash", "family"),
    ],
)  # fmt: skip
def test_round_51_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


def test_a_long_entry_is_read_whole():
    """Who writes a note of 5,000 characters or fewer is known to its last line: the carer's
    own sleepless night at the end of an entry he opened as hers."""
    day = " ".join(f"{hour}am she had a cup of tea and watched the birds." for hour in range(1, 13))
    text = f"Owen writing for Bethan. {day} As for me, I didn't sleep a wink."
    assert len(text) > 600
    assert ("difficulty-sleeping", "family") in found(text)


def test_a_leading_comma_is_not_part_of_the_mention():
    text = "Grey all day, brought up my lunch."
    mention = next(m for m in tagging.tag(text) if m.symptom == "vomiting")
    assert mention.text == "brought up my lunch"


@pytest.mark.parametrize(
    "text",
    [
        # a class, not a racing heart ("tai" and "chi" are no halves of "tachy")
        "Tai chi in the park with the girls this morning.",
        # someone else's hair, told of as hers; a father's memory
        "My aunt lost all her hair with the old chemo.",
        "Visited Grandad, his memory is going fast.",
        # round 51's review: a bird seen, a port flushed, a nuisance
        "Spotted a kingfisher by the canal.",
        "Port flushed fine at the clinic.",
        "Bins not collected again, what a pain!",
    ],
)
def test_round_51_everyday_words_are_not_her_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
