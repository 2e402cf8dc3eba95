"""Round 22 (docs/note-reader.md, "Round 22"): whose symptom it is in a chat copied into the
diary, and everyday shapes from round21m. Each sentence is one no evaluation note contains."""

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
        ("Kath (14:10): I've still got the runs, day 3\nme (14:12): oh no. I've a sore "
         "throat, no runs here", "diarrhea", "family"),
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
        # a speaker telling of her, not of himself
        "Dave: Mum's had a seizure, I'm with her\nme: on my way",
        # a form, not a chat
        "Pain: 6/10 in my hip\nSleep: awful, up four times",
    ],
)
def test_lines_without_a_chat_with_me_keep_their_reading(text):
    assert all(said == "present" for _, said in found(text))


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My son says I've been acting weird all week.", "mental-status-change"),
        ("Gran ain't acting right since the new patch.", "mental-status-change"),
        ("It took her ages to wake me this morning.", "mental-status-change"),
        ("She's struggling to find her words tonight.", "speech-problems"),
        ("Ache high up in my stomach after dinner.", "upper-abdominal-pain"),
        ("That sickly feeling again after the tablets.", "nausea"),
        ("Woke at 4 and couldn't drop off again.", "difficulty-sleeping"),
        ("My memory is like a sieve this week.", "memory-problems"),
        ("Couldn't face my breakfast at all.", "loss-of-appetite"),
        ("Squits again since lunch.", "diarrhea"),
        ("chucked up twice after tea", "vomiting"),
        ("Sweats all night, pyjamas soaked.", "hot-flashes"),
        ("Puffing a bit on the hill by the church.", "shortness-of-breath"),
    ],
)
def test_round_22_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council tax form is a proper headache this year.",
        "The new neighbour is a pain in the backside about the hedge.",
        "Absolutely spewing that the match was called off.",
        "My heart skipped a beat when the phone rang, but it was only the garage.",
        "Counts still too low for chemo this week.",
        "Dad was puffing on a cigar in the garden again.",
    ],
)
def test_round_22_idioms_are_not_symptoms(text):
    assert found(text) == []


def test_a_misspelt_couldnt_still_reads_as_one():
    """ "coudnt slepe": the idiom list's words must not take a misspelling of "couldnt"."""
    assert ("difficulty-sleeping", "present") in found("coudnt slepe last night")


def test_watching_for_a_symptom_is_hypothetical():
    assert ("fever", "hypothetical") in found("Daughter has strep so I'm watching for a fever.")


@pytest.mark.parametrize(
    ("text", "symptom", "said"),
    [
        ("The leaflet lists nausea, hair thinning and tiredness.", "nausea", "hypothetical"),
        ("Sheet for the new drip warns about jaw pain and fevers.", "jaw-pain", "hypothetical"),
        ("Nurse asked any cough, rash or diarrhoea? no, no and no.", "rash", "negated"),
        ("Last cycle I had mouth ulcers for a week. This time fine.", "mouth-sores",
         "historical"),
        ("What's not normal is my legs going numb on the stairs today.", "leg-weakness",
         "present"),
        ("Think I've cracked a toe on the bed frame.", "fracture", "uncertain"),
        ("Fit? Not sure, my hand shook for a minute.", "seizure", "uncertain"),
        ("Been crying a lot since the results.", "depression", "present"),
    ],
)  # fmt: skip
def test_round_22_statuses(text, symptom, said):
    assert (symptom, said) in found(text)


def test_crying_with_laughter_is_not_low_mood():
    assert found("We cried with laughter at the panto.") == []


def test_a_question_answered_yes_keeps_its_items():
    assert ("cough", "negated") not in found("Nurse asked any cough? yes, a bit, no and no.")


@pytest.mark.parametrize(
    "text",
    [
        # review of round 22's shapes on everyday sentences (docs/note-reader.md)
        "Our rabbit has the squits again, off to the vet.",
        "The whole class has got the skitters this week.",
        "Kept seeing things I liked in the antique shop.",
        "You'll be seeing things you won't believe at the carnival.",
        "My cousin is worried about her driving test on Friday.",
        "The toaster is acting weird again, burning one side.",
        "Puffing Billy steam train trip with the kids today.",
    ],
)
def test_round_22_shapes_pass_over_everyday_sentences(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom", "said"),
    [
        # a carer's note (her chemo, Mum): the writer's own symptom is the carer's
        ("Mum was sick twice after her chemo. I've been exhausted myself.", "fatigue",
         "family"),
        # ... and a pain of the writer's is asked (severe pain of any kind is a red flag)
        ("Mum was sick twice after her chemo. I've got a thumping headache myself.", "headache",
         "uncertain"),
        ("My husband's temp was 38.2 after his infusion, and I'm exhausted.", "fatigue",
         "family"),
        # a red flag in the writer's words is asked, in case it is hers after all
        ("Mum's cycle 3 of her chemo starts Monday. I was short of breath on the stairs.",
         "shortness-of-breath", "uncertain"),
        # the patient's note (my chemo): a third person's clause is theirs
        ("Round 2 of my chemo today. Tanya in the next chair has been coughing all day.",
         "cough", "family"),
        ("My counts are low. She's had a rash herself since Sunday, my sister.", "rash",
         "family"),
    ],
)  # fmt: skip
def test_who_writes_the_note_says_whose_symptom(text, symptom, said):
    assert (symptom, said) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the carer's subject is the one cared for: "My wife Linda"
        ("My wife Linda spiked a temp of 38.6 after her chemo.", "fever"),
        # the patient's own words in her note
        ("My chemo was delayed. I've been coughing all night.", "cough"),
        # a note that does not say who writes it keeps its reading
        ("Dougie has a cold. I've got a sore head.", "headache"),
    ],
)
def test_the_patients_own_symptom_stays_hers(text, symptom):
    assert (symptom, "present") in found(text)
