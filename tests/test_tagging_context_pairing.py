"""ConText's cues paired with the mentions on ints (diary.tagging_pipeline.PairedContext), and
sentences split on the token array (SentenceEnds).

medspacy's ConText still defines the rules and finds the cues; the pairing must give the graph
medspacy's own ConTextGraph gives, cue for cue, scope for scope and edge for edge. The sentences
must start where spaCy's Sentencizer starts them."""

import pytest

from diary import tagging
from diary.tagging_pipeline import _SENTENCE_ENDS, CONTEXT, LOWER_TEXT, PairedContext

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:.*W036"),
    pytest.mark.filterwarnings("ignore:Importing 'parser.split_arg_string':DeprecationWarning"),
]


def _graph(doc) -> tuple:
    graph = doc._.context_graph
    return (
        [(e.start, e.end, e.label_) for e in graph.targets],
        [
            (m.modifier_span, m.scope_span, m.category, m.rule.literal, m.num_targets)
            for m in graph.modifiers
        ],
        [((t.start, t.end), m.modifier_span) for t, m in graph.edges],
        [(e.start, [m.modifier_span for m in e._.modifiers], e._.is_negated) for e in doc.ents],
    )


def read(text: str) -> dict[str, list[tuple[str, str]]]:
    """Each mention's (category, cue) pairs, after checking that the pairing on ints and
    medspacy's ConText make the same graph of the note."""
    nlp = tagging.get_tagger().nlp
    paired = nlp.get_pipe(CONTEXT)
    assert isinstance(paired, PairedContext)
    docs = []
    for run in (paired, paired.context):
        doc = nlp(text, disable=[CONTEXT])
        doc.user_data[LOWER_TEXT] = text.lower()
        docs.append(run(doc))
    ours, medspacys = docs
    assert _graph(ours) == _graph(medspacys)
    return {
        e.text: [
            (m.category, ours[m.modifier_span[0] : m.modifier_span[1]].text) for m in e._.modifiers
        ]
        for e in ours.ents
    }


def test_a_cue_reaches_only_its_own_sentence():
    assert read("No nausea. Headache today.") == {
        "nausea": [("NEGATED_EXISTENCE", "No")],
        "Headache": [],
    }


def test_a_termination_cue_ends_a_cues_scope():
    assert read("no nausea but a headache") == {
        "nausea": [("NEGATED_EXISTENCE", "no")],
        "headache": [],
    }


def test_a_backward_cue_reaches_the_mention_before_it():
    assert read("headache. nausea is gone") == {
        "headache": [],
        "nausea": [("NEGATED_EXISTENCE", "is gone")],
    }


def test_a_backward_cue_stops_at_a_termination_before_it():
    assert read("nausea gone, headache still here") == {
        "nausea": [("NEGATED_EXISTENCE", "gone")],
        "headache": [],
    }


def test_a_pseudo_cue_hides_the_cue_inside_it_and_reaches_nothing():
    assert read("Nausea yesterday") == {"Nausea": [("HISTORICAL", "yesterday")]}
    assert read("Nausea since yesterday") == {"Nausea": []}


def test_two_cues_on_one_mention_both_reach_it():
    assert read("my mum had no nausea") == {
        "nausea": [("FAMILY", "mum"), ("NEGATED_EXISTENCE", "no")]
    }


def test_a_cue_of_one_target_reaches_the_nearest_only():
    assert read("maybe nausea and headache") == {
        "nausea": [("POSSIBLE_EXISTENCE", "maybe")],
        "headache": [],
    }


def test_a_cue_reaches_as_far_as_its_max_scope():
    assert read("I did not have any real nausea at all") == {
        "nausea": [("NEGATED_EXISTENCE", "did not")]
    }
    assert read("I did not have any real bad awful nausea at all") == {"nausea": []}


def test_a_cue_inside_a_mention_is_dropped():
    assert read("no appetite") == {"no appetite": []}


def test_a_callback_can_refuse_a_mention_in_scope():
    assert read("Mum had nausea and headache") == {"nausea": [], "headache": []}


def test_a_note_without_cues_has_an_empty_graph():
    assert read("headache and nausea today") == {"headache": [], "nausea": []}


@pytest.mark.parametrize(
    "text",
    [
        "Headache. Nausea!! Tired?! ok; fine",
        "a. . . b ... c \u2026 d",
        "(bad night.) slept late",
        "pain...",
        ".",
        "no full stop at all",
    ],
)
def test_sentences_start_where_spacys_sentencizer_starts_them(text):
    from spacy.attrs import SENT_START
    from spacy.pipeline import Sentencizer

    nlp = tagging.get_tagger().nlp
    ours, spacys = nlp.make_doc(text), nlp.make_doc(text)
    nlp.get_pipe("diary_sentences")(ours)
    Sentencizer(punct_chars=_SENTENCE_ENDS)(spacys)
    assert ours.to_array(SENT_START).tolist() == spacys.to_array(SENT_START).tolist()


@pytest.mark.parametrize(
    "text",
    ["headache and nausea", "a pain in the neck and neck pain", "chest pain, sore chest", ""],
)
def test_catalog_phrases_are_pruned_as_medspacy_prunes_them(text):
    from medspacy.common.util import prune_overlapping_matches

    nlp = tagging.get_tagger().nlp
    phrases = nlp.get_pipe("diary_catalog_phrases")
    doc = nlp.make_doc(text)
    matches = phrases.matcher(doc)
    expected = prune_overlapping_matches(matches) if matches else []
    assert [(e.label, e.start, e.end) for e in phrases(doc).ents] == [
        (label, start, end) for label, start, end in expected
    ]


@pytest.mark.parametrize("seed", range(5))
def test_overlapping_matches_are_pruned_as_medspacy_prunes_them(seed):
    """Random matches, overlapping and of equal length (where medspacy keeps the first), with
    ties of start and of span: the same list as medspacy's, in the same order."""
    import random

    from medspacy.common.util import prune_overlapping_matches

    from diary.tagging_pipeline import _prune_overlapping

    rng = random.Random(seed)
    for _ in range(2000):
        matches = []
        for _ in range(rng.randint(1, 9)):
            start = rng.randint(0, 15)
            matches.append((rng.randint(1, 4), start, start + rng.randint(1, 5)))
        assert _prune_overlapping(list(matches)) == prune_overlapping_matches(list(matches))
