"""Round 61 (docs/note-reader.md, "Round 61"): late-night notes on strong painkillers and
steroids, Indian English from Kerala and Punjab, Arabic speakers in the Gulf; young adults
writing as on social media, Nigerian and Ghanaian Pidgin, Haitian and Caribbean Creole speakers.
Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Since Sunday I am not taking food, only juice.", "loss-of-appetite"),
        ("She no gree chop since morning.", "loss-of-appetite"),
        ("My mouth has tiny wounds on the tongue.", "mouth-sores"),
        ("I get sores for my mouth again.", "mouth-sores"),
        ("My hair dey comot for the comb.", "hair-loss"),
        ("After the drip I feel confuse.", "confusion"),
        ("Very weak and confuse little bit today.", "confusion"),
        ("I am passing urine again and again since the steroid.", "high-blood-sugar"),
        ("Going to the toilet every hour tonight.", "high-blood-sugar"),
        ("Peeing so often since the steroids.", "high-blood-sugar"),
        ("Drinking so much water since Monday.", "high-blood-sugar"),
        ("Drinking water all the time, mouth like sand.", "high-blood-sugar"),
        ("I drink water like a fish these days.", "high-blood-sugar"),
        ("They check am, sugar e high.", "high-blood-sugar"),
        ("My sight it is blur this morning.", "vision-problems"),
        ("I am so scare about tomorrow.", "anxiety"),
        ("Before the scan I dey fear.", "anxiety"),
        ("Since the results I dey sad.", "depression"),
        ("Results on Friday, tension is there.", "anxiety"),
        ("Ma mind dey race all night.", "anxiety"),
        ("Three days and no motion.", "constipation"),
        ("She is not passing stool since Friday.", "constipation"),
        ("The cough no gree me sleep.", "difficulty-sleeping"),
        ("I no fit sleep at all since Tuesday.", "difficulty-sleeping"),
        ("Keep forgetting the words when I talk.", "speech-problems"),
        ("The heart skip beat again on the stairs.", "palpitations"),
        ("She faint in the kitchen this morning.", "palpitations"),
        ("Some pain in neck since I woke.", "back-pain"),
        ("Redness on my palms again this cycle.", "hand-foot-syndrome"),
        ("Skin peeling from the soles since Sunday.", "hand-foot-syndrome"),
        ("Ache on the right upper side of my tummy.", "upper-abdominal-pain"),
        ("My upper tummy on the right dey pain me.", "upper-abdominal-pain"),
        ("A ringing sound in my ears all day.", "hearing-changes"),
        ("Walking like a drunk since Tuesday.", "balance-problems"),
        ("One tooth is wobbling at the back.", "jaw-pain"),
        ("I keep forgetting silly things, the keys, the kettle.", "memory-problems"),
        ("My face one side dey drop since morning.", "facial-numbness"),
        ("My breath dey cut when I climb.", "shortness-of-breath"),
        ("Na so sweat for night again.", "hot-flashes"),
        ("Ma legs no dey hold me this morning.", "leg-weakness"),
        ("I tire since the chemo.", "fatigue"),
        ("The steroids are making me lose weight.", "weight-loss"),
        ("I no fit concentrate for class.", "memory-problems"),
        ("She dey talk like she no know where she dey.", "confusion"),
        ("Some trouble to breathe on the stairs today.", "shortness-of-breath"),
        ("Red and hurting where the needle go, the belly one.", "injection-site-reaction"),
        ("My left calf is big and red tonight.", "calf-swelling"),
        # the cause of one she points at is asked
        ("Is this rash from the new cream?", "rash"),
        # a doubt that follows tells of its own symptom
        ("Felt dizzy in the bath, might be the heat? also maybe a headache coming??",
         "dizziness"),
    ],
)  # fmt: skip
def test_round_61_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # answered after a dash, or "nope all good"
        ("Nurse asked about chest pain, fever, any fits - none of that.", "chest-pain",
         "negated"),
        ("Doctor asked if my legs were weak, and nope all good.", "leg-weakness", "negated"),
        ("Loose motions stopped, thank God.", "diarrhea", "negated"),
        ("No redness on the palms this cycle.", "hand-foot-syndrome", "negated"),
        ("No blood inside the phlegm today.", "coughing-up-blood", "negated"),
        ("No swelling for the injection place this week.", "injection-site-reaction",
         "negated"),
        # past
        ("Had a fever on the weekend, fine now.", "fever", "historical"),
        # feared and warned of
        ("The nurse said call if fever, fits, or bleeding.", "seizure", "hypothetical"),
        ("The doctor said brain spots can cause fits.", "seizure", "hypothetical"),
        ("If my breath dey cut, I go hospital.", "shortness-of-breath", "hypothetical"),
        # others'
        ("My aunt lost her hearing on the same drug.", "hearing-changes", "family"),
        ("My cousin, her leg swell one side before they found the clot.", "calf-swelling",
         "family"),
        ("My grandma had urine blocked at the end.", "bladder-bowel-control", "family"),
        ("My sister said his calf was big and red before the clot.", "calf-swelling",
         "family"),
        # a doubt of the symptom: still asked
        ("I no sure if she dey confuse today.", "confusion", "uncertain"),
        ("Eyes look yellowish in the mirror? might be the light.", "jaundice", "uncertain"),
        ("Was I confused last night? maybe I was tired", "confusion", "uncertain"),
        ("Coughed up red stuff this morning?? might be the beetroot juice", "coughing-up-blood",
         "uncertain"),
        # a relative's "no be herself", as "is not herself"; a grown daughter's asked (below)
        ("My daughter no be herself since morning.", "mental-status-change", "uncertain"),
        ("My sister no be herself since her husband died.", "mental-status-change", "family"),
        # a grown daughter, or a flatmate, named by a writer with no word of his own: asked
        ("Ma daughter say she no fit catch her breath. We dey go hospital.",
         "shortness-of-breath", "uncertain"),
        ("My girlfriend has had pain under her right ribs all day.", "upper-abdominal-pain",
         "uncertain"),
        # ... and not when the writer tells of himself, nor of a child
        ("My daughter has the flu and a fever of 39 so I'm keeping away from her.", "fever",
         "family"),
        ("My daughter has chest pain and keeps calling me", "chest-pain", "family"),
        ("My daughter (7) has a temperature of 39.", "fever", "family"),
        ("My girlfriend Sue has had chest pain all week, I told her to see her GP.",
         "chest-pain", "family"),
    ],
)  # fmt: skip
def test_round_61_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        "I no fit even button my shirt.",
        "She no fit wake early for church.",
        "All the paperwork would confuse anyone.",
        "We can't settle on a colour for the hall.",
        "The queue was so long I almost faint, joking.",
        "Ringing sounds from the smoke alarm all night.",
        "I stopped eating meat last year.",
        "Dietitian said to drink water every time I take the tablet.",
        "The bra fits, thankfully.",
        "He gets fits of crying at bedtime, the toddler.",
        "My teeth were shaking with the cold at the bus stop.",
        "The hair will fall more, the nurse warned.",
        # the review's
        "Upper belly no dey pain.",
        "Tried the new wig on, fits, and looks natural.",
        "The wig I got fits well.",
        "I get fits and starts of sleep.",
        "I no know where she dey since morning, she no pick phone.",
        "I am drinking so much water to flush the chemo out.",
        "Drinking water all the time because of the heat.",
        "Fasting for Ramadan so not taking food in the day.",
        "She no dey chop meat again, she wan be vegetarian.",
        "I stopped eating grapefruit because of the tablets.",
        "The steroids won't make me lose weight.",
        "I've lost my hearing aid again.",
        "There's a buzzing noise in the fridge.",
        "The smoke alarm made a ringing sound all night.",
        "Sang at church but forgot the words to the second verse.",
        "I faint at the sight of blood.",
        "Her left arm has no motion.",
        "Some tension is there in my shoulders.",
        "The two boxes look alike and confuse me every morning.",
        "I tire of people asking how I am.",
        "Ella's front tooth is wobbling, first one!",
    ],
)
def test_round_61_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Had a massage, shoulders sore where she went deep on the knots.",
         "injection-site-reaction"),
        ("I go to the toilet many times for loose motion.", "high-blood-sugar"),
    ],
)  # fmt: skip
def test_round_61_other_readings_are_not_these(text, symptom):
    assert symptom not in {slug for slug, _ in found(text)}


@pytest.mark.parametrize(
    "text", ["No fit since Tuesday.", "No fit even once this week, thank God.", "No fit still."]
)
def test_round_61_no_fit_before_a_time_is_a_fit_denied(text):
    assert ("seizure", "negated") in found(text)


def test_round_61_pidgin_cannot_reads_no_seizure():
    assert "seizure" not in {slug for slug, _ in found("I no fit wake am well, ambulance coming.")}


def test_round_61_a_flatmate_named_alone_is_asked_not_dropped():
    assert ("seizure", "uncertain") in found(
        "Ma roommate get seizure for bed, e take like 2 minutes."
    )
