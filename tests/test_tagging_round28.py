"""Round 28 (docs/note-reader.md, "Round 28"): how a seizure or a confusion already named looked,
one ConText rule a phrase, a second temperature reading, a question answered in its own
sentence, Scots words, and words round27a and round27b used. Each sentence is one no
evaluation note contains."""

import pytest

from diary import tagging
from tests.reading import MARKS, found

pytestmark = MARKS


def test_how_a_named_seizure_looked_is_the_same_mention():
    text = "Had a seizure after tea, both arms jerking for a minute."
    seizures = [m for m in tagging.tag(text) if m.symptom == "seizure"]
    assert len(seizures) == 1
    assert seizures[0].text == "seizure after tea, both arms jerking"
    assert seizures[0].status == "present"


def test_how_a_relatives_seizure_looked_is_theirs():
    # one mention, not the patient's own; asked since round 60 (a father alone in a note with
    # no word of the writer's own is the patient as often as not), never dropped
    text = "Dad had a seizure after tea, both arms jerking for a minute."
    assert found(text) == [("seizure", "uncertain")]
    text = "Dad had a seizure after tea, both arms jerking. I was so frightened."
    assert ("seizure", "family") in found(text)


def test_how_a_named_confusion_looked_is_the_same_mention():
    text = "She was muddled at lunch, calling me by my cousin's name."
    assert [m.symptom for m in tagging.tag(text)] == ["confusion"]


def test_a_denied_seizure_does_not_swallow_todays_jerking():
    text = "No seizure since March but my leg was jerking tonight."
    assert ("seizure", "negated") in found(text)
    assert ("seizure", "present") in found(text)


def test_two_signs_told_in_their_own_words_stay_two():
    text = "She is very drowsy, hard to rouse after lunch."
    assert found(text).count(("mental-status-change", "present")) == 2


def test_one_context_rule_a_phrase():
    """Two rules on the same words were chosen between by their match ids' order, which moved
    whenever a rule was added elsewhere ("years back" read forward or both ways)."""
    from diary.tagging_rules import context_rules

    literals = [rule.literal.lower() for rule in context_rules() if rule.pattern is None]
    assert len(literals) == len(set(literals))
    assert ("seizure", "historical") in found("I did have a fit years back, the first one.")


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("Temp 100.8F at tea. Took it again at 10pm: 101.4.", "38.6"),
        ("Temp 38,1 at noon. Rechecked at 2: 38,7.", "38.7"),
        ("102 degrees on the thermometer and shivering.", "38.9"),
    ],
)
def test_a_second_reading_is_read(text, celsius):
    readings = [str(m.celsius) for m in tagging.tag(text) if m.symptom == "fever"]
    assert celsius in readings


@pytest.mark.parametrize(
    "text",
    [
        "Temp 99.1F this morning, 99.8F at 4pm, both under 100.4.",
        "Temp 37,2. Weight 38,5 kg.",
        "The oven thermometer said 200 degrees, 39 degrees outside.",
        "It hit 41 degrees in Perth today.",
    ],
)
def test_what_is_no_second_reading(text):
    assert [m for m in tagging.tag(text) if m.symptom == "fever" and m.status == "present"] == []


@pytest.mark.parametrize(
    ("text", "symptom", "status"),
    [
        # the answer after a comma in the question's sentence
        (
            "The doctor asked about leg weakness and trouble holding my pee, and I said none "
            "of that.",
            "leg-weakness",
            "negated",
        ),
        ("The GP asked about headaches, and I said yes, most mornings.", "headache", "present"),
        ("The nurse asked about my cough, which is still bad.", "cough", "present"),
        # a past told with a year, a year ago, or someone's last months
        ("Broke my wrist in 2020, the plate is still in.", "fracture", "historical"),
        ("A year ago the pain in my hip kept me in bed.", "pain", "historical"),
        ("Three years since the seizure that started all this.", "seizure", "historical"),
        ("Grandad had seizures in his last months.", "seizure", "family"),
        ("Ma da had a terrible cough for years.", "cough", "family"),
        # before any, mask a, thinks I'm exaggerating
        ("I'll need a new plan before any seizure comes.", "seizure", "hypothetical"),
        ("Don't take paracetamol, it can mask a fever.", "fever", "hypothetical"),
        ("Tom thinks I'm exaggerating the dizziness.", "dizziness", "present"),
        # a sentence cut into words, and a list that is not one
        ("Can't. Get. My. Breath. Ringing 999.", "shortness-of-breath", "present"),
    ],
)
def test_round_28_statuses(text, symptom, status):
    assert (symptom, status) in found(text)


