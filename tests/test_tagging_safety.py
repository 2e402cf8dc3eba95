"""The note reader's safety net: a red flag the reader could not place is asked as a question."""

from pathlib import Path

import pytest

from diary import tagging, tagging_safety
from diary.management.commands.evaluate_tagger import (
    COUNTED_RED_FLAGS,
    Score,
    evaluate,
    format_score,
    load_notes,
)
from diary.management.commands.evaluate_tagger import score as score_notes
from diary.tagger_service import mention_from_json, mention_to_json
from diary.tagging_pipeline import CONTEXT, mentions_of

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:.*W036"),
    pytest.mark.filterwarnings("ignore:Importing 'parser.split_arg_string':DeprecationWarning"),
]


DATA = Path(__file__).parent / "data"


def asked(text: str, *, reader: bool = True) -> list[tuple[str, str, str]]:
    """(slug, words, what she wrote about) of each question the net asks in `text`.

    With reader=False the reader's own mentions are left out, so that the lexicon is tested
    whatever the reader's rules place by themselves."""
    tagger = tagging.get_tagger()
    doc = tagger.nlp(text)
    found = mentions_of(doc) if reader else []
    context = tagger.nlp.get_pipe(CONTEXT)
    return [
        (q.slug, text[q.start_char : q.end_char], q.about)
        for q in tagging_safety.questions(doc, found, context)
    ]


def slugs(text: str, *, reader: bool = False) -> list[str]:
    return [slug for slug, _, _ in asked(text, reader=reader)]


# --- Each trigger class asks its item -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug", "words", "about"),
    [
        ("my thighs are like wood today", "leg-weakness", "thighs are like wood", "legs"),
        ("my legs are not holding me", "leg-weakness", "legs are not holding", "legs"),
        ("breathing has gone rattly tonight", "shortness-of-breath", "breathing has gone rattly",
         "breathing"),
        ("chest feels like a band round it", "chest-pain", "chest feels like a band", "chest"),
        ("my words are all scrambled this morning", "speech-problems", "words are all scrambled",
         "speech"),
        ("I'm not talking properly today", "speech-problems", "talking properly", "speech"),
        ("bladder keeps leaking", "bladder-bowel-control", "bladder keeps leaking",
         "bladder or bowels"),
        ("the pee is not coming since this morning", "bladder-bowel-control",
         "pee is not coming", "bladder or bowels"),
        ("phlegm was streaky pink", "coughing-up-blood", "phlegm was streaky", "cough"),
        ("my arm was jerking uncontrollably", "seizure", "arm was jerking uncontrollably",
         "shaking"),
        ("hot and shivery all afternoon", "fever", "hot and shivery", "temperature"),
        ("my head feels all scrambled", "confusion", "head feels all scrambled", "thinking"),
        ("heard my rib crack on the stairs", "fracture", "rib crack", "rib"),
        ("my thigh is screaming", "pain", "thigh is screaming", "thigh"),
        ("my knee is agony", "joint-pain", "knee is agony", "knee"),
    ],
)  # fmt: skip
def test_each_trigger_class_asks_its_item(text, slug, words, about):
    assert asked(text, reader=False) == [(slug, words, about)]


def test_a_question_is_a_mention_with_status_uncertain_and_what_she_wrote_about():
    text = "Shopping was fine. Then my thighs felt like wood all the way home."
    mentions = tagging.tag(text)
    legs = [m for m in mentions if m.symptom == "leg-weakness"]
    assert legs, mentions
    if legs[0].status == "uncertain":  # the reader may place this wording itself one day
        assert legs[0].about == "legs"
        assert legs[0].is_safety_question
        assert text[legs[0].start : legs[0].end] == legs[0].text
        assert "thighs" in legs[0].text
    else:
        assert legs[0].status == "present"


def test_a_question_keeps_its_offsets_in_the_text_as_written():
    text = "<p>Long&nbsp;day.</p>   My thighs   are like wood."
    legs = [m for m in tagging.tag(text) if m.symptom == "leg-weakness"]
    assert legs and text[legs[0].start : legs[0].end] == legs[0].text


def test_a_question_crosses_the_tagger_service_with_what_she_wrote_about():
    mention = tagging.Mention(
        symptom="leg-weakness",
        sites=("bone",),
        status="uncertain",
        text="legs went to jelly",
        start=0,
        end=18,
        about="legs",
    )
    assert mention_from_json(mention_to_json(mention)) == mention


def test_a_reader_mention_carries_no_about_in_its_json():
    mention = tagging.Mention("fatigue", (), "present", "tired", 0, 5)
    assert "about" not in mention.as_dict()
    assert mention_from_json(mention_to_json(mention)).about == ""


