"""What the note reader finds in a sentence, for the tests of its rounds of wording shapes."""

import pytest

from diary import tagging

# The reader's tests: the catalog in the database, and two warnings of spaCy's dependencies.
MARKS = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:.*W036"),
    pytest.mark.filterwarnings("ignore:Importing 'parser.split_arg_string':DeprecationWarning"),
]


def found(text: str) -> list[tuple[str, str]]:
    """The reader's mentions (symptom, status), not the safety net's questions."""
    return [(m.symptom, m.status) for m in tagging.tag(text) if not m.is_safety_question]


def everything(text: str) -> list[tuple[str, str]]:
    """The reader's mentions and the safety net's questions."""
    return [(m.symptom, m.status) for m in tagging.tag(text)]


def asked(text: str) -> list[str]:
    """The symptoms the safety net asks about."""
    return [m.symptom for m in tagging.tag(text) if m.is_safety_question]
