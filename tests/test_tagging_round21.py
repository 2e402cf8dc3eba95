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
        ("Hubby has got metastatic breast cancer. His legs gave way on the stairs.", "leg-weakness"),
    ],
)
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
