"""Round 65 (docs/note-reader.md, "Round 65"): notes typed in a hurry or in anger, Greek and
Italian speakers; Bengali and Sylheti speakers, half-remembered medical words, a carer's
handover. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("On the bus, stitch in my chest every time I breathe in.", "chest-pain"),
        ("A whistling in my left ear since the weekend.", "hearing-changes"),
        ("Her hearing has got worse, we have to shout.", "hearing-changes"),
        ("The neuro stuff in my fingers is bad today.", "neuropathy"),
        ("Heart going thump thump in bed again.", "palpitations"),
        ("Palms and soles look sunburned.", "hand-foot-syndrome"),
        ("My hands and feet are red and peeling from the tablets.", "hand-foot-syndrome"),
        ("The injection site on my thigh is hot and lumpy.", "injection-site-reaction"),
        ("I have poor memory since the radiotherapy.", "memory-problems"),
        ("Wide awake at 4am every night since the steroids.", "difficulty-sleeping"),
        ("My left hand is puffier than yesterday.", "swelling"),
        ("Both ankles look a bit fat by teatime.", "swelling"),
        ("She is harder to rouse this morning.", "mental-status-change"),
        ("Finding him harder to wake after his naps.", "mental-status-change"),
        ("Mood - flat, not talking much.", "depression"),
        ("I worry that the cancer is back.", "anxiety"),
        ("Worried sick about tomorrow.", "anxiety"),
        ("Everyone says my hearing is bad, my hearing is worse than Dad's.", "hearing-changes"),
        ("Last night she have the fit in the kitchen, now she is in hospital.", "seizure"),
        ("My legs won't hold me up, I had to sit on the stairs.", "leg-weakness"),
        ("Her words went jumbled at lunch.", "speech-problems"),
        ("The hips and the wrists ache all day.", "joint-pain"),
        ("Paracetamol not shifting the back pain at all.", "back-pain"),
        ("So low I've stopped going to church.", "depression"),
        ("Writing for my mum. Mum keeps wetting the bed, she never used to.",
         "bladder-bowel-control"),
        ("Handover 6pm: Dadi is short of breath and her lips look blue.", "shortness-of-breath"),
    ],
)  # fmt: skip
def test_round_65_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Coughed twice after lunch but no blood thank goodness.", "coughing-up-blood",
         "negated"),
        ("Back aching tonight, legs fine, no numbness", "leg-weakness", "negated"),
        ("She smiled for me, no droop now.", "facial-numbness", "negated"),
        ("Last cycle I had sore muscles for three days, fine now.", "muscle-pain",
         "historical"),
        ("I worry that I'll be breathless on the plane.", "shortness-of-breath",
         "hypothetical"),
        ("I worry I'll have another fit.", "seizure", "hypothetical"),
        ("Got the runs all weekend, settled by Monday.", "diarrhea", "historical"),
        ("Now I'm terrified I'll get the mouth ulcers she had.", "mouth-sores", "hypothetical"),
        ("If her face droops or her words go funny, ring 999.", "speech-problems",
         "hypothetical"),
        ("The woman in the next bed was vomiting all night.", "vomiting", "family"),
        ("Kamal has his own back pain again, he is seeing the GP.", "back-pain", "family"),
        ("My father in law had a fall and broke his wrist last month.", "fracture", "family"),
    ],
)  # fmt: skip
def test_round_65_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # what the round's shapes must not read
        ("A stitch in my side from running for the bus.", "chest-pain"),
        ("Should I worry that the cough is lasting?", "anxiety"),
        ("I worry about him driving at night.", "anxiety"),
        ("Do I worry that it will come back? Of course.", "anxiety"),
        ("I nearly lost my mind waiting for the results.", "confusion"),
        ("The nausea has stopped bothering me since the new tablets.", "nausea"),
        ("Her chest pain has stopped coming on at night.", "chest-pain"),
        ("Legs fine, no numbness in my fingers either.", "leg-weakness"),
        ("Grandad coughed for a year before they found his lung cancer.", "cough"),
        # the review's
        ("Stitches in my chest from the port surgery are healing well.", "chest-pain"),
        ("My court hearing was terrible today.", "hearing-changes"),
        ("Had the fit for my radiotherapy mask today, all fine.", "seizure"),
        ("I find it harder to wake up for work these days.", "mental-status-change"),
        ("It's harder to wake the kids for school in winter.", "mental-status-change"),
        ("Went to the beach, my hands and feet got sunburnt.", "hand-foot-syndrome"),
        ("When I read the words go funny and jumbled.", "speech-problems"),
        ("I have a terrible memory for names, always have.", "memory-problems"),
        ("My nose runs all day in this cold weather.", "diarrhea"),
    ],
)  # fmt: skip
def test_round_65_what_it_does_not_read(text, symptom):
    assert (symptom, "present") not in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # a medicine that does not help negates nothing; "fine now" after a sentence told in
        # the present is not the past; a grandfather's other cancer makes no carer's note
        ("Painkillers not touching the pain and I can't get comfy.", "pain"),
        ("Back pain bad, legs fine now.", "back-pain"),
        ("I've had a headache for days, ok now I've eaten.", "headache"),
        ("Grandad had a cough before they found his lung cancer. Now I have a cough too.",
         "cough"),
        # the review's: today's events, a plan given up, the writer among others, a fear's
        # word that is no future, a symptom that stopped coming
        ("She had a seizure this morning, fine now.", "seizure"),
        ("I had bad chest pain at 5pm, ok now.", "chest-pain"),
        ("Chest pain bad again today, was going to go to the wedding so probably not.",
         "chest-pain"),
        ("Breathless walking up the stairs, was going to go swimming, so maybe not.",
         "shortness-of-breath"),
        ("Everyone in the house has a cough and fever, me included.", "fever"),
        ("He's coping with his own diagnosis while I'm short of breath every day.",
         "shortness-of-breath"),
        ("Feel frightened ill and short of breath.", "shortness-of-breath"),
        ("Legs are weak and wobbly, no numbness.", "leg-weakness"),
        ("She's had the runs all weekend and can't keep anything in.", "diarrhea"),
    ],
)  # fmt: skip
def test_round_65_what_stays_present(text, symptom):
    assert (symptom, "present") in found(text)


def test_round_65_no_numbness_says_nothing_of_weak_legs():
    assert ("leg-weakness", "negated") not in found("Legs are weak and wobbly, no numbness.")
