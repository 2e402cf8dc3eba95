"""Round 58 (docs/note-reader.md, "Round 58"): low literacy and a support worker, Deaf writers
after BSL, Jamaican and Ghanaian English in London; scan days, arrows and small tables, Spanish
and English mixed, a hospice nurse. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My mouf is so sore today.", "mouth-sores"),
        ("Cant breeve when I walk up the hill.", "shortness-of-breath"),
        ("Got a hedake since dinner.", "headache"),
        ("Mi finga dem numb again.", "neuropathy"),
        ("Fit happen in the kitchen this morning.", "seizure"),
        ("Feeling so down since the scan.", "depression"),
        ("Low day, stayed in bed.", "depression"),
        ("Mi nerves bad since the results.", "anxiety"),
        ("Mi frighten bad tonight.", "anxiety"),
        ("I do not feel hungry at all.", "loss-of-appetite"),
        ("I don't have appetite since Friday.", "loss-of-appetite"),
        ("Mi pee pon miself at church.", "bladder-bowel-control"),
        ("Me walk wobble today.", "balance-problems"),
        ("Mi cyaan member nutten this week.", "memory-problems"),
        ("Seeing two of everything tonight.", "vision-problems"),
        ("Tummy pain top, under the ribs.", "upper-abdominal-pain"),
        ("Mi palm dem red an a peel now.", "hand-foot-syndrome"),
        ("Nurse rang, calcium level high again.", "hypercalcemia"),
        ("My left knee keeps buckling on the stairs.", "leg-weakness"),
        ("On visiting, power reduced in both legs.", "leg-weakness"),
        ("She doesn't know she's home tonight.", "confusion"),
        ("Hair starting to fall out on the pillow.", "hair-loss"),
        ("Having trouble concentrating on the telly.", "memory-problems"),
        ("Mi back a kill mi since morning.", "back-pain"),
        ("Feel weak weak today.", "weakness"),
        ("Mi nah sleep good at all.", "difficulty-sleeping"),
        ("She speak slur this afternoon.", "speech-problems"),
        ("Near faint at the bus stop.", "palpitations"),
        ("Me falta el aire on the stairs.", "shortness-of-breath"),
        ("Me duelen las rodillas this morning.", "joint-pain"),
        ("energy ↓↓ this week", "fatigue"),
        ("Granny nuh like she self tonight.", "mental-status-change"),
    ],
)  # fmt: skip
def test_round_58_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # denied, spelt by sound
        ("no hedake today", "headache", "negated"),
        # answered
        ("Doc asked about fever, chest pain, breathlessness: none of the above.", "chest-pain",
         "negated"),
        ("She asked about numb legs or bladder trouble: no and no.", "bladder-bowel-control",
         "negated"),
        ("Nurse asked if mi have any chest pain, mi seh no.", "chest-pain", "negated"),
        ("Checklist. Fever or chills? no.", "fever", "negated"),
        ("I fell on the path. I did not break anything.", "fracture", "negated"),
        # asked
        ("Brief jerking of the arm at 4pm, ? seizure.", "seizure", "uncertain"),
        ("They said probably anxiety, nothing on the heart trace.", "anxiety", "uncertain"),
        ("Mi nuh sure if a fever, no thermometer.", "fever", "uncertain"),
        # past
        ("Las week mi did get confuse.", "confusion", "historical"),
        ("Pt denies nausea today (had nausea last week).", "nausea", "historical"),
        # denied
        ("Mi did have fever Tuesday, but it gone now.", "fever", "negated"),
        # others
        ("Sheila next to me has had a rash for weeks.", "rash", "family"),
        ("Nan had cancer and I remember her being sick all the time.", "vomiting", "family"),
        # a man the patient
        ("Support worker writing. Derek is not himself this morning.", "mental-status-change",
         "present"),
        # not a doubt, not her symptom gone
        ("Still getting hot flushes, maybe 4 a night.", "hot-flashes", "present"),
        ("I am always worrying about the kids if I am gone.", "anxiety", "present"),
        # a day she goes back, not one gone by
        ("Calcium came back high, so back Friday for the drip.", "hypercalcemia", "present"),
        # an answer after a comma, a colon later
        ("Nurse asked if I had a fever, no: 36.8 this morning.", "fever", "negated"),
        ("Doctor asked about chest pain, I said no: only the cough.", "chest-pain", "negated"),
        # the helper told of, not writing the note
        ("The support worker here helped me shower. I was sick twice.", "vomiting", "present"),
        ("My husband writes down my temperatures. Bad headache today.", "headache", "present"),
    ],
)  # fmt: skip
def test_round_58_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    "text",
    [
        # a lift, a fit of clothes, another's homecoming, a giggle
        "Bampi drove me down to the shops.",
        "Colleague helped me down the stairs.",
        "Those trousers have fit me for years.",
        "The district nurse doesn't know she's home from hospital yet.",
        "Then the giggle fit came over me.",
    ],
)
def test_round_58_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("She still gets fits of coughing at night.", "seizure"),
        ("My nerves gone in my feet, numb all the time.", "anxiety"),
    ],
)
def test_round_58_words_of_another_thing(text, symptom):
    assert symptom not in {slug for slug, _ in found(text)}
