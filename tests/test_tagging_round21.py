"""Round 21 (docs/note-reader.md, "Round 21"): whose symptom it is when a man has the breast
cancer, and what else round20k and round20l taught. Each sentence is one no evaluation note
contains."""

import pytest

from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        (
            "Grandad is a man with breast cancer, rare I know. Tonight he is very breathless.",
            "shortness-of-breath",
        ),
        ("My partner Sam has male breast cancer. He was confused after lunch.", "confusion"),
        ("Dad (68, breast cancer in his right side) had a fit this morning.", "seizure"),
        ("Hubby has got metastatic breast cancer. His legs gave way on the stairs.",
         "leg-weakness"),
    ],
)  # fmt: skip
def test_a_man_with_breast_cancer_is_the_patient(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # a man whose breast cancer is past, or men in general: the relative is still family
        ("My dad had breast cancer years ago, men get it. He was breathless at the end.",
         "shortness-of-breath"),
        ("Did you know men can get breast cancer? My brother has a cough this week.", "cough"),
    ],
)  # fmt: skip
def test_a_man_whose_breast_cancer_is_not_told_now_is_family(text, symptom):
    assert (symptom, "family") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Mon was fine, a bit tired. Wed the diarrhoea started and I was up all night.", "fatigue"),
        ("Mon was fine, a bit tired. Wed the diarrhoea started and I was up all night.",
         "diarrhea"),
        ("Good few days. Tues lunch out. Thu a bit of nausea, Fri felt great.", "nausea"),
        ("Sun roast at my sister's. Sat lie-in, a bit of a headache. Mon scan.", "headache"),
        ("Day 1: drip went fine. Day 3: constipated. Day 6 (today): ok.", "constipation"),
        ("Temps: Sun 37.4, Mon 38.3, Tue 37.9, today 37.2.", "fever"),
    ],
)  # fmt: skip
def test_a_day_in_a_list_of_days_is_that_day(text, symptom):
    assert (symptom, "historical") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # one day named: "Sat", "Sun", "Mon" and "Wed" are words
        ("Sat in the garden all afternoon, felt sick after lunch.", "nausea"),
        ("Sun was out so we walked, my back aches a lot.", "back-pain"),
        # the last day of a cycle is today's
        ("Day 1: fine. Day 2: tired. Day 3: headache all day.", "headache"),
        ("Day 4 after chemo: constipated again.", "constipation"),
    ],
)
def test_a_word_or_the_last_day_is_not_a_past_day(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Can't keep water down since breakfast.", "vomiting"),
        ("couldnt keep my tablets down this morning", "vomiting"),
        ("on the new tablets and very worried about my liver", "anxiety"),
        ("Worried sick about Friday's results.", "anxiety"),
        ("I keep worrying about the scan", "anxiety"),
        ("Night: struggling to sleep with the hip.", "difficulty-sleeping"),
        ("Sleep was broken again by the cough.", "difficulty-sleeping"),
        ("morphine making her muddled and seeing things", "mental-status-change"),
        ("It hurts to take a deep breath since lunch.", "chest-pain"),
    ],
)
def test_round_21_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # one mention of being sick a sentence
        ("Vomited x3 since lunch, can't keep water down.", "vomiting"),
    ],
)
def test_nothing_kept_down_beside_vomiting_is_one_mention(text, symptom):
    assert found(text).count((symptom, "present")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Doc worried about my kidneys, bloods Friday.",
        "I'm not worried about the scan.",
        "She's seeing things differently since the course.",
        "Am I seeing things or is the bruise bigger?",
    ],
)
def test_someone_elses_worry_and_other_seeing_are_not_read(text):
    symptoms = {symptom for symptom, _ in found(text)}
    assert not symptoms & {"anxiety", "mental-status-change"}