def test_a_list_of_one_word_sentences_is_not_joined():
    assert ("shortness-of-breath", "present") not in found("Breath. Legs. Bladder. All bad.")


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("Woke up and hadnae a clue where I was.", "confusion"),
        ("Woke up and had no idea where I was for a minute.", "confusion"),
        ("In a fog all day, couldn't follow the telly.", "confusion"),
        ("Bit scrambled in the heid today.", "confusion"),
        ("She struggled for words at breakfast.", "speech-problems"),
        ("My words are coming out jumbled.", "speech-problems"),
        ("Jumbling my words on the phone again.", "speech-problems"),
        ("Talking like I'm drunk since teatime.", "speech-problems"),
        ("She fitted for about two minutes.", "seizure"),
        ("My legs are so feeble on the stairs.", "leg-weakness"),
        ("Legs have stopped working properly.", "leg-weakness"),
        ("No feeling around my back passage.", "bladder-bowel-control"),
        ("Pink streaks in my phlegm again.", "coughing-up-blood"),
        ("Liver area aching all evening.", "upper-abdominal-pain"),
        ("Sharp pain on the right under my ribcage.", "upper-abdominal-pain"),
        ("The sore bit at the top of my tummy is worse.", "upper-abdominal-pain"),
        ("My scar twinges when it's cold.", "pain"),
        ("Sore from head to toe today.", "pain"),
        ("Felt like I was going to be sick all morning.", "nausea"),
        ("Wanting to heave at every smell.", "nausea"),
        ("The whole kitchen was whirling when I stood up.", "dizziness"),
        ("Got the squits again.", "diarrhea"),
        ("Sleep just won't come.", "difficulty-sleeping"),
        ("The jab left a hard red lump on my leg.", "injection-site-reaction"),
        ("There's a sore on my gum that won't heal.", "jaw-pain"),
        ("Leaked on the way to the shop again.", "bladder-bowel-control"),
        ("I'm so low today.", "depression"),
        ("I don't fancy any food.", "loss-of-appetite"),
        ("My left calf swelled up overnight.", "calf-swelling"),
        ("Just cannae keep ma balance.", "balance-problems"),
        ("Feeling boaky all morning.", "nausea"),
        ("Accident wi ma bowels on the bus.", "bladder-bowel-control"),
    ],
)
def test_round_28_shapes_are_read(text, symptom):
    assert (symptom, "present") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had no idea where I was going with that story.",
        "Took the wrong exit and had no clue where I was till the satnav caught up.",
        "The M62 was in a fog over the tops.",
        "The best man struggled for words when the mic cut out.",
        "The shoogly table in the cafe spilt my tea.",
        "That smell from the bins is pure boaky.",
        "Sleep won't come for the twins on Christmas Eve.",
        "The dog's got the squits again.",
        "We laughed till our sides hurt at the panto.",
        "The footy tipping comp is doing my head in.",
        "Went through the side effects of my new phone contract, jokingly.",
        "I'm low on milk, can someone pick some up?",
        "The boiler has stopped working again.",
        "She had a fit of giggles, shaking all over.",
    ],
)
def test_round_28_everyday_words_are_not_symptoms(text):
    assert [m for m in found(text) if m[1] == "present"] == []
