"""Round 10 (docs/note-reader.md, "Round 10"): general mechanisms for the wording the reader
read worst on round10r and round10s, each tried on sentences no evaluation note contains, with
near misses that must not be tagged or asked."""

import pytest

from diary.tagging_spelling import Misspellings
from tests.reading import MARKS, asked, everything, found

pytestmark = MARKS


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("so dizzyagain this morning", "dizziness"),
        ("nauseaall day, couldnt face lunch", "nausea"),
        ("my backpain is worse tonight", "back-pain"),
        ("cantbreathe properly on the stairs", "shortness-of-breath"),
        ("bad headachetoday", "headache"),
    ],
)
def test_two_words_typed_without_the_space_are_read_apart(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agnesdale Road was shut so we went the long way",  # no cut makes two words
        "the painting is finished",  # a word: never cut ("pain" + "ting")
        "ordered a heatpack online",  # neither half is a symptom word alone
    ],
)
def test_a_word_that_is_not_two_words_run_together_is_left_alone(text):
    assert found(text) == []


def test_a_run_together_word_is_cut_once_or_not_at_all():
    spelling = Misspellings(["headache", "legs", "mouth", "sores", "feel"])
    assert spelling.joined("headachewont") == ("headache", "wont")
    assert spelling.joined("legsproperly") == ("legs", "properly")
    assert spelling.joined("mouthsores") == ("mouth", "sores")  # not "mouths" + "ores"
    assert spelling.joined("cantfeel") == ("cant", "feel")
    assert spelling.joined("headache") is None  # the lexicon's own word
    assert spelling.joined("sunshine") is None  # a word
    assert spelling.joined("zzlegs") is None  # "zz" is not a word


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("really diz zy when I get up", "dizziness"),
        ("nau sea on and off since the chemo", "nausea"),
        ("head ach all day", "headache"),
        ("felt fev rish last night and today", "fever"),
    ],
)
def test_a_word_typed_with_a_space_inside_is_read_whole(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("two years ago my calcium was high, fine now", "pain"),  # "ago my" is not "agony"
        ("I'm gonna rest today", "dizziness"),
        ("the pain in my ribs is unbearable", "pain"),  # "pain in" stays two words
    ],
)
def test_two_words_are_not_read_as_one_unless_a_half_is_no_word(text, symptom):
    assert (symptom, "present") not in everything(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # dialect words read as the words they mean (Scots, Trinidadian)
        ("Sair heid the day", "headache", "present"),
        ("cyah catch meh breath since morning", "shortness-of-breath", "present"),
        # a man reporting "she" reports the patient
        ("Her husband reports she keeps getting muddled", "confusion", "present"),
        # a reading in a list, a slash between readings
        ("Temps today: 08:00 37.8 / 12:00 38.3 / 18:00 37.9", "fever", "present"),
        # therapists' shorthand
        ("RLE weakness worse today", "leg-weakness", "present"),
        ("LOB x2 on the stairs", "balance-problems", "present"),
        # two letters swapped or one doubled in a short word
        ("bad chset pain since lunch", "chest-pain", "present"),
        ("my leggs are so weak", "leg-weakness", "present"),
        # "failing to" is "unable to"
        ("failing to pass urine since lunch", "bladder-bowel-control", "present"),
        # a pain "right in" its part
        ("pain right in the middle of my chest", "chest-pain", "present"),
        # a day heading the note, the only one, is its date
        ("Weds: HA again, took paracetamol.", "headache", "present"),
        # charts of ticks
        ("Nausea ✗ | Fatigue ✓", "nausea", "negated"),
        ("Nausea ✗ | Fatigue ✓", "fatigue", "present"),
        ("☐ vomiting ☑ headache", "vomiting", "negated"),
        ("☐ vomiting ☑ headache", "headache", "present"),
        # capitals, and a comma typed without its space
        ("COULDNT CATCH MY BREATH ON THE STAIRS", "shortness-of-breath", "present"),
        ("DIDNT SLEEP A WINK", "difficulty-sleeping", "present"),
        ("tired,cant sleep again", "difficulty-sleeping", "present"),
        # out of breath as "puffed", said of her; everyday names for the head
        ("she gets so puffed on the stairs now", "shortness-of-breath", "present"),
        ("my bonce is killing me today", "headache", "present"),
        # "numb" as autocorrect writes it
        ("toes gone number since the chemo", "neuropathy", "present"),
        ("lip feels number than yesterday", "facial-numbness", "present"),
        # thirst told by measures of excess
        ("been drinking tea by the jug all week", "high-blood-sugar", "present"),
        ("weeing like a racehorse since Monday", "high-blood-sugar", "present"),
        # dialect and phonetic words; a misspelt negative
        ("totally puggled after the school run", "fatigue", "present"),
        ("bad cof all night", "cough", "present"),
        ("nae appetite the day", "loss-of-appetite", "present"),
        ("nae pain the day", "pain", "negated"),
        ("I coudnt get to sleep at all", "difficulty-sleeping", "present"),
        # what she could not do
        ("hard to hear the radio today", "hearing-changes", "present"),
        ("I cant read the paper, letters all swimming", "vision-problems", "present"),
        # the toilet by other names; a pain word, then "in" and the part
        ("didn't make it to the restroom in time", "bladder-bowel-control", "present"),
        ("aching in my lower back all night", "back-pain", "present"),
    ],
)
def test_a_general_shape_reads_as_the_symptom(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        ("Jo's husband says she had terrible headaches", "headache", "family"),  # Jo's
        ("Weds: bad headache. Thurs: fine", "headache", "historical"),  # two days told
        ("Fri: said her legs were heavy as lead", "leg-weakness", "historical"),  # told as past
    ],
)
def test_a_near_miss_keeps_its_status(text, symptom, status):
    assert (symptom, status) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "meh, whatever, fine today",  # "meh" as a shrug: nothing
        "had a lob at tennis, great fun",  # the abbreviation only in capitals
        "Agnes rang, then stollen for tea",  # a name opening a sentence; "stolen" doubled
        "Hines came round at six",
        "booked in at the naturopathy clinic",  # one letter from "naturopath"
        "hyperkalemia on the bloods, diet sheet given",  # not hypercalcaemia
        "the kidneys are failing to keep up, said the consultant",
        "cut my finger with a knife, all fine",  # a knife without "like"
        "my back, like the electric bill, is a worry",  # "electric" is not an image
        "the kids switched the telly off and put their legs up",
        "the cushions are all puffed and plumped",  # puffed, but not her
        "my face is number one on the rota",  # a count
        "feet are number 6 in the queue",
        "nurse said to drink loads of water after the chemo",  # advice
        "drank two pints of beer at the wedding",
        "the twins can't read the clock yet, they're four",
        "my head is fine, it's just the vice on the bench that's broken",
        "things took a strange turn of events at work",
        "it was my turn to cook, funny enough",
    ],
)
def test_an_everyday_sentence_is_neither_tagged_nor_asked(text):
    assert everything(text) == []


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("like a hammer on my head all morning", "headache"),
        ("like lightning down my spine when I move", "back-pain"),
        ("legs felt like someone had switched them off", "leg-weakness"),
        ("head like it's stuck in a vice", "headache"),  # seven words on, after "like"
        ("Mum had a queer turn after lunch", "seizure"),  # a fit or a faint, asked
    ],
)
def test_a_pain_told_by_what_it_is_like_is_asked(text, symptom):
    assert symptom in asked(text) or (symptom, "present") in found(text)