# --- Context: nothing asked where the reader's context says it is not here now ------------------


@pytest.mark.parametrize(
    "text",
    [
        "my thighs are not like wood",  # negated
        "no leaking from my bladder",
        "my thighs were like wood last week",  # past
        "phlegm was streaky pink on Monday",
        "if my thighs go like wood I'll ring",  # hypothetical
        "watch for the bladder leaking, the nurse said",
        "my sister's thighs are like wood",  # family
        "my dad's chest feels like a band round it",
    ],
)
def test_a_negated_past_hypothetical_or_family_clause_asks_nothing(text):
    assert slugs(text) == []


def test_a_question_mark_still_asks():
    assert slugs("are my thighs meant to feel like wood?") == ["leg-weakness"]


def test_a_clause_where_the_reader_placed_the_item_asks_nothing():
    text = "legs feel weak and like wood"
    assert [m.symptom for m in tagging.tag(text)] == ["leg-weakness"]
    assert asked(text) == []


def test_a_clause_where_the_reader_placed_a_pain_asks_no_severe_pain():
    assert asked("my knee hurts, absolute agony") == []


def test_a_negated_red_flag_the_reader_placed_stays_negated_and_unasked():
    mentions = tagging.tag("no leg weakness today, legs fine")
    assert [(m.symptom, m.status) for m in mentions] == [("leg-weakness", "negated")]


def test_another_clause_can_still_be_asked():
    assert slugs("no cough today. Phlegm was streaky pink though.") == ["coughing-up-blood"]


# --- Idioms and everyday words ask nothing ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "legs up on the sofa all evening",
        "put my legs up and watched telly",
        "cracked a joke at the clinic",
        "my chest of drawers is heavy",
        "got it off my chest with the nurse",
        "the news broke my heart",
        "my phone screen cracked",
        "my breath smells awful",
        "took a deep breath and went in",
        "had words with the receptionist",
        "wee bit tired but fine",
        "the loo roll ran out",
        "temperature outside is boiling",
        "blood test today, results fine",
        "blood pressure a bit high",
        "temp 37.6 so we're chilling",
        "legs fine, breathing fine",
        "shaking hands with the consultant",
        "breathing is better today",
        "head pressure worse lying down",
    ],
)
def test_idioms_and_everyday_words_ask_nothing(text):
    assert slugs(text) == []


# Everyday senses of a red-flag part with a change word: the house and its plumbing (toilet,
# leak, flood), a voice that is hoarse, sung or has a cold, a tongue that tastes or is burnt,
# idioms of being overwhelmed, a change word that is another noun's ("the wrong department",
# "got it wrong"), a phrasal verb ("broke down"), "think" before a clause, the weather's wind
# and air, things with legs and hips (tables, lamb, a hip flask), the kitchen and the garden's
# heat. Twenty-five of these were asked before their class was added; the reader asks nothing.
EVERYDAY = [
    # the review's sentences
    "the toilet flooded this morning, plumber came",
    "my voice was funny from singing at the concert",
    "I had a frog in my throat and my voice was funny",
    "My head is all over the place with the appointments",
    "at my wits end, mind is mush",
    # work
    "Rang the GP surgery and spoke to the wrong department twice",
    "My head is spinning with all the forms for the blue badge",
    "Deadlines at work all week, my brain has gone to mush",
    "My head was all over the place at work, far too much on",
    # family
    "The baby was screaming in my arms all through the christening",
    "I thought we'd lost the cat, she was in the airing cupboard",
    "The kids flooded the bathroom at bath time, water everywhere",
    "My sister and I had words about Christmas and it all went wrong",
    "Lost track of time in the garden, my mind was on the roses",
    # house
    "The washing machine leaked water all over the kitchen floor",
    "The cistern keeps leaking, the loo needs a new valve",
    "The hot water tap is leaking again",
    "The boiler is broken so the water is cold",
    "Cleaned the toilet and the bathroom floor was soaked",
    "Dropped the chest freezer lid, it is so heavy",
    "The shelf collapsed in the hall and the leg of the table snapped",
    "My hip flask cracked in my bag",
    # weather
    "Heavy wind and rain on the walk to the bus stop",
    "The air was thick and heavy before the storm",
    "Got soaked in the rain, pants wet through",
    "It was boiling in the garden, the temperature must have been high",
    "The temperature dropped and it is freezing cold tonight",
    # sport
    "My voice is croaky and strange after shouting at the rugby",
    "The ref got it wrong, we talked about it all the way home",
    # cooking
    "Puff pastry came out heavy but tasted fine",
    "The curry was so hot my tongue felt strange for ages",
    "Burnt the toast, the smoke alarm went and my chest was pounding with the fright",
    # the bus
    "The bus broke down so my legs got a long walk home",
    "On the other hand the heat on the bus was killing me",
    "Spilt my tea on the bus, pants soaked",
    # a speech given, and round 8's everyday sentences (asked or tagged before round 8)
    "His speech at the wedding went wrong in places",
    "My talk at the meeting came out all muddled, too many slides",
    "Legs of the new chair are wobbly",
    "The car broke down on the way to the clinic",
    "My phone screen cracked again",
    "The heating is on high, house is boiling",
    "The dress fits again after all that",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_everyday_sense_of_a_part_asks_nothing(text):
    assert slugs(text) == []
    assert [(m.symptom, m.text) for m in tagging.tag(text) if m.about] == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("my voice is slurred", "speech-problems"),  # a voice with no throat, cold or song
        ("my words came out all wrong", "speech-problems"),  # "all wrong" is hers
        ("my speech went all wrong at lunch", "speech-problems"),  # no speech given
        ("I leaked before I reached the loo", "bladder-bowel-control"),  # not the loo's leak
        ("my mind is mush today", "confusion"),  # no sign of being overwhelmed
        ("my thoughts are jumbled", "confusion"),
        ("my brain that morning was all muddled", "confusion"),  # "that" after a thought only
        ("so confused, thought it was 1985", "confusion"),  # a change before the thought
        ("my thinking goes the wrong way", "confusion"),  # the wrong way is hers
        ("calling things by the wrong name when I speak", "speech-problems"),
        ("my voice is hoarse and my words are slurred", "speech-problems"),  # words, not voice
        ("the water keeps leaking out of me", "bladder-bowel-control"),  # water is not the loo
        ("struggling for breath walking in the rain", "shortness-of-breath"),  # breath, not wind
        ("my hip cracked on the stairs", "fracture"),  # "on" is not a phrasal verb's
        ("my arm snapped when I fell", "fracture"),
    ],
)
def test_the_everyday_classes_leave_the_red_flag_wordings_asked(text, slug):
    assert slugs(text) == [slug]


