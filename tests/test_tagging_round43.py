"""Round 43 (docs/note-reader.md, "Round 43"): treatment changes, run-on notes in text-speak, a
mother in her eighties kept by her children, today against a day gone by, and everyday words of
round 43's review (words quoted as words, a pain diary, a night with nothing wrong). Each
sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a comparison with a day or a time gone by is today's
        ("The nausea is back to how it was on Tuesday.", "nausea", "present"),
        ("My cough is back to how it was a week ago.", "cough", "present"),
        ("Less breathless than on Friday but still puffed.", "shortness-of-breath", "present"),
        # ... a day told in the past is not
        ("Nausea on Tuesday, none today.", "nausea", "historical"),
        # what a doctor went through, what may happen, what was asked
        ("The registrar went through the side effects: mouth sores, diarrhoea.", "mouth-sores",
         "hypothetical"),
        ("I'll probably lose my hair by Christmas.", "hair-loss", "hypothetical"),
        ("Her bones are so thin a fracture could happen from a sneeze.", "fracture",
         "hypothetical"),
        ("My son asked what a fit would look like.", "seizure", "hypothetical"),
        # still there
        ("The tingling in my fingers hasn't gone.", "neuropathy", "present"),
        # a question answered by ticking no
        ("The licence form asked about seizures and I ticked no.", "seizure", "negated"),
        # she stopped, not the breath
        ("Short of breath on the hill, stopped twice.", "shortness-of-breath", "present"),
        ("The vomiting stopped at teatime.", "vomiting", "negated"),
        # gone a colour is not gone
        ("Pain under my ribs and my eyes have gone a bit yellow.", "upper-abdominal-pain",
         "present"),
        # a note signed by his grandchild is about him
        ("Grandpa is short of breath today. Written by his granddaughter.",
         "shortness-of-breath", "present"),
        # an animal opening its sentence
        ("Collie coughing all night again.", "cough", "family"),
    ],
)  # fmt: skip
def test_round_43_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Very hard to get him woken this morning.", "mental-status-change"),
        ("She's been away in herself all day.", "mental-status-change"),
        ("So drowsy I could barely rouse her.", "mental-status-change"),
        ("No idea how I got there, had to ring my son.", "confusion"),
        ("She keeps struggling for the names of things.", "speech-problems"),
        ("My words keep getting jumbled.", "speech-problems"),
        ("Having trouble with my speech tonight.", "speech-problems"),
        ("Her memory trouble is worse.", "memory-problems"),
        ("The pain in my ribs and spine is worse.", "bone-pain"),
        ("A dull ache on the right side of my tummy just under the ribs.", "upper-abdominal-pain"),
        ("Stiff, sore fingers first thing.", "joint-pain"),
        ("Sputum with red flecks this morning.", "coughing-up-blood"),
        ("Coughed up clots of blood twice.", "coughing-up-blood"),
        ("Breathing is getting harder on the stairs.", "shortness-of-breath"),
        ("My heart has been all over the place tonight.", "palpitations"),
        ("Hot body since morning.", "fever"),
        ("I feel like want to vomit after food.", "nausea"),
        ("3 days no open bowel.", "constipation"),
        ("Parched all the time on the steroids.", "high-blood-sugar"),
        ("Can't stop drinking, jug after jug.", "high-blood-sugar"),
        ("The palms are peeling again.", "hand-foot-syndrome"),
        ("Down below feels so dry.", "vaginal-dryness"),
        ("A sore on my gum that won't heal.", "jaw-pain"),
        ("Little interest in food this week.", "loss-of-appetite"),
        ("Swaying when I stand up.", "balance-problems"),
        ("I keep almost going over on the kerb.", "balance-problems"),
        ("Been bringing up everything I eat.", "vomiting"),
        ("Always worried about the next scan.", "anxiety"),
        ("Low as anything today.", "depression"),
        ("The vertebra has collapsed, they said.", "fracture"),
        ("Blurred sight in my left eye.", "vision-problems"),
        ("Sweat everywhere at 3am.", "hot-flashes"),
        ("Only a twinge in my hip today.", "pain"),
        ("I've been getting weaker since the new tablets.", "weakness"),
        ("My balance is all over the place.", "balance-problems"),
    ],
)
def test_round_43_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 43's review: words quoted as words
        "The phone typed 'my chest is tight' when I said 'my chest of drawers is tidy'.",
        "Autocorrect changed 'baking' to 'aching' again.",
        "Played 'Fever' on the radio all afternoon.",
        "Crossword answer, 9 across: 'NAUSEATED'.",
        # a pain or a seizure diary, first aid, the rules
        "Pain diary all zeros this week.",
        "Did the seizure first aid course at the library.",
        "Read the rules on seizures and driving.",
        # the heat, the cricket, the garden
        "Sweating in the sauna, bliss.",
        "Aching to see the grandkids on Sunday.",
        "Australia collapsed before lunch.",
        "Only thing hurting is my pride.",
        "A wasp buzzing round my ear at the picnic.",
        "Ordered a new pain for the greenhouse door.",
        "I sore the consultant and all's well.",
        "One more weak of radiotherapy, then the bell.",
        "The generator's coughing again.",
        # round 43's own narrowing: travel, a speech at a wedding, chairs in the rain
        "First day in Glasgow, no idea where I was all morning.",
        "The best man struggled for words at the wedding.",
        "The garden chairs were soaked through after the storm.",
    ],
)
def test_round_43_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
