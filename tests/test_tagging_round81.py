"""Round 81 (docs/note-reader.md, "Round 81"): what she managed to eat and to cook, Sudanese
Arabic speakers, Cumbrian English; an entry corrected later the same day, Maltese speakers, Black
Country English. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Loose three times, no sickness, temp 38.3 at six so I rang.", "fever"),
        ("Cor get me breath on the stairs today.", "shortness-of-breath"),
        ("Cor feel me fingers proper since the chemo.", "neuropathy"),
        ("Me yed's bangin again this morning.", "headache"),
        ("Mum speaks very slow today and loses her words.", "speech-problems"),
        ("Cor walk straight this morning, keep hitting the wall.", "balance-problems"),
        ("Numb feeling in both legs since I got up.", "leg-weakness"),
        ("Puffin and pantin on the hill by the chapel.", "shortness-of-breath"),
        ("Been loose all week since the new tablets.", "diarrhea"),
        ("Nerves are shot waiting for the scan.", "anxiety"),
        ("I wake up four or five times in the night with the sweats.", "difficulty-sleeping"),
        ("My breath it is short when I climb to the flat.", "shortness-of-breath"),
        ("She couldn't keep her eyes open at lunch.", "mental-status-change"),
        ("Can't git me breath, ringing 999.", "shortness-of-breath"),
        ("My wrists and fingers, stiff and sore every morning.", "joint-pain"),
        ("I know it's just nerves, heart going all evening.", "anxiety"),
        ("Where the nurse put the injection on my tummy is red and hard.",
         "injection-site-reaction"),
        ("Sleepin nothing, up every hour.", "difficulty-sleeping"),
        ("Tried soup, threw it back up straight away.", "vomiting"),
        ("Up all night with the skitters.", "diarrhea"),
        ("My heart is so heavy today.", "depression"),
        ("I walk like I am going to fall.", "balance-problems"),
        ("Her smile on the left side is a bit dropped.", "facial-numbness"),
        ("The doctor says a bone in my spine is broken.", "fracture"),
        ("Feeling a bit edgy tonight.", "anxiety"),
        ("Low-ish mood again.", "depression"),
    ],
)  # fmt: skip
def test_round_81_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Went over the list: no fever, no chest pain, no fits.", "chest-pain", "negated"),
        ("Nurse read out the list again: no fever, no sickness.", "fever", "negated"),
        ("Mouth sores may come around day 7 so use the mouthwash.", "mouth-sores",
         "hypothetical"),
        ("Feelin queasy but not bin sick.", "vomiting", "negated"),
        ("Chest pain may come and go, it's here now.", "chest-pain", "present"),
        # the review's: red flags she has now keep their reading
        ("chest pain again tonight and the out of hours doctor might come around 10",
         "chest-pain", "present"),
        ("temp 38.9 and shivering the GP might come after surgery", "fever", "present"),
        ("Nurse said ring straight away if anything changes, I'm really breathless tonight",
         "shortness-of-breath", "present"),
        ("Card on fridge: call the line if - temp 38 or above - shivering - chest pain - new "
         "confusion - Gran woke up muddled and burning hot, temp 38.6 at 5", "fever", "present"),
        ("Nurse asked the usual about my chest pain, I said no better", "chest-pain", "present"),
        ("Had to hold onto the table was a bit wobbly on my feet", "balance-problems", "present"),
        ("Mum was icing the cake collapsed on the kitchen floor", "palpitations", "present"),
        ("Cor any more of this back pain and I'll scream", "back-pain", "present"),
        ("Sore ribs, I think it's just from coughing and chest pain too", "chest-pain",
         "present"),
        ("No cough, no chest pain, temp 38.4 tonight", "fever", "present"),
    ],
)  # fmt: skip
def test_round_81_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Don't forget the bread for Gran!!",
        "The piping was a bit wobbly on that cake.",
        "My heart sank, the cake had collapsed.",
        "The kitchen tap coughs and splutters again.",
        "Bloods low so I'm on fever watch tonight.",
        # the review's: nothing of hers
        "Took a deep breath it was short and sweet, the scan took two minutes",
        "Cor breathe in that sea air, lovely",
        "Slept nothing short of ten hours, bliss",
        "Threw it back up the garden for the dog",
        "We watched the skits at the school concert, crying laughing",
        "I speak slow English, sorry for the spelling",
        "My trousers have been loose since the chemo",
        "Been loose with the diet over Christmas",
    ],
)  # fmt: skip
def test_round_81_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