def test_an_item_not_in_the_catalog_is_never_asked():
    entries = [e for e in tagging.catalog_entries() if e.slug != "leg-weakness"]
    tagger = tagging.Tagger(entries)
    assert [m for m in tagger.tag("my thighs are like wood") if m.about] == []


def test_a_note_without_a_part_word_costs_no_context_run():
    tagger = tagging.get_tagger()
    doc = tagger.nlp.make_doc("lovely walk in the park today")

    def never(doc):
        raise AssertionError("ConText run on a note with nothing to ask")

    assert tagging_safety.questions(doc, [], never) == []


# --- Measured: what it gains and what it costs --------------------------------------------------

ROUND6 = ("notes_dev_round6j.jsonl", "notes_dev_round6k.jsonl")


@pytest.mark.parametrize("name", ROUND6)
def test_the_safety_net_offers_most_red_flags_and_rarely_asks_a_note_without_one(name):
    """Tuning figures, not a result (docs/note-reader.md): the net's lexicon and, since, the
    reader's rules were written with these files at hand, and the reader now places every red
    flag in them (117/117, 97/97) with no question asked. Held: nothing offered is lost, and at
    most one note in ten without a red flag gets a question."""
    score = evaluate(DATA / name)
    assert score.red_flag_suggested >= 0.94, score.red_flag_suggested
    assert score.red_flags_suggested >= score.red_flags_found  # a question never hides a mention
    without = sum(
        not any(e.status == "present" and e.symptom in COUNTED_RED_FLAGS for e in exp)
        for _, exp in load_notes(DATA / name)
    )
    assert score.safety_notes_without_red_flag <= without / 10


def test_a_safety_question_is_never_a_present_mention():
    notes = [("my thighs are like wood", [])]
    found = [tagging.tag(notes[0][0])]
    score = score_notes(notes, found)
    assert score.found_present == sum(m.status == "present" for m in found[0])
    assert score.safety_questions == sum(m.is_safety_question for m in found[0])


def test_evaluate_tagger_prints_the_strict_line_then_suggested_and_the_cost():
    score = Score(
        notes=3,
        red_flags_found=1,
        red_flags_expected=4,
        red_flags_suggested=3,
        safety_questions=2,
        safety_notes=2,
        safety_notes_without_red_flag=1,
    )
    lines = format_score("x.jsonl", score).splitlines()
    assert lines[3] == (
        "  red-flag recall: 0.250  (1/4 present red-flag and pain mentions found present)"
    )
    assert lines[4] == "  red flags suggested (present, or asked as a question): 0.750  (3/4)"
    assert lines[5] == "  safety questions: 2 in 2 notes, 1 of them on notes with no such red flag"
