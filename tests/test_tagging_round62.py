"""Round 62 (docs/note-reader.md, "Round 62"): anxious, literal and scattered writers,
Birmingham, Cockney and Essex English; Portuguese, Romanian, Lithuanian and Vietnamese speakers
writing English; letters and paper diaries copied in after a hospital stay. Each sentence is
one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # an "h" dropped and marked
        ("Me 'ead's bangin since dinner.", "headache"),
        ("'Ead's killin me today.", "headache"),
        ("Me 'eart's flutterin again tonight.", "palpitations"),
        ("Went light'eaded at the bus stop.", "dizziness"),
        ("Me 'ands are numb this mornin.", "neuropathy"),
        ("Puffed out, had to stop fer breath twice.", "shortness-of-breath"),
        # Brummie and Cockney
        ("She ay bin herself since the weekend.", "mental-status-change"),
        ("Ay slept a wink again.", "difficulty-sleeping"),
        ("Ay hungry at all today.", "loss-of-appetite"),
        ("Me Barnet's fallin out on the brush.", "hair-loss"),
        ("Her plates of meat are swollen up again.", "swelling"),
        ("Up every hour for a wee last night.", "high-blood-sugar"),
        ("Drinking water like it's going out of fashion.", "high-blood-sugar"),
        ("Fizzy hands all afternoon.", "neuropathy"),
        ("Proper down today, can't shift it.", "depression"),
        ("Now I'm in a full-blown panic about the scan.", "anxiety"),
        # forms and second languages
        ("Pain: 2. Appetite: absent.", "loss-of-appetite"),
        ("My calf feels hard since the flight.", "calf-swelling"),
        ("At night my heart run fast, I sit up.", "palpitations"),
        ("I worry so much about the results.", "anxiety"),
        ("Feel like crying all evening.", "depression"),
        ("Ear ringing since Tuesday.", "hearing-changes"),
        ("Site of injection sore and hot.", "injection-site-reaction"),
        ("The morphine make me constipate.", "constipation"),
        ("I have trouble with sleep since the steroid.", "difficulty-sleeping"),
        ("Then the room started to spin.", "dizziness"),
        ("I felt that I would faint at the till.", "palpitations"),
        ("It hurts when I breathe in.", "chest-pain"),
        ("Now I scare to go out alone.", "anxiety"),
    ],
)  # fmt: skip
def test_round_62_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a letter's history
        ("Discharge letter: Admitted 03/05 with fever and rigors.", "fever", "historical"),
        ("Discharge summary. Adm w/ severe back pain, MRI done.", "back-pain", "historical"),
        ("Letter: Mrs K presented 12/01/25 with new confusion.", "confusion", "historical"),
        ("From the discharge letter. Reason for admission: chest pain.", "chest-pain",
         "historical"),
        ("Copied from my letter. Hx: 3/7 productive cough.", "cough", "historical"),
        # ... not a stay told now, nor what is so on discharge
        ("I've just been admitted with a fever of 38.5", "fever", "present"),
        ("I was admitted this morning with chest pain, still got it now", "chest-pain",
         "present"),
        ("Hubby presented me with a card, headache is awful", "headache", "present"),
        ("Discharge letter: admitted with fever. On discharge mild cough.", "cough", "present"),
        # days gone by
        ("Was running a temperature all weekend, fine today.", "fever", "historical"),
        ("My calcium was high in the winter.", "hypercalcemia", "historical"),
        ("Before when I do chemo, I vomit every day.", "vomiting", "historical"),
        # denied, answered, gone
        ("Vomiting: absent.", "vomiting", "negated"),
        ("The nurse asked about fever, cough - I don't have none of these.", "cough", "negated"),
        ("Appetite come back this week.", "loss-of-appetite", "negated"),
        ("No more problem with appetite now.", "loss-of-appetite", "negated"),
        ("The fever passed in the night.", "fever", "negated"),
        ("The nurse asked about fever, cough - I don't have any of those except the cough.",
         "cough", "present"),
        ("The doctor asked about fever, cough - I do not have any of these.", "cough",
         "negated"),
        # told now, not gone by
        ("Been running a fever all weekend", "fever", "present"),
        ("Hot flushes are worse in the summer", "hot-flashes", "present"),
        ("Just before when I stood up I went really dizzy", "dizziness", "present"),
        ("Pain: absent at rest, severe on walking", "pain", "present"),
        ("I did not have my morphine so the back pain was awful", "back-pain", "present"),
        ("Temp went over the threshold tonight, 38.4", "fever", "present"),
        # doubted
        ("My eyes look a bit yellow, or just the light?", "jaundice", "uncertain"),
        ("I cannot determine whether I have chest pain.", "chest-pain", "uncertain"),
        ("Me mince pies look yellow, or am I imagining it?", "jaundice", "uncertain"),
        # warned of
        ("If I faint, I must call the team.", "palpitations", "hypothetical"),
    ],
)  # fmt: skip
def test_round_62_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        "I admitted with some embarrassment that I had skipped the walk.",
        "The threshold I was given is 38.0, so I did not phone.",
        "Both are under the 100.4 F threshold.",
        "Woke at 3 to let the dog out.",
        "I worry about the kids' exams.",
        "Lost my ear ring in the garden.",
        "The nurse said I might get the runs from the new pills.",
        # the review's
        "I worry a lot less now.",
        "Lost my ear ring again.",
        "Had a problem with the sleeping tablets prescription.",
        "Since the new tablets everything started to turn around.",
        "Calf was hard work this morning, feeding every two hours.",
        "Been drinking like it's going out of fashion over Christmas.",
        "My counts are really down this week.",
        "Barnet is coming out to visit on Sunday.",
    ],
)
def test_round_62_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("I scare the grandkids with my bald head.", "anxiety", "present"),
        ("The temperature passed 38 overnight.", "fever", "negated"),
        ("Appetite is back down to nothing.", "loss-of-appetite", "negated"),
    ],
)
def test_round_62_readings_that_are_not_these(text, symptom, status):
    assert (symptom, status) not in found(text)


def test_round_62_a_reading_beside_a_limit_is_still_read():
    assert ("fever", "present") in found("I was told the cut-off is 38, mine is 38.3.")
