"""Round 22 (docs/note-reader.md, "Round 22"): whose symptom it is in a chat copied into the
diary, and when the writer sets herself against someone named. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "said"),
    [
        ("[09:01] Nina: my knees are killing me today\n[09:03] me: mine are fine but I'm dizzy",
         "joint-pain", "family"),
        ("[09:01] Nina: my knees are killing me today\n[09:03] me: mine are fine but I'm dizzy",
         "dizziness", "present"),
        ("Kath (14:10): still got the runs, day 3\nme (14:12): oh no. I've a sore throat, no "
         "runs here", "diarrhea", "family"),
        ("Msg from Sue 8:15pm: how are you?\nme: headache all afternoon, bit sick\nSue: rest up",
         "headache", "present"),
    ],
)  # fmt: skip
def test_a_chat_speakers_lines_are_hers(text, symptom, said):
    assert (symptom, said) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no "me" among the speakers: the lines may all be about her
        "Pete: Mum's had a seizure on the sofa\nLou: on my way",
        # a form, not a chat
        "Pain: 6/10 in my hip\nSleep: awful, up four times",
    ],
)
def test_lines_without_a_chat_with_me_keep_their_reading(text):
    assert all(said == "present" for _, said in found(text))


@pytest.mark.parametrize(
    ("text", "symptom", "said"),
    [
        ("Jenny had a nosebleed at dinner. I've a bad headache myself.", "headache", "present"),
        ("Robbie has the runs after the curry. My own tummy is fine, just tired.", "diarrhea",
         "family"),
        ("Linda's got a rash on her arms, poor thing. Me, I'm just tired.", "rash", "family"),
        # a red flag said of someone named is asked, in case the name is hers
        ("Helen was very confused at teatime. I'm exhausted myself.", "confusion", "uncertain"),
        # from next door, or "he": someone else without the writer set against them
        ("Holly next door says she's got a bad headache too.", "headache", "family"),
        ("Jamie's got a rash on his legs so he's off school.", "rash", "family"),
    ],
)  # fmt: skip
def test_someone_named_beside_the_writer_is_someone_else(text, symptom, said):
    assert (symptom, said) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no word of the writer's own set against the name: a carer naming the patient
        "Helen's speech was slurred for twenty minutes after lunch. I wish to report it.",
        # the name is the patient's, given after "for"
        "Husband writing for Rosa. Rosa has been very confused today. I've a cold myself.",
    ],
)
def test_a_named_patient_keeps_her_symptoms(text):
    assert {said for _, said in found(text) if _ in ("speech-problems", "confusion")} == {"present"}
