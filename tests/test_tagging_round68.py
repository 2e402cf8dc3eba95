"""Round 68 (docs/note-reader.md, "Round 68"): women who are health workers themselves, notes
for a support group or a blog, Somali and Amharic speakers; understatement and dry humour,
bargaining about whether to ring, Russian and Thai speakers. Each sentence is one no evaluation
note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Since yesterday my bladder goes without warning.", "bladder-bowel-control"),
        ("My tummy it is turning since the tablets.", "nausea"),
        ("On the AC I lost every hair, even the eyebrows.", "hair-loss"),
        ("Low. Everything is an effort.", "depression"),
        ("The codeine is bunging me up again.", "constipation"),
        ("Fingers stiff and sore in the mornings.", "joint-pain"),
        ("Down there it's dry, sex is out of the question.", "vaginal-dryness"),
        ("Bruising at the Clexane site on my belly.", "injection-site-reaction"),
        ("Some calf tenderness on the left tonight.", "calf-swelling"),
        ("In the shop I faint. People help me.", "palpitations"),
        ("Crying every night since the scan.", "depression"),
        ("Left calf looks fuller than the right, I measured.", "calf-swelling"),
        ("My tongue feels heavy when I try to speak.", "speech-problems"),
        ("A flicker at the edge of my vision all morning.", "vision-problems"),
        ("Since the news nothing is worth it.", "depression"),
        ("I do not sleep. I lie and think.", "difficulty-sleeping"),
        ("A bit of trouble with my breathing on the hill.", "shortness-of-breath"),
        ("She cannot do the toilet number one since lunch.", "bladder-bowel-control"),
        ("Can't seem to keep my balance on the stairs.", "balance-problems"),
        ("This morning she did not recognise me.", "confusion"),
        ("Legs like jelly, they would not hold me.", "leg-weakness"),
        ("The liver ache is back, the dull one.", "upper-abdominal-pain"),
        ("My ear have noise all night like a fridge.", "hearing-changes"),
        ("Heart beat hard when I climb the stairs.", "palpitations"),
    ],
)  # fmt: skip
def test_round_68_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Today nothing hurts.", "pain", "negated"),
        ("If my bowel goes, I will not know.", "bladder-bowel-control", "hypothetical"),
        ("A cough this week and a little pink in the tissue.", "coughing-up-blood", "present"),
        ("Bladder or bowel changes? No.", "bladder-bowel-control", "negated"),
        ("Calf tenderness: none.", "calf-swelling", "negated"),
        ("Ten years since my last seizure, touch wood.", "seizure", "historical"),
    ],
)  # fmt: skip
def test_round_68_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # what the round's shapes must not read
        ("Taught the students about spotting sepsis early.", "vaginal-bleeding"),
        ("The new shoes are stiff, my feet are killing me.", "joint-pain"),
        ("Checked in as per the leaflet: no chest pain.", "chest-pain"),
        # the review's
        ("Bowels going OK now.", "bladder-bowel-control"),
        ("Low-grade fever all afternoon.", "depression"),
        ("Platelets just low, nothing to worry about.", "depression"),
        ("Skin dryness yes.", "vaginal-dryness"),
        ("I did not recognise the number so ignored it.", "confusion"),
        ("I did not eat, fasting for the scan.", "loss-of-appetite"),
        ("Waking at 7 feeling refreshed.", "difficulty-sleeping"),
        ("Fingers stiff from the cold.", "joint-pain"),
        ("Tongue feels heavy and furry from the thrush.", "speech-problems"),
        ("I will lose every hair, the nurse said.", "hair-loss"),
    ],
)  # fmt: skip
def test_round_68_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)


def test_round_68_a_leaflet_checked_is_answered():
    assert ("chest-pain", "negated") in found("Checked in as per the leaflet: no chest pain.")


def test_round_68_blood_coughed_once_is_one_mention():
    read = found("Coughed up blood this morning, bright red in the tissue.")
    assert read.count(("coughing-up-blood", "present")) == 1


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # the review's: red flags that must stay present
        ("Chest pain like last cycle.", "chest-pain"),
        ("Fever again like last cycle, 38.6 at 9pm.", "fever"),
        ("Rules: fever over 38 ring the hotline, I rang at 2am with 38.7.", "fever"),
        ("I may feel a bit silly, chest pain since last night.", "chest-pain"),
        ("Spotting a bit of blood since Tuesday.", "vaginal-bleeding"),
        ("Nothing hurts except my head.", "pain"),
        ("Years since my one and only seizure, until today.", "seizure"),
    ],
)  # fmt: skip
def test_round_68_what_stays_present(text, symptom):
    assert (symptom, "present") in found(text)
