"""Round 66 (docs/note-reader.md, "Round 66"): notes written in the small hours, Polish and
Ukrainian speakers, Glasgow and north-east Scots; numbers beside words, the body after surgery and
radiotherapy, Mandarin, Korean and Japanese speakers. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Another night without sleep, just lying there.", "difficulty-sleeping"),
        ("Awake until 5am with the steroids.", "difficulty-sleeping"),
        ("She was up every hour last night.", "difficulty-sleeping"),
        ("Every night I wake 2 or 3 times.", "difficulty-sleeping"),
        ("Canna sleep for the pain in ma back.", "difficulty-sleeping"),
        ("He's no been himsel since the weekend.", "mental-status-change"),
        ("Her legs gied way in the kitchen.", "leg-weakness"),
        ("I cannae balance properly the day.", "balance-problems"),
        ("Ma hands were nippin after the chemo.", "neuropathy"),
        ("Feeling pure forfochen the night.", "fatigue"),
        ("Lost about a stane since the summer.", "weight-loss"),
        ("I try say 'spoon' and come out different word.", "speech-problems"),
        ("The bottoms of my feet are peeling again.", "hand-foot-syndrome"),
        ("Seeing zigzags in my left eye.", "vision-problems"),
        ("Some vision changes since Friday.", "vision-problems"),
        ("Where she gave me the Xgeva is red and hot.", "injection-site-reaction"),
        ("Right arm sore and lumpy round the jab.", "injection-site-reaction"),
        ("I climb ten stairs and I must stop, no air.", "shortness-of-breath"),
        ("I am not quite myself this week.", "mental-status-change"),
        ("There is bone showing in my gum at the back.", "jaw-pain"),
        ("It's like toothache in the bones of my legs.", "bone-pain"),
        ("Bad pain in the tummy on top after eating.", "upper-abdominal-pain"),
        ("Her lip drop on left side when she talk.", "facial-numbness"),
        ("My mouth has some small cuts, eating is hard.", "mouth-sores"),
        ("Face red and hot again after the dex.", "hot-flashes"),
        ("Now I feel down most evenings.", "depression"),
        ("This week I lose weight 2kg.", "weight-loss"),
        ("No bowels for 4 days now.", "constipation"),
        ("Five days no poo, very uncomfortable.", "constipation"),
        ("Up to wee 5 times in the night.", "high-blood-sugar"),
        ("My heart beats irregularly when I lie down.", "palpitations"),
        ("Left hand maybe is broken, it is very swollen.", "fracture"),
    ],
)  # fmt: skip
def test_round_66_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text) or (symptom, "uncertain") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Nae pain the day, nae bother wi ma breathin.", "shortness-of-breath", "negated"),
        ("Fever, chest pain, SOB - all no.", "chest-pain", "negated"),
        ("Fever, chest pain, SOB x1 - all no.", "shortness-of-breath", "negated"),
        ("Card on the fridge: fever or chest pain - ring day or night.", "chest-pain",
         "hypothetical"),
        ("Prev on epirubicin I lost all my hair.", "hair-loss", "historical"),
        ("The lady next to me had a seizure in the night.", "seizure", "family"),
        ("The woman next to me had fit this morning.", "seizure", "family"),
        ("Headache easier now and the numbness has gone.", "headache", "present"),
        ("The ankle is very swollen, maybe is broken.", "fracture", "uncertain"),
    ],
)  # fmt: skip
def test_round_66_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # what the round's shapes must not read
        ("Can't function without sleep, so napping.", "difficulty-sleeping"),
        ("The dress I had fit in the end.", "seizure"),
        ("The skin where they did radiotherapy is red.", "injection-site-reaction"),
        ("There's no air in this waiting room, so stuffy.", "shortness-of-breath"),
        ("Went through a dark patch on my arm, a bruise.", "depression"),
        # the review's
        ("The new bra I had fit this morning is comfy.", "seizure"),
        ("My dog had fit last night, poor thing.", "seizure"),
        ("The ward is so stuffy, no air.", "shortness-of-breath"),
        ("Store the tablets in a dark place.", "depression"),
        ("Went through a dark patch of road in the fog.", "depression"),
        ("The path zigzags up the hill to the chapel.", "vision-problems"),
        ("Knitting a zigzag blanket for the baby.", "vision-problems"),
        ("The ward where they gave me the chemo was hot and stuffy.", "injection-site-reaction"),
        ("And I felt down my side and found a new lump.", "depression"),
        ("When I smile the pain drops a bit.", "facial-numbness"),
        ("Need to lose weight 2 stone says the doctor.", "weight-loss"),
        ("Stayed awake till 2 watching the football.", "difficulty-sleeping"),
        ("Up every hour with the baby, shattered.", "difficulty-sleeping"),
        ("Face red and hot and swollen round the eye.", "hot-flashes"),
    ],
)  # fmt: skip
def test_round_66_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)


def test_round_66_a_conjoined_subject_is_still_gone():
    assert ("nausea", "negated") in found("Nausea and the vomiting have gone.")


def test_round_66_constipation_told_by_nothing_since_stays_present():
    assert ("constipation", "present") in found("Bloated and bunged up, nothing since Saturday.")


def test_round_66_all_no_must_end_the_list():
    assert ("fever", "negated") not in found("Fever all no idea what the number was.")


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the review's: a red flag still present
        ("After ma dinna chest pain came back.", "chest-pain"),
        ("Isna the first time she's had a fit, she had one last week.", "seizure"),
        ("Radiotherapy shouldn't make my legs this weak.", "leg-weakness"),
        ("Chest pain - phone day or night line said go to A&E.", "chest-pain"),
        ("Seizure x2 - none of the above meds stopped them.", "seizure"),
        ("Severe back pain, none of the above has helped.", "back-pain"),
        ("Chest pain x2 - all negative for clots, still have it.", "chest-pain"),
        ("Chest pain x1 - all no, only once last night.", "chest-pain"),
        ("Chest pain much worse tonight and the headache has gone.", "chest-pain"),
        ("Today I feel really down in myself.", "depression"),
    ],
)  # fmt: skip
def test_round_66_what_stays_present(text, symptom):
    assert (symptom, "present") in found(text)


def test_round_66_one_subject_of_two_is_gone():
    assert ("chest-pain", "negated") in found(
        "The chest pain from last night and the headache have gone."
    )


def test_round_66_a_day_after_prev_is_still_past():
    assert ("chest-pain", "historical") in found("Same as prev on Monday chest pain in the night.")
