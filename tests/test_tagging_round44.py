"""Round 44 (docs/note-reader.md, "Round 44"): pain and its medicines, the brain's secondaries
told by partners, nights and early mornings, voice dictation, and everyday words of round 44's
review (a symptom's name for a nurse, a clinic or a leaflet). Each sentence is one no evaluation
note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a result dated by its test is not the past
        ("Scan Friday showed a fracture in my rib.", "fracture", "present"),
        ("X-ray Monday showed a fracture in my wrist.", "fracture", "present"),
        # what a doctor went through, what a medicine is to stop
        ("The consultant went over the risks of the new drug: rash, diarrhoea.", "rash",
         "hypothetical"),
        ("The tablets are to stop me having a seizure.", "seizure", "hypothetical"),
        # a decade of her life gone by
        ("Anxiety in my twenties, fine for years now.", "anxiety", "historical"),
        # ... not a relative's ("like my wife had in her fifties": the hot flushes are his now)
        ("Hot flushes now, like Mum had in her fifties.", "hot-flashes", "present"),
        # legs not weak
        ("Back aching but legs not weak.", "leg-weakness", "negated"),
        # a mother's red flag in a note with no word of the writer's own is asked, not dropped
        ("Mum's been fitting on and off since lunch, she used to be so well.", "seizure",
         "uncertain"),
        # ... and a daughter's own note of her mother's stays her mother's
        ("My mum had fits for years before she died.", "seizure", "family"),
    ],
)  # fmt: skip
def test_round_44_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("She's just not right in herself today.", "mental-status-change"),
        ("Better by lunch but still not herself.", "mental-status-change"),
        ("Very dopey after the new tablets.", "mental-status-change"),
        ("She's gone strange on us since teatime.", "mental-status-change"),
        ("Mum is out of character, laughing at nothing.", "mental-status-change"),
        ("She hadn't a clue where she was this morning.", "confusion"),
        ("I forget what I said a minute ago.", "memory-problems"),
        ("Mum forgets I just told her.", "memory-problems"),
        ("He says I'm not seeing things on my left side.", "vision-problems"),
        ("A dark patch in my left eye.", "vision-problems"),
        ("All over the place on my feet today.", "balance-problems"),
        ("She totters to the loo.", "balance-problems"),
        ("Walking off-kilter since Sunday.", "balance-problems"),
        ("Heart doing somersaults tonight.", "palpitations"),
        ("No puff in me at all today.", "shortness-of-breath"),
        ("Tingling in both feet since the last cycle.", "neuropathy"),
        ("Aching rib bones when I cough.", "bone-pain"),
        ("Pain in my right shoulder blade all night.", "pain"),
        ("The scar is stinging tonight.", "pain"),
        ("Tummy ache right up high after tea.", "upper-abdominal-pain"),
        ("Scan says both of them are broken.", "fracture"),
        ("My left leg keeps giving way.", "leg-weakness"),
        ("Struggling to stand up from the chair.", "leg-weakness"),
        ("Couldn't go for a wee all evening.", "bladder-bowel-control"),
        ("Trouble passing water since yesterday.", "bladder-bowel-control"),
        ("Numb feeling around my bottom.", "bladder-bowel-control"),
        ("Have not opened my bowels for four days.", "constipation"),
        ("Up five times to pee in the night.", "high-blood-sugar"),
        ("The worry going round and round at 3am.", "anxiety"),
        ("I'm a bit feart about tomorrow.", "anxiety"),
        ("Jumping out of my skin on the steroids.", "anxiety"),
        ("Afraid to go out on my own.", "anxiety"),
        ("Redness around the injection site.", "injection-site-reaction"),
        ("An ulcer on my gum that isn't healing.", "jaw-pain"),
        ("Hair thinning at the crown.", "hair-loss"),
        ("Heaved up my breakfast.", "vomiting"),
        ("I'm looking a bit yellow.", "jaundice"),
        ("Red on the tissue after I coughed.", "coughing-up-blood"),
    ],
)
def test_round_44_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 44's review: a symptom's name for a service, a sheet or a talk
        "The fatigue clinic rang to book me in.",
        "Joined the neuropathy support group at the library.",
        "Picked up a leaflet on febrile neutropenia.",
        "Read an article about chemo brain.",
        "Port flush at nine, then coffee.",
        "Knackered the mower on a stone.",
        "Still under 38 so no need to ring.",
        "The bank's phone line was an absolute pain.",
        "The thunder scared us all half to death.",
        # round 44's own narrowing: a black eye, a penalty, a driver, a compliment
        "Jack's bruise from hockey is yellow round the edges now.",
        "Missing that penalty was out of character for him.",
        "The taxi driver had no clue where he was.",
        "Podcast on brain swelling in divers.",
    ],
)
def test_round_44_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
