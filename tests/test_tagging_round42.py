"""Round 42 (docs/note-reader.md, "Round 42"): the first weeks after the spread, couples who
write "we", lists with ratings against the day before, the writer's turn to herself after
others' news, and everyday words of round 42's review (machines that cough, treatments that
may bring something, symptoms that lifted). Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # a rating against the day before is today's
        ("Nausea 6/10 (was 3 yesterday).", "nausea", "present"),
        ("Headache 4/10 (x2 yesterday) still there.", "headache", "present"),
        ("Cough worse vs yesterday.", "cough", "present"),
        # ... but a day told in the past still is
        ("Vomited twice yesterday.", "vomiting", "historical"),
        # the writer's turn to herself: others' news before it are theirs
        ("Pam rang, she has had a cough for a fortnight. Me: fine today.", "cough", "family"),
        ("Pam rang, she has had a cough for a fortnight. Me: coughing a bit myself.", "cough",
         "present"),
        # ... not in a carer's note about her mother
        ("Mum was sick twice in the night. Me: shattered.", "vomiting", "present"),
        # a question answered no to all of it, and gladly
        ("The nurse asked about fever, headaches and rashes and I said no to all three.",
         "headache", "negated"),
        ("The GP asked if I'd had any chest pain and I was happy to say no.", "chest-pain",
         "negated"),
        # what a chemist, a nurse or a booklet warns may come
        ("The pharmacist warned me about mouth sores with these.", "mouth-sores",
         "hypothetical"),
        ("Nurse said any temperature over 38 means ring straight away.", "fever",
         "hypothetical"),
        ("Hair thinning can happen with this one, apparently.", "hair-loss", "hypothetical"),
        ("Steroids can make you hungry and jittery.", "anxiety", "hypothetical"),
        ("Joint aches might kick in after a month on it.", "joint-pain", "hypothetical"),
        ("Consultant worried the hip could fracture.", "fracture", "hypothetical"),
        ("Booklet for the new drug: diarrhoea, rash, tiredness.", "diarrhea", "hypothetical"),
        # the past: before a treatment, a season's year, a year ago, a month's short name
        ("Before the surgery my arm ached all the time.", "pain", "historical"),
        ("Winter 2020 I had shingles and a dreadful rash.", "rash", "historical"),
        ("Fractured my ankle three year ago.", "fracture", "historical"),
        ("Had a seizure in Feb, none since.", "seizure", "historical"),
        ("Sat: temp 38.2, normal since.", "fever", "historical"),
        # over
        ("The brain fog has finally lifted.", "confusion", "negated"),
        ("The dizziness has worn off.", "dizziness", "negated"),
        # ruled out
        ("X-ray shows it's not broken, just bruised.", "fracture", "negated"),
        ("No yellow in my eyes this morning.", "jaundice", "negated"),
        # someone else's
        ("Someone at the clinic had a fit in the waiting room.", "seizure", "family"),
        ("Mum's flatmate in the home coughs all night.", "cough", "family"),
        # a chart's cross before "no" is the "no"'s
        ("Sun\n1. Bloated ✓\n2. Constipation day 4 ✗ no BM", "constipation", "present"),
    ],
)  # fmt: skip
def test_round_42_statuses(text, symptom, status):
    assert (symptom, status) in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Red and sore injection site on my thigh.", "injection-site-reaction"),
        ("The jabs leave my bum bruised for a week.", "injection-site-reaction"),
        ("Tender where the needle went in yesterday and today.", "injection-site-reaction"),
        ("Seeing double when I look to the left.", "vision-problems"),
        ("Saw zigzags in the corner of my eye.", "vision-problems"),
        ("Stood up and the walls were spinning.", "dizziness"),
        ("The ground feels tilted when I walk.", "dizziness"),
        ("Tottery on the stairs this morning.", "balance-problems"),
        ("Feeling weary all day.", "fatigue"),
        ("Low in myself since the scan.", "depression"),
        ("Sad tonight.", "depression"),
        ("She's gone off her food since Friday.", "loss-of-appetite"),
        ("Can't stop fretting, I fret about every twinge.", "anxiety"),
        ("Struggling to find my words today.", "speech-problems"),
        ("He says I'm getting my words in a tangle.", "speech-problems"),
        ("Mum's acting strangely since lunch.", "mental-status-change"),
        ("She didn't know where she was this morning.", "confusion"),
        ("My legs feel like they're not mine.", "leg-weakness"),
        ("I can't tell when I need to pee any more.", "bladder-bowel-control"),
        ("Stomach ache high up after tea.", "upper-abdominal-pain"),
        ("My knee is aching after the walk.", "joint-pain"),
        ("Bone pain in my hip again.", "bone-pain"),
        ("Numb tingling hands and feet since the last dose.", "neuropathy"),
        ("Hands cold and numb this morning.", "neuropathy"),
        ("Blood in my phlegm when I coughed.", "coughing-up-blood"),
        ("Sputum has a streak of blood in it.", "coughing-up-blood"),
    ],
)
def test_round_42_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # round 42's review
        "The van was coughing black smoke all the way to the garage.",
        "Kettle's wheezing again, it needs descaling.",
        "Knackered old mower finally gave up.",
        "The signal's weak out here, texts take ages.",
        "She had eczema as a baby but grew out of it.",
        "Saw the pain nurse about my patches.",
        "My wedding ring fits again.",
        "The shop didn't know it was a bank holiday.",
        "The roadworks are really a pain, lah.",
    ],
)
def test_round_42_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
