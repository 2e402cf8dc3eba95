"""Round 67 (docs/note-reader.md, "Round 67"): readings from devices at home and a virtual ward,
German, Austrian and Dutch speakers, a son far away; women with brain metastases and a partner
who corrects the record, the mouth and the gut, Persian and Hebrew speakers. Each sentence is one
no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("She has problems with speech since the weekend.", "speech-problems"),
        ("Some trouble with vision in the left eye.", "vision-problems"),
        ("On the telephone I hear badly now.", "hearing-changes"),
        ("I notice dryness of the vagina since the letrozole.", "vaginal-dryness"),
        ("The left corner of her mouth droops in the photo.", "facial-numbness"),
        ("Her mouth on right side is hanging down a little.", "facial-numbness"),
        ("More hair came out in the comb this morning.", "hair-loss"),
        ("Went upstairs and forgot what I came for.", "memory-problems"),
        ("I forgot my tablets again this week.", "memory-problems"),
        ("A sore on the inside of my lip, very painful with salt.", "mouth-sores"),
        ("Dashing to the toilet all afternoon.", "diarrhea"),
        ("The eye doctor says she lost part of her vision.", "vision-problems"),
        ("No more trouble since the fit in March, thank God.", "seizure"),
        ("Her last fit frightened the children.", "seizure"),
        ("I feel lonely and sad this evening.", "depression"),
        ("Much nervousness before the MRI.", "anxiety"),
        ("After the seizure she can't talk for about 2 minutes.", "speech-problems"),
        ("Up at 3am and didn't seem to know where she was.", "confusion"),
        ("Can't get up out of a low chair any more.", "leg-weakness"),
    ],
)  # fmt: skip
def test_round_67_shapes_are_read(text, symptom):
    assert symptom in dict(found(text))


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Nausea I do not have, only tiredness.", "nausea", "negated"),
        ("Headache I have not had.", "headache", "negated"),
        ("Fever or cough: no. Rash: yes.", "fever", "negated"),
        ("Nausea or vomiting: no.", "nausea", "negated"),
        ("I am afraid I could also get a seizure like her.", "seizure", "hypothetical"),
        ("I am nervous for the scan next week on Friday.", "anxiety", "present"),
        ("Legs feel sort of numb this evening.", "leg-weakness", "uncertain"),
    ],
)  # fmt: skip
def test_round_67_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # what the round's shapes must not read
        ("My hair came out lovely at the hairdresser.", "hair-loss"),
        ("I feel sad for her, she has had a hard year.", "depression"),
        ("I forgot my glasses at the clinic.", "memory-problems"),
        ("Running to the shop before it closes.", "diarrhea"),
        ("I can't speak for myself, I'm just too tired.", "speech-problems"),
        # the review's
        ("I have trouble with speaking English so my son writes this.", "speech-problems"),
        ("Problem with seeing the doctor, no appointment until May.", "vision-problems"),
        ("I can't talk for 2 minutes without coughing.", "speech-problems"),
        ("The doctor didn't seem to know what was causing the pain.", "confusion"),
        ("Her last fit of coughing brought up blood.", "seizure"),
        ("The corner of my mouth is sore and cracked.", "facial-numbness"),
        ("The swelling in my mouth on the right side is going down.", "facial-numbness"),
        ("Running to the toilet to be sick.", "diarrhea"),
        ("Running to the toilet all night to wee.", "diarrhea"),
        ("My hair came out in lovely curls.", "hair-loss"),
        ("The pharmacy forgot my tablets again.", "memory-problems"),
        ("I am sad to say the headaches are back.", "depression"),
    ],
)  # fmt: skip
def test_round_67_what_it_does_not_read(text, symptom):
    assert symptom not in dict(found(text))


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the first named, then denied, only where the denial ends there
        ("Pain I do not have the words for, it is awful.", "pain"),
        ("I do not have a cough but the chest pain is bad.", "chest-pain"),
        # the review's: a red flag worse than before, or back, is no denial; colleagues who
        # see her; a symptom she "can also get"; an answer that is no bare no
        ("Headache I have not had this bad before.", "headache"),
        ("Chest pain I did not have since Monday, but today it is back.", "chest-pain"),
        ("The whole office heard me coughing up blood.", "coughing-up-blood"),
        ("Everyone at work could see I was confused.", "confusion"),
        ("I can also get chest pain when I climb the stairs.", "chest-pain"),
        ("Seizure and confusion - no idea what happened, husband found me on the floor.",
         "seizure"),
        ("Headache or vomiting: no change, still every morning.", "headache"),
        ("I feel sad for no reason.", "depression"),
        ("I feel sad that the chemo is not working.", "depression"),
    ],
)  # fmt: skip
def test_round_67_what_stays_present(text, symptom):
    assert (symptom, "present") in found(text)


def test_round_67_a_plain_denial_still_denies():
    assert ("cough", "negated") in found("I DO NOT HAVE A COUGH.")


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Problems with speech or vision: none.", "speech-problems"),
        ("Nausea or vomiting: no.", "nausea"),
    ],
)  # fmt: skip
def test_round_67_an_item_answered_with_the_next(text, symptom):
    assert (symptom, "negated") in found(text)


def test_round_67_a_story_s_next_day_is_still_past():
    assert ("vomiting", "historical") in found("The next day on Tuesday I vomited all day.")
