"""Round 76 (docs/note-reader.md, "Round 76"): notes written while travelling for treatment,
Hmong speakers, Orkney and Shetland voices; replies to the care team's weekly check-in, symptoms
graded in her own words, Albanian and Kosovar speakers, Boston English. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Couldnt fall asleep till gone 3 again.", "difficulty-sleeping"),
        ("Struggling to fall asleep since the steroids.", "difficulty-sleeping"),
        ("The legs they are not holding me today.", "leg-weakness"),
        ("On the stairs the right leg it gave way.", "leg-weakness"),
        ("I want to say the name but the words they don't come.", "speech-problems"),
        ("Grandma acting strange today, she laugh at nothing.", "mental-status-change"),
        ("Since this morning Mum not know me.", "confusion"),
        ("She can't hold her pee any more, the bed is wet.", "bladder-bowel-control"),
        ("Shu wis oot o breath on da stair.", "shortness-of-breath"),
        ("Shu wet hersel on da bus.", "bladder-bowel-control"),
        ("Woke at 3 with no idea where I was, took a while.", "confusion"),
        ("My heart beat very fast when I lie down.", "palpitations"),
        ("Carsick the whole way to the clinic.", "nausea"),
        ("Her head spinning when she stands up.", "dizziness"),
        ("Four days no poop, the tablets bind me.", "constipation"),
        ("Down below so dry since the injections.", "vaginal-dryness"),
        ("In the shop I pass out, people help me.", "palpitations"),
        ("I eat very little this week.", "loss-of-appetite"),
        ("Three wounds in my mouth from the chemo.", "mouth-sores"),
        ("Mama feels hot like fire tonight.", "fever"),
        ("Bowels are sluggish again.", "constipation"),
        ("Seeing everything double since lunch.", "vision-problems"),
        ("Her face on the right side is drooping.", "facial-numbness"),
        ("She is talking slow tonight.", "speech-problems"),
        ("Her balance is a little off this week.", "balance-problems"),
        ("Skin on my chest turning red and sore from the rads.", "rash"),
        ("The site on my thigh is still lumpy from Friday's jab.", "injection-site-reaction"),
        ("There's a sore that won't heal on my gum.", "jaw-pain"),
        ("Drowsy and hard tae rouse this evening.", "mental-status-change"),
    ],
)  # fmt: skip
def test_round_76_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # Shetland "da" is "the", not a dad
        ("Da pain in my back is no better. Dunna want ta tell da bairns.", "back-pain",
         "present"),
        # who writes says so
        ("This is Tou, husband of Mai. She is burning up tonight.", "fever", "present"),
        ("I write for my mother. She have chest pain since morning.", "chest-pain", "present"),
        # told to the writer: still the one cared for
        ("Writing for my aunt. Today she tell me the left leg is weak.", "leg-weakness",
         "present"),
        # a first one, dated
        ("Had my first seizure in June when they found the spot.", "seizure", "historical"),
        # a nurse's list of what to ring for
        ("The nurse said call right away for chest pain, a fever or legs going weak.",
         "chest-pain", "hypothetical"),
        # other women at a group
        ("At the group one of the ladies said she had a fit last week.", "seizure", "family"),
        ("Woman in the next room had a fever all night.", "fever", "family"),
    ],
)  # fmt: skip
def test_round_76_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the one she has now is hers
        ("They said call right away for the chest pain I have now.", "chest-pain", "present"),
        ("The tablets can make diarrhea worse than I have now.", "diarrhea", "present"),
        # a condition stays one
        ("Onc says if I get a temp over 38 I go straight in.", "fever", "hypothetical"),
        ("Doctor said if the back pain ever comes with numb legs or trouble peeing I'm to go "
         "straight in.", "bladder-bowel-control", "hypothetical"),
        # Irish "Da" is still a dad
        ("Me da has a bad cough this week.", "cough", "family"),
        # a third fit in days is now
        ("Third fit in two days, ringing the team.", "seizure", "present"),
        ("Third fit in her sleep, the carer found her.", "seizure", "present"),
        # the review's: red flags she has now keep their reading
        ("Mum gasping, I think she dies if nobody comes.", "shortness-of-breath", "present"),
        ("Mum having fits, we thought she might die.", "seizure", "present"),
        ("Walking upstairs it can make my breathlessness really bad.", "shortness-of-breath",
         "present"),
        ("I had to call right away for help, chest pain and I could not breathe.", "chest-pain",
         "present"),
        ("I will ring straight away about the chest pain, it is getting worse.", "chest-pain",
         "present"),
        ("Phone at once for the ambulance, Mum is confused and slurring.", "confusion",
         "present"),
        ("Told one of the ladies at reception I have chest pain.", "chest-pain", "present"),
        ("Another lady gave up her seat on the bus, chest pain and dizzy.", "chest-pain",
         "present"),
        ("I write for my doctor to read: I have chest pain since morning.", "chest-pain",
         "present"),
        ("I write for my daughter to see later. I am short of breath all day today.",
         "shortness-of-breath", "present"),
        ("This is Mai, daughter of Yer. My back pain is worse, I cannot sleep.", "back-pain",
         "present"),
        # the review's: an Irish dad, named with a capital
        ("Took Da home from Beaumont, Da very breathless today.", "shortness-of-breath",
         "family"),
        # a leaflet's instruction stays one, her own "I have" aside
        ("Leaflet says call 999 for chest pain i have it stuck on the fridge.", "chest-pain",
         "hypothetical"),
    ],
)  # fmt: skip
def test_round_76_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The accountant makes my head spin with all his jargon.",
        "Was up half the night with the baby teething.",
        # the review's: nothing of hers
        "The soup was hot like fire.",
        "My work-life balance is a bit off.",
        "I pass out the biscuits at group.",
        "I eat very little meat these days, never liked it.",
        "I won't fall asleep before midnight, I have to take the tablet at 12.",
        "It's hard ta wake up for da early ferry.",
        "The new nurse she not know me, first time she come.",
        "Got lost in Glasgow, no idea where I was and my phone died.",
        "I am talking slowly on purpose so the interpreter keeps up.",
        "Sorry my English, the words they don't come easy.",
        "The legs they are not holding water like before.",
        "My head spins thinking about money.",
    ],
)  # fmt: skip
def test_round_76_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
