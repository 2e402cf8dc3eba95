"""Edges of the reader's machinery: what spaCy's and medspacy's own components would do, kept
where the reader does their work its own way (line breaks typed as control characters, a doc
without sentences, the sentence splitter's default marks, pattern tokens that require no word)."""

import pytest

from diary import tagging
from diary.tagging_pipeline import CONTEXT, LOWER_TEXT
from tests.reading import MARKS, found

pytestmark = MARKS


@pytest.mark.parametrize("line_break", ["\x0b", "\x0c", "\x85", "\x1e", "\n", "\u2028"])
def test_a_line_break_of_any_kind_ends_a_negation(line_break):
    read = found(f"No nausea{line_break}headache all day")
    assert ("nausea", "negated") in read
    assert ("headache", "present") in read


def test_a_doc_without_sentences_is_left_to_medspacy():
    from spacy.tokens import Span

    nlp = tagging.get_tagger().nlp
    doc = nlp.make_doc("no nausea and headache")
    doc.ents = [Span(doc, 1, 2, label="nausea"), Span(doc, 3, 4, label="headache")]
    doc.user_data[LOWER_TEXT] = doc.text.lower()
    with pytest.raises(ValueError):  # medspacy's ConText needs sentences (spaCy's E030)
        nlp.get_pipe(CONTEXT)(doc)


def test_the_sentence_splitter_with_no_marks_given_uses_spacys_defaults():
    from spacy.attrs import SENT_START
    from spacy.pipeline import Sentencizer

    from diary.tagging_pipeline import SentenceEnds

    nlp = tagging.get_tagger().nlp
    text = "No nausea. Headache all day! Sore?"
    ours, spacys = nlp.make_doc(text), nlp.make_doc(text)
    SentenceEnds(nlp, "ends", punct_chars=[])(ours)
    Sentencizer(punct_chars=[])(spacys)
    assert ours.to_array(SENT_START).tolist() == spacys.to_array(SENT_START).tolist()
    assert len(list(ours.sents)) == 3


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (
            [{"LOWER": "head"}, {"LOWER": "not", "OP": "!"}, {"LOWER": "pounding"}],
            "head really pounding",
        ),
        (
            [{"LOWER": "head"}, {"LOWER": "very", "OP": "{,2}"}, {"LOWER": "pounding"}],
            "head pounding",
        ),
    ],
)
def test_token_patterns_find_what_spacys_matcher_finds(pattern, text):
    """A token that must not match (OP "!") or may match nothing ({,m}) requires no word."""
    from spacy.matcher import Matcher

    from diary.tagging_matchers import TokenPatterns

    nlp = tagging.get_tagger().nlp
    ours = TokenPatterns(nlp, "edges", [["headache", pattern]])
    matcher = Matcher(nlp.vocab)
    matcher.add("headache", [pattern])
    doc = nlp.make_doc(text)
    doc[0].is_sent_start = True
    expected = [(start, end) for _, start, end in matcher(doc)]
    assert expected
    assert [(e.start, e.end) for e in ours(doc).ents] == expected
