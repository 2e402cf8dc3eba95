"""Round 75 (docs/note-reader.md, "Round 75"): notes written for a woman who can no longer
write, Hausa and Fulani speakers, New York and New Jersey English; symptoms tied to a day of the
cycle, Khmer and Lao speakers, Bristol and West Country English. Each sentence is one no
evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Since this morning her words come out all jumbled.", "speech-problems"),
        ("Grandma is not recognising me today, she calls me Aunty.", "confusion"),
        ("Her legs felt like jello on the steps this morning.", "leg-weakness"),
        ("My legs just won't hold me tonight.", "leg-weakness"),
        ("Tummy is aching me at the top since last night.", "upper-abdominal-pain"),
        ("There is bone showing in my gum where the tooth came out.", "jaw-pain"),
        ("My calves and thighs are sore, not been anywhere.", "muscle-pain"),
        ("X-ray say my hip is crack.", "fracture"),
        ("She not eating since Sunday.", "loss-of-appetite"),
        ("I wake up 4 5 times every night.", "difficulty-sleeping"),
        ("I feel hot hot in my face after lunch.", "hot-flashes"),
        ("My hand and foot skin cracking, hard to walk.", "hand-foot-syndrome"),
        ("I have concentration problems at work since chemo.", "memory-problems"),
        ("Seeing blurry since I woke.", "vision-problems"),
        ("Bleeding from my private part again this morning.", "vaginal-bleeding"),
        ("The injection spot is aching me since yesterday.", "injection-site-reaction"),
        ("Mum acts strange since lunch, laughing at nothing.", "mental-status-change"),
        ("My back went out bending for the washing.", "back-pain"),
        ("Using the lube for the dryness but it still hurts.", "vaginal-dryness"),
    ],
)  # fmt: skip
def test_round_75_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a husband tells of his wife today, the history is her brother's
        ("My wife had a fit this evening, shaking all over. Her brother used to have fits as a "
         "boy.", "seizure", "present"),
        # the friend she writes for is the patient
        ("I am writing for my friend Halima. She says her back is paining her since Sunday.",
         "back-pain", "present"),
        # a little one, named
        ("Little Amaka has a cough so I stayed away.", "cough", "family"),
        # the last one's time
        ("Her last seizure was in March, none since.", "seizure", "historical"),
        # over now
        ("Bit of a headache Monday but gone now.", "headache", "negated"),
        # what the leaflet says may come
        ("Started on Keppra in case of seizures, none so far.", "seizure", "hypothetical"),
        # thoughts of harm are a low mood to tell of, not a pain
        ("Some nights I keep thinking of hurting myself.", "depression", "present"),
    ],
)  # fmt: skip
def test_round_75_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the day is another thing's, or the fever is back
        ("38.3, chemo was tues.", "fever", "present"),
        ("Fever was in August but it is back now.", "fever", "present"),
        # gone to work is not gone
        ("Back pain but gone to work anyway.", "back-pain", "present"),
        # another man's wife, with a history
        ("Ravi's wife had a clot in the leg after surgery years ago.", "calf-swelling",
         "family"),
        # a widower's wife's illness, then his own turn
        ("My wife had awful neuropathy from her chemo, now it's my turn to worry about it.",
         "neuropathy", "family"),
        # the review's: red flags she has now keep their reading
        ("Chest pain started about 6 but gone worse now, hubby getting the car.", "chest-pain",
         "present"),
        ("Chest pain has let up a bit since the spray but it's still there.", "chest-pain",
         "present"),
        ("Coughing up blood and the nurse might show up this afternoon.", "coughing-up-blood",
         "present"),
        ("Asked the nurse what to look out for now, I've got chest pain and my legs feel weak.",
         "chest-pain", "present"),
        ("Mum's coming round to help with the kids. I've had chest pain since 5am.",
         "chest-pain", "present"),
        ("Legs no strong, I fall down two time today.", "leg-weakness", "present"),
        ("Her last seizure was Monday, she is having them every day now.", "seizure",
         "present"),
        ("Temp 38.9 but gone hot and cold all night.", "fever", "present"),
        # a wife's own illness, with no day of today, is still asked
        ("My wife gets fits, she's epileptic. I've never had one, even with the brain mets.",
         "seizure", "uncertain"),
    ],
)  # fmt: skip
def test_round_75_what_keeps_its_reading(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I asked her if she was thinking of hurting herself and she said no.",
        "The rain let up for once so we went out.",
        "I went back out to the garden after lunch.",
        # the review's: nothing of hers
        "When temp reach 38 call the chemo line.",
        "Our dog is not recognising me with my wig on.",
        "She acts funny with strangers, always has.",
        "The power came back went out again twice tonight.",
        "Sorry for the problem with my words, english is not my first language.",
        "Her legs just won't go under the desk with the bandages.",
        "I not eat anything after midnight because of the scan tomorrow.",
        "Lubricant eye drops help the dryness.",
        "The coffee here no strong.",
    ],
)  # fmt: skip
def test_round_75_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
