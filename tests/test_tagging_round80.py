"""Round 80 (docs/note-reader.md, "Round 80"): sex, body image, periods and the menopause,
Tongan and Fijian voices, Highlands and Western Isles English; notes written in the waiting room
or during an infusion, Armenian and Georgian speakers, Baltimore English. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Temp 38.4 in the chair, they stopped and called the doctor.", "fever"),
        ("Temp 38.6 so they stopped the infusion.", "fever"),
        ("Appetite is not so great this week, only soup.", "loss-of-appetite"),
        ("The muscles in my back are aching from the coughing.", "muscle-pain"),
        ("Backed up again, day 5, the morphine.", "constipation"),
        ("I'm all backed up from the oxy.", "constipation"),
        ("My ears feel blocked since the chemo.", "hearing-changes"),
        ("Eyelashes all gone now, eyebrows going too.", "hair-loss"),
        ("Tummy is bruised where the nurse injected it.", "injection-site-reaction"),
        ("Her face on the right side is a bit droopy.", "facial-numbness"),
        ("Intimate time is painful since the letrozole.", "vaginal-dryness"),
        ("The nurse says I'm dry and sore down there from the tablets.", "vaginal-dryness"),
        ("I cry all day for no reason.", "depression"),
        ("Sleep still terrible, up at 3 every night.", "difficulty-sleeping"),
        ("No nausea, chills or vomiting, but the headache is back.", "headache"),
        ("Lookin back: lost my hair in the spring, back pain since Monday is the worst yet.",
         "back-pain"),
        # the review's: red flags she has now keep their reading
        ("Headache used to be little, this week very strong and I vomit in morning.", "headache"),
        ("Pain in the ribs used to be a 4. It's 9 and I can't breathe deep.", "bone-pain"),
        ("Mums confusion used to clear by breakfast. Not anymore.", "confusion"),
        ("Looking back over the week: chest pain every day, breathless on the stairs, legs weak.",
         "chest-pain"),
        ("Looking back: I've had a fever since Tuesday and it's 38.4 today.", "fever"),
        ("no fever, no chills, chest pain and breathless since lunch", "chest-pain"),
        ("No chills, legs weak and wobbly since yesterday.", "leg-weakness"),
        ("No fever, sweats, seizure at 10am lasted 3 mins.", "seizure"),
        ("No rash, no bruising, back pain and leg weakness getting worse", "back-pain"),
        ("Back pain now gone down both legs.", "back-pain"),
        ("Numbness in my toes now gone up to my knees.", "neuropathy"),
        ("Son's got a cold now, fever 38.2 for me since last night.", "fever"),
        ("My son has got covid, we've both got a high temperature.", "fever"),
        ("Woman across from me passed me a tissue, coughing up blood again.", "coughing-up-blood"),
        ("Muscles between my ribs are sore when I breathe.", "chest-pain"),
        ("The new tablets have made me cough all night.", "cough"),
        ("Dad (male breast ca, on letrozole + palbo) admitted today his knees are stiff and sore.",
         "joint-pain"),
    ],
)  # fmt: skip
def test_round_80_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("No fever, chills or cough today.", "cough", "negated"),
        ("The rash on my arms last month, now is gone.", "rash", "negated"),
        ("Looking back: lost my hair in the spring, dropped 15 pounds over the summer.",
         "weight-loss", "historical"),
        ("The lady across from me was coughing all through the drip.", "cough", "family"),
        ("My husband's got the flu now, coughing all night.", "cough", "family"),
        ("Not puffed at all on the hill today!", "shortness-of-breath", "negated"),
        ("If my calcium goes up again I'm to ring.", "hypercalcemia", "hypothetical"),
        # the review's: a doubt of whether she has it stays a doubt
        ("Not sure if i have a temperature could be from sitting by the fire.", "fever",
         "uncertain"),
        ("Maybe a bit confused could be from the infection.", "confusion", "uncertain"),
        ("Vomiting stopped and got some toast down.", "vomiting", "negated"),
        ("The woman across from me is in an awful way, coughing up blood into a bowl all night.",
         "coughing-up-blood", "family"),
    ],
)  # fmt: skip
def test_round_80_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The scan says the spots make the bones weak, so I'm to be careful on stairs.",
        "They had me cough so the port would draw.",
        # the review's: nothing of hers
        "Backed up my laptop.",
        "I'm backed up with paperwork.",
        "My calcium went up a bit but it's normal now.",
        "I was really sleepy last week but better now.",
        "Red where he stuck me with a fork at dinner, lol.",
        "A vomiting bug has gone through the whole office, half of accounts are off.",
    ],
)  # fmt: skip
def test_round_80_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the review's: not these
        ("Love is painful when they're far away.", "vaginal-dryness"),
        ("Intimacy is painful for us both emotionally since the diagnosis.", "vaginal-dryness"),
        ("Her calcium's been high before, I know the signs.", "hypercalcemia"),
    ],
)  # fmt: skip
def test_round_80_not_read_as(text, symptom):
    assert symptom not in {m[0] for m in found(text) if m[1] == "present"}
