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
    NOT,
    OWNER,
    PAIN_PLACES,
    SIDE,
    Pattern,
    gap,
    lemma,
    lower,
)

NOT_A_SYMPTOM = "NOT_A_SYMPTOM"  # diary/tagging.py drops these (idioms)

# Words said before a body part that make it hurt: "achy jaw", "stiff knees", "tender ribs".
PAIN_BEFORE = ("sore", "achy", "aching", "painful", "stiff", "tender", "throbbing", "hurting")
WILL_NOT = [{"NORM": {"IN": ["will", "would", "do", "did", "does"]}}, NOT]
LEGS = lemma("leg")
FEET = lemma("foot", "feet", "toe", "finger", "fingertip", "hand", "sole")
LOO = lower("toilet", "loo", "bathroom", "lav", "lavatory", "commode", "john")
PEE = lemma("pee", "wee", "urinate", "piss", "poo", "pee", "tinkle")


def _pain_before_part() -> Iterable[tuple[str, Pattern]]:
    """ "achy jaw", "sore knees", "stiff lower back", "painful left hip bone"."""
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        if slug in ("headache", "mouth-sores"):
            continue  # "sore head" and "sore mouth" are catalog phrases
        yield slug, [lower(*PAIN_BEFORE), SIDE, lemma(*places)]
    yield "joint-pain", [lower(*PAIN_BEFORE), SIDE, lemma("hip", "ankle", "finger", "joint")]
    yield "headache", [lemma("head"), lower("pressure")]
    yield "headache", [lower("pressure"), lower("in"), OWNER, lemma("head")]
    yield "pain", [lower("stomach", "tummy", "belly"), lower("cramps", "cramping")]


def _legs() -> Iterable[tuple[str, Pattern]]:
    """Legs that do not work: the warning sign of spinal cord compression."""
    slug = "leg-weakness"
    # "can't lift my legs", "couldn't move her legs"
    yield slug, [*CANT, lemma("lift", "move", "bend", "feel"), OWNER, SIDE, LEGS]
    # "legs won't hold me", "legs wouldn't work"
    yield slug, [LEGS, *WILL_NOT, lemma("hold", "work", "move", "support", "carry", "take")]
    # "legs feel like lead", "legs are like jelly", "legs turned to jelly"
    heavy = lower("lead", "concrete", "jelly", "rubber", "cotton", "stone", "blocks", "noodles")
    yield slug, [LEGS, BE, gap(2), lower("like", "to"), heavy]
    yield slug, [LEGS, lemma("turn"), lower("to"), heavy]
    # "her legs just went", "legs went from under me"
    yield slug, [LEGS, lower("just", op="?"), lower("went", "gone"), lower("from", "under", "on")]
    yield slug, [LEGS, lower("just"), lower("went", "gone")]
    # "right leg dragging", "dragging my left leg"
    yield slug, [LEGS, BE, lower("dragging", "draggy")]
    yield slug, [lemma("drag"), OWNER, SIDE, lemma("leg", "foot")]
    # "legs tingly and weak", "weakness in both legs"
    yield slug, [LEGS, BE, gap(2), lower("tingly", "tingling", "floppy", "weaker", "heavier")]
    yield slug, [lower("weakness", "numbness", "heaviness", "tingling"), lower("in"),
                 OWNER, lower("both", op="?"), SIDE, LEGS]  # fmt: skip
    # "couldn't stand up", "can't get up out of the chair"
    yield slug, [*CANT, lower("stand", "stood"), lower("up", "unaided", "properly")]
    yield slug, [*CANT, lower("get"), lower("up"), lower("out"), lower("of")]
    yield slug, [*CANT, lower("weight"), lower("bear")]
    yield slug, [lower("knees", "knee", "legs"), lemma("buckle", "buckled", "buckling")]


def _feet_and_hands() -> Iterable[tuple[str, Pattern]]:
    # "can't feel much in my left foot", "can't feel her feet", "no feeling in my fingertips"
    yield (
        "neuropathy",
        [*CANT, lower("feel"), lower("much", "anything", op="?"), lower("in", op="?"), OWNER,
         SIDE, FEET],
    )  # fmt: skip
    yield "neuropathy", [lower("no", "lost", "losing"), lower("feeling", "sensation"),
                         lower("in"), OWNER, SIDE, FEET]  # fmt: skip
    yield (
        "neuropathy",
        [FEET, BE, gap(2), lower("tingly", "tingling", "numb", "prickly", "fizzy", "buzzing",
                                 "burning", "dead")],
    )  # fmt: skip
    yield "neuropathy", [lower("tingly", "tingling", "numb", "prickly", "dead"), OWNER, SIDE, FEET]
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
                 gap(2), lower("blood")]  # fmt: skip
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
    yield (
        "vaginal-bleeding",
        [lower("blood"), lower("in", "on"), OWNER, lower("knickers", "pants", "underwear", "pad")],
    )
    yield "vaginal-bleeding", [lower("bleeding", "bleed", "blood"), lower("from"), OWNER,
                               lower("vagina", "fanny", "privates")]  # fmt: skip


