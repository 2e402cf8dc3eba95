"""General shapes of symptom wording, beyond the catalog's phrases and the patterns of
diary/tagging_patterns.py: a pain word before a body part ("achy jaw", "stiff knees"), a part
that cannot do its work ("can't lift my legs", "legs won't hold me", "can't feel my feet"),
blood brought up, breath, confusion and speech, bladder and bowel control, and everyday
readings ("lost half a stone", "up three times in the night to pee").

Each shape is written once for the words it takes (lemmas, bounded gaps), never as a copy of
a sentence from a note. Labels follow tests/data/TAGGING_GUIDELINES.md; a pattern is only used
when the catalog has its slug.
"""

from __future__ import annotations

from collections.abc import Iterable

from diary.tagging_patterns import (
    BE,
    CANT,
    JUST,
    NOT,
    OWNER,
    PAIN_NOUNS,
    PAIN_PLACES,
    PAIN_WORDS,
    SIDE,
    Pattern,
    any_of,
    gap,
    lemma,
    lower,
    words,
)
from diary.tagging_shorthand import (
    ANTECEDENTS,
    BLOOD_IN_IT,
    BLOOD_NONE,
    CONTROL_NEARBY,
    ENDS_AS_THEM,
    FRACTURE_DOUBTED,
    FRACTURE_SAID,
    FRACTURE_THOUGHT,
    INJECTED,
    KEPT_DOWN,
    LEGS_AS_THEY,
    LEGS_NEARBY,
    NEGATED,
    PART_BEFORE,
    ROOM_AS_IT,
)

NOT_A_SYMPTOM = "NOT_A_SYMPTOM"  # diary/tagging.py drops these (idioms)
NOT_OPTIONAL = {"NORM": "not", "OP": "?"}
# English words one edit from "blood" that the lemma table knows: never read as it.
_NOT_BLOOD = ["blond", "bloom", "flood", "brood"]

# A needle's drug or a jab named in a mention ("where they gave me the Zoladex")
INJECTED_DRUG = lemma(*sorted(ANTECEDENTS[INJECTED]))
# Words said before a body part that make it hurt: "achy jaw", "stiff knees", "tender ribs".
PAIN_BEFORE = ("sore", "achy", "aching", "painful", "stiff", "tender", "throbbing", "hurting",
               "sair")  # fmt: skip
# "unable to pass urine", "failing to pass urine", "failed to stand"
UNABLE = lower("unable", "failing", "failed")
WILL_NOT = [{"NORM": {"IN": ["will", "would", "do", "did", "does"]}}, NOT]
LEGS = lemma("leg")
# Furniture and animals that have legs of their own ("the deckchair legs just folded")
_LEGGED_THINGS = ("chair", "chairs", "deckchair", "deckchairs", "table", "tables", "stool",
                  "stools", "bench", "benches", "bed", "beds", "tent", "sofa", "couch",
                  "settee", "desk", "tripod", "easel", "ladder", "trestle", "frame", "cot",
                  "board", "trolley", "piano",
                  "dog", "dogs", "puppy", "pup", "cat", "kitten", "lamb", "foal", "horse",
                  "pony", "calf", "sheep", "goat", "chick", "bird", "hamster", "rabbit",
                  "giraffe", "deer", "fawn", "donkey", "spider", "insect")  # fmt: skip
QUOTE = {"ORTH": {"IN": ["'", '"', "\u2018", "\u201c"]}, "OP": "?"}
FEET = lemma("foot", "feet", "toe", "finger", "fingertip", "hand", "sole")
LOO = lower("toilet", "loo", "bathroom", "lav", "lavatory", "commode", "john", "washroom",
            "restroom", "wc", "toilets", "loos", "bathrooms", "dunny", "khazi")  # fmt: skip
PEE = lemma("pee", "wee", "urinate", "piss", "poo", "pee", "tinkle")


def _pain_before_part() -> Iterable[tuple[str, Pattern]]:
    """ "achy jaw", "sore knees", "stiff lower back", "painful left hip bone"."""
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("headache", "mouth-sores"):
            continue  # "sore head" and "sore mouth" are catalog phrases
        yield slug, [lower(*PAIN_BEFORE), SIDE, lemma(*places)]
    yield "joint-pain", [lower(*PAIN_BEFORE), SIDE, lemma("hip", "ankle", "finger", "joint")]
    # "achy in the muscles", "aching in my lower back", "sore in my hip": a pain word, then "in"
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("mouth-sores", "headache"):
            continue
        yield slug, [lower(*PAIN_BEFORE), lower("in", "around", "across"), OWNER, SIDE,
                     lemma(*places)]  # fmt: skip
    # "throbbing in my lower back", "shooting pains down my neck", "my spine feels on fire"
    felt = lower("throbbing", "aching", "stabbing", "shooting", "burning", "stabbing")
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("mouth-sores", "headache"):
            continue
        yield slug, [felt, lower("in", "down", "across", "along", "around"), OWNER, SIDE,
                     lemma(*places)]  # fmt: skip
        yield slug, [lemma(*places), BE, {"IS_PUNCT": False, "OP": "{0,4}"}, lower("on"),
                     lower("fire")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("pain", "ache", "pane"), lower("in", "around", "by",
                                   "near", "over"), OWNER, lower("liver")]  # fmt: skip
    # "my side is killing me" (not "this job is killing me": only a part of the body)
    parts = lower("side", "arm", "arms", "leg", "legs", "foot", "feet", "hand", "hands", "hip",
                  "hips", "stomach", "tummy", "belly", "ankle", "ankles", "bum", "groin", "scar",
                  "breast", "boob", "armpit", "everything", "body", "toe", "toes", "finger",
                  "fingers", "eye", "eyes", "ear", "throat")  # fmt: skip
    yield "pain", [parts, BE, gap(1), lower("killing"), lower("me", "her", "him")]
    yield "headache", [lemma("head"), lower("pressure")]
    yield "headache", [lower("pressure"), lower("in"), OWNER, lemma("head")]
    yield "pain", [lower("stomach", "tummy", "belly"), lower("cramps", "cramping")]


# Whoever a note is about may be named ("Mum's been peeing like a racehorse"); another name
# is someone else's.
_HERS = ("i", "she", "mum", "mam", "mom", "mother", "nan", "gran", "granny", "wife")
# A cause outside her ears or eyes, after what she could not hear or see.
_NOT_A_NOISE = ["the", "all", "phone", "telephone", "last", "past", "next", "few"]
_OUTSIDE_NOISE = [
    lower("over", "above", "because", "cos", "for"),
    lower("the", "all", op="?"),
    {"LOWER": {"NOT_IN": _NOT_A_NOISE}},
]
_LANGUAGES = ("french", "german", "spanish", "italian", "welsh", "gaelic")
_SPECS = ("glasses", "specs", "readers", "lenses", "contacts", "spectacles", "reading")
_OUTSIDE_SIGHT = (
    [lower("from"), lower("the"), lower("back", "far", "other")],
    [lower("in"), lower("the", op="?"), lower("dark", "fog", "rain", "glare", *_LANGUAGES)],
    [lower("without"), lower("my", "her", "me", op="?"), lower(*_SPECS)],
    [lower("because", "cos", "over")],
)


def _legs() -> Iterable[tuple[str, Pattern]]:
    """Legs that do not work: the warning sign of spinal cord compression."""
    slug = "leg-weakness"
    # "can't lift my legs", "couldn't move her legs"
    yield slug, [*CANT, lemma("lift", "move", "bend", "feel"), OWNER, SIDE, LEGS]
    # "legs won't hold me", "legs wouldn't work"
    yield slug, [LEGS, *WILL_NOT, lemma("hold", "work", "move", "support", "carry", "take", "go",
                                        "lift")]  # fmt: skip
    # "legs feel like lead", "legs are like jelly", "legs turned to jelly"
    heavy = lower(
        "lead",
        "concrete",
        "jelly",
        "rubber",
        "cotton",
        "stone",
        "blocks",
        "noodles",
        "string",
        "wood",
        "wooden",
        "log",
        "logs",
        "bricks",
        "weights",
        "sandbags",
        "spaghetti",
    )
    # (her words quoted: "legs feel 'like wood'")
    yield slug, [LEGS, BE, gap(2), QUOTE, lower("like", "to"), lower("a", "an", op="?"), heavy]
    yield slug, [LEGS, lemma("turn"), lower("to"), heavy]
    # "her legs just went", "legs went from under me"
    yield slug, [LEGS, lower("just", op="?"), lower("went", "gone"), lower("from", "under", "on")]
    yield slug, [LEGS, lower("just"), lower("went", "gone")]
    # "right leg dragging", "dragging my left leg"
    yield slug, [LEGS, BE, lower("been", "started", op="?"), lower("dragging", "draggy",
                 "scuffing")]  # fmt: skip
    yield slug, [lemma("drag"), OWNER, SIDE, lemma("leg", "foot")]
    # "legs tingly and weak", "weakness in both legs"
    yield slug, [LEGS, BE, gap(2), lower("tingly", "tingling", "floppy", "weaker", "heavier")]
    yield slug, [lower("weakness", "numbness", "heaviness", "tingling"), lower("in"),
                 OWNER, lower("both", op="?"), SIDE, LEGS]  # fmt: skip
    # "legs can barely hold her up", "legs just wouldn't hold me", "legs have gone week" (dictated)
    yield slug, [LEGS, lower("can", "could"), lower("barely", "hardly"),
                 lemma("hold", "support", "carry", "take")]  # fmt: skip
    yield slug, [LEGS, lower("just", "simply"), *WILL_NOT,
                 lemma("hold", "work", "move", "support", "lift")]  # fmt: skip
    yield slug, [LEGS, BE, lower("gone", "so", "very", "really", op="?"), lower("week")]
    # "legs feel like they belong to someone else"
    yield slug, [LEGS, BE, gap(3), lemma("belong")]
    # "pins and needles from the waist down" (round 72; not "from the knees down", the nerves'
    # as often, round 72's review)
    yield slug, [lower("pins"), lower("and"), lower("needles"), lower("from"),
                 lower("the", "my", "her", op="?"), lower("waist", "hips", "chest", "belly"),
                 lower("down")]  # fmt: skip
    # "numb from the knees down"
    yield slug, [lower("numb", "weak", "dead", "paralysed", "paralyzed", "tingly"), lower("from"),
                 lower("the", "my", "her", op="?"),
                 lower("knees", "knee", "thighs", "waist", "hips", "chest", "bum", "belly"),
                 lower("down")]  # fmt: skip
    # "my right knee keeps buckling" (round 58)
    yield slug, [lower("knees", "knee", "legs"), lower("keeps", "kept", "keep", op="?"),
                 lemma("buckle", "buckled", "buckling")]  # fmt: skip
    # Round 11: legs that will not carry her weight, told by a carer: "couldn't get her legs to
    # take her weight", "legs not bearing her weight"; and "legs feel like they don't belong
    # to me" (the negation inside is the symptom's, as in "legs won't hold me").
    yield slug, [*CANT, lemma("get"), OWNER, SIDE, LEGS, lower("to"),
                 lemma("take", "hold", "bear", "carry", "support", "work", "move")]  # fmt: skip
    yield slug, [LEGS, lemma("be", op="?"), NOT,
                 lower("bearing", "taking", "holding", "carrying", "supporting"),
                 lower("my", "her", "his", "their"), lower("weight")]  # fmt: skip
    yield slug, [LEGS, BE, lower("like", "as"), lower("if", op="?"), lower("they", "it"),
                 lemma("do"), NOT, lemma("belong"), lower("to")]  # fmt: skip
    # Round 12: legs that do not obey, told in a second language ("the legs not obey me",
    # "my legs won't listen to me"), and legs that fold under her ("legs just folded under
    # me", "her legs crumpled"; "sat with my legs folded" is not)
    yield slug, [LEGS, lower("do", "does", "did", "will", "would", op="?"), NOT,
                 lemma("obey", "listen")]  # fmt: skip
    yield slug, [LEGS, lower("just", "suddenly", "simply", "completely"),
                 lower("folded", "crumpled", "collapsed")]  # fmt: skip
    yield slug, [LEGS, lower("crumpled", "collapsed")]
    # A thing's or an animal's legs ("the deckchair legs just folded", "the puppy's legs not
    # taking her weight", "the dog's legs won't listen") and legs that will not lift a thing
    # ("legs won't lift the box") or listen to music are not hers.
    things = [lower(*_LEGGED_THINGS), lower("'s", "\u2019s", "s'", op="?")]
    tails = (
        [lower("just", "suddenly", "simply", "completely", op="?"),
         lower("folded", "crumpled", "collapsed")],
        [lemma("be", op="?"), NOT, lower("bearing", "taking", "holding", "carrying", "supporting"),
         lower("my", "her", "his", "their", "its", op="?"), lower("weight")],
        [{"NORM": {"IN": ["do", "does", "did", "will", "would"]}, "OP": "?"}, NOT,
         lemma("obey", "listen", "do", "cooperate")],
        [BE, lower("like", "as"), lower("if", op="?"), lower("they", "it"), lemma("do"), NOT,
         lemma("belong")],
    )  # fmt: skip
    # ... but a word before the thing leaves the legs hers, unpunctuated: "got out of bed legs
    # just folded", "walking the dog legs collapsed" (a longer match wins)
    before = [lower("of", "from", "off", "out", "on", "onto", "in", "into", "walking", "walk",
                    "walked", "with", "feeding", "fed", "stroking"),
              lower("the", "my", "her", "his", "a", "our", op="?")]  # fmt: skip
    for tail in tails:
        yield NOT_A_SYMPTOM, [*things, LEGS, *tail]
        yield slug, [*before, *things, LEGS, *tail]
    yield NOT_A_SYMPTOM, [LEGS, {"NORM": {"IN": ["do", "does", "did", "will", "would"]},
                          "OP": "?"}, NOT, lemma("listen"), lower("to"),
                          lower("the", "any", op="?"),
                          lower("music", "beat", "rhythm", "song", "band", "tune")]  # fmt: skip
    yield NOT_A_SYMPTOM, [LEGS, lower("just", "simply", op="?"), *WILL_NOT, lemma("lift"),
                          lower("the", "a", "an", "this", "that", "these", "those", "any",
                          "anything", "it")]  # fmt: skip
    # "leg ... dragging when I walk": the leg named earlier in the clause
    yield slug, [lower("dragging", "drags"), lower("when", "as", "whenever"),
                 lower("i", "she"), lemma("walk")]  # fmt: skip


def _feet_and_hands() -> Iterable[tuple[str, Pattern]]:
    # "can't feel much in my left foot", "can't feel her feet", "no feeling in my fingertips"
    yield (
        "neuropathy",
        [*CANT, lower("feel"), lower("much", "anything", op="?"), lower("in", op="?"), OWNER,
         SIDE, FEET],
    )  # fmt: skip
    yield "leg-weakness", [lower("no", "lost", "losing"), lower("all", "the", "any"),
                           lower("feeling", "sensation"), lower("in"),
                           OWNER, SIDE, LEGS]  # fmt: skip
    yield "neuropathy", [lower("no", "lost", "losing"), lower("feeling", "sensation"),
                         lower("in"), OWNER, SIDE, FEET]  # fmt: skip
    yield (
        "neuropathy",
        [FEET, BE, gap(2), lower("tingly", "tingling", "numb", "prickly", "fizzy", "buzzing",
                                 "burning", "dead")],
    )  # fmt: skip
    yield "neuropathy", [lower("tingly", "tingling", "numb", "prickly", "dead"), OWNER, SIDE, FEET]
    # "feet gone number", "face feels number again": "numb" as autocorrect writes it (or its
    # comparative), after a verb of feeling or becoming and before anything but a count
    number = [lemma("feel", "go", "get", "be"), lower("so", "really", "even", "a", "bit", op="*"),
              lower("number"), {"LOWER": {"NOT_IN": ["one", "two", "three", "four", "five", "of",
                                                     "plate", "plates", "1", "2", "3", "4", "5"]},
                                "IS_DIGIT": False}]  # fmt: skip
    yield "neuropathy", [FEET, *number]
    yield "facial-numbness", [lemma("face", "lip", "cheek", "chin", "mouth"), *number]
    # Hand-foot syndrome: palms and soles that redden, peel or blister.
    palms = lemma("palm", "sole")
    skin = lower("red", "pink", "peeling", "peel", "tender", "sore", "burning", "blistered",
                 "blistering", "cracked", "cracking", "raw", "flaky", "hot")  # fmt: skip
    # After the part, a change of the skin itself ("palms are sore" is pain, beside them).
    changed = lower("red", "pink", "peeling", "blistered", "blistering", "cracked", "cracking",
                    "raw", "flaky")  # fmt: skip
    yield "hand-foot-syndrome", [palms, BE, gap(2), changed]
    yield (
        "hand-foot-syndrome",
        [palms, lower("of"), OWNER, lemma("foot", "feet", "hand"), BE, gap(2), changed],
    )
    yield "hand-foot-syndrome", [skin, palms]
    yield "hand-foot-syndrome", [{"ORTH": {"IN": ["HFS", "PPE", "PPES"]}}]


def _blood() -> Iterable[tuple[str, Pattern]]:
    slug = "coughing-up-blood"
    phlegm = lemma("phlegm", "sputum", "mucus", "spit", "spittle", "tissue", "hanky", "gunk",
                   "stuff", "cough")  # fmt: skip
    tinted = lower("pink", "pinkish", "red", "bloody", "rusty", "bloodstained", "blood-stained",
                   "blood-streaked", "reddish")  # fmt: skip
    # "brought up pinkish spit", "coughed up bloody mucus", "hawked up red phlegm"
    yield (
        slug,
        [lemma("cough", "bring", "spit", "hawk", "hack"), lower("up"), gap(1), tinted, phlegm],
    )
    yield slug, [tinted, phlegm]
    # "spitting blood", "spat out blood", "brought up some blood"
    yield slug, [lemma("spit", "spat", "bring", "hack", "hawk"), lower("up", "out", op="?"),
                 gap(3), lower("blood")]  # fmt: skip
    # "streaks of blood in my phlegm", "a bit of blood when I cough"
    bits = lower("streak", "streaks", "fleck", "flecks", "speck", "specks", "spots", "trace",
                 "traces", "bit", "drop", "drops", "tinge", "threads")  # fmt: skip
    yield slug, [bits, lower("of"), lower("blood"), lower("in", "on", "when"), OWNER, phlegm]
    yield (
        slug,
        [bits, lower("of"), lower("blood"), lower("when"), lower("i", "she"), lemma("cough")],
    )
    yield slug, [lower("blood"), lower("when"), lower("coughing")]
    yield slug, [lemma("cough"), lower("blood")]
    # "cough with little flecks of blood", "I cough with blood little bit"
    yield slug, [lemma("cough"), lower("with"), gap(2), lower("blood")]
    yield slug, [lemma("cough"), lower("with"), gap(1), bits, lower("of"), lower("blood")]
    yield slug, [bits, lower("of"), lower("blood"), lower("in", "on"), lower("it", "them")]
    yield (
        "vaginal-bleeding",
        [lower("blood"), lower("in", "on"), OWNER, lower("knickers", "pants", "underwear", "pad")],
    )
    yield "vaginal-bleeding", [lower("period"), {"ORTH": "-", "OP": "?"}, lower("type", "like"),
                               lower("bleeding", "bleed", "blood")]  # fmt: skip
    yield "vaginal-bleeding", [lower("bleeding", "bleed", "blood"), lower("from"), OWNER,
                               lower("vagina", "fanny", "privates")]  # fmt: skip


def _breath() -> Iterable[tuple[str, Pattern]]:
    slug = "shortness-of-breath"
    # ("breth", "brethe" are read as "breath" by the misspelling look-up, in every shape)
    yield slug, [lower("short", "out"), lower("of"), lower("puff", "air", "wind", "breadth",
                 "breathe")]  # fmt: skip
    yield slug, [lower("huffing"), lower("and"), lower("puffing")]
    yield slug, [lemma("struggle", "fight", "battle"), lower("to", "for"),
                 lemma("get", "catch", "take"), lower("my", "a", "her", op="?"),
                 lower("breath", "breathe", "air")]  # fmt: skip
    yield slug, [*CANT, lemma("get"), lower("enough"), lower("air", "breath", "oxygen")]
    laboured = lower("laboured", "labored", "difficult", "difficulty", "trouble", "rapid",
                     "fast", "shallow", "short", "ragged")  # fmt: skip
    yield slug, [laboured, lower("breathing", "breaths", "breath")]
    yield slug, [lower("breath", "breathing"), BE, gap(1), lower("short", "shorter", "ragged",
                 "rattly", "laboured", "labored", "fast", "difficult")]  # fmt: skip
    yield slug, [lower("puffing", "panting", "puffed"), lower("on", "going", "after")]
    yield slug, [lower("puffing", "panting"), lower("up")]  # not "puffed up with pride"
    yield slug, [{"ORTH": "DOE"}]
    # "no sob", "c/o sob": lower-case only beside a word that makes it plain (the mention is "sob")
    yield slug, [lower("no", "any", "o", "with", "more", "less", "increased", "worse", "worsening",
                       "some", "bit", "getting", "very", "and", "n", "&", "+"),
                 {"LOWER": "sob"}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("real", "total", "complete", "such", "an", "that", "what"),
                          {"ORTH": "SOB"}]  # fmt: skip


def _mind_and_speech() -> Iterable[tuple[str, Pattern]]:
    who = lower("she", "he", "i", "we", "they")
    # "keeps asking where she is", "didn't know what day it was", "didn't recognise me"
    yield "confusion", [lemma("ask", "keep"), lower("asking", op="?"), lower("where", "what"),
                        who, lemma("be")]  # fmt: skip
    yield "confusion", [lower("did", "does", "do", "could"), NOT, lower("know"), lower("what"),
                        lower("day", "year", "time", "month"), lower("it")]  # fmt: skip
    yield "confusion", [lemma("ask", "keep"), lower("asking", op="?"), lower("what"),
                        lower("day", "year", "time", "month"), lower("it")]  # fmt: skip
    yield "confusion", [lemma("forget", "forgetting"), lower("where"), who, lemma("be")]
    yield "confusion", [lower("did", "does", "do", "could"), NOT,
                        lemma("recognise", "recognize"),
                        lower("me", "us", "him", "her", "anyone", "my", "his")]  # fmt: skip
    yield "confusion", [lower("delirium", "delirious", "disorientation", "confusional")]
    yield "confusion", [lower("head"), BE, gap(1), lower("fuzzy", "foggy", "muddled", "mush",
                        "scrambled")]  # fmt: skip
    # "not like her at all", "not her normal self", "not my usual self"
    # "not like her at all", "Not like her.", but not "not like her sister"
    her = lower("her", "him", "herself", "himself")
    endings = (
        {"LOWER": {"IN": ["at", "today", "lately", "recently", "this", "these", "since"]}},
        {"IS_PUNCT": True},
    )
    seems = lower("is", "'s", "was", "seems", "seemed", "just", "really", "looks", "looked")
    for ending in endings:
        yield "mental-status-change", [seems, NOT, lower("like"), her, ending]
        yield (
            "mental-status-change",
            [{"IS_SENT_START": True, "LOWER": "not"}, lower("like"), her, ending],
        )
    # (with "self": not "Not my normal headache, this one's different", round 32)
    yield "mental-status-change", [NOT, lower("her", "his", "my"), lower("normal", "usual", "old",
                                   op="?"), lower("self")]  # fmt: skip
    # "can hardly wake her", "couldn't rouse him", "dozing off mid sentence"
    yield "mental-status-change", [lower("can", "could"), lower("hardly", "barely"),
                                   lower("wake", "rouse", "waken")]  # fmt: skip
    # Round 11: said of her as a thing done to her: "couldn't be woken", "can't be roused"
    yield "mental-status-change", [*CANT, lower("be"), lower("woken", "roused", "wakened",
                                   "awoken", "awakened")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("dog", "cat", "puppy", "kitten", "baby", "he", "husband",
                                "kids", "children", "toddler"),
                          *CANT, lower("be"), lower("woken", "roused", "wakened")]  # fmt: skip
    yield "mental-status-change", [*CANT, lower("wake", "rouse", "waken"),
                                   lower("her", "him", "me", "mum", "mom", "am")]  # fmt: skip
    yield "mental-status-change", [lemma("doze", "nod", "drop", "fall"), lower("off", "asleep"),
                                   lower("mid", "in", "while", "during"),
                                   lower("the", "a", op="?"),
                                   lower("sentence", "conversation", "talking", "sentences",
                                         "-", "middle", "meal")]  # fmt: skip
    # "Gran's not been right", "she hasn't been herself"
    person = lower("she", "he", "mum", "mom", "mam", "gran", "nan", "grandma", "mother", "wife")
    yield "mental-status-change", [person, lower("'s", "has", "is", op="?"), NOT,
                                   lower("been", op="?"),
                                   lower("right", "herself", "himself")]  # fmt: skip
    # "calling me by my mum's name", "called him by the wrong name"
    yield "confusion", [lemma("call"), lower("me", "him", "her", "us"), lower("by"),
                        {"IS_PUNCT": False, "OP": "{0,3}"}, lower("name")]  # fmt: skip
    # "drowsy and vacant"; "drowsy and muddled" is two (the guideline: muddled is confusion)
    yield "mental-status-change", [lower("drowsy"), lower("and", ",", op="?"),
                                   lower("vacant")]  # fmt: skip
    # Speech: "can't speak properly", "words wouldn't come", "wrong words coming out"
    words = lemma("word")
    yield "speech-problems", [*CANT, lemma("speak", "talk", "say"), lower("properly", "clearly",
                              "right", "straight")]  # fmt: skip
    # Round 12: told in a second language: "she no talk normal", "I not speak good"
    yield "speech-problems", [lower("no", "not"), lower("talk", "speak", "talking", "speaking"),
                              lower("normal", "normally", "properly", "good", "right", "clear",
                                    "clearly")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("no", "not"), lower("talk", "speak", "talking", "speaking"),
                          lower("good", "right", "normal", "well", "clear", "properly"),
                          lower("english", "the", *_LANGUAGES)]  # fmt: skip
    # ... any language, named with a capital: "I no speak good Polish" (after round 13)
    yield NOT_A_SYMPTOM, [lower("no", "not"), lower("talk", "speak", "talking", "speaking"),
                          lower("good", "right", "normal", "well", "clear", "properly"),
                          {"IS_TITLE": True, "LOWER": {"NOT_IN": [*_HERS, "dad", "doctor",
                           "since", "today", "now", "monday", "tuesday", "wednesday",
                           "thursday", "friday", "saturday", "sunday", "i"]}}]  # fmt: skip
    yield "speech-problems", [*CANT, lower("think"), lower("of"), lower("the", "a"),
                              lower("word", "words", "name")]  # fmt: skip
    yield "speech-problems", [words, *WILL_NOT, lower("come")]
    yield "speech-problems", [lower("wrong"), words]
    yield "speech-problems", [lemma("mix", "muddle", "jumble", "mumble"), lower("up", op="?"),
                              OWNER, words]  # fmt: skip
    yield "speech-problems", [lemma("search", "grope", "fumble", "reach"), lower("for"),
                              OWNER, words]  # fmt: skip
    yield "speech-problems", [lemma("speech"), BE, gap(1), lower("slow", "thick", "muddled",
                              "jumbled", "off", "weird")]  # fmt: skip
    yield "speech-problems", [lower("slurring", "slurred", "slurry", "garbled")]
    yield "speech-problems", [lemma("forget", "lose", "losing"), lower("words", "word")]
    yield "speech-problems", [lower("gibberish")]
    yield "confusion", [lower("not"), lower("making"), lower("any", "much"), lower("sense")]
    yield "confusion", [lower("got", "get", "getting", "gets"), lower("lost"),
                        lower("driving", "walking", "going", "coming")]  # fmt: skip
    yield "confusion", [lower("away"), lower("with"), lower("the"), lower("fairies")]
    yield "confusion", [lower("spaced", "zoned"), lower("out")]
    yield "mental-status-change", [lower("hallucinating", "hallucinations", "hallucination")]
    yield "mental-status-change", [lower("seeing", "hearing"), lower("things"), lower("that"),
                                   lower("are", "were", "aren't", "weren't"),
                                   lower("n't", "not", op="?"), lower("there")]  # fmt: skip
    # "left side of my face has dropped", "smile is wonky", "can't close my left eye"
    yield "facial-numbness", [lemma("face", "mouth", "lip", "smile"), BE, gap(2),
                              lower("dropped", "drooped", "sagging", "wonky",
                                    "crooked", "slipped", "lopsided")]  # fmt: skip
    yield "facial-numbness", [*CANT, lower("close", "shut"), OWNER, SIDE, lemma("eye")]
    yield "speech-problems", [lower("aphasia", "dysphasia", "dysarthria", "aphasic", "dysphasic")]


def _waterworks() -> Iterable[tuple[str, Pattern]]:
    slug = "bladder-bowel-control"
    pants = lower("pants", "knickers", "trousers", "underwear", "bed", "pyjamas", "nightie")
    yield slug, [lemma("accident"), lower("in", "on"), OWNER, pants]
    yield slug, [lower("no", "more", "another", "any", "few", "couple", "two", "several", "little"),
                 lower("of", op="?"), lower("accidents", "accident")]  # fmt: skip
    # "couldn't get to the toilet in time", "didn't quite make it to the loo"
    yield slug, [NOT, lower("quite", "always", op="?"), lower("make", "get"), lower("it", op="?"),
                 lower("to"), lower("the"), LOO]  # fmt: skip
    # "not being able to wee", "unable to pass urine"
    yield slug, [lower("not"), lower("being"), lower("able"), lower("to"), PEE]
    # "pass" and "empty" with the body's object: not "failed to pass the quiz", "empty the bins"
    yield slug, [UNABLE, lower("to"), lemma("pee", "wee", "urinate")]
    yield slug, [UNABLE, lower("to"), lemma("pass"), lower("urine", "water", "wee", "pee")]
    yield slug, [UNABLE, lower("to"), lemma("empty"), lower("my", "her", op="?"),
                 lower("bladder", "bowels", "bowel")]  # fmt: skip
    yield slug, [*CANT, lemma("empty"), OWNER, lower("bladder", "bowels")]
    yield slug, [lemma("wet", "soil", "mess", "pee", "wee", "poo", "shit", "shat", "piss"),
                 lower("'d", "on", "in", op="?"),
                 lower("myself", "herself", "himself", "meself", "themselves")]  # fmt: skip
    yield slug, [lemma("make", "made"), lower("the"), lower("bed"), lower("wet")]
    # "haven't peed in 14h", "not been able to pee since lunchtime", "urinary retention"
    yield slug, [lemma("have"), NOT, lower("peed", "weed", "urinated", "passed"),
                 lower("water", "urine", op="?"), lower("in", "for", "since", "all")]  # fmt: skip
    yield slug, [NOT, lower("been"), lower("able"), lower("to"), PEE]
    yield slug, [lower("urinary"), lower("retention")]
    yield slug, [lemma("leak", "leaked", "dribble"), lower("a", op="?"), lower("bit", "little",
                 op="?"), lower("when", "urine", "wee", "pee")]  # fmt: skip
    yield slug, [lower("bowels", "bladder"), lemma("open", "go", "empty", "give", "let"),
                 lower("without", "way", "by", "on", "in")]  # fmt: skip
    # Numbness between the legs is the saddle's: the catalog's bladder and bowel item
    yield slug, [lower("numb", "numbness"), lower("down", "between", "around", "round"),
                           OWNER, lower("below", "there", "legs", "bottom", "bum",
                                        "privates")]  # fmt: skip


def _other_forms() -> Iterable[tuple[str, Pattern]]:
    yield "loss-of-appetite", [NOT, lower("very", "really", "that", "too", "feeling", "at", "all",
                               op="?"), lower("hungry")]  # fmt: skip
    yield "loss-of-appetite", [lower("barely", "hardly"), lemma("eat", "ate", "eating")]
    yield "loss-of-appetite", [NOT, lower("eating")]
    yield "loss-of-appetite", [lemma("do"), NOT, lower("want", "feel"), lower("to"), lower("eat")]
    yield "loss-of-appetite", [lemma("do"), NOT, lower("fancy"), lower("food", "eating",
                               "anything")]  # fmt: skip
    yield "weight-loss", [lemma("lose"), lower("half", "another", "nearly", "almost", op="?"),
                          lower("a", "another"), lower("stone", "pound", "kilo", "kg")]  # fmt: skip
    yield "weight-loss", [lemma("lose"), lower("a", "some"), lower("bit", "lot", op="?"),
                          lower("of", op="?"), lower("weight")]  # fmt: skip
    yield "high-blood-sugar", [lower("up"), gap(2), lower("times"), gap(3), lower("to"),
                               lemma("pee", "wee", "urinate")]  # fmt: skip
    yield "high-blood-sugar", [lower("nocturia")]
    every = [lower("every"), gap(2), lemma("hour", "minute", "hr")]
    yield "high-blood-sugar", [lower("up", "back", "going", "running"), lower("to"), lower("the"),
                               LOO, *every]  # fmt: skip
    yield "weight-loss", [lower("weight", "wt"), lemma("go", "be", "have", op="?"),
                          lower("down", "dropping", "dropped", "dropping")]  # fmt: skip
    yield "fever" + ":negated", [lower("fever", "temp", "temperature"), lemma("break", "broke")]
    yield "fever", [lower("temp", "temperature"), lemma("be", op="?"), lower("up", "raised",
                    "spiking", "spiked", "climbing", "rising")]  # fmt: skip
    yield "balance-problems", [lower("balance"), BE, gap(1), lower("off", "bad", "poor", "awful",
                               "terrible", "shocking", "gone", "rubbish", "worse", "wobbly",
                               "dreadful", "shot")]  # fmt: skip
    yield "balance-problems", [lemma("keep", op="?"), lower("veering", "listing", "tipping",
                               "toppling"), lower("to", "over", op="?")]  # fmt: skip
    yield "hearing-changes", [lower("everything", "sounds", "voices", "everyone"), BE, gap(1),
                              lower("muffled", "distant", "faint", "tinny")]  # fmt: skip
    yield "fracture", [lower("collapsed", "crushed", "compressed", "crumbled"),
                       lemma("vertebra", "vertebrae", "disc", "bone")]  # fmt: skip
    yield (
        "fracture",
        [lemma("snap", "break", "crack", "fracture"), lower("a", op="?"), lemma("rib")],
    )
    yield NOT_A_SYMPTOM, [lower("fracture", "fractures", "breast", "bone"), lower("clinic")]
    yield NOT_A_SYMPTOM, [lower("total", "right", "what", "complete", "such"),
                          lower("a", op="?"), lower("headache", "nightmare")]  # fmt: skip
    yield "mouth-sores", [lemma("ulcer", "sore", "blister"), lower("on", "in", "inside"),
                          gap(3), lemma("cheek", "gum", "lip", "tongue", "mouth")]  # fmt: skip
    yield "mouth-sores", [lemma("mouth"), BE, lower("in"), lower("bits", "ribbons", "shreds")]
    yield "mouth-sores", [lemma("ulcer")]
    yield "injection-site-reaction", [lower("where"), gap(1), lemma("inject", "jab"), BE,
                                      gap(2), lower("red", "sore", "lumpy", "swollen", "hot",
                                                    "bruised", "itchy")]  # fmt: skip
    yield "difficulty-sleeping", [NOT, lower("sleeping")]
    yield "difficulty-sleeping", [lemma("keep"), lower("me", "her"), lower("up", "awake")]
    yield "memory-problems", [lemma("lose"), OWNER, lower("train"), lower("of"), lower("thought")]
    # (and "I dey confuse", "thirsty and confuse little bit", round 61)
    yield "confusion", [lower("so", "very", "am", "'m", "was", "feel", "feeling", "felt", "is",
                              "be", "get", "got", "getting", "dey"),
                        lower("confuse")]  # fmt: skip
    yield "chest-pain", [lower("breathing"), lower("in", op="?"), lemma("hurt")]
    # Round 11: a breath that hurts: "every breath hurts", "deep breaths hurt"
    yield "chest-pain", [lower("every", "each", "deep", op="?"), lower("breath", "breaths"),
                         lower("in", op="?"), lemma("hurt", "sting")]  # fmt: skip
    yield "chest-pain", [lemma("chest"), BE, gap(1), lower("crushed", "crushing", "squeezed",
                         "squeezing", "tight", "heavy", "burning")]  # fmt: skip
    yield "speech-problems", [*CANT, lemma("say", "get", "find"), lower("the", "my", op="?"),
                              lower("words", "word"),
                              lower("i", "she", "out", "right")]  # fmt: skip
    yield "bladder-bowel-control", [lower("bladder", "bowel", "waterworks"),
                                    lower("problems", "problem", "trouble", "issues")]  # fmt: skip
    yield "bladder-bowel-control", [lemma("problem", "trouble", "issue"), lower("with"), OWNER,
                                    lower("waterworks", "bladder", "bowels")]  # fmt: skip
    yield "difficulty-sleeping", [lemma("have"), NOT, lemma("sleep", "slept"),
                                  lower("properly", "well", "much", "right")]  # fmt: skip
    # Everyday and clinical words for things the catalog names otherwise.
    yield "pain", [lower("cramps", "cramping", "crampy")]
    yield "headache", [lower("dull", "heavy", "thick", "muzzy", "bad"), lemma("head")]
    yield "dizziness", [lemma("head"), BE, lower("spinning", "swimming", "whirling")]
    yield "dizziness", [lower("room", "world", "everything"), BE, lemma("spin", "whirl", "tilt",
                        "sway", "swirl")]  # fmt: skip
    yield "dizziness", [lower("lightheadedness", "light-headedness", "giddiness", "presyncope")]
    yield "nausea", [lemma("stomach", "tummy"), BE, gap(1), lower("turning", "churning",
                     "heaving", "unsettled")]  # fmt: skip
    yield "hearing-changes", [lower("whistle", "whistling", "buzzing", "ringing", "hissing",
                              "humming", "noise"), lower("in"), OWNER, lemma("ear")]  # fmt: skip
    yield "hearing-changes", [lemma("do", "can"), NOT, lower("hear"), lower("good", "well",
                              "properly", "right", "much")]  # fmt: skip
    # What she could not do: "hard to hear my grandson", "struggling to hear the telly";
    # "couldnt read the clock", "cant see properly out of my left eye" (not "couldn't lift
    # the kettle": writers label it weakness only where no weakness was said before it)
    yield "hearing-changes", [lower("hard", "difficult", "struggling", "struggle", "trouble",
                              "difficulty"), lower("to"), lower("hear")]  # fmt: skip
    # ... not for a cause outside her: "hard to hear the band over the crowd"
    yield NOT_A_SYMPTOM, [lower("hard", "difficult", "struggling", "struggle", "trouble",
                          "difficulty"), lower("to"), lower("hear"), gap(3),
                          *_OUTSIDE_NOISE]  # fmt: skip
    seen = [lower("read", "see"), OWNER,
            lower("clock", "phone", "screen", "paper", "newspaper", "book", "print", "telly", "tv",
                  "words", "letters", "signs", "subtitles", "properly", "proply", "clearly",
                  "straight")]  # fmt: skip
    # ... said of her: after "I" or "she", or opening a clause ("the twins can't read the
    # clock yet" is theirs)
    yield "vision-problems", [lower("i", "she", "and", "so", "now", "still", "also", "just"),
                              *CANT, *seen]  # fmt: skip
    yield "vision-problems", [{**CANT[0], "IS_SENT_START": True}, CANT[1], *seen]
    # ... not for a cause outside her eyes: "can't see the screen from the back of the hall",
    # "can't read the signs in French", "without my specs", "in the dark"
    for outside in _OUTSIDE_SIGHT:
        yield NOT_A_SYMPTOM, [*CANT, *seen, *outside]
    yield "neuropathy", [lower("fire", "burning", "needles", "electric", "electricity"),
                         lower("in"), OWNER, SIDE, FEET]  # fmt: skip
    yield "depression", [lower("feel", "felt", "feeling", "so", "very", "really"), lower("sad")]
    yield "depression", [lower("sadness")]
    yield "depression", [lower("no", "lost", "zero"), lower("interest"), lower("in")]
    yield "depression", [*CANT, lower("see"), lower("the"), lower("point")]
    yield "depression", [lemma("cry"), lower("all", "most", "for", "lots", "constantly")]
    yield "depression:negated", [lower("not"), lower("low")]
    yield "anxiety", [lower("panicked", "panicking", "panicky")]
    yield "fatigue", [lower("washed", "done"), lower("out", "in")]
    yield "hot-flashes", [lower("hot", "night", "cold"), lower("sweats", "sweat", "sweating")]
    yield "hot-flashes", [lower("drenched", "soaked", "dripping"), lower("in", "with"),
                          lower("sweat")]  # fmt: skip
    yield "rash", [lower("itchy", "itching"), lower("all"), lower("over")]
    yield "diarrhea", [{"IS_SENT_START": True, "LOWER": "runs"}]
    yield "diarrhea", [lower("runs"), lower("again", "x2", "x3", "x4", "x5", "x6", "since")]
    # (not "all weekend", a time told in the past: round 65)
    runs_all = [lower("runs"), lower("all"),
                lower("day", "night", "morning", "afternoon", "evening")]  # fmt: skip
    yield "diarrhea", runs_all
    yield NOT_A_SYMPTOM, [lower("nose"), *runs_all]
    yield "constipation", [NOT, lower("been"), lower("for"), lower("a", op="?"),
                           lower("poo", "poop", "number", "bowel", "motion")]  # fmt: skip
    yield "confusion", [lemma("brain", "head"), BE, lower("like"),
                        lower("cotton", "mush", "fog", "soup", "porridge")]  # fmt: skip
    yield "joint-pain", [lower("arthralgia", "arthralgias")]
    yield "vaginal-dryness", [lower("dyspareunia")]
    yield "vision-problems", [lower("diplopia")]
    yield "vision-problems", [lower("visual"), lower("changes", "change", "disturbance",
                              "disturbances", "problems", "loss")]  # fmt: skip
    yield "facial-numbness", [lower("facial"), lower("droop", "drooping", "weakness",
                              "numbness", "palsy")]  # fmt: skip
    yield "fracture", [lower("fx")]
    yield "constipation", [NOT, lower("been"), lower("for"), {"LIKE_NUM": True},
                           lower("days", "day")]  # fmt: skip
    # "was sick twice", "was sick in the car": being sick, not ill
    yield "vomiting", [lemma("be"), lower("sick"), lower("twice", "again", "in", "into",
                       "everywhere", "x1", "x2", "x3", "x4", "x5")]  # fmt: skip
    yield "vomiting", [lemma("be"), lower("sick"), {"LIKE_NUM": True}, lower("times")]
    yield (
        "hand-foot-syndrome",
        [lemma("hand", "foot", "feet", "palm", "sole"), BE, lower("red", "peeling", "blistered",
         "cracked", "raw", "sore"), lower("and"), lower("peeling", "blistered", "cracked",
         "raw", "blistering", "flaky")],
    )  # fmt: skip
    yield (
        "hand-foot-syndrome",
        [lemma("sole"), lower("of"), OWNER, lemma("foot", "feet"), BE, gap(2),
         lower("sore", "tender", "burning", "red", "peeling", "blistered", "cracked")],
    )  # fmt: skip
    yield "difficulty-sleeping", [lower("awake"), lower("half", "most", "much"),
                                  lower("of", op="?"), lower("the"), lower("night")]  # fmt: skip
    yield "palpitations", [lower("felt", "feel", "feeling", "like"), lower("like", op="?"),
                           lower("i", "i'd", "she", "she'd", "i'm", "was", "going", op="?"),
                           lower("'d", "'m", "would", "was", "going", op="?"), lower("to", op="?"),
                           lower("pass", "black"), lower("out")]  # fmt: skip
    yield "palpitations", [lemma("heart"), gap(2), lower("beating", "going", "pumping"),
                           gap(2), lower("fast", "quick", "hard", "crazy", "wild", "clappers",
                                         "mad")]  # fmt: skip


def _lost_function() -> Iterable[tuple[str, Pattern]]:
    """What a part no longer does, said without a symptom word: "legs aren't working", "no
    strength in my legs", "can't stand up", "unable to weight bear", "legs feel funny"; and the
    same for the mind ("she's unresponsive", "rambling, not making sense")."""
    slug = "leg-weakness"
    are_not = [{"NORM": {"IN": ["is", "are", "was", "were", "be", "am"]}}, NOT]
    working = lower("working", "cooperating", "co-operating", "behaving", "right", "moving",
                    "responding", "functioning")  # fmt: skip
    yield slug, [LEGS, *are_not, gap(1), working]
    yield slug, [LEGS, lower("not"), working]
    strength = lower("strength", "power", "oomph", "go")
    yield slug, [lower("no", "zero", "lost", "losing", "little"), lower("the", "all", op="?"),
                 strength, lower("in"), OWNER, SIDE, LEGS]  # fmt: skip
    yield slug, [LEGS, lemma("have"), lower("no", "zero", "lost"), strength]
    yield slug, [*CANT, lemma("stand"), lower("up")]
    yield slug, [UNABLE, lower("to"), lemma("stand", "walk")]
    # "failed to stand up to the pressure", "unable to walk the dog"
    yield NOT_A_SYMPTOM, [UNABLE, lower("to"), lemma("stand", "walk"), lower("up"),
                          lower("for", "to")]  # fmt: skip
    yield NOT_A_SYMPTOM, [UNABLE, lower("to"), lemma("stand", "walk"),
                          lower("the", "his", "their", "our", "your", "its", "him", "them",
                                "it")]  # fmt: skip
    yield slug, [lower("unable", "able", "can't", "cannot", "cant"), lower("to", op="?"),
                 lower("weight", "weightbear", "weight-bear"), lower("bear", op="?")]  # fmt: skip
    yield slug, [*CANT, lemma("bear"), lower("weight")]
    yield slug, [LEGS, BE, gap(2), lower("funny", "strange", "odd", "weird", "wrong", "shaky",
                                         "unreliable", "disconnected")]  # fmt: skip
    yield slug, [lower("tingly", "tingling", "shaky", "jelly", "wobbly", "floppy", "useless"),
                 OWNER, SIDE, LEGS]  # fmt: skip
    # The mind: "she's unresponsive", "vacant", "rambling", "wasn't making sense"
    yield "mental-status-change", [lower("unresponsive", "unrousable", "unrouseable")]
    yield "mental-status-change", [lower("not", "barely"), lower("responding", "responsive")]
    yield "mental-status-change", [lemma("be", "seem", "look"), lower("very", "so", "a", op="?"),
                                   lower("bit", op="?"), lower("vacant", "glassy")]  # fmt: skip
    # "she was rambling", not "sorry, I'm rambling" (about the note itself)
    yield "confusion", [lower("she", "he", "mum", "mom", "dad", "gran", "nan", "grandma"),
                        lower("was", "is", "'s", "has", "keeps", "kept", "started", op="?"),
                        lower("been", op="?"), lower("rambling", "babbling")]  # fmt: skip
    person = lower("she", "he", "i", "mum", "mom", "mam", "gran", "nan", "grandma", "mother")
    yield "confusion", [person, lower("was", "is", "'s", "did", "does", "do", "were", op="?"),
                        NOT, lower("make", "making"), lower("any", "much", op="?"),
                        lower("sense")]  # fmt: skip
    yield "confusion", [lower("away"), lower("with"), lower("it")]
    # Saddle numbness: "can't feel when I need to pee", "can't tell when I need a wee"
    yield "bladder-bowel-control", [*CANT, lemma("feel", "tell"), lower("when", "if"),
                                    lower("i", "she"), lemma("need"), lower("to", "a"),
                                    lemma("pee", "wee", "go", "poo", "urinate")]  # fmt: skip
    # Breath: "struggling with my breathing", "breathing is a struggle"
    yield "shortness-of-breath", [lemma("struggle", "trouble", "difficulty", "problem"),
                                  lower("with"), OWNER, lower("breathing", "breath")]  # fmt: skip
    yield "shortness-of-breath", [lower("breathing"), BE, lower("been", op="?"), lower("a"),
                                  lower("struggle", "effort", "battle")]  # fmt: skip
    # A fit described: "went stiff and shook", "shaking and couldn't stop"
    yield "seizure", [lower("went", "gone", "go"), lower("stiff", "rigid"), lower("and"),
                      lower("shook", "shaking", "jerked", "jerking", "twitched")]  # fmt: skip
    # "body went stiff and jerky", "went rigid and my arm kept jumping" (round 17); not legs
    # that kept shaking after a spin class
    yield "seizure", [lower("went", "gone"), lower("stiff", "rigid"), lower("and"),
                      lower("jerky", "jerking", "twitching")]  # fmt: skip
    yield "seizure", [lower("went", "gone"), lower("stiff", "rigid"), lower("and"),
                      lower("my", "her"), lower("arm", "arms", "leg", "legs", "hand", "body"),
                      lower("kept", "keeps", "started"),
                      lower("jumping", "jerking", "twitching")]  # fmt: skip
    yield "seizure", [lower("arm", "arms", "leg", "legs", "body", "she", "he", "i", "hand"),
                      BE, lower("shaking", "jerking", "twitching", "shook", "jerked"),
                      lower("uncontrollably")]  # fmt: skip
    yield "seizure", [lower("the", "my", "her", "his"), lower("fits"), lemma("have", "be")]
    yield "fracture", [lemma("snap"), OWNER, SIDE, lemma("collarbone", "wrist", "arm", "hip",
                       "leg", "rib", "ankle", "femur", "bone")]  # fmt: skip
    # Cord compression said plainly: "peed the bed", "bowels just went", "didn't feel the wee
    # come out", "can't feel the paper when I wipe", "numbness in my groin", "foot dragging"
    control = "bladder-bowel-control"
    yield control, [lemma("pee", "wee", "wet"), lower("the", "my", "her"), lower("bed")]
    yield control, [lower("bowels", "bladder"), lower("just", "suddenly", "completely"),
                    lower("went", "gone", "opened", "emptied", "let")]  # fmt: skip
    yield control, [{"NORM": {"IN": ["do", "did", "could", "can"]}}, NOT,
                    lower("feel", "notice", "realise", "realize"), lower("the", "my", "any"),
                    lemma("wee", "pee", "urine", "poo", "water"),
                    lower("come", "coming", "leak", "leaking", "go")]  # fmt: skip
    # Saddle numbness is the catalog's bladder and bowel item ("numb bottom", "saddle numbness"
    # are its words; round 13 had labelled it the legs'): "can't feel it when I wipe", "numb
    # round my bottom", "my bum feels numb"
    saddle = "bladder-bowel-control"
    yield saddle, [*CANT, lower("feel"), {"IS_PUNCT": False, "OP": "{0,6}"},
                   lower("wipe", "wiping")]  # fmt: skip
    yield saddle, [lower("numb", "numbness", "tingling"), lower("in", "around", "between",
                   "round"), OWNER, lower("groin", "bottom", "bum", "buttocks", "privates",
                   "genitals", "saddle", "crotch", "perineum")]  # fmt: skip
    yield saddle, [lower("saddle"), lower("numbness", "anaesthesia", "anesthesia", "area")]
    yield saddle, [lower("numb", "numbness", "tingling"), lower("between"), OWNER, LEGS]
    for part in ("foot", "leg"):  # one anchor each: a set of both would merge their matchers
        yield "leg-weakness", [lemma(part), lemma("keep", op="?"),
                               lower("dragging", "drags", "dragged", "scuffing")]  # fmt: skip
    yield "leg-weakness", [LEGS, BE, lower("like"), {"IS_PUNCT": False, "OP": "{0,3}"},
                           lower("mine", "attached")]  # fmt: skip
    yield "leg-weakness", [LEGS, *WILL_NOT, lemma("do", "obey", "listen", "cooperate")]
    # "couldn't press the clutch": a leg that cannot do its work at the wheel
    yield "leg-weakness", [*CANT, lemma("press", "push", "work", "reach", "use", "feel"),
                           lower("the"),
                           lemma("clutch", "pedal", "brake", "accelerator")]  # fmt: skip
    # "coughed up a clot", "phlegm was pink and frothy"
    yield "coughing-up-blood", [lemma("cough", "bring", "hack"), lower("up"), lower("a", op="?"),
                                lemma("clot")]  # fmt: skip
    yield "coughing-up-blood", [lemma("phlegm", "sputum", "mucus", "spit"), BE, gap(1),
                                lower("pink", "red", "bloody", "pinkish", "rusty",
                                      "bloodstained")]  # fmt: skip
    yield "fracture", [lemma("hear", "feel"), OWNER, SIDE, lemma("wrist", "arm", "hip", "leg",
                       "rib", "ankle", "bone", "back", "collarbone", "femur"),
                       lower("crack", "snap", "break")]  # fmt: skip
    # "me back is in bits", "my back is stuffed", "knee's knackered": a part worn out
    worn = lower("stuffed", "banjaxed", "knackered", "wrecked", "shot", "bust", "busted")
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("mouth-sores", "headache", "chest-pain"):
            continue
        yield slug, [lemma(*places), BE, lower("in"), lower("bits", "pieces", "agony", "tatters")]
        yield slug, [lemma(*places), BE, lower("totally", "completely", "really", op="?"), worn]
    # Indian and Nigerian English, nurse shorthand: "having fits", "breathing problem",
    # "legs are not having power", "word finding difficulty", "cant breath properly"
    yield "seizure", [lower("having", "getting"), lower("fits")]
    yield "shortness-of-breath", [lower("breathing"), lemma("problem", "difficulty", "trouble",
                                  "issue")]  # fmt: skip
    yield "shortness-of-breath", [*CANT, lower("breath", "breathe"),
                                  lower("properly", "right", "well", "in", op="?")]  # fmt: skip
    yield "leg-weakness", [LEGS, lemma("be"), NOT, lower("having"), lower("any", "much", op="?"),
                           lower("power", "strength")]  # fmt: skip
    yield "speech-problems", [lower("word"), {"ORTH": "-", "OP": "?"}, lower("finding"),
                              lower("difficulty", "difficulties", "problems", "problem",
                                    "trouble", "issues")]  # fmt: skip
    # Idioms and other uses of the shapes above
    yield NOT_A_SYMPTOM, [*CANT, lemma("stand"), lower("up"), lower("for", "to")]
    yield NOT_A_SYMPTOM, [lemma("get"), lower("away"), lower("with"), lower("it")]
    yield NOT_A_SYMPTOM, [lower("bowels", "bladder"), lower("just", op="?"), lower("went", "gone"),
                          lower("back", "to", "normal", "regular")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("drag"), lower("my", "her", "our", "me"), lower("feet", "heels"),
                          lower("about", "over", "on", "with", "a", "when")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("fits", "fit"), lower("of"), lower("giggles", "laughter",
                          "laughing", "rage", "pique", "jealousy", "crying",
                          "temper")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("fever"), lower("pitch")]  # "the crowd at fever pitch"
    # Nigerian English "no fit" is "cannot": "I no fit sleep", "she no fit lie down" (round 11;
    # read as "can not" before a verb: tagging_pipeline._no_can)
    yield NOT_A_SYMPTOM, [{"LOWER": "no", "NORM": "can"}, lower("fit")]
    # Round 11, the same shapes in other words:
    # a heart doing flips ("heart was doing flips", "heart doing somersaults")
    yield "palpitations", [lemma("heart"), BE, lower("doing"), lower("flips", "somersaults",
                           "backflips", "cartwheels", "flip-flops")]  # fmt: skip
    # a faint nearly had ("nearly pass out", "almost passing out", "about to black out")
    yield "palpitations", [lower("nearly", "almost"), lemma("pass", "black"), lower("out")]
    # hair by other names ("eyebrows are falling out", "lashes coming out", "hair's going")
    yield "hair-loss", [lemma("eyebrow", "eyelash", "lash", "brow"), BE,
                        lower("coming", "falling"), lower("out")]  # fmt: skip
    yield "hair-loss", [lower("hair"), lower("'s", "is"), lower("going", "thinning")]
    # thirst by other verbs of drinking ("chugging water", "guzzling water all night")
    yield "high-blood-sugar", [lower("chugging", "guzzling", "gulping", "downing"),
                               lower("water", "squash", "juice")]  # fmt: skip
    # a reading named ("my calcium's high", "calcium is raised"; "calcium blood high", Jamaican
    # "mi calcium did high", round 58)
    yield "hypercalcemia", [lemma("calcium"), lower("is", "was", "'s", "\u2019s", "came",
                            "come", "comes", "level", "levels", "still", "blood", "did",
                            op="*"),
                            lower("back", op="?"),
                            lower("too", "very", "really", op="?"),
                            lower("high", "raised", "up", "elevated")]  # fmt: skip
    # an arm that will not lift ("couldn't lift her left arm", "can't raise my arm")
    yield "weakness", [*CANT, lemma("lift", "raise", "move"), lower("my", "her"), SIDE,
                       lemma("arm")]  # fmt: skip
    # Spending a penny (British for passing water): all the time is thirst's ("spending a
    # penny every hour"), not able to is the bladder's ("could not spend a penny"); and "up
    # and down to the loo all night"
    yield "high-blood-sugar", [lemma("spend"), lower("a"), lower("penny"),
                               lower("every", "constantly", "all", "hourly")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lemma("spend"), lower("a"), lower("penny")]
    yield "high-blood-sugar", [lower("up"), lower("and"), lower("down"), lower("to"),
                               lower("the", "my"), LOO]  # fmt: skip
    # Nurses' shorthand: "PU freq ++" (passing urine frequently)
    yield "high-blood-sugar", [{"ORTH": "PU"}, lower("freq", "frequent", "frequency", "++")]
    # Worn out, nerves in bits, low, not facing food
    yield "fatigue", [lower("utterly", "completely", "totally", "absolutely", "so", "really",
                      "very", "feel", "feeling", "felt", "i'm", "im", "am"),
                      lower("drained")]  # fmt: skip
    yield "anxiety", [lemma("nerve"), lower("are", "were", "in", "all", op="*"),
                      lower("bits", "tatters", "shreds", "shot", "jangling", "frayed")]  # fmt: skip
    yield "depression", [lower("been", "is", "'s", "was", "feeling"), lower("very", "so", "really"),
                         lower("down")]  # fmt: skip
    yield "loss-of-appetite", [*CANT, lower("face"), lower("food", "breakfast", "lunch", "dinner",
                               "tea", "supper", "eating", "a", "meal", "anything")]  # fmt: skip
    # Southern US "swole up", "wore slap out"; "running on empty"
    yield "swelling", [lemma("ankle", "foot", "feet", "leg", "hand", "finger"), lower("swole"),
                       lower("up", op="?")]  # fmt: skip
    yield "fatigue", [lower("been", "am", "'m", "is", "feel", "feeling", "so", "plumb"),
                      lower("wore"), lower("slap", "plumb", "clean", "completely", op="?"),
                      lower("out")]  # fmt: skip
    # (said of her, or as a sentence of its own: "we're running on empty, need petrol" is not)
    yield "fatigue", [lower("'m", "am", "im", "been", "is", "'s", "was", "feel", "feeling"),
                      lower("running"), lower("on"), lower("empty", "fumes")]  # fmt: skip
    yield "fatigue", [{"LOWER": "running", "IS_SENT_START": True}, lower("on"),
                      lower("empty", "fumes")]  # fmt: skip
    # Hair: Indian English "hair fall"; a pillow or a brush full of it
    yield "hair-loss", [lower("hair"), lower("fall")]
    yield "hair-loss", [lemma("pillow", "hairbrush", "brush", "comb", "plughole", "pillowcase"),
                        BE, lower("full"), lower("of"), lower("hair")]  # fmt: skip
    # A mouth dry as a bone (thirst's sign, as "dry mouth" is); everything pointless; sight
    # going grey; Indian English "loose motions"
    yield "high-blood-sugar", [lemma("mouth"), BE, lower("so", "really", "very", op="?"),
                               lower("dry", "parched")]  # fmt: skip
    yield "depression", [lower("everything", "life", "all"), BE, lower("so", "just", op="?"),
                         lower("pointless", "hopeless")]  # fmt: skip
    yield "vision-problems", [lemma("vision", "eyesight", "sight"), lemma("go", "turn"),
                              lower("grey", "gray", "black", "dark", "blurry", "fuzzy",
                                    "white", "funny", "dim")]  # fmt: skip
    yield "diarrhea", [lower("loose"), lower("motions", "motion")]
    # Pains told by the common images for them: "like an elephant on my chest", "someone
    # sitting on my chest", "head in a vice", "an electric shock down my spine"
    yield "chest-pain", [lower("elephant", "elephants", "someone", "somebody"),
                         lower("sitting", "sat", "standing", "stood", "on"),
                         lower("on", op="?"), OWNER, lower("chest")]  # fmt: skip
    for part, slug in (("head", "headache"), ("back", "back-pain")):  # back: round 13
        yield slug, [lemma(part), lower("like", op="?"), lower("it", op="?"),
                     lower("'s", "is", "was", op="?"), lower("in"), lower("a"),
                     lower("vice", "vise", "clamp")]  # fmt: skip
    yield "back-pain", [lower("shock", "shocks", "jolt", "jolts"), lower("down", "up", "along"),
                        lower("my", "her", "the", "me"), SIDE, lower("spine")]  # fmt: skip
    yield "back-pain", [lower("shock", "shocks", "jolt", "jolts"), lower("down", "up", "along"),
                        lower("my", "her", "me"), SIDE, lower("back")]  # fmt: skip
    # The legs by everyday names: "my pins just went from under me", "pegs like lead"
    yield "leg-weakness", [lower("pins", "pegs"), lower("just", op="?"), lower("went", "gone"),
                           lower("from")]  # fmt: skip
    yield "leg-weakness", [lower("pins", "pegs"), BE, lower("like"), lower("lead", "jelly",
                           "concrete", "wood", "rubber")]  # fmt: skip
    # A stream that will not start: "trouble getting the wee started", "struggling to start
    # my pee"
    yield "bladder-bowel-control", [lemma("trouble", "difficulty", "struggle", "struggling"),
                                    lower("getting", "starting", "to"),
                                    lower("start", op="?"), lower("the", "my", "her"),
                                    lower("wee", "pee", "urine", "stream", "flow")]  # fmt: skip
    # Round 12: a leak told by what happened: "wee'd a bit when I sneezed", "peed a little
    # when she coughed"
    yield "bladder-bowel-control", [lower("wee", "pee", "weed", "peed", "weed", "wee'd",
                                          "pee'd", "leaked", "wet"),
                                    lower("'d", op="?"), lower("myself", "herself", op="?"),
                                    lower("a"), lower("bit", "little", "tiny"),
                                    lower("bit", op="?"), lower("when", "whenever", "every"),
                                    gap(2), lemma("sneeze", "cough")]  # fmt: skip
    # "bones feel like they're being crushed"
    # (felt, or hers: "the dog's bones are like they're being crushed by his jaws" is a chew)
    crushed = [lower("like"), lower("they", "they're", op="?"),
               lower("'re", "are", "were", "re", op="?"), lower("being", op="?"),
               lower("crushed", "crushing", "squeezed", "ground", "grinding", "snapping",
                     "breaking")]  # fmt: skip
    yield "bone-pain", [lemma("bone"), lemma("feel", op="?"), *crushed]  # "bones like they ..."
    yield "bone-pain", [lower("my", "her", "mum's", "all"), lower("the", op="?"), lemma("bone"),
                        BE, *crushed]  # fmt: skip
    # "Upper stomach is paining", "muscles in my thighs agony"
    # Round 12: "much pain in upper stomach" (English as a second language: no "my")
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("in", "at"), lower("upper"),
                                   lemma("tummy", "stomach", "belly", "abdomen")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("upper"), lemma("tummy", "stomach", "belly", "abdomen"),
                                   lemma("be"), lower("paining", "hurting", "aching",
                                   "sore", "painful", "killing")]  # fmt: skip
    yield "muscle-pain", [lemma("muscle"), lower("in"), OWNER, SIDE,
                          lemma("thigh", "leg", "arm", "calf", "calve", "back", "shoulder"),
                          lemma("be", op="?"), lower("agony", "aching", "sore", "killing",
                          "hurting", "burning")]  # fmt: skip
    # Told by someone with her: "drowsier than usual", "slow to respond", "speech sounded
    # drunk", "couldn't find the way home"
    yield "mental-status-change", [lower("drowsier", "sleepier"), lower("than"),
                                   lower("usual", "normal")]  # fmt: skip
    # ... but not an animal's ("the dog is drowsier than usual", "the cat was slow to respond")
    pets = lower("dog", "cat", "puppy", "kitten", "pup", "horse", "pony", "rabbit", "hamster")
    yield NOT_A_SYMPTOM, [pets, BE, lower("a", "bit", "little", "much", "far", op="{0,2}"),
                          lower("drowsier", "sleepier"), lower("than"),
                          lower("usual", "normal")]  # fmt: skip
    yield NOT_A_SYMPTOM, [pets, BE, lower("a", "bit", "little", "very", "so", op="{0,2}"),
                          lower("slow", "slower"), lower("to")]  # fmt: skip
    yield "mental-status-change", [lower("slow", "slower"), lower("to"),
                                   lower("respond", "answer", "react", "rouse")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("slow", "slower"), lower("to"), lower("respond", "answer", "reply"),
                          lower("to"), lower("texts", "emails", "messages", "calls", "letters",
                          "comments", "your", "the", "my")]  # fmt: skip
    # "the elephant on my chest of drawers", "sat on the chest of drawers": furniture
    yield NOT_A_SYMPTOM, [lower("on", "onto", "in", "from", "off"), lower("my", "the", "her", "a"),
                          lower("chest"), lower("of"), lower("drawers")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("app", "phone", "computer", "laptop", "website", "site", "system",
                                "server", "council", "surgery", "office", "bank", "company",
                                "they", "gp", "hospital", "clinic", "team", "pharmacy"),
                          lemma("be", op="?"), lower("very", "so", "really", "always", op="?"),
                          lower("slow", "slower"), lower("to"),
                          lower("respond", "answer", "react")]  # fmt: skip
    yield "speech-problems", [lemma("speech"), lemma("sound", "seem"),
                              lower("drunk", "slurred", "funny", "strange", "weird", "odd",
                                    "thick", "garbled")]  # fmt: skip
    yield "confusion", [*CANT, lower("remember", "find"), lower("the", "her", "my"), lower("way"),
                        lower("home", "back")]  # fmt: skip
    # Indian English: "vomiting sensation", "vomiting feeling" is nausea
    yield "nausea", [lower("vomiting", "vomit"), lower("sensation", "feeling", "feelings")]
    # Idioms: "my head is spinning with all this information"
    yield NOT_A_SYMPTOM, [lemma("head"), BE, lower("spinning", "swimming", "whirling"),
                          lower("with")]  # fmt: skip


# Places whose pain is the catalog's generic pain.
_GENERIC_PLACES = ("side", "arm", "arms", "hip", "hips", "tummy", "stomach", "belly", "groin",
                   "armpit", "breast", "boob", "scar", "leg", "legs", "foot", "feet", "hand",
                   "hands", "bum", "buttock", "thigh")  # fmt: skip


def _round_four() -> Iterable[tuple[str, Pattern]]:
    """Shapes the fourth round of writers used: where a pain goes ("pain go right down mi
    spine"), what a carer was asked ("asked me where he was"), blood in what was brought up,
    fainting said as "came over all faint", and a few words of Scots and Australian English."""
    movers = {"LOWER": {"IN": ["go", "goes", "going", "shooting", "shoots", "runs", "running",
              "radiating", "spreading", "travelling", "traveling", "right", "all", "up",
              "straight"]}, "OP": "{1,2}"}  # fmt: skip
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("mouth-sores", "headache"):
            continue
        into = ["in", "down", "along", "across", "into", "through"]
        if slug != "bone-pain":
            into.append("under")  # under the ribs is the liver's place
        yield slug, [lemma("pain", "ache", "pane"), movers, lower(*into),
                     OWNER, SIDE, lemma(*places)]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("pain", "ache", "pane", "hurt"), movers,
                                   lower("under", "below", "beneath"), OWNER, SIDE, gap(1),
                                   lemma("rib")]  # fmt: skip
    yield "chest-pain", [lemma("pain", "ache", "hurt"), lower("in", "on", "down"), OWNER, SIDE,
                         lower("side", "ribs"), lower("when", "if"), lower("i", "she"),
                         lemma("breathe", "breath")]  # fmt: skip
    yield "confusion", [lemma("ask", "keep"), lower("asking", op="?"),
                        lower("me", "us", "him", "her", "everyone"), lower("where", "what", "who"),
                        lower("she", "he", "i", "we", "they", "it", "day", "year"),
                        lemma("be", op="?")]  # fmt: skip
    yield "shortness-of-breath", [lower("puffed"), lower("oot")]
    yield "headache", [lower("heid", "heed", "head"), lower("'s", "is", op="?"),
                       lower("nippin", "nipping", "thumping", "pounding", "splitting", "sair",
                             "sore", "banging", "killing", "louping")]  # fmt: skip
    yield "pain", [lower("belly", "tummy", "stomach", "arm", "arms", "side"), lower("'s", "is"),
                   lower("sair")]  # fmt: skip
    # ... but "sair" before a word that is no part is not a pain ("a sair fecht", "my sair wee
    # dug"); "jiggered" said in "I'll be jiggered" or "jiggered if I know" is not worn out; a
    # cough spelt "cof" is not the coffee ("cof fee shop", "cof and chat", "Cof is short for")
    yield NOT_A_SYMPTOM, [lower("a", "my", "ma", "the", "his", "her", "oor", "our"),
                          lower("sair"), lower("wee", op="?"),
                          {"LOWER": {"NOT_IN": [*_PLACE_WORDS, *_SCOTS_PARTS]}}]  # fmt: skip
    # (respelt words have the LOWER of the word they stand for: told apart by their length)
    jiggered = {"LOWER": "exhausted", "LENGTH": len("jiggered")}
    yield NOT_A_SYMPTOM, [lower("be"), jiggered]
    yield NOT_A_SYMPTOM, [jiggered, lower("if")]
    cof = {"LOWER": "cough", "LENGTH": len("cof")}
    yield NOT_A_SYMPTOM, [cof, lower("fee")]
    yield NOT_A_SYMPTOM, [cof, lower("and", "n", "&"), lower("chat", "cake", "natter", "biscuit")]
    yield NOT_A_SYMPTOM, [cof, lower("is", "means"), lower("short", "what", "a")]
    # ... and "wabbit" as a word named: "wabbit is what my granny called us"
    yield NOT_A_SYMPTOM, [{"LOWER": "exhausted", "LENGTH": len("wabbit")}, lower("is", "was"),
                          lower("what"), gap(2), lemma("call", "say")]  # fmt: skip
    # Waterworks: "couldnt make it in time", "leaking without noticing", "didn't wee all day"
    yield "bladder-bowel-control", [{"NORM": {"IN": ["do", "did", "could", "can"]}}, NOT,
                                    lower("make"), lower("it"), lower("in"),
                                    lower("time")]  # fmt: skip
    yield "bladder-bowel-control", [lower("leaking", "leaked", "leak", "dribbling", "dribbled"),
                                    lower("without"), lower("noticing", "knowing", "realising",
                                    "realizing", "feeling")]  # fmt: skip
    yield "bladder-bowel-control", [lemma("do"), NOT, PEE, lower("all", "for", "since")]
    # Legs: "heavy in that leg", "legs just gave way"
    yield "leg-weakness", [lower("heavy", "weak", "numb", "dead", "heaviness"), lower("in"),
                           OWNER, SIDE, LEGS]  # fmt: skip
    yield "leg-weakness", [LEGS, lower("just", "completely", "suddenly", "then", "simply"),
                           lemma("give", "gave"), lower("way", "out", "in")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lemma("stand"), lower("up"), lower("straight")]
    # "can't feel my legs properly and they feel heavy": the pronoun stands for the legs
    weak = lower("weak", "heavy", "numb", "wobbly", "jelly", "dead", "useless", "weaker",
                 "heavier", "tingly", "floppy")  # fmt: skip
    yield LEGS_AS_THEY, [lower("they", "them"), BE, gap(2), weak]
    yield LEGS_AS_THEY, [lower("they"), *WILL_NOT, lemma("hold", "work", "move", "support")]
    # "bit of blood in what I brought up"
    yield "coughing-up-blood", [lower("blood"), lower("in", "on"), lower("what"),
                                lower("i", "she", "he"), lemma("bring", "cough", "spit", "hawk"),
                                lower("up")]  # fmt: skip
    # Fainting: "came over all faint", "everything went black"
    yield "palpitations", [lemma("come", "go"), lower("over", op="?"),
                           lower("all", "really", "very", "a", op="?"),
                           lower("bit", op="?"), lower("faint")]  # fmt: skip
    yield "palpitations", [lower("everything"), lower("went", "goes", "going", "turned"),
                           lower("black", "dark", "grey", "gray")]  # fmt: skip
    yield "loss-of-appetite", [lower("eating", "eat", "eats"), lower("like"), lower("a"),
                               lower("bird", "sparrow")]  # fmt: skip
    yield "anxiety", [lower("mind", "thoughts"), BE, lower("racing", "whirring", "going")]
    yield "anxiety", [lower("freaked", "freaking")]
    yield "hair-loss", [lower("hair"), BE, gap(2), lower("thin", "thinner", "thinning")]
    yield "hot-flashes", [lower("sweats", "sweating", "sweaty"), lower("at", "in"),
                          lower("night", "the")]  # fmt: skip
    yield "neuropathy", [FEET, BE, lower("like"), {"IS_PUNCT": False, "OP": "{0,4}"},
                         lower("cotton", "cardboard", "wool")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("wig", "dress", "bra", "prosthesis", "prosthetic", "shoe",
                          "kitchen", "carpet", "suit", "sleeve", "stocking", "stockings",
                          "garment", "mask", "shell"), lower("fitting", "fittings")]  # fmt: skip
    yield "palpitations", [lemma("heart"), lower("doing"), gap(2),
                           lower("fluttery", "flutter", "fluttering", "racing", "skippy",
                                 "pounding", "thumping", "jumping")]  # fmt: skip
    face = lemma("face", "lip", "chin", "cheek", "mouth")
    yield "facial-numbness", [face, lower("and"), face, {"IS_PUNCT": False, "OP": "{0,4}"},
                              lower("numb", "droopy", "drooping", "tingly", "dead")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("hand"), {"ORTH": "-"}, lower("foot")]
    yield "depression", [lemma("do"), NOT, lower("see"), lower("the"), lower("point")]
    yield "vomiting", [lower("spew", "spewed", "spewing", "spewin", "chundered", "chundering")]
    yield "rash", [lemma("skin"), lower("on", "around"), OWNER, gap(2), BE,
                   lower("red", "itchy", "blotchy", "peeling", "raw", "burnt",
                         "burned")]  # fmt: skip
    yield "high-blood-sugar", [lemma("mouth"), lower("dry", "parched")]
    yield "high-blood-sugar", [lemma("drink"), lower("water", op="?"), lower("all"),
                               lower("day", "night")]  # fmt: skip
    # "my hip is giving me grief", "knee's been giving me gyp", "put my back out"
    grief = lower("grief", "gyp", "jip", "hell", "jip", "murder", "stick", "bother", "trouble",
                  "problems", "jankers")  # fmt: skip
    giving = [BE, gap(1), lemma("give"), lower("me", "her", "him"), grief]
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        yield slug, [lemma(*places), *giving]
    yield "pain", [lower(*_GENERIC_PLACES), *giving]
    yield "back-pain", [lemma("put", "putting"), lower("my", "her"), lower("back"), lower("out")]
    yield "back-pain", [lower("my", "her"), lower("back"), lower("'s", "has"), lower("gone"),
                        lower("again")]  # fmt: skip
    # "stabbing in my side", "shooting pains down my arm"
    felt = lower("stabbing", "shooting", "throbbing", "burning", "gnawing", "sharp", "twinges",
                 "twinge", "cramping")  # fmt: skip
    # (not "shooting down my leg": pain that travels from the back is the back's)
    yield "pain", [felt, lower("pain", "pains", op="?"), lower("in", "across", "around"),
                   OWNER, SIDE, lower(*_GENERIC_PLACES)]  # fmt: skip
    yield "memory-problems", [lemma("forget"), OWNER, gap(1), {"LOWER": {"IN": ["'s", "s'"]},
                              "OP": "?"}, lower("name", "names", "appointment", "appointments",
                              "birthday")]  # fmt: skip


# A gap that may cross commas but not a sentence, a joining word or a place of its own.
_PLACE_WORDS = [w for places in PAIN_PLACES.values() for w in places] + list(_GENERIC_PLACES)
_SCOTS_PARTS = ("heid", "heed", "heids", "back", "belly", "wame", "lug", "lugs", "een", "ee",
                "feet", "fit", "legs", "leg", "gub", "pins", "banes")  # fmt: skip


def _wide_gap(most: int) -> dict:
    return {"LOWER": {"NOT_IN": [".", "!", "?", ";", "and", "but", "or", "not", "no",
                                 *_PLACE_WORDS]}, "OP": f"{{0,{most}}}"}  # fmt: skip


def _round_five() -> Iterable[tuple[str, Pattern]]:
    """Shapes the fifth round of writers used: answers to a form ("Pain: 9/10 in ribs", "Sleep: 3
    hrs", "Bowels: nothing"; the colon itself reads as "is" in the shapes of a part and its
    state), a pain likened to a blow or a weight ("like I'd been kicked in the back", "an
    elephant sitting on my chest", "tight like a band round my chest"), breath likened to a
    run, blood in what is brought up, legs that fail at the stairs, and a bone "it" that may
    be broken."""
    rating = [{"ORTH": ":", "OP": "?"}, {"LIKE_NUM": True}, {"ORTH": "/", "OP": "?"},
              {"LIKE_NUM": True, "OP": "?"}]  # fmt: skip
    blows = lemma("kick", "punch", "stab", "hit", "whack", "wallop", "thump", "knife", "knee",
                  "hammer", "bash", "trample")  # fmt: skip
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        # "Pain: 9/10 in ribs", "Pain 2/10 (back)", "ache 6/10 in my lower back"
        yield slug, [lemma("pain", "ache", "pane"), *rating, lower("(", "in", "at", "-", op="?"),
                     OWNER, SIDE, lemma(*places)]  # fmt: skip
        # "like I'd been kicked in the back", "as if someone stabbed me in the chest"
        if slug != "mouth-sores":
            yield slug, [lower("like", "if", "though"), {"IS_PUNCT": False, "OP": "{0,4}"},
                         blows, lower("me", "her", op="?"), lower("in", "on"), OWNER, SIDE,
                         lemma(*places)]  # fmt: skip
    yield "pain", [lower("like", "if", "though"), {"IS_PUNCT": False, "OP": "{0,4}"}, blows,
                   lower("me", "her", op="?"), lower("in", "on"), OWNER, SIDE,
                   lower(*_GENERIC_PLACES)]  # fmt: skip
    # "shooting pain down the backs of both legs": the back of a limb is the limb
    yield "pain", [lemma("pain", "ache", "pane"), lower("down", "in", "up", "along", "across"),
                   OWNER, lower("back", "backs"), lower("of"), OWNER, lower("both", op="?"),
                   SIDE, lower(*_GENERIC_PLACES, "knee", "knees", "calf", "calves")]  # fmt: skip
    yield "headache", [lower("pain", "ache", "pane"), lower("in", "at"), OWNER,
                       lower("back", "base"), lower("of"), OWNER, lower("head")]  # fmt: skip
    yield "headache", [lower("sore", "achy", "aching", "throbbing", "pounding", "banging",
                             "thumping", "splitting", "bursting"), lemma("head")]  # fmt: skip
    # Upper tummy: "a dull ache across the top of my tummy", "tummy ache, the upper bit on
    # the right, under the ribs"
    tummy = lemma("tummy", "stomach", "belly", "abdomen")
    yield "upper-abdominal-pain", [lemma("pain", "ache", "pane"), lower("across", "in", "at",
                                   "around", "over", "along"), OWNER, lower("top", "upper"),
                                   lower("part", "bit", "half", op="?"), lower("of"), OWNER,
                                   tummy]  # fmt: skip
    yield "upper-abdominal-pain", [tummy, lemma("pain", "ache", "pane"), {"ORTH": ","},
                                   _wide_gap(6), lower("under", "below", "beneath"), OWNER,
                                   lower("ribs", "rib")]  # fmt: skip
    yield "upper-abdominal-pain", [tummy, lemma("pain", "ache", "pane"), {"ORTH": ","},
                                   OWNER, lower("upper", "top"), lower("bit", "part", "half",
                                   "side"), lower("on", op="?"), OWNER,
                                   lower("right")]  # fmt: skip
    # Chest: "tight like a band round my chest", "an elephant sitting on my chest"
    yield "chest-pain", [lower("band", "vice", "vise", "belt", "strap", "rope"),
                         lower("round", "around", "across", "on"), OWNER,
                         lower("chest")]  # fmt: skip
    yield "chest-pain", [lemma("chest"), BE, {"IS_PUNCT": False, "OP": "{0,5}"},
                         lower("vice", "vise", "clamp")]  # fmt: skip
    yield "chest-pain", [lemma("sit", "press", "push", "stand", "crush", "squeeze", "weigh"),
                         lower("on", "down"), OWNER, lower("chest")]  # fmt: skip
    # The heart: "like a bird flapping in my chest", "fluttering inside my chest"
    yield "palpitations", [lower("flapping", "fluttering", "flutter", "flutters", "flipping",
                                 "flip", "flips", "flopping", "jumping", "racing", "pounding",
                                 "thumping", "hammering", "banging"),
                           lower("in", "inside", "around"), OWNER, lower("chest")]  # fmt: skip
    # Breath: "wheezy", "breathing like I've run for a bus", "puffing like I'd run a marathon"
    yield "shortness-of-breath", [lower("wheezy", "wheezing", "wheeze", "wheezes", "wheezed",
                                        "wheezey")]  # fmt: skip
    yield "shortness-of-breath", [lower("breathing", "puffing", "panting", "gasping", "puffed",
                                        "breathless"), lower("like", "as"),
                                  {"IS_PUNCT": False, "OP": "{0,3}"},
                                  lemma("run", "sprint", "climb", "race")]  # fmt: skip
    # Blood: "Blood streaks in my phlegm", "blood spots on the tissue"
    yield "coughing-up-blood", [lower("blood"), {"ORTH": "-", "OP": "?"},
                                lower("streaks", "streak", "flecks", "fleck", "specks",
                                      "spots", "traces", "clots", "stains", "threads"),
                                lower("in", "on"), OWNER,
                                lemma("phlegm", "sputum", "mucus", "spit", "tissue",
                                      "hanky")]  # fmt: skip
    # Legs: "says she cant feel them properly", "cant climb the stairs" beside numb legs
    yield LEGS_AS_THEY, [*CANT, lemma("feel", "move", "lift"), lower("them")]
    yield LEGS_NEARBY, [*CANT, lemma("climb", "manage", "get", "walk", "go"),
                        lower("up", "down", op="?"), lower("the", op="?"),
                        lower("stairs", "stair", "steps")]  # fmt: skip
    # A bone that may be broken: "think its broken", "Think it might be broken"
    yield FRACTURE_DOUBTED, [lower("think", "thinks", "reckon", "reckons", "maybe", "probably",
                                   "wonder", "worried", "suspect", "suspects", "possibly",
                                   "scared", "afraid", "frightened", "fear", "feared"),
                             lower("it", "its"),
                             {"LOWER": {"IN": ["'s", "is", "be", "was", "might", "could", "may",
                                               "must", "has", "been", "have", "'ve"]},
                              "OP": "{0,3}"},
                             lower("broken", "fractured", "cracked", "bust", "broke")]  # fmt: skip
    # ... said of herself: "can't move my wrist, think I've broken it" (round 8)
    yield FRACTURE_DOUBTED, [lower("think", "thinks", "reckon", "reckons", "suspect", "worried",
                                   "scared", "afraid"),
                             lower("i", "she", "ive", "shes"),
                             {"LOWER": {"IN": ["'s", "'ve", "have", "has", "might", "may",
                                               "could", "must", "of", "'d"]}, "OP": "{0,2}"},
                             lower("broken", "fractured", "cracked", "broke", "bust"),
                             lower("it", "something")]  # fmt: skip
    yield FRACTURE_DOUBTED, [{"ORTH": "?"}, {"ORTH": "#"}]  # a nurse's "?#": query fracture
    # "Might be broken", "they think I might of broke it"
    yield FRACTURE_DOUBTED, [lower("might", "could", "may"), lower("be", "have", "of", "'ve"),
                             lower("broken", "broke", "fractured", "cracked", "bust")]  # fmt: skip
    # "No blood in it", "any blood in it?" after a cough
    yield BLOOD_IN_IT, [lower("blood"), lower("in", "on"), lower("it", "them")]
    # Weak hands: "fingers just wouldn't grip"
    yield "weakness", [lemma("finger", "hand"), lower("just", "simply", op="?"), *WILL_NOT,
                       lemma("grip", "work", "hold", "close")]  # fmt: skip
    # "can't be bothered to eat"
    yield "loss-of-appetite", [*CANT, lower("be"), lower("bothered", "arsed", "fussed"),
                               lower("to", "with"), lower("eat", "eating", "food")]  # fmt: skip
    # "Dinnae fancy my tea", "don't want my dinner"
    yield "loss-of-appetite", [lemma("do"), NOT, lower("fancy", "want"), OWNER,
                               lower("tea", "dinner", "lunch", "breakfast", "food", "meal",
                                     "supper", "meals")]  # fmt: skip
    # "mi foot dem swell up", "ankles swelling up"
    yield "swelling", [lemma("foot", "feet", "ankle", "hand", "finger", "arm"),
                       lower("dem", "them", "have", "are", "keep", op="?"),
                       lower("swell", "swelling", "swelled", "swollen", "puff", "puffing",
                             "puffed", "blow", "blowing", "blew"), lower("up")]  # fmt: skip
    # "Steroids = no sleep"; "no sleep problems" is a sleep problem said to be absent
    yield "difficulty-sleeping", [lower("no", "zero", "little", "nae", "hardly", "barely", "nil"),
                                  lower("sleep")]  # fmt: skip
    yield "difficulty-sleeping:negated", [lower("no"), lower("sleep"),
                                          lower("problems", "problem", "issues", "trouble",
                                                "difficulties")]  # fmt: skip
    # "had to stop for breath", "stopping for breath"
    yield "shortness-of-breath", [lemma("stop", "pause"), lower("for", "to"),
                                  lower("breath", "air", "breathe")]  # fmt: skip
    # "skin not yellow", "eyes are not yellow"
    yield "jaundice:negated", [lemma("eye", "skin"), lemma("be", op="?"), NOT,
                               lower("yellow", "yellowy", "yellowish")]  # fmt: skip
    # "Light hurts my eyes": light that hurts is not a pain of the eyes
    yield NOT_A_SYMPTOM, [lower("light", "lights", "sunlight", "brightness", "sun", "noise"),
                          lemma("hurt"), OWNER, lemma("eye", "ear")]  # fmt: skip
    # Mind: "son sez ive been strange all week", "dont no wot day it is"
    person = lower("i", "she", "he", "mum", "mom", "mam", "gran", "nan", "grandma", "mother",
                   "wife")  # fmt: skip
    yield "mental-status-change", [person, lower("'ve", "ve", "'s", "has", "have", "had", "is",
                                   "was", op="?"), lower("been", "being", "acting", "behaving"),
                                   lower("very", "so", "really", "a", "quite", "bit", "little",
                                         "rather", "all", op="{0,2}"),
                                   lower("strange", "odd", "weird", "peculiar", "bizarre",
                                         "strangely", "oddly", "weirdly")]  # fmt: skip
    yield "confusion", [lower("did", "does", "do", "could"), NOT, lower("know", "no", "kno"),
                        lower("what"), lower("day", "year", "time", "month"),
                        lower("it")]  # fmt: skip
    yield "memory-problems", [lemma("do"), NOT, lower("remember", "recall"),
                              lower("any", "a", "much", "anything", "what", "it", "that",
                                    "things", "doing", "saying", "where", "how")]  # fmt: skip
    # "whats the point some days", "what's the point anymore" (not "what's the point of the scan")
    yield "depression", [lower("what", "whats"), lower("'s", "s", "is", op="?"), lower("the"),
                         lower("point"), {"LOWER": {"IN": ["some", "anymore", "any", "really",
                         "now", "of it", "in it", ".", "?", "!", ",", "..."]}}]  # fmt: skip
    # Mood: "low in spirits", "low in herself"
    yield "depression", [lower("low"), lower("in"), lower("spirits", "spirit", "mood", "myself",
                         "herself", "himself")]  # fmt: skip
    # Sleep: "Lying awake till 4", "wide awake at 4 again", "Sleep: 3 hrs", "slept 2 hours"
    yield "difficulty-sleeping", [lower("lying", "lay", "lie", "laying", "lain", "wide"),
                                  lower("awake")]  # fmt: skip
    few = lower("1", "2", "3", "4", "one", "two", "three", "four", "1-2", "2-3", "3-4")
    hours = lower("hrs", "hours", "hr", "h", "hour")
    yield "difficulty-sleeping", [lemma("sleep"), lower(":", op="?"),
                                  lower("only", "just", "about", "barely", "maybe", "max", "a",
                                        "for", op="?"), few, hours]  # fmt: skip
    yield "difficulty-sleeping", [lower("only", "just", "barely"), few, hours,
                                  lower("of", op="?"), lemma("sleep")]  # fmt: skip
    # Bowels: "Bowels: nothing since Tues", "bowels have not moved", "Stools hard as rocks",
    # "Bowels: opened x1, loose"
    bowels = lower("bowels", "bowel")
    yield "constipation", [bowels, {"ORTH": ":"}, lower("nothing", "none", "nil", "zero")]
    yield "constipation", [bowels, lemma("have", "be", op="?"), NOT,
                           lower("moved", "opened", "open", "working", "been", "gone", "gone",
                                 "gone")]  # fmt: skip
    yield "constipation", [lemma("stool", "poo", "poop"), BE, lower("like", "as", op="?"),
                           lower("hard", "rocks", "rock", "pellets", "bullets")]  # fmt: skip
    yield "diarrhea", [lower("bowels", "stool", "stools", "poo", "poos"), _wide_gap(4),
                       lower("loose", "runny", "watery")]  # fmt: skip
    # Feet that burn, a dry vagina and painful sex
    yield "neuropathy", [FEET, BE, gap(2), lemma("burn")]
    yield "vaginal-dryness", [lower("dry"), lower("down"), lower("below", "there", "under")]
    yield "vaginal-dryness", [lower("sex", "intercourse"), BE, gap(1),
                              lemma("painful", "sore", "hurt", "agony", "uncomfy")]  # fmt: skip
    # "no trouble peeing", "difficulty passing urine"
    yield "bladder-bowel-control", [lemma("trouble", "difficulty", "problem", "struggle"),
                                    lower("peeing", "weeing", "urinating", "passing"),
                                    lower("water", "urine", op="?")]  # fmt: skip
    # "calf on the right is tender and bigger than the left"
    yield "calf-swelling", [lemma("calf", "calves"), lower("on"), lower("the"),
                            lower("right", "left"), BE, gap(1),
                            lower("swollen", "tender", "hot", "red", "painful", "puffy",
                                  "bigger", "fatter", "larger", "sore", "warm")]  # fmt: skip
    yield "dizziness", [lower("room", "world", "everything"), BE, gap(1),
                        lower("round", "around")]  # fmt: skip


def _round_six() -> Iterable[tuple[str, Pattern]]:
    """Shapes the sixth round of writers used, each written for its class of wordings: English
    as a second language (a part and "not" with no auxiliary or the wrong one: "leg is not
    holding me", "my leg not strong", "pee is not coming", "she don't know me"), dictated words
    misheard ("coffin up blood", "dire rear", "night sweets"), a part likened to a thing ("leg
    is like wood", "ankles like balloons"), what a part cannot do said with its own verb ("not
    talking well", "mouth is pulling to one side", "couldn't feel the inside of my thighs"),
    a count or a frequency ("had 2 accidents", "peeing every 20 mins"), clinical register
    ("lower limb power reduced", "paraesthesia", "oedematous"), and a fracture said of "it"
    ("x-ray says it's broken") or of a bone ("a crack in the bone")."""
    # Breath: "sob on stairs", "sob walking up hills" (lower-case "sob" only beside an effort:
    # not "sob on the phone"); "sat down to get my breath back", "stopped to catch my breath"
    effort = lemma("stair", "step", "exertion", "hill", "incline", "slope", "walk", "climb",
                   "effort", "exercise", "rest", "stairs", "steps", "walking")  # fmt: skip
    yield "shortness-of-breath", [{"LOWER": "sob"},
                                  lower("on", "going", "climbing", "walking", "after", "with",
                                        "at", "when", "doing", "up", op="?"),
                                  lower("up", "the", "a", "any", "minimal", "mild", "slight",
                                        "little", op="?"), effort]  # fmt: skip
    yield "shortness-of-breath", [lemma("get", "catch"), lower("my", "her", "his"),
                                  lower("breath"), lower("back", op="?")]  # fmt: skip
    # Fever: "body is hot", "her body is burning" (Nigerian and Indian English for a fever)
    yield "fever", [lower("body"), BE, gap(1), lower("hot", "burning", "hotter", "feverish")]
    # Blood: "coffin up blood" (dictated "coughing")
    yield "coughing-up-blood", [lower("coffin", "coffing", "coughin", "cofin", "caughing"),
                                lower("up"), gap(2), lower("blood")]  # fmt: skip
    # Two slips in one phrase: "cofing up blod" ("blod" is a word to the frequency table, so
    # the look-up leaves it): one edit from "blood" after a cough (read as one: the look-up
    # sets its LOWER) and "up", but not the English words one edit away that the lemma table
    # knows ("coughing up blond hair"). spaCy's FUZZY runs only in a sentence holding a cough
    # and "up" (the Matcher's anchors).
    yield "coughing-up-blood", [lower("cough", "coughing", "coughed", "coughs", "brought",
                                      "bring", "bringing", "hacking", "hacked", "coffin",
                                      "coffing", "coughin", "cofin"), lower("up"),
                                {"LOWER": {"FUZZY1": "blood", "NOT_IN": _NOT_BLOOD}}]  # fmt: skip
    # A fracture said of a bone: "a crack in the bone", "a break in my hip", "fracture in the
    # spine"; and of "it" once a part was named ("x-ray says it's broken", "it's snapped").
    bones = lemma("bone", "rib", "hip", "spine", "vertebra", "femur", "pelvis", "wrist", "arm",
                  "leg", "ankle", "collarbone", "humerus", "shoulder", "thigh")  # fmt: skip
    yield "fracture", [lower("crack", "cracks", "break", "fracture", "fractures"),
                       lower("in"), OWNER, SIDE, bones]  # fmt: skip
    yield FRACTURE_SAID, [lower("it", "its"),
                          lower("'s", "is", "was", "has", "had", "s", op="?"),
                          lower("been", op="?"),
                          lower("broken", "snapped", "fractured", "cracked", "bust")]  # fmt: skip
    # Bladder and bowels, kept only where a word of them is near: "can't hold my wee, had 2
    # accidents", "leaking every time I stand up", "with diarrhoea ... didn't get there in time"
    yield CONTROL_NEARBY, [lemma("have"), {"LIKE_NUM": True, "OP": "?"},
                           lower("accidents")]  # fmt: skip
    yield CONTROL_NEARBY, [lemma("leak", "dribble"), lower("every", "each"), lower("time")]
    yield CONTROL_NEARBY, [lemma("leak", "dribble"), lower("whenever")]
    # (one pattern per verb, so that each is tried only beside "make" or "there", not at every
    # "in" and "time")
    yield CONTROL_NEARBY, [NOT, lower("quite", "always", op="?"), lower("make"), lower("it"),
                           lower("there", op="?"), lower("in"), lower("time")]  # fmt: skip
    yield CONTROL_NEARBY, [NOT, lower("quite", "always", op="?"), lower("get", "make"),
                           lower("it", op="?"), lower("there"), lower("in"),
                           lower("time")]  # fmt: skip
    # "the pee is not coming", "urine won't come", "hasn't been able to pass urine"
    yield "bladder-bowel-control", [lemma("pee", "wee", "urine"),
                                    {"NORM": {"IN": ["is", "was", "be", "do", "did", "does",
                                                     "will", "would"]}, "OP": "?"},
                                    NOT, lower("coming", "come", "flowing", "flow", "passing",
                                               "pass")]  # fmt: skip
    yield "bladder-bowel-control", [NOT, lower("been", op="?"), lower("able"), lower("to"),
                                    lower("pass"), lower("urine", "water")]  # fmt: skip
    # Peeing by the clock: "peeing literally every 20 mins", "up to pee every hour", "can't
    # stop weeing"
    yield "high-blood-sugar", [lemma("pee", "wee", "urinate"), gap(1), lower("every"),
                               {"IS_PUNCT": False, "OP": "{0,2}"},
                               lower("hour", "hours", "hr", "hrs", "minutes", "mins", "min",
                                     "minute")]  # fmt: skip
    yield "high-blood-sugar", [*CANT, lower("stop"), lower("peeing", "weeing", "urinating")]
    # The mind: "she don't know me", "didn't know us" (someone else: not "I don't know me")
    not_i = {"LOWER": {"NOT_IN": ["i", "we", "you", "they"]}}
    for knowing in (lemma("know"), lemma("recognise", "recognize")):
        yield "confusion", [not_i, {"NORM": {"IN": ["do", "did", "does", "could"]}}, NOT,
                            knowing, lower("me", "us")]  # fmt: skip
    # Memory: "forgetting everything", "keep forgetting things" (not "forgot my PIN", nor "asked
    # the same question five times": other writers leave those unlabelled beside a named one)
    yield "memory-problems", [lemma("forget"), lower("everything", "things", "stuff", "names",
                              "why")]  # fmt: skip
    # Speech: "is not talking well", "not speaking properly", "it comes out wrong"
    yield "speech-problems", [NOT, lower("talking", "speaking", "talk", "speak"),
                              lower("well", "properly", "clearly", "right", "normally",
                                    "straight")]  # fmt: skip
    yield "speech-problems", [lemma("come"), lower("out"), lower("all", "completely", op="?"),
                              lower("wrong", "jumbled", "garbled", "muddled", "slurred",
                                    "backwards", "funny")]  # fmt: skip
    # The face: "her mouth is pulling to one side", "face drooping down on the left"
    # (one pattern per part, each filed under its part, not under "side", "left" or "right")
    for part in ("face", "mouth", "lip", "smile", "cheek"):
        yield "facial-numbness", [lemma(part), BE, gap(1),
                              lower("pulling", "pulled", "drawn", "twisted", "going", "gone",
                                    "drooping", "droopy", "dropping", "dropped", "hanging",
                                    "sliding", "slipping", "sagging"),
                              lower("down", op="?"), lower("to", "on", "towards"),
                              lower("one", "the", "her", "my", "his", op="?"),
                              lower("side", "left", "right")]  # fmt: skip
    # Legs: "leg is like wood", "legs like logs": the things are in _legs' list of weights
    # "leg is not holding me", "my leg not strong", "legs are not strong"
    yield "leg-weakness", [LEGS, {"NORM": {"IN": ["is", "are", "was", "were", "am", "do",
                                                   "does", "did"]}, "OP": "?"},
                           NOT, lower("holding", "hold", "supporting", "support", "carrying",
                                      "strong", "steady")]  # fmt: skip
    # Dropped verbs: "my leg no power since two days", "legs no strength", "legs no more strong"
    yield "leg-weakness", [LEGS, lower("no", "zero", "not"), lower("more", "longer", op="?"),
                           lower("power", "strength", "feeling", "strong")]  # fmt: skip
    # "my leg is sleeping since morning" (a numb leg, as "my foot is asleep")
    yield "leg-weakness", [LEGS, BE, lower("sleeping", "asleep")]
    for asleep in ("sleeping", "asleep"):  # one anchor each: a set would merge two matchers
        yield "neuropathy", [lemma("foot", "feet", "hand", "finger", "toe"), BE, lower(asleep)]
    # The mind: "she is not in her senses", "not knowing where she is"
    yield "confusion", [NOT, lower("in"), lower("her", "his", "my"), lower("right", op="?"),
                        lower("senses", "mind")]  # fmt: skip
    yield "confusion", [NOT, lower("knowing"), lower("where", "who", "what")]
    # Urine or stool that comes on its own: "urine is coming by itself", "passing urine
    # without knowing"
    yield "bladder-bowel-control", [lemma("urine", "pee", "wee", "poo", "stool", "motion"),
                                    {"IS_PUNCT": False, "OP": "{0,3}"}, lower("without"),
                                    lower("knowing", "control", "feeling", "noticing",
                                          "warning")]  # fmt: skip
    yield "bladder-bowel-control", [lemma("urine", "pee", "wee", "poo", "stool", "motion"),
                                    {"IS_PUNCT": False, "OP": "{0,3}"}, lower("by"),
                                    lower("itself", "themselves", "itsself")]  # fmt: skip
    # Breath: "difficulty in breathing", "hard to take breath"
    yield "shortness-of-breath", [lemma("difficulty", "trouble", "problem"), lower("in", "with"),
                                  lower("breathing")]  # fmt: skip
    yield "shortness-of-breath", [lower("hard", "difficult"), lower("to"),
                                  lower("take", "get", "catch"), lower("a", "my", op="?"),
                                  lower("breath")]  # fmt: skip
    # Fever: "I have temperature since two days", "having a high temperature" (not "have a
    # temperature of 37.1": a reading is read on its own)
    have = lower("have", "has", "had", "having", "'ve", "got")  # not "Helen's temperature"
    yield "fever", [have, lower("a", op="?"), lower("high", op="?"),
                    lower("temperature", "temp")]  # fmt: skip
    yield NOT_A_SYMPTOM, [have, lower("a", op="?"), lower("temperature", "temp"),
                          lower("of", "reading", "check", "checked", "taken")]  # fmt: skip
    # Blood that comes with the cough: "blood is coming with cough"
    yield "coughing-up-blood", [lower("blood"), lemma("be", op="?"),
                                lower("coming", "comes", "came"),
                                lower("with", "when", "in", "while", "during"),
                                lower("the", "my", "i", "she", op="?"), lemma("cough")]  # fmt: skip
    # Speech: "my speech is not clear", "her talking is not clear"
    yield "speech-problems", [lower("speech", "talking", "words"), BE, NOT, lower("clear")]
    # "not able to hold urine", "unable to control my bowels"
    # (not "the dog failed to control his bladder": the patient is a woman)
    yield "bladder-bowel-control", [lower("not", "unable", "failing", "failed"), lower("able",
                                    op="?"), lower("to"),
                                    lemma("hold", "control"),
                                    lower("my", "her", "the", "your", "both", "one", "a",
                                          "mi", "ma", "me", "that", "this", op="?"),
                                    lemma("urine", "wee", "pee", "bladder", "bowel", "poo",
                                          "water", "stool")]  # fmt: skip
    # "breath is not coming properly", "breath not coming"
    yield "shortness-of-breath", [lower("breath", "breathing", "air"), lemma("be", op="?"), NOT,
                                  lower("coming", "come", "enough")]  # fmt: skip
    # "right leg has been dragging since Saturday": in _legs ("been" after the linking word)
    # "couldn't feel the inside of my thighs", "can't feel my thighs"
    yield "leg-weakness", [*CANT, lemma("feel"), lower("the"),
                           lower("inside", "insides", "outside", "front", "back", "top",
                                 "backs", "fronts"), lower("of"), OWNER, SIDE,
                           lemma("thigh")]  # fmt: skip
    yield "leg-weakness", [*CANT, lemma("feel"), OWNER, SIDE, lemma("thigh")]
    # Clinical: "lower limb power reduced", "reduced power in both legs"
    reduced = lower("reduced", "decreased", "diminished", "poor", "weak", "weaker", "down",
                    "lost", "absent")  # fmt: skip
    yield "leg-weakness", [lower("lower", op="?"), lemma("limb", "leg"),
                           lower("power", "strength"), lemma("be", op="?"), reduced]  # fmt: skip
    yield "leg-weakness", [reduced, lower("power", "strength"), lower("in"), OWNER,
                           lower("both", op="?"), SIDE, lemma("leg", "limb")]  # fmt: skip
    # Legs named just before: "legs numb. can't stand.", "no strength in them", "no feeling"
    for verb in ("stand", "walk"):
        yield LEGS_NEARBY, [*CANT, lemma(verb)]
    yield LEGS_NEARBY, [lower("no"), lower("feeling", "sensation")]
    yield NOT_A_SYMPTOM, [lower("no"), lower("feeling", "sensation"),
                          lower("of", "that", "like", "about", "for")]  # fmt: skip
    # Control named by the part: "no bowel accidents", "no wee problems"
    # (filed under the second word, so that the bladder's, the toilet's and the pee's matchers
    # stay apart)
    yield "bladder-bowel-control", [lower("bowel", "bladder", "toilet", "wee", "pee", "urine"),
                                    lower("accidents", "accident", "problems", "problem",
                                          "issues")]  # fmt: skip
    # A relative's loss of speech: "lost her speech" (not "lost my voice", a sore throat)
    yield "speech-problems", [lemma("lose"), OWNER, lower("speech")]
    # "no yellowing that I can see"
    yield "jaundice", [lower("any", "some", "bit", "slight"), lower("yellowing")]
    yield "jaundice" + NEGATED, [lower("no"), lower("yellowing")]
    # "had fits at the end"
    yield "seizure", [lemma("have"), {"LIKE_NUM": True, "OP": "?"}, lower("fits")]
    yield "bladder-bowel-control", [lower("bowels", "bladder", "bowel"),
                                    lower("just", "suddenly", op="?"), lower("let"),
                                    lower("go")]  # fmt: skip
    # "no blood." after a cough: the blood is what she would bring up
    yield BLOOD_NONE, [lower("no", "nil"), lower("blood"), {"IS_PUNCT": True}]
    # Retention said with "no": "no pee since morning", "no wee all day"
    yield "bladder-bowel-control", [lower("no"), lemma("pee", "wee", "urine"),
                                    lower("since", "for", "all", "coming", "passed",
                                          "today")]  # fmt: skip
    # One to five words: "fits again", "fits x2 today"; "sob today", "chest tight, sob"
    yield "seizure", [lower("fits"), lower("again", "today", "tonight", "overnight", "x2", "x3",
                                           "x4", "this", "twice", "all")]  # fmt: skip
    yield "shortness-of-breath", [{"LOWER": "sob", "IS_SENT_START": True},
                                  lower("today", "again", "worse", "bad", "badly", "now", "still",
                                        "tonight", "all", "since", "x")]  # fmt: skip
    yield "shortness-of-breath", [{"ORTH": ","}, {"LOWER": "sob"}]
    yield LEGS_AS_THEY, [lower("no", "zero", "lost", "little"), lower("the", "all", op="?"),
                         lower("strength", "power", "feeling", "sensation"), lower("in"),
                         lower("them")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lemma("stand"), lower("the", "it", "him", "her", "them", "being",
                          "that", "this", "people", "anyone", "when", "how", "seeing")]  # fmt: skip
    # Pain said to scream: "my thigh has been screaming", "back is screaming at me"
    screaming = lower("screaming", "screams", "screamed", "killing")
    have_been = [lower("has", "have", "had", "is", "was", "'s", "are", "been", op="?"),
                 lower("been", op="?")]  # fmt: skip
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug not in ("mouth-sores", "headache"):
            yield slug, [lemma(*places), *have_been, screaming]
    yield "pain", [lower(*_GENERIC_PLACES), *have_been, screaming]
    # "joints feel 90 yrs old", "knees feel about a hundred"
    yield "joint-pain", [lemma("joint", "knee", "hip"), BE, lower("about", "like", op="?"),
                         {"LIKE_NUM": True}, lower("yrs", "years", "year"),
                         lower("old")]  # fmt: skip
    # A part likened to a thing: "ankles like balloons", "fingers like sausages"
    # (the likened things, fewer than the parts, are the rare words the pattern is filed under:
    # filed under the parts, it would join the legs' and the limbs' matchers into one)
    likened = lower("balloons", "balloon", "sausages", "elephants", "puddings", "footballs")
    yield "swelling", [lemma("ankle", "foot", "feet", "leg", "hand", "finger", "arm"), BE,
                       lower("like"), likened]  # fmt: skip
    yield "swelling", [lower("oedematous", "edematous")]
    yield "neuropathy", [lower("paraesthesia", "paresthesia", "paraesthesiae", "paresthesias",
                               "paraesthesias")]  # fmt: skip
    # Second-language verb forms: "last night I am not sleep", "she confuse", "my wife she is
    # not waking properly", "my stomach is running"
    yield "difficulty-sleeping", [{"NORM": {"IN": ["am", "is", "was", "are", "were"]}}, NOT,
                                  lower("sleep", "slept")]  # fmt: skip
    yield "confusion", [lower("she", "he", "i", "mum", "mother", "wife", "also", "little", "bit",
                              "too", "much"), lower("confuse")]  # fmt: skip
    yield "mental-status-change", [NOT, lower("waking", "wake", "woken"),
                                   lower("properly", "fully")]  # fmt: skip
    yield "diarrhea", [lemma("stomach", "tummy", "belly"), lemma("be", op="?"),
                       lower("running", "runny")]  # fmt: skip
    # What was done says what was felt: "sat up all night, breathing bad", "called the
    # ambulance because she stopped making sense" (not "can't lie flat": a back pain's too)
    yield "shortness-of-breath", [lower("breathing"), BE, gap(1),
                                  lower("bad", "worse", "awful", "terrible", "poor",
                                        "hard")]  # fmt: skip
    yield "confusion", [lemma("stop"), lower("making"), lower("any", op="?"), lower("sense")]
    # "heart's going mad" ("my legs gave up" is with "gave way" in tagging_patterns.py)
    yield "palpitations", [lemma("heart"), lower("'s", "is", "s", "was", op="?"),
                           lower("going", "racing", "pounding", "beating"),
                           lower("mad", "crazy", "wild", "nuts", "haywire", "bonkers")]  # fmt: skip
    # One to five words: "back killing" (with "screaming" above), "temp high", "numb bum",
    # "pooing myself"
    yield "fever", [lower("temp", "temperature", "temps"), lemma("be", op="?"),
                    lower("high", "higher", "very", op="?"), lower("high", "higher")]  # fmt: skip
    yield "bladder-bowel-control", [lower("numb"), lower("bum", "bottom", "groin", "buttocks",
                                    "privates", "crotch")]  # fmt: skip
    yield "bladder-bowel-control", [lower("pooing", "pooping", "pooed", "pooped", "soiling",
                                          "soiled", "weeing", "weed"),
                                    lower("myself", "herself", "meself")]  # fmt: skip
    yield "bladder-bowel-control", [lower("wet", "wetting", "peeing", "weeing", "pooing", "peed",
                                          "weed", "pooed", "soiled"), lower("self")]  # fmt: skip
    # A nurse's words: "orthopnoea", "paraparesis", "lower limb weakness", "tachycardic",
    # "ataxic gait", "icteric", "facial asymmetry" (not "tonic-clonic" nor "post-ictal": they
    # describe a seizure already named)
    yield "shortness-of-breath", [lower("orthopnoea", "orthopnea", "tachypnoea", "tachypnea",
                                        "tachypnoeic", "tachypneic", "dyspnoeic", "dyspneic",
                                        "orthopnoeic")]  # fmt: skip
    yield "leg-weakness", [lower("paraparesis", "paraplegia", "paraplegic", "paraparetic")]
    yield "leg-weakness", [lower("lower", "bilateral"), lemma("limb"),
                           lower("weakness", "numbness", "heaviness", "paraesthesia",
                                 "paresthesia")]  # fmt: skip
    yield "palpitations", [lower("tachycardic", "tachycardia", "tachy")]
    yield "balance-problems", [lower("ataxic", "ataxia", "unsteadiness")]
    yield "jaundice", [lower("icteric", "icterus")]
    yield "facial-numbness", [lower("facial"), lower("asymmetry", "weakness", "palsy")]
    yield "fracture", [lower("vertebral", "vertebra"), lower("collapse")]
    # Dictation and autocorrect: "night sweets", "dire rear", "chess pain", "short a breath";
    # Nigerian English "stooling"
    yield "chest-pain", [lower("chess"), lower("pain", "pains", "tight", "tightness", "hurts",
                         "hurting", "ache", "aching")]  # fmt: skip
    yield "shortness-of-breath", [lower("short"), lower("a"), lower("breath")]
    yield "shortness-of-breath", [lower("shorter"), lower("breath", "breaths", "of")]
    yield "speech-problems", [lower("slurd", "slured", "slurrd", "slurrin", "slurin")]
    # "had a seize her", "another sees her" (dictated "seizure")
    yield "seizure", [lower("a", "another", "the"), lower("seize", "sees", "seas", "cease"),
                      lower("her", "your", "ya", "yer")]  # fmt: skip
    yield "hot-flashes", [lower("night"), lower("sweets")]
    yield "diarrhea", [lower("dire"), lower("rear", "rhea", "ear")]
    yield "diarrhea", [lower("stooling", "purging")]
    yield "fatigue", [lower("so", "still", "completely", "totally", "absolutely", "utterly",
                            "feel", "feeling", "felt", "am", "'m", "was", "is"),
                      lower("wiped")]  # fmt: skip
    # "dry as the sahara down there"
    yield "vaginal-dryness", [lower("dry"), gap(3), lower("down"), lower("there", "below")]
    # Hearing her own voice is not hearing: "I'm slurring but I can't hear it myself"
    yield NOT_A_SYMPTOM, [*CANT, lower("hear"), lower("it", "that"),
                          lower("myself", "herself", "himself")]  # fmt: skip


def _round_seven() -> Iterable[tuple[str, Pattern]]:
    """Shapes of the seventh round's writers, each for its class of wordings: a heart that does
    something ("heart is running fast", "heart doing flips", "heart was thudding"), thirst and
    peeing by the clock or likened ("drinking like a camel", "up all night peeing", "always
    asking for water"), a pronoun that takes up the part again ("her mouth it is going down"),
    a hurt when breathing in said with any pronoun ("it hurt when mi breathe in"), pain behind
    the eyes, an injection site, the palms and soles, the chin and lips, holding on to walls,
    a second-language "not" with no auxiliary ("she not know who I am", "not want to eat"),
    and Scots and Southern US words (boak, tuckered, doon, rotten)."""
    # The mind: "she not know who I am", "doesn't know where she is" (not "I don't know what
    # to do": someone else, and who or where she or I am)
    not_i = {"LOWER": {"NOT_IN": ["i", "we", "you", "they"]}}
    yield "confusion", [not_i, {"NORM": {"IN": ["do", "did", "does", "could"]}, "OP": "?"}, NOT,
                        lemma("know"), lower("who", "where"),
                        lower("i", "she", "he", "we", "you", "it"),
                        lower("am", "is", "was", "are", "were", "'m", "'s")]  # fmt: skip
    # The heart: "heart is running fast", "heart doing flips", "heart was thudding"
    heart = lemma("heart", "heartbeat", "pulse")
    yield "palpitations", [heart, BE, gap(1),
                           lower("thudding", "thumping", "flipping", "fluttering", "skipping",
                                 "hammering", "banging", "galloping", "jumping", "flopping",
                                 "somersaulting", "flip-flopping", "bouncing")]  # fmt: skip
    yield "palpitations", [heart, BE, lower("running", "going", "beating", "racing"),
                           lower("very", "so", "too", "really", op="?"),
                           lower("fast", "quick", "quickly", "fastly")]  # fmt: skip
    yield "palpitations", [heart, lemma("keep", op="?"), lemma("do"),
                           lower("flips", "somersaults", "backflips",
                           "cartwheels", "summersaults", "flip-flops")]  # fmt: skip
    # Thirst and peeing: "drinking water like a camel", "up all night peeing", "peeing all
    # night", "getting up to wee 6 or 7 times a night", "always asking for water"
    like_a = [
        lemma("drink", "pee", "wee"),
        lower("water", op="?"),
        lower("like"),
        lower("a", "an", op="?"),
        lower("fish", "camel", "horse", "sponge", "elephant", "racehorse"),
    ]  # ("like fish", round 61); fmt: skip
    yield "high-blood-sugar", like_a
    # Drinking in measures of excess: "drinking water by the litre", "squash by the pint",
    # "drinking loads of water", "gallons of squash" (loads of tea is company: not "of tea")
    drinks = lower("water", "squash", "juice", "fluids", "fluid", "tea", "cordial", op="?")
    by_the = [lower("drinking", "drank"), drinks, lower("by"), lower("the"),
              lower("litre", "liter", "pint", "gallon", "bucket", "jug", "bucketful",
              "jugful")]  # fmt: skip
    yield "high-blood-sugar", by_the
    # (as she does it: "told to drink loads of water" is advice)
    loads_of = [lower("drinking", "drank"), lower("loads", "gallons", "buckets", "tons", "litres",
                "liters", "pints"), lower("of"), lower("water", "squash", "juice",
                "fluids")]  # fmt: skip
    yield "high-blood-sugar", loads_of
    # "drinking so much water" (round 61)
    so_much = [lower("drinking", "drank"), lower("so", "too"), lower("much"), lower("water")]
    yield "high-blood-sugar", so_much
    all_the_time = [lower("drinking", "drank"), lower("water"), lower("all"), lower("the"),
                    lower("time")]  # fmt: skip
    yield "high-blood-sugar", all_the_time
    # ... but not for a reason given ("since the nurse told me to", "at the gym"), nor someone
    # or something else's ("the garden is drinking water", "Tom was peeing like a racehorse")
    for excess in (like_a, by_the, loads_of, so_much, all_the_time):
        # ("because of the heat", round 61)
        yield NOT_A_SYMPTOM, [*excess, lower("because", "cos", "in", "with"), lower("of", op="?"),
                              lower("the"), lower("heat", "weather", "sun")]  # fmt: skip
        yield NOT_A_SYMPTOM, [*excess, lower("since", "because", "as", "cos", "cause"), gap(3),
                              lower("told", "advised", "said", "asked", "recommended")]  # fmt: skip
        yield NOT_A_SYMPTOM, [*excess, lower("to"), lower("flush", "hydrate", "keep", "stay")]
        yield NOT_A_SYMPTOM, [*excess, lower("at", "after", "before", "during", "for"),
                              lower("the", "my", "a", op="?"),
                              lower("gym", "run", "walk", "class", "swim", "workout", "match",
                                    "game", "training", "hike", "exercise")]  # fmt: skip
        yield NOT_A_SYMPTOM, [lower("garden", "plants", "plant", "lawn", "grass", "dog", "cat",
                              "horse", "flowers", "tomatoes", "he"), BE, *excess]  # fmt: skip
        yield NOT_A_SYMPTOM, [{"IS_TITLE": True, "LOWER": {"NOT_IN": list(_HERS)}},
                              lower("is", "was", "'s", "has", "been", op="+"), *excess]  # fmt: skip
    pee = lemma("pee", "wee", "urinate", "piddle")
    yield "high-blood-sugar", [lower("peeing", "weeing", "urinating", "piddling"), lower("all"),
                               lower("night", "day")]  # fmt: skip
    yield "high-blood-sugar", [lower("up"), lower("all"), lower("night"), pee]
    yield "high-blood-sugar", [pee, {"IS_PUNCT": False, "OP": "{0,3}"}, lower("times"),
                               lower("a", "per", "each", "every", "in"), lower("the", op="?"),
                               lower("night", "hour")]  # fmt: skip
    yield "high-blood-sugar", [lower("always", "constantly", "forever", "keeps"),
                               lower("asking", "begging", "gasping", "desperate", "wanting"),
                               lower("for"), lower("water", "drinks", "a")]  # fmt: skip
    # A part taken up again by a pronoun: "her mouth it is going down on the left side"
    for part in ("face", "mouth", "lip", "smile"):
        yield "facial-numbness", [lemma(part), lower("it", "she"), BE, gap(1),
                                  lower("going", "gone", "drooping", "dropping", "hanging",
                                        "sliding", "pulling", "sagging"),
                                  lower("down", op="?"), lower("to", "on", "towards"),
                                  lower("one", "the", "her", "my", "his", op="?"),
                                  lower("side", "left", "right")]  # fmt: skip
    # The chin and lips: "pins and needles in my chin and lower lip", "tingling in her lip"
    yield "facial-numbness", [lower("pins"), lower("and"), lower("needles"), lower("in", "on"),
                              OWNER, SIDE, lemma("chin", "lip", "face", "cheek")]  # fmt: skip
    yield "facial-numbness", [lower("tingling", "numbness", "tingles"), lower("in", "on"), OWNER,
                              SIDE, lemma("chin", "lip", "cheek")]  # fmt: skip
    # Breathing in hurts: "it hurt when mi breathe in", "hurts when I take a breath", "Hurts
    # when breathe deep" (round 62)
    yield "chest-pain", [lemma("hurt", "pain", "ache", "sting", "burn"),
                         lower("when", "whenever", "if", "as"),
                         lower("i", "mi", "a", "she", "ah", "me", "you", op="?"),
                         lemma("breathe", "breath"), lower("in", "deep", "deeply")]  # fmt: skip
    # "lungs are burnin when a breathe in", "chest is on fire" (with _pain_before_part's fire)
    yield "chest-pain", [lemma("lung"), BE, gap(1), lower("burning", "burnin", "burn",
                         "stinging")]  # fmt: skip
    # Pain behind the eyes or in the temples is a headache: "a dull ache behind my eyes"
    for behind in ("behind", "around", "above"):  # filed under "behind", not the eyes
        yield "headache", [lemma("pain", "ache", "pressure", "throb", "throbbing", "pane"),
                           lower(behind), OWNER, SIDE, lemma("eye", "eyes")]  # fmt: skip
    yield "headache", [lemma("pain", "ache", "pressure", "throbbing", "pane"),
                       lower("in", "across", "around"), OWNER, SIDE,
                       lower("temples", "temple", "forehead")]  # fmt: skip
    # An injection site: "Zoladex site is red and sore", "red lump where they did the injection"
    yield "injection-site-reaction", [lower("injection", "jab", "zoladex", "fragmin", "clexane",
                                            "goserelin", "xgeva", "denosumab", "prolia",
                                            "heparin", "faslodex", "fulvestrant", "needle"),
                                      lower("site", "sites", "spot", "area"), BE, gap(2),
                                      lower("red", "sore", "swollen", "lumpy", "itchy", "hot",
                                            "bruised", "hard", "tender", "painful",
                                            "inflamed")]  # fmt: skip
    yield "injection-site-reaction", [lower("red", "sore", "hard", "hot", "itchy", "swollen",
                                            "tender", "big", op="?"),
                                      lemma("lump", "bruise", "rash", "redness", "swelling",
                                            "soreness", "bump", "patch"),
                                      lower("where"), lower("they", "she", "he", "i", "the"),
                                      lower("nurse", op="?"),
                                      lower("did", "gave", "put", "injected", "does", "gives",
                                            "do"),
                                      lower("the", "my", "it", op="?"),
                                      lower("injection", "jab", "injections", "jabs", "it",
                                            "needle")]  # fmt: skip
    # The palms and soles: "palms of my hands are sore", "soles of her feet red and peeling";
    # "the hand foot thing"
    # (filed under "palms" or "thing", not the hands and feet, whose matcher runs on many notes)
    for palms in ("palms", "soles", "palm", "sole"):
        yield "hand-foot-syndrome", [lower(palms), lower("of"), OWNER,
                                     lemma("hand", "foot", "feet"), BE, gap(1),
                                     lower("sore", "red", "peeling", "raw", "tender", "burning",
                                           "cracked", "blistered", "cracking", "blistering",
                                           "painful")]  # fmt: skip
    for thing in ("thing", "stuff", "rash", "reaction", "problem", "problems", "business"):
        yield "hand-foot-syndrome", [lower("hand", "hands"), lower("foot", "and", "-", op="?"),
                                     lower("foot", "feet"), lower(thing)]  # fmt: skip
    # "staggering into walls", "no wobbles" (not "had to hold the wall": four earlier writers
    # leave holding on to walls or furniture unlabelled beside "unsteady" or "wobbly")
    yield "balance-problems", [lower("staggering", "staggered", "stagger", "staggers",
                                     "wobbles")]  # fmt: skip
    # Second-language "not" with no auxiliary, and "no get": "not want to eat", "I no get
    # appetite"; a reading: "Appetite ↓", "appetite down"
    yield "loss-of-appetite", [lower("not", "no"), lemma("want"), lower("to"), lemma("eat")]
    # ... and "I don't have appetite" (round 58)
    yield "loss-of-appetite", [{"NORM": any_of("no", "not")}, lower("get", "have", "got"),
                               lower("any", "much", op="?"), lower("appetite")]  # fmt: skip
    yield "loss-of-appetite", [lower("appetite"), lemma("be", op="?"),
                               lower("↓", "down", "low", "reduced", "decreased", "poor",
                                     "gone")]  # fmt: skip
    # Not her appetite: "can't eat anything spicy", "can't eat crusty bread" (a sore mouth)
    yield NOT_A_SYMPTOM, [*CANT, lemma("eat"), lower("anything", "any", op="?"),
                          lower("spicy", "hot", "crunchy", "hard", "acidic", "salty", "crusty",
                                "sharp", "citrus", "chilli", "chili")]  # fmt: skip
    # Weight: "lost loads of weight", "lost heaps of weight"
    yield "weight-loss", [lemma("lose"), lower("loads", "lots", "tons", "heaps", "stacks",
                          "masses", "bags", "oodles", "load", "ton"), lower("of"),
                          lower("weight")]  # fmt: skip
    # "arm is like a balloon", "legs like a couple of logs" (with an article)
    # (filed under the likened things, fewer than the parts: see _round_six)
    yield "swelling", [lemma("ankle", "foot", "feet", "leg", "hand", "finger", "arm"), BE,
                       lower("like"), lower("a", "an"), lower("balloon", "sausage",
                       "pudding")]  # fmt: skip
    # Everyday exertion, not a symptom: "out of breath after running for the bus", "legs like
    # jelly after parkrun" (a run, a sprint, a race or a sport; not "after the stairs" nor
    # "after walking to the shop", which are hers to report)
    sport = [lower("running", "sprinting", "jogging", "dashing", "racing", "chasing", "parkrun",
                   "football", "netball", "squash", "tennis", "zumba", "spinning", "cycling",
                   "swimming", "dancing", "hockey", "badminton")]  # fmt: skip
    a_sport = [lower("a", "the", "my", "our", "this"),
               lower("run", "sprint", "jog", "race", "parkrun", "gym", "workout", "marathon",
                     "match", "spin", "zumba", "hike", "swim")]  # fmt: skip
    # (each filed under its rarest word, "after" or the likened thing, so that the legs' and
    # the breath's matchers, which run on many notes, do not grow: "legs" below is only there
    # to make the part's word set the larger one)
    legs = lemma("leg", "legs")
    for did in (sport, a_sport):
        # "legs are heavy after the gym" (round 13)
        yield NOT_A_SYMPTOM, [legs, BE, lower("a", "bit", "so", "really", "very", "quite",
                              op="{0,2}"), lower("heavy", "tired", "wobbly", "achy", "dead"),
                              lower("after", "from"), *did]  # fmt: skip
        for breathless in ([lower("out"), lower("of"), lower("breath", "puff")],
                           [lower("breathless", "puffed", "winded")]):  # fmt: skip
            for after in ("after", "from"):
                yield NOT_A_SYMPTOM, [*breathless, lower("out", op="?"), lower(after),
                                      *did]  # fmt: skip
        for thing in ("jelly", "rubber", "noodles", "spaghetti"):
            yield NOT_A_SYMPTOM, [legs, BE, gap(2), lower("like", "to"), lower("a", op="?"),
                                  lower(thing), lower("after", "from"), *did]  # fmt: skip
    # "nearly wet myself laughing": it did not happen, or it was the laugh's
    yield NOT_A_SYMPTOM, [lower("nearly", "almost", "practically", "virtually", "near"),
                          lower("wet", "peed", "weed", "pee", "wee"),
                          lower("myself", "herself", "meself", "ourselves")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("wet", "peed", "weed", "wetting", "peeing"),
                          lower("myself", "herself", "meself", "ourselves"),
                          lower("laughing", "laughin", "laughter")]  # fmt: skip
    # Vomiting all night is not a sleepless night: "Tom's been throwing up all night"
    yield "vomiting", [lower("throwing", "chucking", "puking", "threw", "chucked", "puked"),
                       lower("up"), lower("all"), lower("night", "day", "morning")]  # fmt: skip
    # ... but "felt like throwing up all day" is nausea, as "felt like throwing up" (round 12)
    yield "nausea", [lemma("feel"), lower("like"), lower("throwing", "chucking", "puking",
                     "spewing"), lower("up"), lower("all"),
                     lower("night", "day", "morning")]  # fmt: skip
    # Round 12, told in a second language: "feel want vomit", "feel to vomit" (not "the news
    # makes me want to vomit")
    yield "nausea", [lemma("feel"), lower("want", "like", op="?"), lower("to", op="?"),
                     lower("vomit")]  # fmt: skip
    # "body no power", "sleep not good", "I stay without appetite" (round 12)
    yield "weakness", [lower("body"), lower("has", "have", "got", op="?"), lower("no"),
                       lower("power", "strength")]  # fmt: skip
    yield "difficulty-sleeping", [lemma("sleep"), lemma("be", op="?"), lower("not"),
                                  lower("good", "well", "great")]  # fmt: skip
    yield "loss-of-appetite", [lower("without"), lower("any", op="?"), lower("appetite")]
    # "no force in my legs", "I have no force" (Spanish and French "sin fuerza", "pas de
    # force"); "my head is turning", "the room is turning" (dizziness) (round 12)
    yield "leg-weakness", [lower("no"), lower("force"), lower("in"), OWNER, SIDE, LEGS]
    yield "weakness", [lower("i", "she"), lemma("have"), lower("no"), lower("force")]
    yield "dizziness", [lower("my", "the"), lower("head", "room"), lemma("be"),
                        lower("turning", "turn", "spinning")]  # fmt: skip
    # The sweats: "up at 3 with the sweats", "woke at 3am drenched" (round 12)
    yield "hot-flashes", [lower("with", "had", "got", "have"), lower("the"), lower("sweats")]
    yield "hot-flashes", [lemma("wake"), lower("up", op="?"),
                          {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["and", "but", "then"]},
                           "OP": "{0,3}"},
                          lower("drenched")]  # fmt: skip
    # A flutter in the chest: "chest flutters when the phone rings", "fluttering in my chest"
    # (round 12)
    chest = lower("chest", "chests", "chest's")
    yield "palpitations", [chest, lower("flutters", "fluttering")]
    yield "palpitations", [lower("fluttering", "flutters"), lower("in"),
                           lower("my", "her", "the"), chest]  # fmt: skip
    # "after the run", "on the run": a run, not the runs (round 12)
    yield NOT_A_SYMPTOM, [lower("after", "on", "for", "during", "from", "into", "before", "of",
                                "in", "at"), lower("the"), lower("run")]  # fmt: skip
    # "mood flat" (round 12)
    yield "depression", [lemma("mood"), BE, lower("so", "very", "really", "pretty", op="?"),
                         lower("flat")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("the"), lemma("mood"), BE,
                          lower("so", "very", "really", "pretty", op="?"),
                          lower("flat")]  # fmt: skip
    # A common image of neuropathy: "feet like walking on pebbles", "like I'm walking on
    # marbles" (round 12)
    yield "neuropathy", [FEET, BE, lower("like"), lower("i'm", "im", "i", "she's", op="?"),
                         lower("'m", "am", "is", "'s", op="?"), lower("walking"), lower("on"),
                         lower("pebbles", "marbles", "gravel", "stones", "glass", "cotton",
                               "sponge", "sponges", "needles", "pins", "sand", "cushions",
                               "bubble")]  # fmt: skip
    # Idioms: "it's a pain to fix", "can't hear myself think"
    yield NOT_A_SYMPTOM, [lower("a"), lower("real", "right", "total", "bit", "such", "of",
                          op="?"), lower("pain"), lower("to")]  # fmt: skip
    # "the dog's a pain", "the council is a right pain": someone or something a nuisance, not
    # "there's a pain in my side" (round 12)
    yield NOT_A_SYMPTOM, [lower("the"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": _PLACE_WORDS}},
                          lower("'s", "is", "was", "are", "were", "being"), lower("a"),
                          lower("real", "right", "total", "proper", "bit", "such", op="?"),
                          lower("of", op="?"), lower("pain")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lower("hear"), lower("myself", "yourself", "herself",
                          "ourselves", "meself"), lower("think")]  # fmt: skip
    # Breath: "no puff left in me", "no breath left"
    yield "shortness-of-breath", [lower("no"), lower("puff", "breath", "wind", "air"),
                                  lower("left")]  # fmt: skip
    # Depression: "feel this low", "feelin right doon", "feeling so flat"
    yield "depression", [lemma("feel"), lower("this", "so", "that", "right", "really", "very",
                         "pretty", "quite", "pure", "awful", "terribly"),
                         lower("low", "doon", "flat", "down")]  # fmt: skip
    # Scots and Southern US: "boakin" (retching), "boak 0"; "tuckered out"
    yield "nausea", [lower("boakin", "boaking", "boak", "bokin", "boke", "boking", "boakit")]
    yield "fatigue", [lower("tuckered")]
    # Vomiting: "brought it all back up", "brought my breakfast back up"
    yield "vomiting", [lemma("bring"), gap(3), lower("back"), lower("up")]
    # Sleep: "sleep rotten", "sleep was shocking"; "can't get back off"
    yield "difficulty-sleeping", [lemma("sleep"), BE,
                                  lower("rotten", "shocking", "dreadful", "crap", "pants",
                                        "lousy", "horrendous", "naff", "patchy", "bad",
                                        "rubbish")]  # fmt: skip
    # (filed under "off": "back" runs the back's matcher on many notes)
    yield "difficulty-sleeping", [*CANT, lower("get"), lower("back", "bak"), lower("off")]
    # A fracture said plainly: "wrist definitely broken", "arm is clearly broken"
    bones = lower("wrist", "arm", "hip", "leg", "rib", "ribs", "ankle", "femur", "pelvis",
                  "shoulder", "collarbone", "elbow", "foot", "toe", "hand", "finger", "thumb",
                  "bone")  # fmt: skip
    yield "fracture", [bones, BE, lower("definitely", "clearly", "obviously", "def", "defo",
                       "deffo", "properly", "badly", "definately"),
                       lower("broken", "fractured", "cracked", "snapped", "broke")]  # fmt: skip
    # Legs, dialect double negative: "can't hardly move my legs", "couldn't barely lift them"
    for hardly in ("hardly", "barely", "scarcely"):  # filed under "hardly", not the legs
        yield "leg-weakness", [*CANT, lower(hardly), lemma("lift", "move", "bend", "feel"),
                               OWNER, SIDE, lemma("leg", "legs")]  # fmt: skip
    # Legs named just before: "Numb like they belong to someone else."
    yield LEGS_NEARBY, [{"LOWER": "numb", "IS_SENT_START": True},
                        {"LOWER": {"IN": ["like", "and", "from", "as", "."]}}]  # fmt: skip
    # A relative's speech gone: "his speech went", "her words just went"
    # (not "the words went blurry": the page's words)
    yield "speech-problems", [lower("speech", "words", "talking"),
                              lower("just", "completely", op="?"), lower("went"),
                              lower(".", ",", "!", ";", "and", "too", "altogether",
                                    "completely")]  # fmt: skip
    # One calf bigger: "Right calf looks bigger than the left"
    yield "calf-swelling", [lemma("calf", "leg"), BE, gap(1),
                            lower("bigger", "fatter", "larger", "thicker", "puffier", "wider"),
                            lower("than")]  # fmt: skip
    # "No blood though." after a cough
    yield BLOOD_NONE, [lower("no", "nil"), lower("blood"),
                       lower("though", "tho", "thankfully", "either")]  # fmt: skip


def _round_eight() -> Iterable[tuple[str, Pattern]]:
    """Round 8's classes of wording (docs/note-reader.md, "Round 8"), each filed under its
    rarest word."""
    # A back said to be bad, as a part in pain is: "my back is bad", "the back has been bad
    # for a while", "her back's terrible again" (an owner first: not "came back bad")
    yield "back-pain", [lower("my", "her", "the", "mi", "ma", "me"), lemma("back"),
                        lemma("be", "have", "feel", "get"), lower("been", op="?"),
                        lower("really", "very", "so", "pretty", "quite", "that", op="?"),
                        lower("bad", "terrible", "awful", "dreadful", "shocking", "rotten",
                              "horrendous", "worse")]  # fmt: skip
    # The waist for the lower back, as West African English says it: "waist pains since Sunday"
    yield "back-pain", [lower("waist"), lemma("pain", "ache", "hurt")]
    # Breath that catches: "breath is catching me when I walk", "my breath keeps catching"
    yield "shortness-of-breath", [lemma("breath"), lemma("be", "keep", op="?"),
                                  lower("catching", "catches", "catchin")]  # fmt: skip
    # "i dont feel myself today", "she doesn't feel like herself": "not myself" said with "feel"
    # (not "I don't feel myself getting stronger")
    # (today's: "do", "does", "am"; not "I didn't feel myself fall")
    yield "mental-status-change", [lower("do", "does", "am", "'m", "is", "'s", "m"), NOT,
                                   lemma("feel"), lower("like", "quite", op="?"),
                                   lower("myself", "herself", "meself")]  # fmt: skip
    yield NOT_A_SYMPTOM, [NOT, lemma("feel"), lower("myself", "herself", "meself"),
                          lower("getting", "going", "becoming", "get")]  # fmt: skip
    # Words that mix: "my words are mixing", "words keep getting jumbled"
    yield "speech-problems", [lemma("word"), lemma("be", "keep", "get"), lower("getting", op="?"),
                              lower("mixing", "mixed", "jumbling", "muddling", "scrambling",
                                    "scrambled")]  # fmt: skip
    # An injection site said by where the needle went: "redness where I injected", "sore and
    # lumpy where they went in", "bruised and sore at the site"
    site_signs = ("red", "redness", "sore", "soreness", "lumpy", "lump", "bruised", "bruising",
                  "swollen", "swelling", "hard", "tender", "itchy", "hot", "hurting",
                  "painful")  # fmt: skip
    for where in (
        [
            lower("where"),
            lower("i", "they", "she", "he", "the"),
            lower("nurse", op="?"),
            lower("injected", "jabbed", "inject", "injects"),
        ],
        [
            lower("where"),
            lower("they", "she", "he", "the"),
            lower("nurse", "needle", op="?"),
            lower("went", "goes", "go"),
            lower("in"),
        ],
        [lower("at", "around", "round"), lower("the"), lower("site", "sites")],
        # "red and hurting where the needle go" (round 61)
        [
            lower("where"),
            lower("the"),
            lower("needle", "injection", "jab"),
            lower("went", "goes", "go"),
        ],
    ):
        yield "injection-site-reaction", [lower(*site_signs), lower("and", op="?"),
                                          lower(*site_signs, op="?"), *where]  # fmt: skip
    # A part that feels someone else's, as the legs do above: "thighs feel like they belong to
    # someone else", "right side of my face feels like it belongs to someone else"
    yield "leg-weakness", [lemma("thigh"), BE, gap(3), lemma("belong")]
    yield "facial-numbness", [lemma("face", "cheek", "lip", "chin"), BE, gap(3), lemma("belong"),
                              lower("to"), lower("someone", "somebody", "another")]  # fmt: skip
    # Feeling lost in the legs: "lost the feeling in both legs", "lost all the strength in
    # my legs" (filed under "lost"; feet alone are neuropathy's)
    yield "leg-weakness", [lemma("lose"), lower("the", "all", op="?"), lower("the", op="?"),
                           lower("feeling", "sensation", "strength", "power", "use"),
                           lower("in", "of"), OWNER, lower("both", op="?"), SIDE,
                           {"LOWER": {"IN": ["feet", "foot", "and", "&"]}, "OP": "{0,2}"},
                           lemma("leg", "thigh")]  # fmt: skip
    # A temperature past all measure: "temp through the roof", "temperature's sky high"
    yield "fever", [lemma("temp", "temperature", "fever"), BE, gap(1),
                    lower("through"), lower("the"), lower("roof")]  # fmt: skip
    yield "fever", [lemma("temp", "temperature"), BE, lower("sky"), lower("high", "-")]
    # The legs of things: "legs of the new chair are wobbly", "the leg of the table snapped"
    yield NOT_A_SYMPTOM, [lemma("leg"), lower("of"), lower("the", "a", "my", "our", "that",
                          "this", "his", op="?"), gap(1),
                          lemma("chair", "table", "stool", "bed", "sofa", "desk", "ladder",
                                "tripod", "lamb", "trip", "journey", "race", "tour"),
                          BE, lower("wobbly", "wonky", "loose", "shaky", "weak",
                                    op="?")]  # fmt: skip
    # Urine that escapes: "my wee is dribbling out without me knowing", "her pee keeps leaking"
    # (hers: "the wee one is dribbling" is a baby)
    yield "bladder-bowel-control", [lower("my", "her", "mi", "ma"), PEE,
                                    lemma("be", "keep", op="?"),
                                    lower("dribbling", "trickling", "leaking", "dripping",
                                          "seeping", "escaping")]  # fmt: skip
    # Somewhere she is not: "thought she was in hospital when she was sat in her own lounge",
    # "thinks she's at work when she's at home"
    yield "confusion", [lemma("think"), lower("she", "i"), lower("was", "is", "'s", "were"),
                        lower("in", "at", "on"), gap(3), lower("when", "but", "whereas"),
                        lower("she", "i"), lower("was", "is", "'s", "'m", "am")]  # fmt: skip
    # "fits" as a verb: "the dress fits again", "it fits fine", "the wig still fits"
    yield NOT_A_SYMPTOM, [lower("it", "that", "this", "everything", "dress", "wig", "bra", "ring",
                                "top", "coat", "hat", "jeans", "trousers", "shoe", "shoes",
                                "lid", "key", "cap", "skirt", "still", "which"),
                          lower("fits", "fit")]  # fmt: skip
    # "which one fits", "the one that fits" (not "Had one fit this morning", round 33)
    yield NOT_A_SYMPTOM, [lower("which", "the", "that", "this", "any", "every"), lower("one"),
                          lower("fits", "fit")]  # fmt: skip
    # Seizures said as "the fits": "The fits came again", "her fits have started again"
    yield "seizure", [lower("the", "her", "my", "these", "those"), lower("fits"),
                      lemma("come", "start", "return", "be", "have", op="?"),
                      lower("again", "back", "came", "started", "returned")]  # fmt: skip


def _round_thirteen() -> Iterable[tuple[str, Pattern]]:
    """Red flags told by what happened rather than by their names (round 13): a seat or a
    part that cannot be felt, a foot that will not lift, a mind told by what she did or saw,
    a bladder that went before she knew, a chest likened to a weight."""
    # "couldn't feel the seat under me", "can't feel the toilet seat" (saddle numbness)
    yield "bladder-bowel-control", [*CANT, lower("feel"), lower("the"), lower("toilet", op="?"),
                           lower("seat", "chair", "saddle"),
                           lower("under", "beneath")]  # fmt: skip
    # "couldn't feel the chair under me, that's how comfy the new sofa is"
    yield NOT_A_SYMPTOM, [*CANT, lower("feel"), lower("the"), lower("toilet", op="?"),
                          lower("seat", "chair", "saddle"), lower("under", "beneath"),
                          lower("me", "her"), {"IS_PUNCT": True, "OP": "?"},
                          lower("that's", "that", "so", "how")]  # fmt: skip
    # Foot drop: "couldn't lift my right foot properly", "can't pick my foot up"
    yield "leg-weakness", [*CANT, lemma("lift", "raise", "pick"), OWNER, SIDE,
                           lemma("foot")]  # fmt: skip
    # A bladder that went before she knew: "didn't know I needed to go until I'd gone"
    yield "bladder-bowel-control", [lemma("do"), NOT, lower("know", "realise", "realize", "feel",
                                    "notice"), lower("that", op="?"), lower("i", "she"),
                                    lower("needed", "had", "need"), lower("to"),
                                    lemma("go", "pee", "wee", "poo"),
                                    lower("until", "till", "til"),
                                    lower("i'd", "i", "she'd", "she", "it", "it's"),
                                    lower("had", "'d", "was", op="?"),
                                    lower("gone", "wet", "leaked", "too")]  # fmt: skip
    # ... "until I'd gone past the services" is a journey
    yield NOT_A_SYMPTOM, [lemma("do"), NOT, lower("know", "realise", "realize", "feel", "notice"),
                          lower("that", op="?"), lower("i", "she"),
                          lower("needed", "had", "need"), lower("to"),
                          lemma("go", "pee", "wee", "poo"), lower("until", "till", "til"),
                          lower("i", "she"), lower("had", "'d", op="?"), lower("gone"),
                          lower("past", "by", "through", "to", "into", "out", "home", "off",
                          "over", "round", "around", "back", "in", "on")]  # fmt: skip
    # Confusion told by the day, the year or the place she could not name
    yield "confusion", [lower("couldn't", "could", "can't", "can", "didn't", "did", "doesn't",
                        "does", "cannot"), NOT, lower("tell"), lower("me", "us"),
                        lower("what"), lower("year", "day", "month"), lower("it")]  # fmt: skip
    yield "confusion", [lower("kept", "keeps", "keep", "keeping"), lower("asking"), lower("what"),
                        lower("day", "year", "month"), lower("it")]  # fmt: skip
    # Seeing what is not there: "seeing people who weren't there"
    yield "mental-status-change", [lemma("see"), lower("people", "things", "faces", "animals",
                                   "insects", "bugs", "children", "someone", "men"),
                                   lower("who", "that", "which", op="?"),
                                   lower("were", "was", "are", "is", "weren't", "wasn't",
                                         "aren't", "isn't"),
                                   NOT, lower("there", "real")]  # fmt: skip
    yield "mental-status-change", [lemma("see"), lower("people", "things", "faces", "animals",
                                   "insects", "bugs", "children", "someone", "men"),
                                   lower("who", "that", "which", op="?"),
                                   lower("weren't", "wasn't", "aren't", "isn't"),
                                   lower("there", "real")]  # fmt: skip
    # A chest likened to a weight on it: "chest feels like an elephant is sitting on it"
    yield "chest-pain", [lemma("chest"), lemma("feel"), lower("like"), lower("an", "a", "the"),
                         lower("elephant", "ton", "tonne", "weight", "brick", "bus"),
                         {"IS_PUNCT": False, "OP": "{0,3}"},
                         lower("on", "it", "crushing", "pressing")]  # fmt: skip
    # Sputum told by its colour (the guideline: blood in the phlegm): "coughed up rusty
    # coloured gunk", "pink froth when I cough", "brown-red streaks in what I'm coughing up"
    tinged = lower("rusty", "rust", "pink", "pinkish", "red", "reddish", "bloody", "brown-red",
                   "blood-streaked", "bloodstained", "blood-stained")  # fmt: skip
    sputum = lower("gunk", "phlegm", "stuff", "mucus", "spit", "froth", "foam", "sputum",
                   "muck", "goo", "gloop", "slime")  # fmt: skip
    yield "coughing-up-blood", [lemma("cough", "hack", "bring"), lower("up"), tinged,
                                lower("coloured", "colored", "tinged", "looking", op="?"),
                                sputum]  # fmt: skip
    yield "coughing-up-blood", [tinged, lower("coloured", "colored", "tinged", op="?"), sputum,
                                lower("when", "whenever", "after", "if"),
                                lower("i", "she", "you"),
                                lemma("cough", "hack")]  # fmt: skip
    yield "coughing-up-blood", [lower("streaks", "streak", "flecks", "fleck", "specks",
                                      "threads"),
                                lower("in"), lower("what", "the", "my", "her"),
                                {"IS_PUNCT": False, "OP": "{0,2}"},
                                lemma("cough", "hack", "bring"), lower("up")]  # fmt: skip
    # How awake she is: "could barely be roused", "hardly rousable"
    yield "mental-status-change", [lower("barely", "hardly", "scarcely"), lower("be", op="?"),
                                   lower("roused", "rouse", "rousable", "woken")]  # fmt: skip
    # "brushing my teeth wipes me out", "losing my thread mid-sentence"
    yield "fatigue", [lower("wipes", "wiped", "wiping"), lower("me", "her"),
                      lower("out")]  # fmt: skip
    yield "memory-problems", [lemma("lose", "losing", "lost"), lower("my", "her"),
                              lower("thread")]  # fmt: skip
    # ... not a sewing thread ("lost my thread of cotton", "losing my thread on the button")
    yield NOT_A_SYMPTOM, [lemma("lose", "losing", "lost"), lower("my", "her"), lower("thread"),
                          lower("of", "reel")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("lose", "losing", "lost"), lower("my", "her"), lower("thread"),
                          {"OP": "{0,4}"},
                          lemma("needle", "reel", "cotton", "button", "stitch", "bobbin",
                                "machine", "sewing")]  # fmt: skip
    # Peeing all night with thirst: "up 5 times a night for a wee"
    yield "high-blood-sugar", [lower("up"), {"LIKE_NUM": True}, lower("times", "x"),
                               lower("a", "in", "every", "each"), lower("the", op="?"),
                               lower("night"), lower("for", "to"), lower("a", op="?"),
                               PEE]  # fmt: skip
    # ... not a baby's, a toddler's or a dog's ("dog up 3 times a night to pee", "... for a
    # wee with the baby, potty training")
    little = lemma("baby", "toddler", "potty", "dog", "puppy", "pup", "kid", "child")
    yield NOT_A_SYMPTOM, [little, BE, lower("been", op="?"), lower("up"), {"LIKE_NUM": True},
                          lower("times", "x"), lower("a", "in", "every", "each"),
                          lower("the", op="?"), lower("night"), lower("for", "to"),
                          lower("a", op="?"), PEE]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("up"), {"LIKE_NUM": True}, lower("times", "x"),
                          lower("a", "in", "every", "each"), lower("the", op="?"),
                          lower("night"), lower("for", "to"), lower("a", op="?"), PEE,
                          {"OP": "{0,3}"}, little]  # fmt: skip
    # "felt like it skipped a few beats", "heart skipping the odd beat"
    # (only the heart's, in her chest, or felt: not a song's, a drummer's or a DJ's)
    skipped = [
        lemma("skip", "skipped", "skipping"),
        lower("a", "the", op="?"),
        lower("few", "couple", "odd", "of", op="{0,2}"),
        lower("beats", "beat"),
    ]
    yield "palpitations", [lemma("heart"), lower("is", "was", "'s", "keeps", "kept", "keep",
                           "just", "has", "had", "been", "literally", "definitely", op="{0,2}"),
                           *skipped]  # fmt: skip
    yield "palpitations", [lemma("feel"), lower("like"), {"IS_PUNCT": False, "OP": "{0,2}"},
                           *skipped]  # fmt: skip
    yield "palpitations", [*skipped, lower("in"), lower("my", "her"), lower("chest")]
    yield NOT_A_SYMPTOM, [lower("metronome", "drummer", "drum", "drums", "song", "record", "cd",
                                "dj", "track", "band", "music", "player", "clock"),
                          *skipped]  # fmt: skip
    # "soles sore to walk on", "palms tender": the soles' and palms' soreness is hand-foot
    # syndrome's, not a pain of its own
    yield "hand-foot-syndrome", [lower("soles", "palms"), lower("are", "were", "feel", "felt",
                                 op="?"), lower("sore", "tender", "painful")]  # fmt: skip
    # ... but soles or palms sore from a cause are a pain of their own ("soles sore from the
    # new shoes", "palms sore from gardening")
    yield "pain", [lower("soles", "palms"), lower("are", "were", "feel", "felt", op="?"),
                   lower("sore", "tender", "painful"), lower("from", "after"),
                   {"IS_PUNCT": False, "OP": "{0,3}"},
                   lower("shoes", "boots", "walk", "walking", "gardening", "bars", "rowing",
                         "hiking", "hike", "run", "running", "climbing", "gym", "weights",
                         "spade")]  # fmt: skip
    # Everyday words: water through a filter, a phone's memory, a niggle at the back of her
    # mind (after round 13)
    yield NOT_A_SYMPTOM, [NOT, lower("passing", "passed", "passes"), lower("any", op="?"),
                          lower("water"), lower("through", "into", "out", "from")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("filter", "hose", "drain", "pipe", "pipes", "tap", "sink",
                                "gutter", "pump", "machine", "kettle", "shower", "toilet"),
                          BE, NOT, lower("passing", "passed", "passes"), lower("any", op="?"),
                          lower("water")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("phone", "car", "computer", "camera", "laptop", "tablet", "ipad",
                                "card", "sat", "satnav", "watch", "printer"),
                          lower("'s", "\u2019s", op="?"), lemma("memory"), BE, gap(1),
                          {"IS_PUNCT": False}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("niggle"), lower("in", "at"), lower("the"), lower("back"),
                          lower("of"), lower("my", "the", "her", "his", op="?"),
                          lower("mind", "head", "fridge", "cupboard", "drawer", "queue",
                                "car", "van", "cupboards", "freezer", "shed")]  # fmt: skip
    # Pain on breathing is the chest's (the guideline: "pain when I breathe in")
    yield "chest-pain", [lower("agony", "painful", "agonising", "agonizing", "excruciating"),
                         lower("to"), lower("breathe", "breath")]  # fmt: skip


# Who a carer's note is about ("she keeps talking to people who aren't there"); the shapes
# below that tell of behaviour need one, so that a screen, a pet or a play is not read.
_SHE_WORDS = ("she", "mum", "mom", "mam", "gran", "nan", "nanna", "mother")  # a man is another
_SHE = lower(*_SHE_WORDS)
_PET_WORDS = ("dog", "dogs", "dog's", "cat", "cats", "cat's", "puppy", "puppy's", "kitten",
              "pup", "horse", "rabbit", "hamster")  # fmt: skip
_PETS = lower(*_PET_WORDS)
# Things said to act up or behave oddly ("the printer's acting weird", "my laptop's behaviour")
_MACHINES = ("printer", "toaster", "phone", "laptop", "computer", "car", "telly", "tv", "wifi",
             "app", "machine", "fridge", "boiler", "kettle", "router", "tablet", "ipad",
             "screen", "oven")  # fmt: skip
_COUGHING_MACHINES = ("printer", "generator", "tractor", "exhaust", "aircon", "fan", "pump",
                      "engine", "laptop", "pickup", "mower", "boiler", "kettle", "heater",
                      "radiator", "extractor", "compressor", "chainsaw", "motor", "motorbike",
                      "scooter", "toaster", "fridge", "computer")  # fmt: skip
_NAMED_FOR = ("neuropathy", "fatigue", "nausea", "breathlessness", "constipation", "mucositis",
              "seizure", "seizures", "lymphedema", "lymphoedema", "tinnitus", "depression",
              "anxiety", "hypercalcaemia", "hypercalcemia", "pyrexia", "haemoptysis",
              "hemoptysis", "continence", "incontinence", "insomnia", "sleep", "diarrhoea",
              "diarrhea", "rash", "dizziness", "headache", "migraine", "memory")  # fmt: skip
_SERVICES = ("nurse", "nurses", "clinic", "clinics", "course", "group", "protocol", "section",
             "sheet", "booklet", "leaflet", "handout", "flyer", "pamphlet", "diary", "program",
             "programme", "team", "service", "management", "specialist", "exercises",
             "newsletter", "society", "support", "app", "questionnaire", "study", "trial",
             "charity", "workshop", "webinar")  # fmt: skip
_PAPERS = ("leaflet", "leaflets", "pamphlet", "booklet", "sheet", "article", "handout", "flyer",
           "talk", "talked", "course", "video", "webinar", "chapter", "book", "podcast",
           "information")  # fmt: skip
_NOT_BETWEEN = [
    "in",
    "on",
    "at",
    "with",
    "to",
    "into",
    "next",
    "and",
    "i",
    "me",
    "she",
    "he",
    "her",
    "him",
    "we",
    "us",
    "they",
    "them",
    "mum",
    "mom",
    "dad",
    "who",
]
# ... and the other animals a note tells of (round 18's review)
_ANIMALS = lower(*_PET_WORDS, "parrot", "goat", "labrador", "pigeon", "pigeons", "fish", "bird",
                 "budgie", "cow", "sheep", "rover", "kitty", "pony")  # fmt: skip
# A span of time or an amount after a verb, not a thing it acts on ("dragging a bit",
# "dragging the whole time", "dragging that much")
_NOT_A_THING = [
    "bit",
    "little",
    "lot",
    "whole",
    "week",
    "day",
    "days",
    "time",
    "more",
    "while",
    "much",
    "way",
    "same",
    "last",
    "past",
    "morning",
    "evening",
    "night",
    "again",
]


def _round_fourteen() -> Iterable[tuple[str, Pattern]]:
    """Red flags one word away from shapes already read (round 14): "in" left out before the
    legs, "is" before a foot's dragging, "of" before the wee that leaked, a fit told by how long
    it lasted, wee that will not come out, breathing likened to a straw, the top right of the
    tummy."""
    # "new weakness both legs", "numbness her left leg": a note's shorthand without "in"
    yield "leg-weakness", [lower("weakness", "numbness", "heaviness"),
                           lower("both", "my", "her", "his", "the"), SIDE, LEGS]  # fmt: skip
    # "my right foot is dragging", "her foot has been dragging again"
    yield "leg-weakness", [lemma("foot"), BE, lower("been", "started", op="?"),
                           lower("dragging", "scuffing")]  # fmt: skip
    # ... "my foot is dragging the bag along" drags a thing ("a bit", "this week" are not);
    # a pet's or a table's foot is not hers
    yield NOT_A_SYMPTOM, [lemma("foot"), BE, lower("been", "started", op="?"),
                          lower("dragging", "scuffing"),
                          lower("the", "a", "an", "my", "her", "his", "it", "them", "this",
                                "that"), {"LOWER": {"NOT_IN": _NOT_A_THING}}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower(*_LEGGED_THINGS), lower("'s", op="?"),
                          lower("back", "front", "left", "right", op="?"), lemma("foot"), BE,
                          lower("been", "started", op="?"),
                          lower("dragging", "scuffing")]  # fmt: skip
    # "leaked a bit of wee when I sneezed", "dribbled a little of urine"; not the puppy's
    yield "bladder-bowel-control", [lemma("leak", "leaked", "dribble"), lower("a", op="?"),
                                    lower("bit", "little", "drop"), lower("of"),
                                    lower("urine", "wee", "pee")]  # fmt: skip
    yield NOT_A_SYMPTOM, [_PETS, lower("just", op="?"), lemma("leak", "leaked", "dribble"),
                          lower("a", op="?"), lower("bit", "little", "drop"), lower("of"),
                          lower("urine", "wee", "pee")]  # fmt: skip
    # "couldn't get a wee out", "can't seem to get any pee out"; not "out of the carpet"
    yield "bladder-bowel-control", [*CANT, lower("seem", op="?"), lower("to", op="?"),
                                    lemma("get"), lower("a", "any", "the", "my", op="?"),
                                    lower("wee", "pee", "urine"), lower("out")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lower("seem", op="?"), lower("to", op="?"), lemma("get"),
                          lower("a", "any", "the", "my", op="?"), lower("wee", "pee", "urine"),
                          lower("out"), lower("of")]  # fmt: skip
    # A fit told by how long it lasted: "fit 20 min ago. lasted 3 mins", "the fit lasted
    # about two minutes"; not "keep fit lasted an hour", a hissy fit, the fit of jeans
    lasted = [
        lemma("last"),
        lower(
            "about",
            "around",
            "maybe",
            "nearly",
            "over",
            "for",
            "under",
            "roughly",
            "a",
            "an",
            "just",
            op="*",
        ),
        {"LIKE_NUM": True, "OP": "?"},
        lower("min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds"),
    ]
    not_a_fit = [
        "tantrum",
        "strop",
        "panic",
        "asthma",
        "keep",
        "hissy",
        "temper",
        "laughing",
        "giggling",
        "coughing",
        "crying",
        "sneezing",
        "jealous",
        "screaming",
        "good",
        "perfect",
        "better",
        "the",
    ]
    yield "seizure", [{"LOWER": {"NOT_IN": not_a_fit}}, lower("fit", "fits"), *lasted]
    yield "seizure", [{"LOWER": "fit", "IS_SENT_START": True}, *lasted]
    yield "seizure", [lower("the"), lower("fit"), *lasted]
    yield "seizure", [{"LOWER": "fit", "IS_SENT_START": True}, {"LIKE_NUM": True},
                      lower("min", "mins", "minutes", "hr", "hrs", "hour", "hours", "sec", "secs",
                            "seconds"), lower("ago")]  # fmt: skip
    # "like I was breathing through a straw", "breathing through a wet towel"; not a singing
    # warm-up, a physio's exercise or a fire drill
    straw = [
        lower("breathing", "breathe", "breath"),
        lower("through"),
        lower("a", "an"),
        gap(1),
        lower("straw", "pillow", "towel", "sponge", "flannel", "cloth", "blanket"),
    ]
    yield "shortness-of-breath", straw
    yield NOT_A_SYMPTOM, [lower("us", "practised", "practiced", "practise", "practice",
                                "practising", "practicing", "doing", "try", "tried"),
                          *straw]  # fmt: skip
    yield NOT_A_SYMPTOM, [*straw, lower("exercise", "exercises", "to", "technique")]
    # "Top right of tummy also pain", "pain at the top right of my belly"
    belly = lemma("tummy", "stomach", "belly", "abdomen")
    top_right = [lower("top", "upper"), lower("right"), lower("side", op="?"), lower("of")]
    yield "upper-abdominal-pain", [*top_right, OWNER, belly,
                                   {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["button"]},
                                    "OP": "{0,2}"},
                                   lemma("pain", "ache", "hurt", "sore")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("in", "at", "on", op="?"),
                                   lower("the", op="?"), *top_right, OWNER, belly]  # fmt: skip


def _round_fifteen() -> Iterable[tuple[str, Pattern]]:
    """Red flags told by what a carer saw or by an image (round 15): people who are not there,
    a stare without an answer, a sentence that would not come out, a head about to burst, a
    crushing chest, wee that leaks with a sneeze, red streaks in what is coughed up, the top of
    the tummy by the ribs."""
    # "she keeps talking to people who aren't there", "Mum's chatting away to someone who isn't
    # really there", "she saw people in the room that weren't there": told of her (not of a
    # man, a Teams call, a medium, a play or a toddler's imaginary friend)
    speaker = ("i", "i've", "ive", "im", "i'm", *_SHE_WORDS)
    not_there = [lower("'s", "is", "was", "keeps", "kept", "keep", "has", "been", "started",
                       "just", "'ve", "have", "am", "'m", op="*"),
                 lower("talking", "talks", "talked", "chatting", "chats", "speaking", "waving",
                       "seeing", "sees", "saw", "shouting"),
                 lower("away", op="?"), lower("to", "at", "with", op="?"),
                 lower("people", "someone", "somebody", "folk", "folks", "men", "children",
                       "kids", "voices", "faces", "animals", "things"),
                 {"IS_PUNCT": False, "OP": "{0,3}"}, lower("who", "that", "which", op="?"),
                 lower("are", "is", "were", "was"), {"NORM": "not"},
                 lower("really", "even", op="?"), lower("there")]  # fmt: skip
    yield "mental-status-change", [lower(*speaker), *not_there]
    # ... not "people who aren't there yet" (a party), "anymore" (moved away), "on Zoom", "in
    # the meeting" (but "in the bedroom", "at the end of the bed" are hers, round 18's review)
    yield NOT_A_SYMPTOM, [lower(*speaker, op="?"), *not_there,
                          lower("yet", "anymore", "any", "now")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower(*speaker, op="?"), *not_there, lower("on", "in", "at"),
                          lower("zoom", "teams", "skype", "facetime", "whatsapp")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower(*speaker, op="?"), *not_there, lower("on", "in", "at"),
                          lower("the", "a"),
                          lower("call", "meeting", "party", "moment", "screen", "phone", "video",
                                "chat", "office", "camera", "time")]  # fmt: skip
    # "she just stared and didn't answer", "Mum stared at me with a blank look and didn't
    # answer": told of her, at a person (not a man, a screen, a cat, an interviewer)
    answered = [
        lower("and", "but"),
        {"NORM": {"IN": ["do", "did", "does", "could", "would"]}},
        NOT,
        lemma("answer", "respond", "reply", "react"),
    ]
    yield "mental-status-change", [_SHE, lower("just", op="?"), lower("stared", "stares"),
                                   lower("blankly", "vacantly", op="?"), *answered]  # fmt: skip
    yield "mental-status-change", [_SHE, lower("just", op="?"), lower("stared", "stares"),
                                   lower("at"), lower("me", "us", "him", "her", "nothing"),
                                   {"IS_PUNCT": False, "OP": "{0,4}"}, *answered]  # fmt: skip
    # "staring into space, not responding", "Blank stare, no response"
    yield "mental-status-change", [lower("staring", "stared"), lower("into"),
                                   lower("space", "nothing"), lower(",", op="?"), lower("not"),
                                   lower("responding", "answering", "reacting")]  # fmt: skip
    yield "mental-status-change", [lower("blank"), lower("stare", "look"), lower(",", op="?"),
                                   lower("no", "not"),
                                   lower("response", "responding", "answer")]  # fmt: skip
    # "more drowsy than usual" (the net reads "drowsier than usual"); not the dog's
    yield "mental-status-change", [lower("more"), lower("drowsy"), lower("than"),
                                   lower("usual", "normal", "normally", "before")]  # fmt: skip
    yield NOT_A_SYMPTOM, [_PETS, lower("'s", "is", "was", "seems", op="?"), lower("more"),
                          lower("drowsy"), lower("than"),
                          lower("usual", "normal", "normally", "before")]  # fmt: skip
    # "couldn't get a sentence out right"; not "can't get a word out of him"
    yield "speech-problems", [*CANT, lemma("get"), lower("a", "the", "my", "her", "his", "any",
                              op="?"), lower("sentence", "sentences", "word", "words"),
                              lower("out")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lemma("get"), lower("a", "the", "any", op="?"),
                          lower("word", "words", "sentence"), lower("out"),
                          lower("of", "edgeways", "edgewise", "in")]  # fmt: skip
    # "my head feels like it's going to explode", "Head like it would split": her own head
    # (not the head teacher, a shower head, a cabbage's), and not a head full "with" worries
    burst = [
        BE,
        lower("like"),
        {"IS_PUNCT": False, "OP": "{0,4}"},
        lemma("explode", "burst", "split"),
    ]
    yield "headache", [lower("my", "her"), lemma("head"), *burst]
    yield "headache", [{"LOWER": "head", "IS_SENT_START": True}, *burst]
    yield "headache", [lower("like"), lower("my", "her"), lemma("head"), BE,
                       {"IS_PUNCT": False, "OP": "{0,3}"},
                       lemma("explode", "burst", "split")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("my", "her"), lemma("head"), *burst,
                          lower("with", "from", "over")]  # fmt: skip
    # "a crushing feeling in my chest", "squeezing feeling in the middle of my chest"; not a
    # bra or a seatbelt squeezing across the chest
    squeeze = lower("crushing", "squeezing")
    feeling = lower("feeling", "sensation", "pressure", "weight", "pain", op="?")
    yield "chest-pain", [squeeze, feeling, lower("in", "on", "across"), OWNER,
                         lower("chest")]  # fmt: skip
    yield "chest-pain", [squeeze, feeling, lower("in", "on"), lower("the"),
                         lower("middle", "centre", "center"), lower("of"), OWNER,
                         lower("chest")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("bra", "seatbelt", "belt", "top", "dress", "strap", "straps",
                                "corset", "shirt", "harness", "wetsuit"),
                          {"IS_PUNCT": False, "OP": "{0,3}"},
                          lower("crushing", "squeezing", "gripping"),
                          {"IS_PUNCT": False, "OP": "{0,4}"}, lower("chest")]  # fmt: skip
    # "Leaking every time I sneeze or laugh"; not a nose, a roof or a tap that leaks
    yield "bladder-bowel-control", [lemma("leak"), {"IS_PUNCT": False, "OP": "{0,4}"},
                                    lemma("sneeze", "laugh", "cough")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("nose", "eyes", "eye", "roof", "tap", "pipe", "boiler", "tent",
                                "window", "gutter"), {"IS_PUNCT": False, "OP": "{0,2}"},
                          lemma("leak"), {"IS_PUNCT": False, "OP": "{0,4}"},
                          lemma("sneeze", "laugh", "cough", "rain")]  # fmt: skip
    # "coughing up green stuff with streaks of red", "streaks of blood in what I'm coughing up"
    marks = lower(
        "streaks",
        "streak",
        "flecks",
        "fleck",
        "specks",
        "speck",
        "spots",
        "traces",
        "tinge",
        "bits",
    )
    # (coughed up: a cat's hairball and paint samples are "brought up"; a cough sweet's
    # wrapper and the dentist's spit are not what she coughed)
    yield "coughing-up-blood", [lower("coughing", "coughed", "cough"), lower("up"),
                                {"IS_PUNCT": False, "OP": "{0,4}"}, marks, lower("of"),
                                lower("red", "blood", "pink")]  # fmt: skip
    yield "coughing-up-blood", [marks, lower("of"), lower("red", "blood", "pink"),
                                lower("in", "on"), {"IS_PUNCT": False, "OP": "{0,3}"},
                                lower("coughing", "coughed", "phlegm", "sputum")]  # fmt: skip
    yield "coughing-up-blood", [lemma("bring"), lower("up"), {"IS_PUNCT": False, "OP": "{0,2}"},
                                lemma("phlegm", "mucus", "sputum", "spit", "gunk", "goo"),
                                {"IS_PUNCT": False, "OP": "{0,2}"}, marks, lower("of"),
                                lower("red", "blood", "pink")]  # fmt: skip
    # "legs were like wet string", "legs like a limp noodle"
    yield "leg-weakness", [LEGS, BE, lower("like"), lower("a", "an", op="?"),
                           lower("wet", "soggy", "limp", "cooked", "overcooked", "wobbly"),
                           lower("string", "noodle", "noodles", "spaghetti", "jelly", "rag",
                                 "rags")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower(*_LEGGED_THINGS, "marionette", "marionette's", "puppet", "crab",
                                "doll", "frog", "chicken", "turkey"),
                          lower("'s", op="?"), LEGS, BE, lower("like"), lower("a", "an", op="?"),
                          lower("wet", "soggy", "limp", "cooked", "overcooked", "wobbly"),
                          {"IS_PUNCT": False}]  # fmt: skip
    # "her tummy up top is painful", "belly hurts up near her ribs on the right side"
    belly = lemma("tummy", "stomach", "belly")
    yield "upper-abdominal-pain", [belly, lower("up"), lower("top", "high"), BE,
                                   lower("very", "really", "so", op="?"),
                                   lower("painful", "sore", "hurting", "aching",
                                         "tender")]  # fmt: skip
    yield "upper-abdominal-pain", [belly, lemma("hurt", "ache", "pain"), lower("up", "high"),
                                   lower("near", "by", "under", "below", "round", "around"),
                                   OWNER, lemma("rib")]  # fmt: skip


def _round_sixteen() -> Iterable[tuple[str, Pattern]]:
    """Red flags in everyday idioms and clinic words (round 16): a back that has gone, claret
    and pink froth brought up, a puff that will not come, a mind that went blank or has not
    come round, words that get stuck, a bladder gone weak, a bone broken in two places, joints
    that ache together; and "can't" with a word put in before its verb. Narrowed after a
    review (round 17): each needs her, her part or her cough, not a chair, wine or a dog."""
    # "back's gone", "my back has gone again", "Back is bad too"; not a chair's back, nor
    # "my back's gone strong again"
    hurt = [lower("'s", "has", "is"), lower("gone", "bad", "awful", "terrible", "agony")]
    yield "back-pain", [lower("my", "her", "his", "'s"), lower("back"), *hurt]
    yield "back-pain", [{"LOWER": "back", "IS_SENT_START": True}, *hurt]
    yield NOT_A_SYMPTOM, [lower("my", "her", op="?"), lower("back"), lower("'s", "has", "is"),
                          lower("gone"), lower("to", "home", "in", "out", "up", "down", "strong",
                                               "well", "better", "fine", "right")]  # fmt: skip
    # "bringing up claret when I cough", "spitting up pinky froth", "pink frothy stuff"; not a
    # glass of claret brought up on the table
    yield "coughing-up-blood", [lemma("cough"), lower("up"), gap(3), lower("claret")]
    yield "coughing-up-blood", [lemma("bring", "spit", "hawk", "hack"), lower("up"), gap(3),
                                lower("claret"), lower("when", "as", "after"), lower("i", "she"),
                                lemma("cough")]  # fmt: skip
    yield "coughing-up-blood", [lemma("cough", "bring", "spit", "hawk", "hack"), lower("up"),
                                gap(1), lower("pink", "pinky", "pinkish", "red", "rusty"), gap(1),
                                lower("froth", "frothy", "foam", "foamy", "phlegm", "stuff",
                                      "spit", "mucus")]  # fmt: skip
    # "CAN'T GET MY PUFF", "couldn't catch her puff" (not puff pastry); "choking on my own
    # breath"
    yield "shortness-of-breath", [*CANT, lemma("get", "catch"), OWNER, lower("puff")]
    yield NOT_A_SYMPTOM, [*CANT, lemma("get", "catch"), OWNER, lower("puff"),
                          lower("pastry", "pastries", "ball", "balls")]  # fmt: skip
    yield "shortness-of-breath", [lemma("choke"), lower("on"), OWNER, lower("own", op="?"),
                                  lower("breath")]  # fmt: skip
    # "she went funny in Tesco", "he just went blank"; not the milk or the telly, nor "went
    # funny about the wedding plans", "went blank when the interviewer asked"
    changed = lower("funny", "strange", "weird", "blank", "vacant")
    yield "mental-status-change", [_SHE, lower("just", op="?"), lower("went"), changed]
    yield NOT_A_SYMPTOM, [_SHE, lower("just", op="?"), lower("went"), changed,
                          lower("about", "on", "when", "with", "over")]  # fmt: skip
    # "she's not come round properly" after a fit; not "come round to the idea"
    yield "mental-status-change", [NOT, lower("come", "came"), lower("round", "around"),
                                   lower("properly", "fully", "yet", "since")]  # fmt: skip
    # "she seems really vacant", "her eyes look glazed", "she's staring through me": a person
    yield "mental-status-change", [lower(*_SHE_WORDS, "eyes"), lemma("be", "seem", "look"),
                                   lower("very", "really", "so", "a", "bit", "all", op="*"),
                                   lower("vacant", "glazed")]  # fmt: skip
    yield "mental-status-change", [_SHE, lower("'s", "is", "was", "just", "kept", op="*"),
                                   lower("staring", "stared", "stares"), lower("right", op="?"),
                                   lower("through"), lower("me", "us", "her", "him")]  # fmt: skip
    # "didn't know him after.", "didn't recognise me for a bit" (after a fit, a fall); not
    # "didn't know him after all these years"
    yield "confusion", [lemma("do"), NOT, lower("know", "recognise", "recognize"),
                        lower("him", "her", "me", "us"), lower("after", "afterwards"),
                        {"IS_PUNCT": True}]  # fmt: skip
    yield "confusion", [lemma("do"), NOT, lower("recognise", "recognize"),
                        lower("him", "her", "me", "us", "anyone", "anybody"), lower("for"),
                        lower("a"),
                        lower("minute", "moment", "bit", "second", "while")]  # fmt: skip
    # "my words keep getting stuck", "speech has gone thick and slow"
    yield "speech-problems", [lower("words", "word", "speech"), lemma("keep"), lower("getting"),
                              lower("stuck", "jumbled", "muddled", "mixed", "tangled")]  # fmt: skip
    yield "speech-problems", [lower("speech"), BE, lower("gone", "become", "got", op="?"),
                              lower("thick", "slow", "slurry", "thicker", "slower")]  # fmt: skip
    # "Bladder's been weak", "loss of control with my bladder"; not the dog's
    weak = [BE, lower("been", op="?"), lower("weak", "weaker", "leaky", "useless")]
    yield "bladder-bowel-control", [lower("bladder", "bowels"), *weak]
    yield NOT_A_SYMPTOM, [_PETS, lower("'s", op="?"), lower("bladder", "bowels"), *weak]
    yield "bladder-bowel-control", [lower("loss"), lower("of"), lower("control"),
                                    lower("with", "of", "over"), OWNER,
                                    lower("bladder", "bowels", "bowel", "waterworks")]  # fmt: skip
    # "can't always hold my wee", "cant seem to hold my wee": a word before the verb
    yield "bladder-bowel-control", [*CANT, lower("always", "really", "quite", "properly", "seem",
                                    "even"), lower("to", op="?"), lemma("hold", "control"),
                                    OWNER, lower("wee", "pee", "water", "bladder", "bowels",
                                                 "urine", "poo", "it")]  # fmt: skip
    # "never been this weak in the legs", "numb in the legs"
    yield "leg-weakness", [lower("weak", "numb", "heavy"), lower("in"), OWNER, SIDE, LEGS]
    # "A&E says broken in 2 places", "wrist is fractured in two places": a bone, or what the
    # hospital says (not a vase, the ice on a pond, a branch)
    places = [
        lower("broken", "fractured", "cracked"),
        lower("in"),
        lower("two", "three", "2", "3", "several", "a", "few"),
        lower("places", "place"),
    ]
    yield "fracture", [lower("says", "said", "confirmed", "shows", "showed"), *places]
    yield "fracture", [{"LOWER": {"IN": ["broken", "fractured"]}, "IS_SENT_START": True},
                       *places[1:]]  # fmt: skip
    yield "fracture", [lemma("wrist", "arm", "leg", "hip", "rib", "ankle", "bone", "femur",
                             "pelvis", "collarbone", "shoulder", "elbow", "foot", "hand",
                             "spine", "vertebra", "humerus"),
                       lower("is", "was", "'s", "got", "been", op="*"), *places]  # fmt: skip
    # "Knees and hands ache first thing": joints that ache together
    joints = lemma(
        "knee", "wrist", "elbow", "shoulder", "finger", "hip", "ankle", "hand", "knuckle"
    )
    yield "joint-pain", [joints, lower("and", "&"), joints, lemma("ache", "hurt")]


def _round_seventeen() -> Iterable[tuple[str, Pattern]]:
    """Red flags told by an image or by what happened (round 17): legs that feel like someone
    else's or wade through treacle, a leg that will not listen, a chest with someone sitting on
    it, sputum the colour of rust, a slow rousing, a breath to get back, a night not known as
    night, a word that came out wrong, a bed wet in the night, wee that has not come, a fit at
    a time of day, "HA" with its place."""
    # "legs feel like someone else's", "the bottom half of me felt like it belonged to someone
    # else" (not legs that look like someone else's in a photo, the bottom half of a garden)
    feels = ("feel", "feels", "felt", "are", "were", "is")
    felt = lower(*feels)
    yield "leg-weakness", [LEGS, felt, lower("like"), lower("someone", "somebody"),
                           lower("else", "else's", "elses")]  # fmt: skip
    yield "leg-weakness", [lower("bottom", "lower"), lower("half"), lower("of", op="?"),
                           lower("me", "her", "my", op="?"), lower("body", op="?"), felt,
                           lower("like"), {"IS_PUNCT": False, "OP": "{0,2}"},
                           lemma("belong")]  # fmt: skip
    # "legs feel like they're wading through treacle" (not legs covered in mud)
    yield "leg-weakness", [LEGS, lower(*feels, op="?"), lower("like"),
                           {"IS_PUNCT": False, "OP": "{0,3}"},
                           lower("wading", "walking", "through", "stuck", "moving"),
                           {"IS_PUNCT": False, "OP": "{0,2}"},
                           lower("treacle", "mud", "glue", "molasses", "quicksand")]  # fmt: skip
    # "my right leg just isn't listening to me"
    yield "leg-weakness", [LEGS, lower("just", op="?"), lemma("be"), NOT,
                           lower("listening", "working", "cooperating", "obeying")]  # fmt: skip
    # "leg heaviness", "leg numbness"
    yield "leg-weakness", [LEGS, lower("heaviness", "numbness")]
    # "my chest feels like someone's sitting on it"
    yield "chest-pain", [lemma("chest"), BE, lower("like"), {"IS_PUNCT": False, "OP": "{0,2}"},
                         lemma("sit", "stand", "kneel"), lower("on")]  # fmt: skip
    yield "chest-pain", [lower("pleuritic"), lower("pain", "discomfort", "chest")]
    # "what came up when I coughed was the colour of rust"; "phlegm's got streaks of red"
    yield "coughing-up-blood", [lemma("cough"), {"IS_PUNCT": False, "OP": "{0,3}"},
                                lower("colour", "color"), lower("of"),
                                lower("rust", "blood", "claret", "wine")]  # fmt: skip
    yield "coughing-up-blood", [lemma("phlegm", "spit", "sputum", "mucus"), BE, gap(2),
                                lower("streaks", "flecks", "specks", "bits", "spots"),
                                lower("of"), lower("red", "blood", "pink")]  # fmt: skip
    # "took ages to rouse" (not a teenager who took forever to wake for school)
    yield "mental-status-change", [lemma("take"), lower("ages", "forever"), lower("to"),
                                   lower("rouse")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("take"), lower("ages", "forever"), lower("to"), lower("rouse"),
                          lower("the", "dad", "him", "them", "everyone", "kids", "teenagers",
                                "my", "his")]  # fmt: skip
    # "to get my breath back" (after a walk)
    yield "shortness-of-breath", [lower("get", "getting", "catch"), OWNER, lower("breath"),
                                  lower("back")]  # fmt: skip
    # "Didn't seem to know it was night time", "she doesn't seem to know where she is": her,
    # not a shop assistant, a locum or the satnav
    knows = [
        NOT,
        lower("seem"),
        lower("to"),
        lower("know"),
        lower("where", "what", "who", "it", "which"),
    ]
    yield "confusion", [_SHE, lower("do", "does", "did"), *knows]
    yield "confusion", [{"LOWER": {"IN": ["did", "does"]}, "IS_SENT_START": True}, *knows]
    # "I tried to say 'ambulance' ... and it came out as 'amblamance'"
    yield "speech-problems", [lemma("try", "go", "want", "mean"), lower("to"), lower("say"),
                              {"IS_PUNCT": False, "OP": "{0,10}"}, lower("it", "they"),
                              lower("came", "come"), lower("out"),
                              lower("as", "wrong", "all", "jumbled", "backwards", "muddled",
                                    "garbled")]  # fmt: skip
    yield "speech-problems", [lower("i"), lower("sounded", "sound"), lower("like"),
                              lower("i", "i'd"), lower("'d", "had", op="?"), lower("had", op="?"),
                              lower("a"), lower("stroke")]  # fmt: skip
    # "pee'd the bed"
    yield "bladder-bowel-control", [lower("pee", "wee", "peed", "weed"), lower("'d"),
                                    lower("the", "my", "her"), lower("bed")]  # fmt: skip
    # "haven't had a wee since 8", "no wee came out" (not a puppy's)
    no_wee = [
        lemma("have"),
        NOT,
        lower("had"),
        lower("a", "any"),
        lemma("wee", "pee"),
        lower("since"),
    ]
    yield "bladder-bowel-control", no_wee
    yield NOT_A_SYMPTOM, [_PETS, *no_wee]
    yield "bladder-bowel-control", [lower("no"), lemma("wee", "pee", "urine"),
                                    lower("came", "come", "would"), lower("out")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("no"), lemma("wee", "pee"), lower("came", "come", "would"),
                          lower("out"), lower("of"), lower("the", "my", "our", op="?"),
                          _PETS]  # fmt: skip
    # "HA frontal 5/10", "HA ++" in a chart
    yield "headache", [{"ORTH": "HA"}, lower("frontal", "occipital", "temporal", "++")]


def _round_thirty() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round29e and round29f (round 30): a carer's "when I pressed",
    food told in detail, a room that did a spin, a toilet paper not felt, liver words and a
    stitch under the ribs, and medical words used loosely."""
    # "the right side under her ribs aches", "pain in my right upper tummy", "Pain where me
    # liver is", "a stitch under me right ribs"
    yield "upper-abdominal-pain", [lower("right"), lower("side"), lower("under", "below"), OWNER,
                                   lemma("rib"), lemma(*PAIN_WORDS)]  # fmt: skip
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("in", "at"), OWNER,
                                   lower("right", "left"), lower("upper"),
                                   lemma("belly", "tummy", "stomach", "abdomen")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("where"), OWNER, lower("liver"),
                                   lower("is")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("stitch"), lower("under", "below"), OWNER, SIDE,
                                   lemma("rib")]  # fmt: skip
    # "a migraine in her back" (a word used loosely, of the back)
    yield "back-pain", [lower("migraine"), lower("in"), OWNER, SIDE, lower("back")]
    # "feels like she'll throw up", "felt like vomiting": sick, not being sick
    yield "nausea", [lemma("feel"), lower("like"), lower("she", "i"), lower("'ll", "will", "'d",
                     "would"), lower("throw", "be", "vomit", "puke"),
                     lower("up", "sick", op="?")]  # fmt: skip
    yield "nausea", [lemma("feel"), lower("like"), lower("vomiting", "throwing", "puking",
                     "being"), lower("up", "sick", op="?")]  # fmt: skip
    # "the soup came straight back up", "kept nowt down"
    # (food: not a lift, a kite, a boomerang; hers: not the puppy's)
    yield "vomiting", [lower("soup", "food", "breakfast", "lunch", "dinner", "tea", "water",
                       "toast", "meal", "porridge", "everything", "drink", "tablets", "pills",
                       "all"), lower("came", "comes", "coming"),
                       lower("straight", "right", op="?"), lower("back"), lower("up")]  # fmt: skip
    yield "vomiting", [lower("and", ","), lower("it"), lower("came", "comes"),
                       lower("straight", "right", op="?"), lower("back"), lower("up")]  # fmt: skip
    yield KEPT_DOWN, [lower("i", "she", "mi"), lower("'ve", "'s", "has", "have", op="?"),
                      lemma("keep"), lower("nowt", "nothing", "nought"), lower("down")]  # fmt: skip
    yield KEPT_DOWN, [{"LOWER": "kept", "IS_SENT_START": True},
                      lower("nowt", "nothing", "nought"), lower("down")]  # fmt: skip
    # "bunged right up", "proper puffed", "she was panting"
    yield "constipation", [lower("'m", "am", "so", "that", "all", "been", ",", "proper",
                           "totally"), lower("bunged"), lower("right", op="?"),
                           lower("up")]  # fmt: skip
    yield "constipation", [{"LOWER": "bunged", "IS_SENT_START": True}, lower("right", op="?"),
                           lower("up")]  # fmt: skip
    # (hers: not the lads at half time, a souffle)
    yield "shortness-of-breath", [lower("i", "'m", "am", "got", "get", "getting"),
                                  lower("proper", "really", "so", "very", "all", op="?"),
                                  lower("puffed")]  # fmt: skip
    yield "shortness-of-breath", [lower("i", "she"), lower("was", "'m", "am", "is", "'s", "were"),
                                  lower("panting")]  # fmt: skip
    # "Heart was going dhak-dhak very fast", "nearly keeled over", "the room did a little spin"
    yield "palpitations", [lemma("heart"), lower("was", "is", "'s", "been", "kept"),
                           lower("going"), {"OP": "{0,4}"},
                           lower("fast", "quick", "quickly", "mad", "crazy")]  # fmt: skip
    yield "palpitations", [lower("nearly", "almost"), lower("keeled"), lower("over")]
    # (a little one: "the whole room did a spin" is a dance)
    yield "dizziness", [lower("room", "everything", "world", "kitchen", "ceiling"),
                        lower("did", "does"), lower("a"), lower("little", "bit", "quick"),
                        lower("spin", "whirl", "twirl")]  # fmt: skip
    yield "dizziness", [lower("the"), lower("room"), lower("does", "keeps"), lower("a"),
                        lower("spin")]  # fmt: skip
    # "my right eye has gone cloudy"
    yield "vision-problems", [lower("my", "her"), SIDE, lemma("eye"),
                              lower("has", "have", "'s", "is", "are", op="?"),
                              lower("gone", "going", op="?"),
                              lower("cloudy", "misty", "blurry", "foggy")]  # fmt: skip
    # "couldn't feel the toilet paper when I wiped" (the catalog's saddle numbness)
    yield "bladder-bowel-control", [*CANT, lower("feel"), lower("the"), lower("toilet", "loo"),
                                    lower("paper", "roll", "tissue")]  # fmt: skip
    # "a bone-deep ache"; "red and tender where the Neulasta shot went in"; "Eyebrows already
    # thinning"
    yield "bone-pain", [lower("bone"), lower("-", op="?"), lower("deep"),
                        lemma("ache", "pain")]  # fmt: skip
    # (hers: "my belly's red and tender where ...", not the cat's)
    signs = lower("tender", "sore", "red", "lumpy", "bruised", "swollen", "itchy")
    yield "injection-site-reaction", [lower("my", "her"), {"IS_ALPHA": True},
                                      lower("'s", "is", "was", op="?"), signs,
                                      lower("and", op="?"), {**signs, "OP": "?"},
                                      lower("where"), lower("the"),
                                      {"IS_ALPHA": True, "OP": "?"},
                                      lower("shot", "jab", "injection", "needle"),
                                      lower("went")]  # fmt: skip
    # (hers: not a film star's, a fashion)
    yield "hair-loss", [lower("my", "her"), lemma("eyebrow", "eyelash", "lash"),
                        lower("are", "'re", "already", "all", op="{0,2}"),
                        lower("thinning", "falling", "gone")]  # fmt: skip
    yield "hair-loss", [lemma("eyebrow", "eyelash", "lash"), lower("already"),
                        lower("thinning", "falling", "gone")]  # fmt: skip
    yield "hair-loss", [{"LOWER": {"IN": ["eyebrows", "lashes", "eyelashes"]},
                         "IS_SENT_START": True}, lower("thinning", "falling", "going"),
                        lower("too", "and", "now", "again", ",", ".")]  # fmt: skip
    # Weight: "down another half stone", "3 kg down", "down to 8 stone 2"
    weights = lower("stone", "kg", "kilos", "kilo", "pounds", "lbs", "lb")
    # (hers: "I'm down", "at the surgery, down"; not "Rab's down half a stone")
    yield "weight-loss", [lower("'m", "am", "i", "she", "been", "weight", "scales", ",", "now"),
                          lower("down"), lower("another", "a", op="?"), lower("half", op="?"),
                          lower("a", op="?"), {"LIKE_NUM": True, "OP": "?"}, weights]  # fmt: skip
    yield "weight-loss", [{"LOWER": "down", "IS_SENT_START": True},
                          lower("another", "a", op="?"), lower("half", op="?"),
                          lower("a", op="?"), {"LIKE_NUM": True, "OP": "?"}, weights]  # fmt: skip
    yield "weight-loss", [{"LIKE_NUM": True}, weights, lower("down")]
    yield "weight-loss", [lower("down"), lower("to"), {"LIKE_NUM": True}, weights]
    # Food: "Not exactly hungry", "Appetite's barely there", "not fussed about food", "hardly
    # touched her rice"
    # (these days: not after a carvery)
    yield "loss-of-appetite", [lower("not"), lower("exactly", "really", "very", "that"),
                               lower("hungry"), lower("these", "lately", "recently", "since",
                                                      "at", "today", "this")]  # fmt: skip
    yield "loss-of-appetite", [lower("appetite"), BE, lower("barely", "hardly"),
                               lower("there")]  # fmt: skip
    yield "loss-of-appetite", [NOT, lower("fussed", "bothered"), lower("about", "with"),
                               lower("food", "eating")]  # fmt: skip
    # (hers or Mum's: not a toddler's)
    yield "loss-of-appetite", [{"LOWER": {"IN": ["hardly", "barely"]}, "IS_SENT_START": True},
                               lower("touched"), lower("my")]  # fmt: skip
    yield "loss-of-appetite", [lower("i", "she", "mum", "mom", "ma", "mak"),
                               lower("'s", "has", "'ve", "have", op="?"),
                               lower("hardly", "barely"), lower("touched"), lower("her", "my"),
                               {"IS_ALPHA": True}]  # fmt: skip
    # "Haven't done a poo since Saturday"
    # (hers: not the puppy's, the newborn's)
    poo = [NOT, lower("done", "had"), lower("a"), lower("poo", "number", "bm")]
    yield "constipation", [{"LOWER": {"IN": ["have", "has", "had"]}, "IS_SENT_START": True}, *poo]
    yield "constipation", [lower("i", "she", "still", "also"),
                           lower("have", "has", "'ve", "'s", "had"),
                           *poo]  # fmt: skip
    # Nights: "up and down all night", "Not getting sleep", "Feeling very tense"
    # (hers, and not "with the teething baby")
    up_and_down = [lower("up"), lower("and"), lower("down"), lower("all"), lower("night")]
    yield "difficulty-sleeping", [lower("i", "she"), lower("was", "'ve", "been", "am", "'m",
                                  "'s", op="?"), lower("been", op="?"), *up_and_down]  # fmt: skip
    yield "difficulty-sleeping", [{"LOWER": "up", "IS_SENT_START": True}, *up_and_down[1:]]
    yield NOT_A_SYMPTOM, [*up_and_down, lower("with"), lower("the", "a", "our", "my", op="?"),
                          lower("baby", "teething", "wee", "grandchild", "kids", "twins", "dog",
                                "puppy", "little", "colicky", "toddler", "grandkids")]  # fmt: skip
    yield "difficulty-sleeping", [NOT, lower("getting"), lower("any", "much", op="?"),
                                  lower("sleep")]  # fmt: skip
    # (hers: not a crowd's)
    yield "anxiety", [lower("i", "'m", "am", "been"), lower("feeling", "feel", "felt"),
                      lower("very", "so", "really", op="?"), lower("tense")]  # fmt: skip
    yield "anxiety", [{"LOWER": "feeling", "IS_SENT_START": True},
                      lower("very", "so", "really", op="?"), lower("tense")]  # fmt: skip
    # "Me hearing's shot", "Hearing's been going a bit"
    # (hers: not Pete's)
    hearing = [lower("hearing"), lower("'s", "is", "has", op="?"), lower("been", op="?"),
               lower("shot", "going", "gone")]  # fmt: skip
    yield "hearing-changes", [lower("my", "me"), *hearing]
    yield "hearing-changes", [{"LOWER": "hearing", "IS_SENT_START": True}, *hearing[1:]]
    # "a bit of stiffness in my shoulders"
    yield "joint-pain", [lower("stiffness"), lower("in"), OWNER, SIDE,
                         lemma("shoulder", "knee", "hip", "wrist", "elbow", "joint",
                               "knuckle")]  # fmt: skip
    # "The scan shows a crack in one of my ribs"
    # (of her: not a drain's, a windscreen's)
    yield "fracture", [lower("scan", "x-ray", "xray", "mri", "ct"), lower("shows", "showed",
                       "found"), lower("a"), lower("crack", "break", "fracture"), lower("in"),
                       lower("my", "her", "one")]  # fmt: skip
    # "but they're still weak and heavy" (of legs named before: "'re" is no word the gap takes)
    # (not "numb": "My hands. They're so numb" is the hands', round 29)
    yield LEGS_AS_THEY, [lower("they"), lower("'re", "are", "were"), gap(2),
                         lower("weak", "heavy", "wobbly", "jelly", "dead", "useless", "weaker",
                               "heavier")]  # fmt: skip
    # "broke my thigh bone", "Broke me upper arm"
    yield "fracture", [lemma("break", "broke", "fracture", "snap"), OWNER,
                       lower("thigh", "upper", "femur"), lower("bone", "arm", op="?")]  # fmt: skip
    # "couldn't get me breath" (Liverpool "me" for "my"); "blood mixed in the phlegm";
    # "Something heavy on my chest"
    yield "shortness-of-breath", [*CANT, lower("get", "catch"), lower("me"), lower("breath")]
    yield "coughing-up-blood", [lower("blood"), lower("mixed", op="?"), lower("in", "with"),
                                lower("the", "my"), lemma("phlegm", "sputum", "mucus",
                                                          "spit")]  # fmt: skip
    # ("Something heavy on my chest"; not a cat that lies heavy on it)
    yield "chest-pain", [lower("something", "feels", "feel", "feeling"),
                         lower("heavy"), lower("on", "in"), lower("my", "her"),
                         lower("chest")]  # fmt: skip
    yield "chest-pain", [lower("heaviness", "pressure"), lower("on", "in"), lower("my", "her"),
                         lower("chest")]  # fmt: skip
    # "I'm weaker by the day"
    yield "weakness", [lower("'m", "am"), lower("weaker"), lower("by", "every", "each")]
    # Not symptoms: "Coughed up forty bucks for parking", "the colour of weak tea"
    yield NOT_A_SYMPTOM, [lower("weak"), lower("tea", "coffee", "squash", "lemonade")]
    yield NOT_A_SYMPTOM, [lemma("cough"), lower("up"), {"LIKE_NUM": True}]
    yield NOT_A_SYMPTOM, [lemma("cough"), lower("up"), lower("for", "cash", "money")]


def _round_twenty_nine() -> Iterable[tuple[str, Pattern]]:
    """Shapes from round28c and round28d (round 29): a pain told of "it" after its part was
    named (diary/tagging_pipeline.py, _its_part), words misheard by dictation, and a part and
    its complaint said apart."""
    hurt = lower("sore", "hurting", "aching", "throbbing", "thumping", "pounding", "tender",
                 "agony", "painful")  # fmt: skip
    # "it's been thumping", "it's so sore", "that's where it's been hurting", "it hurts"
    yield PART_BEFORE, [lower("it", "that", "this"), lower("'s", "is", "has", "was"),
                        lower("been", op="?"), lower("so", "really", "very", "quite", op="?"),
                        lower("that", op="?"), hurt]  # fmt: skip
    yield PART_BEFORE, [lower("it", "that", "this"), lower("'s", "is", "has", "was"),
                        lower("been", op="?"), lower("a"), lower("bit", "little"),
                        hurt]  # fmt: skip
    yield PART_BEFORE, [lower("where"), lower("it"), lower("'s", "is", "has", "was"),
                        lower("been", op="?"), lower("so", "really", op="?"), hurt]  # fmt: skip
    yield PART_BEFORE, [lower("it"), lower("hurts", "aches", "throbs")]
    # "Been giving me gyp since I hoovered"; "that's the sore bit"
    gyp = [lower("giving"), lower("me"), lower("gyp", "jip", "grief", "hell")]
    yield PART_BEFORE, [{"LOWER": "been", "IS_SENT_START": True}, *gyp]
    yield PART_BEFORE, [lower("it", "that"), lower("'s", "has"), lower("been"), *gyp]
    yield PART_BEFORE, [lower("that"), lower("'s", "is"), lower("the"),
                        lower("sore", "painful", "tender"),
                        lower("bit", "spot", "part", "place")]  # fmt: skip
    # A part and its complaint apart: "It's the legs. ... heavy as lead", "My legs. ... they
    # just won't carry me", "Face. Left side. ... numb right down to my chin", "a new numb patch
    # on my chin", "Jaw feels numb" (on a bone drug: the catalog's jaw item)
    yield LEGS_NEARBY, [lower("heavy"), lower("as", "like"), lower("lead", "concrete", "stone",
                        "bricks", "logs")]  # fmt: skip
    yield LEGS_AS_THEY, [lower("they"), lower("just", op="?"), *WILL_NOT,
                         lower("carry")]  # fmt: skip
    yield "facial-numbness", [lower("numb"), lower("patch", "spot", op="?"),
                              {"IS_ALPHA": True, "OP": "{0,4}"},
                              lower("chin", "lip", "lips", "cheek", "cheeks")]  # fmt: skip
    yield "jaw-pain", [lower("jaw"), BE, lower("numb", "heavy")]
    # "The room. ... it went round and round"; "the feet. Tingling in both of them"
    yield ROOM_AS_IT, [lower("it", "everything"), lower("went", "was", "goes", "kept", "keeps"),
                       lower("going", op="?"), lower("round", "around"), lower("and"),
                       lower("round", "around")]  # fmt: skip
    yield ENDS_AS_THEM, [lower("tingling", "tingly", "numbness", "numb", "pins"),
                         lower("and", op="?"), lower("needles", op="?"), lower("in"),
                         lower("both", "all", "each"), lower("of"), lower("them")]  # fmt: skip
    # "Mark helped me to the toilet and I had an accident anyway" (beside a word of the toilet)
    # (not "had an accident in bed", a shape of its own)
    yield CONTROL_NEARBY, [lemma("have"), lower("an"), lower("accident"),
                           lower("anyway", "again", "on", "before", "too", "at")]  # fmt: skip
    # "had another one of those fits", "a shaking fit"
    # (hers: not "one of those fits of tidying", a dog's shaking fit)
    those_fits = [lower("one"), lower("of"), lower("those", "these", "my", "them"),
                  lower("fits", "seizures", "convulsions")]  # fmt: skip
    yield "seizure", those_fits
    yield NOT_A_SYMPTOM, [*those_fits, lower("of")]
    yield "seizure", [lower("i", "she", "mum", "mom", "nan", "gran", "wife"),
                      lower("'ve", "'d", op="?"), lower("had", "has", "'s", "having"),
                      lower("a", "another"), lower("proper", "bad", "big", "small", op="?"),
                      lower("shaking", "jerking", "twitching"), lower("fit", "fits")]  # fmt: skip
    # "a bit of blood when it gets going" (of a cough named before), "blood in the stuff I
    # coughed up"
    yield BLOOD_IN_IT, [lower("bit", "spot", "trace", "touch", "streak", "streaks"), lower("of"),
                        lower("blood"), lower("when", "whenever", "if")]  # fmt: skip
    yield "coughing-up-blood", [lower("blood"), lower("in"), lower("the", "what"),
                                lower("stuff", "phlegm", op="?"), lower("i", "she"),
                                lower("coughed", "cough", "brought", "hacked"),
                                lower("up")]  # fmt: skip
    # "I can't always tell when I need to go"; "no trouble holding it", "no leaking" (of the
    # waterworks named before)
    yield "bladder-bowel-control", [*CANT, lower("always", "really", op="?"),
                                    lower("tell", "feel", "sense", "know"), lower("when"),
                                    lower("i", "she"), lower("need", "have", "want"),
                                    lower("to"), lower("go", "pee", "wee")]  # fmt: skip
    yield CONTROL_NEARBY, [lower("trouble", "problems", "difficulty"), lower("holding"),
                           lower("it", "on")]  # fmt: skip
    # Dictation misheard: "sure of breath", "head egg", "week legs", "so week today", "know
    # appetite"
    yield "shortness-of-breath", [lower("sure"), lower("of"), lower("breath")]
    # (not a cress head egg, an Easter one)
    yield "headache", [{"LOWER": "head", "IS_SENT_START": True}, lower("egg")]
    yield "headache", [lower("my", "her"), lower("head"), lower("egg")]
    yield "leg-weakness", [{"LOWER": "week", "IS_SENT_START": True}, LEGS]
    yield "leg-weakness", [lower("my", "her", "so", "very", "really"), lower("week"), LEGS]
    yield "weakness", [lower("so", "very", "feel", "feeling", "felt", "really"), lower("week"),
                       lower("today", "all", "and", ",", "again", "tonight", "this")]  # fmt: skip
    yield "loss-of-appetite", [{"LOWER": "know", "IS_SENT_START": True}, lower("appetite")]
    yield "loss-of-appetite", [lower(",", "and", "comma"), lower("know"), lower("appetite")]
    # "gnawing pain in my upper belly", "I'm yellow round the eyes", "feet swell by evening",
    # "hair is falling", "fingers still a bit tingly", "my toes, tingly and cold"
    yield "upper-abdominal-pain", [lower("gnawing", "dull", "sharp", "stabbing", "burning",
                                         "constant", "nagging", "bad", op="?"),
                                   lemma(*PAIN_NOUNS), lower("in", "at"), OWNER,
                                   lower("upper"), lemma("belly", "tummy", "stomach",
                                                         "abdomen")]  # fmt: skip
    # (hers: not the budgie's, a healing black eye's)
    yield "jaundice", [lower("i", "she"), lower("'m", "am", "'s", "is", "was", "look", "looks",
                       "looked", "'ve", op="?"), lower("gone", "going", op="?"),
                       lower("a", op="?"), lower("bit", "little", op="?"),
                       lower("yellow", "yellowish"), lower("round", "around", "in"),
                       lower("the", "my"), lower("eyes")]  # fmt: skip
    yield "jaundice", [lower("yellow", "yellowish"), lower("in", "round", "around"),
                       lower("my", "her"), lower("eyes")]  # fmt: skip
    yield "swelling", [lemma("foot", "ankle", "hand", "finger"),
                       lower("swell", "swells", "swelled")]  # fmt: skip
    # (hers: not a willow's, Lola's)
    yield "hair-loss", [lower("my", "her"), lower("hair"), lower("is", "'s", "keeps"),
                        lower("falling")]  # fmt: skip
    yield "hair-loss", [{"LOWER": "hair", "IS_SENT_START": True}, lower("is", "'s", "keeps"),
                        lower("falling")]  # fmt: skip
    yield "neuropathy", [lemma("finger", "toe"), lower("still", "a", "bit", "all", "so",
                         op="{0,3}"), lower("tingly", "tingling")]  # fmt: skip
    yield "neuropathy", [lemma("finger", "toe"), lower(","), lower("tingly", "tingling")]
    # "wound up tight", "I'm that stopped up", "Just drained"
    yield "anxiety", [{"LOWER": "wound", "IS_SENT_START": True}, lower("up"),
                      lower("tight", "like")]  # fmt: skip
    yield "anxiety", [lower("'m", "am", "been", "was", "feel", "feeling"), lower("wound"),
                      lower("up"), lower("tight", "like")]  # fmt: skip
    yield "constipation", [lower("'m", "am", "so", "that", "all"), lower("stopped", "bunged",
                           "blocked"), lower("up")]  # fmt: skip
    # (not "Just drained the pasta")
    yield "fatigue", [{"LOWER": "just", "IS_SENT_START": True}, lower("drained"),
                      {"IS_PUNCT": True}]  # fmt: skip
    yield "fatigue", [{"LOWER": "just", "IS_SENT_START": True}, lower("drained"),
                      lower("today", "tonight", "and", "again")]  # fmt: skip
    # "My feet. They've been burning", "My hands. They're so numb"; "My knees just won't
    # carry me"; "My arms are heavy as lead"; "My upper belly has been burning"; "Feeling
    # dead low"
    yield ENDS_AS_THEM, [lower("they"), lower("'ve", "have", "'re", "are"), lower("been", op="?"),
                         lower("so", "really", "all", op="?"),
                         lower("burning", "tingling", "numb", "tingly")]  # fmt: skip
    yield "leg-weakness", [lemma("knee", "leg"), lower("just", op="?"), *WILL_NOT,
                           lower("carry")]  # fmt: skip
    yield "weakness", [lemma("arm"), BE, lower("heavy"), lower("as", "like"),
                       lower("lead", "concrete", "stone")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("upper"), lemma("belly", "tummy", "stomach", "abdomen"),
                                   lower("has", "is", "'s", op="?"), lower("been", op="?"),
                                   lower("burning", "sore", "aching", "hurting", "painful",
                                         "tender")]  # fmt: skip
    yield "depression", [lower("feeling", "feel", "felt"), lower("dead", "pure", "awful",
                         "awfully", "proper", "v"), lower("low")]  # fmt: skip


def _round_twenty_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round27a and round27b (round 28): a place she did not know she was
    in, words she struggled for, a fit by how long it lasted, legs that are feeble or stop
    working, streaks in her phlegm, a liver or a scar that throbs or twinges, being about to be
    sick, the bathroom whirling, "the squits", sleep that won't come, and idioms."""
    # "Woke at 5 and had no clue where I was", "woke up and hadnae a clue where she was" (on
    # waking: not lost on the M8, in a book's plot, in a new city)
    yield "confusion", [lemma("wake", "woke", "waking"), {"IS_PUNCT": False, "OP": "{0,6}"},
                        {"NORM": {"IN": ["no", "not"]}}, lower("a", op="?"),
                        lower("clue", "idea"), lower("where"), lower("i", "she"),
                        lower("was", "am", "is", "were")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("clue", "idea"), lower("where"), lower("i", "she"),
                          lower("was", "am", "is", "were"),
                          lower("going", "supposed", "meant", "headed", "heading", "to",
                                "parked", "staying")]  # fmt: skip
    # "the sore bit at the top of my belly"
    yield "upper-abdominal-pain", [lower("sore", "painful", "tender", "achy", "aching"),
                                   lower("bit", "spot", "patch", "area"), lower("at", "in"),
                                   lower("the"), lower("top"), lower("of"), OWNER,
                                   lemma("belly", "tummy", "stomach", "abdomen")]  # fmt: skip
    # "Aching head to toe", "sore from head to foot": a pain all over, not a headache
    yield "pain", [lower("aching", "achy", "sore", "hurting", "aches", "pain", "pains"),
                   lower("from", op="?"), lower("head"), lower("to"),
                   lower("toe", "toes", "foot", "feet")]  # fmt: skip
    # "I don't fancy any food", "didn't fancy my dinner"
    yield "loss-of-appetite", [NOT, lemma("fancy"), lower("any", "my", "much", op="?"),
                               lower("food", "eating", "meals", "dinner", "breakfast", "lunch",
                                     "tea", "supper")]  # fmt: skip
    # "if one calf swells up", "my calf's swelled"
    yield "calf-swelling", [lower("my", "one", "left", "right", "a"), lemma("calf"),
                            lower("'s", "has", "is", op="?"),
                            lower("swells", "swelled", "swollen", "swelling", "swell"),
                            lower("up", op="?")]  # fmt: skip
    # "scrambled in the heid", "a bit scrambled in the head" (Scots "heid" is "head")
    yield "confusion", [lower("scrambled", "muddled", "fuzzy", "foggy"), lower("in"),
                        lower("the", "my", "her"), lower("head")]  # fmt: skip
    # "In a fog all morning", "I'm in a fog", "I was in a fog" (hers: not the M62 in a fog)
    fog = [lower("in"), lower("a"), lower("fog", "haze", "daze")]
    yield "confusion", [{"LOWER": "in", "IS_SENT_START": True}, *fog[1:],
                        lower("all", "since", "today", "this", "again", "most")]  # fmt: skip
    yield "confusion", [lower("'m", "am", "been", "feel", "feeling", "felt"), *fog]
    yield "confusion", [lower("i", "she"), lower("was"), *fog]
    # "she struggled for words", "struggling for the right word", "my words are coming out
    # scrambled", "Jumbling my sentences"
    words = lemma("word", "sentence")
    # (hers: not the best man's, the priest's)
    yield "speech-problems", [lower("i", "she", "been", "'s", "'ve"), lemma("struggle"),
                              lower("for"), lower("the", "her", "my", op="?"),
                              lower("right", op="?"), words]  # fmt: skip
    yield "speech-problems", [words, lower("are", "were", "'re", "keep", op="?"),
                              lower("coming", "came", "come"), lower("out"),
                              lower("scrambled", "jumbled", "wrong", "garbled", "muddled",
                                    "all", "slurred", "backwards")]  # fmt: skip
    yield "speech-problems", [lower("jumbling", "jumbled", "muddling", "garbling"),
                              lower("my", "her"), lemma("sentence", "word")]  # fmt: skip
    # "Talking like she's drunk", "slurring like I'd had a bottle"
    yield "speech-problems", [lower("talking", "talked", "speaking", "sounding", "sounded"),
                              lower("like"), lower("she", "i", "she's", "i'm", "i'd", "she'd"),
                              lower("'s", "was", "were", "'d", "had", "is", "'m", "am", op="?"),
                              lower("drunk", "been", "pissed", "tipsy")]  # fmt: skip
    # "She fitted for about 90 seconds" (not "fitted for a wig")
    yield "seizure", [lower("fitted", "fitting"), lower("for"),
                      lower("about", "around", "nearly", "maybe", "roughly", "over", "almost",
                            op="?"),
                      {"LIKE_NUM": True}, lower("seconds", "secs", "minutes", "mins", "min",
                                                "second", "minute")]  # fmt: skip
    # "Legs feeble on the stairs", "my legs are feeble"; "if my legs stop working", "legs have
    # stopped working"
    yield "leg-weakness", [LEGS, BE, lower("so", "very", "really", "all", op="?"),
                           lower("feeble")]  # fmt: skip
    yield "leg-weakness", [LEGS, lower("have", "'ve", "had", "just", op="?"),
                           lower("stop", "stopped", "stopping", "stops"),
                           lower("working")]  # fmt: skip
    # "No feeling round my back passage", "numb around my bottom" (the catalog's saddle
    # numbness)
    yield "bladder-bowel-control", [lower("no", "lost", "losing"), lower("feeling", "sensation"),
                                    lower("round", "around", "in", "down"), OWNER,
                                    lower("back"), lower("passage")]  # fmt: skip
    # "just cannae keep ma balance", "can't keep my balance"
    yield "balance-problems", [*CANT, lower("keep"), lower("my", "her"),
                               lower("balance")]  # fmt: skip
    # "no problems holding my wee", "trouble controlling my bowels"
    yield "bladder-bowel-control", [lower("problems", "problem", "trouble", "difficulty"),
                                    lower("holding", "controlling"), lower("my", "her"),
                                    lower("wee", "pee", "water", "urine", "bladder", "bowels",
                                          "poo")]  # fmt: skip
    # "Red streaks in my phlegm", "pink streaks in the spit"
    yield "coughing-up-blood", [lower("red", "pink", "bloody", "rusty", "brown"),
                                lower("streaks", "streak", "flecks", "fleck", "specks", "spots",
                                      "threads", "bits"),
                                lower("in", "on"), OWNER,
                                lemma("phlegm", "sputum", "mucus", "spit")]  # fmt: skip
    # "Liver area throbbing", "my liver area aches"
    yield "upper-abdominal-pain", [lower("liver"), lower("area", "region", "side"),
                                   lower("is", "'s", "has", "been", op="{0,2}"),
                                   lower("throbbing", "aching", "sore", "hurting", "burning",
                                         "tender", "aches", "hurts", "throbs",
                                         "niggling")]  # fmt: skip
    # "pain on the right side under my ribcage"
    yield "upper-abdominal-pain", [lemma(*PAIN_WORDS, "pain", "ache"), gap(4),
                                   lower("under", "below", "beneath", "underneath"),
                                   OWNER, lower("ribcage", "rib-cage")]  # fmt: skip
    # "The scar twinges", "my scar aches today"
    yield "pain", [lower("scar", "scars"), lower("twinges", "twinging", "twinged", "aches",
                   "aching", "throbs", "throbbing", "hurts", "hurting", "stings",
                   "stinging")]  # fmt: skip
    # "Felt like I was going to throw up", "feel like I'm gonna be sick": nausea, not vomiting
    yield "nausea", [lemma("feel"), lower("like", "as"), lower("if", op="?"),
                     lower("i", "she", "i'm", "she's"), lower("was", "were", "'m", "am", "'s",
                     "is", "would", "might", op="?"),
                     lower("going", "gonna", "about", "be"), lower("to", op="?"),
                     lower("be", op="?"), lower("throw", "sick", "vomit", "puke", "heave",
                     "spew", "chuck")]  # fmt: skip
    # "No more wanting to heave", "I want to heave at the smell"
    yield "nausea", [lower("wanting", "want", "wanted"), lower("to"), lower("heave", "retch",
                     "gag", "boak")]  # fmt: skip
    # "the whole bathroom was whirling round", "room whirling"
    yield "dizziness", [lower("room", "bathroom", "kitchen", "bedroom", "ceiling", "world",
                        "everything"), BE, lower("whirling", "whirled", "swirling", "whirls",
                        "reeling")]  # fmt: skip
    # "the squits"
    # (hers: "and the squits", "I've got the squits"; not the dog's)
    yield "diarrhea", [lower("i", "'ve", "and", "plus", "still"),
                       lower("got", op="?"), lower("the"), lower("squits")]  # fmt: skip
    yield "diarrhea", [{"LOWER": "squits", "IS_SENT_START": True}]
    # "Sleep won't come", "sleep just would not come" (not "for the twins")
    sleep_wont_come = [lower("sleep"), lower("just", op="?"), *WILL_NOT, lower("come")]
    yield "difficulty-sleeping", sleep_wont_come
    yield NOT_A_SYMPTOM, [*sleep_wont_come, lower("for"),
                          {"LOWER": {"NOT_IN": ["me", "myself", "mum", "her"]}}]  # fmt: skip
    # "the jab left a hot red lump on my tummy"
    yield "injection-site-reaction", [lower("jab", "injection", "implant", "shot"),
                                      lemma("leave"), lower("a", "me", "an"), gap(3),
                                      lower("lump", "bruise", "welt", "bump", "rash",
                                            "mark")]  # fmt: skip
    # "a spot on my gum that won't heal" (the catalog's "gum sore that won't heal")
    yield "jaw-pain", [lower("spot", "sore", "ulcer", "patch"), lower("on", "in"), OWNER,
                       lemma("gum", "jaw"), lower("that", "which"), *WILL_NOT,
                       lower("heal")]  # fmt: skip
    # "Leaked on the way to the taxi rank" (a sentence that starts with it is hers; not a roof)
    yield "bladder-bowel-control", [{"LOWER": {"IN": ["leaked", "leaking"]},
                                     "IS_SENT_START": True},
                                    lower("on", "in", "again", "a", "all", "through",
                                          "before", "twice")]  # fmt: skip
    # "Was a bag of nerves all last week", "Bag of nerves today" (hers: "was", as round 27's
    # "I'm")
    yield "anxiety", [{"LOWER": "was", "IS_SENT_START": True}, lower("a"), lower("bag"),
                      lower("of"), lower("nerves")]  # fmt: skip
    yield "anxiety", [{"LOWER": "bag", "IS_SENT_START": True}, lower("of"), lower("nerves")]
    # "Kept calling my son by my brother's name" (hers: "my son")
    yield "confusion", [lemma("call"), lower("my"), {"IS_ALPHA": True}, lower("by"),
                        lower("my", "her", "his", "the"), {"IS_PUNCT": False, "OP": "{0,2}"},
                        lower("name")]  # fmt: skip
    # Scots: "shoogly on ma feet", "legs are that shoogly", "feeling pure boaky" (hers: not a
    # shoogly table, a boaky smell)
    yield "balance-problems", [lower("shoogly"), lower("on"), OWNER, lemma("foot", "leg")]
    yield "balance-problems", [LEGS, BE, lower("that", "so", "awfy", "pure", "dead", "a",
                               "bit", op="{0,2}"), lower("shoogly")]  # fmt: skip
    yield "nausea", [lower("feeling", "feel", "felt", "'m", "am", "been"),
                     lower("a", "bit", "pure", "dead", "awfy", "so", "that", op="{0,2}"),
                     lower("boaky")]  # fmt: skip
    # "I'm low and knackered", "I'm so low" (not "low on milk", "low in iron")
    yield "depression", [lower("i"), lower("'m", "am"), lower("so", "really", "very", "just",
                         op="?"), lower("low"),
                         lower("and", ",", ".", "today", "tonight", "again", "!")]  # fmt: skip
    # Idioms: "Laughed till my sides hurt", "the footy tipping comp"
    yield NOT_A_SYMPTOM, [lemma("laugh"), lower("till", "until", "so", "that"), gap(2),
                          lower("sides", "belly", "tummy", "stomach", "face", "cheeks",
                                "ribs"), lower("hurt", "ached", "hurting", "aching",
                                               "ache")]  # fmt: skip
    # "a fit of giggles, shaking all over", "shaking all over with laughter"
    laughter = lower("giggles", "laughter", "laughing", "mirth")
    shaking = [lower("shaking", "shook", "jerking"), lower("all", op="?"), lower("over", op="?")]
    yield NOT_A_SYMPTOM, [lemma("fit"), lower("of"), lower("the", op="?"), laughter,
                          lower(",", "and", op="?"), *shaking]  # fmt: skip
    yield NOT_A_SYMPTOM, [*shaking, lower("with"), laughter]
    # "had a fit of the giggles" (round 33)
    yield NOT_A_SYMPTOM, [lemma("fit"), lower("of"), lower("the"), laughter]
    yield NOT_A_SYMPTOM, [lower("footy", "footie", "football", "tipping"), lower("tipping",
                          "comp", "competition")]  # fmt: skip


def _round_twenty_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round26x and round26y (round 27): a bladder she was not able to
    empty, a tender spot on a bone, nerves that burn, an appetite "not great", legs that keep
    buckling, and a few idioms."""
    # "Wasn't able to pee at all", "not able to pass water"
    yield "bladder-bowel-control", [NOT, lower("able"), lower("to"),
                                    lower("pee", "wee", "urinate", "pass")]  # fmt: skip
    # "a tender spot on my left ribs", "a sore patch over my hip"
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("mouth-sores", "headache"):
            continue
        yield slug, [lower("tender", "sore", "painful", "achy"), lower("spot", "patch", "area"),
                     lower("on", "in", "over"), OWNER, SIDE, lemma(*places)]  # fmt: skip
    # "Burning in feet and fingers at night"
    ends = lemma("foot", "feet", "finger", "toe", "hand")
    yield "neuropathy", [lower("burning", "tingling", "buzzing"), lower("in"),
                         lower("my", "her", "both", op="?"), ends, lower("and", "&"),
                         ends]  # fmt: skip
    # "Appetite's not great"
    yield "loss-of-appetite", [lower("appetite"), BE, NOT,
                               lower("great", "good", "brilliant", "there", "much")]  # fmt: skip
    # "they keep buckling" (of legs named before)
    yield LEGS_AS_THEY, [lower("they"), lemma("keep"), lower("buckling", "collapsing",
                                                           "giving")]  # fmt: skip
    # "Bit deaf in the left ear"
    yield "hearing-changes", [lower("deaf"), lower("in"), OWNER, SIDE, lemma("ear")]
    # "not wanting her tea", "not opened my bowels for 5 days", "thinning on top"
    # (hers: not the cat's tea)
    yield "loss-of-appetite", [NOT, lower("wanting"), lower("my", "any"),
                               lower("tea", "dinner", "food", "meals", "breakfast", "lunch",
                                     "supper")]  # fmt: skip
    yield "constipation", [NOT, lower("opened"), lower("my", "her", "his"), lower("bowels"),
                           lower("for", "in", "since")]  # fmt: skip
    # "a bit of thinning on top" (not a hedge's, a lawn's, a teddy's)
    yield "hair-loss", [lower("of", "hair", "'m", "am"), lower("thinning"), lower("on"),
                        lower("top")]  # fmt: skip
    # "the kids in the back screaming Frozen": the back of the car
    yield NOT_A_SYMPTOM, [lower("in"), lower("the"), lower("back"),
                          lower("seat", "screaming", "singing", "fighting", "arguing", "crying",
                                "asleep")]  # fmt: skip


def _round_twenty_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round25v and round25w (round 26): older people's words ("costive",
    "bilious", "boking", "the trots", "dropsy", "bazodee"), a partner's text to "you", a chest
    clamped, bones bruised, a liver aching, a bottom gone numb in a patch, a behaviour that is
    odd, and idioms that are not symptoms."""
    # Older words: "been costive for four days", "Bilious with it", "boking half the night",
    # "Trots again", "the dropsy", Trinidad's "real bazodee"
    # (hers: "been costive", "Feeling bilious", "Bilious all morning"; not a dog's, nor prose)
    feeling = lower("feel", "feeling", "felt", "'m", "am", "i")
    for old, slug in (("costive", "constipation"), ("bilious", "nausea")):
        yield slug, [feeling, lower("a", "bit", "very", "so", "quite", op="{0,2}"), lower(old)]
        yield slug, [{"LOWER": "been", "IS_SENT_START": True}, lower(old)]
        yield slug, [{"LOWER": old, "IS_SENT_START": True},
                     lower("all", "again", "today", "with", "this", ",", ".", "and",
                           "since")]  # fmt: skip
    yield "vomiting", [lower("boking", "boke", "boked")]  # ("boaking" is retching: nausea)
    yield "diarrhea", [{"LOWER": "trots", "IS_SENT_START": True}]
    yield "diarrhea", [lower("the"), lower("trots")]
    yield "swelling", [lower("'ve", "got", "have"), lower("the", op="?"), lower("dropsy")]
    yield "confusion", [lower("feeling", "feel", "felt", "real", "so", "very", "bit", "'m", "am",
                              "i", "she"), lower("bazodee")]  # fmt: skip
    # A partner's text to her: "I couldn't wake you for a minute", "didn't seem to know we were
    # at home" (not "I couldn't wake you, sleeping beauty", nor a delivery driver who "didn't
    # know we were at home"; "you were acting weird" was withdrawn: films and friends' texts)
    yield "mental-status-change", [*CANT, lower("wake", "rouse"), lower("you", "u"),
                                   lower("for")]  # fmt: skip
    yield "confusion", [NOT, lower("seem"), lower("to"), lower("know"),
                        lower("we", "you", "u", "she", "i"), lower("were", "was"),
                        lower("at", "in"), lower("home")]  # fmt: skip
    # "had a proper fit in the car park"
    yield "seizure", [lower("had", "have", "has", "having"), lower("a"),
                      lower("proper", "real", "full", "massive",
                                                      "huge", "bad"), lower("fit")]  # fmt: skip
    # "my legs just buckled", "Teetering like a baby giraffe", "Off-balance all day", "not
    # steady on my feet"
    # (not legs folded under her at yoga)
    yield "leg-weakness", [LEGS, lower("just", "suddenly", op="?"),
                           lower("buckled", "collapsed", "crumpled")]  # fmt: skip
    yield "balance-problems", [lower("teetering", "tottering"), lower("like", "around", "about")]
    yield "balance-problems", [{"LOWER": "off", "IS_SENT_START": True}, lower("-", op="?"),
                               lower("balance")]  # fmt: skip
    yield "balance-problems", [NOT, lower("steady"), lower("on"), OWNER,
                               lower("feet", "legs", "pins")]  # fmt: skip
    # "Bones feel bruised", "Liver's aching", "Hurts every time I inhale", "Chest feels
    # clamped", "Chest all clamped up", "a catch in my chest when I take a big breath"
    yield "bone-pain", [lower("bones"), lemma("feel"),
                        lower("bruised", "battered", "achy", "sore", "tender")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("liver"), BE,
                                   lower("aching", "sore", "hurting", "tender", "throbbing",
                                         "killing", "grumbling")]  # fmt: skip
    yield "chest-pain", [lemma("hurt"), lower("every", "each"), lower("time"),
                         lower("i", "she"), lower("inhale", "breathe")]  # fmt: skip
    yield "chest-pain", [lemma("chest"), BE, lower("all", op="?"),
                         lower("clamped", "gripped", "squeezed", "crushed"),
                         lower("up", op="?")]  # fmt: skip
    yield "chest-pain", [lower("catch"), lower("in"), OWNER, lemma("chest")]
    # "a weird numb patch around my bum", "my bum cheeks feel numb" (the saddle), "No feeling
    # down there when I wipe", "Messed the bed", "two accidents with his water", "Poo accident",
    # "waterworks have let me down", "cannot make water", "Leaking wee constantly"
    control = "bladder-bowel-control"
    yield control, [lower("numb"), lower("patch", "area", "bit", "spot"),
                    lower("around", "round", "on", "in"), OWNER,
                    lower("bum", "bottom", "groin", "backside", "privates")]  # fmt: skip
    yield control, [lower("bum", "butt", "bottom"), lower("cheeks"), BE, gap(1), lower("numb")]
    yield control, [lower("no"), lower("feeling", "sensation"), lower("down"),
                    lower("there", "below")]  # fmt: skip
    # (hers: not the puppy's, nor a toddler's)
    messed = [lower("messed", "soiled", "dirtied"), lower("the"), lower("bed")]
    yield control, [lower("i", "she", "'ve"), *messed]
    yield control, [{"LOWER": {"IN": ["messed", "soiled"]}, "IS_SENT_START": True}, *messed[1:]]
    yield control, [lower("accident", "accidents"), lower("with"), OWNER,
                    lower("water", "waterworks", "bladder", "wee", "pee", "bowels")]  # fmt: skip
    yield control, [lower("poo", "pooh"), lower("accident", "accidents")]
    yield control, [lower("waterworks", "bladder", "bowels"), BE, lower("let"),
                    lower("me", "her", "him"), lower("down")]  # fmt: skip
    # (hers: not a kettle's or a yacht's "cannot make water")
    yield control, [lower("i", "she", "he", "mother", "mum", "mom", ")"), *CANT, lower("make"),
                    lower("water")]  # fmt: skip
    yield control, [{"NORM": "can", "IS_SENT_START": True}, NOT, lower("make"), lower("water")]
    yield control, [lower("leaking", "leaked"), lower("wee", "pee", "urine"),
                    lower("constantly", "again", "everywhere", op="?")]  # fmt: skip
    # "Phlegm has blood streaks in it", "coughing small blood"
    yield "coughing-up-blood", [lower("phlegm", "sputum", "spit", "mucus"), lemma("have"),
                                lower("blood"), lower("streaks", "flecks", "spots", "in",
                                                      "streaked")]  # fmt: skip
    yield "coughing-up-blood", [lemma("cough"), lower("small", "little", "some"), lower("blood")]
    # "Papa's behaviour is odd", "Mum's been out of character", "not behaving like herself",
    # "Words keep coming out scrambled"
    # (a person's: not a cat's or a printer's)
    odd = lower("odd", "strange", "weird", "off", "erratic", "different")
    behaviour = [lower("behaviour", "behavior"), BE, odd]
    yield "mental-status-change", [lower("my", "her", "his", "'s"), *behaviour]
    yield NOT_A_SYMPTOM, [lower(*_MACHINES), lower("'s"), *behaviour]
    yield NOT_A_SYMPTOM, [_ANIMALS, lower("'s"), *behaviour]
    yield "mental-status-change", [lower("she", "i", "he", "'s", "'ve", "been"),
                                   lower("been", "was", "is", "gone", op="?"), lower("out"),
                                   lower("of"), lower("character")]  # fmt: skip
    yield "mental-status-change", [NOT, lower("behaving", "acting"), lower("like"),
                                   lower("herself", "himself", "myself")]  # fmt: skip
    yield "speech-problems", [lower("words", "word"), lemma("keep"), lower("coming"),
                              lower("out"), lower("scrambled", "jumbled", "wrong", "muddled",
                                                  "garbled")]  # fmt: skip
    # "Can't settle to sleep", "not feeling to eat", "not eaten a thing", "barely touched her
    # dinner", "Zero appetite", "can't face food", "Loose poos", "gums are raw", "pulse is fast
    # and jumping", "heart going pitter-patter", "Bedroom started spinning" ("keeled over" was
    # withdrawn: trees, boats, laughing)
    # (hers: not the puppy's)
    settle = [lower("settle"), lower("to"), lower("sleep")]
    yield "difficulty-sleeping", [lower("i", "she"), *CANT, *settle]
    yield "difficulty-sleeping", [{"NORM": {"IN": ["can", "could"]}, "IS_SENT_START": True}, NOT,
                                  *settle]  # fmt: skip
    yield "loss-of-appetite", [NOT, lower("feeling"), lower("to"), lower("eat")]
    yield "loss-of-appetite", [NOT, lower("eaten"), lower("a"), lower("thing", "bite", "morsel")]
    yield "loss-of-appetite", [lower("barely", "hardly"), lower("touched"), OWNER,
                               lower("dinner", "food", "tea", "lunch", "breakfast", "meal",
                                     "plate", "supper")]  # fmt: skip
    yield "loss-of-appetite", [lower("zero", "zilch", "nil"), lower("appetite")]
    yield "loss-of-appetite", [*CANT, lower("face"), lower("food", "eating", "anything", "dinner",
                                                        "breakfast", "lunch", "meals")]  # fmt: skip
    yield "diarrhea", [lower("loose", "runny", "watery"), lower("poos", "poops")]
    yield "mouth-sores", [lemma("gum"), BE, lower("raw")]
    yield "palpitations", [lower("pulse"), BE, lower("fast", "racing", "jumping", "galloping",
                                                     "irregular", "thready")]  # fmt: skip
    yield "palpitations", [lemma("heart"), lower("going", "went", "doing"),
                           lower("pitter", "pitter-patter")]  # fmt: skip
    yield "dizziness", [{"LOWER": {"IN": ["bedroom", "room", "kitchen", "lounge", "ceiling"]},
                         "IS_SENT_START": True},
                        lower("started", "was", "kept", "went"),
                        lower("spinning", "whirling", "swaying", "tilting")]  # fmt: skip
    # "couldn't work out what day it was", "Rach says I'm 'not right'", "her upper belly on the
    # right is paining her"
    # ("couldn't tell what day it was" is round 13's, with its relaxing holidays)
    yield "confusion", [NOT, lower("work", "figure"), lower("out"), lower("what", "which"),
                        lower("day", "year", "month"), lower("it")]  # fmt: skip
    yield "mental-status-change", [lower("i", "she"), lower("'m", "'s", "is", "am"),
                                   {"ORTH": {"IN": ["'", '"', "\u2018", "\u201c"]}}, NOT,
                                   lower("right")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("upper", "top"), lower("belly", "tummy", "stomach"),
                                   lower("on"), lower("the"), lower("right"), BE, gap(1),
                                   lemma(*PAIN_WORDS, "pain", "paining")]  # fmt: skip
    # Not symptoms: "Break a leg" to a child in a play, a boiler "making a wheezing noise",
    # "won't let me get a word in", "they're fitting me in at four", "takes double the effort"
    yield NOT_A_SYMPTOM, [lower("break"), lower("a"), lower("leg")]
    yield NOT_A_SYMPTOM, [lower("making", "made", "makes"), lower("a"),
                          lower("wheezing", "rattling", "whistling"),
                          lower("noise", "sound")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("get"), lower("a"), lower("word"), lower("in")]
    yield NOT_A_SYMPTOM, [lower("fitting", "fit"), lower("me", "her", "him", "us"), lower("in")]
    yield NOT_A_SYMPTOM, [lower("everything", "it", "that", "this", "things", op="?"),
                          lower("takes", "take", "took", "taking"), lower("double", "twice"),
                          lower("the", "as", op="?"),
                          lower("effort", "time", "long", "work")]  # fmt: skip


def _round_twenty_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round24t and round24u (round 25): a pain told by an image (a hot
    poker, a vice, gnawing high up on the right), nerves that buzz or shock, a mind "not her
    usual self", texting's "sob" and "n", a weight that dropped, a site that is bruised."""
    # "sob just walking to the car": breath, not a cry
    yield "shortness-of-breath", [{"LOWER": "sob"}, lower("just", "walking", "climbing", "going",
                                                          "getting", "doing", "even")]  # fmt: skip
    # "broke 2 ribs in 2019", "I've cracked 3 ribs" (hers: not a rugby player's)
    bones = [{"LIKE_NUM": True}, lemma("rib", "toe", "finger", "bone", "vertebra")]
    yield "fracture", [{"LOWER": {"IN": ["broke", "cracked", "fractured"]}, "IS_SENT_START": True},
                       *bones]  # fmt: skip
    yield "fracture", [lower("i", "she"), lower("'ve", "have", "has", "'s", op="?"),
                       lower("broke", "broken", "cracked", "fractured"), *bones]  # fmt: skip
    # "hands n feet peeling n red"
    yield "hand-foot-syndrome", [lemma("hand", "palm"), lower("and", "&", "n", "+"),
                                 lemma("foot", "feet", "sole"), BE,
                                 lower("peeling", "blistered", "cracked", "red", "raw",
                                       "burning", "blistering")]  # fmt: skip
    # A pain told by an image: "a hot poker jammed in my lower back", "spine is like a hot
    # poker", "Head feels like it's in a vice"
    image = lower("poker", "knife", "knives", "vice", "vise", "skewer", "nail", "drill")
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug == "mouth-sores":
            continue
        yield slug, [image, {"IS_ALPHA": True, "OP": "{0,2}"}, lower("in", "into", "through"),
                     OWNER, SIDE, lemma(*places)]  # fmt: skip
        yield slug, [lemma(*places), BE, lower("like"), lower("a"),
                     lower("hot", "red", "red-hot", op="?"), image]  # fmt: skip
    yield "headache", [lemma("head"), BE, lower("like"), lower("it", op="?"),
                       lower("'s", "is", "was", op="?"), lower("in"), lower("a"),
                       lower("vice", "vise", "clamp")]  # fmt: skip
    # "Throbbing at the back of my skull"
    yield "headache", [lemma(*PAIN_WORDS), lower("at", "in"), lower("the"),
                       lower("back", "base", "top"), lower("of"), OWNER,
                       lower("skull", "head")]  # fmt: skip
    # "gnawing in my upper belly", "a heavy dragging feeling high up in my tummy on the right"
    belly = lower("tummy", "belly", "stomach", "abdomen", "puku")
    yield "upper-abdominal-pain", [lemma(*PAIN_WORDS, "gnaw", "gnawing"), lower("in"), OWNER,
                                   lower("upper", "top"), belly]  # fmt: skip
    yield "upper-abdominal-pain", [lower("high"), lower("up"), lower("in", "under"), OWNER,
                                   belly, lower("on"), lower("the"), lower("right")]  # fmt: skip
    # "aches like toothache": a likeness, not the teeth
    yield NOT_A_SYMPTOM, [lower("like"), lower("toothache", "a")]
    # "Shoulder joint grinding and aching"
    yield "joint-pain", [lemma("shoulder", "knee", "hip", "wrist", "elbow", "ankle"),
                         lemma("joint"), {"IS_PUNCT": False, "OP": "{0,2}"},
                         lemma("ache", "aching", "hurt", "throb", "throbbing")]  # fmt: skip
    # "Back's been grumbling since Sunday"
    yield "back-pain", [lemma("back", "spine"), BE, lower("been", op="?"),
                        lower("grumbling", "niggling", "nagging")]  # fmt: skip
    # "a stabbing under my left breast when I breathe in"
    yield "chest-pain", [lemma("stab", "stabbing", "sharp", "pain", "ache", "catch"), gap(5),
                         lower("when", "whenever"), lower("i", "she"), lemma("breathe"),
                         lower("in", op="?")]  # fmt: skip
    # "Muscles in my thighs and shoulders ache", "Bones in my hips throb" (the bones of the back
    # are the back's)
    some = {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["back", "spine", "neck"]}, "OP": "{0,4}"}
    yield "muscle-pain", [lemma("muscle"), lower("in"), OWNER, some,
                          lemma("ache", "hurt", "throb", "aching", "throbbing")]  # fmt: skip
    yield "bone-pain", [lemma("bone"), lower("in"), OWNER, some,
                        lemma("ache", "hurt", "throb", "aching", "throbbing")]  # fmt: skip
    # "Electric shocks down my fingers", "a buzzing in my toes", "tingling in my big toes"
    ends = lemma("finger", "toe", "hand", "foot", "feet", "fingertip")
    yield "neuropathy", [lower("electric"), lower("shocks", "shock", "zaps", "zings"),
                         lower("down", "in", "through", "into"), OWNER, ends]  # fmt: skip
    yield "neuropathy", [lower("buzzing", "fizzing", "zinging", "zapping", "tingling"),
                         lower("in"), OWNER, lower("big", "little", op="?"), ends]  # fmt: skip
    # "Mouth feels scalded"
    yield "mouth-sores", [lemma("mouth", "tongue"), BE,
                          lower("scalded", "burnt", "burned")]  # fmt: skip
    # "can't feel when I need the toilet"
    yield "bladder-bowel-control", [*CANT, lower("feel", "tell"), lower("when"),
                                    lower("i", "she"), lemma("need"), lower("the", "a"),
                                    lower("toilet", "loo", "bathroom", "wee", "pee",
                                          "poo")]  # fmt: skip
    # "I've been acting plumb crazy" (hers: not the kids')
    yield "mental-status-change", [lower("i", "she", "mum", "mom", "he"),
                                   lower("'ve", "has", "have", "is", "was", "'s", "been",
                                         "keeps", op="{0,2}"),
                                   lower("acting", "behaving"),
                                   lower("plumb", "plain", "proper", "downright", "totally", "a",
                                         "bit", "really", op="{0,2}"),
                                   lower("crazy", "loopy", "bonkers", "doolally", "daft",
                                         "nuts")]  # fmt: skip
    # "not like her usual self", "not her usual self"
    yield "mental-status-change", [NOT, lower("like", "been", op="?"), lower("her", "my", "his"),
                                   lower("usual", "normal", "old"), lower("self")]  # fmt: skip
    # Singapore's "very blur": muddled (not the eyes': "vision very blur")
    # (a person: "She very blur today", "Ah Ma today very blur"; not a photo)
    yield "confusion", [lower("i", "she", "he", "'m", "am", "feel", "feeling", "today", "ma",
                              "mum", "mom", "mother", ","),
                        lower("very", "so", "damn", "super"), lower("blur")]  # fmt: skip
    # "Weight drop 2kg", "lost about 4kg"
    weight = [{"LIKE_NUM": True}, lower("kg", "kgs", "kilo", "kilos", "lbs", "pounds")]
    yield "weight-loss", [lower("weight"), lower("drop", "dropped", "dropping", "fell"),
                          lower("another", "by", op="?"), *weight]  # fmt: skip
    yield "weight-loss", [lemma("lose"), lower("about", "around", "nearly", "almost", "roughly",
                                               "near",
                                              "over"), *weight]  # fmt: skip
    # "She lost like 12 pounds since the hospital" (round 72; not "want to lose like 10 pounds",
    # nor "Lost like 2 pounds of fluid after the drain")
    yield "weight-loss", [lower("lost"), lower("like"), *weight]
    yield NOT_A_SYMPTOM, [lower("lost"), lower("like"), *weight, lower("of")]
    # "the hair's fallen out in patches"
    yield "hair-loss", [lower("hair"), lower("'s", "has", "is"),
                        lower("fallen", "falling", "coming", "come"), lower("out")]  # fmt: skip
    # "Sleep has been rubbish all week"
    yield "difficulty-sleeping", [lower("sleep", "sleeping"), lemma("have", "be", op="?"),
                                  lower("been", op="?"),
                                  lower("rubbish", "awful", "terrible", "shocking", "crap",
                                        "dreadful", "broken", "pants", "useless")]  # fmt: skip
    # "my grip is weaker", "Pat's right side has been weaker"
    yield "weakness", [lower("grip"), BE, lower("been", op="?"),
                       lower("weak", "weaker", "weakening", "going")]  # fmt: skip
    yield "weakness", [lower("right", "left"), lower("side"), BE, lower("been", op="?"),
                       lower("weak", "weaker")]  # fmt: skip
    # "Food just doesn't appeal"
    # (opening a sentence: not a canteen's or a wedding menu's food)
    yield "loss-of-appetite", [{"LOWER": {"IN": ["food", "eating", "meals"]},
                                "IS_SENT_START": True}, lower("just", "really", op="?"),
                               lower("does", "do", "did"), NOT,
                               lower("appeal", "tempt")]  # fmt: skip
    # "up to the loo all night" on steroids
    # (hers: not the puppy's)
    yield "high-blood-sugar", [lower("i", "she", "was", "been", "'m", "'s", "and"), lower("up"),
                               lower("to"), lower("the"),
                               lower("loo", "toilet", "bathroom"), lower("all"),
                               lower("night")]  # fmt: skip
    # "No poo for 4 days"
    yield "constipation", [lower("no"), lower("poo", "bm", "bms", "poos"), lower("for", "in"),
                           {"LIKE_NUM": True}, lower("days")]  # fmt: skip
    # "the skin on my face is spotty"
    yield "rash", [lower("skin"), lower("on"), OWNER, lemma("face", "chest", "back", "neck"),
                   BE, lower("spotty", "pimply", "bumpy")]  # fmt: skip
    # "lost part of my field of vision", "yellow in the whites of my eyes"
    yield "vision-problems", [lemma("lose"), {"IS_ALPHA": True, "OP": "{0,3}"}, lower("field"),
                              lower("of"), lower("vision", "view")]  # fmt: skip
    yield "jaundice", [lower("yellow", "yellowish", "yellowy"), lower("in"), lower("the"),
                       lower("whites", "white"), lower("of"), OWNER, lemma("eye")]  # fmt: skip
    # "keep losing track of conversations"
    yield "memory-problems", [lemma("keep"), lower("losing"), lower("track")]
    yield NOT_A_SYMPTOM, [lemma("keep"), lower("losing"), lower("track"), lower("of"),
                          lower("the", op="?"), lower("time", "score", "days", "date", "money",
                                                     "spending", "points")]  # fmt: skip
    # "the site is bruised and tender" (an injection's, an implant's)
    yield "injection-site-reaction", [lower("the", "injection", "implant", "jab"),
                                      lower("site"), BE, lower("all", op="?"),
                                      lower("bruised", "sore", "tender", "red", "swollen",
                                            "lumpy", "itchy", "hard")]  # fmt: skip
    # Not symptoms: "Nearly had a fit when I saw the parking charges", "lost 6-1", "the brain
    # swelling" the steroids are for (not the catalog's swelling of the limbs)
    yield NOT_A_SYMPTOM, [lower("nearly", "almost"), lemma("have"), lower("a"),
                          lower("fit", "seizure")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("lose"), lower("another", "nearly", "over", "almost"),
                          {"LIKE_NUM": True}, lower("pound", "pounds", "quid"),
                          lower("at", "on", "in")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("lose"), {"LIKE_NUM": True}, {"ORTH": {"IN": ["-", "\u2013"]}},
                          {"LIKE_NUM": True}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("brain"), lower("swelling", "oedema", "edema")]


def _round_twenty_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round23r and round23s (round 24): a fit counted, legs with nothing in
    them, a word that would not come, a bottom gone numb as the catalog has it (the bladder and
    bowel item), a head like a sieve, a room that whirled, sleep told by the hour, and words
    that are not symptoms (a person who is a pain, migraine tablets, a weak bone)."""
    # "Fit number 3 this week" ("the fit lasted" is round 17's, with its keep-fit and tantrums)
    yield "seizure", [lower("fit", "fits"), lower("number", "no")]
    # "every bone in my body was aching"
    yield "bone-pain", [lower("every", "all"), lower("bone", "bones"), lower("in"), OWNER,
                        lower("body"), BE, gap(2), lemma(*PAIN_WORDS)]  # fmt: skip
    # "not acting like me", "I'm no' masel", "not masel"
    yield "mental-status-change", [NOT, lower("acting", "behaving"), lower("like"),
                                   lower("me", "myself", "masel", "mysel", "hersel")]  # fmt: skip
    not_masel = [lower("no", "not", "nae"), {"ORTH": "'", "OP": "?"},
                 lower("masel", "mysel", "hersel", "hissel")]  # fmt: skip
    yield "mental-status-change", not_masel
    # ... not "no' masel in a hat", "no' masel till I've had my tea"
    yield NOT_A_SYMPTOM, [*not_masel, lower("in", "till", "until", "without", "before", "on")]
    # (not "she's no hersel at all", round 32)
    yield NOT_A_SYMPTOM, [*not_masel, lower("at"), {"LOWER": {"NOT_IN": ["all", "aw"]}}]
    # "tender scar", "my scar's sore and nagging" (the operation's scar hurts)
    yield "pain", [lower("tender", "sore", "painful", "achy", "aching", "throbbing"),
                   lower("scar", "scars")]  # fmt: skip
    yield "pain", [lower("scar", "scars"), lower("is", "'s", "are", "feels", "has", "been",
                                                 op="{0,2}"),
                   lower("tender", "sore", "painful", "aching", "achy", "throbbing",
                         "nagging", "burning")]  # fmt: skip
    # "the word for scone just wouldn't come", "words wouldn't come out"
    yield "speech-problems", [lower("word", "words", "name"), lower("for", op="?"),
                              gap(2), lower("just", op="?"),
                              {"NORM": {"IN": ["would", "will", "did", "could"]}}, NOT,
                              lower("come")]  # fmt: skip
    # "my legs had nothing in them"
    yield "leg-weakness", [LEGS, lemma("have"), lower("nothing", "no", "nowt", "zero"),
                           lower("strength", op="?"), lower("in"), lower("them")]  # fmt: skip
    # "the left one buckled" (of legs)
    yield "leg-weakness", [lower("left", "right"), lower("one"),
                           lower("just", "suddenly", op="?"),
                           lower("buckled", "collapsed", "crumpled", "folded")]  # fmt: skip
    # "hip flexors weaker on both sides"
    yield "leg-weakness", [lower("hip", "quad", "quads", "thigh"), lower("flexors", "muscles",
                           op="?"), lower("weak", "weaker", "weakening")]  # fmt: skip
    # Numbness of the saddle is the catalog's bladder and bowel item ("numb bottom", "saddle
    # numbness" are its own words): "perineal numbness", "numb around my bottom"
    yield "bladder-bowel-control", [lower("perineal", "perianal", "genital"),
                                    lower("numbness", "tingling", "anaesthesia",
                                          "anesthesia")]  # fmt: skip
    yield "bladder-bowel-control", [lower("urinary"), lower("hesitancy", "retention",
                                                           "incontinence")]  # fmt: skip
    # "wet myself on the way back", "Wet masel" (not laughing)
    wet_self = [lemma("wet"), lower("myself", "masel", "mysel", "herself", "hersel", "himself")]
    yield "bladder-bowel-control", wet_self
    yield NOT_A_SYMPTOM, [*wet_self, lower("laughing", "with", "laughin")]
    yield NOT_A_SYMPTOM, [lower("got", "get", "getting", "gets"), *wet_self]  # in the pool
    # "trip over words", "stumbling over the words" (speech, not a speech: see round 23)
    yield "speech-problems", [lower("i", "she"), lower("trip", "trips", "tripping", "stumble",
                                                      "stumbles", "stumbling"),
                              lower("over"), lower("the", op="?"), lower("words")]  # fmt: skip
    # "Top of my tummy aches after eating"
    yield "upper-abdominal-pain", [lower("top", "upper"), lower("part", op="?"), lower("of"),
                                   lower("my", "her", "his", "the", "me"),
                                   lower("tummy", "belly", "stomach", "abdomen"), BE, gap(1),
                                   lemma(*PAIN_WORDS)]  # fmt: skip
    # "had no idea which street I was on", "didnt know she was at home"
    # (hers: not "we had no idea which street led back to the hotel")
    yield "confusion", [lower("no"), lower("idea"), lower("which", "what", "where"),
                        lower("street", "road", "room", "town", "house", "ward", "shop"),
                        lower("i", "she", "he"),
                        lower("was", "were", "am", "is", "'m")]  # fmt: skip
    yield "confusion", [NOT, lower("know", "realise", "realize"), lower("she", "i", "he"),
                        lower("was", "is", "'s", "were"), lower("at", "in"),
                        lower("home", "hospital", "her", "my", "his")]  # fmt: skip
    # "not knowing what to do" is a worry, not a mind lost
    yield NOT_A_SYMPTOM, [NOT, lower("knowing", "know"), lower("what", "how", "who"),
                          lower("to")]  # fmt: skip
    # "the lounge whirled round", "the aisles were spinning"
    yield "dizziness", [lower("the"), lower("lounge", "kitchen", "aisles", "aisle", "shop",
                                            "bedroom", "bathroom", "ceiling", "walls", "floor",
                                            "street", "world", "pavement", "ward", "supermarket",
                                            "landing", "hallway"),
                        lower("was", "were", "started", "kept", "went", op="?"),
                        lower("spinning", "whirling", "whirled", "spun", "swaying", "tilting",
                              "moving", "swirling")]  # fmt: skip
    # "can't get off to sleep", "awake till 2 again" (not "woke at 3 with the pain": what woke
    # her is the symptom)
    yield "difficulty-sleeping", [*CANT, lower("get"), lower("off"), lower("to"),
                                  lower("sleep")]  # fmt: skip
    early = lower("1", "2", "3", "4", "5", "1am", "2am", "3am", "4am", "5am", "one", "two",
                  "three", "four", "five")  # fmt: skip
    # (hers, and not a book or a party: "awake till 2 again", "I was awake till 3")
    till = [lower("awake"), lower("till", "until", "til", "'til"), early]
    yield "difficulty-sleeping", [lower("i", "was", "been", "lay", "lying"), *till]
    yield "difficulty-sleeping", [*till, lower("again", "every", "most", "each")]
    # "kept forgetting", "brain's like a sieve", "couldn't hold a clue in my head"
    # ... not the waiter's or the supermarket's ("The waiter kept forgetting our drinks")
    forgetting = [lemma("keep"), lower("forgetting")]
    yield "memory-problems", forgetting
    yield NOT_A_SYMPTOM, [lower("the", "our", "a"), {"IS_ALPHA": True}, *forgetting]
    yield "memory-problems", [lemma("head", "brain", "memory", "mind"),
                              {"IS_PUNCT": False, "OP": "{0,2}"}, lower("like"), lower("a"),
                              lower("sieve")]  # fmt: skip
    yield "memory-problems", [*CANT, lower("hold", "keep"), gap(2), lower("in"), OWNER,
                              lower("head")]  # fmt: skip
    # "queasiness eased", "makes her stomach churn", "lost my lunch"
    yield "nausea", [lower("queasiness")]
    yield "nausea", [lower("my", "her", "me"), lower("stomach", "tummy", "belly"),
                     lower("churn", "churning", "churns", "churned")]  # fmt: skip
    # (not a lunch box, nor a lunch a seagull took)
    yield "vomiting", [lemma("lose"), lower("my", "her", "his"),
                       lower("lunch", "breakfast", "dinner", "tea", "supper"),
                       lower(",", ".", "!", "again", "all", "twice", "after", "and", "straight",
                             "up")]  # fmt: skip
    # "shaking with nerves", "a bag of nerves", "bit apprehensive"
    yield "anxiety", [lower("shaking", "trembling", "shaky"), lower("with"), lower("nerves")]
    # hers ("I'm a bag of nerves", "feeling a bit apprehensive", "I feel fine, bit
    # apprehensive"): not a bride's, a dog's, a builder's
    yield "anxiety", [lower("'m", "am", "im", "feel", "feeling", "felt"),
                      lower("a", "an", "such", "like", op="?"),
                      lower("absolute", "total", "complete", "right", "real", op="?"),
                      lower("bag", "bundle"), lower("of"), lower("nerves")]  # fmt: skip
    yield "anxiety", [lower("'m", "am", "im", "feel", "feeling", ","), lower("a", op="?"),
                      lower("bit", "little", "very", "so", "quite", "really", "slightly",
                            "rather", op="?"),
                      lower("apprehensive")]  # fmt: skip
    # "lost over a stone since spring", "jeans hanging off me" (not "falling off", which the
    # writers leave beside a weight lost)
    # (hers: not the cat's or the Labrador's)
    yield "weight-loss", [lower("i", "she", "ive", "shes"), lower("'ve", "'s", "have", "has",
                                                                   op="?"),
                          lower("lost"), lower("over", "nearly", "almost", "about", "more"),
                          lower("than", op="?"), lower("a", op="?"),
                          lower("stone", "stones", "kilo", "kilos", "kg", "pounds",
                                "lbs")]  # fmt: skip
    yield "weight-loss", [lower("jeans", "trousers", "clothes", "skirt", "pants", "dress",
                                "dresses", "trews", "slacks"),
                          lemma("be", op="?"), lower("hanging"),
                          lower("off")]  # fmt: skip
    # "seeing two of everything", "the print kept doubling"
    yield "vision-problems", [lower("seeing", "see", "saw", "sees"), lower("two"), lower("of"),
                              lower("everything")]  # fmt: skip
    yield "vision-problems", [lower("print", "words", "letters", "writing", "text"),
                              lemma("keep"), lower("doubling", "blurring", "swimming",
                                                   "jumping")]  # fmt: skip
    # "ache in my right calf", "pain in her left calf": one calf
    yield "calf-swelling", [lemma(*PAIN_NOUNS), lower("in"), OWNER, lower("left", "right"),
                            lower("calf")]  # fmt: skip
    # "No interest in food": the appetite, not low mood
    yield "loss-of-appetite", [lower("no", "lost"), lower("interest"), lower("in"),
                               lower("food", "eating", "meals", "dinner")]  # fmt: skip
    # "ringing in my right ear"
    yield "hearing-changes", [lower("ringing", "buzzing", "whooshing"), lower("in"), OWNER,
                              lower("left", "right"), lemma("ear")]  # fmt: skip
    # "The squits are back" (opening a sentence: hers, as round 22 reads them); "dryness down
    # below"
    yield "diarrhea", [{"LOWER": "the", "IS_SENT_START": True}, lower("squits", "skitters",
                                                                      "scutters")]  # fmt: skip
    yield "vaginal-dryness", [lower("dryness", "dry"), lower("down"),
                              lower("below", "there")]  # fmt: skip
    # "a febrile convulsion", "a febrile fit" (round 59): a fit, with a fever
    yield "seizure", [lower("febrile"), lower("seizure", "seizures", "convulsion",
                                              "convulsions", "fit", "fits")]  # fmt: skip
    # "the swollen legs": both legs are swelling (the catalog's "swollen leg" is one calf)
    yield "swelling", [lower("swollen", "puffy"), lower("legs")]
    # Not symptoms: "a right pain" (a person), "painful to watch", "the bone's weak from the
    # mets" (the bone, not her), "migraine tablets", "anti-sickness", "wrecked the lounge"
    yield NOT_A_SYMPTOM, [lower("'s", "is", "was", "being", "been", "such"), lower("a", op="?"),
                          lower("right", "real", "total", "royal", "proper"),
                          lower("pain")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("painful"), lower("to"),
                          lower("watch", "listen", "read", "hear", "see")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("bone"), lower("is", "'s", "are", "were", "was"),
                          lower("weak", "weaker", "fragile", "thin", "brittle")]  # fmt: skip
    # (a relative's "headache pills" stay theirs, as round 17 reads them)
    yield NOT_A_SYMPTOM, [lower("migraine", "nausea", "sickness", "anxiety", "sleeping"),
                          lower("tablets", "tablet", "pills", "pill", "meds", "patch",
                                "medication", "medicine", "spray")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("anti"), lower("-", op="?"),
                          lower("nausea", "sickness", "emetic", "anxiety", "vomit", "vomiting",
                                "sick")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("wrecked", "trashed"), lower("the", "my", "our", "his",
                                                             "her")]  # fmt: skip


def _round_twenty_three() -> Iterable[tuple[str, Pattern]]:
    """Red flags round22o and round22p wrote in words the reader did not place (round 23): a
    pain under the right ribs however it is put, a place not known, a pain on breathing in,
    legs that will not carry her, a mind gone out of it."""
    pain = lemma(*PAIN_WORDS, "gnaw", "gnawing", "burning")
    right_ribs = [lower("under", "below", "beneath", "round", "around"),
                  lower("my", "her", "his", "the", "me", op="?"),
                  lower("right", op="?"), lemma("rib", "ribcage")]  # fmt: skip
    # "pain tucked under my right ribcage", "sore spot under my right ribs", "pain up under his
    # right ribs", "sore under her ribs on the right side"
    yield "upper-abdominal-pain", [pain, gap(2), *right_ribs[:2], lower("right"),
                                   lemma("rib", "ribcage")]  # fmt: skip
    yield "upper-abdominal-pain", [pain, gap(2), *right_ribs[:2], lemma("rib", "ribcage"),
                                   lower("on"), lower("the"), lower("right")]  # fmt: skip
    # "Upper right side of my tummy is tender", "ache round my liver", "pain up top of the puku"
    yield "upper-abdominal-pain", [lower("upper", "top"), lower("right"), lower("side", op="?"),
                                   lower("of", op="?"), OWNER,
                                   lower("tummy", "belly", "stomach", "abdomen"), BE, gap(1),
                                   pain]  # fmt: skip
    yield (
        "upper-abdominal-pain",
        [pain, lower("round", "around", "over", "in"), OWNER, lower("liver")],
    )  # fmt: skip (the lemma table has "live")
    belly = lower("tummy", "belly", "stomach", "puku", "abdomen")
    yield "upper-abdominal-pain", [pain, lower("up"), lower("top"), lower("of"), OWNER, belly]
    # "Agony when I breathe in", "stabbing in the left side of my chest", "Tight across me chest"
    yield "chest-pain", [pain, lower("when", "whenever", "if", "as"), lower("i", "she", "he"),
                         lemma("breathe", "breath"), lower("in", op="?")]  # fmt: skip
    yield "chest-pain", [lemma("stab", "stabbing", "sharp", "pain", "ache"), lower("in"),
                         lower("the"), lower("left", "right", "middle"), lower("side", op="?"),
                         lower("of"), lower("my", "me", "her", "his"), lemma("chest")]  # fmt: skip
    yield "chest-pain", [lower("tight", "tightness"), lower("across"),
                         lower("my", "me", "her", "his", "the"), lemma("chest")]  # fmt: skip
    # "deep gnawing in my bones"
    yield "bone-pain", [pain, lower("in"), lower("my", "her", "his", "me"), lemma("bone")]
    # "off his legs since Tuesday", "weak on my legs"
    yield "leg-weakness", [lower("off"), lower("my", "her", "his", "me"), LEGS,
                           lower("since", "today", "this", "for", "again", ",", ".", "and",
                                 "now")]  # fmt: skip
    yield "leg-weakness", [lower("weak", "wobbly", "shaky", "unsteady"), lower("on"),
                           lower("my", "her", "his", "me"), LEGS]  # fmt: skip
    # "didn't recognise the ward", "couldn't work out which room I was in", "didn't know which
    # house I was in"
    place = lower("room", "house", "ward", "place", "bed", "street", "town", "hospital", "home")
    yield "confusion", [NOT, lower("recognise", "recognize"), lower("the", "her", "my", "his"),
                        place]  # fmt: skip
    yield "confusion", [NOT, lower("know", "work", "tell", "figure"), lower("out", op="?"),
                        lower("which", "what"), place, lower("i", "she", "he"),
                        lemma("be")]  # fmt: skip
    # "so out of it", "gone peculiar", "hardly waking", "too sleepy, we have to shake her"
    yield "mental-status-change", [lower("so", "very", "really", "completely", "totally",
                                         "bit", "proper"),
                                   lower("out"), lower("of"), lower("it")]  # fmt: skip
    # "Our Jean's gone peculiar" (not "everything went odd" before a fit, milk gone funny)
    yield "mental-status-change", [lower("gone"), lower("all", op="?"),
                                   lower("peculiar", "vacant", "doolally")]  # fmt: skip
    yield "mental-status-change", [lower("hardly", "barely"),
                                   lower("waking", "wakes", "rousable", "responding")]  # fmt: skip
    yield "mental-status-change", [lemma("have"), lower("to"), lower("shake"),
                                   lower("her", "him", "me"), lower("to"),
                                   lower("wake", "rouse")]  # fmt: skip
    yield "mental-status-change", [lower("i"), lower("'m", "am"), lower("acting", "behaving"),
                                   lower("odd", "oddly", "strange", "strangely", "weird",
                                         "funny")]  # fmt: skip
    # "Stumbling over my words", "tripping over her words"
    words_over = [lower("stumbling", "tripping", "tripped", "stumbled", "falling"),
                  lower("over"), lower("my", "her", "his", "me"), lower("words")]  # fmt: skip
    yield "speech-problems", words_over
    # ... not a slip speaking in public ("tripped over my words at the wedding speech")
    yield NOT_A_SYMPTOM, [*words_over, lower("at", "in", "during", "giving", "making"),
                          lower("the", "a", "my", "her", "his", op="?"),
                          lower("wedding", "speech", "meeting", "presentation", "interview",
                                "talk", "toast", "reading", "eulogy", "funeral", "party",
                                "assembly", "service", "lecture")]  # fmt: skip
    # "wet the sofa", "wet the bed without noticing"; "hasn't managed to pee"
    yield "bladder-bowel-control", [lemma("wet"), lower("the"),
                                    lower("sofa", "bed", "chair", "settee", "couch",
                                          "armchair")]  # fmt: skip
    yield "bladder-bowel-control", [NOT, lemma("manage"), lower("to"),
                                    lower("pee", "wee", "pass", "urinate")]  # fmt: skip
    # "no blood when she coughs", "blood when I cough"
    yield "coughing-up-blood", [lower("blood"), lower("when", "if", "whenever"),
                                lower("i", "she", "he"), lemma("cough")]  # fmt: skip
    # "a small fit on Tuesday", "Another small fit at 6.30" (round 51)
    yield "seizure", [lower("a", "another"), lower("small", "little", "short", "brief", "mini",
                                                   "big"), lower("fit")]  # fmt: skip
    # "if my speech changes"
    yield "speech-problems", [lower("speech"), lower("changes", "changed", "changing")]
    # "off his food", "gone off his dinners", "both of us are off our food"
    yield "loss-of-appetite", [lower("off"), lower("my", "her", "his", "our", "me", "their"),
                               lower("food", "dinner", "dinners", "meals", "grub", "tea",
                                     "breakfast", "eating")]  # fmt: skip
    # "hair on the pillow", "more hair in the brush"
    yield "hair-loss", [lower("hair"), lower("on", "in"), lower("the", "my"),
                        lower("pillow", "pillows", "brush", "hairbrush", "comb", "plughole",
                              "drain")]  # fmt: skip
    # "keeps losing her footing"
    yield "balance-problems", [lemma("lose"), lower("my", "her", "his"), lower("footing")]
    # "I just feel flat"
    yield "depression", [lemma("feel"), lower("so", "really", "very", "a", "bit", op="{0,2}"),
                         lower("flat")]  # fmt: skip
    # "Cramping in both calves", "cramps in my thighs"
    yield "muscle-pain", [lower("cramping", "cramps", "cramp"), lower("in"),
                          lower("my", "her", "his", "both", "the", op="{0,2}"),
                          lower("calf", "calves", "thigh", "thighs", "hamstring",
                                "hamstrings", "leg", "legs", "foot", "feet")]  # fmt: skip
    # "The joints in my hands ache"
    yield "joint-pain", [lemma("joint"), lower("in"), lower("my", "her", "his", "both"),
                         lemma("hand", "finger", "foot", "feet", "knee", "wrist", "toe"),
                         BE, gap(1), pain]  # fmt: skip
    # "his ears have been ringing"
    yield "hearing-changes", [lemma("ear"), BE, gap(1), lower("ringing", "buzzing")]
    # "Mi belly a run since last night", "no runs this cycle"
    yield "diarrhea", [lower("belly", "tummy", "stomach"), lower("a", "is", "been", "'s"),
                       lower("run", "running")]  # fmt: skip
    yield "diarrhea", [lower("any"), lower("runs")]
    yield "diarrhea:negated", [lower("no"), lower("runs")]  # "no throwing up, no runs" (round 40)
    # Not symptoms: "hay fever", "a sugar high", "Nick did the run"
    yield NOT_A_SYMPTOM, [lower("hay", "cabin", "football", "spring"), lower("fever")]
    yield NOT_A_SYMPTOM, [lower("hayfever")]
    yield NOT_A_SYMPTOM, [lower("sugar"), lower("high", "rush")]
    yield NOT_A_SYMPTOM, [lemma("do"), lower("the"), lower("school", op="?"), lower("run")]
    # "coughed up blood-flecked spit"
    yield "coughing-up-blood", [lemma("cough"), lower("up"), lower("blood"), lower("-"),
                                lower("flecked", "streaked", "stained", "tinged")]  # fmt: skip


def _round_twenty_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round21m (round 22): a mind told by what others see, a tummy that
    hurts high up, sleep that will not come, dialect words for being sick and running, and
    idioms that are not symptoms."""
    odd = lower("odd", "oddly", "strange", "strangely", "weird", "weirdly", "funny", "peculiar")
    # "crying a lot", "cried on and off", "keep crying" (not with laughter, nor a baby's)
    yield "depression", [lower("crying", "cried"), lower("a", "on", "all", op="?"),
                         lower("lot", "and", "the", op="?"), lower("off", "time", op="?"),
                         {"LOWER": {"IN": ["lot", "off", "time", "again", "constantly",
                                           "loads", "nonstop", "non-stop", "daily"]}}]  # fmt: skip
    yield "depression", [lemma("keep"), lower("crying", "welling", "tearing")]
    yield NOT_A_SYMPTOM, [lower("crying", "cried"), lower("with", "from"),
                          lower("laughter", "laughing", "joy", "happiness", "relief")]  # fmt: skip
    # "Fit? Not sure.": the word alone, asked
    yield "seizure", [{"LOWER": "fit", "IS_SENT_START": True}, {"ORTH": "?"}]
    # "think I broke a rib coughing", "reckon I've cracked a toe"
    yield FRACTURE_THOUGHT, [lower("think", "thinks", "reckon", "reckons", "suspect"),
                             lower("i", "she", "ive", "shes"),
                             lower("'ve", "have", "might", "may", "'s", "has", op="?"),
                             lower("have", op="?"),
                             lemma("break", "crack", "fracture", "bust"),
                             lower("a", "my", "her", "me", op="?"),
                             lemma("rib", "toe", "finger", "wrist", "ankle", "arm", "leg", "hip",
                                   "bone", "foot", "collarbone", "vertebra")]  # fmt: skip
    # "I've been acting odd", "she's acting weird" (a person: not a printer acting weird)
    yield "mental-status-change", [lower("i", "she", "he", "mum", "mom", "mam", "gran", "nan",
                                         "dad", "mama", "amma", "nana", "granny"),
                                   lower("'ve", "has", "have", "is", "was", "'s", "been", "keeps",
                                         "started", op="{0,2}"),
                                   # "Mum's acting right odd" (round 35)
                                   lower("acting", "behaving"),
                                   lower("a", "bit", "very", "so", "really", "right", "proper",
                                         "dead", "awful", op="{0,2}"),
                                   odd]  # fmt: skip
    # the catalog's "acting weird" said of a machine
    yield NOT_A_SYMPTOM, [lower(*_MACHINES), lemma("be", "keep", "start", op="?"),
                          lower("acting", "behaving"),
                          lower("weird", "strange", "odd", "up", "funny")]  # fmt: skip
    # "Granny Pearl ain't acting right", "she's not acting like herself"
    yield "mental-status-change", [NOT, lower("acting", "behaving"),
                                   lower("right", "normal", "normally")]  # fmt: skip
    # "it took him ages to wake me", "took forever to rouse her"
    yield "mental-status-change", [lower("ages", "forever", "ten", "twenty"),
                                   lower("minutes", op="?"), lower("to"),
                                   lower("wake", "rouse", "waken"),
                                   lower("me", "her", "mum", "mom", "mam")]  # fmt: skip
    # "battling to get her words out", "struggling to find my words"
    yield "speech-problems", [lemma("struggle", "battle", "fight"), lower("to"),
                              lower("get", "find"), lower("her", "my", "the", "his", op="?"),
                              lower("words")]  # fmt: skip
    # "Pain high up in my tummy", "ache high up in the stomach"
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("high"), lower("up"),
                                   lower("in", op="?"), OWNER,
                                   lower("tummy", "belly", "stomach", "abdomen")]  # fmt: skip
    yield "nausea", [lower("sickly"), lower("feeling")]
    yield "nausea", [lower("feeling", "feel", "felt"), lower("sickly")]
    # "can't drop off again", "couldnt nod off"
    yield "difficulty-sleeping", [*CANT, lower("drop", "nod"), lower("off")]
    yield "memory-problems", [lemma("memory"), BE, lower("like"), lower("a"), lower("sieve")]
    yield "fatigue", [lower("fit"), lower("for"), lower("nothing")]
    # "Couldn't face the dinner", "can't face food"
    yield "loss-of-appetite", [*CANT, lower("face"), lower("the", "my", "any", "her", op="?"),
                               lower("dinner", "food", "breakfast", "lunch", "tea", "meal",
                                     "meals", "eating", "supper")]  # fmt: skip
    yield "loss-of-appetite", [lemma("eat"), lower("next"), lower("to"), lower("nothing")]
    # Scots and Irish: "Boaked up ma tea", "the squits", "the skitters", "hoastin'"
    yield "vomiting", [lower("boaked", "boked"), lower("up", op="?")]
    # hers: opening a sentence, or "I've got the squits" (not the cat's, the nursery's)
    squits = ["squits", "skitters", "scutters"]
    yield "diarrhea", [{"LOWER": {"IN": squits}, "IS_SENT_START": True}]
    yield "diarrhea", [{"LOWER": "got", "IS_SENT_START": True}, lower("the"), lower(*squits)]
    yield "diarrhea", [lower("no", "any"), lower(*squits)]
    yield "diarrhea", [lower("i", "i've", "ive", "me"), lemma("have", "get", op="?"),
                       lower("got", op="?"), lower("the"), lower(*squits)]  # fmt: skip
    yield "cough", [lower("hoast", "hoastin", "hoasting")]
    # "chucked twice overnight", "chucking up" (not "chucked it in the bin")
    yield "vomiting", [lower("chucked", "chucking", "chundered", "chundering"),
                       lower("up", "twice", "again", "everywhere", "x2", "x3", "all")]  # fmt: skip
    # "Sweats x3, sheets soaked": sweats opening a sentence are the night's
    yield "hot-flashes", [{"LOWER": "sweats", "IS_SENT_START": True}]
    # "Puffing a bit near the top" (not puffing on a cigarette or an inhaler)
    yield "shortness-of-breath", [{"LOWER": "puffing", "IS_SENT_START": True},
                                  lower("a"), lower("bit", "lot")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("puffing"), lower("on", "away"),
                          lower("a", "my", "his", "her", "the", op="?"),
                          lower("cig", "cigarette", "fag", "vape", "pipe", "cigar", "joint",
                                "inhaler", "ciggie")]  # fmt: skip
    # Idioms: "this paperwork is a proper headache", "a pain in my backside", "absolutely
    # spewing the footy got rained out", "my heart skipped a beat when the letter came", "my
    # counts so low"
    yield NOT_A_SYMPTOM, [{"IS_ALPHA": True,
                           "LOWER": {"NOT_IN": ["i", "it", "this", "that", "head", "mine"]}},
                          lower("is", "was", "'s", "are"), lower("a", "such"),
                          lower("proper", "real", "right", "total", "complete", "massive",
                                "bit", "huge", op="?"),
                          lower("of", op="?"), lower("a", op="?"),
                          lower("headache")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("pain"), lower("in"), lower("my", "the", "his", "her", "your"),
                          lower("backside", "bum", "arse", "butt", "behind", "rear", "ass",
                                "bahookie")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("absolutely", "so", "totally", "proper", "well", op="?"),
                          lower("spewing", "spewin"),
                          lower("that", "about", "because", "cos", "the", "we", "they",
                                "when")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("heart"), lemma("skip"), lower("a"), lower("beat"),
                          lower("when", "as", "at", "reading", "seeing")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("counts", "bloods", "platelets", "neutrophils",
                                "levels", "sodium", "potassium", "iron", "hb", "haemoglobin",
                                "hemoglobin", "sugars", "bp", "pressure", "magnesium"),
                          lower("are", "is", "so", "very", "really", "still", "too",
                                op="*"),
                          lower("low")]  # fmt: skip


def _round_twenty_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round20k and round20l (round 21): nothing kept down, a worry of
    her own, sleep that will not come, things seen, a breath that hurts."""
    # "Can't keep water down", "couldn't keep anything down", "cant keep meds down"
    # (not "it": "I can't keep it down, the secret", the noise)
    yield KEPT_DOWN, [*CANT, lower("keep", "hold"), lower("my", "her", "his", op="?"),
                       lower("anything", "water", "food", "fluids", "drinks", "meds", "tablets",
                             "pills", "medication", "medicine", "much", "a", "any"),
                       lower("thing", "of", op="?"), lower("it", op="?"),
                       lower("down")]  # fmt: skip
    # "so worried", "very worried", "worried sick", "worried about ONJ", "keep worrying about
    # the scan" (hers: not "worried I'll get", which is a fear of one to
    # come, nor the doctor's, nor "not worried", nor "should I be worried")
    yield "anxiety", [lower("so", "very", "really", "bit", "quite", "v", "super", "extremely",
                            "getting"),
                      lower("worried", "worrying", "anxious")]  # fmt: skip
    yield "anxiety", [lower("worried"), lower("sick")]
    yield "anxiety", [lower("i'm", "im", "am", "i", "getting", "been", "feeling", "feel"),
                      lower("so", "very", "really", "a", "bit", "quite", op="{0,2}"),
                      lower("worried", "worrying"), lower("about")]  # fmt: skip
    yield "anxiety", [{"LOWER": "worried", "IS_SENT_START": True}, lower("about")]
    yield "anxiety", [lemma("keep"), lower("worrying", "fretting", "panicking")]
    yield NOT_A_SYMPTOM, [lower("not", "n't", "never", "no", "nobody", "doc", "dr", "onc",
                                "doctor", "nurse", "gp", "be", "he", "he's", "she's", "they",
                                "they're", "team", "consultant"),
                          lower("so", "very", "really", "too", "at", op="?"),
                          lower("all", op="?"),
                          lower("worried", "worrying"),
                          lower("about", op="?")]  # fmt: skip
    # "struggling to sleep", "sleep is interrupted", "sleep was broken"
    yield "difficulty-sleeping", [lemma("struggle", "battle"), lower("to"),
                                  lower("sleep", "settle", "nod")]  # fmt: skip
    yield "difficulty-sleeping", [lower("sleep"), lemma("be"),
                                  lower("interrupted", "disturbed", "broken", "rubbish", "poor",
                                        "terrible", "awful", "bad", "shocking")]  # fmt: skip
    # "confused and seeing things", "seeing things at night" (not "seeing things differently",
    # "seeing things I wanted in the window", "am I seeing things")
    yield "mental-status-change", [lower("seeing", "sees", "saw"), lower("things")]
    yield NOT_A_SYMPTOM, [lower("seeing", "sees", "saw"), lower("things"),
                          {"IS_ALPHA": True,
                           "LOWER": {"NOT_IN": ["again", "and", "that", "which", "at", "all",
                                                "every", "now", "today", "tonight", "lately",
                                                "overnight", "there", "on", "in"]}}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("am", "i", "i'm", "im"), lower("i", op="?"),
                          lower("seeing"), lower("things")]  # fmt: skip
    # "Hurts to take a deep breath", "painful to take a breath"
    yield "chest-pain", [lemma("hurt", "painful", "agony", "sore"), lower("to"),
                         lower("take", "draw"), lower("a", op="?"),
                         lower("deep", "big", "full", op="?"), lemma("breath")]  # fmt: skip


def _round_eighteen() -> Iterable[tuple[str, Pattern]]:
    """Everyday words for red flags and common items (round 18): drowsy on its own (every
    writer labels it), a fit counted, a breathless "puffed", a pain between the shoulder blades
    or in the waist (the back, in West African and South Asian English), a part on one side
    that hurts, a pulse racing, words that would not string together, sentences repeated,
    loose motions, broken sleep, a drowning feeling, a swimmy
    head, a room that will not keep still, things seen that are not there."""
    # "Drowsy and muddled for an hour after", "drowsy all morning": the guideline's "very
    # drowsy" is how every writer reads the word alone (not a drowsy dog, a non-drowsy tablet;
    # "dozy" is as often a name called)
    yield "mental-status-change", [lower("drowsy", "drowsiness")]
    yield NOT_A_SYMPTOM, [_ANIMALS, BE, gap(1), lower("drowsy")]
    yield NOT_A_SYMPTOM, [lower("non"), lower("-", op="?"), lower("drowsy")]  # a medicine
    # "drowsy and hard to wake" is one (not "very drowsy, hard to rouse": writers label two)
    yield "mental-status-change", [{"LOWER": {"NOT_IN": ["very", "so", "really", "v", "too",
                                                         "extremely", "more"]}},
                                   lower("drowsy", "sleepy"),
                                   lower("and", ",", "&", op="?"), lower("hard", "difficult"),
                                   lower("to"),
                                   lower("wake", "rouse", "waken")]  # fmt: skip
    # "Third fit this week", "second fit since Sunday" (not a first fitting, a fit of giggles)
    nth = lower("first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th")
    yield "seizure", [nth, lower("fit", "seizure"),
                      lower("this", "today", "tonight", "since", "overnight", "yesterday",
                            "now", "last", ".", "!")]  # fmt: skip
    # ... "in her sleep", "in two days", not "in March", which dates it (round 76)
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
              "jul", "aug", "sep", "sept", "oct", "nov", "dec"]  # fmt: skip
    yield "seizure", [nth, lower("fit", "seizure"), lower("in"),
                      {"IS_ALPHA": True, "LOWER": {"NOT_IN": months}}]  # fmt: skip
    yield "seizure", [nth, lower("fit", "seizure"), lower("in"), {"LIKE_NUM": True}]
    # "I was a bit puffed", "Also a bit puffed." (hers: not the lads at half time, a souffle;
    # nor a bit puffed up round the ankles)
    degree = lower("bit", "very", "really", "so", "totally", "completely", "quite")
    yield "shortness-of-breath", [lower("i"),
                                  lower("was", "am", "'m", "get", "got", "feel", "felt"),
                                  lower("a", op="?"), degree, lower("puffed")]  # fmt: skip
    yield "shortness-of-breath", [lower("i'm", "im"), lower("a", op="?"), degree,
                                  lower("puffed")]  # fmt: skip
    yield "shortness-of-breath", [{"LOWER": {"IN": ["also", "a", "bit", "so", "very", "really",
                                                    "still", "and", "quite", "was", "felt"]},
                                   "IS_SENT_START": True},
                                  lower("a", "bit", op="*"), lower("puffed")]  # fmt: skip
    yield "swelling", [degree, lower("puffed"), lower("up")]
    # "Back is agony between the shoulder blades": the back's, not the shoulder joint's
    yield "back-pain", [lemma(*PAIN_WORDS), lower("between", "under", "beneath", "below"),
                        OWNER, SIDE, lower("shoulder"), lemma("blade")]  # fmt: skip
    # "The waist is paining me", "waist pain"
    waist = lemma("waist")
    yield "back-pain", [waist, BE, gap(2), lemma(*PAIN_WORDS)]
    yield "back-pain", [lemma(*PAIN_NOUNS), lower("in", "at", "around"), OWNER, waist]
    # "Ribs on the right hurting like hell": a part, its side, then the pain
    # (one pattern a part: each filed under its part, not under "right")
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        for place in places:
            yield slug, [lemma(place), lower("on", "down"), lower("the", "my", "her"),
                         lower("right", "left"), lower("side", "hand", op="?"), BE, gap(1),
                         lemma(*PAIN_WORDS)]  # fmt: skip
    # "Pulse racing", "pulse is pounding" (not a pulse of light, a racing pulse on a treadmill
    # goal)
    yield "palpitations", [lemma("pulse"), BE, gap(1),
                           lower("racing", "pounding", "galloping", "thumping", "hammering",
                                 "bounding", "irregular", "erratic", "jumping")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("pulse"), lower("racing", "pounding"),
                          lower("finale", "ending", "match", "film", "thriller", "music", "beat",
                                "game", "final", "race", "chase", "climax", "action")]  # fmt: skip
    # "Feel like I'm going to pass out when I stand" (not to pass out the prizes, with boredom)
    yield "palpitations", [lower("like"), lower("i", "she"), lower("'m", "am", "was", "is", "'s"),
                           lower("going", "gonna", "about", op="?"), lower("to", op="?"),
                           lower("pass", "black", "faint"), lower("out", op="?")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("like"), lower("i", "she"), lower("'m", "am", "was", "is", "'s"),
                          lower("going", "gonna", "about", op="?"), lower("to", op="?"),
                          lower("pass"), lower("out"),
                          lower("the", "a", "an", "some", "these", "those", "invitations",
                                "leaflets", "prizes", "flyers", "sweets", "programmes", "cards",
                                "sandwiches", "with", "from")]  # fmt: skip
    # "Could barely string a sentence together", "can't string two words together"
    # (hers, or no one named: not the pundit's on the telly)
    string = [
        lower("barely", "hardly", "not", "n't", "nt", "never"),
        lower("string", "put"),
        lower("a", "two", "three", "words", "my"),
        lower("sentence", "sentences", "words", "thoughts", op="?"),
        lower("together"),
    ]
    yield "speech-problems", [lower("i", *_SHE_WORDS), lower("could", "can", "ca"), *string]
    yield "speech-problems", [{"LOWER": {"IN": ["could", "can", "ca"]}, "IS_SENT_START": True},
                              *string]  # fmt: skip
    # "keep repeating myself", "she's repeating herself", "asked the same question 5 times"
    # (said of her by someone else, or of her by a carer: not "sorry for repeating myself", a
    # teacher repeating herself)
    yield "memory-problems", [lower("says", "said", "say", "thinks", "noticed", "reckons", "tells",
                                    "told", "caught"),
                              lower("i", "i'm", "she", "she's", "myself", "herself"),
                              lower("keep", "keeps", "kept", "'m", "am", "was", "is", "'s",
                                    "been", op="*"),
                              lemma("repeat"), lower("myself", "herself")]  # fmt: skip
    # "acting strange and repeating myself": beside another change in her
    yield "memory-problems", [lower("and", ","), lower("repeating"),
                              lower("myself", "herself")]  # fmt: skip
    yield "memory-problems", [_SHE, lower("keeps", "kept", "is", "'s", "was"),
                              lower("repeating"), lower("herself")]  # fmt: skip
    yield "memory-problems", [_SHE, lower("keeps", "kept", "is", "'s", "was", op="?"),
                              lower("asked", "asking", "asks"), lower("the"), lower("same"),
                              lower("question", "questions", "thing", "story"),
                              {"LIKE_NUM": True, "OP": "?"},
                              lower("times", "over", "again", "twice")]  # fmt: skip
    # "Concentration shot", "my concentration's gone"
    yield "memory-problems", [lower("my", "her"), lemma("concentration"), BE, gap(1),
                              lower("shot", "gone", "terrible", "awful", "rubbish", "shocking",
                                    "zero", "nil", "poor", "useless", "non-existent",
                                    "nonexistent")]  # fmt: skip
    yield "memory-problems", [{"LEMMA": "concentration", "IS_SENT_START": True}, BE, gap(1),
                              lower("shot", "gone", "terrible", "awful", "rubbish", "shocking",
                                    "zero", "nil", "poor", "useless")]  # fmt: skip
    # "Motions are loose since two days", "motions watery" (Indian English for the bowels)
    yield "diarrhea", [lemma("motion"), BE, gap(1), lower("loose", "watery", "runny")]
    yield NOT_A_SYMPTOM, [_ANIMALS, lower("'s", op="?"), lemma("motion"), BE, gap(1),
                          lower("loose", "watery", "runny")]  # fmt: skip
    # "Night 4 of broken sleep", "can't stay asleep"
    yield "difficulty-sleeping", [lower("broken", "disturbed", "fitful"),
                                  lower("sleep", "night", "nights")]  # fmt: skip
    yield "difficulty-sleeping", [*CANT, lower("stay", "staying"), lower("asleep")]
    # "feel like I'm drowning (on dry land)" (not drowning in paperwork, a documentary's)
    yield "shortness-of-breath", [lower("like"), lower("i", "she"),
                                  lower("'m", "am", "was", "is", "'s", "were"),
                                  lower("drowning", "suffocating")]  # fmt: skip
    # (not drowning in paperwork, suffocating under red tape)
    yield NOT_A_SYMPTOM, [lower("like"), lower("i", "she"),
                          lower("'m", "am", "was", "is", "'s", "were"),
                          lower("drowning", "suffocating"), lower("in", "under", "with"),
                          {"LOWER": {"NOT_IN": ["my", "own", "her", "fluid", "fluids",
                                                "phlegm", "mucus", "water", "air", "bed",
                                                "sleep"]}}]  # fmt: skip
    # "went all swimmy", "swimmy head"
    yield "dizziness", [lower("went", "go", "going", "gone", "feel", "feeling", "felt", "bit",
                              "all", "so", "little", "very", "really"),
                        lower("swimmy")]  # fmt: skip
    yield "dizziness", [lower("swimmy"), lower("head", "headed")]
    yield "dizziness", [lemma("head"), BE, gap(1), lower("swimmy")]
    # "The room wouldn't stay still", "room won't stop spinning"
    yield "dizziness", [lower("room"), *WILL_NOT,
                        lower("stay", "keep", "stop"),
                        lower("still", "spinning", "moving", "turning")]  # fmt: skip
    # "seeing people that aren't there", "seeing spiders that weren't really there" (not
    # spiders on the wall in autumn)
    yield "mental-status-change", [lower("seeing"),
                                   lower("things", "spiders", "bugs", "insects", "people",
                                         "faces", "animals", "children"),
                                   lower("that", "who", "which"),
                                   lower("are", "were", "was", "is"), lower("n't", "not"),
                                   lower("there", "really")]  # fmt: skip
    # "I'm constantly parched", "and always parched" (not the lawn, the lads after a match)
    parched = [lower("constantly", "always", "permanently", "so", "really", "very"),
               lower("parched")]  # fmt: skip
    yield "high-blood-sugar", [lower("i", "i'm", "im", "and", "'m", "feel", "feeling"),
                               lower("'m", "am", "feel", "felt", "be", "been", op="?"),
                               *parched]  # fmt: skip
    yield "high-blood-sugar", [{"LOWER": {"IN": ["constantly", "always", "permanently", "so"]},
                                "IS_SENT_START": True}, lower("parched")]  # fmt: skip
    # "a niggle in my left thigh", "twinge in her hip"
    yield "pain", [lemma("niggle", "twinge"), lower("in"), OWNER, SIDE, lower(*_GENERIC_PLACES)]
    yield NOT_A_SYMPTOM, [lemma("niggle", "twinge"), lower("in"), OWNER, lower("side"),
                          lower("of")]  # fmt: skip
    # "Neck pain shooting into my shoulder", "back pain radiating down my leg": the pain of the
    # first part, which travels (not the shoulder's own)
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        yield slug, [lemma(*places), lemma(*PAIN_NOUNS),
                     lower("shooting", "radiating", "spreading", "going", "travelling",
                           "traveling", "moving"),
                     lower("into", "down", "to", "up", "across", "through"), OWNER, SIDE,
                     {"IS_ALPHA": True}]  # fmt: skip
    # "coughed up red streaks", "brought up pink flecks" (not a red face from coughing)
    yield "coughing-up-blood", [lemma("cough", "bring", "spit", "hawk"), lower("up"), gap(2),
                                lower("red", "pink", "pinkish", "reddish", "bloody", "rusty"),
                                lower("streaks", "streak", "flecks", "fleck", "specks", "speck",
                                      "spots", "bits", "stuff", "phlegm", "mucus", "spit",
                                      "gunk", "goo")]  # fmt: skip
    yield NOT_A_SYMPTOM, [_ANIMALS, lemma("cough", "bring"), lower("up"), gap(2),
                          lower("red", "pink", "pinkish", "reddish", "bloody", "rusty"),
                          {"IS_ALPHA": True}]  # fmt: skip
    yield "coughing-up-blood", [lemma("cough"), gap(3), lower("and"), lower("there", "there's"),
                                lower("'s", "was", "is", op="?"), lower("a", "some", op="?"),
                                lower("red", "pink"), lower("streak", "streaks", "fleck",
                                                            "flecks", "tinge")]  # fmt: skip
    # "my words came out all scrambled", "the words came out in the wrong order"
    yield "speech-problems", [lower("words", "word", "speech", "sentences", "sentence"),
                              lower("came", "come", "coming", "comes"), lower("out"), gap(2),
                              lower("scrambled", "jumbled", "garbled", "muddled", "backwards",
                                    "nonsense", "gibberish", "slurred")]  # fmt: skip
    yield "speech-problems", [lower("words", "word", "speech", "sentences", "sentence"),
                              lower("came", "come", "coming", "comes"), lower("out"), lower("in"),
                              lower("the"), lower("wrong"), lower("order")]  # fmt: skip
    # "My brain's full of cotton wool" (not a teddy's); "found myself ... not knowing how I got
    # there" (not there by satnav)
    full = [BE, lower("full"), lower("of"), lower("cotton", "fog", "mush", "porridge", "wool")]
    yield "confusion", [lower("my", "her"), lemma("brain", "head"), *full]
    yield "confusion", [{"LEMMA": {"IN": ["brain", "head"]}, "IS_SENT_START": True}, *full]
    yield "confusion", [lower("found", "woke", "came", "ended"), {"IS_PUNCT": False, "OP": "{0,6}"},
                        lower("not", "no"), lower("knowing", "idea"), lower("how", "where"),
                        lower("i", "she"), lower("got", "'d", "had", "was"),
                        lower("there", "got", "been", op="?")]  # fmt: skip
    # "auntie couldn't tell the nurse her own birthday", "Mum can't tell me her own name" (not a
    # lost child, a puppy)
    yield "confusion", [lower("i", "auntie", "aunty", "aunt", "grandma", "nana", *_SHE_WORDS),
                        *CANT, lower("tell", "remember", "give", "say"), gap(2),
                        lower("her", "my", "his"), lower("own"),
                        lower("birthday", "name", "address", "age", "date")]  # fmt: skip
    # "whole body went stiff then jerked"
    yield NOT_A_SYMPTOM, [_ANIMALS, lower("went", "gone", "goes"), lower("stiff", "rigid"),
                          lower("then", "than"),
                          lower("shook", "shaking", "jerked", "jerking", "twitched",
                                "jerky")]  # fmt: skip
    yield "seizure", [lower("went", "gone", "go", "goes"), lower("stiff", "rigid"),
                      lower("then", "than"),
                      lower("shook", "shaking", "jerked", "jerking", "twitched",
                            "jerky")]  # fmt: skip
    # "like a belt being tightened round my ribs", "like a vice round my chest" (not a bra band,
    # a heart monitor's belt)
    yield "chest-pain", [lower("like"), lower("a", "an"), lower("band", "belt", "vice"), gap(2),
                         lower("round", "around"), OWNER, lemma("chest", "rib")]  # fmt: skip
    # "breathing through a wet sock"
    yield "shortness-of-breath", [lower("breathing", "breathe"), lower("through"), lower("a"),
                                  gap(1), lower("sock", "rag", "duvet")]  # fmt: skip
    # "Dog had a fit on the kitchen floor"
    yield NOT_A_SYMPTOM, [_PETS, lemma("have"), lower("a", "another"), lower("fit", "seizure")]
    # "legs feel like two sandbags", "legs like a pair of logs"
    yield "leg-weakness", [LEGS, BE, gap(2), lower("like"), lower("two", "2", "a"),
                           lower("pair", op="?"), lower("of", op="?"),
                           lower("sandbags", "logs", "bricks", "weights", "blocks", "stones",
                                 "tree", "lead", "concrete")]  # fmt: skip
    # "got halfway up the stairs and they just folded" (the legs named before)
    yield LEGS_AS_THEY, [lower("they"), lower("just", "simply", "suddenly", op="?"),
                         lower("folded", "buckled", "crumpled", "collapsed")]  # fmt: skip
    # "No giving way in the legs"
    yield "leg-weakness", [lower("giving", "gave", "give", "gives", "given"), lower("way"),
                           lower("in"), OWNER, SIDE, LEGS]  # fmt: skip
    # "Nothing broken.", "Not broken, X-ray clear"
    yield "fracture" + NEGATED, [lower("nothing", "no", "none", "zero"), lower("bones", op="?"),
                                 lower("broken", "fractured", "cracked")]  # fmt: skip
    yield "fracture" + NEGATED, [{"LOWER": "not", "IS_SENT_START": True},
                                 lower("broken", "fractured", "cracked")]  # fmt: skip
    # "Bit low." (not a bit low on milk)
    yield "depression", [{"LOWER": "bit", "IS_SENT_START": True}, lower("low")]
    yield NOT_A_SYMPTOM, [{"LOWER": "bit", "IS_SENT_START": True}, lower("low"),
                          lower("on", "battery", "in", "for")]  # fmt: skip
    yield "depression", [{"LOWER": "bit", "IS_SENT_START": True}, lower("low"), lower("in"),
                         lower("myself", "spirits", "mood")]  # fmt: skip
    # "No wet pads", "pad was wet again"
    yield "bladder-bowel-control", [lower("wet"), lower("pad", "pads")]
    # "her hair fell out in clumps"
    yield "hair-loss", [lower("hair"), lemma("fall"), lower("out")]
    # "couldn't follow the telly", "can't follow a conversation"
    yield "memory-problems", [*CANT, lower("follow"), lower("the", "a", "what", "my", "her"),
                              lower("telly", "tv", "film", "conversation", "conversations",
                                    "story", "plot", "programme", "program", "book", "thread",
                                    "news")]  # fmt: skip
    # "face feels like the dentist's injection is wearing off"
    yield "facial-numbness", [lemma("face", "lip", "chin", "cheek"), BE, lower("like"),
                              {"IS_PUNCT": False, "OP": "{0,4}"},
                              lower("dentist", "dentist's", "dentists", "anaesthetic",
                                    "anesthetic", "novocaine", "novocain")]  # fmt: skip
    yield NOT_A_SYMPTOM, [_ANIMALS, lemma("have"), lower("his", "her", "its", "a", op="?"),
                          lower("first", "second", "third", "fourth", "fifth", "another"),
                          lower("fit", "seizure")]  # fmt: skip
    # "second fitting for the wig", "Had my first fitting at the prosthesis clinic"
    fitted = lower("first", "second", "third", "fourth", "final", "last", "next", "wig", "dress",
                   "bra", "prosthesis", "prosthetic", "my", "another")  # fmt: skip
    yield NOT_A_SYMPTOM, [fitted, lower("fitting", "fittings"),
                          lower("for", "of", "with", "appointment", "went")]  # fmt: skip
    yield NOT_A_SYMPTOM, [fitted, lower("fitting", "fittings"), lower("at"),
                          lower("the", "my", "a")]  # fmt: skip
    # "puffed just getting dressed", "Puffed walking to the loo"
    yield "shortness-of-breath", [{"LOWER": "puffed", "IS_SENT_START": True},
                                  lower("just", "walking", "getting", "going", "climbing",
                                        "after", "doing", "from", "again")]  # fmt: skip


def _round_thirty_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round30g and round30h (round 31): Nigerian Pidgin ("I no fit
    breathe well", "Rib don crack"), legs that quit, a person not herself, nights told by the
    hour (sweats under a heading, tea brought up), and what a word is not (a sight for sore
    eyes, sweat running down a face, a blood form)."""
    # Nigerian Pidgin: "no fit" is "cannot", "dey" is "is", "for" is "in", "don" is "has"
    yield "shortness-of-breath", [lower("no"), lower("fit"), lower("breathe", "breath")]
    yield "bladder-bowel-control", [lower("no"), lower("fit"), lower("hold", "control"),
                                    OWNER, lemma("pee", "wee", "poo", "water", "urine", "stool",
                                                 "bladder", "bowel")]  # fmt: skip
    yield "pain", [lower("body"), lower("dey"), lower("pain"), lower("me", "her", "am")]
    yield "muscle-pain", [lemma("muscle"), {"IS_PUNCT": False, "OP": "{0,4}"}, lower("dey"),
                          lower("pain"), lower("me", "her", "am")]  # fmt: skip
    yield "headache", [lower("head"), lower("dey"), lower("pain", "turn", "bang", "knock", "split"),
                       lower("me", "her", "am")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("for", "in"), OWNER,
                                   lower("upper"),
                                   lemma("belly", "belle", "tummy", "stomach")]  # fmt: skip
    yield "palpitations", [lemma("heart"), lower("dey"), lower("beat", "run", "race"),
                           lower("fast", "quick", "kpakpakpa")]  # fmt: skip
    yield "fracture", [lemma("rib", "bone", "arm", "leg", "hip", "wrist", "ankle", "spine"),
                       lower("don"), lower("crack", "break", "broke", "broken")]  # fmt: skip
    # (hers: not a blouse's "e no be herself")
    yield "mental-status-change", [lower("she", "i", "mama", "mummy"), lower("no"), lower("be"),
                                   lower("herself", "myself")]  # fmt: skip
    # ... and after any person, by the time it has lasted: "My daughter no be herself since
    # morning" (round 61: a relative's as "is not herself" is, by the words before it)
    yield "mental-status-change", [lower("no"), lower("be"), lower("herself", "myself"),
                                   lower("today", "since", "these", "this", "again", "tonight",
                                         "lately")]  # fmt: skip
    # "my legs decided to quit", "legs have decided to go on strike"
    yield "leg-weakness", [lower("my", "her", "both"), LEGS, lower("have", "'ve", "just",
                           op="?"), lower("decided"), lower("to"),
                           lower("quit", "stop", "give", "retire", "strike", "go")]  # fmt: skip
    # "they won't take her weight" (legs named nearby)
    yield LEGS_NEARBY, [*WILL_NOT, lemma("take", "bear"), lower("my", "her"), lower("weight")]
    # "Numb patches on my thighs"
    yield "leg-weakness", [lower("numb", "numbness"), lower("patch", "patches", "bits", "areas",
                           "spots", op="?"), lower("on", "in", "down"), lower("my", "her", "both"),
                           lemma("thigh", "shin")]  # fmt: skip
    # "I've been acting real strange", "u were acting proper weird", "I'm 'not the same
    # person'" (a person's: not a printer's, the dog's, the kids' at the zoo; not a friend
    # since her promotion)
    yield "mental-status-change", [lower("i", "she", "you", "u"),
                                   lower("'ve", "'s", "has", "have", "was", "were", "is", "am",
                                         "'m", op="?"),
                                   lower("been", op="?"), lower("acting", "behaving"),
                                   lower("real", "really", "very", "so", "proper", "all"),
                                   lower("strange", "strangely", "odd", "oddly", "weird", "funny",
                                         "peculiar")]  # fmt: skip
    yield "mental-status-change", [lower("'m", "am"), QUOTE, NOT, lower("the"), lower("same"),
                                   lower("person", "woman")]  # fmt: skip
    # "sleeping all afternoon and tough to wake up" (not "Jamal is tough to wake up after his
    # night shifts")
    yield "mental-status-change", [lower("and"), lower("tough", "difficult"), lower("to"),
                                   lower("wake", "rouse", "waken")]  # fmt: skip
    # "didn't know what day or even what year it was", "hadn't a notion where I was"
    yield "confusion", [lower("did", "does", "could"), NOT, lower("know"), lower("what"),
                        lower("day", "year", "month"), lower("or"), lower("even", op="?"),
                        lower("what"), lower("day", "year", "month", "time"),
                        lower("it")]  # fmt: skip
    # (on waking: not off the wrong bus in Cork)
    yield "confusion", [lemma("wake", "woke", "waking"), {"IS_PUNCT": False, "OP": "{0,10}"},
                        lower("had", "hadnae"), NOT, lower("a"), lower("notion", "clue"),
                        lower("where"), lower("i", "she"), lower("was", "were")]  # fmt: skip
    # "Had trouble getting words out at dinner", "I'm having trouble getting my words out" (hers:
    # not a best man's at his speech)
    words_out = [lower("trouble", "difficulty"), lower("getting"),
                 lower("my", "her", "the", op="?"), lower("words"), lower("out")]  # fmt: skip
    yield "speech-problems", [{"LOWER": "had", "IS_SENT_START": True}, *words_out]
    yield "speech-problems", [lower("i", "i've", "she", "'ve", "'m", "'s", "having", "been"),
                              lower("had", "having", "have", "has", "got", op="?"),
                              *words_out]  # fmt: skip
    yield "speech-problems", [*CANT, lower("get"), lower("my", "her", "the", op="?"),
                              lower("words"), lower("out")]  # fmt: skip
    # "Sometimes I can't find the right word" (not the right word for how grateful she is)
    yield "speech-problems", [*CANT, lower("find", "get"), lower("the"), lower("right"),
                              lemma("word")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lower("find", "get"), lower("the"), lower("right"),
                          lemma("word"), lower("for"), lower("how", "what", "it", "this", "that",
                          "her", "him", "them")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lower("find", "get"), lower("the"), lower("right"),
                          lemma("word"), lower("to"), lower("describe", "thank", "say",
                          "express", "explain", "tell")]  # fmt: skip
    # "coughed up phlegm streaked with blood"
    yield "coughing-up-blood", [lemma("cough", "hack", "bring"), lower("up"),
                                lower("some", "my", "thick", op="?"),
                                lower("phlegm", "mucus", "sputum", "gunk", "spit", "stuff"),
                                lower("streaked", "tinged", "flecked", "laced", "speckled",
                                      "mixed", "stained", "spotted"),
                                lower("with"), lower("some", "a", op="?"),
                                lower("bit", "little", op="?"), lower("of", op="?"),
                                lower("blood")]  # fmt: skip
    # "had a wee fit in my sleep"
    yield "seizure", [lower("a"), lower("wee", "tiny", "quick"), lower("fit")]
    # "Peed my pants in the checkout line"
    pants = lower("pants", "knickers", "trousers", "jeans", "underwear", "panties", "nightie")
    yield "bladder-bowel-control", [lemma("pee", "wee", "wet", "piss"), lower("my", "her"), pants]
    # (not "nearly peed my pants laughing" at a joke)
    yield NOT_A_SYMPTOM, [lower("nearly", "almost", "practically"), lemma("pee", "wee", "wet",
                          "piss"), lower("my", "her"), pants]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("pee", "wee", "wet", "piss"), lower("my", "her"), pants,
                          lower("laughing")]  # fmt: skip
    # "I'd brought up my tea twice"
    meal = lower("tea", "dinner", "breakfast", "lunch", "supper", "food", "soup", "toast",
                 "porridge", "meal", "tablets", "pills", "medicine", "everything")  # fmt: skip
    # (hers: not the kids who brought up her tea on a tray)
    yield "vomiting", [lower("i", "'d", "'ve", "she", "had", "have"), lemma("bring"), lower("up"),
                       lower("my", "her", "all", "the"), meal]  # fmt: skip
    yield "vomiting", [lower("i", "'d", "'ve", "she", "had", "have"), lemma("bring"),
                       lower("my", "her"), meal, lower("up")]  # fmt: skip
    # "Parched all day no matter how much I drink", "drinking glass after glass of water"
    yield "high-blood-sugar", [lower("parched", "thirsty"), {"IS_PUNCT": False, "OP": "{0,6}"},
                               lower("no"), lower("matter"), lower("how"),
                               lower("much")]  # fmt: skip
    vessel = lower("glass", "cup", "mug", "bottle", "jug")
    yield "high-blood-sugar", [lemma("drink"), vessel, lower("after"), vessel]
    # "my heart was going like the clappers"
    yield "palpitations", [lemma("heart"), lower("'s", "was", "is", "has", "been", "kept",
                           op="{0,2}"), lower("going"), lower("like"), lower("the"),
                           lower("clappers")]  # fmt: skip
    # "tummy bit sore where it went in" (after a jab named), "shot site on my belly red and sore"
    sore = lower("sore", "red", "lumpy", "bruised", "itchy", "swollen")
    yield INJECTED, [sore, lower("where"), lower("it"), lower("went", "goes", "go"), lower("in")]
    yield "injection-site-reaction", [lower("shot", "jab"), lower("site"),
                                      {"IS_PUNCT": False, "OP": "{0,6}"},
                                      lower("red", "sore", "swollen", "lumpy", "itchy", "hot",
                                            "bruised", "hard")]  # fmt: skip
    # "Felt down most of the day", "I felt so down today" (hers: not Rex's)
    down = [lower("really", "so", "very", "pretty", "quite", op="?"), lower("down"),
            lower("most", "all", "today", "again", "lately", "tonight", "this")]  # fmt: skip
    yield "depression", [{"LOWER": "felt", "IS_SENT_START": True}, *down]
    yield "depression", [lower("i", "'ve", "she"), lower("felt"), *down]
    # "three loose ones since breakfast" (not teeth in a mouth, screws in a shelf)
    yield "diarrhea", [{"LIKE_NUM": True}, lower("loose", "runny", "watery"), lower("ones"),
                       lower("since", "today", "overnight", "already", "before", "after", "this",
                             "last", "x")]  # fmt: skip
    # A night's sweats under a heading: "Night: sweats", "no sweats", "sweating a lot"
    yield "hot-flashes", [lower(":"), lower("sweats", "sweating", "sweaty")]
    yield "hot-flashes" + NEGATED, [lower("no"), lower("sweats")]
    yield "hot-flashes", [lower(":", "i", "'m", "am", "been"), lower("sweating"), lower("a"),
                          lower("lot")]  # fmt: skip
    yield "hot-flashes", [{"LOWER": "sweating", "IS_SENT_START": True}, lower("a"), lower("lot")]
    # "numb patches on my fingertips"
    yield "neuropathy", [lower("numb"), lower("patches", "bits", "spots"), lower("on", "in"),
                         lower("my", "both"), FEET]  # fmt: skip
    # "The pounding in my head won't stop"
    yield "headache", [lower("pounding", "throbbing", "hammering", "banging"), lower("in"),
                       lower("my"), lower("head", "skull", "temples")]  # fmt: skip
    # "my left calf started aching"
    yield "calf-swelling", [lower("my", "her", "left", "right", "one"), lemma("calf"),
                            lower("started", "began", "starting", "has", "'s", "is", op="?"),
                            lower("aching", "hurting", "throbbing", "to")]  # fmt: skip
    # Not symptoms: a sight for sore eyes, sweat running down a face, the blood form
    yield NOT_A_SYMPTOM, [lower("sight"), lower("for"), lower("sore"), lower("eyes")]
    yield NOT_A_SYMPTOM, [lower("sweat", "tears", "water", "rain", "sweats"),
                          lower("running", "ran", "runs", "run"), lower("down")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("bring", "take"), lower("the", "my", "her"), lower("blood"),
                          lower("form", "forms", "test", "tests", "card", "request", "results",
                                "bottles", "sample", "samples")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("no"), lower("fit"), lower("hold", "control", "climb", "read",
                          "think", "remember", "get", "reach", "bend")]  # fmt: skip


def _round_thirty_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round31i and round31j (round 32): Jamaican "mi" before a breath,
    Scots words (see tagging_shorthand.RESPELLINGS), aching joints and a throbbing foot."""
    # "mi couldn't catch mi breath" (Jamaican "mi")
    yield "shortness-of-breath", [*CANT, lower("catch", "get", "find"), lower("mi"),
                                  lower("breath")]  # fmt: skip
    # "she's no herself"
    yield "mental-status-change", [lower("'s", "is", "she"), lower("no", "nae"),
                                   lower("herself", "himself")]  # fmt: skip
    # "Aches in the hips and shoulders", "aching in my knees": joints (not "a bone-deep ache in
    # my hips", the bones')
    yield "joint-pain", [lower("aches", "aching"), lower("in"), OWNER,
                         lower("hips", "shoulders", "knees", "joints", "elbows", "wrists",
                               "ankles")]  # fmt: skip
    # "Foot throbbing today", "Ankle aching since the walk"
    limb = ["foot", "ankle", "wrist", "hand", "arm", "elbow", "toe", "finger"]
    yield "pain", [{"IS_SENT_START": True, "LEMMA": {"IN": limb}},
                   lower("throbbing", "aching", "killing")]  # fmt: skip
    # "Sair tae breathe in." (after a cracked rib: the chest's; not the smoke at a bonfire)
    yield "chest-pain", [{"LOWER": {"IN": ["sore", "sair", "painful"]}, "IS_SENT_START": True},
                         lower("to"), lower("breathe"), lower("in")]  # fmt: skip
    # "Coughed up a wee bit of blood"
    yield "coughing-up-blood", [lemma("cough", "bring", "hack"), lower("up"), lower("a"),
                                lower("wee", "tiny", "small", "little"), lower("bit", "drop",
                                "spot", "speck"), lower("of"), lower("blood")]  # fmt: skip


def _round_thirty_three() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round32k and round32l (round 33): plain short sentences ("I feel
    down.", "Nerves bad", "Tummy loose all day", "Double everything"), what was passed in the
    bed, a chest with a brick on it, numbness down the backs of the legs, a liver that hurts."""
    # "she passed urine in the bed", "I passed urine on myself"
    # (hers: not a puppy's, the twins')
    passed = [lower("urine", "water", "stool", "motion"), lower("in", "on"),
              lower("the", "my", "her", "myself", "herself"),
              lower("bed", "chair", "sheets", "clothes", op="?")]  # fmt: skip
    yield "bladder-bowel-control", [lower("i", "she"), lemma("pass"), *passed]
    yield "bladder-bowel-control", [{"LEMMA": "pass", "IS_SENT_START": True}, *passed]
    # "me chest feels like there's a brick on it"
    yield "chest-pain", [lemma("chest"), lemma("feel"), lower("like"),
                         {"IS_PUNCT": False, "OP": "{0,3}"},
                         lower("brick", "bricks", "elephant", "ton", "rock", "weight")]  # fmt: skip
    # "numbness down the backs of my legs"
    yield "leg-weakness", [lower("numb", "numbness"), lower("down", "in", "on"), lower("the"),
                           lower("backs", "back", "fronts", "front", "sides", "side"),
                           lower("of"), OWNER, lemma("leg", "thigh")]  # fmt: skip
    # "the list - fever, chest pain ..." is in tagging_rules; "watch for bleeding when coughing"
    # (not "bleeding when I brush" my teeth)
    yield "coughing-up-blood", [lower("bleeding", "blood"), lower("when", "while"),
                                lower("coughing")]  # fmt: skip
    yield "coughing-up-blood", [lower("bleeding", "blood"), lower("when", "while"), lower("i"),
                                lemma("cough")]  # fmt: skip
    # "Had one fit last month"
    yield "seizure", [lemma("have"), lower("one", "another", "two", "three"), lower("fit", "fits")]
    # "hair falling in clumps", "hair falling out"
    yield "hair-loss", [lower("my", "her"), lower("hair"), lower("is", "'s", op="?"),
                        lower("falling", "coming"), lower("out", op="?"), lower("in"),
                        lower("clumps", "handfuls", "chunks")]  # fmt: skip
    yield "hair-loss", [{"LOWER": "hair", "IS_SENT_START": True}, lower("falling", "coming"),
                        lower("out", op="?"), lower("in"),
                        lower("clumps", "handfuls", "chunks")]  # fmt: skip
    # "my weight is going down", "weight keeps dropping"
    yield "weight-loss", [lower("my", "her"), lower("weight"), lower("is", "'s", "keeps", "has",
                          "been", op="{1,2}"), lower("going", "coming", "dropping", "falling"),
                          lower("down", "off", op="?")]  # fmt: skip
    # "Lost another 2 pound"
    yield "weight-loss", [lemma("lose"), lower("another", "nearly", "over", "almost"),
                          {"LIKE_NUM": True}, lower("pound", "pounds", "lb", "lbs", "kilo",
                          "kilos", "kg", "stone", "kgs")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("lose"), {"LIKE_NUM": True},
                          lower("nil", "-", "goals", "points", "games", "matches", "sets",
                                "frames", "wickets", "runs")]  # fmt: skip
    # "Feeling weaker every week" (hers: not the pound's, the wifi's)
    yield "weakness", [{"LEMMA": "feel", "IS_SENT_START": True}, lower("weaker")]
    yield "weakness", [lower("i", "'m", "am", "been", "she"), lemma("feel"),
                       lower("weaker")]  # fmt: skip
    # "Left arm's up like a balloon"
    yield "swelling", [lemma("arm", "leg", "ankle", "hand", "foot", "feet", "face"),
                       lower("'s", "is", "are", "'re", op="?"), lower("up"), lower("like"),
                       lower("a"),
                       lower("balloon", "balloons", "football")]  # fmt: skip
    # "Sleep is not coming at night", "Mind is full of worries"
    # (hers: not the baby's "for" whom it will not come; not Anand's mind)
    yield "difficulty-sleeping", [lower("sleep"), lower("is", "was", "'s", op="?"), NOT,
                                  lower("coming")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("sleep"), lower("is", "was", "'s", op="?"), NOT,
                          lower("coming"), lower("for", "to")]  # fmt: skip
    full_of_worries = [lower("is", "'s", op="?"), lower("full"), lower("of"),
                       lower("worries", "worry", "worrying")]  # fmt: skip
    yield "anxiety", [{"LOWER": {"IN": ["mind", "head"]}, "IS_SENT_START": True},
                      *full_of_worries]  # fmt: skip
    yield "anxiety", [lower("my"), lower("mind", "head"), *full_of_worries]
    # "heart going ten to the dozen" ("my heart goes nineteen to the dozen", round 71)
    dozen = [lemma("heart"), lower("'s", "was", "is", "been", op="{0,2}"),
             lower("going", "goes", "went"),
             lower("ten", "nineteen", "ninety", "nine"), lower("to"), lower("the"),
             lower("dozen")]  # fmt: skip
    yield "palpitations", dozen
    # (not "for the young one after the sack race", "on the puppy")
    yield NOT_A_SYMPTOM, [*dozen, lower("for", "in", "on")]
    # "Visiting leaves me low", "I feel down.", "She is low today after it"
    # (not "leaves me low on eggs", "I feel down the back of the sofa", the river "low today")
    left_low = [lower("leaves", "left", "makes", "made"), lower("me", "her"),
                lower("low", "down", "flat", "weepy")]  # fmt: skip
    yield "depression", left_low
    yield NOT_A_SYMPTOM, [*left_low, lower("on")]
    feel_down = [{"LOWER": "i", "IS_SENT_START": True}, lower("feel", "felt"),
                 lower("so", "really", "very", op="?"), lower("down")]  # fmt: skip
    yield "depression", feel_down
    yield NOT_A_SYMPTOM, [*feel_down, lower("the", "behind", "between", "inside", "under",
                          "in", "into")]  # fmt: skip
    yield "depression", [lower("i"), lower("am", "'m", "was"),
                         lower("very", "so", "really", "quite", op="?"), lower("low"),
                         lower("today", "again", "after", "since", "this", "tonight")]  # fmt: skip
    yield "depression", [lower("she"), lower("is", "'s", "was"),
                         lower("very", "so", "really", "quite", op="?"), lower("low"),
                         lower("today", op="?"), lower("after", "since")]  # fmt: skip
    # "Nerves bad before the scan"
    # (hers: not the dog's in a storm)
    nerves = [
        lower("are", "'re", "were", "been", op="?"),
        lower("bad", "shot", "frayed", "jangled", "terrible", "awful", "shredded"),
    ]
    yield "anxiety", [{"LOWER": "nerves", "IS_SENT_START": True}, *nerves]
    yield "anxiety", [lower("my"), lower("nerves"), *nerves]
    # "Tummy loose all day"
    yield "diarrhea", [lower("tummy", "stomach", "belly", "bowels"), BE, lower("very", "a", "bit",
                       op="{0,2}"), lower("loose", "runny")]  # fmt: skip
    # "Double everything"
    yield "vision-problems", [lower("double"), lower("everything")]
    yield NOT_A_SYMPTOM, [lower("double"), lower("everything"), lower("for", "in", "on")]
    # "Ache up under the right side of my ribs", "My liver hurts"
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("up", op="?"),
                                   lower("under", "below", "beneath"), lower("the"),
                                   lower("right"), lower("side"), lower("of"), OWNER,
                                   lemma("rib")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("my", "her"), lower("liver"), lower("hurts", "aches")]
    yield "upper-abdominal-pain", [lower("my", "her"), lower("liver"), lower("is", "'s", "feels"),
                                   lower("sore", "tender", "aching", "painful")]  # fmt: skip
    # "Diarea and bellyache"
    yield "pain", [lower("bellyache", "tummyache", "stomachache", "belly-ache", "tummy-ache",
                         "stomach-ache")]  # fmt: skip
    # "She did not know it was Sunday" (hers: not the corner shop's)
    yield "confusion", [lower("she", "i"), lower("did", "does", "could"), NOT, lower("know"),
                        lower("it"),
                        lower("was", "is"), lower("sunday", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "christmas", "morning", "night",
                        "daytime", "evening")]  # fmt: skip
    # Not symptoms: a nurse who spotted it, shoes not fitting, pani puri, "which is a pain"
    yield NOT_A_SYMPTOM, [lower("nurse", "doctor", "gp", "husband", "hubby", "daughter", "son",
                          "wife", "physio", "she", "he"), lower("spotted")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("shoe", "boot", "slipper", "ring", "trouser", "jean", "clothes",
                          "dress", "bra", "top", "skirt", "coat", "sock"), NOT,
                          lower("fitting")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("pani"), lower("puri", "poori")]
    yield NOT_A_SYMPTOM, [lower("which", "that"), lower("is", "'s", "was"), lower("a"),
                          lower("pain")]  # fmt: skip


def _round_thirty_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round33m and round33n (round 34): the mind in everyday words
    ("on tenterhooks", "fretting", "jumpy", "flat in myself", "everything feels grey", a head
    "like a colander"), and skin, nails, mouth and eyes in detail (sore gums, palms peeling,
    fingertips cracked, tingling in the soles of her feet)."""
    # Worry: "I am on tenterhooks", "Lying awake till 4 fretting", "Wound up all day", "Constant
    # worry", "just nervy about the CT", "Jumpy all day"
    # (hers: not the whole street's, a daughter's waiting on her results)
    yield "anxiety", [lower("'m", "am", "i"), lower("on"), lower("tenterhooks")]
    yield "anxiety", [lower("till", "until", "since"), {"IS_PUNCT": False, "OP": "{0,2}"},
                      lower("fretting", "worrying", "panicking")]  # fmt: skip
    yield "anxiety", [{"LOWER": "wound", "IS_SENT_START": True}, lower("up"),
                      lower("all", "so", "again", "today")]  # fmt: skip
    yield "anxiety", [{"LOWER": {"IN": ["constant", "constantly"]}, "IS_SENT_START": True},
                      lower("worry", "worried", "worrying")]  # fmt: skip
    yield "anxiety", [lower("i", "'m", "am", "feeling", "felt"),
                      lower("so", "really", "very", "a", "bit", op="{0,2}"),
                      lower("nervy", "jumpy", "jittery")]  # fmt: skip
    yield "anxiety", [{"LOWER": {"IN": ["nervy", "jumpy", "jittery"]}, "IS_SENT_START": True}]
    # Mood: "Drained and low today", "feeling miserable", "Everything feels grey", "Flat in
    # myself"; worn out: "Drained and low", "Weak and drained today"
    yield "depression", [lower("and"), lower("low"), lower("today", "again", "all", "this",
                         "tonight", "lately")]  # fmt: skip
    yield "depression", [lemma("feel"), lower("so", "really", "very", "a", "bit", op="{0,2}"),
                         lower("miserable", "wretched")]  # fmt: skip
    # (not the sky: "Everything feels grey outside today")
    yield "depression", [lower("everything", "life"), lemma("feel", "seem", "look"),
                         lower("grey", "gray", "bleak", "hopeless", "pointless"),
                         lower("since", "lately", "these", "now", "inside")]  # fmt: skip
    yield "depression", [lower("flat"), lower("in"), lower("myself", "herself")]
    # (not "Drained the pasta")
    yield "fatigue", [{"LOWER": "drained", "IS_SENT_START": True},
                      lower("and", ",", "today", "again", "all")]  # fmt: skip
    drained = [lower("and", "so", "just", "completely", "totally", "utterly"), lower("drained")]
    yield "fatigue", drained
    # (not "Just drained the pasta", round 29's review)
    yield NOT_A_SYMPTOM, [*drained, lower("the", "a", "my", "his", "her", "off", "away", "it",
                          "them", "some")]  # fmt: skip
    # "My head's been like a colander this week"
    yield "memory-problems", [lemma("head", "brain", "memory"),
                              lower("'s", "is", "been", "has", op="{0,2}"), lower("like"),
                              lower("a"), lower("colander", "sieve")]  # fmt: skip
    # "Words kept coming out in the wrong order"
    yield "speech-problems", [lemma("word"), lemma("keep", "come", "be", op="{1,2}"),
                              lower("coming", "out", op="{0,2}"), lower("in"), lower("the"),
                              lower("wrong"), lower("order")]  # fmt: skip
    # "a pink tinge in what I bring up"
    yield "coughing-up-blood", [lower("pink", "red", "rusty", "bloody"),
                                lower("tinge", "streaks", "tint", "colour", "color"), lower("in"),
                                lower("what"), lower("i", "she"),
                                lemma("bring", "cough", "spit")]  # fmt: skip
    # "a deep bone ache in my shoulder blade"
    yield "bone-pain", [lower("bone"), lower("ache", "aches", "aching")]
    # "I've dropped half a stone"
    yield "weight-loss", [lower("'ve", "i", "have", "has", "she"), lower("dropped"),
                          lower("half", "a", "nearly", "almost", "over", op="{0,2}"),
                          lower("stone", "kilo", "kilos", "pounds", "kg", "lb", "lbs")]  # fmt: skip
    # "my mouth as dry as a bone", "me mouth's like sandpaper"
    yield "high-blood-sugar", [lower("my", "me", "her"), lower("mouth"),
                               lower("'s", "is", "as", op="{0,2}"), lower("dry"), lower("as"),
                               lower("a"), lower("bone")]  # fmt: skip
    yield "high-blood-sugar", [lower("my", "me", "her"), lower("mouth"), lower("'s", "is", op="?"),
                               lower("like"), lower("sandpaper")]  # fmt: skip
    # "Watery motions twice today"
    yield "diarrhea", [lower("watery", "loose", "runny"), lower("motions", "motion")]
    # "brain mets can cause fits"
    yield "seizure", [lemma("cause"), lower("fits")]
    # "Sore gums", "two sore spots inside my cheek"
    # (hers: not the teething puppy's)
    yield "mouth-sores", [{"LOWER": {"IN": ["sore", "swollen"]}, "IS_SENT_START": True},
                          lower("gums")]  # fmt: skip
    yield "mouth-sores", [lower("my"), lower("sore", "swollen"), lower("gums")]
    yield "mouth-sores", [lower("sore"), lower("spots", "spot", "patches", "bits"),
                          lower("inside", "in", "on"), OWNER,
                          lower("cheek", "cheeks", "mouth", "tongue", "gums")]  # fmt: skip
    # "The skin on my palms all peeling", "the skin on my feet is peeling", "my fingertips are
    # cracked", "Noon her hands bright red, palms shiny"
    yield "hand-foot-syndrome", [lower("skin"), lower("on"), OWNER,
                                 lemma("palm", "foot", "feet", "sole", "hand", "fingertip"),
                                 lower("is", "are", "all", "'s", op="{0,2}"),
                                 lower("peeling", "cracked", "cracking", "splitting")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("my", "her"), lemma("palm", "sole", "fingertip"),
                                 lower("is", "are", "all", "'re", op="{0,2}"),
                                 lower("peeling", "cracked", "cracking", "splitting", "shiny",
                                       "raw")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("her", "my"), lower("hands", "palms", "feet", "soles"),
                                 lower("bright"), lower("red")]  # fmt: skip
    # "Hair falling off heavily"
    yield "hair-loss", [{"LOWER": "hair", "IS_SENT_START": True}, lower("falling", "coming"),
                        lower("off", "out")]  # fmt: skip
    # A carer's "very sleepy since afternoon"; "Didn't know she was in Walsgrave"
    yield "mental-status-change", [lower("very", "so", "really", "extremely"), lower("sleepy"),
                                   lower("since", "all")]  # fmt: skip
    yield "confusion", [{"LOWER": "did", "IS_SENT_START": True}, NOT, lower("know"),
                        lower("she", "he", "i"), lower("was", "is"), lower("in", "at")]  # fmt: skip
    # "Tingling in the soles of my feet"
    yield "neuropathy", [lemma("tingle", "tingling"), lower("in"), lower("the"),
                         lower("soles", "tips", "balls"), lower("of"), OWNER, FEET]  # fmt: skip
    # "numbness on the left side of her chin", "No weakness in her face"
    yield "facial-numbness", [lower("numb", "numbness"), lower("on", "in", "down"), lower("the"),
                              SIDE, lower("side"), lower("of"), OWNER,
                              lower("chin", "face", "lip", "cheek", "jaw")]  # fmt: skip
    yield "facial-numbness", [lower("weakness", "droop", "drooping"), lower("in", "of"),
                              lower("her", "my"), lower("face")]  # fmt: skip
    # "Vision blur when reading"
    # (not a camera's)
    yield "vision-problems", [{"LOWER": {"IN": ["vision", "eyesight"]}, "IS_SENT_START": True},
                              lower("blur", "blurring")]  # fmt: skip
    yield "vision-problems", [lower("my"), lower("vision", "eyesight"), lower("blur", "blurring")]
    # "tingly and burning at night, stops me sleeping"
    # (not the neighbour's music, said in jest)
    yield "difficulty-sleeping", [lower(",", "and"), lower("stops", "stopping", "stopped"),
                                  lower("me", "her"), lower("sleeping")]  # fmt: skip
    # "I'm up every hour to pee"
    yield "high-blood-sugar", [lower("up"), lower("every"), lower("hour", "half", "couple"),
                               lower("hour", "of", op="{0,2}"), lower("to"),
                               lemma("pee", "wee", "urinate")]  # fmt: skip
    # Not symptoms: "a headache for another day", "which was already a pain"
    yield NOT_A_SYMPTOM, [lower("a"), lower("headache"), lower("for"), lower("another")]
    yield NOT_A_SYMPTOM, [lower("which", "that"), lower("is", "'s", "was"),
                          lower("already", "just", "always", "such"), lower("a"),
                          lower("pain")]  # fmt: skip


def _round_thirty_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round34o and round34p (round 35): pain in detail ("Bony pain L hip",
    "hip bone's grumbling", "knees and ankles are paining me", ribs "giving me curry"), and the
    last weeks told by family ("Nana fitted twice", "barely rouses", "a cracked bone in her
    thigh", sleep "in snatches")."""
    # "Bony pain L hip", "my hip bone's grumbling", "ribs giving me curry" (Australian: hell)
    yield "bone-pain", [lower("bony", "boney"), lower("pain", "pains", "ache", "aches")]
    yield "bone-pain", [lower("bone", "bones"), lower("'s", "is", "are", "'re", "been", op="{0,2}"),
                        lower("grumbling", "niggling", "nagging")]  # fmt: skip
    yield "bone-pain", [lemma("rib", "bone", "hip", "pelvis"), lemma("be", op="?"),
                        lower("giving"), lower("me", "her"), lower("curry")]  # fmt: skip
    # "my shoulder joint that's sore", "My knees and ankles are paining me"
    joints = ("knee", "ankle", "wrist", "elbow", "shoulder", "joint", "knuckle")
    yield "joint-pain", [lemma(*joints), lower("joint", "joints", op="?"), lower("that", "which"),
                         lower("'s", "is", "are", "'re"), lower("sore", "aching", "painful",
                         "paining", "hurting")]  # fmt: skip
    yield "joint-pain", [lower("my", "her"), lemma(*joints),
                         lower("and", op="?"), lemma(*joints, op="?"),
                         lower("are", "is", "'re", "been", op="{1,2}"),
                         lower("paining")]  # fmt: skip
    # "I lost all my hair back in 2019"
    # (hers: not "Auntie Jan ... lost all her hair")
    yield "hair-loss", [lower("lost", "losing"), lower("all", "most", op="?"), lower("my"),
                        lower("hair")]  # fmt: skip
    # "didn't reach the toilet in time"
    yield "bladder-bowel-control", [NOT, lower("reach"), lower("the"), LOO]
    # A carer's: "Mom barely rouses", "Nana fitted twice in the night", "a cracked bone in her
    # thigh", "legs cannot carry me"
    yield "mental-status-change", [lower("barely", "hardly"), lower("rouses", "roused", "wakes",
                                   "woke", "responds")]  # fmt: skip
    who = lower("she", "he", "mum", "mom", "mam", "nana", "nan", "gran", "granny", "grandma",
                "mama", "amma", "ammi", "dad", "i")  # fmt: skip
    yield "seizure", [who, lower("fitted", "fitting"),
                      lower("twice", "again", "once", "overnight", "three", "two", "several",
                            "this", "last", "at", ",", ".")]  # fmt: skip
    yield "seizure", [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["kitchen", "carpet", "carpets",
                      "bathroom", "sleeve", "wig", "door", "blinds", "curtains", "shower", "tyres",
                      "boiler", "new", "finally", "all", "it", "they", "we", "both"]}},
                      lower("fitted"), lower("twice", "again", "once", "overnight")]  # fmt: skip
    # (hers: not a striker's, the cat's or a dinosaur's; not the table's legs)
    yield "fracture", [lower("a"), lower("cracked", "broken", "fractured"), lower("bone"),
                       lower("in"), lower("her", "my")]  # fmt: skip
    yield "leg-weakness", [LEGS, *CANT, lemma("carry", "hold", "support", "take"),
                           lower("me", "her")]  # fmt: skip
    # Sleep: "Third night of hardly any sleep", "Slept in snatches", "Sleep is wrecked"
    # (hers: not the new parents')
    yield "difficulty-sleeping", [lower("i", "night", "nights"),
                                  lower("of", "got", "had", "get", "'ve", "'d", op="?"),
                                  lower("hardly", "barely"), lower("any"),
                                  lower("sleep")]  # fmt: skip
    yield "difficulty-sleeping", [{"LOWER": {"IN": ["hardly", "barely"]}, "IS_SENT_START": True},
                                  lower("any"), lower("sleep")]  # fmt: skip
    yield "difficulty-sleeping", [lemma("sleep"), lower("in"), lower("snatches")]
    yield "difficulty-sleeping", [{"LOWER": {"IN": ["sleep", "sleeping"]}, "IS_SENT_START": True},
                                  BE, lower("wrecked", "ruined", "shot", "shocking",
                                  "terrible", "awful")]  # fmt: skip
    yield "difficulty-sleeping", [lower("my", "her"), lower("sleep", "sleeping"), BE,
                                  lower("wrecked", "ruined", "shot", "shocking")]  # fmt: skip
    # "my appetite is less", "yellowy skin", "She's lost so much weight", "sudden heat in my face"
    yield "loss-of-appetite", [lower("appetite"), lower("is", "'s", "has", "been", op="{1,2}"),
                               lower("less", "lesser")]  # fmt: skip
    # (hers: not a dieting friend's, nor "asked about any yellowy skin")
    yield "jaundice", [lower("my", "her", "has", "have", "got", "'ve"),
                       lower("yellowy", "yellowish"), lower("skin", "eyes")]  # fmt: skip
    yield "jaundice", [{"LOWER": {"IN": ["yellowy", "yellowish"]}, "IS_SENT_START": True},
                       lower("skin", "eyes")]  # fmt: skip
    yield "weight-loss", [lower("i", "'ve", "have"), lower("lost"), lower("so", "that", op="?"),
                          lower("much"), lower("weight")]  # fmt: skip
    yield "hot-flashes", [lower("sudden"), lower("heat"),
                          lower("rushing", "surging", "through", "over")]  # fmt: skip
    yield "hot-flashes", [lower("sudden", "surges", "surge", "rush", "rushes", "waves", "wave"),
                          lower("of", op="?"), lower("heat"), lower("in", "up", "through"),
                          lower("my", "her"), lower("face", "neck", "chest")]  # fmt: skip
    # "My sight is blurring small small", "My vision keeps blurring when I read"
    yield "vision-problems", [lower("my", "her"), lower("sight", "eyesight", "vision"),
                              lemma("keep"), lower("blurring", "going")]  # fmt: skip
    # "Hearing less in my left ear today"
    yield "hearing-changes", [lower("hearing"), lower("less"), lower("in", "out", "with"),
                              lower("my", "her")]  # fmt: skip
    yield "vision-problems", [lower("my", "her"), lower("sight", "eyesight"), BE,
                              lower("blurring", "blurry", "blurred", "fuzzy", "misty")]  # fmt: skip
    # Run down: "Buggered today"; the runs: "had the squits", "Gut's running like a tap"
    yield "fatigue", [{"LOWER": {"IN": ["buggered", "cream-crackered"]}, "IS_SENT_START": True}]
    yield "fatigue", [lower("'m", "am", "feel", "feeling", "felt"),
                      lower("completely", "totally", "absolutely", "so", "really", op="?"),
                      lower("buggered")]  # fmt: skip
    yield "diarrhea", [lower("'ve", "i", "she", "have", "has"), lower("had"), lower("the"),
                       lower("squits", "runs", "skitters")]  # fmt: skip
    yield "diarrhea", [lemma("gut", "bowel", "tummy", "stomach"), BE,
                       lower("running"), lower("like"), lower("a"), lower("tap")]  # fmt: skip
    # "I was so tensed the whole day"
    yield "anxiety", [lower("i", "was", "am", "'m", "feel", "feeling", "felt"),
                      lower("so", "very", "really", "too", "quite", op="{0,2}"),
                      lower("tensed")]  # fmt: skip
    # "headaches, vomiting or fits"
    yield "seizure", [lower("or", "and"), lower("fits")]
    # Not symptoms: a pain that "runs down into my leg", a car park that is "a proper headache",
    # "a temp of 37.9" (under the fever line: a reading at or over it is the reader's), the
    # injection "they gave in my arm"
    yield NOT_A_SYMPTOM, [lower("runs", "ran", "running"), lower("down"),
                          lower("into", "to", "through", "the", "my", "her")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("is", "was"), lower("a"),
                          lower("proper", "real", "right", "total", "major", "massive"),
                          lower("headache")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("a"), lower("temp", "temperature"), lower("of"),
                          {"LIKE_NUM": True}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("they"), lemma("give"), lower("in"),
                          lower("my", "her", "the", "his")]  # fmt: skip
    # a cricket score, a storm's "wrecked", paint "gone yellowy" (round 35's review)
    yield NOT_A_SYMPTOM, [lower("the"), lower("runs"), lower("they", "needed", "in", "off",
                          "required", "easily", "we")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("made", "scored", "chased", "make", "score", "chase"),
                          lower("all", op="?"), lower("the"), lower("runs")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("got", "get", "gets", "arrived"), lower("wrecked")]
    yield NOT_A_SYMPTOM, [lower("wrecked"), lower("by", "in"), lower("the", "a", "last")]
    things = sorted(words("paint ceiling curtain wall paper photo banana page net sheet pillow"))
    things += [f"{thing}s" for thing in things] + ["custard", "grass", "lawn", "sky", "leaves"]
    yield NOT_A_SYMPTOM, [lower(*things),
                          lower("'s", "is", "are", "have", "has", "'ve", op="?"),
                          lower("gone", "going", "turning", "turned", "a", "bit", "little",
                                op="{1,3}"),
                          lower("yellow", "yellowy", "yellowish")]  # fmt: skip


def _round_thirty_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round35q and round35r (round 36): a nurse's call answered, dictation's
    homophones, treatment days compared, Singapore English."""
    # A nurse's call answered ("before I'm puffing", "can't get off" to sleep, "have to force
    # myself to eat"), dictation's homophones ("blood in my flem", "tinkling in my fingers",
    # "the doctor says it is a brake", "my wait has gone down"), Singapore English ("hair
    # dropping"), "just nerves"
    yield "shortness-of-breath", [lower("i'm", "'m", "am", "i"), lower("puffing")]
    yield "difficulty-sleeping", [lower("sleep"), lower("-", ":", ",", op="?"), *CANT,
                                  lower("get"), lower("off")]  # fmt: skip
    yield "loss-of-appetite", [lemma("have"), lower("to"), lower("force"),
                               lower("myself"), lower("to"), lower("eat")]  # fmt: skip
    yield "loss-of-appetite", [lower("forced"), lower("myself"), lower("to"), lower("eat")]
    yield "coughing-up-blood", [lower("blood"), lower("in"), lower("my", "the", "her"),
                                lower("flem", "phlem", "fleam", "phelgm", "flegm")]  # fmt: skip
    yield "neuropathy", [lower("tinkling"), lower("in"), lower("my", "her", "both"),
                         lemma("finger", "toe", "hand", "foot", "feet")]  # fmt: skip
    yield "fracture", [lower("says", "said"), lower("it"), lower("is", "'s", "was"), lower("a"),
                       lower("brake")]  # fmt: skip
    yield "weight-loss", [lower("my"), lower("wait", "weigh"), lower("has", "'s", "is"),
                          lower("gone", "going", "dropped"), lower("down")]  # fmt: skip
    # (hers: not hair dropping off the lad before her at the barber's)
    yield "hair-loss", [lower("my", "just"), lower("hair"), lower("dropping", "drop")]
    yield "hair-loss", [{"LOWER": "hair", "IS_SENT_START": True}, lower("'s", op="?"),
                        lower("dropping")]  # fmt: skip
    # Dictation's "dropping" for "drooping": "Right side of my face dropping", "Corner of my
    # mouth is dropping", "Left foot dropping when I walk"
    yield "facial-numbness", [lower("my", "her"), lower("face", "mouth", "eyelid", "lip"),
                              lower("is", "'s", op="?"), lower("dropping")]  # fmt: skip
    yield "leg-weakness", [SIDE, lower("foot", "leg"), lower("is", "'s", op="?"),
                           lower("dropping")]  # fmt: skip
    yield "anxiety", [lower("just", "only"), lower("nerves"),
                      lower(".", ",", "today", "tonight", "really")]  # fmt: skip
    # (not lips that "look a bit blue")
    yield "depression", [lower("feeling", "feel", "felt", "and"), lower("a", op="?"),
                         lower("bit", "little", op="?"), lower("blue")]  # fmt: skip
    yield "hair-loss", [lower("hair"), lower("mostly", "nearly", "almost", "all"),
                        lower("all", op="?"), lower("gone")]  # fmt: skip
    yield "hair-loss", [lemma("hair"), lower("is", "'s", "looks", "looking", "going", op="?"),
                        lower("patchy")]  # fmt: skip
    # "Upper arm throbs when I lift the kettle", "I leaked on the way to the loo", "I'm parched",
    # "Passing urine many times", "needing to pee a lot", "Mouth raw", "blood from my front
    # passage", "Awake at 4am every night", "jaw problems", "my calcium goes high"
    yield "pain", [lower("upper", "lower"), lemma("arm", "leg"),
                   lower("throbs", "throbbing", "aches", "hurts", "aching")]  # fmt: skip
    yield "bladder-bowel-control", [lower("i", "she"), lower("leaked", "wet"), lower("on"),
                                    lower("the"), lower("way"), lower("to")]  # fmt: skip
    yield "high-blood-sugar", [lower("i'm", "'m", "am", "i"), lower("parched")]
    # (hers: not an uncle's with diabetes)
    yield "high-blood-sugar", [{"LOWER": {"IN": ["passing", "pass"]}, "IS_SENT_START": True},
                               lower("urine", "water"), lower("many", "lots", "so", "loads"),
                               lower("of", "many", op="?"), lower("times")]  # fmt: skip
    yield "high-blood-sugar", [lower("i'm", "'m", "am", "been", "keep", "i"),
                               lower("passing", "pass"), lower("urine", "water"),
                               lower("many", "lots", "so", "loads"),
                               lower("of", "many", op="?"), lower("times")]  # fmt: skip
    yield "high-blood-sugar", [lower("needing", "need"), lower("to"), lemma("pee", "wee"),
                               lower("a"), lower("lot")]  # fmt: skip
    yield "mouth-sores", [{"LOWER": "mouth", "IS_SENT_START": True}, lower("raw")]
    yield "mouth-sores", [lower("my", "her"), lower("mouth"), BE, lower("raw")]
    yield "vaginal-bleeding", [lower("blood", "bleeding"), lower("from"), lower("my", "her"),
                               lower("front"), lower("passage")]  # fmt: skip
    yield "difficulty-sleeping", [{"LOWER": "awake", "IS_SENT_START": True},
                                  lower("at", "half", "most", "all", "every")]  # fmt: skip
    yield "jaw-pain", [lower("jaw"), lower("problems", "trouble", "problem")]
    yield "hypercalcemia", [lower("calcium"), lower("goes", "going", "gets", "getting"),
                            lower("high")]  # fmt: skip
    yield "fracture:negated", [lower("but"), lower("not"), lower("broken", "fractured")]
    # "my words slur", "Pain when breathing in", "Asked about the fits", "acting really off"
    yield "speech-problems", [lower("my", "her"), lower("words", "speech"),
                              lower("slur", "slurring", "slurred", "slurry")]  # fmt: skip
    yield "chest-pain", [lemma("pain", "hurt", "ache"), lower("when", "on", "while"),
                         lower("breathing", "taking"),
                         lower("in", "deep", "deeply", "a")]  # fmt: skip
    yield "seizure", [lower("about"), lower("the", "any", op="?"), lower("fits")]
    yield "mental-status-change", [lower("is", "'s", "was", "been"), lower("acting", "behaving"),
                                   lower("really", "very", "so", "a", "bit", op="{0,2}"),
                                   lower("off")]  # fmt: skip
    # Not symptoms: tea "weak as dishwater", "Lost the head with the
    # Revenue" (Irish: lost her temper)
    yield NOT_A_SYMPTOM, [lower("weak"), lower("as"), lower("dishwater", "gnat's")]
    yield NOT_A_SYMPTOM, [lower("black"), lower("and"), lower("blue")]
    yield NOT_A_SYMPTOM, [lower("lost", "lose", "losing"), lower("the"), lower("head"),
                          lower("with", "at")]  # fmt: skip
    # Not symptoms: music that "would give you a headache", a system "giving everyone headache"
    yield NOT_A_SYMPTOM, [lower("would", "could", "will", "'d"), lower("give"),
                          lower("you", "anyone", "anybody"), lower("a"),
                          lower("headache")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("give"), lower("everyone", "everybody", "people", "us", "them"),
                          lower("a", op="?"), lower("headache")]  # fmt: skip


def _round_thirty_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round36s and round36t (round 37): where a pain is, blood brought up,
    formal and old-fashioned English, Scots, text-speak."""
    # Blood brought up: "Coughed up a bit of bright red blood", "a mouthful of dark blood" (round
    # 41), "pink froth after coughing"
    yield "coughing-up-blood", [lemma("cough", "bring", "spit"), lower("up"),
                                lower("a", "some", op="?"),
                                lower("bit", "little", "touch", "spot", "drop", "mouthful",
                                      "spoonful", "teaspoon", "streak", "streaks", "clot",
                                      "clots", "lot", op="?"),
                                lower("of", op="?"), lower("bright", "fresh", "dark", op="?"),
                                lower("red", op="?"), lower("blood")]  # fmt: skip
    # (not a milkshake's or the sea's)
    yield "coughing-up-blood", [lower("pink", "bloody"), lower("froth", "frothy", "foam"),
                                lower("after", "when", "from", "with", "on"),
                                lower("coughing", "i", "she", "cough")]  # fmt: skip
    # Where a pain is: "a twinge under my left breast", "Heavy feeling in the middle of my
    # chest", "ache just below my breastbone", "Sore under the right side of my ribcage", "ache
    # high up on the right side of my belly", "a headache behind my eyes", "arthritis aches"
    hurt = lemma("pain", "ache", "twinge", "stab", "sore", "aching", "hurt")
    yield "chest-pain", [hurt, lower("under", "beneath", "below"), lower("my", "her"), SIDE,
                         lower("breast", "boob")]  # fmt: skip
    yield "chest-pain", [lower("heavy", "tight", "crushing", "heaviness", "tightness", "pressure"),
                         lower("feeling", op="?"), lower("in"), lower("the", op="?"),
                         lower("middle", "centre", "center", op="?"), lower("of", op="?"),
                         lower("my", "her"), lower("chest")]  # fmt: skip
    yield "upper-abdominal-pain", [hurt, JUST, lower("below", "under", "beneath"),
                                   lower("my", "her"), lower("breastbone", "sternum")]  # fmt: skip
    yield "upper-abdominal-pain", [hurt, lower("under", "below", "beneath"), lower("the"),
                                   lower("right"), lower("side"), lower("of"), lower("my", "her"),
                                   lower("ribcage", "ribs", "rib")]  # fmt: skip
    yield "upper-abdominal-pain", [hurt, lower("high"), lower("up"), lower("on", "in"),
                                   lower("the", op="?"), lower("right", "left", op="?"),
                                   lower("side", op="?"), lower("of", op="?"), lower("my", "her"),
                                   lemma("belly", "tummy", "stomach", "abdomen")]  # fmt: skip
    yield "headache", [lower("headache"), lower("behind", "over", "above"), lower("my", "her"),
                       lower("eyes", "eye")]  # fmt: skip
    yield "joint-pain", [lower("arthritis", "arthritic"), lower("aches", "ache", "pain", "pains")]
    # "a break in the top of my arm bone"
    # (hers: not a dinosaur's at the museum)
    yield "fracture", [lower("a"), lower("wee", "small", "tiny", "little", op="?"),
                       lower("break", "crack"), lower("in"), lower("the", op="?"),
                       lower("top", "bottom", "middle", "end", "neck", "head", op="?"),
                       lower("of", op="?"), lower("my", "her"), {"IS_PUNCT": False, "OP": "{0,2}"},
                       lower("bone", "femur", "hip", "rib", "wrist", "spine", "vertebra",
                             "vertebrae", "pelvis", "humerus", "shin")]  # fmt: skip
    # A carer's "She can't keep her eyes open", "can't tell me what year it is"; "had no idea
    # where I was"; "my words just stopped", "talking thick and slow"
    # (not a baby's at bedtime, an old photo's year, a new town)
    yield "mental-status-change", [lower("she", "mum", "mam", "mom", "gran", "nan", "i"), *CANT,
                                   lower("keep"), lower("her", "my"), lower("eyes"),
                                   lower("open")]  # fmt: skip
    yield "confusion", [*CANT, lower("tell"), lower("me", "us", "her"), lower("what"),
                        lower("year", "day", "month"), lower("it")]  # fmt: skip
    yield "confusion", [lemma("have"), lower("no"), lower("idea"), lower("where"),
                        lower("i", "she"), lower("was", "were", "am"), lower("for")]  # fmt: skip
    yield "speech-problems", [lower("my", "her"), lower("words", "speech"), lower("just", op="?"),
                              lower("stopped", "dried", "vanished", "disappeared")]  # fmt: skip
    yield "speech-problems", [lower("talking", "speaking"), lower("slurred", "slurry")]
    # "numb around the back passage" (a sign of the spinal cord's pressure)
    yield "bladder-bowel-control", [lower("numb", "numbness"), lower("around", "round", "near"),
                                    lower("my", "the", "her"), lower("back"),
                                    lower("passage", "bottom")]  # fmt: skip
    # Others: "zigzag lights", "Peeing more than usual", "watery poo", "Running stomach" (East
    # Africa), "lost about half a stone", "Lump and redness where they did the Zoladex jab"
    yield "vision-problems", [lower("zigzag", "zig-zag"), lower("lights")]
    yield "high-blood-sugar", [lower("peeing", "weeing"), lower("more"), lower("than"),
                               lower("usual", "normal")]  # fmt: skip
    yield "diarrhea", [lower("watery", "runny", "loose"), lower("poo", "poos", "stool", "stools")]
    yield "diarrhea", [{"LOWER": "running", "IS_SENT_START": True}, lower("stomach", "tummy")]
    yield "weight-loss", [lemma("lose"), lower("about", "nearly", "almost", "over", op="?"),
                          lower("half"), lower("a"), lower("stone", "kilo")]  # fmt: skip
    yield "injection-site-reaction", [lower("redness", "lump", "swelling", "bruising",
                                      "soreness"), gap(3), lower("where"), lower("they"),
                                      lower("did", "gave", "put"), lower("the", "my"), gap(1),
                                      lower("jab", "injection")]  # fmt: skip
    # Formal and old-fashioned English, and Scots: "I've not been meself", "I wisnae masel",
    # "no knowin where I was", "carrying on odd", "quite bewildered", "Struggling to find the
    # right word", "My lower limbs are grown feeble", "can no longer hold my water", "the
    # rheumatics", "Ma back's been murder", "It hurts when I take a deep breath"
    yield "mental-status-change", [NOT, lower("been"), lower("meself", "myself", "masel")]
    yield "mental-status-change", [lower("was", "wis"), NOT, lower("masel", "meself", "myself")]
    yield "confusion", [lower("no", "not"), lower("knowin", "knowing"), lower("where"),
                        lower("i", "she"), lower("was", "am", "were")]  # fmt: skip
    # (not the weather's, the dog's or the barometer's)
    carrying_on = [lower("carrying"), lower("on"), lower("odd", "strange", "funny", "weird")]
    yield "mental-status-change", [lower("and"), *carrying_on]
    yield "mental-status-change", [lower("i", "she", "mum", "mam", "mom"),
                                   lower("was", "is", "'s", "been", "'ve", op="{0,2}"),
                                   *carrying_on]  # fmt: skip
    yield "confusion", [lower("was", "felt", "feel", "am", "'m", "quite", "very"),
                        lower("quite", "very", "rather", op="?"), lower("bewildered")]  # fmt: skip
    # (not "bewildered by the new timetable")
    yield NOT_A_SYMPTOM, [lower("was", "felt", "feel", "am", "'m", "quite", "very", "rather",
                                op="{0,2}"), lower("bewildered"),
                          lower("by", "at", "with")]  # fmt: skip
    yield "speech-problems", [lemma("struggle"), lower("to"), lower("find"), lower("the"),
                              lower("right"), lemma("word")]  # fmt: skip
    yield "leg-weakness", [lower("lower", op="?"), lower("limbs", "legs"),
                           lower("are", "have", op="?"),
                           lower("grown", "become", "gone", "got"),
                           lower("feeble", "weak", "useless")]  # fmt: skip
    yield "bladder-bowel-control", [lower("can", "could"), lower("no"), lower("longer"),
                                    lower("hold", "control"), lower("my", "her"),
                                    lower("water", "wee", "bladder", "urine",
                                          "bowels")]  # fmt: skip
    yield "joint-pain", [lower("rheumatics", "rheumatism")]
    yield "speech-problems", [lemma("word"), lower("are", "were", "'re", "keep", op="?"), NOT,
                              lower("coming"), lower("out"),
                              lower("right", "properly", "straight")]  # fmt: skip
    yield "back-pain", [lower("my", "ma", "me", "her"), lower("back"), lower("'s", "is", "has"),
                        lower("been", op="?"), lower("murder")]  # fmt: skip
    yield "chest-pain", [lemma("hurt"), lower("when", "if"), lower("i", "she"), lemma("take"),
                         lower("a"), lower("deep", "big"), lower("breath")]  # fmt: skip
    yield "upper-abdominal-pain", [hurt, lower("in"), lower("the"), lower("right"),
                                   lower("side"), lower("under"), lower("the", "my"),
                                   lower("ribs", "ribcage")]  # fmt: skip
    # "a want of appetite", "came straight back up", "brought up ma dinner", "costive", "sadly
    # lacking in strength", "in low spirits", "a little melancholy", "a bag of nerves", "my
    # memory is not good", "hard of hearing", "nee strength in me", "my balance is not good"
    yield "loss-of-appetite", [lower("want", "lack", "loss"), lower("of"), lower("appetite")]
    # (what she had: not the postman)
    yield "vomiting", [lower("had", "ate", "drank", "it", "everything", "food", "porridge",
                             "breakfast", "dinner", "lunch", "tea", "soup", "water"),
                       lower("came", "comes"), lower("straight", "right"), lower("back"),
                       lower("up")]  # fmt: skip
    # (hers: not the kids who brought up her tea on a tray)
    meal = lower("dinner", "tea", "breakfast", "lunch", "supper", "food")
    yield "vomiting", [lower("i", "and", "she", "just", ","), lower("brought"), lower("up"),
                       lower("my", "ma", "me", "her"), meal]  # fmt: skip
    yield "vomiting", [{"LOWER": "brought", "IS_SENT_START": True}, lower("up"),
                       lower("my", "ma", "me", "her"), meal]  # fmt: skip
    yield "constipation", [lower("i"), lower("have", "'ve"), lower("been"), lower("costive")]
    yield "weakness", [lower("lacking"), lower("in"), lower("strength")]
    yield "weakness", [lower("nee", "nae", "no"), lower("strength"), lower("in"),
                       lower("me", "masel", "meself")]  # fmt: skip
    # (hers: not a party's)
    yield "depression", [lower("i", "been", "'m", "am", "feeling", "felt", "feel"),
                         lower("was", op="?"), lower("in"), lower("low"),
                         lower("spirits")]  # fmt: skip
    yield "depression", [lower("little", "bit", "most", "very", "rather", "quite", "feeling",
                               "feel", "felt"), lower("melancholy")]  # fmt: skip
    yield "anxiety", [lower("been", "'m", "am", "feel", "feeling"), lower("a"),
                      lower("bag"), lower("of"), lower("nerves")]  # fmt: skip
    yield "memory-problems", [lower("my"), lower("memory"), lower("is", "'s"),
                              lower("not", "trash", "rubbish", "shocking", "terrible",
                                    "hopeless"), lower("good", op="?")]  # fmt: skip
    # (not the bank's)
    yield "balance-problems", [lower("my", "her"), lower("balance"), lower("is", "'s"),
                               lower("not"),
                               lower("good", "great", "right")]  # fmt: skip
    # Not symptoms: an estate agent who is "an absolute headache"
    yield NOT_A_SYMPTOM, [lower("is", "was"), lower("an"), lower("absolute"), lower("headache")]


def _round_thirty_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round37u and round37v (round 38): care records, men's own words,
    Scots and New Zealand words, medicine lists with symptoms between them."""
    # Scots: "had the boak twice overnight", "nae boaking" (brought up: vomiting), "he's no
    # himsel", "wet himsel", "she's no sleeping"
    yield "vomiting", [lemma("have"), lower("the"), lower("boak")]
    yield "vomiting:negated", [lower("nae", "no"), lower("boak", "boaking", "boakin")]
    yield "mental-status-change", [lower("no", "nae", "not"),
                                   lower("himsel", "hersel", "hisself", "masel")]  # fmt: skip
    yield "bladder-bowel-control", [lemma("wet"), lower("himsel", "hersel", "masel", "meself",
                                                        "hisself")]  # fmt: skip
    yield "difficulty-sleeping", [lower("'s", "is", "was", "been"), lower("no", "nae"),
                                  lower("sleeping")]  # fmt: skip
    # Breath: "nae chest pain, just the puffing", "no puffing", "nothing sore"
    yield "shortness-of-breath", [lower("the", "some"), lower("puffing")]
    yield "shortness-of-breath:negated", [lower("no", "nae"), lower("puffing")]
    yield "pain:negated", [lower("nothing"), lower("sore", "hurting", "aching")]
    # Tired: "dead on me feet", "just stuffed from the radiotherapy" (New Zealand; not full
    # after a dinner)
    yield "fatigue", [lower("dead"), lower("on"), lower("my", "me", "her", "his"),
                      lower("feet")]  # fmt: skip
    yield "fatigue", [lower("stuffed", "knackered", "shattered", "wiped"),
                      lower("from", "after"), lower("the", "my", op="?"),
                      lower("radiotherapy", "radio", "chemo", "treatment", "infusion",
                            "zapping")]  # fmt: skip
    # Waterworks: "bed wet this morning", "A couple of dribbles I didn't feel coming"
    yield "bladder-bowel-control", [lower("bed"), lower("wet"),
                                    lower("this", "again", "overnight", "last", "twice",
                                          "during", "in")]  # fmt: skip
    yield "bladder-bowel-control", [lower("dribbles", "dribble", "leaks", "leak", "dribbling"),
                                    lower("i", "she", "he"),
                                    lower("didn't", "did", "couldn't", "could", "never"),
                                    NOT, lower("feel")]  # fmt: skip
    # Mind: "not been with it since the weekend", "concentration is shot"
    yield "mental-status-change", [NOT, lower("been", "really", "quite", "all", op="*"),
                                   lower("with"), lower("it")]  # fmt: skip
    yield "memory-problems", [lower("my", "her"), lower("concentration"),
                              lower("is", "'s", "has", "was"),
                              lower("gone", "shot", "rubbish", "terrible", "shocking", "poor",
                                    "awful", "hopeless", "nil", "non-existent")]  # fmt: skip
    # Blood results said with a symptom's weight: "calcium came back sky high"
    yield "hypercalcemia", [lower("calcium"),
                            lower("came", "come", "back", "is", "was", "'s", "has", "gone",
                                  op="{0,3}"),
                            lower("sky", "very", "really", "a", "bit", "too", "slightly",
                                  "little", op="*"),
                            lower("high", "raised", "elevated", "up")]  # fmt: skip
    # "appetite is finished", "heart was going like a jackhammer", "Keeled over in the queue"
    yield "loss-of-appetite", [lower("appetite"), lower("is", "'s", "has"),
                               lower("finished", "vanished", "disappeared")]  # fmt: skip
    yield "palpitations", [lemma("heart"), lower("was", "is", "'s", "been", "kept", op="?"),
                           lower("going", "went", "racing", "pounding", "thumping", "banging"),
                           lower("like"), lower("a", "the"),
                           lower("jackhammer", "drum", "train", "hammer", "clappers",
                                 "steam", "express", "bird", "piston")]  # fmt: skip
    yield "palpitations", [{"LOWER": {"IN": ["keeled", "keel"]}, "IS_SENT_START": True},
                           lower("over")]  # fmt: skip
    # Where it hurts: "shin's been killing me", "pain right upper abdomen", "pain at upper
    # abdomen right side", "a nagging pain low in my back", "a tender spot high up on the right
    # side of my belly", "tummy's gripey", "hand and forearm have swelled right up"
    yield "pain", [lower("shin", "shins", "thigh", "thighs", "heel", "heels", "elbow"),
                   BE, gap(1), lower("killing"), lower("me", "her", "him")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("at", "in", "over", op="?"),
                                   lower("the", op="?"), lower("right", "left", op="?"),
                                   lower("upper"),
                                   lower("abdomen", "abdo", "belly", "tummy",
                                         "stomach")]  # fmt: skip
    yield "back-pain", [lemma("pain", "ache"), lower("low"), lower("down", op="?"), lower("in"),
                        lower("my", "her", "the"), lower("back")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("tender", "sore", "painful"), lower("spot", "patch"),
                                   lower("high"), lower("up"), lower("on", "in"),
                                   lower("the", op="?"), lower("right", "left", op="?"),
                                   lower("side", op="?"), lower("of", op="?"), lower("my", "her"),
                                   lemma("belly", "tummy", "stomach", "abdomen")]  # fmt: skip
    yield "pain", [lower("tummy", "stomach", "belly"), lower("'s", "is", "was", "feels", op="?"),
                   lower("gripey", "gripy", "griping", "crampy")]  # fmt: skip
    yield "swelling", [lemma("hand", "arm", "forearm", "ankle", "foot", "feet", "finger"),
                       lower("and", op="?"),
                       lemma("hand", "arm", "forearm", "ankle", "foot", "feet", "finger", op="?"),
                       lower("have", "has", "had", "'ve", op="?"),
                       lower("swelled", "swelt"), lower("up", op="?")]  # fmt: skip
    yield "swelling", [lemma("ankle", "foot", "feet", "leg", "hand", "finger"),
                       lower("are", "look", "looked", "were", "seem", "'re", op="?"),
                       lower("puffier", "puffy")]  # fmt: skip
    # Injections: "the injection spot on my belly is red and sore", "Both sites red and sore
    # tonight", "Sore lumpy bum cheeks where the fulvestrant jabs went in"
    marks = lower("red", "sore", "lumpy", "swollen", "bruised", "itchy", "hot", "tender", "hard")
    yield "injection-site-reaction", [lower("injection", "jab", "shot"),
                                      lower("spot", "site", "sites", "spots", "area"),
                                      gap(4), lower("is", "are", "'s", "looks", "look"),
                                      marks]  # fmt: skip
    yield "injection-site-reaction", [lower("both", "the", "injection", "jab"),
                                      lower("sites", "site"), lower("are", "is", "look", op="?"),
                                      marks]  # fmt: skip
    yield "injection-site-reaction", [marks, gap(4), lower("where"), lower("the", "my", "they"),
                                      gap(2), lower("jab", "jabs", "injection", "injections",
                                                    "needle", "shot", "shots"),
                                      lower("went", "go", "goes")]  # fmt: skip
    # Others: "blood came with the phlegm", "brought everything up", "a funny yellow colour
    # round the eyes", "Can't lift either leg", "white patches inside her cheek", "dry and
    # sore down below", "No spinning sensation", "sheets wet from sweating", "a crack in one of
    # my left ribs", "swimmy-headed", "sleeplessness", "itching on my skin", "words all coming
    # out back to front", "become weak and thin", "in case of fits", "runny stomach"
    yield "coughing-up-blood", [lower("blood"), lower("came", "comes", "coming"),
                                lower("up", op="?"), lower("with", "in"),
                                lower("the", "my", op="?"),
                                lower("phlegm", "sputum", "mucus", "spit")]  # fmt: skip
    yield "vomiting", [lemma("bring"), lower("everything"), lower("up")]
    yield "vomiting", [lemma("bring"), lower("it"), lower("all"), lower("up")]
    yield "jaundice", [lower("yellow", "yellowish"), lower("colour", "color", "tinge", "tint"),
                       lower("round", "around", "in", "to"), lower("the", "his", "her", "my"),
                       lower("eyes", "skin")]  # fmt: skip
    yield "leg-weakness", [*CANT, lower("lift", "move"), lower("either", "both", "my", "her",
                                                              "his", "one"),
                           lemma("leg")]  # fmt: skip
    yield "mouth-sores", [lower("white"), lower("patches", "spots"),
                          lower("in", "inside", "on"), lower("my", "her", "his", "the"),
                          lower("mouth", "cheek", "cheeks", "tongue", "gums")]  # fmt: skip
    # "if my calcium goes up again" (not "My calcium went up a bit but it's normal now", round
    # 80's review)
    yield "hypercalcemia", [lower("my", "her"), lower("calcium"), lower("goes", "going"),
                            lower("up")]  # fmt: skip
    # "today I cry whole day without reason" (not "So sad, cry whole night" at a sister's news)
    yield "depression", [lower("cry", "crying", "cried"), lower("the", op="?"),
                         lower("whole", "all"), lower("day", "night"),
                         lower("without", "for"), lower("reason", "no", "any")]  # fmt: skip
    # "Sleep still bad"
    yield "difficulty-sleeping", [lower("sleep"), lower("still"),
                                  lower("bad", "poor", "rubbish", "terrible", "awful",
                                        "broken")]  # fmt: skip
    # "Not puffed at all!" (after singing a whole concert)
    yield "shortness-of-breath" + NEGATED, [{"LOWER": "not", "IS_SENT_START": True},
                                            lower("puffed")]  # fmt: skip
    # Not symptoms: "the spots in my ribs make the bones weak" (a risk of fracture), "they had
    # me cough and raise my arms" (to free a port)
    yield NOT_A_SYMPTOM, [lower("bones", "bone"), BE, lower("weak", "weaker", "fragile")]
    # "A vomiting bug has gone through the whole office" (going round others: "gone through"
    # is no longer read as gone, round 80)
    yield NOT_A_SYMPTOM, [lower("a", "the"), lower("vomiting", "sickness", "diarrhoea", "diarrhea"),
                          lower("bug", "virus"), lower("has", "is", "'s", op="?"),
                          lower("gone", "going", "went", "been"),
                          lower("through", "round", "around")]  # fmt: skip
    # (not "The new tablets have made me cough all night", round 80's review)
    yield NOT_A_SYMPTOM, [lower("had", "asked", "told"), lower("me", "her"), lower("to", op="?"),
                          lower("cough")]  # fmt: skip
    yield "vaginal-dryness", [lower("dry"), lower("and", op="?"), lower("sore", "itchy", op="?"),
                              lower("down"), lower("below", "there")]  # fmt: skip
    yield "dizziness", [lower("spinning"), lower("sensation", "feeling")]
    yield "hot-flashes", [lower("sheets", "bed", "pillow", "nightie", "pyjamas", "pajamas"),
                          lower("wet", "soaked", "drenched", "soaking"), lower("from", "with"),
                          lower("sweat", "sweating")]  # fmt: skip
    yield "fracture", [lower("crack", "break", "fracture"), lower("in"), lower("one"), lower("of"),
                       lower("my", "her", "his"), {"IS_PUNCT": False, "OP": "{0,2}"},
                       lower("ribs", "vertebrae", "bones", "toes", "fingers")]  # fmt: skip
    yield "dizziness", [lower("swimmy"), lower("-", op="?"), lower("headed", "head")]
    yield "difficulty-sleeping", [lower("sleeplessness")]
    yield "rash", [lower("itching", "itchiness"), lower("on", "of", "all", op="?"),
                   lower("over", op="?"), lower("my", "her"), lower("skin")]  # fmt: skip
    yield "speech-problems", [lemma("word"), lower("were", "are", "was", "keep", "kept", op="?"),
                              lower("all", op="?"), lower("coming"), lower("out"),
                              lower("back", "wrong", "jumbled", "muddled", "garbled", "mixed",
                                    "backwards")]  # fmt: skip
    yield "weight-loss", [lower("become", "gone", "got", "getting", "grown", "becoming"),
                          lower("very", "so", "really", "quite", op="?"),
                          lower("thin", "skinny")]  # fmt: skip
    # ("in case of seizures" is read by its catalog word, with the condition round 75)
    yield "seizure", [lower("in"), lower("case"), lower("of"), lower("fits")]
    # (and "runny tum all day", round 73)
    yield "diarrhea", [lower("runny", "running"), lower("stomach", "tummy", "tum", "belly")]
    # Not symptoms (and round 38's review): a nurse's title ("Lymphoedema nurse is measuring
    # me for a sleeve"), a blood
    # count ("Her neutrophil very low last week"), a bone's weakness on an x-ray ("the bone's
    # gone weak from the cancer"), a breathless man who "cannot talk full sentence" (said as
    # breath), a pain "like a toothache", a meeting that "was a total migraine"
    yield NOT_A_SYMPTOM, [lower("lymphoedema", "lymphedema"),
                          lower("nurse", "clinic", "team", "service", "specialist",
                                "physio")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("neutrophil", "neutrophils", "counts", "platelets",
                                "haemoglobin", "hemoglobin", "hb", "sodium", "potassium",
                                "magnesium", "iron", "wbc", "bloods"),
                          lower("is", "are", "was", "were", op="?"),
                          lower("very", "really", "quite", "a", "bit", "too", op="*"),
                          lower("low")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("bone", "bones"), lower("'s", "has", "have", "is", "are"),
                          lower("gone", "become", "got", op="?"),
                          lower("weak", "weakened", "brittle")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lower("talk", "speak"), lower("in", "a", op="?"),
                          lower("full", "whole"), lemma("sentence")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("like"), lower("a", "an", op="?"), lower("toothache")]
    yield NOT_A_SYMPTOM, [lower("was", "is"), lower("a", "an"),
                          lower("total", "absolute", "real", "complete", "splitting"),
                          lower("migraine", "headache")]  # fmt: skip
    # ... and a form that is "a splitting headache of a thing", a shop or a battery "run down",
    # "throwing up ideas" or a tent, "those dizzy heights", "on pins and needles" waiting,
    # "couldn't sleep for excitement", a wobbly wheel, an old kettle "coughing and spluttering",
    # "Keeled over laughing", a pet "a bit red where the jab went in", a road "like a running
    # stomach"
    yield NOT_A_SYMPTOM, [lower("headache"), lower("of"), lower("a", "an")]
    things = (
        "battery",
        "batteries",
        "shop",
        "shops",
        "town",
        "centre",
        "center",
        "farm",
        "estate",
        "area",
        "building",
        "house",
        "phone",
        "mobile",
        "watch",
        "car",
        "clock",
        "street",
        "village",
        "place",
        "hotel",
        "pub",
        "park",
        "station",
        "factory",
        "mall",
        "kettle",
        "engine",
        "boiler",
        "van",
        "tractor",
        "mower",
        "motor",
        "printer",
    )
    yield NOT_A_SYMPTOM, [lower(*things), lower("is", "'s", "has", "have", "got", "gone",
                                                "looking", "looks", "was", "'ve", "been",
                                                op="*"),
                          lower("a", "bit", "very", "really", "completely", "totally", "awful",
                                "awfully", "so", op="*"),
                          lower("run"), lower("down")]  # fmt: skip
    machines = lower("kettle", "engine", "boiler", "van", "tractor", "mower", "motor", "car")
    noises = ("coughing", "wheezing", "wheezes", "coughs", "spluttering", "splutters")
    yield NOT_A_SYMPTOM, [machines, lower("has", "'s", "is", "was", "been", "keeps", "kept",
                                          "started", op="*"), lower(*noises)]  # fmt: skip
    yield NOT_A_SYMPTOM, [machines, lower("shudders", "splutters", "coughs", "chugs"),
                          lower("and"), lower(*noises)]  # fmt: skip
    throw = lower("throwing", "threw", "throw", "throws")
    put_up = lower("ideas", "idea", "tent", "tents", "marquee", "scaffolding", "scaffold", "shed",
                   "fence", "suggestions", "gazebo")  # fmt: skip
    yield NOT_A_SYMPTOM, [throw, lower("up"), lower("some", "a", "the", "an", op="?"), put_up]
    yield NOT_A_SYMPTOM, [lower("dizzy"), lower("heights", "height")]
    pins = [lower("pins"), lower("and"), lower("needles")]
    yield NOT_A_SYMPTOM, [lower("on", "sitting", "waiting"), *pins]
    yield NOT_A_SYMPTOM, [*pins, lower("all", op="?"), lower("week", "day", "morning", op="?"),
                          lower("waiting")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*CANT, lower("sleep"), lower("for", "with"), lower("excitement")]
    yield NOT_A_SYMPTOM, [lower("keeled", "keel"), lower("over"), lower("laughing")]
    yield NOT_A_SYMPTOM, [_PETS, {"IS_PUNCT": False, "OP": "{0,3}"}, marks, gap(4),
                          lower("where"), lower("the", "my", "they"), gap(2),
                          lower("jab", "jabs", "injection", "injections", "needle", "shot",
                                "shots")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("like"), lower("a"), lower("running", "runny"), lower("stomach")]
    yield NOT_A_SYMPTOM, [lower("wobbly"), lower("wheel", "table", "chair", "shelf", "trolley",
                                                 "jelly")]  # fmt: skip


def _round_thirty_nine() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round38w and round38x (round 39): English as a second language,
    notes written in the night, a parent's words relayed from a call, notes around scans."""
    # The mind and speech: "I am like another person this week", "Today she is saying strange
    # things", "My mind was all over the place", "not like her at all", "which isn't her at
    # all", "words not coming", "I don't know this room"
    yield "mental-status-change", [lower("like"), lower("another"), lower("person")]
    yield "mental-status-change", [lower("like"), lower("a"), lower("different"),
                                   lower("person")]  # fmt: skip
    yield "mental-status-change", [lower("saying", "talking"),
                                   lower("strange", "odd", "weird", "funny"),
                                   lower("things", "stuff")]  # fmt: skip
    yield "confusion", [lower("my", "her"), lower("mind"), lower("was", "is", "'s", "been"),
                        lower("all"), lower("over"), lower("the"), lower("place")]  # fmt: skip
    yield "mental-status-change", [NOT, lower("like", op="?"), lower("her", "herself"),
                                   lower("at"), lower("all")]  # fmt: skip
    yield "speech-problems", [lemma("word"), lower("were", "are", "was", op="?"), NOT,
                              lower("coming")]  # fmt: skip
    yield "confusion", [lower("i", "she"), lemma("do"), NOT, lower("know", "recognise",
                                                                   "recognize"),
                        lower("this", "the", "her", "my"), lower("room", "house", "flat",
                                                                 "home")]  # fmt: skip
    # Blood and breath: "some blood came up with the last bout", "fire in my chest when I
    # breathe", "A crushing feeling behind my breastbone", "Fluttery feeling in my chest", "fits
    # or blackouts"
    yield "coughing-up-blood", [lower("blood"), lower("came", "comes", "coming"), lower("up"),
                                lower("with", "when"), lower("the", "my", "a", op="?"),
                                lower("last", "first", op="?"),
                                lower("bout", "cough", "coughing", "coughs", "fit")]  # fmt: skip
    yield "chest-pain", [lower("fire"), lower("in"), lower("my", "her", "the"), lower("chest")]
    yield "chest-pain", [lower("crushing", "heavy", "tight", "squeezing"),
                         lower("feeling", "pain", "pressure", op="?"),
                         lower("behind", "under", "in"), lower("my", "her", "the"),
                         lower("breastbone", "sternum")]  # fmt: skip
    yield "palpitations", [lower("fluttery", "fluttering"), lower("feeling", op="?"),
                           lower("in"), lower("my", "her", "the"), lower("chest")]  # fmt: skip
    yield "palpitations", [lower("blackouts", "blackout")]
    # Legs, waterworks, bowels: "my legs not doing what they're told", "his legs paralysis", "I
    # make water on myself in bed", "can't feel much when she wipes", "the poo is like water"
    yield "leg-weakness", [lemma("leg"), lower("are", "were", op="?"),
                           lower("not", "n't", "aren't", "weren't"), lower("doing", "do"),
                           lower("what"), lower("they"), lower("'re", "are", "were", op="?"),
                           lower("told")]  # fmt: skip
    yield "leg-weakness", [lemma("leg"), lower("paralysis", "paralysed", "paralyzed")]
    yield "bladder-bowel-control", [lemma("make", "pass"), lower("water", "urine", "wee"),
                                    lower("on"), lower("myself", "herself", "meself")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lower("feel"), lower("much", "anything", op="?"),
                                    lower("when"), lower("she", "i"),
                                    lower("wipe", "wipes")]  # fmt: skip
    yield "diarrhea", [lower("poo", "poos", "stool", "stools", "motion", "motions"),
                       lower("is", "are", "was", "like"), lower("like", op="?"),
                       lower("water")]  # fmt: skip
    # The jaw (osteonecrosis): "the gum hasn't healed", "where the gum won't heal"
    yield "jaw-pain", [lower("gum", "gums", "socket"),
                       {"NORM": {"IN": ["have", "has", "is", "will", "does", "did"]}, "OP": "?"},
                       NOT, lower("healed", "heal", "healing")]  # fmt: skip
    # The eyes and face: "My eyes blur", "the words go double", "Left side of face cannot move
    # good, the mouth corner go down"
    yield "vision-problems", [lemma("eye"), lower("blur", "blurring", "blurs")]
    yield "vision-problems", [lower("words", "letters", "print"),
                              lower("go", "went", "going", "are", "look", "looked"),
                              lower("double", "blurry", "fuzzy")]  # fmt: skip
    yield "facial-numbness", [lower("face"), *CANT, lower("move")]
    yield "facial-numbness", [lower("mouth"), lower("corner"),
                              lower("go", "goes", "going", "gone", "went", "is"),
                              lower("down")]  # fmt: skip
    # Where it hurts: "The pain in the stomach on the top", "Tummy's sore across the top",
    # "Tummy hurting at the top" (round 41), "tummy ache at the top"
    belly = lower("stomach", "tummy", "belly", "abdomen")
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("in"), lower("the", "my", "her"),
                                   belly, lower("on", "at"), lower("the"),
                                   lower("top")]  # fmt: skip
    yield "upper-abdominal-pain", [belly, lower("'s", "is", op="?"),
                                   lower("sore", "aching", "painful", "tender", "hurting"),
                                   lower("across", "at", "along"), lower("the"),
                                   lower("top")]  # fmt: skip
    yield "upper-abdominal-pain", [belly, lemma("ache"), lower("at", "across"), lower("the"),
                                   lower("top")]  # fmt: skip
    # Others: "Didn't sleep till gone 3", "awake at 3 every night", "the bed was spinning",
    # "Itchy red band across my back", "hair falling so much", "eyebrows falling", "downing
    # litres of water", "arms have lost all their strength", "can't feel the floor properly", "a
    # crack in the top of the thigh bone"
    yield "difficulty-sleeping", [lemma("do"), NOT, lower("sleep"), lower("till", "until")]
    yield "difficulty-sleeping", [lower("awake"), lower("at"), {"LIKE_NUM": True},
                                  lower("every", "each"), lower("night", "morning")]  # fmt: skip
    yield "dizziness", [lower("bed", "room", "ceiling", "world"),
                        lower("was", "is", "kept", "started", "keeps"),
                        lower("spinning", "whirling", "turning")]  # fmt: skip
    yield "rash", [lower("itchy"), lower("red", op="?"),
                   lower("band", "patch", "streak", "stripe", "blotch", "blotches", "patches"),
                   lower("across", "on", "over", "down", "around")]  # fmt: skip
    yield "hair-loss", [lower("hair", "eyebrows", "eyelashes", "lashes"), lower("falling")]
    yield "high-blood-sugar", [lower("downing", "gulping", "drinking"),
                               lower("litres", "liters", "gallons", "jugs", "bottles"),
                               lower("of"), lower("water")]  # fmt: skip
    yield "weakness", [lower("arms", "arm", "hands"), lower("have", "has", op="?"), lower("lost"),
                       lower("all", op="?"), lower("their", "its", "her", "my"),
                       lower("strength")]  # fmt: skip
    yield "neuropathy", [*CANT, lower("feel"), lower("the"), lower("floor", "ground")]
    yield "fracture", [lower("crack", "break", "fracture"), lower("in"), lower("the"),
                       lower("top", "bottom", "middle", "end", "neck", "head", op="?"),
                       lower("of", op="?"), lower("the"),
                       lower("thigh", "arm", "shin", "leg", op="?"),
                       lower("bone", "femur", "rib", "wrist", "spine", "vertebra", "pelvis",
                             "humerus")]  # fmt: skip
    # Round 39's review: "couldn't keep the soup down", "still heaving over the bowl", "Hands
    # are cold and tingly"; not "Pressure-sore check ... found nothing", the dog that "threw up
    # on the rug", "I nearly fainted with joy"
    yield KEPT_DOWN, [*CANT, lower("keep"), lower("the", "my", "her"),
                      lower("soup", "toast", "dinner", "tea", "breakfast", "lunch", "supper",
                            "porridge", "rice")]  # fmt: skip
    yield "vomiting", [lower("heaving", "retching"), lower("over"), lower("the"),
                       lower("bowl", "toilet", "loo", "sink", "bucket")]  # fmt: skip
    yield "neuropathy", [FEET, lower("are", "feel", "feeling", "were", "'re", op="?"),
                         lower("cold", "numb", op="?"), lower("and", op="?"),
                         lower("tingly", "tingling")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("heels", "back", "bottom", "skin", "hips", "for"),
                          lower("for", op="?"), lower("pressure"), lower("-", op="?"),
                          lower("sores", "sore", "areas", "area")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("pressure"), lower("-", op="?"), lower("sore", "sores"),
                          lower("check", "checks", "area", "areas")]  # fmt: skip
    yield NOT_A_SYMPTOM, [_PETS, lower("was", "has", "had", "been", "just", op="*"),
                          lower("threw", "throwing", "thrown", "sick", "vomited", "vomiting",
                                "puked"),
                          lower("up", op="?")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("fainted", "faint", "swooned"), lower("with", "from"),
                          lower("joy", "relief", "happiness", "excitement", "delight")]  # fmt: skip
    # "Skin is normal colour, not yellow"
    yield "jaundice:negated", [lower("colour", "color"), lower(","), lower("not"),
                               lower("yellow")]  # fmt: skip


def _round_forty() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round39y and round39z (round 40): young mothers' wry words, notes
    full of time, a hospital ward and the first days home, older women with other illnesses."""
    # Breath: "pretty puffed walking to the letterbox", "I'm puffin like an auld train"
    yield "shortness-of-breath", [lower("puffed", "puffing"),
                                  lower("walking", "climbing", "coming")]  # fmt: skip
    yield "shortness-of-breath", [lower("'m", "am", "was", "been", "i"),
                                  lower("puffin", "pechin")]  # fmt: skip
    # "Woke up wringing with sweat", "Tingling and burning in both feet", "The stiffness in my
    # hands of a morning", "The muscle pain in my calves and thighs", "Can't walk in a straight
    # line", "Weaker than last cycle", "I'm getting weaker"
    yield "hot-flashes", [lower("wringing", "pouring", "dripping"), lower("with"),
                          lower("sweat")]  # fmt: skip
    yield "neuropathy", [lower("tingling", "burning", "numbness"), lower("and"),
                         lower("burning", "tingling", "numbness"), lower("in"),
                         lower("both", "my", "her", op="?"), FEET]  # fmt: skip
    yield "joint-pain", [lower("stiffness", "stiff"), lower("in"), lower("my", "her"),
                         lemma("hand", "finger", "knee", "joint", "wrist")]  # fmt: skip
    yield "muscle-pain", [lower("muscle", "muscles"), lower("pain", "pains", "ache", "aches"),
                          lower("in"), lower("my", "her", "both"),
                          lower("calf", "calves", "thigh", "thighs", "leg", "legs", "arm", "arms",
                                "shoulder", "shoulders")]  # fmt: skip
    yield "balance-problems", [*CANT, lower("walk"), lower("in"), lower("a"),
                               lower("straight"), lower("line")]  # fmt: skip
    yield "weakness", [{"LOWER": "weaker", "IS_SENT_START": True}, lower("than")]
    more = lower("much", "a", "bit", "lot", "so", "even", op="*")
    yield "weakness", [lower("i"), lower("feel", "felt", "'m", "am"),
                       lower("feeling", "getting", op="?"), more, lower("weaker")]  # fmt: skip
    yield "weakness", [{"LOWER": {"IN": ["feeling", "feel"]}, "IS_SENT_START": True}, more,
                       lower("weaker")]  # fmt: skip
    # "The bone in my hip pains me", "Liver capsule pain", "sore gums", "sore bruised injection
    # spots", "Is my left calf bigger and warmer than the right", "Right calf is hot and fat
    # compared to the left"
    yield "bone-pain", [lower("the"), lower("bone", "bones"), lower("in"), lower("my", "her"),
                        lower("hip", "hips", "ribs", "leg", "legs", "pelvis", "arm", "shoulder"),
                        lower("pains", "hurts", "aches", "ache", "hurt", "pain")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("liver"), lower("capsule", op="?"), lower("pain")]
    yield "mouth-sores", [lower("sore", "swollen"), lower("gums", "gum")]
    yield "injection-site-reaction", [lower("sore", "bruised", "red", "lumpy"),
                                      lower("bruised", "sore", "red", "lumpy", op="?"),
                                      lower("injection", "jab"),
                                      lower("spots", "sites", "marks")]  # fmt: skip
    yield "calf-swelling", [lemma("calf"), lower("is", "looks", "'s", "feels", op="?"),
                            lower("bigger", "fatter", "larger", "hot", "warm", "warmer", "hotter",
                                  "swollen"),
                            lower("and", op="?"),
                            lower("fat", "fatter", "bigger", "warmer", "hotter", "red", "redder",
                                  op="?"),
                            lower("than", "compared")]  # fmt: skip
    # The mind: "Mammy's not right today", "I keep losing the thread", "I forget which tablets
    # I have taken"
    yield "mental-status-change", [lower("'s", "is", "been", "was"), lower("not"), lower("right"),
                                   lower("today", "tonight", "in", "since", "this")]  # fmt: skip
    yield "memory-problems", [lemma("keep"), lower("losing"), lower("the"), lower("thread")]
    yield "memory-problems", [lower("i"), lower("forget"), lower("which", "what", "whether")]
    # Asked and answered, watched for: "asked had I coughed any blood or had any fits", "watch
    # for fits"; denied: "nae wobbling", "didn't wobble once"
    yield "coughing-up-blood", [lower("coughed", "coughing"), lower("up", op="?"), lower("any"),
                                lower("blood")]  # fmt: skip
    yield "seizure", [lower("any", "watch", "for"), lower("for", op="?"), lower("fits")]
    yield "balance-problems:negated", [lower("nae", "no"), lower("wobbling", "wobbles")]
    yield "balance-problems:negated", [lemma("do"), NOT, lower("wobble")]
    # Not symptoms: "Coughing up forty bucks for parking every day is the real pain"
    yield NOT_A_SYMPTOM, [lower("the", "a"), lower("real"), lower("pain")]
    # ... and feelings said in body words (round 40's review): "Felt sick to my stomach reading
    # the news", "Weak at the knees when he proposed", "Legs turned to jelly when I heard",
    # "heart was pounding with excitement", "Cold sweat thinking about the speech"; a track
    # "washed out"; exercises "done in the garden"
    yield NOT_A_SYMPTOM, [lower("sick"), lower("to"), lower("my", "her"), lower("stomach"),
                          lower("reading", "hearing", "watching", "at", "about", "over",
                                "with")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("weak"), lower("at"), lower("the"), lower("knees")]
    yield NOT_A_SYMPTOM, [lemma("leg"), lower("turned", "went", "go", "going"), lower("to"),
                          lower("jelly"), lower("when"), lower("i", "she"),
                          lower("heard", "saw", "got", "read", "opened")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("heart"), lower("was", "is", op="?"),
                          lower("pounding", "racing", "thumping", "going"), lower("with"),
                          lower("excitement", "joy", "happiness", "pride")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("cold"), lower("sweat"), lower("thinking", "about", "over")]
    yield NOT_A_SYMPTOM, [lower("track", "road", "roads", "bridge", "path", "lane", "crops",
                                "paint", "colour", "color"),
                          lower("'s", "is", "was", "got", "has", "been", op="*"), lower("washed"),
                          lower("out")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("done"), lower("in"), lower("the", "our"),
                          lower("garden", "kitchen", "yard", "house", "gym", "pool", "lounge",
                                "hall", "hospital", "physio")]  # fmt: skip


def _round_forty_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round40a and round40b (round 41): far from a hospital, after surgery
    and radiotherapy, feelings with the body's symptoms between them."""
    # Skin under radiotherapy: "Skin under my left breast is pink and itchy now", "The skin in
    # my armpit is red and angry"
    yield "rash", [lower("skin"), {"IS_PUNCT": False, "OP": "{0,4}"},
                   lower("is", "'s", "looks", "has", "gone", "went"),
                   lower("gone", "become", "turned", op="?"),
                   # "My skin is peeling and raw under my arm" (round 45's review)
                   lower("pink", "red", "raw", "peeling", "blistered"),
                   lower("and"), lower("itchy", "angry", "sore", "raw", "peeling",
                                       "blistered")]  # fmt: skip
    # Tired, low, weak: "Felt wrecked by the time we got home", "Low today.", "Arms feel like wet
    # noodles"
    yield "fatigue", [lower("felt", "feel", "feeling", "'m", "am", "was"),
                      lower("absolutely", "totally", "completely", "so", "just", op="?"),
                      lower("wrecked")]  # fmt: skip
    yield "depression", [{"LOWER": "low", "IS_SENT_START": True},
                         lower("today", "tonight", "again", "this")]  # fmt: skip
    yield "weakness", [lemma("arm"), lower("feel", "felt", "are", "were", op="?"), lower("like"),
                       lower("wet", "cooked", "limp", op="?"),
                       lower("noodles", "jelly", "spaghetti", "lead")]  # fmt: skip
    # Breath: "I was a little bit puffed", "my breath wouldn't come"
    yield "shortness-of-breath", [lower("bit"), lower("puffed")]  # (not the lads "so puffed")
    yield "shortness-of-breath", [lower("breath"),
                                  {"NORM": {"IN": ["will", "would", "do", "did"]}}, NOT,
                                  lower("come")]  # fmt: skip
    # Blood brought up ("I coughed up a mouthful of dark blood" is round 37's pattern): "Phlegm
    # streaked with red",
    # "blood streaked through my phlegm", "Not sure if that was blood I coughed up"
    yield "coughing-up-blood", [lower("phlegm", "sputum", "spit", "mucus"),
                                lower("streaked", "tinged", "flecked", "stained"), lower("with"),
                                lower("red", "blood", "pink")]  # fmt: skip
    yield "coughing-up-blood", [lower("blood"), lower("streaked", "streaks"),
                                lower("through", "in"), lower("my", "the"),
                                lower("phlegm", "sputum", "spit")]  # fmt: skip
    yield "coughing-up-blood", [lower("blood"), lower("i", "she"),
                                lower("coughed", "cough", "brought"), lower("up")]  # fmt: skip
    # Where it hurts: "Muscles round my shoulder blade ache", "Stabbing pain in my upper right
    # abdomen", "the knife in my mid-back", "a tooth that feels loose"
    yield "muscle-pain", [lower("muscles", "muscle"), lower("round", "around", "in", "near"),
                          lower("my", "her", "the"), {"IS_PUNCT": False, "OP": "{0,2}"},
                          lemma("ache", "hurt")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("in"), lower("my", "her", "the"),
                                   lower("upper"), lower("right", "left"),
                                   lower("abdomen", "tummy", "belly", "stomach")]  # fmt: skip
    yield "back-pain", [lower("knife", "knives", "dagger"), lower("in"), lower("my", "her"),
                        lower("mid", "lower", "upper", op="?"), lower("-", op="?"),
                        lower("back", "spine")]  # fmt: skip
    yield "jaw-pain", [lower("tooth", "teeth"), lower("that", op="?"),
                       lower("feels", "feel", "felt", "is", "are"),
                       lower("loose", "wobbly")]  # fmt: skip
    # The face, the legs, the bowels: "chin and lower lip on the right feel numb", "numb along
    # the lower lip", "Can't feel my feet or legs", "I could not hold my stool"
    yield "facial-numbness", [lower("chin", "lip"), lower("and"), lower("lower", "upper", op="?"),
                              lower("lip", "chin"), {"IS_PUNCT": False, "OP": "{0,4}"},
                              lower("feel", "feels", "are", "is", "gone", "went"),
                              lower("numb")]  # fmt: skip
    yield "facial-numbness", [lower("numb"), lower("along", "on", "in", "around"),
                              lower("the", "my"), lower("lower", "upper", op="?"),
                              lower("lip", "chin")]  # fmt: skip
    yield "leg-weakness", [*CANT, lower("feel"), lower("my", "her"), lower("feet", "legs"),
                           lower("or", "and"), lower("legs", "feet")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lower("hold", "control"), lower("my", "her"),
                                    lower("stool", "stools", "bowels", "bowel", "poo", "motion",
                                          "motions")]  # fmt: skip
    yield "nausea", [lower("feel", "felt"), lower("like"), lower("i"),
                     lower("could", "might", "'d", "would"), lower("throw", "be"),
                     lower("up", "sick")]  # fmt: skip
    # Not symptoms (round 41's review): a rude driver ("SOB in the white van", "Some SOB parked
    # across our drive")
    yield NOT_A_SYMPTOM, [lower("some", "that", "what", "an"), lower("sob")]
    yield NOT_A_SYMPTOM, [lower("sob"), lower("of"), lower("a", "an")]
    yield NOT_A_SYMPTOM, [lower("sob"), lower("in"), lower("the", "a"),
                          lower("audi", "van", "car", "bmw", "merc", "truck", "lorry", "taxi",
                                "bus", "ute", "jeep")]  # fmt: skip


def _round_forty_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round41a and round41b (round 42): the first weeks after the spread,
    couples who write "we", lists and ratings."""
    # Injections: "a sore injection spot", "The shots leave my backside sore", "Both bum cheeks
    # sore where the needles went in"
    yield "injection-site-reaction", [lower("sore", "bruised", "red", "lumpy", "itchy"),
                                      lower("injection", "jab"),
                                      lower("spot", "site", "mark")]  # fmt: skip
    yield "injection-site-reaction", [lower("shots", "jabs", "injections", "needles"),
                                      lower("leave", "left", "make", "made"),
                                      lower("my", "her"),
                                      lower("backside", "bum", "bottom", "buttocks", "cheeks",
                                            "hips", "thigh", "thighs", "tummy"),
                                      lower("sore", "bruised", "aching", "achy")]  # fmt: skip
    yield "injection-site-reaction", [lower("sore", "bruised", "tender"), lower("where"),
                                      lower("the"), lower("needle", "needles", "jab", "jabs",
                                                          "injection", "injections", "shots"),
                                      lower("went", "go", "goes", "were", "was")]  # fmt: skip
    # Eyes and balance: "today I saw double", "I'm seeing zigzags", "the trees were spinning",
    # "the floor feels tilted", "tottering on the icy step"
    yield "vision-problems", [lower("saw", "seeing", "see", "sees"), lower("double")]
    yield "vision-problems", [lower("seeing", "saw", "see"),
                              lower("zigzags", "zig-zags", "zigzag", "zig")]  # fmt: skip
    yield "dizziness", [lower("trees", "room", "floor", "ceiling", "world", "walls", "street"),
                        lower("were", "was", "is", "are", "kept", "started", op="?"),
                        lower("spinning", "tilting", "tilted", "swaying")]  # fmt: skip
    yield "dizziness", [lower("floor", "ground", "room"), lower("feels", "felt", "seems"),
                        lower("tilted", "tilting", "slanted", "sloped")]  # fmt: skip
    yield "balance-problems", [lower("tottering", "tottery")]
    # Tired, low, off food, fretting: "Just weary.", "bit low in meself", "Sad today.", "she's
    # gone off food completely", "Makes me fret about my own speech", "Now I worry about my own
    # heart"
    yield "fatigue", [lower("just", "so", "very", "feeling", "feel", "felt", "'m", "am", "bone",
                            "dead", "really", "that"),
                      lower("weary")]  # fmt: skip
    yield "depression", [lower("low"), lower("in"), lower("meself", "myself", "herself")]
    yield "depression", [{"LOWER": "sad", "IS_SENT_START": True},
                         lower("today", "tonight", "again", "this", ".")]  # fmt: skip
    yield "loss-of-appetite", [lower("gone", "went", "going"), lower("off"),
                               lower("her", "my", "his", op="?"),
                               lower("food", "food.", "meals", "eating")]  # fmt: skip
    yield "anxiety", [lower("me", "i"), lower("fret", "fretting", "fretted")]
    yield "anxiety", [lower("now", "so"), lower("i"), lower("worry")]
    # Words and the mind: "getting her words in a twist", "acting oddly all afternoon", "didn't
    # know it was Saturday", "didn't know she was in her own house"
    yield "speech-problems", [lower("hard", "difficult", "struggling", "struggle", "trouble",
                                    "tricky"),
                              lower("to", op="?"), lower("find", "finding"),
                              lower("my", "her", "the", "a"), lower("words", "word")]  # fmt: skip
    yield "speech-problems", [lower("words"), lower("in"), lower("a"), lower("twist", "tangle",
                                                                            "knot")]  # fmt: skip
    yield "mental-status-change", [lower("acting", "behaving"),
                                   lower("oddly", "strangely", "weirdly", "funny",
                                         "peculiar", "peculiarly")]  # fmt: skip
    yield "confusion", [lower("she", "he", "i", "pt", "patient", "mum", "mom", "mam", "dad", ",",
                              "-", "\u2013", "and"),
                        lemma("do"), NOT, lower("know"),
                        lower("it", "where", "she", "he", "i"),
                        lower("was", "day", "she", "he", "i", "'s", "is"),
                        {"IS_PUNCT": False, "OP": "{0,2}"},
                        lower("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                              "sunday", "day", "was", "in", "at", "house", "home")]  # fmt: skip
    # Legs, bladder: "her legs feel like they're not hers", "she doesn't feel when she needs to
    # go"
    yield "leg-weakness", [LEGS, lower("feel", "feels", "felt"), lower("like"),
                           lower("they", "they're", "theyre"), lower("'re", "are", "were",
                                                                     op="?"),
                           lower("not", "n't"), lower("mine", "hers", "his",
                                                      "attached")]  # fmt: skip
    yield "bladder-bowel-control", [lower("does", "do", "did", "can", "could", "ca"), NOT,
                                    lower("feel", "tell"),
                                    lower("when"), lower("she", "i", "he"),
                                    lower("needs", "need", "needed", "has", "have", "had"),
                                    lower("to"), lower("go", "pee", "wee", "poo")]  # fmt: skip
    # Where it hurts: "Tummy pain up high", "Today that wrist is aching", "bone pain in my
    # shoulder"
    yield "upper-abdominal-pain", [lower("tummy", "stomach", "belly"),
                                   lower("pain", "ache", "pains"),
                                   lower("up", "high"), lower("high", "up")]  # fmt: skip
    yield "joint-pain", [lower("wrist", "knee", "knees", "elbow", "ankle", "ankles", "hip",
                               "hips", "shoulder", "knuckles", "fingers"),
                         lower("is", "are", "'s", "keeps", "been", op="{1,2}"),
                         lower("aching")]  # fmt: skip
    yield "bone-pain", [lower("bone"), lower("pain", "pains", "ache"), lower("in"),
                        lower("my", "her", "the"),
                        lower("shoulder", "shoulders", "hip", "hips", "knee", "arm", "leg", "ribs",
                              "pelvis", "back", "spine", "thigh", "collarbone")]  # fmt: skip
    # Hands and feet: "numb burning hands & feet"
    yield "neuropathy", [lower("numb", "tingly"), lower("burning", "tingling", "tingly"),
                         FEET, lower("&", "and", op="?"), FEET]  # fmt: skip
    # Blood brought up: "there was red in my sputum", "phlegm got streak of blood"
    yield "coughing-up-blood", [lower("red", "blood"), lower("in"), lower("my", "her", "the"),
                                lower("sputum", "phlegm", "spit", "mucus")]  # fmt: skip
    yield "coughing-up-blood", [lower("phlegm", "sputum", "spit", "mucus"),
                                lower("got", "has", "had", "with", "have"), lower("a", op="?"),
                                lower("streak", "streaks", "fleck", "flecks", "spot", "spots"),
                                lower("of"), lower("blood", "red")]  # fmt: skip
    # What was ruled out: "X-ray says it's not broken", "No yellow in the eyes"
    yield "fracture:negated", [lower("says", "shows", "showed", "said"),
                               lower("it", "it's", "its", op="?"), lower("'s", "is", op="?"),
                               lower("not"), lower("broken", "fractured")]  # fmt: skip
    yield "jaundice", [lower("yellow"), lower("in"), lower("the", "my", "her"),
                       lower("eyes", "eye", "skin")]  # fmt: skip
    yield "neuropathy", [FEET, lower("cold", "numb"), lower("and", "&"),
                         lower("numb", "tingly", "cold")]  # fmt: skip
    # Not symptoms: the neighbour's karaoke "really a pain lah"; and round 42's review: machines
    # that cough and wheeze ("Printer coughing out blank pages", "The tractor's cough has got
    # worse", "the aircon at the flat is wheezing"), "Knackered old Corolla", "Wifi's weak",
    # "grew out of it", "The pain nurse is reviewing my patches", "my sleeve fits again"
    yield NOT_A_SYMPTOM, [lower("really", "such", "proper"), lower("a"), lower("pain"),
                          lower("lah", "la", ",", ".", "!", "really", "sometimes")]  # fmt: skip
    coughs = lower("coughing", "cough", "coughs", "wheezing", "wheezes", "wheezy", "spluttering")
    between = {"IS_PUNCT": False, "OP": "{0,3}", "LOWER": {"NOT_IN": _NOT_BETWEEN}}
    yield NOT_A_SYMPTOM, [lower(*_COUGHING_MACHINES), between, coughs]
    # (not "on the bus coughing", "in the car coughing": the car's own "The car's coughing")
    yield NOT_A_SYMPTOM, [lower("car", "truck", "van", "bus", "ute", "jeep"), lower("'s"), coughs]
    yield NOT_A_SYMPTOM, [lower("knackered", "exhausted", "tired", "weary"),
                          lower("old", op="?"),
                          lower(*_MACHINES, *_COUGHING_MACHINES, "truck", "van", "corolla",
                                "ute", "bike", "jeep", "lorry", "bus")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("wifi", "wi-fi", "signal", "reception", "battery", "internet",
                                "connection", "coffee", "tea", "pressure"),
                          lower("'s", "is", "was", "so", "very", "really", op="{0,2}"),
                          lower("weak")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("grew", "grow", "grown", "growing"), lower("out"), lower("of"),
                          lower("it", "them")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("pain"), lower("nurse", "specialist", "consultant", "doctor",
                                               "service", "nurses", "doc")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("sleeve", "sleeves", "ring", "rings", "dress", "jeans", "trousers",
                                "shoe", "shoes", "top", "bra", "watch", "coat", "clothes", "wig",
                                "skirt", "jumper", "boots", "glove", "gloves", "lid"),
                          lower("fits", "fit")]  # fmt: skip


def _round_forty_three() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round42c and round42d (round 43): treatment changes, run-on notes in
    text-speak, a mother in her eighties kept by her children, today against yesterday."""
    # The mind: "Very hard to get her wakened", "Ma's been away in
    # herself", "stood in the car park with no idea why I was there", "struggling for the names
    # of things", "my words got tangled", "no trouble with her speech", "her usual memory
    # trouble", "Mom's forgetfulness is worse"
    yield "mental-status-change", [lower("hard", "difficult"), lower("to"), lower("get"),
                                   lower("her", "him", "me", "mum", "mom", "ma"),
                                   lower("wakened", "woken", "awake", "roused")]  # fmt: skip
    # "real sleepy, couldnt hardly wake her", "so drowsy we can barely wake her": one mention
    yield "mental-status-change", [lower("drowsy", "sleepy"),
                                   {"OP": "{0,4}", "LOWER": {"IN": [",", "we", "i", "that", "you",
                                                                    "could", "can", "couldnt",
                                                                    "cant", "n't", "not"]}},
                                   lower("hardly", "barely"), lower("wake", "rouse"),
                                   lower("her", "him", "me", op="?")]  # fmt: skip
    yield "mental-status-change", [lower("away"), lower("in"),
                                   lower("herself", "himself", "myself")]  # fmt: skip
    yield "confusion", [lower("no"), lower("idea"), lower("why", "how"), lower("i", "she", "he"),
                        lower("was", "got", "'d", "had"), lower("got", "come", op="?"),
                        lower("there", "here", "in")]  # fmt: skip
    yield "speech-problems", [lower("struggling", "struggles", "fumbling"), lower("for"),
                              lower("the", op="?"), lower("names", "name"), lower("of"),
                              lower("things", "people", "everyday")]  # fmt: skip
    yield "speech-problems", [lower("words"),
                              lower("got", "get", "getting", "are", "were", "keep"),
                              lower("tangled", "jumbled", "muddled", "mixed",
                                    "scrambled")]  # fmt: skip
    yield "speech-problems", [lower("trouble", "problems", "difficulty", "bother"),
                              lower("with"), lower("her", "my", "his"),
                              lower("speech", "speaking", "talking", "words")]  # fmt: skip
    yield "memory-problems", [lower("memory"), lower("trouble", "troubles", "problems")]
    yield "memory-problems", [lower("forgetfulness")]
    # Pain and where it sits: "the pain in my hips and ribs", "The ache on the right side of my
    # belly just below the ribs", "her usual stiff, achy hands"
    yield "bone-pain", [lemma("pain", "ache"), lower("in"), lower("my", "her"),
                        lower("hips", "hip", "ribs", "spine", "pelvis", "shoulders"), lower("and"),
                        lower("ribs", "spine", "pelvis", "hips", "back")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("on"), lower("the"),
                                   lower("right"), lower("side"), lower("of"),
                                   lower("my", "her", "the"),
                                   lower("belly", "tummy", "stomach", "abdomen"),
                                   lower("just", op="?"), lower("below", "under", "beneath"),
                                   lower("the", "my", "her"), lower("ribs", "rib")]  # fmt: skip
    yield "joint-pain", [lower("stiff"), lower(",", "and"), lower("achy", "sore", "painful"),
                         lower("hands", "fingers", "knees", "joints", "wrists")]  # fmt: skip
    # Blood, breath, the heart: "phlegm with red streaks", "coughed out clots of blood",
    # "Breathing is harder", "her heart rate was all over the place"
    yield "coughing-up-blood", [lower("phlegm", "sputum", "mucus", "spit"), lower("with"),
                                lower("red", "blood", "bloody", "pink"),
                                lower("streaks", "streak", "flecks", "specks", "spots",
                                      "bits")]  # fmt: skip
    yield "coughing-up-blood", [lower("coughed", "coughing", "cough", "coughs"),
                                lower("out", "up"), lower("clots", "clot", "lumps"), lower("of"),
                                lower("blood")]  # fmt: skip
    yield "shortness-of-breath", [lower("breathing"),
                                  lower("is", "'s", "was", "gets", "getting", op="{1,2}"),
                                  lower("harder", "laboured", "labored", "difficult")]  # fmt: skip
    yield "palpitations", [lower("heart"), lower("rate", "rhythm", "beat", op="?"),
                           lower("is", "was", "'s", "been", "going", "has", op="{1,2}"),
                           lower("all"),
                           lower("over"), lower("the"), lower("place", "shop")]  # fmt: skip
    # The body's words in other Englishes: "Hot body since afternoon", "feel like want to
    # vomit", "4 days no open bowel", "the dex has me parched all the time", "can't stop
    # drinking water"
    yield "fever", [lower("hot"), lower("body")]
    yield "nausea", [lower("feel", "feeling", "felt"), lower("like"), lower("want", "wan"),
                     lower("to"), lower("vomit", "vomiting", "throw", "puke")]  # fmt: skip
    yield "constipation", [lower("days", "day"), lower("no"), lower("open"),
                           lower("bowel", "bowels")]  # fmt: skip
    yield "high-blood-sugar", [lower("parched"), lower("all", "constantly", "day", op="?"),
                               lower("the", "day", "night", op="?"),
                               lower("time", "long", "night")]  # fmt: skip
    yield "high-blood-sugar", [*CANT, lower("stop"), lower("drinking")]
    # Skin, mouth, jaw: "Only the hands peel", "down below is dry as a bone", "a small wound on
    # the gum that does not heal", "little interest in eating"
    yield "hand-foot-syndrome", [lower("the"), lower("hands", "palms", "feet", "soles"),
                                 lower("are", "keep", op="?"),
                                 lower("peel", "peeling", "flaking")]  # fmt: skip
    yield "vaginal-dryness", [lower("down"), lower("below", "there"),
                              lower("is", "'s", "feels", "so", op="{1,2}"),
                              lower("dry")]  # fmt: skip
    yield "jaw-pain", [lower("wound", "sore", "ulcer", "spot"), lower("on", "in"),
                       lower("the", "my", "her"), lower("gum", "gums", "jaw"),
                       lower("that", op="?"), {"NORM": {"IN": ["does", "do", "will", "won't",
                                                              "doesn't"]}},
                       lower("not", "n't", op="?"), lower("heal")]  # fmt: skip
    yield "loss-of-appetite", [lower("little", "no"), lower("interest"), lower("in"),
                               lower("eating", "food", "meals")]  # fmt: skip
    # Balance, sickness, the mood: "swaying on the stairs", "I keep nearly going over", "I'm
    # bringing up first thing too", "always worried", "Low as anything this week"
    yield "balance-problems", [lower("swaying", "sway", "swayed"),
                               lower("on", "when", "going", "about", "around")]  # fmt: skip
    yield "balance-problems", [lower("keep", "keeps"), lower("nearly", "almost"),
                               lower("going"), lower("over")]  # fmt: skip
    yield "vomiting", [lower("'m", "am", "been", "was", "keep", "is"), lower("bringing"),
                       lower("up"),
                       {"LOWER": {"IN": ["first", "everything", "again", "too", "all", ".", ",",
                                         "after", "every"]}}]  # fmt: skip
    yield "anxiety", [lower("always", "constantly"), lower("worried", "worrying")]
    # "only a twinge when she stands", "I've been getting weaker for weeks"
    yield "pain", [lower("a"), lower("twinge", "twinges")]
    yield "weakness", [lower("been"), lower("getting", "growing"), lower("weaker")]
    # "No fever, I'm just paranoid", "I'm paranoid with this new drug" (not "paranoid about any
    # slurring", a worry of one thing, nor "now I'm paranoid" after reading)
    yield "anxiety", [lower("just", "so", "really", "getting", "feeling"), lower("paranoid")]
    yield "anxiety", [lower("paranoid"), lower("with"), lower("this", "these", "the")]
    yield "depression", [{"LOWER": "low", "IS_SENT_START": True}, lower("as")]
    # Bones: "Vertebra collapsed", "my left thigh bone has a crack in it"
    yield "fracture", [lower("vertebra", "vertebrae"), lower("has", "have", op="?"),
                       lower("collapsed")]  # fmt: skip
    yield "fracture", [lower("bone"), lower("has", "'s", "had"), lower("a"),
                       lower("crack", "break", "fracture")]  # fmt: skip
    # Sight, a denial: "blurred sight", "no blurriness", "no wobble"
    yield "vision-problems", [lower("blurred", "blurry", "blurring", "fuzzy"),
                              lower("sight", "eyesight")]  # fmt: skip
    yield "vision-problems", [lower("blurriness")]
    yield "balance-problems:negated", [lower("nae", "no"), lower("wobble")]
    yield "balance-problems", [lower("balance"), lower("is", "'s", "was", "been", op="{1,2}"),
                               lower("all"), lower("over"), lower("the"),
                               lower("place", "shop")]  # fmt: skip
    # Nights: "Soaked through again tonight, sweat everywhere"
    yield "hot-flashes", [lower("sweat", "sweating"), lower("everywhere")]
    yield "hot-flashes", [{"LOWER": {"IN": ["soaked", "drenched"]}, "IS_SENT_START": True},
                          lower("through")]  # fmt: skip
    # Not symptoms (round 43's review): a pain or a seizure diary, first aid for a fit, the rules
    # on seizures and driving, sweating in a heatwave or a sauna, aching to see the grandkids,
    # England collapsed, a hurt pride, a mosquito buzzing in her ear, dictation's "a new pain for
    # the greenhouse", "pain of glass", "Sore the consultant today", "one more weak of
    # radiotherapy"
    yield NOT_A_SYMPTOM, [lower("pain", "seizure", "symptom", "fit", "fits"),
                          lower("diary", "diaries", "log", "chart"),
                          {"LOWER": {"NOT_IN": [":", "today", "-", "\u2013", "entry",
                                                "for"]}}]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("seizure", "seizures", "fit", "fits"), lower("first"),
                          lower("aid")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("rules", "rule", "law", "regulations"), lower("on", "about", "for"),
                          lower("seizures", "fits", "seizure", "blackouts")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("sweating", "sweat", "sweaty", "sweated"),
                          lower("buckets", "cobs", op="?"), lower("in", "at", "from"),
                          lower("the", "this", "a", op="?"),
                          lower("heatwave", "heat", "sauna", "sun", "gym", "humidity", "steam",
                                "spa", "midday")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("aching", "itching", "dying"), lower("to"),
                          lower("see", "get", "go", "hug", "meet", "have", "hear", "tell",
                                "know")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("england", "australia", "ireland", "scotland", "wales", "team",
                                "batting", "wickets", "innings", "defence", "defense",
                                "market", "shares", "tent", "roof", "ceiling", "shelf"),
                          lower("collapsed", "collapses")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("hurting", "hurt", "hurts", "wounded", "bruised"), lower("is",
                          op="?"), lower("my", "her"), lower("pride", "ego", "feelings",
                                                             "wallet")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("mozzie", "mosquito", "fly", "bee", "wasp", "midge", "bug"),
                          lower("buzzing", "whining"), lower("in", "round", "around", op="?"),
                          lower("my", "her", op="?"), lower("ear", "ears", op="?")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("pain", "pains"), lower("of", "for", "in"),
                          lower("the", op="?"),
                          lower("glass", "greenhouse", "window", "skylight", "conservatory",
                                "shed", "frame")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("i", "we", "she", "he", "they"), lower("sore"),
                          lower("the", "a", "him", "them", "dr", "doctor", "our")]  # fmt: skip
    yield NOT_A_SYMPTOM, [{"LOWER": "sore", "IS_SENT_START": True}, lower("the"),
                          lower("consultant", "doctor", "gp", "nurse", "oncologist", "specialist",
                                "team", "surgeon", "registrar", "dentist")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("more", "great", "whole", "next", "last", "this", "one", "good"),
                          lower("weak"),
                          lower("of", "to", ",", "away", "off", "sorry")]  # fmt: skip


def _round_forty_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round43e and round43f (round 44): pain and its medicines, the brain's
    secondaries told by partners, nights and early mornings, voice dictation."""
    # The mind: "not right in herself", "still no herself", "Very dopey after", "Gail's gone
    # strange on us", "Mum was out of character", "she had no idea where she was", "hadn't a
    # clue where she was", "forget what I read", "forgets I just answered"
    yield "mental-status-change", [lower("not", "no"), lower("right"), lower("in"),
                                   lower("herself", "hersel", "himself", "himsel")]  # fmt: skip
    yield "mental-status-change", [lower("still", "quite"), lower("not", "no"),
                                   lower("herself", "hersel", "himself", "himsel")]  # fmt: skip
    yield "mental-status-change", [lower("very", "so", "really", "bit", "awful", "real"),
                                   lower("dopey")]  # fmt: skip
    yield "mental-status-change", [lower("gone"), lower("strange", "odd", "weird", "peculiar"),
                                   lower("on", op="?"), lower("us", "me", op="?")]  # fmt: skip
    yield "mental-status-change", [lower("she", "he", "mum", "mam", "mom", "ma", "dad", "gran",
                                         "nan", "i"),
                                   lower("was", "is", "'s", "been", "being", "seems", "acting",
                                         op="{1,2}"),
                                   lower("out"), lower("of"), lower("character")]  # fmt: skip
    yield "confusion", [lower("no", "n't", "not"), lower("a", op="?"), lower("idea", "clue"),
                        lower("where", "who"), lower("she"),
                        lower("was", "is", "were")]  # fmt: skip
    yield "memory-problems", [lower("forget", "forgets", "forgot", "forgetting"),
                              lower("what", "that"), lower("i", "she", "he"),
                              lower("read", "said", "just", "'d", "had")]  # fmt: skip
    yield "memory-problems", [lower("forgets", "forgot", "forgetting"), lower("i", "she", "we"),
                              lower("just", "already", "'d", "had")]  # fmt: skip
    # Sight, balance, the heart: "she just isn't seeing things on that side", "a 'blank spot' on
    # that side", "all over the place on my feet", "she totters", "Walking is off-kilter",
    # "Heart doing flip-flops", "No puff in me"
    yield "vision-problems", [lower("is", "was", "'s", "are", "'m", "am"), NOT, lower("seeing"),
                              lower("things", "anything"), lower("on"),
                              lower("that", "the", "her", "his", "my"),
                              lower("left", "right", op="?"), lower("side")]  # fmt: skip
    yield "vision-problems", [lower("blank", "dark", "black", "missing"),
                              lower("spot", "patch", "area", "bit"),
                              lower("on", "in"), lower("that", "the", "her", "my")]  # fmt: skip
    yield "balance-problems", [lower("all"), lower("over"), lower("the"), lower("place"),
                               lower("on"), lower("my", "her", "me"),
                               lower("feet", "legs", "pins")]  # fmt: skip
    yield "balance-problems", [lower("totters", "tottered", "tottery")]
    yield "balance-problems", [lower("off-kilter", "off-balance")]
    yield "balance-problems", [lower("off"), lower("-", op="?"), lower("kilter")]
    yield "palpitations", [lemma("heart"), lower("doing", "does", "did", "going", "goes", "went"),
                           lower("flip-flops", "flips", "somersaults", "cartwheels", "flip",
                                 "backflips")]  # fmt: skip
    yield "shortness-of-breath", [lower("no", "nae"), lower("puff", "breath"), lower("in"),
                                  lower("me", "her", "him")]  # fmt: skip
    # Pain: "The burning in my feet", "Sore hip bone", "Severe pain in me left shoulder blade",
    # "The scar is nipping", "Tummy pain right up top"
    yield "neuropathy", [lower("burning", "tingling"), lower("in"),
                         lower("my", "her", "both", "me"), FEET]  # fmt: skip
    yield "bone-pain", [lower("sore", "aching", "achy", "painful", "throbbing"),
                        lower("hip", "rib", "thigh", "shin", "arm", "leg", "pelvic", "breast",
                              "back"),
                        lower("bone", "bones")]  # fmt: skip
    yield "pain", [lemma("pain"), lower("in"), lower("me", "my", "her"),
                   lower("left", "right", op="?"), lower("shoulder"),
                   lower("blade", "blades")]  # fmt: skip
    yield "pain", [lower("scar", "wound", "incision"), lower("is", "'s", "been", op="{1,2}"),
                   lower("nipping", "stinging", "throbbing", "burning", "aching", "pulling",
                         "hurting")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("tummy", "stomach", "belly"),
                                   lower("pain", "ache", "pains"), lower("right", op="?"),
                                   lower("up"), lower("top", "high")]  # fmt: skip
    # Bones: "Scan says two of them are cracked"; "Legs not weak"
    yield "fracture", [lower("two", "both", "three", "some", "few"), lower("of"), lower("them"),
                       lower("are", "were"), lower("cracked", "broken", "fractured")]  # fmt: skip
    yield "leg-weakness:negated", [lower("legs", "leg"), lower("not", "nae", "no"),
                                   lower("weak")]  # fmt: skip
    # Legs, bladder: "the right one keeps giving way", "I'm struggling to walk", "I couldn't go
    # for a wee at all", "struggling to pass urine", "a numb feeling round me bottom", "I have
    # not opened my bowels"
    yield "leg-weakness", [lower("one", "leg", "legs", "knee", "knees"),
                           lower("keeps", "kept", "keep"), lower("giving", "gives"),
                           lower("way")]  # fmt: skip
    yield "leg-weakness", [lower("struggling", "struggle", "struggled"), lower("to"),
                           lower("walk", "stand")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lower("go"), lower("for"), lower("a"),
                                    lower("wee", "pee", "piddle")]  # fmt: skip
    yield "bladder-bowel-control", [lower("struggling", "struggle", "trouble", "difficulty"),
                                    lower("to", op="?"), lower("pass", "passing"),
                                    lower("urine", "water", "wee")]  # fmt: skip
    yield "bladder-bowel-control", [lower("numb", "numbness"), lower("feeling", op="?"),
                                    lower("round", "around", "in", "on"),
                                    lower("me", "my", "her"),
                                    lower("bottom", "bum", "backside", "groin")]  # fmt: skip
    yield "constipation", [lower("not", "n't", "never"), lower("opened", "moved"),
                           lower("my", "her"), lower("bowels", "bowel")]  # fmt: skip
    # Nights: "wake up many time to pee at night", "Got up three times for the loo", "the worry
    # going round and round", "I'm a bit feart"
    yield "high-blood-sugar", [lower("up", "wake", "woke", "waking"), lower("up", op="?"),
                               {"LOWER": {"IN": ["many", "several", "three", "four", "five", "six",
                                                 "3", "4", "5", "6"]}},
                               lower("time", "times"), lower("to", "for"),
                               lower("pee", "wee", "the"),
                               lower("loo", "toilet", op="?")]  # fmt: skip
    yield "anxiety", [lower("the"), lower("worry", "worries"),
                      lower("going", "goes", "churning", "spinning"),
                      lower("round", "around")]  # fmt: skip
    yield "anxiety", [lower("bit", "so", "awfy", "that", "dead", "right", "gey", "a"),
                      lower("feart")]  # fmt: skip
    yield "anxiety", [lower("afraid", "scared", "frightened", "terrified", "feart"), lower("to"),
                      lower("go", "be", "leave", "sleep")]  # fmt: skip
    # Skin, mouth, hair, sickness: "redness at the jab spot", "a wee sore on
    # the gum that isnae healing", "only thinning at the front", "I heaved up my tea", "Not sure
    # if I'm yellow", "Bit of pink in the tissue when I coughed"
    yield "injection-site-reaction", [lower("redness", "swelling", "soreness", "bruising",
                                            "lump"),
                                      lower("at", "on", "around", "round"), lower("the", "my"),
                                      lower("jab", "injection", "needle"),
                                      lower("spot", "site", "mark")]  # fmt: skip
    yield "jaw-pain", [lower("sore", "wound", "ulcer"), lower("on", "in"),
                       lower("the", "my", "her"), lower("gum", "gums"), lower("that", op="?"),
                       lower("isnae", "is", "was", "wasnae"), lower("n't", "not", op="?"),
                       lower("healing", "healed")]  # fmt: skip
    yield "hair-loss", [lower("thinning"), lower("at", "on"), lower("the"),
                        lower("front", "top", "crown", "sides", "temples")]  # fmt: skip
    yield "vomiting", [lower("heaved", "heaving"), lower("up")]
    yield "vomiting", [lower("i", "she"), lower("heaved", "boaked")]
    yield "jaundice", [lower("i", "she", "mum", "mam", "mom"),
                       lower("'m", "am", "look", "looks", "'s", "is"), lower("looking", op="?"),
                       lower("a", op="?"), lower("bit", "little", "slightly", op="?"),
                       lower("yellow", "yellowish", "jaundiced")]  # fmt: skip
    yield "coughing-up-blood", [lower("pink", "red", "blood"), lower("in", "on"),
                                lower("the", "my"), lower("tissue", "hanky", "handkerchief"),
                                lower("when", "after"), lower("i", "she"),
                                lower("coughed", "cough")]  # fmt: skip
    yield "anxiety", [lower("jumping"), lower("out"), lower("of"), lower("my", "her"),
                      lower("skin")]  # fmt: skip
    # Not symptoms (round 44's review): a symptom's name for a service, a sheet or a group ("The
    # neuropathy nurse is lovely", "the fatigue management course", "The breathlessness clinic
    # has moved"), a sheet or a talk about one ("a leaflet on haemoptysis", "a pamphlet on
    # febrile neutropenia", "talked about peripheral neuropathy"), a port flush, "Knackered the
    # lawnmower"
    yield NOT_A_SYMPTOM, [lower(*_NAMED_FOR), lower(*_SERVICES)]
    yield NOT_A_SYMPTOM, [lower(*_PAPERS), lower("on", "about"), lower("the", op="?"),
                          lower("peripheral", "febrile", op="?"),
                          lower(*_NAMED_FOR, "neutropenia")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower(*_PAPERS), lower("on", "about"), lower("chemo"),
                          lower("brain")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("port", "line", "picc", "catheter"), lower("flush", "flushed")]
    yield NOT_A_SYMPTOM, [lower("knackered", "broke", "wrecked", "busted"),
                          lower("the", "my", "our"), lower(*_MACHINES, *_COUGHING_MACHINES,
                                                           "lawnmower", "car")]  # fmt: skip
    # Not symptoms: "absolute pain" of a bank's phone line, "Still under 100.4 so no call yet",
    # "scared us all half to death", "scared the life out of me"
    yield NOT_A_SYMPTOM, [lower("absolute", "total"), lower("pain"),
                          lower(".", ",", "!", "lah", "today")]  # fmt: skip
    fever_line = r"^(?:3[89](?:\.\d)?|10[0-4](?:\.\d)?)$"
    yield NOT_A_SYMPTOM, [lower("under", "below", "beneath"), {"TEXT": {"REGEX": fever_line}}]
    yield NOT_A_SYMPTOM, [lower("scared", "frightened"), lower("us", "the"),
                          lower("all", "life", "living", "wits")]  # fmt: skip


def _round_forty_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round44g and round44h (round 45): the worst days in the emergency
    department and the calm day after, people living alone, other illnesses, medical words."""
    # Words and the mind: "I keep mixing up what day it is", "I only trip over the odd word",
    # "Lost track of where I was", "I couldn't get my answer out straight", "a bit blur in the
    # head", "not like myself at all", "Can't keep my mind on anything"
    yield "confusion", [lower("mixing", "mix", "mixed", "muddling", "muddled"), lower("up"),
                        lower("what", "which"), lower("day", "days", "time"),
                        lower("it", op="?"), lower("is", "was", op="?")]  # fmt: skip
    trip = lower("trip", "tripping", "tripped", "stumble", "stumbling")
    yield "speech-problems", [trip, lower("over"), lower("my", "her"), lower("words", "word")]
    yield "speech-problems", [trip, lower("over"), lower("the"), lower("odd"),
                              lower("word", "words")]  # fmt: skip
    yield "confusion", [lower("lost", "losing"), lower("track"), lower("of"), lower("where"),
                        lower("i", "she"), lower("was", "were", "am", "is")]  # fmt: skip
    yield "speech-problems", [*CANT, lower("get"), lower("my", "her", "the"),
                              lower("answer", "words", "sentence", "sentences"),
                              lower("out")]  # fmt: skip
    yield "confusion", [lower("blur", "blurry", "fuzzy", "foggy", "woolly", "muzzy"), lower("in"),
                        lower("the", "my"), lower("head")]  # fmt: skip
    yield "mental-status-change", [lower("not", "n't"), lower("like"),
                                   lower("myself", "herself", "himself")]  # fmt: skip
    yield "memory-problems", [*CANT, lower("keep"), lower("my", "her"), lower("mind"),
                              lower("on")]  # fmt: skip
    # The body: "tummy pain in the upper part", "my right arm weak", "Shoulder muscles aching",
    # "soles starting to peel", "Wobbling along the hallway", "sleep is hopeless", "I'm never
    # hungry", "Not much appetite", "I cough up red most mornings", "despite the sweats", "my
    # nightie soaked with wee", "Thin eyebrows now"
    yield "upper-abdominal-pain", [lower("tummy", "stomach", "belly"), lower("pain", "ache"),
                                   lower("in"), lower("the"), lower("upper", "top"),
                                   lower("part", "bit", "side")]  # fmt: skip
    yield "weakness", [lower("right", "left", "my", "her"), lower("arm", "hand"),
                       lower("weak", "weaker", "floppy")]  # fmt: skip
    yield "muscle-pain", [lower("shoulder", "neck", "thigh", "calf", "back", "leg", "arm"),
                          lower("muscles", "muscle"),
                          lower("aching", "ache", "ached", "sore", "hurting", "hurt")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("palms", "soles", "hands", "feet"),
                                 lower("starting", "started", "beginning", "begun"), lower("to"),
                                 lower("peel", "crack", "flake", "blister")]  # fmt: skip
    yield "balance-problems", [{"LOWER": {"IN": ["wobbling", "wobbled"]}, "IS_SENT_START": True},
                               lower("along", "around", "about", "down", "up", "all")]  # fmt: skip
    yield "difficulty-sleeping", [lower("sleep"), lower("is", "'s", "was", "has", "been",
                                                          op="{1,2}"),
                                  lower("hopeless", "impossible", "terrible", "awful", "rubbish",
                                        "non-existent", "nonexistent")]  # fmt: skip
    yield "loss-of-appetite", [lower("never"), lower("hungry")]
    yield "loss-of-appetite", [lower("not", "no"), lower("much"), lower("appetite")]
    yield "coughing-up-blood", [lower("cough", "coughing", "coughed"), lower("up"),
                                lower("red", "pink")]  # fmt: skip
    yield "hot-flashes", [lower("the"), lower("sweats")]
    yield "bladder-bowel-control", [lower("soaked", "wet", "soaking", "drenched", "sodden"),
                                    lower("with", "in"), lower("wee", "pee", "urine")]  # fmt: skip
    yield "hair-loss", [lower("thin", "thinning", "thinner", "sparse", "patchy"),
                        lower("eyebrows", "eyelashes", "lashes", "brows")]  # fmt: skip
    # Injection sites: "a sore red lump where the Zoladex went in", "Tender red patch at the
    # site", "injections in the tummy twice a day, which leave sore bruises"
    yield "injection-site-reaction", [lower("sore", "tender", "red", "itchy"),
                                      lower("red", "sore", op="?"),
                                      lower("lump", "patch", "bruise", "bruises", "spot"),
                                      lower("at", "where", "from"), lower("the"),
                                      lower("site", "zoladex", "jab", "injection", "needle",
                                            "goserelin", "fulvestrant", "faslodex")]  # fmt: skip
    yield "injection-site-reaction", [lower("which", "that", "they"), lower("leave", "left"),
                                      lower("sore", "tender", "big"),
                                      lower("bruises", "lumps")]  # fmt: skip
    # Not symptoms: Welsh "paned" (a cuppa), "my white count is very low"; and round 45's review:
    # a van or a motor "knackered", a "fractured relationship", the port's "next flush"
    yield NOT_A_SYMPTOM, [lower(*_MACHINES, *_COUGHING_MACHINES, "van", "truck", "ute", "bike",
                                "lorry", "bus"),
                          lower("'s", "is", "was", "are", op="?"),
                          lower("knackered", "wrecked", "dead", "shattered")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("fractured", "broken"),
                          lower("relationship", "team", "fence", "panel", "family", "marriage",
                                "friendship", "party", "country", "society", "home")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("relationship", "relationship's", "team", "family"),
                          lower("'s", "is", op="?"), lower("fractured")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("next", "another", "last"), lower("flush")]
    yield NOT_A_SYMPTOM, [lower("band", "band's", "club", "league"), lower("'s", "is", op="?"),
                          lower("fractured")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("stop", "don't", "dont", "quit"), lower("worrying", "worry")]
    # "Sick twice before breakfast", "Sick after every meal today": being sick, in British words
    yield "vomiting", [{"LOWER": "sick", "IS_SENT_START": True},
                       lower("twice", "x2", "x3", "three", "four", "after")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("paned")]
    # ("count" as a regular expression: a word of the patterns is one the misspelling look-up
    # may read a typo as, and "count" took "coudnt" from "couldnt")
    yield NOT_A_SYMPTOM, [lower("white", "blood", "platelet", "cell"),
                          {"LOWER": {"REGEX": r"^counts?$"}},
                          lower("is", "are", "'s", "was", "were"),
                          lower("very", "really", "so", op="?"), lower("low")]  # fmt: skip


def _round_forty_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round45i and round45j (round 46): men with breast cancer and the
    wives who write for them, notes full of numbers, a nurse's questions on the phone."""
    # The mind: "Jim's been no himself the day", "Feel down these days", "nothing to look
    # forward to", "Mom keeps asking the same question", "thought she was back in Petersburg"
    yield "mental-status-change", [lower("'s", "been"), lower("no"),
                                   lower("himself", "herself", "himsel", "hersel")]  # fmt: skip
    yield "depression", [{"LOWER": {"IN": ["feel", "feeling"]}, "IS_SENT_START": True},
                         lower("down")]  # fmt: skip
    yield "depression", [lower("nothing"), lower("to"), lower("look"), lower("forward"),
                         lower("to")]  # fmt: skip
    yield "confusion", [lower("thought", "thinks"), lower("she"), lower("was", "'s"),
                        lower("back"), lower("in", "at")]  # fmt: skip
    yield "memory-problems", [lower("keeps"), lower("asking"), lower("the"),
                              lower("same"), lower("question", "questions", "thing")]  # fmt: skip
    # Pain and the body: "my back is murdering me", "the bone pain in my left shoulder", "my
    # shoulder muscles are sore", "a tight band across the middle of my chest", "my chest was
    # pounding very fast", "his chin is tingling"
    yield "back-pain", [lower("back"), lower("is", "'s", "was"), lower("murdering", "crucifying")]
    yield "bone-pain", [lower("bone"), lower("pain", "pains", "ache"), lower("in"),
                        lower("my", "her", "his"), lower("left", "right"),
                        lower("shoulder", "hip", "knee", "arm", "leg", "thigh",
                              "side")]  # fmt: skip
    yield "muscle-pain", [lower("shoulder", "neck", "thigh", "calf", "back", "leg", "arm"),
                          lower("muscles"), lower("are", "is", "feel", "been", op="{1,2}"),
                          lower("aching", "sore", "hurting", "stiff")]  # fmt: skip
    yield "chest-pain", [lower("tight"), lower("band"), lower("across", "round", "around"),
                         lower("the", "my"), lower("middle", op="?"), lower("of", op="?"),
                         lower("my", "the", op="?"), lower("chest")]  # fmt: skip
    yield "palpitations", [lower("chest", "heart"), lower("was", "is", "'s", "been", "keeps",
                                                          op="{1,2}"),
                           lower("still", op="?"),
                           lower("pounding", "fluttering", "thumping")]  # fmt: skip
    yield "facial-numbness", [lower("chin", "lip", "lips", "cheek"),
                              lower("is", "are", "'s", "feels", "feel", op="{1,2}"),
                              lower("tingling", "tingly", "numb")]  # fmt: skip
    # Bladder, sleep, thirst, skin: "soiled the bed", "messed himself", "wet the mat twice",
    # "Struggled to get back to sleep", "Always drinking water and peeing constantly", "Lost my
    # eyebrows", "the skin on his heels is peeling", "a hard red lump where it went in" (not
    # "Always drinking water" of a grandmother with diabetes)
    yield "bladder-bowel-control", [lower("soiled", "messed"),
                                    lower("the", "his", "her", "my", "himself", "herself",
                                          "myself"),
                                    lower("bed", "sheets", "pants", "trousers", "chair",
                                          op="?")]  # fmt: skip
    yield "bladder-bowel-control", [lower("wet"), lower("the"),
                                    lower("mat", "sofa", "chair", "couch", "settee", "floor",
                                          "carpet")]  # fmt: skip
    yield "difficulty-sleeping", [lower("struggled", "struggling", "struggle"), lower("to"),
                                  lower("get"), lower("back", op="?"), lower("to"),
                                  lower("sleep")]  # fmt: skip
    yield "high-blood-sugar", [lower("peeing", "weeing", "urinating"),
                               lower("constantly", "nonstop", "non-stop")]  # fmt: skip
    yield "hair-loss", [lower("lost", "losing"), lower("all", op="?"), lower("my"),
                        lower("eyebrows", "eyelashes", "lashes", "brows")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("skin"), lower("on"), lower("his", "her", "my", "the"),
                                 lower("heels", "soles", "palms", "feet", "hands", "fingertips"),
                                 lower("is", "are", "'s"),
                                 lower("peeling", "cracking", "flaking", "splitting")]  # fmt: skip
    yield "injection-site-reaction", [lower("lump", "patch", "bruise", "swelling"),
                                      lower("where"), lower("it", "the"),
                                      lower("needle", "jab", "injection", op="?"),
                                      lower("went", "goes", "go"), lower("in")]  # fmt: skip


def _round_forty_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round46k and round46l (round 47): friends and neighbours who visit,
    palliative care at home, young women with slang and self-corrections."""
    # The mind and speech: "so thirsty and blur-blur" (Malaysian English: muddled), "Hard to
    # get my words out", "Hard to keep her awake" (drowsy, not a night's sleep)
    yield "confusion", [lower("blur"), lower("-", op="?"), lower("blur")]
    yield "speech-problems", [lower("hard", "struggling", "struggled", "trouble", "difficult"),
                              lower("to", op="?"), lower("get", "getting"),
                              lower("my", "her"), lower("words"),
                              lower("out")]  # fmt: skip
    yield "mental-status-change", [lower("hard", "impossible", "struggling", "struggled"),
                                   lower("to"), lower("keep"), lower("her", "him", "mum", "mom",
                                                                     "dad", "mam"),
                                   lower("awake")]  # fmt: skip
    # Saddle numbness: "now she can't feel her bottom"
    yield "bladder-bowel-control", [*CANT, lower("feel"), lower("my", "her", "his", "ma"),
                                    lower("bottom", "bum", "backside", "buttocks", "privates",
                                          "groin")]  # fmt: skip
    # "any weakness of the legs" (a nurse's question)
    yield "leg-weakness", [lower("weakness"), lower("of", "in"),
                           lower("the", "my", "her", "his", "both", op="?"),
                           lower("legs", "leg")]  # fmt: skip
    # Hair: "Still losing some eyebrow hair", "Hair's aw fell oot" (Scots: all fallen out)
    yield "hair-loss", [lower("lost", "losing", "lose"), lower("some", "my", "her", "the", "all",
                                                              op="?"),
                        lower("eyebrow", "eyelash", "leg", "body", "arm"),
                        lower("hair", "hairs")]  # fmt: skip
    yield "hair-loss", [lower("hair"), lower("'s", "has", "is", op="?"), lower("aw", "all"),
                        lower("fell", "fallen", "falling", "come", "came"),
                        lower("oot", "out")]  # fmt: skip


def _round_forty_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round47m and round47n (round 48): diaries picked up after a gap,
    holidays and feast days, carers who write to the patient as "you", health workers."""
    # Speech and the mind: "her words came out in a jumble", "I keep reaching for words",
    # "The fuzziness in my head", "Lost track of what day it was", "We struggled to wake Eira"
    yield "speech-problems", [lower("words"), lower("came", "come", "coming", "come"),
                              lower("out"), lower("in", op="?"), lower("a", op="?"),
                              lower("jumble", "jumbled", "garbled", "muddled", "wrong",
                                    "backwards", "slurred")]  # fmt: skip
    yield "speech-problems", [lower("reaching", "reached", "grasping", "groping"),
                              lower("for"), lower("my", "the", op="?"),
                              lower("words", "word")]  # fmt: skip
    yield "confusion", [lower("fuzziness", "fogginess", "fuzzy", "foggy"), lower("in"),
                        lower("my", "her", "ma"), lower("head")]  # fmt: skip
    yield "confusion", [lower("lost", "losing", "lose", "loses"), lower("track"), lower("of"),
                        lower("what", "the"), lower("day", "time", "date", "year")]  # fmt: skip
    yield "mental-status-change", [lower("struggled", "struggling", "struggle"), lower("to"),
                                   lower("wake", "rouse"),
                                   {"IS_TITLE": True,
                                    "LOWER": {"NOT_IN": ["up", "i"]}}]  # fmt: skip
    # Mood: "Low all week", "a feeling of dread about the scan results"
    yield "depression", [{"LOWER": "low", "IS_SENT_START": True},
                         lower("all", "again", "today", "since", "this")]  # fmt: skip
    yield "anxiety", [lower("feeling", "sense"), lower("of"), lower("dread", "doom")]
    # Pain: "Pain high in my tummy on the right side", "Today my head aches at the back"
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("high", "up"), lower("in"),
                                   lower("my", "her", "the"),
                                   lower("tummy", "belly", "stomach", "abdomen")]  # fmt: skip
    yield "headache", [lower("my", "her", "ma"), lower("head"),
                       lower("aches", "ached", "aching", "hurts", "throbs", "throbbing"),
                       lower("at", op="?"), lower("the", op="?"),
                       lower("back", "front", "top", "side", op="?")]  # fmt: skip
    # Bladder and bowels: "a numb band around my bottom", "Can't seem to empty my bladder",
    # "passing water all the time", "She's been weeing herself a bit"
    yield "bladder-bowel-control", [lower("numb"), lower("band", "patch", "area", "ring"),
                                    lower("around", "round", "on", "across"),
                                    lower("my", "her"),
                                    lower("bottom", "bum", "backside", "groin")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lower("seem", op="?"), lower("to", op="?"),
                                    lower("empty"), lower("my", "her"),
                                    lower("bladder")]  # fmt: skip
    yield "bladder-bowel-control", [lower("weeing", "peeing", "wetting"),
                                    lower("herself", "myself", "himself")]  # fmt: skip
    yield "high-blood-sugar", [lower("passing", "peeing", "weeing"), lower("water", op="?"),
                               lower("all"), lower("the"), lower("time")]  # fmt: skip
    # Blood: "there was red in what I coughed up"
    yield "coughing-up-blood", [lower("red", "blood"), lower("in"), lower("what"),
                                lower("i", "she"), lower("coughed", "cough", "brought"),
                                lower("up")]  # fmt: skip
    # "My ankles are up again this evening" (swollen; round 48's review)
    yield "swelling", [lower("my", "ma"), lower("ankles"), lower("are", "were", "'re"),
                       lower("up")]  # fmt: skip
    # The legs: "her legs feel like stones"
    yield "leg-weakness", [lower("legs"), lemma("feel"), lower("like"),
                           lower("stones", "stone", "bricks", "concrete", "logs")]  # fmt: skip


def _round_forty_nine() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round48o and round48p (round 49): food and eating, couples who are
    both unwell, the body on hormone treatment."""
    # Bladder and bowels: "Peed on the kitchen floor before I even knew", "Can't feel when my
    # bladder's full", "Bowel control has gone completely"
    yield "bladder-bowel-control", [{"LOWER": {"IN": ["peed", "pooped"]}, "IS_SENT_START": True},
                                    lower("on"),
                                    lower("the"), lower("kitchen", "bathroom", "hall", "floor",
                                                        "carpet", "rug", "landing")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lower("feel"), lower("when"), lower("my", "her"),
                                    lower("bladder", "bowel", "bowels")]  # fmt: skip
    yield "bladder-bowel-control", [lower("bowel", "bladder"), lower("control"),
                                    lower("has", "'s", "is"), lower("gone")]  # fmt: skip
    # Joints "seized up" are stiff, not a fit: "Both knees have seized up after the gardening"
    yield "joint-pain", [lower("knees", "knee", "hips", "hip", "shoulders", "shoulder", "joints",
                               "hands", "fingers", "wrists"),
                         lower("have", "has", "'ve", "'s", "are", "is", op="?"),
                         lower("seized"), lower("up")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("seized", "seizing", "seizes", "seize"), lower("up")]
    # The mind: "I've been a different person since the weekend", "couldn't work out whose
    # house I was in"
    yield "mental-status-change", [lower("been", "become"), lower("a"), lower("different"),
                                   lower("person")]  # fmt: skip
    yield "confusion", [*CANT, lower("work"), lower("out"),
                        lower("where", "whose", "who")]  # fmt: skip
    # The heart and the stomach: "Fluttery heartbeat after the strong coffee", "the smell of
    # the meatloaf turned my stomach"
    yield "palpitations", [lower("fluttery", "fluttering", "skipping", "jumpy"),
                           lower("heartbeat", "heart", "pulse")]  # fmt: skip
    yield "nausea", [lower("turned", "turns", "turning"), lower("my", "her"),
                     lower("stomach", "tummy")]  # fmt: skip
    # The body on hormone treatment: "sex with Dave has become painful", "pain with sex", "sex
    # is agony", "drenched at night", "eyebrows thinning"
    yield "vaginal-dryness", [lower("sex", "intercourse"),
                              {"IS_PUNCT": False, "OP": "{0,3}",
                               "LOWER": {"NOT_IN": ["and", "but", "no", "not"]}},
                              lower("is", "was", "has", "become", "becomes", "been"),
                              lower("become", "been", op="?"),
                              lower("so", "very", "really", "quite", op="?"),
                              lower("painful", "sore", "agony", "uncomfortable")]  # fmt: skip
    yield "vaginal-dryness", [lower("pain", "soreness", "discomfort"), lower("with", "during"),
                              lower("sex", "intercourse")]  # fmt: skip
    yield "hot-flashes", [lower("drenched", "soaked", "soaking", "dripping"),
                          lower("at", "every", "in", "most"), lower("the", op="?"),
                          lower("night", "nights")]  # fmt: skip
    yield "hair-loss", [lower("my", "her", "ma"), lower("eyebrows", "eyelashes", "lashes", "brows"),
                        lower("are", "'re", op="?"), lower("thinning", "thin")]  # fmt: skip
    # "a band squeezing her chest"; "down another two pound"
    yield "chest-pain", [lower("band", "vice", "vise", "weight"),
                         lower("squeezing", "crushing", "pressing", "round", "around"),
                         lower("her", "my", "his"), lower("chest")]  # fmt: skip
    yield "weight-loss", [lower("down"), lower("another"), {"LIKE_NUM": True},
                          lower("pound", "pounds", "lb", "lbs", "kg", "kilos",
                                "stone")]  # fmt: skip


def _round_fifty() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round49q and round49r (round 50): secondaries in the liver and the
    lungs, questions she asks the diary, long entries told hour by hour."""
    # The itch of a liver that does not drain: "The itching is driving me daft", "Any itch? A
    # wee bit on my shins", "itch 4", "my skin itches" (the catalog's rash item)
    yield "rash", [lower("itch", "itchiness")]
    yield "rash", [lower("itching"), lower("is", "'s", "on", "all", "everywhere", "between",
                                           "driving")]  # fmt: skip
    yield "rash", [lower("skin"), lower("itches", "itching", "itchy")]
    # A score by the part: "Pain scores tonight. Ribs 5. Spine 7"
    yield "bone-pain", [{"LOWER": {"IN": ["ribs", "rib"]}, "IS_SENT_START": True},
                        {"IS_DIGIT": True}]  # fmt: skip
    yield "back-pain", [{"LOWER": {"IN": ["spine", "back"]}, "IS_SENT_START": True},
                        {"IS_DIGIT": True}]  # fmt: skip
    yield "difficulty-sleeping", [lower("sleep"), lower("trouble", "problems", "poor", "bad")]
    # The legs and the bladder: "Numb down both legs", "I'd lost my bladder"
    yield "leg-weakness", [lower("numb", "numbness", "tingling"), lower("down"),
                           lower("both", "my", "her", "the"), LEGS]  # fmt: skip
    yield "bladder-bowel-control", [lemma("lose"), lower("my", "her"),
                                    lower("bladder", "bowels")]  # fmt: skip
    # Blood and breath: "some blood in what comes up"
    yield "coughing-up-blood", [lower("blood", "red"), lower("in"), lower("what"),
                                lower("comes", "came"), lower("up")]  # fmt: skip
    # The mind: "Sleepy and hard to keep awake since"
    yield "mental-status-change", [lower("hard", "impossible", "difficult"), lower("to"),
                                   lower("keep"), lower("awake")]  # fmt: skip
    # "Last night got one fit also"; "even my palms are yellow"; "fluid building up in my
    # tummy"; "I keep missing what people say"; "wringing wet with sweats"; "The scanner made
    # me panic"; "Eating nothing."
    yield "seizure", [lower("got", "had"), lower("one"), lower("fit", "seizure")]
    yield "jaundice", [lower("palms", "skin"), lower("are", "is", "have", "has", "'s"),
                       lower("gone", "turned", op="?"), lower("yellow", "yellowish")]  # fmt: skip
    yield "swelling", [lower("fluid"), lower("building", "collecting", op="?"),
                       lower("up", op="?"), lower("in", "on"), lower("my", "her"),
                       lower("tummy", "belly", "abdomen", "stomach")]  # fmt: skip
    yield "hearing-changes", [lower("missing", "mishearing"), lower("what"),
                              lower("people", "everyone", "they", "you"),
                              lower("say", "said", "are")]  # fmt: skip
    yield "hot-flashes", [lower("wet", "drenched", "soaked"), lower("with"),
                          lower("sweats", "sweat")]  # fmt: skip
    yield "anxiety", [lemma("make"), lower("me", "her"), lower("panic")]
    yield "loss-of-appetite", [{"LOWER": "eating", "IS_SENT_START": True}, lower("nothing")]


def _round_fifty_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round50s and round50t (round 51): walking, swimming and dancing,
    lymphoedema and scars; living alone, sheltered housing, appointments missed."""
    # Blood and breath: "coughing out blood since two days", "the stairs leave me puffing"
    yield "coughing-up-blood", [lower("coughing", "cough", "coughed", "coughs"), lower("out"),
                                lower("blood")]  # fmt: skip
    yield "shortness-of-breath", [lemma("leave"), lower("me", "her"),
                                  lower("puffing", "puffed", "gasping", "panting")]  # fmt: skip
    # Stomach and bowels: "Had the squits twice after"; "I've stopped throwing up" (gone, as
    # "it has stopped" is), not "she hasn't stopped vomiting"
    yield "diarrhea", [{"LOWER": {"IN": ["had", "have", "has", "got"]}, "IS_SENT_START": True},
                       lower("the"), lower("squits")]  # fmt: skip
    stopped = [lower("stopped"), lower("throwing", "vomiting", "being"),
               lower("up", "sick", op="?")]  # fmt: skip
    yield "vomiting:negated", stopped
    yield "vomiting", [{"NORM": {"IN": ["not", "never"]}}, *stopped]
    # Skin and hair: "she went yellow at the end", "I've lost all my hair"
    yield "jaundice", [lower("she", "he", "i", "skin", "eyes", "and"),
                       lower("went", "turned", "gone", "going", "turning"),
                       lower("yellow", "yellowish", "yellowy")]  # fmt: skip
    yield "hair-loss", [lemma("lose"), lower("all"), lower("my", "her"), lower("hair")]
    # The mind: "her memory is going", "My memory is desperate" (not "his memory is going": a
    # father visited in his home, round 51's review), "hard to focus"
    yield "memory-problems", [lower("my", "her"), lower("memory"), lower("is", "'s"),
                              lower("going", "desperate", "terrible", "awful", "dreadful",
                                    "rubbish", "useless", "shocking")]  # fmt: skip
    yield "memory-problems", [lower("hard", "difficult", "impossible"), lower("to"),
                              lower("focus", "concentrate")]  # fmt: skip
    # Speech: "still getting her words tangled" ("trouble getting the words out" stays unread:
    # the best man's, round 48)
    yield "speech-problems", [lower("getting", "gets", "got"), lower("her", "my", "his"),
                              lower("words"), lower("tangled", "jumbled", "muddled", "mixed",
                                                    "crossed")]  # fmt: skip
    # The legs, the ribs, the joints: "pins and needles in both legs", "cracked two ribs",
    # "My knees swell and ache"
    yield "leg-weakness", [lower("pins"), lower("and"), lower("needles"), lower("in", "down"),
                           lower("both", "my", "her", "the"), LEGS]  # fmt: skip
    yield "fracture", [lower("cracked", "broke", "broken", "fractured"), {"LIKE_NUM": True},
                       lemma("rib")]  # fmt: skip
    yield "joint-pain", [lower("knees", "knee", "joints", "hips", "ankles", "wrists", "elbows"),
                         lower("swell", "swelling"), lower("and"),
                         lower("ache", "aching", "hurt", "hurting")]  # fmt: skip
    # Thirst and water: "passing urine many times at night"
    often = [lower("many", "several", "countless", "so"), lower("many", op="?"), lower("times")]
    yield "high-blood-sugar", [lower("passing"), lower("urine", "water"), *often]
    yield "high-blood-sugar", [lower("peeing", "weeing"), lower("urine", "water", op="?"), *often]
    # Drowsy after a fit or a drug: "Now very groggy" (the guideline's "very drowsy"), "groggy
    # and not herself" (one mention)
    yield "mental-status-change", [lower("groggy")]
    yield "mental-status-change", [lower("groggy"), lower("and"), lower("not"),
                                   lower("herself", "himself", "myself")]  # fmt: skip
    # "the doctor says the cancer in her head is causing the fits"
    yield "seizure", [lower("causing", "caused", "causes"), lower("the", "her", "his", "my"),
                      lower("fits")]  # fmt: skip
    # "my grandson says I repeat things"; "a ringing that won't stop at night"
    yield "memory-problems", [lower("i", "she", "he"), lower("repeat"), lower("things")]
    yield "hearing-changes", [lower("a"), lower("ringing", "buzzing"), lower("that", "which")]
    # "Ankles have puffed right up again"
    yield "swelling", [lower("ankles", "feet", "legs", "hands", "fingers"),
                       lower("have", "'ve", "has", "are", op="?"),
                       lower("puffed", "blown", "swelled"), lower("right", "all", op="?"),
                       lower("up")]  # fmt: skip
    # Not symptoms (round 51's review): "spotted a heron", a port "flushing fine", "what a pain!"
    yield NOT_A_SYMPTOM, [lower("spotted"), lower("a", "an", "the", "two", "three", "my", "our",
                                                  "him", "them")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("port", "line", "lines", "picc", "cannula"),
                          lower("flushed", "flushing", "flushes")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("flushing", "flushed"), lower("fine", "ok", "okay", "well",
                                                              "easily", "nicely")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("what"), lower("a"), lower("pain"), {"IS_PUNCT": True}]
    # Hands, feet and a calf: "the soles of my feet sting when I walk", "My calf on the left is
    # tight and tender" (tight only beside a word of swelling or pain, as round 12 reads it)
    yield "hand-foot-syndrome", [lower("soles"), lower("of"), lower("my", "her"), lower("feet"),
                                 lower("sting", "stinging", "burn", "burning")]  # fmt: skip
    yield "calf-swelling", [lemma("calf", "calves"), lower("on", op="?"), lower("the", op="?"),
                            lower("right", "left", op="?"), BE, lower("tight", "hard"),
                            lower("and"), lower("tender", "swollen", "hot", "red", "painful",
                                                "sore", "warm", "puffy")]  # fmt: skip


def _round_fifty_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round51u and round51v (round 52): people who work or look after
    others while ill, faith; named treatments, a trial's diary, sons who write for her."""
    # A trial diary's lines: "Balance: a bit off", "Mood: bit down"
    yield "balance-problems", [lower("balance"), lower(":"), lower("a", op="?"),
                               lower("bit", op="?"), lower("off", "poor", "wobbly", "dodgy",
                                                          "bad")]  # fmt: skip
    yield "depression", [lower("mood"), lower(":"), lower("a", op="?"), lower("bit", op="?"),
                         lower("down", "low", "flat")]  # fmt: skip
    # Clinic words: "word-finding pauses", "Perioral tingling", "no presyncope"
    yield "speech-problems", [lower("word"), lower("-", op="?"), lower("finding")]
    yield "facial-numbness", [lower("perioral"), lower("tingling", "numbness")]
    yield "palpitations", [lower("presyncope", "presyncopal", "near-syncope")]
    # Bowels, thirst, weight: "Still backed up, day 4", "kept drinking water", "down 15 pound"
    yield "constipation", [lower("still", "i'm", "im", "am", "been", "feel", "feeling", "so"),
                           lower("backed"), lower("up")]  # fmt: skip
    yield "high-blood-sugar", [lemma("keep"), lower("drinking"), lower("water")]
    yield "weight-loss", [{"LOWER": "down", "IS_SENT_START": False}, {"LIKE_NUM": True},
                          lower("pound", "pounds", "lb", "lbs", "kg", "kilos")]  # fmt: skip
    yield "weight-loss", [lower("me", "i'm", "i", "she's", "she"), lower("down"),
                          {"LIKE_NUM": True}, lower("pound", "pounds", "lb", "lbs", "kg",
                                                    "kilos")]  # fmt: skip
    # The legs: "legs had gone from under her"
    yield "leg-weakness", [LEGS, lower("had", "have", "'ve", "'d", op="?"),
                           lower("gone", "went"), lower("from"),
                           lower("under", "underneath")]  # fmt: skip
    # Pain and skin: "Pain is in the middle of her spine", "skin ... is red and itchy"
    yield "back-pain", [lower("pain", "ache"), BE, lower("in"), lower("the"),
                        lower("middle", "bottom", "top", "base"), lower("of"),
                        lower("my", "her", "the"), lower("spine", "back")]  # fmt: skip
    yield "rash", [lower("is", "are", "'s", "looks", "gone"), lower("red", "itchy"), lower("and"),
                   lower("itchy", "red")]  # fmt: skip
    # "She collapse in the vestry" (a past told in the present form); "might affect my hearing"
    yield "palpitations", [lower("she", "he", "i", "mi"), lower("collapse")]
    yield "hearing-changes", [lemma("affect"), lower("my", "her"), lower("hearing")]
    # "My left calf is a bit bigger than the right"; "no trouble dropping off"
    yield "calf-swelling", [lemma("calf", "calves"), BE, lower("a", op="?"), lower("bit", op="?"),
                            lower("bigger", "fatter", "larger", "thicker"),
                            lower("than")]  # fmt: skip
    yield "difficulty-sleeping", [lower("trouble", "problems", "struggling", "struggle"),
                                  lower("dropping"), lower("off")]  # fmt: skip
    # "Mi hair drop out completely"; "Doesn't want to eat"; "he hasn't slept in two nights" (a
    # night without sleep, not sleep denied)
    yield "hair-loss", [lower("hair"), lower("drop", "dropping", "dropped", "drops"),
                        lower("out")]  # fmt: skip
    yield "loss-of-appetite", [lower("does", "did", "do"), NOT, lower("want", "fancy"),
                               lower("to"), lower("eat")]  # fmt: skip
    yield "difficulty-sleeping", [lower("has", "have", "had", "'s", "'ve"), NOT, lower("slept"),
                                  lower("in", "for"), {"LIKE_NUM": True},
                                  lower("nights", "days")]  # fmt: skip
    # "flush the line" (a port, no hot flush)
    yield NOT_A_SYMPTOM, [lower("flush", "flushed", "flushing"), lower("the", "her", "my", "his"),
                          lower("line", "lines", "port", "picc")]  # fmt: skip


def _round_fifty_three() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round52w and round52x (round 53): voice-to-text, English as a
    second or third language; grandmothers on farms who keep lists with ratings."""
    # Dictated or autocorrected breath: "woke with shortness of breast"
    yield "shortness-of-breath", [lower("shortness", "short"), lower("of"), lower("breast")]
    # Fear said plainly: "I panic that I'll be coughing up blood", "I am worry it is in the
    # brain"
    yield "anxiety", [lower("i", "she"), lower("panic", "panics", "panicking")]
    yield "anxiety", [lower("am", "'m", "im", "is"), lower("worry", "fearing")]
    # Weight and yellow skin: "Her weight has gone down a lot", "he was yellow all over"
    yield "weight-loss", [lower("weight"), lower("has", "'s", "is", op="?"),
                          lower("gone", "come", "going", "dropped", "fallen"),
                          lower("down", op="?")]  # fmt: skip
    yield "jaundice", [lower("yellow", "yellowish"), lower("all"), lower("over")]
    # The heart: "Heart fast fast tonight", "chest fluttery"
    yield "palpitations", [lemma("heart"), lower("fast")]
    yield "palpitations", [lower("chest"), lower("fluttery", "fluttering", "flutters")]
    # Memory: "my memory is going" (not "Mum's memory went at the end": as often a relative's
    # as the patient's in a carer's note), "I forget where I put my keys"
    yield "memory-problems", [lower("my", "her"), lower("memory"), lower("has", "'s", "is", op="?"),
                              lower("went", "gone", "going")]  # fmt: skip
    yield "memory-problems", [lemma("forget"), lower("where"), lower("i", "she"),
                              lower("put", "left", "parked")]  # fmt: skip
    # Swollen ankles as they look: "Ankles fat again"
    yield "swelling", [lemma("ankle"), lower("are", "is", "look", "looking", "so", op="?"),
                       lower("fat", "fatter"), lower("and", op="?"),
                       lower("puffy", "swollen", op="?")]  # fmt: skip
    # Mood: "Just flat and sad most days", "My own mood is in the basement", "a bad dose of the
    # blues"
    yield "depression", [lower("flat"), lower("and"), lower("sad", "teary", "weepy")]
    yield "depression", [lower("mood"), BE, lower("in"), lower("the"),
                         lower("basement", "gutter", "boots", "dumps", "doldrums")]  # fmt: skip
    yield "depression", [lower("dose", "bout", "touch"), lower("of"), lower("the"),
                         lower("blues")]  # fmt: skip
    # Bowels and the saddle: "I cannot control the stool", "the bottom area feel numb"
    yield "bladder-bowel-control", [*CANT, lower("control", "hold"), lower("the", "my", "her"),
                                    lemma("stool", "bowel", "bladder", "poo", "wee", "pee",
                                          "urine")]  # fmt: skip
    yield "bladder-bowel-control", [lower("bottom", "saddle", "groin"), lower("area", "region"),
                                    lemma("feel", "be", "go", op="?"),
                                    lower("numb", "tingly", "dead")]  # fmt: skip
    # Burning and tingling together are the nerves: "hands and feet are burning and tingling"
    yield "neuropathy", [FEET, lower("and"), FEET, BE, lower("burning", "numb"), lower("and"),
                         lower("tingling", "tingly", "numb")]  # fmt: skip
    # "I might lose my appetite", "itchy spots everywhere", "skin cracking on my heels"
    yield "loss-of-appetite", [lemma("lose"), lower("my", "her"), lower("appetite")]
    yield "rash", [lower("itchy"), lower("spots")]
    yield "hand-foot-syndrome", [lower("skin"), lower("cracking", "cracked", "splitting"),
                                 lower("on"), OWNER, lemma("heel", "sole", "palm")]  # fmt: skip
    # Hair: "All the hair gone now, eyebrows going too"
    yield "hair-loss", [lower("all"), lower("the", "my", "her"), lower("hair"), lower("gone")]
    yield "hair-loss", [lower(",", "and"), lower("eyebrows", "eyelashes", "lashes"),
                        lower("going", "thinning", "falling")]  # fmt: skip
    # "Me not slept a wink" (a night without sleep, not sleep denied)
    yield "difficulty-sleeping", [NOT, lemma("sleep"), lower("a"), lower("wink")]
    # A list's line with a rating: "joints 6/10 mornings", "pee'd 6 times overnight"
    yield "joint-pain", [{"LOWER": "joints", "IS_SENT_START": True}, {"LIKE_NUM": True},
                         {"ORTH": "/"}, {"ORTH": "10"}]  # fmt: skip
    yield "high-blood-sugar", [PEE, {"ORTH": "'d", "OP": "?"}, {"LIKE_NUM": True},
                               lower("times", "x"), lower("overnight")]  # fmt: skip


def _round_fifty_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round53y and round53z (round 54): men with breast cancer and the
    partners who write for them, young mothers on phones; catch-up entries, hospital beds,
    night shifts, numbers."""
    # Idioms: "blackout blinds", "a collapsed lung" (no faint), "Boss is a pain"
    yield NOT_A_SYMPTOM, [lower("blackout"), lower("blinds", "blind", "curtains", "curtain")]
    yield NOT_A_SYMPTOM, [lower("collapsed"), lower("lung", "lungs")]
    yield NOT_A_SYMPTOM, [lower("boss", "job", "traffic", "he", "she", "it", "that", "this",
                          "which", "kids", "paperwork"), lower("is", "'s", "was", "can"),
                          lower("be", op="?"), lower("such", "a", op="{1,2}"),
                          lower("pain")]  # fmt: skip
    # "Feel a bit sick with it" (not "a bit sick of it")
    yield "nausea", [lemma("feel"), lower("a"), lower("bit", "little", "tad", "touch"),
                     lower("sick")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lemma("feel"), lower("a"), lower("bit", "little", "tad", "touch"),
                          lower("sick"), lower("of")]  # fmt: skip
    # A diary that speaks to her: "You've had the ache in your neck for a week"
    yield "back-pain", [lower("ache", "aches", "pain", "pains"), lower("in"), lower("your"),
                        lower("neck", "back", "spine")]  # fmt: skip
    # "Food I am not feeling like eating", "Appetite is nothing"
    yield "loss-of-appetite", [NOT, lower("feeling", "feel"), lower("like"),
                               lower("eating", "eat")]  # fmt: skip
    yield (
        "loss-of-appetite",
        [
            lower("appetite"),
            BE,
            lower("nothing", "zero", "nil", "non-existent", "nonexistent", "absent"),
        ],
    )  # ("Appetite: absent",
    # round 62); fmt: skip
    # "He's grey and puffing" (not "puffing on a cigarette")
    yield "shortness-of-breath", [lower("'s", "is", "and", "was", "been", "are", "'re", "were"),
                                  lower("puffing")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("'s", "is", "and", "was", "been", "are", "'re", "were"),
                          lower("puffing"), lower("on"),
                          lower("a", "his", "her", "their", "cigarette", "cigarettes", "cigar",
                                "cigars", "pipe", "vape", "fag", "fags", "joint")]  # fmt: skip
    # Bowels: "day 4 no poo", "the meds have bunged me up"
    yield "constipation", [{"LIKE_NUM": True}, lower("no"), lower("poo", "poop", "bm", "bms")]
    yield "constipation", [lemma("bung"), lower("me"), lower("up")]
    # "Didn't pass out or anything", "didn't actually pass out": a faint denied
    yield "palpitations" + NEGATED, [lower("did", "do", "does"), NOT,
                                     lower("actually", "really", "quite", op="?"), lower("pass"),
                                     lower("out")]  # fmt: skip
    # "Hearing is less in right ear"; "everything went spinny"
    yield "hearing-changes", [lower("hearing"), BE, lower("less", "reduced", "poorer", "down")]
    yield "dizziness", [lower("went", "go", "goes", "gone", "going", "feel", "feeling", "felt",
                        "all", "bit", "was", "is", "a"), lower("spinny")]  # fmt: skip
    # Numbers: "2.6kg lost since diagnosis"
    yield "weight-loss", [{"LIKE_NUM": True}, lower("kg", "kilos", "lbs", "lb", "pounds", "stone"),
                          lower("lost")]  # fmt: skip
    # "dryness in private parts"; "my legs just weren't there"; "right calf's sair an swollen"
    yield "vaginal-dryness", [lower("dryness", "dry"), lower("in", "down"),
                              lower("the", "my", op="?"), lower("private"),
                              lower("parts", "area")]  # fmt: skip
    yield "leg-weakness", [LEGS, lower("just", "simply", op="?"), lower("were", "was"), NOT,
                           lower("there")]  # fmt: skip
    yield "calf-swelling", [lemma("calf"), lower("'s", "is", op="?"),
                            lower("sair", "sore", "red", "hot", "warm", "achy", "tender"),
                            lower("an", "and"), lower("swollen", "puffy")]  # fmt: skip
    # Thirst and water: "passing urine too many times", "passing urine every hour", "pee too
    # much", "always drinking water"
    passing = lower("passing", "pass", "passed")
    yield "high-blood-sugar", [passing, lower("urine", "water"), lower("too", "so"),
                               lower("many", "much", "often")]  # fmt: skip
    yield "high-blood-sugar", [passing, lower("urine", "water"), lower("every"),
                               lower("hour", "half")]  # fmt: skip
    yield "high-blood-sugar", [PEE, lower("too", "so"), lower("much", "often")]
    yield "high-blood-sugar", [lower("always", "constantly"), lower("drinking"), lower("water")]
    # "Derek was hacking all through the meeting" (not "hacking the hedge back")
    yield "cough", [lower("was", "been", "is", "'s", "were", "'re", "are", "kept"),
                    lower("hacking")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("was", "been", "is", "'s", "were", "'re", "are", "kept"),
                          lower("hacking"), lower("into", "at", "the", "my", "his",
                                                  "her")]  # fmt: skip
    # "will the brain mets give me fits", "Mum used to faint like that", "no blurring"
    yield "seizure", [lemma("give"), lower("me", "her"), lower("fits", "seizures")]
    yield "palpitations", [lower("used", "going", "about"), lower("to"), lower("faint")]
    yield "vision-problems", [lower("blurring", "blurriness")]
    # "Left calf a bit achy after the flight"
    yield "calf-swelling", [lower("left", "right"), lemma("calf"), lower("a", op="?"),
                            lower("bit", "little", op="?"),
                            lower("achy", "sore", "tender", "aching")]  # fmt: skip
    # "Think it's broken" (a fall told before it)
    yield FRACTURE_THOUGHT, [lower("think", "reckon", "sure"), lower("it", "it's", "its"),
                             lower("'s", "is", op="?"), lower("broken", "broke", "fractured",
                                                             "cracked")]  # fmt: skip
    # "my knees and hands stiff as boards", "irregular beats", "no spinning", "not yellow"
    joints = lemma("knee", "hip", "finger", "wrist", "shoulder", "elbow", "ankle", "hand",
                   "knuckle")  # fmt: skip
    yield "joint-pain", [joints, lower("and"), joints, lower("stiff", "sore", "achy", "aching")]
    yield "palpitations", [lower("irregular", "skipped", "missed", "missing", "extra"),
                           lower("beats", "heartbeats")]  # fmt: skip
    yield "dizziness" + NEGATED, [lower("no"), lower("spinning")]
    # ... and "Eyes are white, no yellow" (round 59; not "no yellow phlegm", below)
    yield "jaundice" + NEGATED, [lower("not", "no"), lower("yellow")]
    # "he's been low as anything since the scan" (not "been low on milk")
    yield "depression", [lower("been"), lower("very", "so", "really", "pretty", op="?"),
                         lower("low"), lower("as", "since", "all", "lately", "recently",
                                             "this")]  # fmt: skip


def _round_fifty_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday and clinical shapes from round54a and round54b (round 55): children who text for
    a parent, a retired GP's and a nurse's shorthand, Singaporean and Malaysian English;
    holidays, festivals and Northern English."""
    # A clinician's shorthand: "Wt loss 6kg", "Anorexia ++", "Nil speech disturbance", "nil
    # sphincter disturbance", "difficulty initiating micturition", "Power 4/5 both legs",
    # "Sleep fragmented", "polyuria"
    yield "weight-loss", [lower("wt"), lower("loss", "lost", "down")]
    yield "loss-of-appetite", [lower("anorexia")]
    yield "speech-problems", [lower("speech"), lower("disturbance", "disturbances")]
    yield "bladder-bowel-control", [lower("sphincter"), lower("disturbance", "disturbances",
                                    "problems", "dysfunction")]  # fmt: skip
    yield "bladder-bowel-control", [lower("difficulty", "hesitancy", "trouble"),
                                    lower("initiating", "starting", "passing"),
                                    lower("micturition", "urination", "urine")]  # fmt: skip
    yield "bladder-bowel-control", [lower("urinary"), lower("retention", "hesitancy",
                                    "incontinence")]  # fmt: skip
    yield "leg-weakness", [lower("power"), {"TEXT": {"REGEX": r"^[0-4][+-]?/5$"}},
                           lower("both", "in", "bilateral", "bilat", "the", op="*"),
                           lower("legs", "lls", "ll", "lower")]  # fmt: skip
    yield "leg-weakness", [lower("power"), {"TEXT": {"REGEX": r"^[0-4][+-]?$"}}, {"ORTH": "/"},
                           {"ORTH": "5"}, lower("both", "in", "bilateral", "bilat", "the",
                                                op="*"),
                           lower("legs", "lls", "ll", "lower")]  # fmt: skip
    yield "difficulty-sleeping", [lower("sleep"), BE, lower("fragmented", "broken", "disturbed")]
    yield "high-blood-sugar", [lower("polyuria", "polydipsia")]
    # The calf: "new ache R calf", "his calf aches when he walks"
    yield "calf-swelling", [lower("ache", "pain", "aching", "tenderness"),
                            lower("r", "l", "right", "left", "in", op="{1,2}"),
                            lemma("calf")]  # fmt: skip
    yield "calf-swelling", [lemma("calf"), lower("aches", "ache", "aching", "hurts", "throbs")]
    # Thirst and water: "always want to pee, every hour", "drinking water like a fish", "peeing
    # constantly"
    yield "high-blood-sugar", [lower("always", "constantly"), lower("want", "wanting", "need",
                               "needing"), lower("to"), PEE]  # fmt: skip
    yield "high-blood-sugar", [lower("drinking"), lower("water", "fluids"), lower("like"),
                               lower("a"), lower("fish")]  # fmt: skip
    yield "high-blood-sugar", [lemma("pee", "wee"), lower("constantly", "nonstop", "non-stop")]
    # "he's got the muddles a bit"; "forgot what to buy"; "she don't want eat"
    yield "confusion", [lower("the"), lower("muddles")]
    yield "memory-problems", [lemma("forget"), lower("what"), lower("to"),
                              lower("buy", "get", "say", "do")]  # fmt: skip
    yield "loss-of-appetite", [lower("do", "does", "did"), NOT, lower("want"), lower("eat")]
    # "Numb at left side of my chin", "it hurts in her chest", "dad wont wake up properly"
    yield "facial-numbness", [lower("numb", "numbness", "tingling"),
                              lower("at", "on", "in", "down", "over"), gap(4),
                              lemma("chin", "lip", "cheek")]  # fmt: skip
    yield "chest-pain", [lower("hurts", "hurting", "aches"), lower("in"),
                         lower("my", "her", "his", "the"), lower("chest")]  # fmt: skip
    yield "mental-status-change", [lower("wont", "won't", "wo", "can't", "ca", "couldn't",
                                         "could"), NOT_OPTIONAL, lower("wake"),
                                   lower("up", op="?"), lower("properly")]  # fmt: skip
    # "hair all drop", "almost pengsan" (Malay: fainted), "my hearing not so good"
    yield "hair-loss", [lower("hair"), lower("all"), lower("drop", "dropped", "drops")]
    yield "palpitations", [lower("pengsan")]
    yield "hearing-changes", [lower("hearing"), NOT, lower("so", "very", "too", op="?"),
                              lower("good", "great")]  # fmt: skip
    # Northern words: "Went all mazy" (dizzy); "deaf as a post"; "no ringing since"
    yield "dizziness", [lower("all", "bit", "went", "feel", "feeling", "felt", "proper", "gone",
                        "go", "goes"), lower("mazy")]  # fmt: skip
    yield "hearing-changes", [lower("deaf"), lower("as"), lower("a"), lower("post", "doorpost")]
    yield "hearing-changes" + NEGATED, [lower("no"), lower("ringing")]
    # "no swelling in either calf"
    yield "calf-swelling", [lower("swelling", "puffiness"), lower("in"), lower("either", "both"),
                            lemma("calf")]  # fmt: skip
    # Not symptoms: "literally having a fit bc the dog ate her slipper", "the whole thing's been
    # a massive headache"
    # (not "had a fit about 2am", "Today it's a headache")
    yield NOT_A_SYMPTOM, [lower("having", "throw", "threw", "throwing"), lower("a"), lower("fit"),
                          lower("bc", "because", "cos", "over")]  # fmt: skip
    trouble = ("massive", "real", "total", "huge", "proper", "right")
    yield NOT_A_SYMPTOM, [lower("been"), lower("a"), lower(*trouble, op="?"), lower("headache")]
    yield NOT_A_SYMPTOM, [lower("is", "was", "'s"), lower("a"), lower(*trouble), lower("headache")]


def _round_fifty_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round55c and round55d (round 56): the last months at home, Welsh and
    Cornish English, medicines by dose; young women, Gen-Z, Australian and New Zealand English,
    forums."""
    # "helped her nerves" (not "the nerves in my feet")
    yield "anxiety", [lower("helped", "calm", "calmed", "settle", "settled", "for", "steady",
                      "steadied", "steadies", "calms"), lower("her", "my"),
                      lower("nerves")]  # fmt: skip
    # "Lost more weight", "not lost any weight this month"
    yield "weight-loss", [lemma("lose"), lower("more", "some", "even", "any", "a", "bit", "little",
                          "lot", "of", op="{1,3}"), lower("weight")]  # fmt: skip
    # "the squits"; "Her's lost all her go"; "too wiped to type"
    yield "diarrhea", [lower("squits")]
    yield "fatigue", [lemma("lose"), lower("all", op="?"), lower("her", "my", "his"),
                      lower("go", "get-up-and-go", "oomph")]  # fmt: skip
    yield "fatigue", [lower("too", "so", "totally", "completely", "absolutely", "really"),
                      lower("wiped")]  # fmt: skip
    # "two accidents on the bed" (not a car's); "not passed a motion since Friday"
    yield "bladder-bowel-control", [lemma("accident"), lower("on", "in"),
                                    lower("the", "her", "my", "his", op="?"),
                                    lower("bed", "pad", "pads", "pants", "knickers", "chair",
                                          "sheets")]  # fmt: skip
    yield "constipation", [NOT, lower("passed", "had", "opened", "open"),
                           lower("a", "her", "my", "his", op="?"),
                           lower("motion", "motions", "bowel", "bowels", "stool")]  # fmt: skip
    # "for agitation", "agitated and not himself"
    yield "mental-status-change", [lower("agitation", "agitated")]
    # "in case the bone breaks", "I might go yellow"
    yield "fracture", [lower("the", "a", "my", "her"), lower("bone"),
                       lower("breaks", "snaps", "fractures")]  # fmt: skip
    yield "jaundice", [lower("go", "turn", "went", "gone", "turned"), lower("yellow")]
    # "the ringing went away"; "no tingling"
    yield "hearing-changes", [lower("the"), lower("ringing")]
    yield "neuropathy" + NEGATED, [lower("no"), lower("tingling", "tingles")]
    # "Can't be bothered eating"; "Mood's been flat lately"; "no appetite problems" (denied)
    yield "loss-of-appetite", [*CANT, lower("be"), lower("bothered"), lower("to", op="?"),
                               lower("eat", "eating")]  # fmt: skip
    yield "depression", [lower("mood"), lower("'s", "has", "is", op="?"), lower("been", op="?"),
                         lower("flat", "rubbish")]  # fmt: skip
    yield "loss-of-appetite" + NEGATED, [lower("no"), lower("appetite"),
                                         lower("problems", "issues", "trouble")]  # fmt: skip
    # "sweating through my pyjamas"; "your palms peel"; "Bleeding like a period"
    yield "hot-flashes", [lower("sweating", "sweated", "sweat"), lower("through"),
                          lower("my", "her", "the"), lower("pyjamas", "pajamas", "pjs", "sheets",
                                                          "nightie", "nightdress")]  # fmt: skip
    yield "hand-foot-syndrome", [lemma("palm", "sole"), lower("peel", "peeling", "peeled")]
    yield "vaginal-bleeding", [lower("bleeding", "bled"), lower("like"), lower("a"),
                               lower("period")]  # fmt: skip


def _round_fifty_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round56e and round56f (round 57): one hand or a tremor, capitals,
    Scouse and Irish English, counts; runners and swimmers, South Asian English in North
    America, what she could not do."""
    # "her hands are a bit red and peely"; "Dead low today"
    # ... and Jamaican "mi foot dem red an a peel" (round 58)
    yield "hand-foot-syndrome", [lemma("hand", "foot", "palm", "sole"), lower("dem", op="?"), BE,
                                 lower("a", op="?"), lower("bit", "little", op="?"),
                                 lower("red", "sore"), lower("and", "an"), lower("a", op="?"),
                                 lower("peely", "peeling", "peel", "flaky", "cracked")]  # fmt: skip
    yield "depression", [lower("dead", "proper"), lower("low")]
    # Irish "Back's been at me all week", "Back is at me something fierce"
    yield "back-pain", [lower("back"), lower("'s", "is", "has", op="?"), lower("been", op="?"),
                        lower("at"), lower("me", "her")]  # fmt: skip
    # "NOT BEEN FOR A WEE SINCE LAST NIGHT"; "kept waking with hot flushes"
    yield "bladder-bowel-control", [NOT, lower("been"), lower("for"), lower("a"),
                                    lower("wee", "pee", "piss")]  # fmt: skip
    yield "constipation", [NOT, lower("been"), lower("for"), lower("a"), lower("poo", "poop")]
    yield "difficulty-sleeping", [lower("kept", "keep", "keeps"), lower("waking", "wakin")]
    # "drinking about 4 litres of water a day", "drinking water like crazy"
    yield "high-blood-sugar", [lower("drinking"), lower("about", "over", "around", "nearly",
                               op="?"), {"LIKE_NUM": True}, lower("litres", "liters", "l",
                               "pints", "bottles"), lower("of", op="?"), lower("water", op="?"),
                               lower("a"), lower("day")]  # fmt: skip
    yield "high-blood-sugar", [lower("drinking"), lower("water", "fluids"), lower("like"),
                               lower("crazy", "mad", "nobody's")]  # fmt: skip
    # "not able to sleep properly"; "me with no eyebrows", "even with no hair"
    yield "difficulty-sleeping", [NOT, lower("able"), lower("to"), lower("sleep")]
    yield "hair-loss", [lower("with", "have", "got", "had"), lower("no"),
                        lower("eyebrows", "hair", "eyelashes", "lashes")]  # fmt: skip
    # "the letters were doubled"; "my left eyelid droops a bit"
    yield "vision-problems", [lower("letters", "words", "print"), BE,
                              lower("doubled", "double", "blurry", "blurred",
                                    "swimming")]  # fmt: skip
    yield "facial-numbness", [lemma("eyelid"), lower("is", "has", op="?"),
                              lower("droops", "drooping", "droopy", "drooped")]  # fmt: skip
    # "couldnt remember where I was" (a muddle of place, not memory)
    yield "confusion", [*CANT, lower("remember"), lower("where"), lower("i", "she"),
                        lower("was", "am", "is")]  # fmt: skip
    # "Tenderness where the Faslodex shots go"
    yield "injection-site-reaction", [lower("tenderness", "soreness", "sore", "tender", "lumps",
                                            "redness", "bruising"), lower("where"),
                                      lower("the", "my"), gap(2),
                                      lower("shots", "shot", "jabs", "jab", "injections",
                                            "injection"), lower("go", "went", "goes")]  # fmt: skip
    # "my hamstrings and quads ache"
    yield "muscle-pain", [lower("hamstrings", "quads", "glutes", "hamstring", "quad"),
                          lower("and", op="?"), lower("hamstrings", "quads", "glutes", "calves",
                                                      op="?"),
                          lower("ache", "aching", "sore", "hurt", "hurting")]  # fmt: skip
    # "room isn't spinning" (denied)
    yield "dizziness" + NEGATED, [lower("room", "world", "everything"), lower("is", "was"), NOT,
                                  lower("spinning")]  # fmt: skip


def _round_fifty_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round57g and round57h (round 58): low literacy and a support
    worker, Deaf writers after BSL, Jamaican and Ghanaian English in London; scan days, arrows,
    Spanish and English mixed, a hospice nurse."""
    # "Last night fit happen" (not a giggle fit that came over her)
    yield "seizure", [lower("fit", "fits"), lower("happen", "happened", "happens")]
    # "Me feel down every day", "Low day", "Mi nerves bad today", "Mi frighten bad"
    # (not "a tingling feeling down my arm")
    yield "depression", [lower("feel", "feeling", "feels"), lower("so", "very", "really",
                         "quite", "pretty"), lower("down")]  # fmt: skip
    yield "depression", [lower("me", "mi"), lower("feel", "feeling"), lower("down")]
    yield "depression", [{"LOWER": "low", "IS_SENT_START": True}, lower("day", "days")]
    yield "anxiety", [lower("my", "mi", "me", "her"), lower("nerves"), lower("bad", "shot",
                      "terrible", "awful")]  # fmt: skip
    yield "anxiety", [lower("i", "mi", "me", "ah"), lower("real", "so", "very", op="?"),
                      lower("frighten", "frightened"), lower("bad", op="?")]  # fmt: skip
    # Jamaican "Granny nuh like she self today"
    yield "mental-status-change", [lower("not", "nuh"), lower("like"), lower("she", "her", "he",
                                   "him"), lower("self")]  # fmt: skip
    # "I do not feel hungry"
    yield "loss-of-appetite", [NOT, lower("feel", "feeling"), lower("hungry")]
    # "Mi pee pon miself"; "Me walk wobble, hold wall"; "Mi cyaan member nutten"
    yield "bladder-bowel-control", [PEE, lower("on"), lower("myself", "herself")]
    yield "balance-problems", [lower("walk", "walking"), lower("wobble", "wobbly", "wobbles")]
    yield "memory-problems", [*CANT, lower("member", "memba"), lower("nothing", "anything")]
    # "I see 2 of everything"; "TUMMY PAIN TOP"
    yield "vision-problems", [lower("see", "seeing"), lower("2", "two"), lower("of"),
                              lower("everything")]  # fmt: skip
    yield "upper-abdominal-pain", [lemma("tummy", "stomach", "belly"), lower("pain", "ache"),
                                   lower("top", "high", "upper")]  # fmt: skip
    # "if one leg swells", "if leg one side swell"
    yield "calf-swelling", [lower("one"), lemma("leg", "calf"), lower("swells", "swell",
                            "swelling", "swollen")]  # fmt: skip
    yield "calf-swelling", [lemma("leg"), lower("one"), lower("side"), lower("swells", "swell",
                            "swelling", "swollen")]  # fmt: skip
    # a nurse's "power reduced both legs"
    yield "leg-weakness", [lower("power"), lower("reduced", "decreased", "diminished"),
                           lower("in", op="?"), lower("both", "left", "right", "l", "r", "lower",
                           op="?"), lemma("leg", "limb")]  # fmt: skip
    # "she doesn't know she's home"
    yield "confusion", [lower("she", "he"), lower("does", "did"), NOT, lower("know"),
                        lower("she", "he"), lower("'s", "is", op="?"), lower("home")]  # fmt: skip
    # Jamaican "mi back a kill mi", "weak weak", "him cyaan ketch him breath", "Me nah sleep
    # good", "SPEAK SLUR", "NEAR FAINT"
    yield "back-pain", [lower("back"), lower("a"), lower("kill", "killing"), lower("mi", "me")]
    yield "weakness", [lower("weak"), lower("weak")]
    yield "shortness-of-breath", [*CANT, lower("catch", "get"), lower("him", "her"),
                                  lower("breath")]  # fmt: skip
    yield "difficulty-sleeping", [lower("nah"), lower("sleep"), lower("good", "well")]
    yield "speech-problems", [lower("speak", "speaking", "talk", "talking", "speech"),
                              lower("slur", "slurred", "slurring", "slurry")]  # fmt: skip
    yield "palpitations", [lower("near", "nearly"), lower("faint")]
    # "Hair starting to come out in the brush"; "no trouble concentrating"
    yield "hair-loss", [lower("hair"), lower("is", "'s", "has", op="?"),
                        lower("starting", "started", "beginning", "begun"), lower("to"),
                        lower("come", "fall"), lower("out")]  # fmt: skip
    yield "memory-problems", [lower("trouble", "difficulty", "problems"),
                              lower("concentrating")]  # fmt: skip
    # "I did not break anything" after a fall
    yield "fracture" + NEGATED, [lower("did"), NOT, lower("break"),
                                 lower("anything")]  # fmt: skip
    # "energy ↓↓"
    yield "fatigue", [lower("energy"), {"TEXT": {"REGEX": "^↓+$"}}]


def _round_fifty_nine() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round58i and round58j (round 59): very old women in sheltered
    housing and care homes, a key worker's record, Glaswegian, Highland and Ulster English;
    long entries of metaphor, Filipino, Nigerian and Kenyan English, blood results."""
    # "couldnt face my porridge", "couldn't face any breakfast"
    yield "loss-of-appetite", [*CANT, lower("face"), lower("my", "her", "any", "the", op="?"),
                               lower("food", "breakfast", "dinner", "tea", "lunch", "supper",
                                     "porridge", "meal", "meals", "toast", "eating")]  # fmt: skip
    # "Spent a penny about six times before dinner"
    yield "high-blood-sugar", [lemma("spend"), lower("a"), lower("penny"),
                               lower("about", "at", "over", "nearly", op="?"),
                               lower("least", op="?"), {"LIKE_NUM": True},
                               lower("times")]  # fmt: skip
    # "Waterworks playing up again, cant hold it" (a word of them near)
    yield CONTROL_NEARBY, [*CANT, lower("hold"), lower("it")]
    # "did not get much sleep", "I never got back to sleep after"
    yield "difficulty-sleeping", [NOT, lower("get", "got"), lower("much", "any"),
                                  lower("sleep")]  # fmt: skip
    yield "difficulty-sleeping", [lower("never"), lower("got", "get"), lower("back"), lower("to"),
                                  lower("sleep")]  # fmt: skip
    # "yellow as a lemon"; "I'm getting awful deaf"; "Hard of hearing"
    yield "jaundice", [lower("yellow"), lower("as"), lower("a"),
                       lower("lemon", "banana", "canary", "daffodil", "custard")]  # fmt: skip
    yield "hearing-changes", [lower("getting", "going", "gone", "goin"),
                              lower("awful", "very", "quite", "so", "a", op="?"),
                              lower("bit", op="?"), lower("deaf")]  # fmt: skip
    yield "hearing-changes", [lower("hard"), lower("of"), lower("hearing")]
    # "the collywobbles" before a scan; "a terrible state of nerves"
    yield "anxiety", [lower("collywobbles")]
    yield "anxiety", [lower("state"), lower("of"), lower("nerves")]
    # "Sundowning again this evening"
    yield "confusion", [lower("sundowning")]
    # "legs like tree trunks" (not "dropsy": the squire's wife's in a novel)
    yield "swelling", [lemma("leg", "ankle"), lower("like"), lower("tree", "balloons"),
                       lower("trunks", op="?")]  # fmt: skip
    # "his face has fell on one side and his speech is gone"
    yield "facial-numbness", [lower("his", "her", "my", op="?"), lower("face"),
                              lower("has", "'s", op="?"),
                              lower("fell", "fallen", "dropped", "drooped"), lower("on"),
                              lower("one")]  # fmt: skip
    yield "speech-problems", [lower("his", "her", "my", op="?"), lower("speech"),
                              lower("is", "'s"), lower("gone")]  # fmt: skip
    # "Hands are gone red an the skin's peelin aff the palms"
    yield "hand-foot-syndrome", [lemma("hand", "palm", "foot", "sole"), lower("are", "is"),
                                 lower("gone", "going"), lower("red")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("skin"), lower("'s", "is", op="?"), lower("peeling"),
                                 lower("off", "on", "from"), lower("the", "my", op="?"),
                                 lemma("palm", "sole", "hand", "foot", "feet")]  # fmt: skip
    # "my appetite has not come back"
    yield "loss-of-appetite", [lower("appetite"), lower("has", "have", "is"), NOT,
                               lower("come", "came", "returned"),
                               lower("back", op="?")]  # fmt: skip
    # "Heart going like a talking drum", "heart skips"
    yield "palpitations", [lower("heart"), lower("going", "beating", "banging"), lower("like")]
    yield "palpitations", [lower("heart"), lower("skips", "skipped", "skipping")]
    # "no funny speech"; "Sleep? patchy."
    yield "speech-problems" + NEGATED, [lower("no"), lower("funny", "strange", "odd"),
                                        lower("speech")]  # fmt: skip
    yield "difficulty-sleeping", [lower("sleep"), {"TEXT": "?"},
                                  lower("patchy", "poor", "bad", "broken", "rubbish", "terrible",
                                        "awful")]  # fmt: skip
    # "did not pass urine since last night"
    yield "bladder-bowel-control", [NOT, lower("pass", "passed", "passing"),
                                    lower("urine", "water")]  # fmt: skip
    # "no yellow phlegm" is no yellowing denied
    yield NOT_A_SYMPTOM, [lower("no"), lower("yellow"),
                          lower("phlegm", "mucus", "sputum", "stuff", "discharge", "snot",
                                "card", "cards", "line", "lines")]  # fmt: skip
    # "No yellow or green phlegm", "no yellow, green or bloody phlegm": a colour's list
    yield NOT_A_SYMPTOM, [lower("no"), lower("yellow"), lower("or", ",", "and", "/"),
                          lower("green", "white", "clear", "brown", "bloody", "red")]  # fmt: skip
    # "it is not my headache" (not my problem); "I kept out of it"; Tagalog "ulit" (again)
    yield NOT_A_SYMPTOM, [lower("not"), lower("my", "your", "her", "our"), lower("headache")]
    yield NOT_A_SYMPTOM, [lemma("keep", "stay"), lower("out"), lower("of"),
                          lower("it")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("ulit")]
    # "a tight feelin across ma chest", "a heavy sensation in my chest"
    yield "chest-pain", [lower("tight", "heavy", "crushing", "squeezing", "pressing"),
                         lower("feeling", "sensation"), lower("across", "in", "on", "around",
                         "round"), lower("my", "her", "the"), lower("chest")]  # fmt: skip
    # "couldnt keep the tea down" (not "the tablets": her words of the sickness she named)
    yield KEPT_DOWN, [*CANT, lower("keep", "hold"), lower("the"),
                      lower("tea", "soup", "breakfast", "dinner", "toast", "food"),
                      lower("down")]  # fmt: skip
    # "the accident I had in the night" (a word of the toilet near)
    yield CONTROL_NEARBY, [lower("the", "an"), lower("accident"), lower("i", "she"),
                           lower("had")]  # fmt: skip


def _round_sixty() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round59k and round59l (round 60): another long-term illness beside
    the cancer, GP and pharmacy visits, Dutch, German and Polish speakers; family group chats,
    a care rota, Deep South and Appalachian English, Cantonese and Mandarin speakers."""
    # "more puffed than usual on the stairs" (not "the lads were so puffed"); "could not get air"
    yield "shortness-of-breath", [lower("more"), lower("puffed"), lower("than")]
    yield "shortness-of-breath", [*CANT, lower("get"), lower("air")]
    # "the left one dragging" (a leg); "My left calf is thick and warm"
    yield "leg-weakness", [lower("left", "right"), lower("one", "leg", "foot"),
                           lower("is", op="?"), lower("dragging")]  # fmt: skip
    yield "calf-swelling", [lower("my", "her", "his", op="?"), lemma("calf"), BE,
                            lower("thick", "hot", "warm", "swollen", "fat", "big"),
                            lower("and"), lower("warm", "hot", "red", "swollen", "tender",
                                                "sore")]  # fmt: skip
    # "forgetting where she's put things" ("feeling v low": the older "feeling proper low")
    yield "memory-problems", [lower("forgetting", "forgets", "forgot"), lower("where"),
                              lower("she", "i", "he"), lower("'s", "has", "had", "'ve", "have",
                              op="?"), lower("put", "left", "leaves", "puts")]  # fmt: skip
    # "the hair drop a lot", "hair dropping everywhere" (not "the hair dropping is better")
    yield "hair-loss", [lower("hair"), lower("drop", "dropping", "drops"),
                        lower("a", "so", "everywhere", "out", "all")]  # fmt: skip
    # "she's all bound up"; "walking not steady"; "her arm is all swole up"
    yield "constipation", [lower("all", "real", "very", op="?"), lower("bound"), lower("up")]
    yield "balance-problems", [lower("walking", "walk"), lower("not"), lower("steady")]
    yield "swelling", [lower("all", op="?"), lower("swole"), lower("up")]
    # "talkin outta her head"; "stove up in her joints" (not the kitchen's); "sick to her
    # stomach"
    yield "confusion", [lower("talking"), lower("outta", "out"), lower("of", op="?"),
                        lower("her", "his", "my"), lower("head")]  # fmt: skip
    yield "joint-pain", [lower("stove"), lower("up"), lower("in"), lower("her", "his", "my"),
                         lower("joints", "knees", "hands", "hips")]  # fmt: skip
    yield "nausea", [lower("sick"), lower("to"), lower("her", "my", "his"), lower("stomach")]
    # "heart beat very fast" (not "so fast when I saw the grandkids")
    yield "palpitations", [lower("heart"), lower("beat", "beating", "beats"), lower("very"),
                           lower("fast", "quick")]  # fmt: skip
    # "my back is out" (not "got back was out of breath", "my back is out of plaster");
    # "threw his back out"; "dry and painful down there"
    yield "back-pain", [lower("my", "her", "his"), lower("back"), lower("is", "'s", "was"),
                        lower("out")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("my", "her", "his"), lower("back"), lower("is", "'s", "was"),
                          lower("out"), lower("of", "in")]  # fmt: skip
    yield "back-pain", [lemma("throw", "put"), lower("my", "her", "his"), lower("back"),
                        lower("out")]  # fmt: skip
    yield "vaginal-dryness", [lower("dry"), lower("and"), lower("painful", "sore"), lower("down"),
                              lower("there", "below")]  # fmt: skip
    # "lose feeling down below" is no low mood
    yield NOT_A_SYMPTOM, [lemma("lose"), lower("feeling"), lower("down"),
                          lower("below", "there")]  # fmt: skip


def _round_sixty_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round60m and round60n (round 61): late-night notes on strong
    painkillers and steroids, Indian English from Kerala and Punjab, Arabic speakers in the
    Gulf; young adults writing as on social media, Nigerian and Ghanaian Pidgin."""
    # "She is not taking food" (not "not taking food in the day" in Ramadan); Pidgin "she no
    # gree chop", "she no dey chop well" (eat; not "no dey chop meat again")
    yield "loss-of-appetite", [NOT, lower("taking"), lower("any", "much", op="?"),
                               lower("food", "solids", "meals")]  # fmt: skip
    yield NOT_A_SYMPTOM, [NOT, lower("taking"), lower("any", "much", op="?"),
                          lower("food", "solids", "meals"),
                          lower("in", "during", "before", "after", "with", "for", "till",
                                "until")]  # fmt: skip
    chop = [lower("no"), lower("gree", "dey", "wan", "fit"), lower("chop")]
    yield "loss-of-appetite", chop
    yield NOT_A_SYMPTOM, [*chop, lower("meat", "rice", "fish", "beef", "pork", "chicken", "egg",
                                       "eggs", "beans", "sugar", "pepper", "oil")]  # fmt: skip
    # "my mouth have small wounds inside", Pidgin "sores for mouth"
    yield "mouth-sores", [lower("mouth"), lower("have", "has", "got", "get", "is", "dey", op="?"),
                          lower("small", "little", "tiny", "many", "some", op="?"),
                          lower("wounds", "cuts", "blisters")]  # fmt: skip
    yield "mouth-sores", [lower("sores", "wounds", "ulcers"), lower("for", "inside"),
                          lower("my", "her", "ma", op="?"), lower("mouth")]  # fmt: skip
    # Pidgin "hair dey comot" (comes out)
    yield "hair-loss", [lower("hair"), lower("dey", "don"), lower("comot", "fall", "drop")]
    # "thirsty and confuse little bit" (not "look alike and confuse me")
    yield "confusion", [lower("and"), lower("confuse"),
                        lower("little", "a", "bit", "sometimes", "also", "too")]  # fmt: skip
    # "passing urine again and again", Pidgin "piss every hour", "urinate plenty" (peeing
    # named, or the toilet again and again: not "go to the toilet many times for loose
    # motion"); "sugar e high"
    again = [lower("again"), lower("and"), lower("again")]
    hourly = [lower("every"), lower("hour", "half")]
    for passing in ([lemma("pass"), lower("urine", "water")], [lemma("urinate", "pee", "piss")]):
        for often in (
            again,
            hourly,
            [lower("many", "so", "too"), lower("times", "often")],
            [lower("plenty")],
        ):
            yield "high-blood-sugar", [*passing, *often]
    # ... and "going to washroom again and again", "go to toilet every hour"
    for often in (again, hourly):
        yield "high-blood-sugar", [lemma("go"), lower("to"), lower("the", op="?"), LOO, *often]
    yield "high-blood-sugar", [lower("sugar", "sugars"), lower("e", "dey", "don"),
                               lower("high", "up")]  # fmt: skip
    # "the vision it is blur"; "I am scare", Pidgin "I dey fear", "inside I dey sad small"
    yield (
        "vision-problems",
        [
            lower("vision", "sight", "eyes", "eye"),
            lower("it", op="?"),
            lower("is", "are", "was", "were", "dey", "go", "goes", "gone"),
            lower("blur"),
        ],
    )  # (not "a camera gives a vision blur")
    yield "anxiety", [lower("am", "so", "very", "dey", "is", "feel", "feeling"), lower("scare")]
    yield "anxiety", [lower("i", "she"), lower("dey"), lower("fear")]
    yield "depression", [lower("i", "she"), lower("dey"), lower("sad")]
    # "tension is there." (Indian English: worry; not "tension is there in my shoulders");
    # Pidgin "ma mind dey race"
    yield "anxiety", [lower("tension"), lower("is"), lower("there"), {"IS_PUNCT": True}]
    yield "anxiety", [lower("mind"), lower("dey"), lower("race", "racing")]
    # Fits: "call if fever, fits, bleeding", "the fits at the end", Pidgin "she dey get fits"
    # (not "gets fits of coughing", "I get fits and starts of sleep", "the wig I got fits
    # well", "Tried the new wig on, fits, and looks natural")
    yield "seizure", [{"ORTH": ","}, lower("fits"), lower(",", "or", "and", "/")]
    yield NOT_A_SYMPTOM, [{"ORTH": ","}, lower("fits"), lower(",", "and", op="+"),
                          lower("looks", "feels", "is", "and", "comfortable", "perfectly",
                                "great", "lovely")]  # fmt: skip
    yield "seizure", [lower("the"), lower("fits"), lower("at", "near", "towards", "toward")]
    yield "seizure", [lemma("get"), lower("fits"),
                      {"LOWER": {"NOT_IN": ["of", "and", "well", "fine", "perfectly",
                                            "nicely", "better", "great", "lovely", "ok",
                                            "okay", "right", "snugly", "like"]}}]  # fmt: skip
    # "no blood inside the phlegm"; "trouble to breathe"
    yield "coughing-up-blood", [lower("blood"), lower("inside"), lower("the", "my", "her", op="?"),
                                lemma("phlegm", "sputum", "mucus", "spit")]  # fmt: skip
    yield "shortness-of-breath", [lower("trouble", "difficulty"), lower("to"), lower("breathe")]
    # "4 days now, no motion." (Indian English: no stool; not "her arm has no motion"), "not
    # passing stool", "5 days of no toilet"
    yield "constipation", [lower(",", "and", "still", "today"), lower("no"),
                           lower("motion", "motions"), {"IS_PUNCT": True}]  # fmt: skip
    yield "constipation", [NOT, lemma("pass"), lower("stool", "stools", "motion", "motions")]
    yield "constipation", [lower("days", "day"), lower("of"), lower("no"),
                           lower("toilet", "poo", "motion", "stool")]  # fmt: skip
    # Pidgin "cough no gree me sleep" (will not let me), "no dey sleep well"
    yield "difficulty-sleeping", [lower("no"), lower("gree"), lower("me", "her", "am", "us"),
                                  lower("sleep")]  # fmt: skip
    yield "difficulty-sleeping", [lower("no"), lower("dey"), lower("sleep")]
    # "forgot the word", "forget the words" (not "forgot the words to the second verse")
    yield "speech-problems", [lemma("forget"), lower("the"), lower("word", "words")]
    yield NOT_A_SYMPTOM, [lemma("forget"), lower("the"), lower("word", "words"),
                          lower("to", "of")]  # fmt: skip
    # "skip beat"; "she faint in the shower" (not "I almost faint" in a queue, "I faint at the
    # sight of blood")
    yield "palpitations", [lower("skip", "skipped", "skipping"), lower("beat", "beats")]
    yield "palpitations", [lower("she", "i"), lower("faint"), lower("in", "twice", "again")]
    # "little ache in neck"
    yield "back-pain", [lemma("ache", "pain"), lower("in"), lower("neck")]
    # "no redness in palms", "skin on the hands get red"
    yield "hand-foot-syndrome", [lower("redness", "peeling", "blisters"), lower("in", "on"),
                                 lower("the", "my", "her", op="?"),
                                 lemma("palm", "sole")]  # fmt: skip
    yield "hand-foot-syndrome", [lower("skin"), lower("on", "of"), lower("the", "my", "her"),
                                 lemma("hand", "palm", "foot", "feet", "sole"),
                                 lower("get", "gets", "go", "goes", "turn", "turns", "dey"),
                                 lower("red")]  # fmt: skip
    # "pain on right upper side of tummy"; Pidgin "upper belle for right side dey pain am" (not
    # "upper belly no dey pain")
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("on", "in", "at"),
                                   lower("the", "my", "her", op="?"),
                                   lower("right", "upper", "top"), lower("upper", "right"),
                                   lower("side", "part"), lower("of", op="?"),
                                   lower("the", "my", "her", op="?"),
                                   lemma("tummy", "belly", "stomach", "abdomen")]  # fmt: skip
    yield "upper-abdominal-pain", [lower("upper"), lemma("belly", "belle", "tummy", "stomach"),
                                   {"IS_PUNCT": False, "OP": "{0,3}",
                                    "LOWER": {"NOT_IN": ["no", "not", "never"]}},
                                   lower("dey"), lower("pain")]  # fmt: skip
    # "ringing sound at night", "a ringing noise in my ears" (not a smoke alarm's "all night",
    # the fridge's "buzzing noise")
    yield "hearing-changes", [lower("ringing"), lower("sound", "sounds", "noise", "noises"),
                              lower("at", "in"),
                              lower("night", "my", "her", "both", "ears", "ear")]  # fmt: skip
    # "lost my hearing" (not "lost my hearing aid")
    yield "hearing-changes", [lemma("lose"), lower("her", "my", "his", "their"), lower("hearing")]
    yield NOT_A_SYMPTOM, [lemma("lose"), lower("her", "my", "his", "their"), lower("hearing"),
                          lower("aid", "aids", "device")]  # fmt: skip
    # "had urine blocked"
    yield "bladder-bowel-control", [lower("urine"), lower("blocked", "stuck")]
    # "Walking like drunk"
    yield "balance-problems", [lemma("walk"), lower("like"), lower("a", op="?"),
                               lower("drunk", "drunkard")]  # fmt: skip
    # "one tooth is shaking", Pidgin "tooth dey shake" (not teeth shaking with the cold, a
    # grandchild's "front tooth is wobbling")
    yield "jaw-pain", [lower("one", "my", "a"), lower("tooth", "molar"),
                       lower("is", "dey", "keeps", "started"),
                       lower("shaking", "shake", "wobbling", "moving")]  # fmt: skip
    # "forgetting small things"
    yield "memory-problems", [lower("forgetting", "forget", "forgets"),
                              lower("small", "little", "simple", "silly"),
                              lower("things")]  # fmt: skip
    # Pidgin "her mouth one side dey drop", "face one side dey numb"
    yield "facial-numbness", [lower("face", "mouth"), lower("one"), lower("side"),
                              lower("dey", "is", "has", "don", op="?"),
                              lower("drop", "dropping", "dropped", "droop", "drooping", "numb",
                                    "down")]  # fmt: skip
    # Pidgin "my breath dey cut"; "sweat for night" (night sweats: a hot flush's)
    yield "shortness-of-breath", [lower("breath"), lower("dey", "keeps"), lower("cut", "cutting")]
    yield "hot-flashes", [lower("sweat"), lower("for"), lower("night")]
    # Pidgin "ma legs no dey hold me" (won't hold me); "her leg swell one side"
    yield "leg-weakness", [LEGS, lower("no"), lower("dey", "gree"), lower("hold", "carry"),
                           lower("me", "her", "am")]  # fmt: skip
    yield "calf-swelling", [lemma("leg", "calf"), lower("swell", "swollen"),
                            lower("on", op="?"), lower("one"), lower("side")]  # fmt: skip
    # Pidgin "she dey talk like she no know where she dey" (is; not "I no know where she dey",
    # where she has gone)
    yield "confusion", [lower("like"), lower("she", "i", "he"), lower("no", "not"),
                        lower("know"), lower("where"), lower("she", "i", "he"),
                        lower("dey")]  # fmt: skip
    # Pidgin "I tire die", "I tire since the chemo" (not "I tire of people asking")
    yield "fatigue", [lower("i", "she"), lower("tire"),
                      lower("die", "easily", "quickly", "fast", "so", "since", "now", "every",
                            ".", ",", "!")]  # fmt: skip
    # "basically stopped eating and ..." (not "stopped eating grapefruit", "after 8pm")
    yield "loss-of-appetite", [lower("basically", "just", "almost", "completely", "she", "i"),
                               lower("stopped"), lower("eating"),
                               lower(".", ",", "!", ";", "and", "since", "completely",
                                     "altogether", "now", "again")]  # fmt: skip
    # "making me lose weight" (as it does: not "won't make me lose weight")
    yield "weight-loss", [lower("making"), lower("me", "her"), lower("lose"), lower("weight")]
    # "Loose motion stop." (Pidgin and Indian English: has stopped; "stopped" was read before)
    yield "diarrhea" + NEGATED, [lower("loose"), lower("motion", "motions"),
                                 lower("stop", "finish", "finished")]  # fmt: skip
    # Pidgin "my pikin dem ... dem dey run toilet" (they have diarrhoea)
    yield "diarrhea", [lower("dey"), lower("run"), lower("toilet")]
    # Pidgin "No swelling for the injection place"
    yield "injection-site-reaction", [lower("swelling", "redness", "lump", "pain"),
                                      lower("for", "at", "on"), lower("the"),
                                      lower("injection", "jab", "needle"),
                                      lower("place", "spot", "area")]  # fmt: skip


_SLEEP_THINGS = ["tablets", "tablet", "pills", "apnoea", "apnea", "mask", "study", "clinic",
                 "meds", "medication", "machine"]  # fmt: skip


def _round_sixty_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round61o and round61p (round 62): anxious, literal and scattered
    writers, Birmingham, Cockney and Essex English; Portuguese, Romanian, Lithuanian and
    Vietnamese speakers writing English, letters and paper diaries copied in after a stay."""
    # Brummie "ay" (isn't, haven't): "She ay bin herself", "Ay slept a wink", "ay hungry"
    yield "mental-status-change", [lower("ay"), lower("bin", "been"),
                                   lower("herself", "himself", "myself")]  # fmt: skip
    yield "difficulty-sleeping", [lower("ay"), lower("slept"), lower("a"), lower("wink")]
    yield "loss-of-appetite", [lower("ay"), lower("hungry")]
    # Cockney rhyming slang: "Me Barnet's comin out in clumps" (hair; not "Barnet is coming out
    # to visit")
    yield "hair-loss", [lower("barnet"), lower("'s", "is", op="?"),
                        lower("coming", "falling", "come", "fallen"), lower("out"),
                        lower("in", "everywhere", "on", "all", "again", ",", ".")]  # fmt: skip
    # "Up every hour fer a wee"; "drinkin water like it's goin out a fashion" (not "drinking
    # like it's going out of fashion over Christmas")
    yield "high-blood-sugar", [lower("up"), lower("every"), lower("hour"), lower("for"),
                               lower("a", op="?"), lemma("wee", "pee", "piss")]  # fmt: skip
    yield "high-blood-sugar", [lemma("drink"), lower("water"), lower("like"), lower("it"),
                               lower("'s", "is"), lower("going"), lower("out")]  # fmt: skip
    # "Fizzy feet still"; "so down this week" (not "my counts are really down this week")
    yield "neuropathy", [lower("fizzy", "buzzy"), lemma("foot", "feet", "hand", "finger", "toe")]
    yield "depression", [lower("so", "proper"), lower("down"),
                         lower("this", "today", "lately", "all")]  # fmt: skip
    # "Right calf feels tight" (not "the new calf is hard to catch", "Calf was hard work")
    yield "calf-swelling", [lemma("calf"), lemma("feel"), lower("tight", "hard")]
    # "my heart run fast fast"; "I worry too much" (not "I worry a lot less now"); "Feel like
    # crying"
    yield "palpitations", [lemma("heart"), lower("run", "runs", "running", "ran"),
                           lower("fast", "quick", "quickly")]  # fmt: skip
    yield "anxiety", [lower("i", "she"), lower("worry", "worries"),
                      lower("too", "so", "all", "every")]  # fmt: skip
    yield "depression", [lemma("feel"), lower("like"), lower("crying", "weeping")]
    # "Now I scare to walk" (not "I scare the grandkids")
    yield "anxiety", [lower("i", "she"), lower("scare"), lower("to")]
    # "Ear ring all day, like cricket sound" (not "Lost my ear ring again", a jewel)
    yield "hearing-changes", [lemma("ear"), lower("ring", "ringing"),
                              lower("all", "since", "every")]  # fmt: skip
    # "Place of injection red and itchy"
    yield "injection-site-reaction", [lower("place", "site", "spot"), lower("of"),
                                      lower("the", op="?"), lower("injection", "jab", "needle"),
                                      lower("is", "was", op="?"),
                                      lower("red", "sore", "itchy", "swollen", "hard", "lumpy",
                                            "hot", "painful")]  # fmt: skip
    # "my neighbor ... constipate very bad"
    yield "constipation", [lower("constipate")]
    # "Appetite come back," (not "has not come back", "is back down to nothing"); "no more
    # problem with appetite", "I never had problem with sleep" (not "the sleeping tablets",
    # "my sleep apnoea mask")
    back = [lower("appetite"), lower("come", "came", "is", "has", "'s"), lower("come", op="?"),
            lower("back"), {"LOWER": {"NOT_IN": ["down", "to", "up", "off"]}}]  # fmt: skip
    yield "loss-of-appetite" + NEGATED, back
    yield "loss-of-appetite", [lower("problem", "problems", "trouble"), lower("with"),
                               lower("my", "the", "her", op="?"), lower("appetite")]  # fmt: skip
    yield "difficulty-sleeping", [lower("problem", "problems", "trouble"), lower("with"),
                                  lower("my", "the", "her", op="?"), lower("sleep", "sleeping"),
                                  {"LOWER": {"NOT_IN": _SLEEP_THINGS}}]  # fmt: skip
    # "everything started to spin" (not "started to turn around"); "I felt that I will
    # faint", "If I faint, must call"
    yield "dizziness", [lower("everything", "room", "world"), lemma("start", "begin"),
                        lower("to"), lower("spin", "sway")]  # fmt: skip
    yield "palpitations", [lemma("feel"), lower("that"), lower("i", "she"),
                           lower("will", "would"), lower("faint")]  # fmt: skip
    yield "palpitations", [lower("i", "she"), lower("faint"), lower(",")]
    # "The fever passed." (not "passed 38"); "Now I'm in a full blown panic"
    yield "fever" + NEGATED, [lower("the"), lower("fever"), lower("passed"),
                              {"LIKE_NUM": False}]  # fmt: skip
    yield "anxiety", [lower("full"), {"ORTH": "-", "OP": "?"}, lower("blown"), lower("panic")]


def _round_sixty_three() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round62q and round62r (round 63): Multicultural London and Black
    British English, Newfoundland English, symptoms others noticed; South African English,
    Turkish and Kurdish speakers, medicines gone wrong, a bad week looked back on."""
    # "so muddled and wore out" (not "the tyres are all wore out"; "so wore out" is older);
    # Newfoundland "I'm some low" (not "some low on milk"); "proper paranoid"
    yield "fatigue", [lower("and", "proper", "felt"), lower("wore"), lower("out")]
    yield "depression", [lower("'m", "am", "is", "feeling", "feel", "felt"), lower("some"),
                         lower("low", "down")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("some"), lower("low", "down"), lower("on")]
    yield "anxiety", [lower("proper", "very"), lower("paranoid")]
    # "never sleep a wink"; "even talking on the phone has me puffed"
    yield "difficulty-sleeping", [lower("never"), lower("sleep", "slept"), lower("a"),
                                  lower("wink")]  # fmt: skip
    yield "shortness-of-breath", [lower("has", "had", "got", "left"), lower("me", "her"),
                                  lower("puffed", "puffing", "breathless", "gasping")]  # fmt: skip
    # "the left side of my mouth was hanging down" (not "hanging open")
    yield "facial-numbness", [lemma("face", "mouth", "lip", "smile"), BE, gap(2),
                              lower("hanging"), lower("down")]  # fmt: skip
    # "that flickery thing in my eyes", "flashing lights in my left eye" (not "the sun was
    # flashing in my eyes"); "I can't see proper out that side"
    yield "vision-problems", [lower("flickery", "flickering", "flashing", "zigzag"),
                              lower("thing", "things", "lights", "light", "spots", "lines"),
                              lower("in"), lower("my", "her"), lower("left", "right", op="?"),
                              lemma("eye")]  # fmt: skip
    yield "vision-problems", [*CANT, lower("see"), lower("proper", "properly", "right", "well"),
                              lower("out"), lower("of", op="?"), lower("that", "my", "the", "her"),
                              lower("side", "eye")]  # fmt: skip
    # "my left arm felt heavy and dead" (not "after sleeping on it")
    dead_arm = [lemma("arm"), BE, lower("heavy", "dead"), lower("and"),
                lower("dead", "heavy", "useless")]  # fmt: skip
    yield "weakness", dead_arm
    yield NOT_A_SYMPTOM, [*dead_arm, lower("after", "from"),
                          lower("sleeping", "carrying", "lifting", "lying")]  # fmt: skip
    # "she's saying stuff that dont make sense", "keeps saying things" (not "the consultant
    # said things that didn't make sense to me")
    yield "confusion", [lower("'s", "is", "was", "keeps", "kept", "been"),
                        lower("saying", "talking"), lower("stuff", "things"),
                        lower("that", "which", op="?"),
                        {"NORM": {"IN": ["do", "does", "did"]}}, NOT, lower("make"),
                        lower("sense")]  # fmt: skip
    yield "speech-problems", [lower("slurs", "slurring", "slurred"), lower("all"),
                              lower("his", "her", "my", "the"), lower("words")]  # fmt: skip
    # "the face go red and hot" (a hot flush told as it comes: not "went red and hot when I
    # dropped the tray"); "Can hardly hear the grandkids" (not "hardly hear you on this line")
    yield "hot-flashes", [lemma("face"), lower("go", "goes", "gets", "turns"), lower("red"),
                          lower("and"), lower("hot", "sweaty")]  # fmt: skip
    not_heard = ["you", "myself", "yourself", "anything", "him", "her", "them", "over", "above"]
    yield "hearing-changes", [lower("can", "could"), lower("hardly", "barely"), lower("hear"),
                              {"LOWER": {"NOT_IN": not_heard}}]  # fmt: skip
    # "dont even want to eat" (not "eat out")
    even = [{"NORM": {"IN": ["do", "does", "did"]}}, NOT, lower("even"), lower("want", "feel"),
            lower("to", "like"), lower("eat", "eating")]  # fmt: skip
    yield "loss-of-appetite", even
    yield NOT_A_SYMPTOM, [*even, lower("out")]
    # "his tummy is sore up top on the right"
    yield "upper-abdominal-pain", [lemma("tummy", "belly", "stomach"), BE,
                                   lower("sore", "painful", "tender", "hurting"), lower("up"),
                                   lower("top")]  # fmt: skip


def _round_sixty_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round63s and round63t (round 64): women who are carers themselves,
    Quebec French, Swedish and Norwegian speakers; bullet journals and trackers, Yoruba and Igbo
    speakers, Sri Lankan and Tamil English."""
    # "Sometimes still little sad in the evening" (not "The film was a bit sad"); "I am low
    # myself" (not "Hb 98, am low again")
    yield "depression", [lower("still"), lower("little"), lower("sad")]
    yield "depression", [lower("am", "'m", "feel", "feeling"), lower("low"), lower("myself")]


def _round_sixty_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round64u and round64v (round 65): notes typed in a hurry or in anger,
    Greek and Italian speakers; Bengali and Sylheti speakers, half-remembered medical words, a
    carer's handover."""
    # "stitch in chest when breathing in" (not "a stitch in my side", nor a wound's "stitches
    # in my chest")
    yield "chest-pain", [lower("stitch"), lower("in"), lower("my", "the", "her", op="?"),
                         lower("chest")]  # fmt: skip
    # "the whining in my right ear"; "Her hearing is bad in the left ear" (not "My court
    # hearing was terrible")
    yield "hearing-changes", [lower("whining", "whistling", "buzzing", "humming", "hissing"),
                              lower("in"), lower("my", "her", "the"),
                              lower("left", "right", "both", op="?"), lemma("ear")]  # fmt: skip
    yield "hearing-changes", [lower("my", "her", "his"), lower("hearing"),
                              lower("is", "'s", "was", "has"), lower("gone", "got", op="?"),
                              lower("very", "really", op="?"),
                              lower("bad", "poor", "worse", "awful", "terrible")]  # fmt: skip
    # "the neuro thing in my toes"
    yield "neuropathy", [lower("neuro"), lower("thing", "stuff", op="?"), lower("in"),
                         lower("my", "her", "the"),
                         lemma("toe", "foot", "finger", "hand")]  # fmt: skip
    # "Heart going boom boom boom"
    yield "palpitations", [lemma("heart"), lower("going", "goes", "went"),
                           lower("boom", "thump", "thud", "bang", "dum", "doof")]  # fmt: skip
    # "My hands and feet look sunburnt and are peeling" (not "got sunburnt at the beach")
    hands_and_feet = [lemma("hand", "palm"), lower("and"), lemma("foot", "sole")]
    yield "hand-foot-syndrome", [*hands_and_feet, lower("look", "looks", "feel", "feels"),
                                 lower("sunburnt", "sunburned", "burnt")]  # fmt: skip
    yield "hand-foot-syndrome", [*hands_and_feet, gap(2),
                                 lower("peeling", "blistered", "blistering")]  # fmt: skip
    # "Jab spot on my tummy red and hard", "the injection place is red and hot"; "no reaction
    # at the site"
    yield "injection-site-reaction", [lower("jab", "injection"),
                                      lower("spot", "place", "site", "area"), gap(4),
                                      lower("red", "hard", "hot", "lumpy", "bruised", "swollen",
                                            "itchy")]  # fmt: skip
    yield "injection-site-reaction", [lower("reaction"), lower("at", "on"), lower("the"),
                                      lower("site", "jab", "injection")]  # fmt: skip
    # "Mrs Uddin has poor memory today" (not "a bad memory of the ward", "I have a terrible
    # memory for names, always have")
    yield "memory-problems", [lower("has", "have", "'s", "got"), lower("poor", "shocking"),
                              lower("memory")]  # fmt: skip
    # "awake at 3am every night"
    yield "difficulty-sleeping", [lower("awake"), lower("at", "till", "until", "from"),
                                  {"LIKE_NUM": True}, lower("am", "a.m.", op="?"),
                                  lower("every", "each", "most"), lemma("night")]  # fmt: skip
    # "Right arm looks a bit puffier than the left?"; "both my ankles are a little fat"
    yield "swelling", [lower("puffier")]
    yield "swelling", [lemma("ankle"), lower("are", "is", "look", "looks", "feel", "feels"),
                       lower("a", op="?"), lower("little", "bit", "lot", op="?"),
                       lower("fat", "fatter")]  # fmt: skip
    # "not sure if she's harder to wake than usual" (not "I find it harder to wake up for
    # work", "It's harder to wake the kids")
    yield "mental-status-change", [lower("she", "he", "she's", "he's", "her", "him"),
                                   lower("is", "'s", "was", "seems", op="?"), lower("harder"),
                                   lower("to"), lower("wake", "rouse")]  # fmt: skip
    # "Mood - low, crying"
    yield "depression", [lower("mood"), lower("-", "\u2013", "\u2014", "="),
                         lower("low", "down", "flat")]  # fmt: skip
    # "I worry that it's back" (not "I worry about the kids' exams", round 62's review; nor
    # "Should I worry that ...?"; not "I worry I'll get chest pain", whose "I'll" is the
    # future's cue)
    yield "anxiety", [lower("i"), lower("worry"), lower("that")]
    yield NOT_A_SYMPTOM, [lower("should", "shall", "must", "do"), lower("i"), lower("worry"),
                          lower("that")]  # fmt: skip
    # "my wife she have the fit" (not "Had the fit for my radiotherapy mask")
    yield "seizure", [lemma("have"), lower("the"), lower("fit")]
    yield NOT_A_SYMPTOM, [lemma("have"), lower("the"), lower("fit"),
                          lower("for", "of", "on", "at", "with", "done")]  # fmt: skip
    # "Legs just won't take me anymore"
    yield "leg-weakness", [LEGS, JUST, *WILL_NOT, lemma("take", "hold", "carry"),
                           lower("me", "her")]  # fmt: skip
    # "If her mouth droops or her words go funny" (not "When I read the words go funny"); "no
    # droop on her face", "no droop now"
    yield "speech-problems", [lower("her", "my", "his"), lemma("word"),
                              lower("go", "goes", "went", "going"),
                              lower("funny", "wrong", "weird", "strange", "jumbled")]  # fmt: skip
    yield "facial-numbness", [lower("droop", "drooping"), lower("on", "in"),
                              lower("her", "my", "his", "the"),
                              lower("face", "mouth", "lip", "smile")]  # fmt: skip
    yield "facial-numbness" + NEGATED, [lower("no"), lower("droop", "drooping")]
    # "The knees and the hands hurt me"
    yield "joint-pain", [lemma("knee", "hip", "elbow", "wrist", "ankle"), lower("and"),
                         lower("the", "my", "her", op="?"),
                         lemma("hand", "knee", "hip", "elbow", "wrist", "ankle", "shoulder",
                               "finger"),
                         lemma("hurt", "ache")]  # fmt: skip
    # "Today I coughed a few times but no blood thank god"
    yield BLOOD_NONE, [lower("no", "nil"), lower("blood"), lower("thank", "luckily")]
    # "Worried the cancer has gone to my brain" (opening a sentence)
    fearing = {"LOWER": {"IN": ["worried", "terrified", "petrified"]}, "IS_SENT_START": True}
    yield "anxiety", [fearing, lower("the", "sick")]
    # "back pain flared but legs fine, no numbness" (not "Legs are weak, no numbness": no
    # numbness says nothing of strength, round 65's review)
    yield "leg-weakness" + NEGATED, [LEGS, lower("are", "were", "feel", op="?"),
                                     lower("fine", "ok", "okay", "good", "alright", "strong",
                                           "normal"),
                                     {"IS_PUNCT": True, "OP": "?"}, lower("no"),
                                     lower("numbness")]  # fmt: skip
    # "I nearly lost my mind" (fright, not confusion)
    yield NOT_A_SYMPTOM, [lower("nearly", "almost"), lower("lost"), lower("my", "her"),
                          lower("mind")]  # fmt: skip


def _round_sixty_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round65w and round65x (round 66): the small hours, Polish and
    Ukrainian speakers, Glasgow and north-east Scots; numbers beside words, the body after
    surgery and radiotherapy, Mandarin, Korean and Japanese speakers."""
    # "Night again without sleep", "went without sleep"
    yield "difficulty-sleeping", [lemma("night", "go"), lower("again", op="?"), lower("without"),
                                  lower("sleep")]  # fmt: skip
    # "awake till 4am" (not "awake till 2 watching the football"); "up every hour" (not "with
    # the baby", a carer's night); "every night I wake 3 or 4 times"
    yield "difficulty-sleeping", [lower("awake"), lower("till", "until", "til"),
                                  {"LIKE_NUM": True}, lower("am", "a.m.", "in")]  # fmt: skip
    up_hourly = [lower("up"), lower("every"), lower("hour")]
    yield "difficulty-sleeping", up_hourly
    yield NOT_A_SYMPTOM, [*up_hourly, lower("with"), lower("the", op="?"),
                          lower("baby", "her", "him", "kids", "dog", "puppy")]  # fmt: skip
    wakes = [lemma("night"), lower("i", "she"), lower("wake", "woke"), lower("up", op="?"),
             {"LIKE_NUM": True}]  # fmt: skip
    yield "difficulty-sleeping", [*wakes, lower("times")]
    yield "difficulty-sleeping", [*wakes, lower("or"), {"LIKE_NUM": True}, lower("times")]
    # "it is blue, maybe is broken"
    yield FRACTURE_DOUBTED, [lower("maybe", "probably", "perhaps"), lower("is"),
                             lower("broken", "fractured", "cracked")]  # fmt: skip
    # "the woman next to me had fit in the night" (no "a"; a person's, not "The new bra I had
    # fit this morning", "My dog had fit last night")
    had_fit = [lower("she", "he", "me", "mum", "mom", "wife", "husband", "woman", "lady", "man",
                     "patient"),
               lower("had", "has"), lower("fit")]  # fmt: skip
    yield "seizure", [*had_fit, lower("last", "yesterday", "again", "today", "tonight")]
    yield "seizure", [*had_fit, lower("in", "this"), lower("the", op="?"),
                      lower("night", "morning", "evening", "afternoon")]  # fmt: skip
    # Scots: "She's no been hersel", "Ma legs gied wye", "cannae balance right", "ma feet
    # were nippin", "forfochen", "Lost near a stane", "nae bother breathin"
    yield "mental-status-change", [lower("no", "nae"), lower("been"),
                                   lower("hersel", "himsel", "hissel", "masel",
                                         "yersel")]  # fmt: skip
    yield "leg-weakness", [LEGS, lower("gied", "gid", "gien"), lower("wye", "way")]
    yield "balance-problems", [*CANT, lower("balance"),
                               lower("right", "properly", "proper", "at")]  # fmt: skip
    yield "neuropathy", [FEET, lower("were", "are", "is", "was"), lower("nippin", "nipping")]
    yield "fatigue", [lower("forfochen", "forfoughten", "forfochten")]
    yield "weight-loss", [lemma("lose"), lower("near", "nearly", "about", "over", op="?"),
                          lower("a"), lower("stane")]  # fmt: skip
    yield "shortness-of-breath" + NEGATED, [lower("nae", "no"), lower("bother", "bovver"),
                                            lower("wi", "with", op="?"),
                                            lower("ma", "my", op="?"),
                                            lower("breathin", "breathing")]  # fmt: skip
    # "I want to say 'cup' and come out other word"
    yield "speech-problems", [lower("come", "came", "comes", "coming"), lower("out"),
                              lower("other", "another", "different"),
                              lower("word", "words")]  # fmt: skip
    # "Skin on bottom of my feet is peeling and red"
    yield "hand-foot-syndrome", [lower("bottom", "bottoms", "soles"), lower("of"),
                                 lower("my", "her"), lemma("foot"), lower("is", "are"),
                                 lower("peeling", "blistered", "blistering",
                                       "cracked")]  # fmt: skip
    # "seeing wee zigzags", "the zigzags have gone" (not "The path zigzags up the hill", "a
    # zigzag blanket"); "ring if headache with vision changes"
    yield "vision-problems", [lower("seeing", "see", "saw", "sees", "getting", "get", "got"),
                              gap(2), lower("zigzags", "zigzag")]  # fmt: skip
    yield "vision-problems", [lower("the"), lower("zigzags")]
    yield "vision-problems", [lower("zigzags"), lower("in")]
    yield "vision-problems", [lower("vision", "eyesight"),
                              lower("changes", "change", "disturbance",
                                    "disturbances")]  # fmt: skip
    # "Where they gave me the Zoladex is red and lumpy" (a drug given by a needle: not "where
    # they did radiotherapy", "The ward where they gave me the chemo was hot")
    yield "injection-site-reaction", [lower("where"), lower("the", op="?"),
                                      lower("they", "she", "he", "nurse"),
                                      lower("gave", "injected", "jabbed"),
                                      lower("me", "it", op="?"), lower("the", "my", op="?"),
                                      INJECTED_DRUG,
                                      lower("is", "was", "'s", "went"),
                                      lower("red", "lumpy", "sore", "swollen", "hard", "bruised",
                                            "itchy", "hot")]  # fmt: skip
    # "left arm swollen and red around the injection"
    yield "injection-site-reaction", [lower("swollen", "red", "sore", "hard", "lumpy"), gap(2),
                                      lower("around", "round", "at"), lower("the"),
                                      lower("injection", "jab")]  # fmt: skip
    # "I walk to bus stop and I must stop two times, no air" (not "The ward is so stuffy, no
    # air")
    yield "shortness-of-breath", [lower("stop", "stops", "stopped"), gap(3),
                                  {"IS_PUNCT": True, "OP": "?"}, lower("no"),
                                  lower("air")]  # fmt: skip
    # "Husband thinks I've been a bit off, not quite myself"
    yield "mental-status-change", [NOT, lower("quite"), lower("myself", "herself", "himself")]
    # "a bit of bone showing at the back of my gum" (bone exposed in the jaw)
    yield "jaw-pain", [lower("bone"), lower("showing", "exposed", "poking", "sticking"), gap(5),
                       lemma("gum", "jaw")]  # fmt: skip
    # "Went through a really dark patch after the diagnosis" (not "a dark patch of road", nor
    # tablets kept "in a dark place")
    dark_patch = [lower("through"), lower("a"), lower("really", "very", op="?"), lower("dark"),
                  lower("patch", "spell", "time")]  # fmt: skip
    yield "depression", dark_patch
    yield NOT_A_SYMPTOM, [*dark_patch, lower("of")]
    # "it's like toothache in the bone"
    yield "bone-pain", [lower("toothache"), lower("in"), lower("the", "my"),
                        lower("bone", "bones")]  # fmt: skip
    # "strong pain in the stomach on top"
    yield "upper-abdominal-pain", [lemma("pain", "ache"), lower("in"), lower("the", "my"),
                                   lemma("stomach", "tummy", "belly"), lower("on"),
                                   lower("top")]  # fmt: skip
    # "her mouth left side drop little bit when she smile" (not "When I smile the pain drops")
    yield "facial-numbness", [lemma("mouth", "lip"), lower("left", "right", op="?"),
                              lower("side", op="?"), lower("drop", "drops")]  # fmt: skip
    # "her mouth has many small wounds"
    yield "mouth-sores", [lemma("mouth"), lower("has", "have", "got"), gap(2),
                          lower("wounds", "cuts", "holes")]  # fmt: skip
    # "face red and hot in the evenings" (on steroids; not "red and hot and swollen round the
    # eye")
    face_hot = [lemma("face"), lower("red"), lower("and"), lower("hot")]
    yield "hot-flashes", face_hot
    yield NOT_A_SYMPTOM, [*face_hot, lower("and"), lower("swollen", "puffy", "sore")]
    # "Today I feel down whole day" (not "felt down my side and found a lump", "feel down
    # the back of the sofa")
    feel_down = [
        lower("today", "tonight", "now", "still", "and", "so"),
        lower("i"),
        lower("feel", "felt"),
        lower("so", "really", "very", op="?"),
        lower("down"),
    ]
    yield "depression", feel_down
    yield NOT_A_SYMPTOM, [*feel_down, lower("the", "behind", "between", "inside", "under",
                          "into", "my", "her", "his", "there")]  # fmt: skip
    # "This week I lose weight 1.5kg" (not "lost weight 3 years ago", "want to lose weight 5
    # kilos")
    yield "weight-loss", [lower("i", "she"), lower("lose", "lost"), lower("weight"),
                          {"LIKE_NUM": True},
                          lower("kg", "kgs", "kilo", "kilos", "pounds", "lbs", "lb",
                                "stone")]  # fmt: skip
    # "no bowels for 3 days", "three days no stool"
    yield "constipation", [lower("no"), lower("bowels", "stool", "poo", "bm", "bms"),
                           lower("for"), {"LIKE_NUM": True}, lower("days")]  # fmt: skip
    yield "constipation", [{"LIKE_NUM": True}, lower("days"), lower("no"),
                           lower("stool", "poo", "bm", "bowels")]  # fmt: skip
    # "Got up to pee 6 times last night"
    yield "high-blood-sugar", [lower("up"), lower("to"), lower("pee", "wee"), {"LIKE_NUM": True},
                               lower("times")]  # fmt: skip
    # "her heart beats irregular"
    yield "palpitations", [lemma("heart"), lower("beats", "beat", "beating"),
                           lower("irregular", "irregularly")]  # fmt: skip


def _round_sixty_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round66y and round66z (round 67): readings at home and a virtual
    ward, German, Austrian and Dutch speakers, a son far away; brain metastases and a partner who
    corrects the record, the mouth and the gut, Persian and Hebrew speakers."""
    # "Problems with speech: none" (not "trouble with speaking English", "Problem with seeing
    # the doctor")
    trouble_with = [lower("problems", "problem", "trouble", "difficulty", "difficulties"),
                    lower("with")]  # fmt: skip
    speech = [*trouble_with, lower("speech", "speaking", "talking")]
    yield "speech-problems", speech
    yield NOT_A_SYMPTOM, [*speech, lower("english", "to", "about", "with", "in")]
    vision = [*trouble_with, lower("vision", "eyesight", "seeing")]
    yield "vision-problems", vision
    yield NOT_A_SYMPTOM, [*vision, lower("the", "my", "a", "him", "her", "them")]
    # "in restaurants I hear badly"
    yield "hearing-changes", [lower("i", "she"), lower("hear", "hears"),
                              lower("badly", "poorly")]  # fmt: skip
    # "dryness of the vagina"
    yield "vaginal-dryness", [lower("dryness"), lower("of"), lower("the", "my"),
                              lower("vagina")]  # fmt: skip
    # "the right corner of my mouth hangs down"; "my mouth on left side is going down" (not
    # "The corner of my mouth is sore", "The swelling in my mouth on the right side is going
    # down": round 67's review)
    yield "facial-numbness", [lower("corner"), lower("of"), lower("my", "her", "the"),
                              lemma("mouth"),
                              lower("hangs", "hanging", "droops", "drooping", "drops",
                                    "dropping")]  # fmt: skip
    mouth_side = [lemma("mouth"), lower("on"), lower("the", op="?"), lower("left", "right"),
                  lower("side"), lower("is", op="?"),
                  lower("going", "gone", "hanging", "drooping", "dropping"),
                  lower("down")]  # fmt: skip
    yield "facial-numbness", mouth_side
    yield NOT_A_SYMPTOM, [lower("in", "on"), lower("my", "her", "the"), *mouth_side]
    # "what's left of my hair came out in the brush", "Hair on the back coming out in clumps"
    # (not "my hair came out in lovely curls")
    hair_out = [
        lemma("hair"),
        gap(4),
        lower("came", "coming", "comes", "fell", "falling", "falls"),
        lower("out"),
    ]
    yield "hair-loss", [*hair_out, lower("in", "on"),
                        lower("clumps", "handfuls", "chunks", "tufts", "the", "my",
                              "her")]  # fmt: skip
    yield "hair-loss", [*hair_out, lower("everywhere")]
    # "forgot what I went for"; "I forgot my tablets twice this week" (not "The pharmacy
    # forgot my tablets again")
    yield "memory-problems", [lower("forgot", "forget", "forgetting", "forgets"), lower("what"),
                              lower("i", "she"), lower("went", "came", "go", "goes"),
                              lower("for", "in")]  # fmt: skip
    yield "memory-problems", [lower("i", "she", "mum", "mom"), lower("forgot", "forgotten"),
                              lower("my", "her"),
                              lower("tablets", "pills", "meds", "medication", "medicine"),
                              lower("twice", "again", "x2", "three")]  # fmt: skip
    # "sore on the inside of my cheek"
    yield "mouth-sores", [lower("sore", "sores", "ulcer", "ulcers"), lower("on", "in"),
                          lower("the"), lower("inside"), lower("of"), lower("my", "her"),
                          lower("cheek", "cheeks", "lip", "lips", "mouth")]  # fmt: skip
    # "now it's the other way, running to the loo all morning" (not "to be sick", "to pee")
    running = [lower("running", "dashing", "rushing"), lower("to"), lower("the"), LOO,
               lower("all", "since", "again", "with")]  # fmt: skip
    yield "diarrhea", running
    yield NOT_A_SYMPTOM, [*running, lower("night", "day", "morning", "evening"), lower("to")]
    # "Optician says I've lost part of my vision on that side" (not "may lose part of")
    yield "vision-problems", [lower("lost"), lower("part", "some", "half"), lower("of"),
                              lower("my", "her"),
                              lower("vision", "sight", "eyesight")]  # fmt: skip
    # "no more seizures since the fit in May", "Her last fit was on the 3rd" (not "Her last fit
    # of coughing", "since the last fit of my compression sleeve")
    since_fit = [lower("since"), lower("the", "her", "my"), lower("last", op="?"), lower("fit")]
    yield "seizure", since_fit
    yield NOT_A_SYMPTOM, [*since_fit, lower("of")]
    last_fit = [lower("her", "my", "his"), lower("last"), lower("fit")]
    yield "seizure", last_fit
    yield NOT_A_SYMPTOM, [*last_fit, lower("of")]
    # "I feel guilty and sad about it", "I'm sad sometimes" (not "sad for her")
    sad = [lower("i"), lower("feel", "felt", "am", "'m", "was"),
           lower("guilty", "lonely", "tired", "angry", op="?"), lower("and", op="?"),
           lower("sad")]  # fmt: skip
    yield "depression", sad
    yield NOT_A_SYMPTOM, [*sad, lower("to"),
                          lower("say", "miss", "hear", "see", "report", "tell",
                                "leave")]  # fmt: skip
    yield NOT_A_SYMPTOM, [*sad, lower("for"),
                          lower("her", "him", "them", "you", "mum", "dad", "my",
                                "his")]  # fmt: skip
    yield "anxiety", [lower("nervousness")]
    # After a seizure: "I can't speak for maybe one minute" (not "can't speak for myself", "I
    # can't talk for 2 minutes without coughing")
    cant_speak = [*CANT, lower("speak", "talk"), lower("for"),
                  {"LOWER": {"IN": ["maybe", "about", "around", "nearly"]}, "OP": "?"},
                  {"LIKE_NUM": True},
                  lower("minute", "minutes", "min", "mins", "second", "seconds")]  # fmt: skip
    yield "speech-problems", cant_speak
    yield NOT_A_SYMPTOM, [*cant_speak, lower("without", "on", "at")]
    # "didn't seem to know it was night" told of her (not "The doctor didn't seem to know what
    # was causing the pain")
    yield "confusion", [lower("she", "he", "mum", "mom", "dad", "nan", "gran", "and"),
                        {"NORM": {"IN": ["do", "does", "did"]}}, NOT, lower("seem", "seemed"),
                        lower("to"), lower("know"), lower("it", "where", "who")]  # fmt: skip
    # "can't get out of a low chair without pushing up on my arms" (the thighs' weakness; not
    # any chair, which a pain or a spell of weak legs told already keeps her in, nor "because of
    # the pain in my hip")
    low_chair = [*CANT, lower("get"), lower("up", op="?"), lower("out"), lower("of"),
                 lower("a", "the", "my"), lower("low"), lower("chair")]  # fmt: skip
    yield "leg-weakness", low_chair
    yield NOT_A_SYMPTOM, [*low_chair, lower("because", "for", "with")]


def _round_sixty_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round67a and round67b (round 68): health workers who are patients,
    notes for a support group, Somali and Amharic speakers; understatement and bargaining,
    Russian and Thai speakers."""
    # "if your legs go weak or your bladder goes, ring" (not "Bowels going OK now", "Bladder
    # going every hour")
    gives_way = [lower("bladder", "bowel", "bowels"), lower("goes", "went")]
    yield "bladder-bowel-control", [*gives_way, {"ORTH": {"IN": [",", ".", "!", ";"]}}]
    yield "bladder-bowel-control", [*gives_way, lower("on"), lower("me", "her")]
    yield "bladder-bowel-control", [*gives_way, lower("without"), lower("warning")]
    # "my stomach it is turning all day"
    yield "nausea", [lemma("stomach", "tummy"), lower("it", op="?"), lower("is", "'s", op="?"),
                     lower("turning")]  # fmt: skip
    # "I lost every hair on my head"
    yield "hair-loss", [lower("lost"), lower("every"), lower("hair")]
    # "Low. Not tragic, just low." (a sentence of its own: not "Low-grade fever", "Platelets
    # just low")
    yield "depression", [{"LOWER": "low", "IS_SENT_START": True}, {"ORTH": {"IN": [".", "!"]}}]
    # "Oramorph is blocking me up"
    yield "constipation", [lower("blocking", "bunging"), lower("me", "her"), lower("up")]
    # "Hands stiff first thing" (not "Fingers stiff from the cold")
    stiff = [lower("hands", "fingers", "knees", "wrists", "joints"),
             lower("are", "feel", op="?"), lower("stiff")]  # fmt: skip
    yield "joint-pain", stiff
    yield NOT_A_SYMPTOM, [*stiff, lower("from"), lower("the"), lower("cold")]
    # "also down there it is dry"
    yield "vaginal-dryness", [lower("down"), lower("there"), lower("it", op="?"),
                              lower("is", "'s", "feels"), lower("dry")]  # fmt: skip
    # "Red hot lump at the Zoladex site"
    yield "injection-site-reaction", [lower("lump", "redness", "bruise", "bruising", "swelling",
                                            "soreness"),
                                      lower("at", "on", "around"), lower("the", "my"),
                                      INJECTED_DRUG,
                                      lower("site")]  # fmt: skip
    # "no calf tenderness"
    yield "calf-swelling", [lower("calf"), lower("tenderness")]
    # "Yesterday in church I fall down, I faint."
    yield "palpitations", [lower("i", "she"), lower("faint"), {"IS_PUNCT": True}]
    # "today I see little red in the tissue" (after a cough)
    # (not "coughed up blood, bright red in the tissue": the blood's colour, one mention)
    yield BLOOD_IN_IT, [lower("little", "some", "see", "saw", "bit"), lower("red", "pink"),
                        lower("in"), lower("the"), lower("tissue", "hanky", "sink")]  # fmt: skip
    # "For two months I was crying every day"
    yield "depression", [lower("crying", "cried"), lower("every"), lower("day", "night")]
    # "She does not eat." (told of her: not "I did not eat, fasting for the scan")
    yield "loss-of-appetite", [lower("she", "he", "mum", "mom"),
                               {"NORM": {"IN": ["do", "does", "did"]}}, NOT, lower("eat"),
                               {"IS_PUNCT": True}]  # fmt: skip
    # "Bladder or bowel changes? No."
    yield "bladder-bowel-control", [lower("bladder"), lower("or", "and"),
                                    lower("bowel", "bowels"),
                                    lower("changes", "problems", "trouble", "issues")]  # fmt: skip
    # "Left calf looks fuller than the right?"
    yield "calf-swelling", [lemma("calf"), BE, gap(1), lower("fuller"), lower("than")]
    # "my tongue is heavy when I talk"
    # (when she talks: not "Tongue feels heavy and furry from the thrush", nor beside words
    # mixed up, which writers label once)
    yield "speech-problems", [lemma("tongue"), lower("is", "feels", "feel", "was"),
                              lower("heavy"), lower("when")]  # fmt: skip
    # "Dryness yes" opening a gynae review's answer (not "Skin dryness yes")
    yield "vaginal-dryness", [{"LOWER": "dryness", "IS_SENT_START": True}, lower("yes")]
    # "that shimmery feeling at the edge of my vision"
    yield "vision-problems", [lower("edge", "edges"), lower("of"), lower("my", "her"),
                              lower("vision", "sight")]  # fmt: skip
    # "I feel nothing is worth it"; "I do not sleep, I do not laugh"
    yield "depression", [lower("nothing"), lower("is"), lower("worth"), lower("it")]
    yield "difficulty-sleeping", [lower("i", "she"), {"NORM": {"IN": ["do", "does"]}}, NOT,
                                  lower("sleep"), {"IS_PUNCT": True}]  # fmt: skip
    # "A spot of bother with my breathing today"
    yield "shortness-of-breath", [lower("bother", "trouble"), lower("with"), lower("my", "her"),
                                  lower("breathing")]  # fmt: skip
    # "I cannot do toilet number one since breakfast"
    yield "bladder-bowel-control", [*CANT, lower("do", "go"), lower("the", op="?"),
                                    lower("toilet", op="?"), lower("number"),
                                    lower("one", "1")]  # fmt: skip
    # "can't seem to keep my balance"
    yield "balance-problems", [*CANT, lower("seem"), lower("to"), lower("keep"),
                               lower("my", "her"), lower("balance")]  # fmt: skip
    # "she is strange, talks to people who are not here, does not recognise the flat"
    # (a person or her home: not "I did not recognise the number")
    not_known = [{"NORM": {"IN": ["do", "does", "did"]}}, NOT, lower("recognise", "recognize")]
    yield "confusion", [*not_known, lower("her", "me", "us", "him", "his", "my", "anyone")]
    yield "confusion", [*not_known, lower("the"),
                        lower("flat", "house", "room", "kitchen", "place", "street", "nurse",
                              "doctor", "vicar")]  # fmt: skip
    # "her legs felt like lead and wouldn't hold her"
    yield LEGS_NEARBY, [*WILL_NOT, lemma("hold", "carry"), lower("her", "me")]
    # "Mine's just the usual liver ache"
    yield "upper-abdominal-pain", [lower("liver"), lower("ache", "aches", "aching")]
    # "Ear have noise like insect"
    yield "hearing-changes", [lemma("ear"), lemma("have"), lower("noise", "noises")]
    # "I scare." (second-language English)
    yield "anxiety", [lower("i"), lower("scare"), {"IS_PUNCT": True}]
    # "Heart beat fast when I lie down"
    yield "palpitations", [lemma("heart"), lower("beat", "beats"),
                           lower("fast", "faster", "quick", "hard")]  # fmt: skip
    # "Today nothing hurts." (the sentence ends: not "Nothing hurts except my head")
    yield "pain" + NEGATED, [lower("nothing"), lower("hurts", "aches"), lower("today", op="?"),
                             {"ORTH": {"IN": [".", "!"]}}]  # fmt: skip
    # "a teaching session on spotting sepsis", "spotting the signs of" (not bleeding)
    yield NOT_A_SYMPTOM, [lower("spotting"), lower("sepsis")]
    yield NOT_A_SYMPTOM, [lower("spotting"), lower("the"), lower("signs")]


def _round_sixty_nine() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round68c and round68d (round 69): people living alone far from the
    cancer centre, Welsh and Irish speakers; a trial's diary cards, Cantonese, Hokkien and
    Indonesian speakers, a husband who keeps the card."""
    # "Numbness down my left leg since Friday" (a side named: not "numb down below", the
    # saddle's)
    yield "leg-weakness", [lower("numbness", "weakness", "heaviness"), lower("down"),
                           lower("my", "her", "the", op="?"), lower("left", "right", "both"),
                           lower("my", "her", op="?"), LEGS]  # fmt: skip
    # "Two little leaks of wee today when I coughed"
    # (not "a leak of water from the ceiling")
    yield "bladder-bowel-control", [lower("leak", "leaks", "leaking"), lower("of"),
                                    lower("wee", "urine", "pee")]  # fmt: skip
    # "Crippled with the back today"
    # (not "Crippled with the back of my heel")
    crippled = [lower("crippled", "crucified"), lower("with"), lower("the", "my", "her"),
                lower("back")]  # fmt: skip
    yield "back-pain", crippled
    yield NOT_A_SYMPTOM, [*crippled, lower("of")]
    # "Lost near a stone since the last weigh-in"
    yield "weight-loss", [lower("lost", "dropped"),
                          lower("near", "nearly", "almost", "about", "over", "half"), lower("a"),
                          lower("stone")]  # fmt: skip
    # "Off my tucker." (Australian and New Zealand: off her food)
    yield "loss-of-appetite", [lower("off"), lower("my", "her", "me"), lower("tucker")]
    # "My old heart does be pounding" (Newfoundland and Irish "does be"), "Heart was going a
    # mile a minute"
    yield "palpitations", [lemma("heart"), lower("does", "do"), lower("be"),
                           lower("pounding", "racing", "thumping", "hammering")]  # fmt: skip
    yield "palpitations", [lemma("heart"), BE, lower("going"), lower("a"), lower("mile"),
                           lower("a"), lower("minute")]  # fmt: skip
    # "3am wake up, cannot go back sleep" (second-language English, no "to")
    yield "difficulty-sleeping", [*CANT, lower("go", "get"), lower("back"), lower("sleep")]
    # "Finger prick sugar high, 11.8 before dinner", "my sugars are high", "My blood sugar is
    # high" (not "On my sugar high from the birthday cake")
    yield "high-blood-sugar", [lower("prick"), lower("sugar", "sugars"), lower("high")]
    yield "high-blood-sugar", [lower("my", "her", "blood"), lower("sugar", "sugars"),
                               lower("is", "are", "was", "were", "running"),
                               lower("high")]  # fmt: skip
    # "Is it normal to have blood when cough?" (coughing up blood, one mention)
    yield "coughing-up-blood", [lower("blood"), lower("when"), lower("i", "she", op="?"),
                                lemma("cough")]  # fmt: skip
    # "My hair has started falling out", "for when my hair starts dropping" (not "hair started
    # coming back", "started coming out grey")
    started = [lemma("hair"), lower("has", "have", "had", "'s", op="?"),
               lower("started", "starting", "starts", "begun", "began"),
               lower("to", op="?")]  # fmt: skip
    yield "hair-loss", [*started, lower("falling", "fall"), lower("out")]
    yield "hair-loss", [*started, lower("dropping", "drop", "thinning", "thin")]
    # "can't take a deep breath without pain.": the chest hurts, one mention (not "without pain
    # in my back", "without it setting off the cough")
    yield "chest-pain", [*CANT, lower("take"), lower("a"), lower("deep", "big", "full"),
                         lower("breath"), lower("without"), lower("pain"),
                         {"IS_PUNCT": True}]  # fmt: skip


def _round_seventy() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round69e and round69f (round 70): notes addressed to a late
    husband, to God or to a grandchild, Zimbabwean and Zambian English; Yorkshire and Lancashire
    dialect, a symptom app's free-text box, Hungarian and Czech speakers."""
    # "The hair is gone completely", "Hair: gone." (not "hair's gone grey", "gone curly"; not
    # "her hair's all gone", "Eileen's hair is all gone": someone else's)
    # ("Hair's about all gone", round 71)
    much = ("about", "nearly", "almost", "all", "completely", "totally")
    gone = [BE, lower(*much, op="{0,2}"), lower("gone")]
    not_lost = lower("grey", "gray", "white", "silver", "curly", "frizzy", "straight", "dark",
                     "darker", "back", "to", "dry", "brittle", "fluffy", "soft")  # fmt: skip
    for hair in ([lower("my", "the", "me", "mi"), lemma("hair")],
                 [{"LOWER": "hair", "IS_SENT_START": True}]):  # fmt: skip
        yield "hair-loss", [*hair, *gone]
        yield NOT_A_SYMPTOM, [*hair, *gone, not_lost]
    # "another night of sweats"
    yield "hot-flashes", [lower("night", "nights"), lower("of"), lower("sweats")]
    # "Tafadzwa says I have been talking strange" (as the guideline's "acting strange"; not "The
    # radio was talking strange stories")
    strange = [lower("talking"), lower("strange", "strangely")]
    yield "mental-status-change", strange
    yield NOT_A_SYMPTOM, [*strange, lower("stories", "things", "stuff", "jargon", "language")]


def _round_seventy_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round70g and round70h (round 71): women in their eighties writing
    formally, a grandchild who types for them, Punjabi and Urdu speakers, Appalachian and US
    Southern English; notes that compare now with before, Kenyan and Tanzanian English, Maori
    and Samoan voices."""
    # "her arm has swelled up and it hurts her so much she cries"
    yield "pain", [lower("it"), lower("hurts"), lower("her", "me"), lower("so"),
                   lower("much", "bad")]  # fmt: skip
    # "it hurts her to breathe in"
    yield "chest-pain", [lower("hurts", "hurt"), lower("her", "me"), lower("to"),
                         lower("breathe", "breath"), lower("in", "deeply", "deep")]  # fmt: skip
    # "a dull ache in the small of my back"
    yield "back-pain", [lower("ache", "pain", "aching", "twinge"), lower("in"), lower("the"),
                        lower("small"), lower("of"), lower("my", "her", "the"),
                        lower("back")]  # fmt: skip
    # "I had trouble getting to the toilet in time"
    yield "bladder-bowel-control", [lower("trouble"), lower("getting"), lower("to"),
                                    lower("the", op="?"), lower("toilet", "loo", "bathroom"),
                                    lower("in"), lower("time")]  # fmt: skip
    # "Legs just quit on me in the Walmart parkin lot"
    yield "leg-weakness", [LEGS, lower("just", op="?"), lower("quit"), lower("on")]
    # "My nerves is bad", "My nerves are all to pieces", "getting in a state before each scan"
    # (not "My nerves are all tingling in my legs", "getting into a state of confusion")
    nerves = [lower("my", "her", "me"), lower("nerves"), lower("is", "are", "was", "were", "'re")]
    yield "anxiety", [*nerves, lower("bad", "shot", "shattered", "frayed", "terrible", "awful")]
    yield "anxiety", [*nerves, lower("all"), lower("to"), lower("pieces")]
    state = [lower("getting", "get", "got", "gets"), lower("in", "into"), lower("a"),
             lower("right", op="?"), lower("state")]  # fmt: skip
    yield "anxiety", state
    yield NOT_A_SYMPTOM, [*state, lower("of")]
    # "Eyebrows are getting thin" (not her weight)
    yield "hair-loss", [lemma("eyebrow", "eyelash", "lash", "brow"), BE,
                        lower("getting", "gone", "going"),
                        lower("thin", "thinner", "sparse")]  # fmt: skip
    # "My right calf has come up hot and swollen" (not "My calf came up in a bruise")
    yield "calf-swelling", [lemma("calf"), lower("has", "'s"), lower("come"), lower("up")]
    yield "calf-swelling", [lemma("calf"), lower("came"), lower("up"),
                            lower("hot", "swollen", "red", "big", "puffy")]  # fmt: skip
    # "Left calf tight and achy"
    yield "calf-swelling", [lemma("calf"), lower("tight", "tender"), lower("and"),
                            lower("achy", "sore", "aching", "hot", "swollen")]  # fmt: skip
    # "I felt the whole shop spinning round", "room spins", "Had the same spins years ago"
    yield "dizziness", [lower("room", "shop", "everything", "world", "kitchen", "house",
                              "ceiling"),
                        lower("is", "was", "'s", "started", op="?"),
                        lower("spinning", "spun", "spins")]  # fmt: skip
    yield "dizziness", [lower("the", "same"), lower("spins")]
    # "her back is paining too much" (Kenyan and Indian English)
    yield "back-pain", [lower("back"), BE, lower("paining")]
    yield "pain", [lower("is", "are", "was", "were", "'s", "keeps", "been", "and"),
                   lower("paining")]  # fmt: skip
    # "puffed walking up the hill", "puffed when I climb" (not "The lads were so puffed at half
    # time"); "Puffed on a cigarette" is no breath
    yield "shortness-of-breath", [lower("puffed"), lower("when")]  # (walking, climbing: older)
    yield NOT_A_SYMPTOM, [lower("puffed"), lower("on", "at"), lower("a", "my", "her", "his"),
                          lower("cigarette", "fag", "pipe", "cigar", "vape")]  # fmt: skip
    # "Hard to sleep anyway, the pain in my back keeps waking me"
    yield "difficulty-sleeping", [lower("hard", "difficult"), lower("to"), lower("sleep")]


def _round_seventy_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round71i and round71j (round 72): mothers of young children,
    Gujarati and Nepali speakers; the days after an emergency visit or a stay, Mexican and
    Central American Spanish speakers, Cajun English."""
    # "not knowing she is in her own house", as "not knowing where she is" (not "The kids not
    # knowing I was at home all day")
    yield "confusion", [lower("not"), lower("knowing"), lower("she", "he"), lower("is", "was"),
                        lower("in", "at"), lower("her", "his", "home")]  # fmt: skip
    # "I felt like I will faint", "like she would faint" (as "like I was going to faint")
    yield "palpitations", [lower("like"), lower("i", "she"), lower("will", "would", "'d", "'ll"),
                           lower("faint")]  # fmt: skip
    # "She says her belly hurts up top on the right"
    yield "upper-abdominal-pain", [lower("belly", "tummy", "stomach"), lower("hurts", "hurt",
                                   "aches", "sore"), lower("up"), lower("top", "high")]  # fmt: skip


def _round_seventy_three() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round72k and round72l (round 73): women who work with their hands,
    Egyptian and Lebanese Arabic speakers, Edinburgh and Fife Scots; lists of questions for an
    appointment, Brazilian Portuguese speakers, Jamaican and Trinidadian English."""
    # Jamaican "mi foot dem weak" (the foot is the whole leg), "cyaan feel mi two foot dem"
    foot_dem = [lower("foot", "feet", "foots"), lower("dem")]
    # (not "foot dem numb": the nerves', as "feet numb" is)
    yield "leg-weakness", [*foot_dem, lower("a", "feel", "feeling", "get", "did", "is", op="?"),
                           lower("weak", "heavy", "drag", "dragging")]  # fmt: skip
    yield "leg-weakness", [*CANT, lower("feel"), lower("mi", "she", "har"), lower("two", op="?"),
                           *foot_dem]  # fmt: skip
    yield "swelling", [*foot_dem, lower("a", "did", op="?"),
                       lower("swell", "swole", "swollen", "big")]  # fmt: skip
    # "Mi drop inna di bathroom an bruk mi hip"
    # (not "Mi bruk mi back fi dem people", an idiom; nor a child's "him arm")
    yield "fracture", [lower("bruk", "bruck", "brok"), lower("mi", "me", "my", "har", "her"),
                       lower("hip", "arm", "leg", "foot", "wrist", "rib", "ribs", "hand", "ankle",
                             "shoulder")]  # fmt: skip
    # Trinidadian "she eh know where she was", "still a lil confuse"
    # (of where she is herself: not "I eh know where she is, she gone by she sister")
    for who, again in (("she", "she"), ("he", "he"), ("mummy", "she"), ("mammy", "she"),
                       ("granny", "she"), ("mi", "mi"), ("i", "i")):  # fmt: skip
        yield "confusion", [lower(who), lower("eh", "nuh", "nah", "doh"), lower("know"),
                            lower("where"), lower(again),
                            lower("was", "is", "be", "deh", "de", "am")]  # fmt: skip
    # (as older shapes read "so confuse", "getting confuse")
    yield "confusion", [lower("lil", "real", "more", "gets", "mi"), lower("confuse")]
    # "Not sheself at all", "Granny nah behave like herself"
    yield "mental-status-change", [lower("not", "nah", "nuh", "eh"), lower("sheself", "heself")]
    yield NOT_A_SYMPTOM, [lower("not", "nah", "nuh", "eh"), lower("sheself", "heself"),
                          lower("who", "that")]  # fmt: skip
    yield "mental-status-change", [lower("nah", "not", "nuh", "eh"),
                                   lower("behave", "behaving", "acting", "act"), lower("like"),
                                   lower("herself", "himself", "sheself", "heself")]  # fmt: skip
    # Trinidadian "I feeling wash out"
    yield "fatigue", [lower("feeling", "feel", "felt"), lower("wash"), lower("out")]
    # "Mi sista did have fit dem" (not "One size fits dem all", "nuh fit dem")
    yield "seizure", [lower("have", "had", "get", "got", "gets", "getting", "di", "de", "the"),
                      lower("fit", "fits"), lower("dem")]  # fmt: skip
    # "wet up di bed"
    # (by her: not "The hot flush wet up the bed")
    yield "bladder-bowel-control", [lower("mi", "i", "she", "he", "har", "granny", "auntie",
                                          "mammy", "mummy"),
                                    lower("did", "done", op="?"), lower("wet"), lower("up"),
                                    lower("de", "the", "she", "her", "mi", "my", "har"),
                                    lower("bed")]  # fmt: skip
    # "Mammy eh want to eat nothing", "nuh eat much"
    # (by her: not the nurse's "doh eat nothing before the bloods"; nor "nuh eat much meat")
    eater = lower("she", "mi", "i", "he", "mammy", "mummy", "granny", "auntie", "mama")
    yield "loss-of-appetite", [eater, lower("eh", "nuh", "nah", "doh"), lower("want", "wan"),
                               lower("to", "fi", op="?"), lower("eat")]  # fmt: skip
    yield "loss-of-appetite", [eater, lower("nuh", "nah", "eh", "doh"), lower("eat"),
                               lower("much", "nothing")]  # fmt: skip
    yield NOT_A_SYMPTOM, [eater, lower("nuh", "nah", "eh", "doh"), lower("eat"),
                          lower("much", "nothing"),
                          lower("meat", "chicken", "fish", "rice", "food", "bread", "sugar",
                                "salt", "before", "after", "till", "until")]  # fmt: skip
    # "get meagre", "she gone maga"
    yield "weight-loss", [lower("get", "getting", "gone", "look", "looking", "come", "turn"),
                          lower("meagre", "maga", "mawga", "magga")]  # fmt: skip
    # "mi chess did a hurt mi"
    yield "chest-pain", [lower("mi", "my", "me", "har", "her"), lower("chess"),
                         lower("did", "a", "is", "was", "been", op="*"),
                         lower("hurt", "hurting", "pain", "paining")]  # fmt: skip
    # "tingling inna mi finga dem", "numbness inna mi toe dem"
    yield "neuropathy", [lower("tingling", "numbness", "numb", "tingle", "pins"),
                         lower("inna", "inah", "ina"), lower("mi", "me", "my"),
                         lower("finger", "fingers", "toe", "toes", "han", "hand"),
                         lower("dem", op="?")]  # fmt: skip
    # "I am not stable when I walk"
    # (not "blood sugars not stable on the new tablets")
    yield "balance-problems", [NOT, lower("stable"), lower("when", "on", "walking"),
                               lower("i", "my", "her", "she", "me", "walking", "feet")]  # fmt: skip
    # "My hair fell all out in the first chemo"
    yield "hair-loss", [lower("hair"), lower("fell", "fall", "falls", "falling"),
                        lower("all", "right", "straight"), lower("out")]  # fmt: skip
    # Scots "Nearly passed oot in the shower"
    yield "palpitations", [lower("passed", "pass", "passing"), lower("oot")]
    yield NOT_A_SYMPTOM, [lower("passed", "pass", "passing"), lower("oot"),
                          lower("the", "a", "some", "parade", "invites", "leaflets")]  # fmt: skip
    # "my legs were cramping", "calves cramping all night"
    # (spaCy's lemma of "calves" is "calve")
    yield "muscle-pain", [lemma("leg", "calf", "calve", "thigh", "foot"), BE,
                          lower("cramping", "cramped")]  # fmt: skip
    # "my right arm swells up like a balloon" (a leg's is the calf's item)
    yield "swelling", [lemma("arm", "hand", "ankle", "foot", "finger", "wrist"),
                       lower("swells", "swelled"), lower("up")]  # fmt: skip


def _round_seventy_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round73m and round73n (round 74): women who keep busy and play
    things down, Farsi and Dari speakers, Geordie and Northumbrian English; what she will say
    when she rings the line, symptoms by position and time of day, Japanese and Korean speakers,
    Belfast and Ulster English."""
    # "I have pain in my stomach top part, right side"
    # (a pain: not "a rash on my tummy top bit")
    top_part = [lower("stomach", "tummy", "belly"), lower("top", "upper"), lower("part", "bit")]
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("in"), OWNER, *top_part]
    # "down below feels numb when I wipe" (as "numb down there")
    # (not "The flat down below is dead quiet")
    yield "bladder-bowel-control", [lower("down"), lower("below"), lower("feels", "feel"),
                                    lower("numb")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("ankles", "knees", "feet", "toes"), lower("down"), lower("below"),
                          lower("feels", "feel"), lower("numb")]  # fmt: skip
    # "I'm all over the place walking, like being on a boat"
    # (not "My sugars are all over the place when I eat")
    yield "balance-problems", [lower("all"), lower("over"), lower("the"), lower("place"),
                               lower("walking")]  # fmt: skip
    # "Left ear's been whooshing"
    yield "hearing-changes", [lemma("ear"), lower("'s", "is", "are", "been", "keeps", op="*"),
                              lower("whooshing", "buzzing", "humming")]  # fmt: skip
    # Ulster "Wide awake at 4, then cant get back over" (back to sleep)
    yield "difficulty-sleeping", [*CANT, lower("get"), lower("back"), lower("over")]
    yield NOT_A_SYMPTOM, [*CANT, lower("get"), lower("back"), lower("over"),
                          lower("to", "the", "a", "there", "here", "home")]  # fmt: skip


def _round_seventy_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round74o and round74p (round 75): notes written for a woman who can
    no longer write, Hausa and Fulani speakers, New York and New Jersey English; symptoms tied
    to a day of the cycle, Khmer and Lao speakers, Bristol and West Country English."""
    # "the words are coming out scattered", "her words come out jumbled"
    yield "speech-problems", [lemma("word"), lower("are", "were", "is", "keep", "kept", op="?"),
                              lower("coming", "come", "came", "comes"), lower("out"),
                              lower("all", op="?"),
                              lower("scattered", "jumbled", "scrambled", "muddled", "mixed",
                                    "backwards", "garbled")]  # fmt: skip
    # "she is not recognising us" (a woman she may care for: not an app, a dog or a shy boy,
    # round 75's review)
    yield "confusion", [lower("she", "mum", "mom", "mam", "mama", "mother", "gran", "nan",
                              "grandma", "wife"),
                        lower("is", "'s", "was", "s"), NOT, lower("recognising", "recognizing"),
                        lower("me", "us", "anyone", "anybody", "family")]  # fmt: skip
    # "her legs felt 'like jello'", "legs just wouldn't push"
    yield "leg-weakness", [LEGS, BE, QUOTE, lower("like"), lower("jello"), QUOTE]
    yield "leg-weakness", [LEGS, lower("just", op="?"), *WILL_NOT,
                           lower("push", "hold", "carry")]  # fmt: skip
    # "Her stomach is paining her at the top, under the ribs"
    yield "upper-abdominal-pain", [lemma("stomach", "tummy", "belly"), BE,
                                   lower("paining", "hurting", "aching", "sore", "painful"),
                                   lower("me", "her", op="?"), lower("at"), lower("the"),
                                   lower("top")]  # fmt: skip
    # The jaw (osteonecrosis): "a bit of bone showing by my back tooth", "exposed bone in my gum"
    yield "jaw-pain", [lower("bone"), lower("showing", "exposed", "poking", "sticking"),
                       lower("out", "through", op="?"), lower("by", "in", "near", "at", "through"),
                       OWNER, lower("back", "front", op="?"),
                       lemma("tooth", "teeth", "gum", "jaw", "mouth", "socket")]  # fmt: skip
    # "me calves and thighs are aching" (after a walk or not: the muscles' pain)
    legs = lower("calf", "calves", "calve", "thigh", "thighs")
    yield "muscle-pain", [legs, lower("and"), legs, BE, lower("aching", "achy", "sore", "hurting",
                          "killing")]  # fmt: skip
    # Khmer and Lao English: "Doctor say my rib is crack"
    yield "fracture", [lemma("rib", "bone", "hip", "wrist", "spine", "vertebra", "ankle", "arm",
                       "leg"), lower("is", "was"), lower("crack")]  # fmt: skip
    # "She not eat since yesterday" (not "I not eat anything after midnight" for a scan)
    person = lower("i", "she", "he", "mom", "mum", "mama", "mother", "wife")
    yield "loss-of-appetite", [person, lower("not", "no", "never"), lower("eat", "eating"),
                               lower("since")]  # fmt: skip
    # "Wake up 3 4 time every night"
    yield "difficulty-sleeping", [lemma("wake"), lower("up"), {"LIKE_NUM": True},
                                  {"LIKE_NUM": True, "OP": "?"}, lower("time", "times"),
                                  lower("every", "a", "each", "at", "in", "per"),
                                  lower("night")]  # fmt: skip
    # "I get hot hot in my face many time a day"
    yield "hot-flashes", [lower("hot"), lower("hot"), lower("in"), OWNER, lower("face")]
    # "My hand and foot skin peel"
    yield "hand-foot-syndrome", [lemma("hand"), lower("and"), lemma("foot"), lower("skin"),
                                 lower("peel", "peeling", "peels", "crack", "cracking",
                                       "cracked")]  # fmt: skip
    # "no concentration problems", "concentration issues"
    yield "memory-problems", [lower("concentration", "concentrating"),
                              lower("problems", "problem", "issues", "trouble")]  # fmt: skip
    # "I am seeing blurred since yesterday"
    yield "vision-problems", [lower("seeing"), lower("blurred", "blurry", "blur")]
    # "I am seeing blood from the private part"
    yield "vaginal-bleeding", [lower("blood", "bleeding"), lower("from"), OWNER,
                               lower("private"), lower("part", "parts", "area")]  # fmt: skip
    # "The injection place is paining me small and it is red"
    yield "injection-site-reaction", [lower("injection", "jab"), lower("place", "spot", "site"),
                                      lemma("be"), lower("paining", "hurting", "aching",
                                                         "itching")]  # fmt: skip
    # "My mom act strange today" (today's: not a habit, "She acts funny when she is tired",
    # nor "Mum acted weird when I told her", round 75's review)
    # (and round 76's "Grandma act strange since yesterday")
    yield "mental-status-change", [lower("mom", "mum", "mam", "mama", "mother", "wife", "she",
                                         "gran", "nan", "grandma", "granny", "grandmother", "nana",
                                         "grandmom"),
                                   lower("act", "acts", "acting"),
                                   lower("strange", "strangely", "weird", "weirdly", "odd",
                                         "oddly", "funny"),
                                   lower("today", "tonight", "now", "since")]  # fmt: skip
    # "his back went out lifting the water cases", "my back gave out" (not "the power came
    # back, went out again", round 75's review)
    yield "back-pain", [lower("my", "her", "his", "me", "mi"), lower("back"),
                        lower("went", "goes", "gone", "gave", "has", "'s", "keeps", op="{1,2}"),
                        lower("out")]  # fmt: skip
    # "the lube the nurse recommended actually helps with the dryness" (not "Lubricant eye
    # drops help the dryness")
    yield "vaginal-dryness", [lower("lube"), {"IS_ALPHA": True, "OP": "{0,8}"},
                              lower("dryness")]  # fmt: skip
    # "I keep thinking of hurting myself": a low mood to tell the team of, not a pain
    yield "depression", [lower("thinking", "thought", "think", "thoughts"), lower("of", "about"),
                         lower("hurting", "harming"),
                         lower("herself", "myself", "himself", "themselves")]  # fmt: skip


def _round_seventy_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round75q and round75r (round 76): notes written while travelling
    for treatment, Hmong speakers, Orkney and Shetland voices; replies to the care team's weekly
    check-in, symptoms graded in her own words, Albanian and Kosovar speakers, Boston English."""
    # "can't fall asleep before 2am", "struggling to fall asleep"
    # (not "I won't fall asleep in the chair")
    yield "difficulty-sleeping", [{"NORM": {"IN": ["can", "could"]}}, NOT, lower("fall", "stay"),
                                  lower("asleep")]  # fmt: skip
    yield "difficulty-sleeping", [lower("unable", "struggling", "struggle", "struggled", "trouble",
                                        "hard", "difficult", "difficulty"),
                                  lower("to", op="?"), lower("fall", "falling", "stay", "staying"),
                                  lower("asleep")]  # fmt: skip
    # Hmong and Albanian English, a pronoun after the part: "the legs they are not holding me",
    # "the left leg it give way", "the words they don't come"
    yield "leg-weakness", [LEGS, lower("they", "it"), lower("are", "is", op="?"), NOT,
                           lower("holding", "hold", "carrying", "working"),
                           lower("me", "her", "him", "up", "good", "since", "today", "now",
                                 ".", ",")]  # fmt: skip
    yield "leg-weakness", [LEGS, lower("they", "it"), lower("give", "gives", "gave", "giving"),
                           lower("way", "out")]  # fmt: skip
    words_dont_come = [lemma("word"), lower("they"), {"NORM": {"IN": ["do", "will"]}}, NOT,
                       lower("come")]  # fmt: skip
    yield "speech-problems", words_dont_come
    # ... not her English: "Sorry my English, the words they don't come easy"
    yield NOT_A_SYMPTOM, [*words_dont_come, lower("easy", "easily", "quick", "quickly", "fast")]
    # "Grandma act strange since yesterday and she not know my name" (the first half with round
    # 75's "act strange"; one she may care for: not "The new nurse she not know me")
    yield "confusion", [lower("mom", "mum", "grandma", "mother", "mama", "granny", "nana"),
                        lower("not", "no"), lower("know", "knows", "recognise", "recognize"),
                        lower("me", "us")]  # fmt: skip
    yield "confusion", [lower("she"), lower("not", "no"), lower("know", "recognise", "recognize"),
                        lower("my"), lower("name")]  # fmt: skip
    # Shetland and Scots "Drowsy an hard ta wake", "hard tae rouse"
    # (after drowsy: not "It's hard ta wake up for da early ferry")
    yield "mental-status-change", [lower("an", "and"), lower("hard", "difficult"),
                                   lower("ta", "tae"), lower("wake", "rouse", "waken")]  # fmt: skip
    # "Mom cannot hold her poop"
    yield "bladder-bowel-control", [*CANT, lower("hold"), lower("her", "my", "his", "in", "the"),
                                    lower("poop", "poo", "stool", "stools", "pee", "wee", "urine",
                                          "water", "bowels")]  # fmt: skip
    # Shetland "shu wis oot o breath"
    yield "shortness-of-breath", [lower("oot"), lower("o", "of"), lower("breath")]
    # "had no idea where I was or why" (not "Got lost in Glasgow, no idea where I was")
    yield "confusion", [lower("no"), lower("idea"), lower("where"), lower("i", "she"),
                        lower("was", "am", "is"), lower("or"),
                        lower("why", "how", "who", "what")]  # fmt: skip
    # "my heart beat too fast all night", "My heart beat very fast before"
    yield "palpitations", [lemma("heart"), lower("beat", "beats", "beating"),
                           lower("too", "very", "really"), lower("fast")]  # fmt: skip
    # "Seasick by Fair Isle", "Nae seasickness the hale crossin"
    yield "nausea", [lower("seasick", "seasickness", "carsick", "carsickness")]
    # "When I stand up from bed my head spin"
    yield "dizziness", [lower("my", "her"), lower("head"), lower("spin", "spins", "spinning")]
    yield NOT_A_SYMPTOM, [lemma("make"), lower("my", "her"), lower("head"),
                          lower("spin", "spins", "spinning")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("head"), lower("spin", "spins", "spinning"),
                          lower("thinking", "with", "about", "at", "over")]  # fmt: skip
    # "Three day no poop"
    yield "constipation", [{"LIKE_NUM": True}, lower("day", "days"), lower("no"),
                           lower("poop", "poo", "bm", "stool", "stools")]  # fmt: skip
    # "down there very dry", "down below so dry"
    yield "vaginal-dryness", [lower("down"), lower("there", "below"),
                              lower("very", "so", "really", "is", "feels", "been", op="{0,2}"),
                              lower("dry")]  # fmt: skip
    # "At the pharmacy I pass out, wake up on the floor"
    # (not "I pass out the biscuits at group")
    yield "palpitations", [lower("i", "she"), lower("pass"), lower("out"),
                           lower(",", ".", "!", "and", "again", "twice", "today")]  # fmt: skip
    # "She is eat very little" (not "I eat very little meat")
    yield "loss-of-appetite", [lemma("eat"), lower("very", "so"), lower("little"),
                               lower(".", ",", "!", "and", "this", "today", "now",
                                     "since")]  # fmt: skip
    # "I have two wounds in the mouth"
    yield "mouth-sores", [lower("wound", "wounds"), lower("in"), OWNER, lower("mouth")]
    # "she is hot like fire"
    # (her: not "The soup was hot like fire", "My feet feel hot like fire")
    yield "fever", [lower("she", "he", "mom", "mum", "mama", "mother", "wife", "forehead", "body"),
                    lower("is", "was", "feels", "feel", "felt", "'s"), lower("hot"),
                    lower("like"), lower("fire")]  # fmt: skip
    # "yes bowels are slow"
    yield "constipation", [lower("bowels"), BE, lower("slow", "sluggish")]
    # "I see the things double"
    yield "vision-problems", [lower("see", "seeing", "sees"), lower("the", op="?"),
                              lower("things", "everything"),
                              lower("double", "blurry", "blurred")]  # fmt: skip
    # "my mouth on the left side is falling"
    yield "facial-numbness", [lower("mouth", "face"), lower("on"), lower("the", "my", "her"),
                              lower("left", "right"), lower("side"), lower("is", "was"),
                              lower("falling", "dropping", "drooping")]  # fmt: skip
    # "I am talking slow"
    # (not "I am talking slowly on purpose", "she is talking slow so I understand")
    yield "speech-problems", [lower("i", "she"), lower("am", "is", "'m", "'s"), lower("talking"),
                              lower("slow", "slurry"),
                              lower(".", ",", "!", "and", "today", "tonight", "now",
                                    "since")]  # fmt: skip
    # "My balance is a bit off"
    yield "balance-problems", [lower("my", "her"), lower("balance"), lower("is", "'s"), lower("a"),
                               lower("bit", "little"), lower("off")]  # fmt: skip
    # "Skin under my arm going red and itchy like a sunburn"
    yield "rash", [lower("skin"), gap(3), lower("going", "gone", "turning", "turned"),
                   lower("red"), lower("and"),
                   lower("itchy", "sore", "raw", "peeling")]  # fmt: skip
    # "the site on my belly is already sore" (an injection's)
    yield "injection-site-reaction", [lower("site"), lower("on", "in"), lower("my", "her"),
                                      lower("belly", "tummy", "stomach", "thigh", "bum"),
                                      lower("is", "'s"), lower("already", "still", "very", op="?"),
                                      lower("sore", "red", "bruised", "swollen", "hard", "lumpy",
                                            "tender", "itchy")]  # fmt: skip
    # The jaw (osteonecrosis): "a sore that doesnt heal" in the mouth
    yield "jaw-pain", [lower("sore", "ulcer"), lower("that"),
                       {"NORM": {"IN": ["do", "does", "will", "is"]}}, NOT,
                       lower("heal", "healing")]  # fmt: skip


def _round_seventy_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round76s and round76t (round 77): faith, fasting and feast days,
    Amharic and Tigrinya speakers, Liverpool and Wirral English; a symptom set against a number
    she tracks, notes between work meetings, Tamil and Sinhala speakers, Cornish and Devon
    English."""
    # "I could hardly breathe", "Mam could barely breathe getting up the stairs" (not "could
    # hardly breathe for laughing", "when I saw the scan", round 77's review)
    yield "shortness-of-breath", [lower("i", "she", "mum", "mam", "mom", "mother"),
                                  lower("can", "could"), lower("hardly", "barely", "scarcely"),
                                  lower("breathe"),
                                  lower(".", "!", "and", "last", "this", "tonight", "today",
                                        "getting", "walking", "lying", "going")]  # fmt: skip
    # "sometime there is blood in what she cough"
    yield "coughing-up-blood", [lower("blood"), lower("in"), lower("what"), lower("she", "i"),
                                lower("cough", "coughs", "coughed")]  # fmt: skip
    # "this cough with yellow phlegm, today morning there was blood streaks in it" (not "blood
    # spots in my underwear", "blood streaks in my poop", round 77's review)
    yield "coughing-up-blood", [lower("blood"), lower("streaks", "streak"), lower("in"),
                                lower("it", "the", "my"),
                                lower("phlegm", "sputum", "spit", "mucus", ".", ",")]  # fmt: skip
    # "I have the pain on the right, up under my ribs"
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), lower("on"), lower("the"), lower("right"),
                                   lower(",", op="?"), lower("up"), lower("under"), OWNER,
                                   lower("ribs", "rib")]  # fmt: skip
    # "it comes out gobbledegook"
    yield "speech-problems", [lower("comes", "coming", "came", "come"), lower("out"),
                              lower("as", "all", op="?"),
                              lower("gobbledegook", "gobbledygook", "gibberish")]  # fmt: skip
    # "her face one side looks dropping"
    yield "facial-numbness", [lower("face", "mouth"), lower("one"), lower("side"),
                              lower("looks", "look", "is"),
                              lower("dropping", "drooping")]  # fmt: skip
    # "Mouth is red raw"
    yield "mouth-sores", [lower("mouth", "gums", "tongue"), lower("is", "'s", "are", "feels"),
                          lower("red"), lower("raw")]  # fmt: skip
    # "my belly is sore and red where she put it" (the Zoladex; not "sore where they put the
    # port in")
    site = lower("sore", "red", "swollen", "bruised", "hard", "itchy", "lumpy")
    for where in ([lower("put", "stuck", "gave"), lower("it")], [lower("injected")]):
        yield "injection-site-reaction", [site, lower("and", op="?"),
                                          lower("sore", "red", "swollen", "bruised", "hard",
                                                "itchy", "lumpy", op="?"), lower("where"),
                                          lower("she", "they", "he", "nurse"),
                                          *where]  # fmt: skip
    # "Tummy bruised from the jabs"
    yield "injection-site-reaction", [lower("tummy", "belly", "stomach", "thigh", "bum", "arm"),
                                      lower("is", "'s", op="?"), site, lower("from"),
                                      lower("the", "my"),
                                      lower("jabs", "jab", "injections", "injection", "clexane",
                                            "fragmin", "zoladex")]  # fmt: skip
    # "Funny fluttery feeling in me chest"
    yield "palpitations", [lower("fluttery", "fluttering", "flutter", "flip-flopping"),
                           lower("feeling", "feel", op="?"), lower("in"), OWNER,
                           lower("chest")]  # fmt: skip
    # "Sad most days now"
    yield "depression", [lower("sad"), lower("most", "every"), lower("days", "day")]
    # "my calcium went high" (as "came back high")
    yield "hypercalcemia", [lower("calcium"), lower("went", "goes", "gone", "going"),
                            lower("high", "sky")]  # fmt: skip
    # "Blur vision on the left eye", "Eyes, little blurred when reading"
    yield "vision-problems", [lower("blur"), lower("vision", "eyes", "eye")]
    yield "vision-problems", [lower("eyes", "eye"), lower(","), lower("little", "bit", "a", op="*"),
                              lower("blurred", "blurry", "blur")]  # fmt: skip
    # "the pee cannot come out properly"
    yield "bladder-bowel-control", [lower("pee", "wee", "urine"), *CANT, lower("come"),
                                    lower("out")]  # fmt: skip
    # "painful in the calf" (as "pain in my calf")
    yield "calf-swelling", [lower("painful", "sore", "tender"), lower("in"),
                            lower("the", "my", "her"), lower("calf")]  # fmt: skip
    # "This is new and its scaring me" (not "the horror film is scaring me")
    yield "anxiety", [lower("and"), lower("it's", "its", "it", "that's"), lower("is", "'s", op="?"),
                      lower("scaring", "frightening", "terrifying"), lower("me")]  # fmt: skip
    # Not a symptom: "Me head's done in with the council" (fed up)
    yield NOT_A_SYMPTOM, [lower("head"), lower("'s", "is"), lower("done"), lower("in")]


def _round_seventy_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round77u and round77v (round 78): the tablets she takes at home,
    notes in the night, Burmese and Karen speakers, Manchester and Salford English; women seen
    by several teams at once, Bosnian, Serbian and Croatian speakers, Pittsburgh and
    Philadelphia English."""
    # "After she very sleepy and not talking right" (after a seizure, told by a carer in
    # English as a second language: not "then she was so sleepy she napped in the car", round
    # 78's review)
    yield "mental-status-change", [lower("after"), lower("she"), lower("very", "so", "really"),
                                   lower("sleepy", "drowsy")]  # fmt: skip
    # "Mum wouldn't wake up properly this morning" (not "He wouldn't wake up properly for
    # school", "She did not wake up properly until I opened the curtains")
    yield "mental-status-change", [lower("she", "mum", "mom", "mam", "mother"),
                                   {"NORM": {"IN": ["would", "will", "could", "can"]}},
                                   NOT, lower("wake"), lower("up", op="?"),
                                   lower("properly", "fully")]  # fmt: skip
    # "my eye blurry, I see two TV", "seeing two of everything" (not "see two people at the
    # clinic", "see two TV shows")
    yield "vision-problems", [lower("see", "seeing", "sees"), lower("two", "2"),
                              lower("tv", "tvs"),
                              lower(".", ",", "!", "and", "since", "now", "today")]  # fmt: skip
    yield "vision-problems", [lower("see", "seeing", "sees"), lower("two", "2"), lower("of"),
                              lower("everything")]  # fmt: skip
    # "Mom no poop for 5 days already" (not "No poo for the dog today")
    for days in ({"LIKE_NUM": True}, lower("days", "a", "two", "three", "four", "five", "six")):
        yield "constipation", [lower("no"), lower("poop", "poo"), lower("for", "since"), days]
    # "No dizziness, no wobbliness" (not "the wobbliness in her voice")
    yield "balance-problems", [lower("wobbliness")]
    yield NOT_A_SYMPTOM, [lower("wobbliness"), lower("in"), OWNER, lower("voice", "voices")]
    # "I was very depress" (not "it was depress and stuck", a button)
    yield "depression", [lower("i", "she", "mom", "mum"),
                         lower("was", "am", "is", "feel", "'m", op="?"),
                         lower("very", "so", "too", op="?"), lower("depress")]  # fmt: skip
    # "my calf is killing me" (one calf of hers: as "pain in my calf"; not "The new calf is
    # killing me, up every two hours to feed it")
    yield "calf-swelling", [lower("my", "me", "left", "right"), lower("calf"), lower("is", "'s"),
                            lower("killing"), lower("me")]  # fmt: skip
    yield "swelling", [lower("all"), lower("swole")]
    # "x-ray says its broke", "X-ray say that's broke" (round 79)
    for xray in ([lower("xray", "scan")], [lower("x"), lower("-", op="?"), lower("ray")]):
        yield "fracture", [*xray, lower("says", "say", "shows", "showed"),
                           lower("it's", "its", "it", "is", "'s", "that", "that's", "thats",
                                 op="*"),
                           lower("broke", "broken", "fractured", "cracked")]  # fmt: skip
    # "the place in belly is red and hard" (after the Zoladex; not "The place on my thigh is
    # swollen and hot", "The spot on her bum is red and sore", round 78's review)
    yield "injection-site-reaction", [lower("place"), lower("in"), lower("the", op="?"),
                                      lower("belly", "tummy"), lower("is", "'s"),
                                      lower("red", "sore", "hard", "bruised", "lumpy",
                                            "itchy")]  # fmt: skip
    # "Bottoms of my feet peeling" (not burning: the nerves' as often)
    yield "hand-foot-syndrome", [lower("bottoms"), lower("of"), OWNER, lower("feet"),
                                 lower("are", "is", op="?"),
                                 lower("peeling", "cracking", "blistered", "raw")]  # fmt: skip
    # "Onc nurse says hand foot from the Xeloda" (not "My right hand foot is weak", nor "hand
    # foot and mouth", a child's)
    yield "hand-foot-syndrome", [lower("hand"), lower("-", op="?"), lower("foot"),
                                 lower("from", "again")]  # fmt: skip
    # "Mum didn't know any of us this morning" (not "The new neighbours don't know any of us
    # yet")
    yield "confusion", [lower("she", "mum", "mom", "mam", "he"),
                        {"NORM": {"IN": ["do", "did", "does", "could"]}}, NOT,
                        lower("know", "recognise", "recognize"), lower("any"), lower("of"),
                        lower("us")]  # fmt: skip
    # Not symptoms: "the bone shot" (denosumab), "She said I'm a pain." (not "I am a pain very
    # bad in my back", "I'm a pain all over tonight", round 78's review)
    yield NOT_A_SYMPTOM, [lower("bone"), lower("shot", "shots", "jab", "jabs", "injection",
                          "injections", "infusion", "drip", "strengthener")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("i", "she", "he", "you"), lower("'m", "am", "'s", "is", "'re",
                          "are"), lower("a"), lower("pain"),
                          lower(".", "!", "for", "lol", "haha")]  # fmt: skip


def _round_seventy_nine() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round78w and round78x (round 79): women whose work uses the voice,
    the breath or the memory, Pashto speakers, Hawaii English and Pidgin; a shared log kept by
    relatives taking turns, Marathi and Telugu speakers, Norfolk and Suffolk English."""
    # "Fits came again today 2 times" (fits opening the sentence, or hers, and come again: not
    # "Fit started again at the leisure centre", "Fits coming along nicely for the wig", round
    # 79's review)
    came = [lower("came", "come", "comes", "started", "returned"),
            lower("again", "back", "today", "tonight", "overnight", "in")]  # fmt: skip
    yield "seizure", [{"LOWER": "fits", "IS_SENT_START": True}, *came]
    yield "seizure", [lower("her", "my", "the"), lower("fits"), *came]
    # "Heavy chest since morning, like somebody sitting on it", "tight-chested by the committal"
    yield "chest-pain", [{"LOWER": {"IN": ["heavy", "tight"]}, "IS_SENT_START": True},
                         lower("chest"),
                         lower("since", "all", "today", "tonight", "again", "this", "when",
                               "like", ",")]  # fmt: skip
    # (not "I'm heavy chested so the bra straps dig in", round 79's review)
    yield "chest-pain", [lower("tight"), lower("-", op="?"), lower("chested")]
    # "my legs started giving way" (the legs named: not "the ice started giving way")
    yield "leg-weakness", [LEGS, lower("started", "start", "starting", "began", "begin"),
                           lower("giving", "to"), lower("give", op="?"), lower("way")]  # fmt: skip
    # "Aaji is not recognising us since morning", "Aai is behaving different from 2 days" (a
    # woman named, or she: not "Face ID is not recognising me", "My hair is behaving
    # differently", "My husband is behaving different", round 79's review)
    for woman in ({"IS_TITLE": True, "LENGTH": {">=": 3},
                   "LOWER": {"NOT_IN": ["i", "he", "it", "dad", "husband"]}},
                  lower("she", "mum", "mom", "mam", "mother")):  # fmt: skip
        yield "confusion", [woman, lower("is", "was", "'s"), NOT,
                            lower("recognising", "recognizing"),
                            lower("us", "me", "anyone", "anybody", "family")]  # fmt: skip
        yield "mental-status-change", [woman, lower("is", "was", "'s"), lower("been", op="?"),
                                       lower("behaving"),
                                       lower("different", "differently", "strange", "strangely",
                                             "odd", "oddly", "weird", "weirdly")]  # fmt: skip
    # "just stiff in the mornings" (the joints of an aromatase inhibitor)
    yield "joint-pain", [lower("stiff"), lower("in"), lower("the"), lower("mornings", "morning")]
    # "Mum: and a bad knee", "my dodgy hip" (not "Dad has a bad knee", round 79's review)
    yield "joint-pain", [lower("my", "me"), lower("bad", "dodgy", "gammy"),
                         lower("knee", "knees", "hip", "hips")]  # fmt: skip
    yield "joint-pain", [lower("and"), lower("a"), lower("bad", "dodgy", "gammy"),
                         lower("knee", "hip")]  # fmt: skip
    # "rang about my calcium bein high" (hers: not "Worried about calcium being high again",
    # round 79's review)
    yield "hypercalcemia", [lower("my", "her"), lower("calcium"), lower("being", "bein"),
                            lower("a", op="?"), lower("bit", op="?"),
                            lower("high", "raised", "up")]  # fmt: skip
    # "I am repeating same questions" (not "keep asking same question": a muddle, as round 9's
    # and round 43's writers read it)
    # (told of her: not "The nurse kept repeating the same questions", "sick of repeating the
    # same things to every new doctor", round 79's review)
    yield "memory-problems", [lower("am", "is", "'m", "'s", "was"), lower("repeating"),
                              lower("the", op="?"), lower("same"),
                              lower("questions", "question", "stories")]  # fmt: skip
    yield "memory-problems", [lower("she", "mum", "mom", "mam"), lower("repeated", "repeats"),
                              lower("the", op="?"), lower("same"),
                              lower("questions", "question", "stories")]  # fmt: skip
    # "Left leg's swelled up from the knee down", "Mum's right leg is puffed up and red"
    yield "calf-swelling", [lower("left", "right"), lower("leg", "calf"),
                            lower("'s", "is", "has", "was", op="?"),
                            lower("swelled", "puffed", "blown"), lower("up")]  # fmt: skip
    # "that aches in the calf" (the calf of a leg swollen and hot)
    yield "calf-swelling", [lower("aches", "ache", "aching"), lower("in"), OWNER, SIDE,
                            lower("calf")]  # fmt: skip
    # "Heart's bin going like the clappers an' fluttering" (Norfolk "bin" for "been")
    heart = lemma("heart", "heartbeat")
    # (not "Heart's bin going steady since the new tablets", round 79's review)
    yield (
        "palpitations",
        [
            heart,
            lower("'s", "has", "have", op="?"),
            lower("bin"),
            lower("going"),
            lower("like", "fast", "funny", "mad", "crazy"),
        ],
    )
    yield "palpitations", [heart, lower("'s", "has", "have", op="?"), lower("bin"),
                           lower("racing", "pounding", "thumping", "fluttering", "banging",
                                 "hammering", "skipping", "jumping")]  # fmt: skip
    # "Balance is not good, I hold the wall when I walk"
    # (not "Balance is not good this month, can't afford the taxi", round 79's review)
    yield "balance-problems", [{"LOWER": "balance", "IS_SENT_START": True}, BE, NOT,
                               lower("good", "great", "right", "steady"),
                               lower(",", ".", "today", "since", "when", "and",
                                     "lately")]  # fmt: skip
    # "Memory is weak since chemo" (the memory: not her legs' weakness)
    yield "memory-problems", [lower("memory"), BE, lower("very", "so", "bit", "a", op="*"),
                              lower("weak", "weaker")]  # fmt: skip
    # "the panic comes at night"
    yield "anxiety", [lower("the"), lower("panic"),
                      lower("comes", "came", "starts", "started", "hits", "sets")]  # fmt: skip
    # "No hungry, I eat only little"
    yield "loss-of-appetite", [{"LOWER": "no", "IS_SENT_START": True}, lower("hungry"),
                               {"IS_PUNCT": True}]  # fmt: skip
    # "Face int droopy" (Norfolk "int" for "isn't", after a check for a stroke)
    yield "facial-numbness" + NEGATED, [lower("face"), lower("int", "ent", "aint", "ain't"),
                                        lower("droopy", "drooping", "dropped")]  # fmt: skip
    # Not symptoms: "Yesterday meeting was a big headache for everyone" (a bother; not "Mum has
    # had a headache for us all to worry about", round 79's review)
    yield NOT_A_SYMPTOM, [lower("was", "is", "'s"), lower("a"),
                          lower("big", "real", "right", "massive", "huge", "proper"),
                          lower("headache"), lower("for"),
                          lower("everyone", "everybody")]  # fmt: skip


def _round_eighty() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round79y and round79z (round 80): sex, body image, periods and the
    menopause, Tongan and Fijian voices, Highlands and Western Isles English; notes written in
    the waiting room or during an infusion, Armenian and Georgian speakers, Baltimore English."""
    # "appetite is not so good"
    yield "loss-of-appetite", [lower("appetite"), BE, NOT,
                               lower("so", "very", "too", "that", "really", op="?"),
                               lower("good", "great")]  # fmt: skip
    # "the muscles across my ribs are sore from all this coughin"
    # (from what she did: not "Muscles between my ribs are sore when I breathe", nor the
    # chest's or the back's, round 80's review)
    yield "muscle-pain", [lower("muscles", "muscle"),
                          lower("across", "in", "between", "around", "over"), OWNER,
                          lower("ribs", "shoulders"), BE, lower("sore", "aching", "achy", "tender"),
                          lower("from")]  # fmt: skip
    # "Backed up like the JFX at rush hour. Day 4." (not "Backed up my laptop", "I'm backed up
    # with paperwork", round 80's review)
    ended = lower(",", ".", "!", "again", "like", "since", "for", "and", "today", "still", "from")
    yield "constipation", [{"LOWER": "backed", "IS_SENT_START": True}, lower("up"), ended]
    yield "constipation", [lower("'m", "am", "feel", "feeling"),
                           lower("all", "so", "really", "totally", op="?"), lower("backed"),
                           lower("up"), ended]  # fmt: skip
    # "my ears feel plugged up"
    yield "hearing-changes", [lower("ears", "ear"), BE,
                              lower("plugged", "blocked", "bunged", "clogged"),
                              lower("up", op="?")]  # fmt: skip
    # "Only eyebrows still missing" (after chemotherapy)
    yield "hair-loss", [lower("eyebrows", "eyelashes", "lashes", "brows"),
                        lower("still", "all", "have", "are", op="*"),
                        lower("missing", "gone", "falling", "fallen")]  # fmt: skip
    # "my belly's red and sore where she stuck me" (the Xgeva shot)
    yield "injection-site-reaction", [lower("red", "sore", "bruised", "swollen"), lower("where"),
                                      lower("she", "they", "the"),
                                      lower("nurse", op="?"),
                                      lower("stuck", "jabbed", "injected")]  # fmt: skip
    # "her face on left side is little down when she smile"
    yield "facial-numbness", [lower("face"), lower("on", op="?"), lower("the", op="?"),
                              lower("left", "right", "one"), lower("side"), BE,
                              lower("little", "a", "bit", op="*"),
                              lower("down", "dropped", "dropping", "droopy",
                                    "drooping")]  # fmt: skip
    # "intimate life is painful now", "a bit dry and thin down there"
    # (not "Love is painful when they're far away", "Intimacy is painful for us both
    # emotionally", round 80's review)
    for intimate in ([lower("intimate"), lower("life", "time", "times", "relations")],
                     [lower("love"), lower("making")], [lower("lovemaking")]):  # fmt: skip
        yield "vaginal-dryness", [*intimate, BE, lower("painful", "sore", "uncomfortable")]
    yield "vaginal-dryness", [lower("dry"), lower("and", op="?"),
                              lower("thin", "sore", "itchy", op="?"), lower("down"),
                              lower("there", "below")]  # fmt: skip


def _round_eighty_one() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round80a and round80b (round 81): what she managed to eat and to
    cook, Sudanese Arabic speakers, Cumbrian English; an entry corrected later the same day,
    Maltese speakers, Black Country English."""
    # "my breath it is short when I stand", "Can't git me breath", "Cor get me breath"
    # (hers: not "Took a deep breath it was short and sweet", round 81's review)
    yield "shortness-of-breath", [lower("my", "her", "me"), lower("breath"), lower("it"), BE,
                                  lower("very", "so", op="?"),
                                  lower("short", "shorter")]  # fmt: skip
    yield "shortness-of-breath", [*CANT, lower("git", "get", "catch"), lower("me", "my"),
                                  lower("breath")]  # fmt: skip
    # Black Country "cor" for "can't": "Cor get me breath", "Cor feel me feet", "Cor walk
    # straight", "cor hardly wake er" (only in these: "Cor" is also an exclamation, "Cor any
    # more of this back pain and I'll scream", round 81's review)
    yield "shortness-of-breath", [lower("cor"), lower("get", "git", "catch"), lower("me", "my"),
                                  lower("breath")]  # fmt: skip
    yield "neuropathy", [lower("cor"), lower("feel"), lower("me", "my"),
                         lower("feet", "fingers", "toes", "hands")]  # fmt: skip
    yield "balance-problems", [lower("cor"), lower("walk"), lower("straight")]
    yield "mental-status-change", [lower("cor"), lower("hardly"), lower("wake", "rouse")]
    # "Puffin an pantin like a steam train"
    yield "shortness-of-breath", [lower("puffing", "puffin"), lower("and", "an", "&"),
                                  lower("panting", "pantin")]  # fmt: skip
    # "couldn't keep her eyes open even for her tea" (told of her)
    yield "mental-status-change", [*CANT, lower("keep"), lower("her"), lower("eyes"),
                                   lower("open")]  # fmt: skip
    # "my knees and knuckles, stiff and sore first thing"
    joints = lower("knees", "knuckles", "wrists", "hips", "fingers", "elbows", "shoulders",
                   "ankles")  # fmt: skip
    yield "joint-pain", [joints, lower("and"), joints, lower(",", op="?"),
                         lower("stiff", "sore", "aching", "achy", "swollen")]  # fmt: skip
    # "I know it's nerves" (her own word: not "the nurse thinks it's nerves" beside "Anxious")
    yield "anxiety", [lower("know"), lower("it"), lower("'s", "is"),
                      lower("just", "only", "my", op="?"), lower("nerves")]  # fmt: skip
    # "Nerves am shot" (Black Country "am" for "are")
    yield "anxiety", [lower("nerves"), lower("am", "are", "'re", "were"),
                      lower("shot", "frayed", "shattered", "jangling")]  # fmt: skip
    # "Feeling edgy all day"
    yield "anxiety", [lower("feeling", "feel", "felt", "feelin"), lower("a", op="?"),
                      lower("bit", op="?"), lower("edgy")]  # fmt: skip
    # "where they did it on my belly is red and sore" (the Zoladex jab)
    yield "injection-site-reaction", [lower("where"), lower("they", "she", "the"),
                                      lower("nurse", op="?"), lower("did", "put", "gave"),
                                      lower("it", "the"), lower("jab", "injection", op="?"),
                                      lower("on", "in"), OWNER,
                                      lower("belly", "tummy", "stomach", "arm", "thigh",
                                            "bum"),
                                      BE,
                                      lower("red", "sore", "bruised", "swollen",
                                            "hard")]  # fmt: skip
    # "Sleepin nowt", "Day sleep a wink" (Black Country "day" for "didn't")
    # (not "Slept nothing short of ten hours", round 81's review)
    yield "difficulty-sleeping", [lower("sleeping", "sleepin"), lower("nowt", "nout", "nothing")]
    yield "difficulty-sleeping", [lower("day"), lower("sleep"), lower("a"), lower("wink")]
    # "I wake up three, four times in the night"
    yield "difficulty-sleeping", [lower("wake", "waking", "woke"), lower("up", op="?"),
                                  {"LOWER": {"IN": ["two", "three", "four", "five", "six", "2",
                                                    "3", "4", "5", "6", ",", "or", "-"]},
                                   "OP": "{1,4}"},
                                  lower("times"), lower("in", "a", "every"), lower("the", op="?"),
                                  lower("night")]  # fmt: skip
    # "threw it back up within the hour"
    # (not "Threw it back up the garden for the dog", round 81's review)
    yield "vomiting", [lower("threw", "throw", "throwing", "brought", "bring"),
                       lower("it", "them", "everything"), lower("back"), lower("up"),
                       lower("within", "straight", "again", "after", "in", "all", "and", ",",
                             ".", "!")]  # fmt: skip
    # "the skitters" (Cumbrian diarrhoea)
    # (hers: not "The whole class has got the skitters this week")
    yield "diarrhea", [lower("wi", "with"), lower("the"), lower("skitters")]
    yield "diarrhea", [lower("'ve", "i"), lower("got"), lower("the"), lower("skitters")]
    # "not bin sick" (Cumbrian "bin" for "been")
    yield "vomiting" + NEGATED, [NOT, lower("bin"), lower("sick")]
    # "My heart is heavy" (sadness)
    yield "depression", [lower("my"), lower("heart"), BE, lower("so", "very", op="?"),
                         lower("heavy"), lower(".", "!", ",", "today", "now")]  # fmt: skip
    # "I walk like I will fall"
    yield "balance-problems", [lower("walk", "walking"), lower("like"), lower("i"),
                               lower("will", "'ll", "am", "'m"), lower("going", op="?"),
                               lower("to", op="?"), lower("fall")]  # fmt: skip
    # "Her mouth on one side is down little bit"
    yield "facial-numbness", [lower("mouth", "smile"), lower("on"), lower("the", op="?"),
                              lower("left", "right", "one"), lower("side"), BE,
                              lower("little", "a", "bit", op="*"),
                              lower("down", "dropped", "dropping", "droopy",
                                    "drooping")]  # fmt: skip
    # "She speaks slow and some words she cannot find"
    # (not "I speak slow English, sorry for the spelling", "She speaks very slowly the new
    # nurse", round 81's review)
    yield "speech-problems", [lower("she", "mum", "mom"), lower("speaks", "talks"),
                              lower("very", "so", op="?"), lower("slow", "slowly"),
                              lower("and", ",", ".", "today", "now", "since")]  # fmt: skip
    # "numb feeling in both legs"
    yield "leg-weakness", [lower("numb", "heavy", "dead"), lower("feeling"), lower("in"),
                           lower("both", "my", "her"), LEGS]  # fmt: skip
    # "Been loose since the new tablets"
    # (not "My trousers have been loose since the chemo", "Been loose with the diet", round
    # 81's review)
    yield "diarrhea", [{"LOWER": "been", "IS_SENT_START": True}, lower("loose"),
                       lower("since", "all", "for", "again", "today", "this", ",",
                             ".")]  # fmt: skip
    yield "diarrhea", [lower("bowels"), lower("have", op="?"), lower("been"), lower("loose")]
    # "Low-ish mood"
    yield "depression", [lower("low"), lower("-", op="?"), lower("ish"), lower("mood")]
    # "the legs swell" (what to come in for)
    yield "swelling", [lower("the", "my", "her"), lower("legs", "ankles"), lower("swell")]
    # "The doctor say the bone in my back is broken from the cancer"
    yield "fracture", [lower("bone", "bones"), lower("in"), OWNER,
                       lower("back", "spine", "hip", "leg", "arm", "neck", "pelvis"), BE,
                       lower("broken", "fractured", "cracked")]  # fmt: skip
    # Not symptoms: "Don't forget the birthday card", "the piping was a bit wobbly", "the cake
    # had collapsed", "The kitchen tap coughs and splutters", "I'm on fever watch"
    remind = [lower("forget"), lower("the", "to", "my", "your"), {"IS_ALPHA": True}]
    yield NOT_A_SYMPTOM, [{"LOWER": "do", "IS_SENT_START": True}, NOT, *remind]
    yield NOT_A_SYMPTOM, [{"LOWER": "dont", "IS_SENT_START": True}, *remind]
    # (said with "the" or "my", and ending there: not "Had to hold onto the table was a bit
    # wobbly on my feet", "Mum was icing the cake collapsed on the kitchen floor", round 81's
    # review)
    yield NOT_A_SYMPTOM, [{"LOWER": {"IN": ["the", "my", "that"]}, "IS_SENT_START": True},
                          lower("piping", "icing", "table", "chair", "shelf"), BE,
                          lower("a", op="?"), lower("bit", op="?"), lower("wobbly"),
                          lower(",", ".", "!", "lol", "again", "on")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("so", "but"), lower("the"), lower("piping", "icing"), BE,
                          lower("a", op="?"), lower("bit", op="?"), lower("wobbly")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("the"), lower("cake", "sponge", "souffle"),
                          lower("had", "has"), lower("collapsed")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("tap", "engine", "car", "boiler", "kettle", "pipes"),
                          lower("coughs", "coughing", "coughed")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("on"), lower("fever", "temperature", "temp"),
                          lower("watch", "alert")]  # fmt: skip


def _round_eighty_two() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round81c and round81d (round 82): waiting for a scan result, Puerto
    Rican and Dominican Spanish speakers, Teesside English; women who try to keep moving,
    Bulgarian and Latvian speakers, Guyanese English."""
    # "my legs were giving way under me", "her legs have been giving way for a few days"
    # (hers: not "The deckchair legs were giving way", "the ice under my feet gave way",
    # round 82's review)
    hers = lower("my", "her", "me", "meh", "both")
    yield "leg-weakness", [hers, LEGS,
                           lower("were", "are", "have", "had", "was", "'ve", "been", op="{1,2}"),
                           lower("just", "suddenly", op="?"), lower("giving", "gave"),
                           lower("way", "out")]  # fmt: skip
    # "my legs just go away under me"; Guyanese "meh right foot jus give way" (the foot is the
    # leg)
    yield "leg-weakness", [hers, LEGS, lower("just", "jus", op="?"),
                           lower("go", "went", "going"),
                           lower("away", op="?"), lower("under", "from"),
                           lower("me", "her")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("under", "beneath"), hers, lower("foot", "feet"),
                          lemma("give", "gave"), lower("way")]  # fmt: skip
    yield "leg-weakness", [hers, lower("right", "left", op="?"), lower("foot", "feet"),
                           lower("just", "jus", op="?"),
                           lemma("give", "gave"), lower("way")]  # fmt: skip
    # "in agony with her back"
    yield "back-pain", [lower("agony"), lower("with"), OWNER, lower("back")]
    # (a pain, not the back's: "in agony with my back tooth", "my back passage", round 82's
    # review)
    yield "pain", [lower("agony"), lower("with"), OWNER, lower("back"),
                   lower("tooth", "teeth", "passage", "garden")]  # fmt: skip
    # "my face is falling on one side", "de left side she face drop down"
    yield "facial-numbness", [lower("face", "mouth", "smile"), BE,
                              lower("falling", "dropping", "drooping"), lower("down", op="?"),
                              lower("on"), lower("one", "the", "left", "right"),
                              lower("side")]  # fmt: skip
    yield "facial-numbness", [lower("side"), lower("she", "her", "me", "my"),
                              lower("face", "mouth"), lower("drop", "dropping", "dropped",
                              "droop"), lower("down", op="?")]  # fmt: skip
    # "she words slur"
    yield "speech-problems", [lower("she", "her", "me", "my"), lower("words"),
                              lower("slur", "slurring", "slurred")]  # fmt: skip
    # Guyanese "nah myself" (not herself)
    # (after who: not "nah myself and the kids are fine", "Did someone drive you? nah myself",
    # round 82's review)
    yield "mental-status-change", [lower(",", "me", "she", "ah", "i", "feel", "feeling", "is",
                                         "was"), lower("nah"),
                                   lower("myself", "herself")]  # fmt: skip
    # "a bit of trouble starting when I went for a wee", "can't quite feel when I need to go"
    yield "bladder-bowel-control", [lower("trouble", "difficulty", "problems"), lower("starting"),
                                    lower("when"), lower("i", "she"),
                                    lower("went", "go", "goes", "go"), lower("for"), lower("a"),
                                    lower("wee", "pee"),
                                    lower(".", ",", "!", "and", "today", "this", "last",
                                          "yesterday")]  # fmt: skip
    yield "bladder-bowel-control", [*CANT, lower("quite", op="?"), lower("feel"), lower("when"),
                                    lower("i", "she"), lower("need", "needs"), lower("to"),
                                    lower("go"),
                                    lower(".", ",", "!", "and", "anymore", "properly",
                                          "either")]  # fmt: skip
    # "both calves sore from the exercises" (the muscles: the same on both sides)
    # (from exercise: not "both calves are sore from the flight and a bit swollen", round 82's
    # review)
    yield "muscle-pain", [lower("both"), lower("calves"), BE,
                          lower("sore", "aching", "achy", "stiff"), lower("from"),
                          lower("the", "my", op="?"),
                          lower("exercises", "exercise", "walk", "walking", "class", "gym",
                                "physio", "rehab", "training", "running", "stretches",
                                "workout")]  # fmt: skip
    # "The injection in my arm got a little red and sore", "The shot in my belly from
    # yesterday is bruised and sore"
    yield "injection-site-reaction", [lower("injection", "jab", "shot"), lower("in", "on"),
                                      OWNER, lower("arm", "belly", "tummy", "thigh", "stomach"),
                                      gap(2), lower("got", "is", "was", "went", "'s"),
                                      lower("a", op="?"), lower("little", "bit", op="*"),
                                      lower("red", "sore", "bruised", "swollen",
                                            "hard")]  # fmt: skip
    # "my tongue burns"
    yield "mouth-sores", [lower("my", "her"), lower("tongue"),
                          lower("burns", "burning", "stings", "stinging"),
                          lower(".", ",", "!", "and", "since", "all")]  # fmt: skip
    # "I've been that low I havent wanted to get out of bed"
    # (hers: not "My platelets have been that low", "I'm that low on paracetamol", round 82's
    # review)
    yield NOT_A_SYMPTOM, [lower("i", "she", "mum"), lower("'m", "am", "is", "'s"),
                          lower("that", "so"), lower("low"), lower("on")]  # fmt: skip
    yield "depression", [lower("i", "she", "mum"), lower("'ve", "'s", "has", "have", op="?"),
                         lower("been", "'m", "am", "feel", "feeling", "was", "is"),
                         lower("that"), lower("low")]  # fmt: skip
    # "I feel I'm going to pass out"
    yield "palpitations", [lower("feel", "felt", "feeling"), lower("i", "like", op="?"),
                           lower("'m", "am", "was", op="?"), lower("going", "gonna"),
                           lower("to", op="?"), lower("pass"), lower("out")]  # fmt: skip


def _round_eighty_three() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round82e and round82f (round 83): before or after a procedure,
    Colombian and Venezuelan speakers, Chicago English; good things listed beside the bad,
    Orthodox Jewish English, Xhosa speakers."""
    # "For now nothing hurts, thanks God." (the sentence ends: not "Nothing hurts, thank God,
    # apart from my chest when I cough", round 83's review)
    yield "pain" + NEGATED, [lower("nothing"), lower("hurts", "aches"), lower(","),
                             lower("thank", "thanks"), lower("god", "goodness", "heavens"),
                             lower(".", "!")]  # fmt: skip
    # "the hair is falling a lot" (not "falling back into place")
    yield "hair-loss", [lower("the"), lower("hair"), lower("is", "'s", "keeps"), lower("falling"),
                        lower("out", "a", "so", "in", "everywhere", "off")]  # fmt: skip
    # "The steroids have her blood sugars up" (not "a biscuit to keep my blood sugar up", "get
    # her blood sugar up with juice", round 83's review)
    # (nor "could push my blood sugar up", round 51's review set)
    yield "high-blood-sugar", [lower("have", "has", "had"), lower("my", "her"), lower("blood"),
                               lower("sugar", "sugars"), lower("up")]  # fmt: skip
    # "I feel without strength in all the body" (Spanish "sin fuerza")
    yield "weakness", [lemma("feel"), lower("without"), lower("strength", "force")]
    # "the bleeding from the lungs has stopped" (not "They checked for bleeding from the lungs")
    yield "coughing-up-blood", [lower("the", "my", "her"), lower("bleeding"), lower("from"),
                                lower("the", "my", "her"), lemma("lung")]  # fmt: skip
    # "the seizure meds seem to be working": a medicine, not a fit (not "Had a seizure meds
    # arent working", round 83's review)
    yield NOT_A_SYMPTOM, [lower("the", "my", "her", "his", "new", "anti"),
                          lower("seizure", "fit", "epilepsy"),
                          lower("meds", "medication", "medications", "medicine", "tablets",
                                "pills", "drugs")]  # fmt: skip
    # "she is not seeing properly on the left side" (hers: not "The doctors are not seeing
    # clearly what is going on")
    yield "vision-problems", [lower("i", "she"), lower("am", "is", "'m", "'s"), lower("not"),
                              lower("seeing"), lower("properly", "clearly", "right",
                                                     "straight")]  # fmt: skip
    # "nerve pain in both feet all night"
    yield "neuropathy", [lower("nerve"), lower("pain", "pains"), lower("in"),
                         lower("both", "my", "her", "the", op="{0,2}"),
                         lemma("foot", "hand", "toe", "finger")]  # fmt: skip
    # "Brain radiation follow up: no changes in hearing" (not "changes in my hearing aid")
    yield "hearing-changes" + NEGATED, [lower("no"), lower("change", "changes"), lower("in"),
                                        lower("my", "her", op="?"), lower("hearing")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("no"), lower("change", "changes"), lower("in"),
                          lower("my", "her", op="?"), lower("hearing"),
                          lower("aid", "aids", "test", "tests")]  # fmt: skip
    # "my heels are cracked and peeling"
    yield "hand-foot-syndrome", [lower("my", "her"), lemma("heel"), lower("are", "is"),
                                 lower("cracked", "red", "raw"), lower("and"),
                                 lower("peeling", "blistery", "blistered")]  # fmt: skip
    # "She says the drain site stings a little" (a drain's or a biopsy's site: not an injection's)
    yield "pain", [lower("drain", "tube", "biopsy", "incision"), lower("site", "spot"),
                   lower("is", op="?"), lower("stings", "stinging", "sore", "hurts", "aching",
                                              "tender")]  # fmt: skip
    # "I am afraid the bone is broken" (not "I don't think the bone is broken")
    yield FRACTURE_DOUBTED, [lower("afraid", "scared", "worried"), lower("the", "my", "her"),
                             lower("bone", "hip", "wrist", "arm", "leg", "rib", "ankle"),
                             lower("is", "'s"),
                             lower("broken", "fractured", "cracked")]  # fmt: skip
    # "bloods good, calcium normal now.", "Calcium back to normal." (the sentence ends: not
    # "Calcium normal range is 2.2 to 2.6", "Calcium was normal on Monday, today ... high",
    # "Calcium back to normal? No", round 83's review)
    yield "hypercalcemia" + NEGATED, [lower("calcium"), lower("is", "'s", op="?"),
                                      lower("back", op="?"), lower("to", op="?"), lower("normal"),
                                      lower("now", op="?"), lower(".", "!")]  # fmt: skip
    yield NOT_A_SYMPTOM, [lower("hoping", "hope", "hopefully"), lower("the", "my", "her", op="?"),
                          lower("calcium"), lower("is", "'s", op="?"), lower("back", op="?"),
                          lower("to", op="?"), lower("normal")]  # fmt: skip


def _round_eighty_four() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round83g and round83h (round 84): a stay in hospital, Congolese
    Lingala and French speakers, Barbadian English; the weather or the season blamed, Kazakh and
    Uzbek speakers, Gullah Geechee English."""
    # French "faire pipi": "I cannot make pipi, they put a tube" (the clause ends: not "cannot
    # make pipi without it burning", round 84's review)
    yield "bladder-bowel-control", [*CANT, lower("make", "do"), lower("pipi"),
                                    {"IS_PUNCT": True}]  # fmt: skip
    # Gullah "She ain she self today"; "Hard fuh wake she" (not "hard for wake up early",
    # "Hard for wake him, the grandson")
    yield "mental-status-change", [lower("ain"), lower("she"), lower("self")]
    yield "mental-status-change", [lower("hard"), lower("fuh", "for"), lower("wake", "rouse"),
                                   lower("she", "her")]  # fmt: skip
    # Gullah "uh had one smotherin spell"
    yield "shortness-of-breath", [lower("smothering", "smotherin"), lower("spell", "spells")]
    # Gullah "Mah hair done fall out"
    yield "hair-loss", [lower("hair"), lower("done", "did"), lower("fall", "drop"), lower("out")]
    # Barbadian "Muh left leg swell up bad an hot to touch" (not "My leg swelled up after the
    # wasp sting")
    yield "calf-swelling", [lower("my", "her"), lower("left", "right", op="?"), lower("leg"),
                            lower("swell"), lower("up")]  # fmt: skip
    # French "les doigts endormis": "My fingers they are sleeping, like ants walking"
    yield "neuropathy", [lemma("finger", "toe"), lower("they", op="?"), lower("are"),
                         lower("sleeping", "asleep")]  # fmt: skip
    # French "la tete qui tourne": "My head it is turning when I walk" (not "Her head is turning
    # to the left by itself")
    yield "dizziness", [lower("my", "her"), lower("head"), lower("it"), lower("is"),
                        lower("turning")]  # fmt: skip
    # "I lose weight too much", "I lose weight every week" (not "When I lose weight my sugar
    # goes down", "I lose weight in the summer always")
    yield "weight-loss", [lower("i", "she"), lower("lose", "loses"), lower("weight"),
                          lower("too", "every", "so", "fast")]  # fmt: skip
    # "the calcium in my blood is high" (not "was high but now it's normal", "in the blood")
    yield "hypercalcemia", [lower("calcium"), lower("in"), lower("my"), lower("blood"),
                            lower("is"), lower("high")]  # fmt: skip
    # "Also I hear bad when grandson speak quiet", "I hear worse when many people talk" (round
    # 85; not "I hear bad news")
    yield "hearing-changes", [lower("i", "she"), lower("hear", "hears"),
                              lower("bad", "badly", "worse"),
                              lower("when", "in", "on", "with", "since", "now", ".",
                                    ",")]  # fmt: skip
    # "I cry every day, I feel hopeless" (the clause ends: not "I cry every day laughing")
    yield "depression", [lower("i", "she"), lower("cry", "cries"), lower("every"),
                         lower("day", "night"), {"IS_PUNCT": True}]  # fmt: skip
    # "I am afraid too much." (French "j'ai trop peur"; not "I'm afraid too much sugar is bad")
    yield "anxiety", [lower("i"), lower("am", "'m"), lower("afraid", "scared"), lower("too"),
                      lower("much"), {"IS_PUNCT": True}]  # fmt: skip
    # "painful and blue where she put the needle": a bruise's colour (not "My left leg is
    # swollen and blue from the knee down")
    yield NOT_A_SYMPTOM, [lower("and"), lower("blue"), lower("where")]
    # "My daughter would have a fit if she saw the state of this bathroom" (not "Last night
    # she would have a fit every hour")
    yield NOT_A_SYMPTOM, [lower("would", "'d"), lower("have"), lower("a"), lower("fit"),
                          lower("if")]  # fmt: skip
    # "Doctor start me pun de seizure tablets jus in case" (a medicine; not "She had de
    # seizure medication didn't stop it", "She been on de seizure meds but she fit again")
    yield NOT_A_SYMPTOM, [lower("pun", "start", "started"), lower("de", "di"),
                          lower("seizure", "fit", "epilepsy"),
                          lower("meds", "medication", "medicine", "tablets", "pills")]  # fmt: skip
    # "Since two days she has strong pain in the neck, she cannot turn head" (not "a terrible
    # pain in the neck", the idiom)
    yield "back-pain", [lower("has", "have", "having", "had"),
                        lower("strong", "severe", "bad", "terrible", "awful"), lower("pain"),
                        lower("in"), lower("the", "her", "my"), lower("neck")]  # fmt: skip


def _round_eighty_five() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round84i and round84j (round 85): grandmothers raising their
    grandchildren, Ghanaian Twi and Ga speakers, Belizean Kriol English; pain medicines and what
    they do, Slovak and Slovene speakers, Cape Breton and Nova Scotia English."""
    # Belizean Kriol, "di" before a verb (it goes on): "Mi words di slur lil bit", "Mi ear di
    # ring ring all day"; "Mi get one fit dis afternoon"
    yield "speech-problems", [lower("words"), lower("di", "the"), lower("slur", "slurring")]
    yield "hearing-changes", [lemma("ear"), lower("di", "the"), lower("ring"),
                              lower("ring", "all")]  # fmt: skip
    yield "seizure", [lower("mi", "i", "she"), lower("get", "got", "had"), lower("one"),
                      lower("fit")]  # fmt: skip
    # (not "Mi fraid mi get one fit again", feared)
    yield NOT_A_SYMPTOM, [lower("fraid", "scared", "afraid"), lower("mi", "i", "she"),
                          lower("get", "got"), lower("one"), lower("fit")]  # fmt: skip
    # "Mi fraid." (not "I'm fraid the chest pain is back", a regret)
    yield "anxiety", [lower("mi"), lower("fraid")]
    # Twi "My eyes are turning since morning, I had to hold the stall" (not "turning red")
    yield "dizziness", [lower("my", "her"), lower("eyes"), lower("are", "were"), lower("turning"),
                        lower("since", "when", ",", ".")]  # fmt: skip
    # "My speech was scattered this morning" (hers: not "The best man's speech was scattered
    # with jokes")
    yield "speech-problems", [lower("my", "her"), lower("speech"), lower("was", "is"),
                              lower("scattered")]  # fmt: skip
    # "Chemo head, my daughter says"; "chemo feet as we call it in the group" (not "my chemo
    # head scarf", "chemo feet peeling and red")
    yield "memory-problems", [{"LOWER": "chemo", "IS_SENT_START": True}, lower("head"),
                              lower(",", ".")]  # fmt: skip
    yield "neuropathy", [lower("chemo"), lower("feet"), lower("as", ",", ".")]
    # "my body has no strength and my legs cannot hold me"
    yield "weakness", [lower("body"), lower("has"), lower("no"), lower("strength")]
    # "No blood in the cough today"
    yield "coughing-up-blood", [lower("blood"), lower("in"), lower("the", "my", op="?"),
                                lower("cough")]  # fmt: skip
    # "Also hot waves at night, sweat everywhere" (Slovak "navaly tepla")
    yield "hot-flashes", [lower("hot"), lower("waves"), lower("again", ",", ".", "all", "every",
                                                        "night")]  # fmt: skip
    yield "hot-flashes", [lower("hot"), lower("waves"), lower("at"), lower("night")]
    # "her pain's in the ribs and the right hip mostly"
    # (the list goes on: not "The pain is in the ribs where they said the crack is")
    yield "bone-pain", [lower("pain"), lower("'s", "is"), lower("in"), lower("the", "her", "my"),
                        lower("ribs"), lower("and", ",", ".")]  # fmt: skip
    # "Hacked half the night"
    yield "cough", [lower("hacked", "hacking"), lower("half", "all"), lower("the"),
                    lower("night")]  # fmt: skip
    # "Can't shake the blues this week"
    yield "depression", [lower("shake"), lower("the"), lower("blues")]
    yield "depression", [lower("got", "have", "had"), lower("the"), lower("blues"),
                         lower("again", "today", "this", ",", ".")]  # fmt: skip
    # Cape Breton "I'm right wore out"
    # (hers: not "the tyres are right wore out")
    yield "fatigue", [lower("'m", "am"), lower("right", "real", "plumb", "so", op="?"),
                      lower("wore"), lower("out")]  # fmt: skip
    # "left side of mouth is hanging"
    yield "facial-numbness", [lower("side"), lower("of"), lower("her", "my", "the", op="?"),
                              lower("mouth", "face"), lower("is"), lower("hanging")]  # fmt: skip
    # "small bruises and red spots where I inject, it burns"
    # (what is there: not "the nurse showed me where I inject")
    yield "injection-site-reaction", [lower("spots", "bruises", "bruise", "red", "sore", "lumps",
                                            "lump", "swollen", "itchy"),
                                      lower("where"), lower("i", "she"),
                                      lower("inject", "injected")]  # fmt: skip
    # "I must sit on edge of bed whole night" (no nerves)
    yield NOT_A_SYMPTOM, [lower("sit", "sat", "sitting"), lower("on"), lower("the", op="?"),
                          lower("edge"), lower("of")]  # fmt: skip


def _round_eighty_six() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round85k and round85l (round 86): pets and the people who keep
    them, Tibetan and Mongolian speakers, Chicano English; money and paperwork, Eritrean and
    Oromo speakers, Cuban-American English. Each is hers ("I", "she", "my") and ends where her
    words do: a pet, a child or a thing that fits, holds or breathes the same way is not."""
    # "This morning when I cough, blood come out, red"
    yield "coughing-up-blood", [lower("when"), lower("i", "she"), lemma("cough"),
                                lower(",", op="?"), lower("blood"), lemma("come"),
                                lower("out", "up")]  # fmt: skip
    # "My wife Yordanos have fit this morning", "I had fit last night" (no article, and a time
    # of day after it: not "I have fit this new wig myself", "The only jeans I have fit", "I
    # had fit last week's appointment in", "The new bra I had fit this morning", "My mom has
    # fit, healthy")
    who = lower("i", "she", "mum", "mom", "mother", "wife")
    last_night = [lower("last"), lower("night")]
    for when in ([lower("this"), lower("morning", "afternoon", "evening")], last_night,
                 [lower("tonight")]):  # fmt: skip
        yield "seizure", [who, lower("have", "has"), lower("fit"), *when]
        yield "seizure", [lower("wife", "mother", "mum", "mom"), {"IS_TITLE": True},
                          lower("have", "has"), lower("fit"), *when]  # fmt: skip
    yield "seizure", [who, lower("had"), lower("fit"), *last_night]
    # "She cannot hold the toilet since yesterday night", "if I cannot control the toilet, go
    # emergency" (the toilet ends it: not "I can't hold the toilet rail", "the toilet flush
    # handle", "she can't hold the toilet yet", a child)
    yield "bladder-bowel-control", [lower("i", "she"), *CANT, lemma("hold", "control"),
                                    lower("the", "my"), lower("toilet", "loo"),
                                    lower(".", ",", "!", "since", "and", "anymore", "any",
                                          "now", "today", "tonight", "at", "in")]  # fmt: skip
    # "I must rest on every floor, my breath is finish" (hers: not the dog's, after a walk)
    yield "shortness-of-breath", [lower("my"), lower("breath"), lower("is", "was", op="?"),
                                  lower("finish", "finished")]  # fmt: skip
    # "no cough, no problem breathing" (not "my bad breath problem", a smell)
    yield "shortness-of-breath", [lower("problem", "problems", "trouble"), lower("breathing")]
    # "Her words is slow and not clear" (not "her words were slow and kind")
    yield "speech-problems", [lower("her", "my"), lower("words", "speech", "talking"),
                              lower("is", "are", "was", "were"), lower("slow", op="?"),
                              lower("and", op="?"), lower("not"), lower("clear")]  # fmt: skip
    # "the right side of her mouth is down little" (a side, and how far: not "the side of my
    # mouth is down in the wedding photo", "the right side of my face was down on the pillow")
    yield "facial-numbness", [lower("right", "left"), lower("side"), lower("of"),
                              lower("her", "my", "the", op="?"), lower("mouth", "face", "lip"),
                              lower("is", "was"), lower("down", "dropped", "drooped", "drooping"),
                              lower("little", "a", "bit", "since", "today", "now", "and",
                                    "more")]  # fmt: skip
    # "when I breathe in it is pain." (not "When I breathe in, it hurts my nose", "it is sore in
    # my throat": a place named after it)
    yield "chest-pain", [lower("when"), lower("i"), lemma("breathe"), lower("in", op="?"),
                         lower(",", op="?"), lower("it"), lower("is", "'s", op="?"),
                         lower("pain", "painful", "hurts", "hurt", "sore"),
                         lower(".", "!", "and", "very", "a", "when", "since", "every", "all",
                               "today")]  # fmt: skip
    # "the hair is falling much" (not "The hair is falling back into place")
    yield "hair-loss", [lower("the", "my"), lower("hair"), lower("is", "keeps"), lower("falling"),
                        lower("much", "out", "so", "a", "in", "everywhere", ".", ",",
                              "!")]  # fmt: skip
    # "Arms feel like no power" (legs are leg weakness; not "Storm last night, no power")
    yield "weakness", [lower("arms", "arm", "body", "hands"), lower("feel", "feels", "is", "are"),
                       lower("like", op="?"), lower("no"), lower("power")]  # fmt: skip
    # "I eat only little, no hungry" (not "The cat no hungry")
    yield "loss-of-appetite", [lower(","), lower("no"), lower("hungry")]
    # "I wake up 3 o'clock every night" (hers: not the baby's or the dog's, nor "I wake up at 3
    # every night to feed the baby"; not "waking at 4 every night", which writers take as the
    # "not sleeping well" beside it)
    waking = [
        lower("i"),
        lemma("wake"),
        lower("up"),
        lower("at", op="?"),
        {"LIKE_NUM": True},
        lower("o'clock", "oclock", "am", op="?"),
        lower("every"),
        lower("night"),
    ]
    yield "difficulty-sleeping", waking
    yield NOT_A_SYMPTOM, [*waking, lower("to")]
    # the film: "Saturday Night Fever was on TV" (not "Saturday night fever and chills", nor a
    # note typed in capitals: "Saturday Night Fever Again And Chills")
    yield NOT_A_SYMPTOM, [{"ORTH": "Saturday"}, {"ORTH": "Night"}, {"ORTH": "Fever"},
                          lower("was", "is", "on", "film", "soundtrack")]  # fmt: skip


def _round_eighty_seven() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round86m and round86n (round 87): notes after a phone or video
    consultation, Estonian and Finnish speakers, Ozark and Arkansas English; a birthday, an
    anniversary or a family celebration, Sindhi and Balochi speakers, New Zealand and Maori
    English. Each is hers or the woman cared for, in the words around it in the notes."""
    # "Mama was actin real strange on the phone", "Kuia was acting real strange at the hākari"
    # (a woman: not "The dog's been acting real strange", "my phone is acting super weird")
    yield "mental-status-change", [lower("mum", "mom", "mama", "mam", "mother", "she", "kuia",
                                         "nan", "nana", "gran", "granny", "grandma", "wife"),
                                   lower("was", "is", "'s", "has"), lower("been", op="?"),
                                   lower("acting", "actin", "actin'"),
                                   lower("real", "really", "proper", "right", "so"),
                                   lower("strange", "weird", "odd")]  # fmt: skip
    # Ozark "I been smotherin of a night" (breathless at night; not "Mum has been smothering,
    # fussing round me", "smothering every bit of toast in butter")
    yield "shortness-of-breath", [lower("smotherin", "smothering"), lower("of"), lower("a"),
                                  lower("night")]  # fmt: skip
    # "Today breath is worse." (a day's word and the sentence's end: not "Shortness of breath
    # is worse", a longer name, nor "Breath is worse in the mornings, mouthwash isn't helping",
    # "My dog's breath is worse", a smell)
    yield "shortness-of-breath", [lower("today", "now", "tonight"), lower("breath", "breathing"),
                                  lower("is", "'s", "getting", "got"), lower("worse"),
                                  lower(".", "!")]  # fmt: skip
    # "Also I feel down all the time" (hers: not "she feels down lately, my sister I mean")
    yield "depression", [lower("i"), lower("feel", "felt"), lower("down"), lower("all")]
    # South Asian English "Four days no motion." (no stool; not "no motion sickness", "2 days no
    # motion in my legs")
    yield "constipation", [lower("days", "day"), lower("no"), lower("motion", "motions"),
                           lower(".", ",", "!", "and", "since", "yet")]  # fmt: skip
    # Ozark "I said stopped up since Sunday" (her bowels; not "my nose is stopped up", "Doctor
    # said stopped up bowels can cause confusion")
    yield "constipation", [lower("i"), lower("said"), lower("stopped", "stopt"), lower("up")]
    yield "constipation", [lower("'m", "am", "im", "i'm"), lower("stopped", "stopt"), lower("up")]
    # "did not know my own house." (confused; not "didn't know my own house was worth that
    # much", "I don't know my own kitchen this week, husband's been cooking")
    yield "confusion", [lower("did"), NOT, lemma("know", "recognise", "recognize"),
                        lower("my", "her"), lower("own"),
                        lower("house", "home", "room", "bed", "kitchen"),
                        lower(".", ",", "!", "and", "for", "when", "today", "again")]  # fmt: skip
    # "Muscle pain in shoulders yesterday" (the muscles', not a joint's; not the neck or the
    # back, which are the back's)
    yield "muscle-pain", [lower("muscle"), lower("pain", "pains", "ache", "aches"), lower("in"),
                          lower("my", "her", "the", "both", op="?"),
                          lemma("shoulder", "arm", "leg", "thigh", "calf")]  # fmt: skip
    # "I am drinking water all time" (very thirsty)
    yield "high-blood-sugar", [lower("drinking"), lower("water"), lower("all"),
                               lower("the", op="?"), lower("time", "day")]  # fmt: skip
    # "my hips were aching" (a joint's, as "my hips ache" is)
    yield "joint-pain", [lower("my", "her"), lemma("hip", "knee", "wrist", "elbow", "ankle"),
                         lower("were", "are", "have", "been", op="*"),
                         lower("aching", "achin")]  # fmt: skip


def _round_eighty_eight() -> Iterable[tuple[str, Pattern]]:
    """Everyday shapes from round87o and round87p (round 88): getting about by car, lift and
    hospital transport, Danish and Icelandic speakers, Bahamian English; a woman and an adult
    child writing in turns, Haitian Creole and French speakers, Queensland English. Each is
    hers ("I", "she", "my") and ends where her words do: not a pet's, an errand, or an object
    after the verb."""
    # second-language and Bahamian "confuse" said of how she is: "She been confuse too" (not
    # "easy to confuse", "The forms confuse and annoy me")
    yield "confusion", [lower("she", "i", "mummy", "mum", "mom", "mama"),
                        lower("is", "was", "been", "'s", "get", "got", "getting", "very", "so"),
                        lower("very", "so", "little", "bit", "real", op="?"),
                        lower("confuse")]  # fmt: skip
    # Bahamian "ain" (isn't, didn't): "She ain hungry at all", "After she was real sleepy an ain
    # know where she was", "She ain want to eat but she drinkin water" (not "The dog ain
    # hungry", "I ain know where she was last night, she ain answer the phone", "She ain want to
    # eat the fish")
    ain = lower("ain", "aint", "ain't")
    yield "loss-of-appetite", [lower("she", "i", "mummy", "mum", "mom"), ain, lower("hungry")]
    yield "loss-of-appetite", [lower("she", "i", "mummy", "mum", "mom"), ain, lower("want"),
                               lower("to"), lower("eat"),
                               lower(".", ",", "!", "but", "nothing", "nothin", "much",
                                     "anything")]  # fmt: skip
    yield "confusion", [lower("an", "and", "she", "mummy"), ain, lower("know"), lower("where"),
                        lower("she", "i"), lower("was", "is"),
                        lower(".", ",", "!", "and", "an", "now", "today")]  # fmt: skip
    yield "diarrhea", [lower("she", "i", "mummy", "mum"), lower("had", "got", "get", "has", "have"),
                       lower("da"), lower("runs")]  # fmt: skip
    # "had no idea where I was for a minute", "for a minute had no idea where I was" (not "no
    # idea where I was in the treatment plan", "Got lost in Glasgow, no idea where I was and my
    # phone died")
    yield "confusion", [lower("no"), lower("idea"), lower("where"), lower("i", "she"),
                        lower("was", "am", "is"), lower("for"), lower("a"),
                        lower("minute", "moment", "second", "few", "while", "bit")]  # fmt: skip
    yield "confusion", [lower("minute", "moment", "second", "while"), lower("had", op="?"),
                        lower("no"), lower("idea"), lower("where"), lower("i", "she"),
                        lower("was", "am", "is")]  # fmt: skip
    # "she talks nonsense about the car she sold in 2009" (confused, as "talking nonsense" is;
    # "talking gibberish" is the words', speech)
    yield "confusion", [lower("talks"), lower("nonsense")]
    # "my knees went." (gave way; not "my knees went black", "The bruises on my knees went")
    knees = [
        lower("my", "her"),
        lower("knees"),
        lower("went"),
        lower(".", ",", "!", "again", "from", "under"),
    ]
    yield "leg-weakness", knees
    yield NOT_A_SYMPTOM, [lower("in", "on"), *knees]
    # Danish "a little short in the breath"
    yield "shortness-of-breath", [lower("short"), lower("in"), lower("the"), lower("breath")]
    # "she don't feel her legs good since two days" (now: not "I didn't feel my legs after the
    # spinal in 1995")
    yield "leg-weakness", [lower("do", "does"), NOT, lower("feel"), lower("her", "my"),
                           lower("legs"), lower("good", "well", "properly", "since", ".",
                                                ",")]  # fmt: skip
    # "She pass out in da line at da bank" (fainted; not "I pass out the leaflets")
    yield "palpitations", [lower("she", "i"), lower("pass"), lower("out"),
                           lower(".", ",", "!", "in", "at", "on", "and", "again", "twice",
                                 "today", "yesterday")]  # fmt: skip
    # "I do not sleep good"
    yield "difficulty-sleeping", [lemma("do"), NOT, lower("sleep"), lower("good")]
    # "too much nerves before every result" (not "so much nerves in my feet", damaged ones)
    yield "anxiety", [lower("too", "so"), lower("much"), lower("nerves"),
                      lower(".", "!", "before", "about", "today")]  # fmt: skip
    # "Bit nervy about it.", "I'm a bit nervy" (hers: not "The dog is a bit nervy")
    yield "anxiety", [{"LOWER": {"IN": ["bit", "feeling", "feel"]}, "IS_SENT_START": True},
                      lower("nervy")]  # fmt: skip
    yield "anxiety", [lower("i", "i'm", "im", "'m", "am"), lower("a", op="?"),
                      lower("bit", "so", "very", op="?"), lower("nervy")]  # fmt: skip
    # "I am less hungry than before" (hers: not "The dog less hungry in the heat")
    yield "loss-of-appetite", [lower("i", "i'm", "im", "'m", "am", "she", "feel", "feeling"),
                               lower("a", "bit", "much", "lot", op="*"), lower("less"),
                               lower("hungry")]  # fmt: skip
    # Haitian "Her belly is swell and tight", "Her feet are swell too" (not "Legs are swell,
    # walked 2 miles", "swell no more", "swell after the dinner")
    yield "swelling", [lower("feet", "ankles", "legs", "belly", "tummy", "hands", "arm"),
                       lower("is", "are"), lower("swell"),
                       lower("and", "too", "again", "up", "like", "since", "from")]  # fmt: skip
    # "my ears whistle all the time" (not "My ears whistle no more", a hearing aid's whistle)
    yield "hearing-changes", [lower("my"), lower("ears"), lower("whistle", "whistling"),
                              lower("all", "since", "when", "at", "every", "again", ".",
                                    ",")]  # fmt: skip
    # "no problems with my eyes." (not "The problem with my vision for the garden is money")
    yield "vision-problems", [lower("problems", "problem", "trouble"), lower("with"),
                              lower("my", "her"), lower("eyes", "eyesight", "vision"),
                              lower(".", ",", "!", "and", "since", "today", "now", "at",
                                    "when", "again")]  # fmt: skip
    # "her calf was aching today" (one calf, painful, as "calf is sore" is)
    yield "calf-swelling", [lower("calf"), lower("was"), lower("aching", "sore", "hurting")]


def form_rules() -> list[tuple[str, Pattern]]:
    return [
        *_pain_before_part(),
        *_legs(),
        *_feet_and_hands(),
        *_blood(),
        *_breath(),
        *_mind_and_speech(),
        *_waterworks(),
        *_other_forms(),
        *_lost_function(),
        *_round_four(),
        *_round_five(),
        *_round_six(),
        *_round_seven(),
        *_round_eight(),
        *_round_thirteen(),
        *_round_fourteen(),
        *_round_fifteen(),
        *_round_sixteen(),
        *_round_seventeen(),
        *_round_eighteen(),
        *_round_twenty_one(),
        *_round_twenty_two(),
        *_round_twenty_three(),
        *_round_twenty_four(),
        *_round_twenty_five(),
        *_round_twenty_six(),
        *_round_twenty_seven(),
        *_round_twenty_eight(),
        *_round_twenty_nine(),
        *_round_thirty(),
        *_round_thirty_one(),
        *_round_thirty_two(),
        *_round_thirty_three(),
        *_round_thirty_four(),
        *_round_thirty_five(),
        *_round_thirty_six(),
        *_round_thirty_seven(),
        *_round_thirty_eight(),
        *_round_thirty_nine(),
        *_round_forty(),
        *_round_forty_one(),
        *_round_forty_two(),
        *_round_forty_three(),
        *_round_forty_four(),
        *_round_forty_five(),
        *_round_forty_six(),
        *_round_forty_seven(),
        *_round_forty_eight(),
        *_round_forty_nine(),
        *_round_fifty(),
        *_round_fifty_one(),
        *_round_fifty_two(),
        *_round_fifty_three(),
        *_round_fifty_four(),
        *_round_fifty_five(),
        *_round_fifty_six(),
        *_round_fifty_seven(),
        *_round_fifty_eight(),
        *_round_fifty_nine(),
        *_round_sixty(),
        *_round_sixty_one(),
        *_round_sixty_two(),
        *_round_sixty_three(),
        *_round_sixty_four(),
        *_round_sixty_five(),
        *_round_sixty_six(),
        *_round_sixty_seven(),
        *_round_sixty_eight(),
        *_round_sixty_nine(),
        *_round_seventy(),
        *_round_seventy_one(),
        *_round_seventy_two(),
        *_round_seventy_three(),
        *_round_seventy_four(),
        *_round_seventy_five(),
        *_round_seventy_six(),
        *_round_seventy_seven(),
        *_round_seventy_eight(),
        *_round_seventy_nine(),
        *_round_eighty(),
        *_round_eighty_one(),
        *_round_eighty_two(),
        *_round_eighty_three(),
        *_round_eighty_four(),
        *_round_eighty_five(),
        *_round_eighty_six(),
        *_round_eighty_seven(),
        *_round_eighty_eight(),
    ]
