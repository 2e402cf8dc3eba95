"""Round 87 (docs/note-reader.md, "Round 87"): notes after a phone or video consultation,
Estonian and Finnish speakers, Ozark and Arkansas English; a birthday, an anniversary or a
family celebration, Sindhi and Balochi speakers, New Zealand and Maori English. Each sentence is
one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Gran was acting real weird at tea, kept calling me by my aunt's name.",
         "mental-status-change"),
        ("She's been smothering of a night, has to sit up in the chair.", "shortness-of-breath"),
        ("Today breathing is worse.", "shortness-of-breath"),
        ("I feel down all week since the scan.", "depression"),
        ("Gran has been acting really odd since lunch.", "mental-status-change"),
        ("Two days no motion, tummy hard.", "constipation"),
        ("She did not know her own kitchen, kept opening the wrong doors.", "confusion"),
        ("Muscle pain in my legs after the walk.", "muscle-pain"),
        ("Drinking water all the time and still thirsty.", "high-blood-sugar"),
        ("My knees were aching all night.", "joint-pain"),
        ("I told the nurse I'm stopped up since Friday.", "constipation"),
    ],
)  # fmt: skip
def test_round_87_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # answers told as the people on the call gave them
        ("The GP asked on the phone, is there any chest pain. No and no.", "chest-pain",
         "negated"),
        ("Doctor asked if she has been wetting herself. She said yes, twice.",
         "bladder-bowel-control", "present"),
        ("Nurse asked: breathless? Mum said yes, on the stairs.", "shortness-of-breath",
         "present"),
        # what was not said is not absent
        ("I never told him my legs are weak.", "leg-weakness", "present"),
        # a day gone by, then better
        ("Headache Sunday, fine now.", "headache", "historical"),
        # whose
        ("The doctor said: the cough of my husband is only a cold.", "cough", "family"),
        ("At my cousin's engagement I had chest pain on the dance floor.", "chest-pain",
         "present"),
        ("No blood in cough today.", "coughing-up-blood", "negated"),
    ],
)  # fmt: skip
def test_round_87_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gravy was smothered in onions, lovely.",
        "My bad breath is worse since the mouth sores.",
        "I feel down the back of my leg for the lump every day.",
        "No motion sickness on the ferry this time.",
        "The dog's been acting real strange since the fireworks.",
        "I feel smothered, everyone fussing over me all day.",
        "My dog's breath is worse since he ate the fox poo.",
        "Muscle tension in my jaw from clenching.",
        "My nose is stopped up from the cold.",
    ],
)  # fmt: skip
def test_round_87_not_read_as_the_shape(text):
    found_slugs = {slug for slug, status in found(text) if status == "present"}
    assert found_slugs.isdisjoint({"shortness-of-breath", "depression", "constipation", "anxiety"})


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the review's: red flags she has now keep their reading
        ("Chest pain Monday, better now but still there when I breathe in", "chest-pain"),
        ("SOB Friday, fine now, still puffed on the stairs", "shortness-of-breath"),
        ("Chest pain means 999, so sitting in resus now", "chest-pain"),
        ("Fever 38.5 means hospital, and that's where I am", "fever"),
        ("I caught the fever of my husband", "fever"),
        ("Since Sunday I have the cough and the fever of my grandson", "fever"),
        ("They asked was I confused, I said naw but hubby says I am", "confusion"),
        ("Did the new tablets stop the seizures? I said naw, had another one this morning",
         "seizure"),
        ("I asked her is there anything stronger for the chest pain, she said no", "chest-pain"),
        ("Shortness of breath is worse today", "shortness-of-breath"),
        # the second review's
        ("My husband said the fever means hospital so we are going in", "fever"),
        ("Nurse asked is there any chance the chest pain is the heart. No, she thinks it's the "
         "ribs.", "chest-pain"),
        ("Chest pain Monday, fine now unless I walk", "chest-pain"),
        ("Caught the fever of my grandson, 38.6 this morning", "fever"),
        ("The fever of my husband went to me too", "fever"),
    ],
)  # fmt: skip
def test_round_87_red_flags_kept(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Nurse asked: is the chest pain still there? I said no it's worse", "chest-pain",
         "present"),
        ("Didn't mention fever because I haven't had any", "fever", "negated"),
        ("I never told her about fits because I've never had one", "seizure", "negated"),
        ("I didn't mention the chest pain as there wasn't any", "chest-pain", "negated"),
        ("I asked if I should ring if the fever comes back, she said yes", "fever",
         "hypothetical"),
    ],
)  # fmt: skip
def test_round_87_review_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My phone is acting super weird, keeps freezing on the app", "mental-status-change"),
        ("Cake was smothered all over in frosting for Mama's birthday", "shortness-of-breath"),
        ("I sat on my glasses and broke both arms off them", "fracture"),
        ("I didn't know my own house was worth that much", "confusion"),
        ("She feels down lately, my sister I mean, since her divorce", "depression"),
        ("No motion in my fingers when I wake, stiff till lunch", "constipation"),
        ("A lot of tension, shoulders like rocks, physio tomorrow", "anxiety"),
        ("Tension. Neck and shoulders like rocks", "anxiety"),
        ("Mum has been smothering, fussing round me all day", "shortness-of-breath"),
        ("Breath is worse in the mornings, mouthwash isn't helping", "shortness-of-breath"),
        ("The dog, she broke both legs when she was a puppy", "fracture"),
        ("I don't know my own kitchen this week, husband's been cooking", "confusion"),
        ("2 days no motion in my legs, can't lift them off the bed", "constipation"),
        ("Doctor said stopped up bowels can cause confusion in older folk", "constipation"),
    ],
)  # fmt: skip
def test_round_87_review_not_read_as(text, symptom):
    assert (symptom, "present") not in found(text)
