"""Round 79 (docs/note-reader.md, "Round 79"): women whose work uses the voice, the breath or the
memory, Pashto speakers, Hawaii English and Pidgin; a shared log kept by relatives taking turns,
Marathi and Telugu speakers, Norfolk and Suffolk English. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Fits started again this morning, three of them.", "seizure"),
        ("Heavy chest all afternoon, like a weight on it.", "chest-pain"),
        ("Walked to the shop and came back tight-chested and puffing.", "chest-pain"),
        ("Her legs started giving way on the stairs.", "leg-weakness"),
        ("Mum is not recognising anyone since lunch.", "confusion"),
        ("Aaji was behaving strangely all evening, hiding her tablets.", "mental-status-change"),
        ("Hands are just stiff in the mornings now.", "joint-pain"),
        ("Limping about with my dodgy knee again.", "joint-pain"),
        ("The GP rang about my calcium being high, I'm in for a drip.", "hypercalcemia"),
        ("Mum is repeating the same questions every hour.", "memory-problems"),
        ("Right leg's swelled up and it's red.", "calf-swelling"),
        ("Aching in my left calf when I walk.", "calf-swelling"),
        ("Heart's bin pounding all night.", "palpitations"),
        ("Balance is not great, I keep grabbing the rail.", "balance-problems"),
        ("Memory is very weak these days, I lose my words in class.", "memory-problems"),
        ("The panic hits me at 3am.", "anxiety"),
        ("No hungry. Only tea today.", "loss-of-appetite"),
        ("Everyting went spinning when I stood up.", "dizziness"),
        ("X-ray says that's broken, the left wrist.", "fracture"),
        ("I'm frit of the scan tomorrow, can't settle.", "anxiety"),
        ("Kids were loud, I had da worst headache by noon.", "headache"),
        ("Eh, da cough still hanging on, three weeks now.", "cough"),
        ("Da coughing all night, none of us slept. My back is sore.", "back-pain"),
        ("Wed 9am (Sam): Temp normal, 36.9. The fever she had on Monday is gone.\nWed 2pm (Jo): "
         "Bit of a headache after lunch, gave paracetamol.", "headache"),
        # the review's: red flags she has now keep their reading
        ("1945 - temp 38.9, shivering, gave her paracetamol", "fever"),
        ("2000 - she had a fit, lasted about 2 mins, now very sleepy", "seizure"),
        ("2025 - worst headache of my life this morning, sick twice", "headache"),
        ("Fever not pau, still 39", "fever"),
        ("Chest pain pau hana time, had to sit down at the bar", "chest-pain"),
        ("Chest pain so Pau drove me to A&E", "chest-pain"),
        ("Headache nevah pau since Sunday, worst one ever", "headache"),
        ("Nevah had chest pain like dis before", "chest-pain"),
        ("Nevah cough up blood before, today get plenty", "coughing-up-blood"),
        ("Went through the side effects of the capecitabine with the nurse on the phone, "
         "diarrhoea 7 times, temp 38.6, hands peeling", "fever"),
        ("Explained the side effects of chemo to the GP: fever 39, confused, vomiting all day",
         "confusion"),
        ("Explained side effects of the new tablets to the out of hours doctor - fever 38.8, "
         "shivering, chest pain", "chest-pain"),
        ("Face is possibly droopy on the left side", "facial-numbness"),
        ("Heart is maybe racing, 130 on the watch", "palpitations"),
        ("Head is probably pounding, worst ever", "headache"),
        ("Mum has had a headache for us all to worry about, the worst she's ever had",
         "headache"),
        ("Terrible headache for us all to deal with, she can't lift her head", "headache"),
    ],
)  # fmt: skip
def test_round_79_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Heart maybe skipping beats in church?", "palpitations", "uncertain"),
        ("Could've bin a fit, the paramedic reckon.", "seizure", "uncertain"),
        ("Nausea pau, ate plenty today.", "nausea", "negated"),
        ("Nevah throw up, just queasy.", "vomiting", "negated"),
        ("Face int droopy, arms strong, speech fine.", "facial-numbness", "negated"),
        ("The nurse explained the side effects of the new tablets: diarrhoea, rash, tiredness.",
         "diarrhea", "hypothetical"),
        # the review's: what is not hers stays so
        ("Papa da chest pain bahut hai since morning", "chest-pain", "family"),
        ("my da bad back is playing up again, he can't get out of the chair", "back-pain",
         "family"),
        ("Chachu da fever not coming down, Chachi is worried", "fever", "family"),
        ("Da coughing all night, none of us slept.", "cough", "family"),
        ("Last weekend at Mum's:\nSun: seizure 2 mins\nSun: confused all afternoon\nFine since",
         "seizure", "historical"),
    ],
)  # fmt: skip
def test_round_79_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new system at work is a big headache for everyone.",
        "The ice started giving way under the ducks.",
        "Hot flushes on letrozole 2019-20, gone since.",
        # the review's: nothing of hers
        "Fit came out perfect on the new prosthesis bra, so pleased",
        "Fit started again at the leisure centre, gentle chair class",
        "Fits coming along nicely for the wig, one more appointment",
        "I'm heavy chested so the bra straps dig in",
        "Face ID is not recognising me since the steroids puffed my face up",
        "The app is not recognising me so can't book bloods",
        "My hair is behaving differently since the chemo, curly now",
        "My husband is behaving different since the diagnosis, very quiet",
        "Dad has a bad knee so he can't push the wheelchair",
        "The nurse kept repeating the same questions at every appointment",
        "I'm sick of repeating the same things to every new doctor",
        "Heart's bin going steady since the new tablets",
        "Balance is not good this month, can't afford the taxi to chemo",
    ],
)  # fmt: skip
def test_round_79_nothing_present(text):
    assert [m for m in found(text) if m[1] == "present"] == []
