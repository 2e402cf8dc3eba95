"""Round 31 (docs/note-reader.md, "Round 31"): symptom words of other languages inside English
notes (never in a note written in another language), Nigerian Pidgin, a question answered
"not at all", and words round30g and round30h used. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Fiebre since Tuesday night and the chills won't quit.", "fever"),
        ("Dolor de cabeza again after the infusion.", "headache"),
        ("So mareada when I got out of the car.", "dizziness"),
        ("Lagnat this afternoon so I rang the unit.", "fever"),
        ("Nahihilo when I stand up too fast.", "dizziness"),
        ("Sir dard since the morning, behind my eyes.", "headache"),
        ("Chakkar aa rahe since lunch, had to sit.", "dizziness"),
        ("Pen tost all afternoon, took two paracetamol.", "headache"),
        ("Tau tung after the radiotherapy today.", "headache"),
        ("Neend nahi last night, up till four.", "difficulty-sleeping"),
        ("Mou wai hau again, only managed some congee.", "loss-of-appetite"),
    ],
)
def test_words_of_other_languages_in_an_english_note_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hoy tengo fiebre y me duele la cabeza desde ayer.",
        "Masakit ang ulo ko kagabi pero okay na ako ngayon.",
        "Aaj bahut bukhar hai aur sar mein dard bhi hai.",
        "Dw i wedi blino'n lân heddiw ac mae pen tost gyda fi.",
    ],
)
def test_a_note_written_in_another_language_is_left_unlabelled(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Walang lagnat today, salamat.", "fever", "negated"),
        ("Bukhar nahi hai today, thank God.", "fever", "negated"),
        ("Mou tau tung today, first time this week.", "headache", "negated"),
        ("Mi hermana has a fever, so she's staying home.", "fever", "family"),
        ("Vomiting? Not even once since Monday.", "vomiting", "negated"),
        ("Dizzy? Me? Not at all, walked the whole market.", "dizziness", "negated"),
        ("Cough: nane, thank goodness.", "cough", "negated"),
        ("Headache a bit sore maybe? Hard to say.", "headache", "uncertain"),
        ("The fall last week has left me with a cracked rib.", "fracture", "present"),
        ("Had bronchitis back in '18 and was short of breath for months.",
         "shortness-of-breath", "historical"),
        ("The nausea is away now, thank God.", "nausea", "negated"),
        ("Night: no sweats at all.", "hot-flashes", "negated"),
        ("Nurse went through the list: any fever, rash or chest pain and I'm to ring.",
         "chest-pain", "hypothetical"),
        ("Doctor says any blood in my phlegm, go straight in.", "coughing-up-blood",
         "hypothetical"),
        ("Doctor says any pain in my back is the bone mets.", "back-pain", "present"),
    ],
)  # fmt: skip
def test_round_31_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("I no fit breathe well since morning.", "shortness-of-breath"),
        ("I no fit hold my wee at all today.", "bladder-bowel-control"),
        ("My head dey bang me since yesterday.", "headache"),
        ("Heart dey beat fast fast when I lie down.", "palpitations"),
        ("Bone don crack for my arm, na the mets.", "fracture"),
        ("Muscles for my legs dey pain me well well.", "muscle-pain"),
        ("Pain for my upper belly all night.", "upper-abdominal-pain"),
        ("My legs decided to quit on the stairs.", "leg-weakness"),
        ("Numb patches on my thighs since Sunday.", "leg-weakness"),
        ("Numb patches on my fingertips, couldn't do my buttons.", "neuropathy"),
        ("Husband says I've been acting real strange all day.", "mental-status-change"),
        ("Drowsy all afternoon and tough to wake.", "mental-status-change"),
        ("She didn't know what month or what year it was.", "confusion"),
        ("Woke at three and hadn't a notion where I was.", "confusion"),
        ("Had trouble getting my words out on the phone.", "speech-problems"),
        ("I can't find the right word half the time.", "speech-problems"),
        ("Had a wee fit after tea, Davie timed it.", "seizure"),
        ("Wet my knickers in the queue at the post office.", "bladder-bowel-control"),
        ("I brought up my breakfast twice.", "vomiting"),
        ("Thirsty all day no matter how much I drink.", "high-blood-sugar"),
        ("Drinking jug after jug of squash.", "high-blood-sugar"),
        ("My heart was going like the clappers at 3am.", "palpitations"),
        ("Had the Zoladex. Tummy sore where it went in.", "injection-site-reaction"),
        ("Shot site on my thigh is red and itchy.", "injection-site-reaction"),
        ("Felt down all evening.", "depression"),
        ("Four loose ones since lunch.", "diarrhea"),
        ("Night: sweats, changed the sheets.", "hot-flashes"),
        ("My right calf started aching on the walk home.", "calf-swelling"),
        ("Coughed up phlegm tinged with blood.", "coughing-up-blood"),
        ("The pounding in my head won't ease.", "headache"),
    ],
)
def test_round_31_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The printer's been acting real strange all week.",
        "Auntie's not the same person since she won the raffle.",
        "Our Callum is tough to wake up on school mornings.",
        "Got off at the wrong stop and hadn't a notion where I was.",
        "Poor Gareth had trouble getting the words out in his speech.",
        "I can't find the right word for how grateful I am.",
        "I nearly peed my pants laughing at the panto.",
        "The kids brought up my tea on a tray.",
        "Three loose ones in Maya's mouth now.",
        "Rex felt down all day after the cat moved out.",
        "Tom was sweating a lot after mowing the lawn.",
        "Got a splinter out of Lily's thumb, still sore where it went in.",
        "She's a sight for sore eyes after the long drive.",
        "Sweat running down my back after the hill walk, lovely day.",
        "Must bring the blood form to the clinic on Friday.",
        "I no fit reach the top shelf without the stool.",
        "E no be herself, that blouse, the tailor cut it wrong.",
    ],
)
def test_round_31_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_not_too_bad_grades_a_pain_it_does_not_deny_it():
    assert ("pain", "negated") not in found("Pain? Not too bad today.")