def _breath() -> Iterable[tuple[str, Pattern]]:
    slug = "shortness-of-breath"
    yield slug, [lower("short", "out"), lower("of"), lower("puff", "air", "wind")]
    yield slug, [lower("huffing"), lower("and"), lower("puffing")]
    yield slug, [*CANT, lemma("get"), lower("enough"), lower("air", "breath", "oxygen")]
    laboured = lower("laboured", "labored", "difficult", "difficulty", "trouble", "rapid",
                     "fast", "shallow", "short", "ragged")  # fmt: skip
    yield slug, [laboured, lower("breathing", "breaths", "breath")]
    yield slug, [lemma("breath", "breathing"), BE, gap(1), lower("short", "shorter", "ragged",
                 "rattly", "laboured", "labored", "fast", "difficult")]  # fmt: skip
    yield slug, [lower("puffing", "panting", "puffed"), lower("on", "up", "going", "after")]
    yield slug, [{"ORTH": "DOE"}]
    yield NOT_A_SYMPTOM, [lower("real", "total", "complete", "such", "an", "that", "what"),
                          {"ORTH": "SOB"}]  # fmt: skip


def _mind_and_speech() -> Iterable[tuple[str, Pattern]]:
    who = lower("she", "he", "i", "we", "they")
    # "keeps asking where she is", "didn't know what day it was", "didn't recognise me"
    yield "confusion", [lemma("ask", "keep"), lower("asking", op="?"), lower("where", "what"),
                        who, lemma("be")]  # fmt: skip
    yield "confusion", [lower("did", "does", "do", "could"), NOT, lower("know"), lower("what"),
                        lower("day", "year", "time", "month"), lower("it")]  # fmt: skip
    yield "confusion", [lower("did", "does", "do", "could"), NOT,
                        lemma("recognise", "recognize"),
                        lower("me", "us", "him", "her", "anyone", "my", "his")]  # fmt: skip
    yield "confusion", [lower("delirium", "delirious", "disorientation", "confusional")]
    yield "confusion", [lower("head"), BE, gap(1), lower("fuzzy", "foggy", "muddled", "mush",
                        "scrambled")]  # fmt: skip
    # "not like her at all", "not her normal self", "not my usual self"
    like_her = [lower("like"), lower("her", "him", "herself", "himself")]
    seems = lower("is", "'s", "was", "seems", "seemed", "just", "really", "looks", "looked")
    yield "mental-status-change", [seems, NOT, *like_her]
    yield "mental-status-change", [{"IS_SENT_START": True, "LOWER": "not"}, *like_her]
    yield "mental-status-change", [NOT, lower("her", "his", "my"), lower("normal", "usual", "old",
                                   "self"), lower("self", op="?")]  # fmt: skip
    yield "mental-status-change", [lower("drowsy"), lower("and", ",", op="?"),
                                   lower("confused", "muddled", "vacant")]  # fmt: skip
    # Speech: "can't speak properly", "words wouldn't come", "wrong words coming out"
    words = lemma("word")
    yield "speech-problems", [*CANT, lemma("speak", "talk", "say"), lower("properly", "clearly",
                              "right", "straight")]  # fmt: skip
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
    yield slug, [lower("unable"), lower("to"), lemma("pee", "wee", "urinate", "pass", "empty")]
    yield slug, [*CANT, lemma("empty"), OWNER, lower("bladder", "bowels")]
    yield slug, [lemma("wet", "soil", "mess", "pee", "wee", "poo"), lower("myself", "herself",
                 "himself", "meself", "themselves")]  # fmt: skip
    yield slug, [lemma("leak", "leaked", "dribble"), lower("a", op="?"), lower("bit", "little",
                 op="?"), lower("when", "urine", "wee", "pee")]  # fmt: skip
    yield slug, [lower("numb", "numbness"), lower("down", "between", "around"),
                 OWNER, lower("below", "there", "legs", "bottom", "bum", "privates")]  # fmt: skip


def _other_forms() -> Iterable[tuple[str, Pattern]]:
    yield "loss-of-appetite", [NOT, lower("very", "really", "that", "too", "feeling", "at", "all",
                               op="?"), lower("hungry")]  # fmt: skip
    yield "loss-of-appetite", [lower("barely", "hardly"), lemma("eat", "ate", "eating")]
    yield "loss-of-appetite", [lemma("do"), NOT, lower("fancy"), lower("food", "eating",
                               "anything")]  # fmt: skip
    yield "weight-loss", [lemma("lose"), lower("half", "another", "nearly", "almost", op="?"),
                          lower("a", "another"), lower("stone", "pound", "kilo", "kg")]  # fmt: skip
    yield "weight-loss", [lemma("lose"), lower("a", "some"), lower("bit", "lot", op="?"),
                          lower("of", op="?"), lower("weight")]  # fmt: skip
    yield "high-blood-sugar", [lower("up"), gap(2), lower("times"), gap(3), lower("to"),
                               lemma("pee", "wee", "urinate")]  # fmt: skip
    yield "high-blood-sugar", [lower("nocturia")]
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
    yield "difficulty-sleeping", [lower("awake"), lower("half", "most", "much"),
                                  lower("of", op="?"), lower("the"), lower("night")]  # fmt: skip
    yield "palpitations", [lemma("heart"), BE, gap(2), lower("beating", "going", "pumping"),
                           gap(1), lower("fast", "quick", "hard", "crazy", "wild", "clappers",
                                         "mad")]  # fmt: skip


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
    ]
