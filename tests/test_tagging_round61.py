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
        ("I am passing urine again and again since the steroid.", "high-blood-sugar"),
        ("Going to the toilet every hour tonight.", "high-blood-sugar"),
        ("Drinking so much water since Monday.", "high-blood-sugar"),
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
        ("A ringing sound in the right ear all day.", "hearing-changes"),
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
        ("She no know where she dey this evening.", "confusion"),
        ("My daughter no be herself since morning, crying for nothing.", "mental-status-change"),
        ("Some trouble to breathe on the stairs today.", "shortness-of-breath"),
        ("Red and hurting where the needle go, the belly one.", "injection-site-reaction"),
        ("My left calf is big and red tonight.", "calf-swelling"),
        # the cause of one she points at is asked; a guess at a cause keeps it hers
        ("Is this rash from the new cream?", "rash"),
        ("Got this random itchy rash on my wrist?? might be the new soap", "rash"),
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
        # a grown daughter, or a flatmate, named by a writer with no word of his own: asked
        ("Ma daughter say she no fit catch her breath. We dey go hospital.",
         "shortness-of-breath", "uncertain"),
        ("My girlfriend has had pain under her right ribs all day.", "upper-abdominal-pain",
         "uncertain"),
        # ... and not when the writer tells of himself
        ("My daughter has the flu and a fever of 39 so I'm keeping away from her.", "fever",
         "family"),
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
    ],
)
def test_round_61_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


def test_round_61_no_fit_before_a_time_is_a_fit_denied():
    assert ("seizure", "negated") in found("No fit since Tuesday.")


def test_round_61_pidgin_cannot_reads_no_seizure():
    assert "seizure" not in {slug for slug, _ in found("I no fit wake am well, ambulance coming.")}


def test_round_61_a_flatmate_named_alone_is_asked_not_dropped():
    assert ("seizure", "uncertain") in found(
        "Ma roommate get seizure for bed, e take like 2 minutes."
    )
