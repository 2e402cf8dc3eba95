"""Round 29 (docs/note-reader.md, "Round 29"): a pain told of "it" after its part was named, a
part and its complaint said apart, dictation's misheard words, and a correction that is no
negation. Each sentence is one no evaluation note contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # a pain told of "it": the item of the part named just before
        ("My head. Woke with it and it's been pounding all day.", "headache"),
        (
            "Low down on the right, under my ribs. That's where it's been aching.",
            "upper-abdominal-pain",
        ),
        ("Between my shoulder blades. Been giving me gyp all week.", "back-pain"),
        ("My chest, right in the middle. It's been so sore since lunch.", "chest-pain"),
        ("Hurt my knee on the stairs and it's throbbing tonight.", "pain"),
        ("It's been a bit sore today.", "pain"),
        # a part and its complaint apart
        ("It's the legs. Since breakfast, both of them, heavy as lead.", "leg-weakness"),
        ("My legs. Since tea they just won't carry me.", "leg-weakness"),
        ("The kitchen. When I stood up it went round and round.", "dizziness"),
        ("Asked about my hands. Tingling in both of them, worse at night.", "neuropathy"),
        ("A new numb patch on my chin since Friday.", "facial-numbness"),
        ("Jaw feels numb on the right, on denosumab.", "jaw-pain"),
        # what was misheard or said in passing
        ("so sure of breath on the stairs full stop", "shortness-of-breath"),
        ("head egg again since lunch", "headache"),
        ("week legs today comma nearly fell", "leg-weakness"),
        ("know appetite again today", "loss-of-appetite"),
        ("Had another one of those fits at noon.", "seizure"),
        ("She had a shaking fit at five.", "seizure"),
        ("The cough's back. Now there's a bit of blood when it gets going.", "coughing-up-blood"),
        ("I can't always tell when I need to go.", "bladder-bowel-control"),
        ("Got to the toilet and had an accident anyway.", "bladder-bowel-control"),
        ("A dull pain in my upper belly after food.", "upper-abdominal-pain"),
        ("I'm yellow round the eyes, my sister says.", "jaundice"),
        ("My feet swell by the evening.", "swelling"),
        ("Hair is falling out in the shower.", "hair-loss"),
        ("Fingers still a bit tingly.", "neuropathy"),
        ("Wound up tight about Friday's scan.", "anxiety"),
        ("I'm that stopped up from the pain pills.", "constipation"),
    ],
)
def test_round_29_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("my tummy no wait my chest is sore", "chest-pain", "present"),
        ("If I had to rank today: 1) the diarrhea, 2) the tiredness.", "diarrhea", "present"),
        ("Nausea not there today.", "nausea", "negated"),
        ("Man in the next chair was so short of breath.", "shortness-of-breath", "family"),
        ("Woman in my support group had a seizure.", "seizure", "family"),
        ("My lola had breast cancer too, she was always tired.", "fatigue", "family"),
        ("My lola is very confused today, she doesn't know me.", "confusion", "present"),
    ],
)
def test_round_29_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


def test_a_jabs_swelling_is_the_jabs():
    assert [s for s, _ in found("The injection site is red and swollen.")] == [
        "injection-site-reaction"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The bass next door, it's thumping all night.",
        "The kids went round and round the garden on their bikes.",
        "Had an accident in the car park, scraped the bumper.",
        # the review's sentences (docs/note-reader.md, "Round 29")
        "Money, that's where it's been sore between us for years.",
        "The ending of the film, that's the sore bit.",
        "The cat's paw. It's been sore since she jumped off the shed.",
        "Had one of those fits of tidying, the garage is sorted.",
        "The dog had a shaking fit during the fireworks.",
        "Made a cress head egg with the grandkids.",
        "Tom's black eye from rugby is yellow round the eyes now.",
        "Just drained the pasta, tea in five.",
        "The willow's hair is falling all over the lawn.",
        "The twins are wound up tight before the concert.",
    ],
)
def test_round_29_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
