"""Round 9 (docs/note-reader.md, "Round 9"): misspelt symptom words read as the lexicon's
words (diary/tagging_spelling.py), and three classes of the safety net, each tried on sentences
no evaluation note contains, with near misses that must not be tagged, asked or respelt."""

import pytest

from diary.tagging_spelling import Misspellings, is_real_word
from tests.reading import MARKS, asked, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("terrible nawsha since lunch", "nausea", "present"),
        ("diarea three times today", "diarrhea", "present"),
        ("she was konfused when she woke", "confusion", "present"),
        ("MUM VERY KONFUSED TONIGHT", "confusion", "present"),
        ("Konfused this morning, did not know the day", "confusion", "present"),
        ("numbnes in both legs since Tuesday", "leg-weakness", "present"),
        ("konstipated again, nothing for 4 days", "constipation", "present"),
        ("brethless on the stairs", "shortness-of-breath", "present"),
        ("no temprature today", "fever", "negated"),
    ],
)
def test_a_misspelt_symptom_word_reads_as_the_word(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # real words the lemma table lacks: the word frequencies know them
        ("Wobbly getting round the furniture", "fracture"),
        ("they let me go ahead with chemo", "pain"),
        ("Emma came round with soup", "swelling"),
        # a name written with a capital inside a sentence is never respelt
        ("We went to Nassau in 2019, lovely", "nausea"),
        # words of another language, far enough from any word
        ("dolor de espalda / fiebre / cansada", "weakness"),
        ("Mild dysgeusia since cycle 2", "speech-problems"),
        # a word of the lexicon itself, though the lemma table lacks it
        ("had a funny turn and shook all over", "shock"),
    ],
)
def test_a_real_word_or_a_name_is_not_respelt_into_a_symptom(text, symptom):
    assert symptom not in [s for s, _ in found(text)]


def test_the_look_up_leaves_known_words_and_short_words_alone():
    spelling = Misspellings(["nausea", "numbness", "vomit", "vomiting", "confused", "fracture"])
    assert spelling.meant("numbnes") == "numbness"
    assert spelling.meant("vommiting") == "vomiting"
    assert spelling.meant("nawsha") is None  # a sound and two letters from "nausea": too far
    assert spelling.meant("conflused") == "confused"
    assert spelling.meant("vomit") is None  # the lexicon's own word
    assert spelling.meant("nassau") is None  # three edits from "nausea"
    assert spelling.meant("vom") is None  # too short to guess
    assert spelling.meant("náusea") is None  # another language's spelling
    assert is_real_word("furniture") and not is_real_word("nawsha")


def test_a_word_as_near_to_two_different_words_reads_as_neither():
    spelling = Misspellings(["heave", "heavy"], {"heave": "vomiting"})
    assert spelling.meant("heavu") is None  # one letter from each
    same = Misspellings(
        ["vomiting", "vomitting"], {"vomiting": "vomiting", "vomitting": "vomiting"}
    )
    assert same.meant("vommitting") in {"vomiting", "vomitting"}  # both the same item


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # everyday names for the legs
        ("my pegs feel like lead today", "leg-weakness"),
        ("at the top of the stairs my pins just went", "leg-weakness"),
        # speech like a drunk's
        ("my speech sounded drunk to him at tea", "speech-problems"),
        ("her words were all tipsy and slow", "speech-problems"),
        # how awake she is, told by someone with her
        ("Mum seems drowsier than usual since tea", "mental-status-change"),
        ("she was very slow to respond when I spoke to her", "mental-status-change"),
    ],
)
def test_the_safety_net_asks_about_these_classes(text, symptom):
    assert symptom in asked(text) or (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "pins and needles in both feet again",
        "I can't remember my pin number, felt useless at the bank",
        "hung the washing out, two pegs snapped in the wind",
        "the speech at the wedding was drunk and rambling",
        "he was drunk at the party, talking rubbish",
        "trouble with the toilet again, plumber coming Tuesday",
        "the council are so slow to respond to emails",
        "the tumour was slow to respond to the first chemo",
    ],
)
def test_the_new_classes_ask_nothing_of_everyday_sentences(text):
    assert asked(text) == []


def test_the_common_words_list_is_the_pinned_frequency_table_s():
    # Written by `manage.py common_words`; a package upgrade that changes the table fails here
    # until the list is written again.
    from diary.management.commands.common_words import frequencies, written
    from diary.tagging_spelling import COMMON_WORDS, REAL_WORD_LOG_PROB, common_words_of

    table = frequencies()
    words = common_words_of(table.items())
    assert COMMON_WORDS.read_bytes() == written(words)
    # The same answers as the table itself, for every word the look-up can be asked about.
    asked = [w for w in table if len(w) >= 4 and w.isalpha() and w.isascii() and w.islower()]
    assert len(asked) > 100_000
    assert all(is_real_word(w) is (table[w] > REAL_WORD_LOG_PROB) for w in asked[::7])
    assert not is_real_word("temprature") and not is_real_word("diarea")
    assert is_real_word("ahead") and is_real_word("emma")


@pytest.mark.parametrize(
    "text",
    [
        "we suceeded in getting tickets",  # three edits from a seizure's form
        "In conclussion a good day",  # three from convulsion
        "the sensored lights in the hall",
        "Darrell brought flowers",
        "Alicia did my hair",
        "Titus was barking",
        "the paninis were great",
        "serenely watched the sea",
        "fontina on toast",
        "Breville kettle broke",
        "a windless sunny day",  # two edits, and they sound different
        "our parkings were full",
        "she suported me",
        # two edits from a nausea form, sounding different: a price paid for the words above
        # (docs/note-reader.md, round 9; "hedake" is read as "headache" since round 58)
        "felt nawshus all evening",
    ],
)
def test_an_everyday_word_or_name_a_few_edits_from_a_symptom_s_is_not_one(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("nawsha all day", "nausea"),  # two edits, the same sound
        ("konfused this morning", "confusion"),
        ("terrible diarea", "diarrhea"),
    ],
)
def test_a_misspelt_symptom_word_that_sounds_the_same_is_still_read(text, slug):
    assert (slug, "present") in found(text)
