"""Round 39 (docs/note-reader.md, "Round 39"): English as a second language, notes written in
the night, a parent's words relayed from a call, notes around scans, "our" and "wee" before a
name, a question written as asked, and everyday words of round 39's review. Each sentence is
one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # "our" or "wee" before a name: someone else's, asked when it is a red flag and the
        # writer says nothing of herself
        ("Our Kev's had a cough all week. I'm fine myself.", "cough", "family"),
        ("Wee Isla has a temperature of 38.4, so I'm keeping my distance.", "fever", "family"),
        ("Our Bev's been very confused since dinner, ringing 111.", "confusion", "uncertain"),
        # ... and the patient when a relative writes the note, or she speaks in between
        ("Sister writing. Our Bev's been very confused since dinner.", "confusion", "present"),
        ("Our Bev says that I was muddled at lunch.", "confusion", "present"),
        # a question written as asked, answered in the next sentence
        ("Had I any chest pain since the infusion? None at all.", "chest-pain", "negated"),
        ("Nurse asked about nausea, none this cycle.", "nausea", "negated"),
        ("Nurse asked was I dizzy on the stairs and I said not a bit of it.", "dizziness",
         "negated"),
        # what a leaflet says may happen, and what comes only on chemo weeks
        ("Side effects can be mouth sores and diarrhoea.", "mouth-sores", "hypothetical"),
        ("The warning signs again: a fit, slurred speech, a bad headache.", "seizure",
         "hypothetical"),
        ("The tingling in my toes only comes on chemo weeks.", "neuropathy", "hypothetical"),
        # over, or an earlier cycle's
        ("Two weeks since the last seizure.", "seizure", "historical"),
        ("Awful mouth sores in the first cycle, nothing this time.", "mouth-sores",
         "historical"),
        ("The rash on my legs faded over the weekend.", "rash", "negated"),
        ("Constipation's sorted since the new tablets.", "constipation", "negated"),
        ("The cough I had in May is long gone.", "cough", "negated"),
        # someone else's: ", not me", a little boy, a poor man on the ward
        ("It was my sister who was dizzy, not me.", "dizziness", "family"),
        ("My little girl has a tummy ache from the party.", "pain", "family"),
        # a time is not a symptom gone
        ("Didn't sleep till gone 4 again.", "difficulty-sleeping", "present"),
    ],
)  # fmt: skip
def test_round_39_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("My son says I am like another person since Sunday.", "mental-status-change"),
        ("She keeps saying strange things about the neighbours.", "mental-status-change"),
        ("My mind was all over the place at the shops.", "confusion"),
        ("Snapped at the nurse, which is not like her at all.", "mental-status-change"),
        ("I woke and I don't know this room for a minute.", "confusion"),
        ("Some blood came up with the first cough this morning.", "coughing-up-blood"),
        ("A fire in my chest when I breathe in.", "chest-pain"),
        ("Crushing pressure behind my breastbone after the stairs.", "chest-pain"),
        ("Fluttery feeling in my chest after lunch.", "palpitations"),
        ("Two blackouts this week.", "palpitations"),
        ("My legs aren't doing what they're told today.", "leg-weakness"),
        ("I make water on myself in the night, I don't feel it.", "bladder-bowel-control"),
        ("I can't feel anything when I wipe.", "bladder-bowel-control"),
        ("The poo is like water since yesterday.", "diarrhea"),
        ("The gum hasn't healed where the tooth came out.", "jaw-pain"),
        ("My eyes blur when I read.", "vision-problems"),
        ("The words go double on the page.", "vision-problems"),
        ("My face can't move on the left side.", "facial-numbness"),
        ("The mouth corner goes down when I smile.", "facial-numbness"),
        ("Pain in the tummy at the top since breakfast.", "upper-abdominal-pain"),
        ("Stomach sore across the top after eating.", "upper-abdominal-pain"),
        ("Awake at 3 every night this week.", "difficulty-sleeping"),
        ("The room was spinning when I sat up.", "dizziness"),
        ("An itchy red patch on my shoulder.", "rash"),
        ("Hair falling out in the shower.", "hair-loss"),
        ("Downing litres of water since the steroids.", "high-blood-sugar"),
        ("My arms have lost their strength this week.", "weakness"),
        ("Can't feel the ground under my feet.", "neuropathy"),
        ("A crack in the top of the thigh bone on the x-ray.", "fracture"),
        ("Calcium slightly high on the bloods.", "hypercalcemia"),
        ("Couldn't keep the toast down this morning.", "vomiting"),
        ("Heaving over the toilet at six.", "vomiting"),
        ("Fingers cold and tingly this morning.", "neuropathy"),
    ],
)
def test_round_39_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A crushing defeat for the team, I could have wept.",
        "Our Lady's hospital rang about the appointment.",
        "The nurse checked my heels for pressure sores, all fine.",
        "Pressure-sore check done, nothing found.",
        "The dog threw up on the carpet again.",
        "I nearly fainted with relief at the results.",
        "Didn't get home till gone 10 after the concert.",
        "The weather was all over the place today.",
        "Red patch of sunset over the bay tonight.",
    ],
)
def test_round_39_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
