"""Token patterns of the note tagger: how patients write a symptom when it is not a set phrase.

The catalog's synonyms are matched as phrases (diary/tagging.py). These spaCy token patterns
add what phrases cannot: a body part and a pain word with a few words between them in either
order ("pain under my right ribs", "my back is killing me") and lemmas ("legs gave way", "leg
giving way"); diary/tagging_shorthand.py adds abbreviations and misspellings. Every pattern is
keyed to a catalog slug and only used when the catalog has that slug. Labels follow
tests/data/TAGGING_GUIDELINES.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Pattern = list[dict[str, Any]]


def any_of(*words: str) -> dict[str, Any]:
    return {"IN": list(words)}


def _one_or_set(words: tuple[str, ...]) -> str | dict[str, Any]:
    """One word is an exact value, checked in C; a set is a predicate (slower)."""
    return words[0] if len(words) == 1 else any_of(*words)


def lower(*words: str, op: str | None = None) -> dict[str, Any]:
    token: dict[str, Any] = {"LOWER": _one_or_set(words)}
    if op:
        token["OP"] = op
    return token


def lemma(*words: str, op: str | None = None) -> dict[str, Any]:
    """A word in any inflection: the lookup lemmatiser gives "legs" -> "leg", "gave" -> "give"."""
    token: dict[str, Any] = {"LEMMA": _one_or_set(words)}
    if op:
        token["OP"] = op
    return token


# Nor a negation: "legs not weak" is not "legs ... weak".
_JOINING = ["and", "or", "but", "then", "because", "with", "after", "since", "when", "not", "no",
            "never"]  # fmt: skip


def words(block: str) -> frozenset[str]:
    """ "a b c" -> {"a", "b", "c"}: long word sets stay readable as text."""
    return frozenset(block.split())


def gap(most: int, *also: str) -> dict[str, Any]:
    """Up to `most` words within one phrase: "legs feel kind of weak", "pain under my right".

    Never punctuation or a joining word, so "face and the numb" is not one span; nor the words
    `also` names.
    """
    return {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_JOINING, *also]}, "OP": f"{{0,{most}}}"}


# "mi", "ma", "me" as written in Jamaican, Scots and Irish English; "that leg".
OWNER = lower("my", "her", "his", "the", "your", "both", "one", "a", "mi", "ma", "me", "that",
              "this", op="?")  # fmt: skip
SIDE = lower(
    "left", "right", "lower", "upper", "low", "top", "middle", "mid", "bottom", "whole", op="*"
)
# "is", "feels", "has" (a gap after it takes "been"); a form's colon ("Sleep: bad").
BE = lemma("be", "have", "feel", "seem", "get", "look", "go", "remain", "stay", ":", op="?")
NOT = {"NORM": "not"}
# "can't", "cant", "cannot", "couldn't", "won't": the tokenizer gives NORM "can"/"will" + "not".
CANT = [{"NORM": any_of("can", "could", "will", "would")}, NOT]

# Words that say a part hurts. "killing me" and "agony" hurt too.
# "pane" is how dictation often spells "pain".
PAIN_NOUNS = (
    "pain",
    "ache",
    "agony",
    "soreness",
    "discomfort",
    "tenderness",
    "twinge",
    "pane",
    "niggle",
)
PAIN_WORDS = (
    *PAIN_NOUNS,
    "hurt",
    "sore",
    "painful",
    "achy",
    "aching",
    "tender",
    "throb",
    "throbbing",
    "stab",
    "stabbing",
    "stiff",
    "scream",
    "screaming",
    "sair",  # Scots "sore"
)

# Body parts whose pain is its own catalog item (the guideline's "a specific item wins").
PAIN_PLACES: dict[str, tuple[str, ...]] = {
    "back-pain": ("back", "spine", "backbone", "tailbone", "coccyx"),
    "neck": ("neck",),
    "bone-pain": ("bone", "rib", "femur", "pelvis", "sternum", "breastbone", "collarbone"),
    "joint-pain": ("joint", "knee", "knuckle", "wrist", "elbow", "shoulder", "finger"),
    "muscle-pain": ("muscle", "muscles"),
    "chest-pain": ("chest", "lung"),
    "headache": ("head",),
    "jaw-pain": ("jaw", "jawbone"),
    # "me gums are sore": the gums are the mouth's (no writer labels them the jaw's)
    "mouth-sores": ("mouth", "tongue", "gum", "gums"),
}
# "a pain right in the middle of my chest", "an ache deep in my hip", "pain just under my ribs"
JUST = lower("right", "just", "deep", "slap", "bang", op="?")
PAIN_BEFORE_PLACE = (
    "in", "under", "along", "between", "behind", "at", "around", "across", "down", "on"
)  # fmt: skip


def _pain_patterns() -> Iterable[tuple[str, Pattern]]:
    for place_name, places in PAIN_PLACES.items():
        slug = "back-pain" if place_name == "neck" else place_name
        place = lemma(*places)
        # "back pain", "back is killing me", "neck is really sore", "my jaw hurts"
        # (not "Come back for chest pain": "back" as a way back, and so the neck's too, round 72)
        between = gap(2, "for") if slug == "back-pain" else gap(2)
        yield slug, [place, BE, between, lemma(*PAIN_WORDS)]
        yield slug, [place, BE, gap(1), lower("killing"), lower("me", "her", "him")]
        # "pain left side of chest", "ache on the right side of my back"
        if slug not in ("mouth-sores", "headache"):
            yield slug, [lemma(*PAIN_NOUNS), lower(*PAIN_BEFORE_PLACE, op="?"), OWNER, SIDE,
                         lower("side", "part", "bit"), lower("of"), OWNER, place]  # fmt: skip
            # "pain in the middle of my chest", "ache at the base of my spine"
            yield slug, [lemma(*PAIN_NOUNS), JUST, lower(*PAIN_BEFORE_PLACE), OWNER,
                         lower("middle", "centre", "center", "front", "base", "top", "bottom"),
                         lower("of"), OWNER, SIDE, place]  # fmt: skip
        # "pain in my lower back", "stabbing pain between shoulder blades", "ache under my ribs"
        if slug != "mouth-sores":
            before = [w for w in PAIN_BEFORE_PLACE if slug != "bone-pain" or w != "under"]
            if place_name == "neck":  # never "a pain in the neck"
                yield slug, [lemma(*PAIN_NOUNS), lower(*before), lower("my", "her"), SIDE, place]
            else:
                yield slug, [lemma(*PAIN_NOUNS), JUST, lower(*before), OWNER, SIDE, gap(1),
                             place]  # fmt: skip
                # Nigerian and Ghanaian English: "pain for her ribs", "pain for my back"
                # (a possessive after "for": "pain for two days" names no part)
                yield slug, [lemma(*PAIN_NOUNS), lower("for"), lower("my", "her", "ma", "mi"),
                             SIDE, place]  # fmt: skip
                # Translated word for word ("dolor de cabeza", "dor de cabeça", "ból
                # głowy"): "pain of head", "pain of the back" (round 12)
                yield slug, [lemma(*PAIN_NOUNS), lower("of"), lower("the", "my", "her", op="?"),
                             SIDE, place]  # fmt: skip
        if place_name == "back-pain":
            yield (
                slug,
                [lemma("pain", "ache"), lower("between"), OWNER, lemma("shoulder"), lemma("blade")],
            )
            yield slug, [lower("backache", "backaches")]
        if place_name == "bone-pain":
            # "pain in my thigh bone", "hip bone pain"
            yield slug, [lemma(*PAIN_NOUNS), lower("in"), OWNER, gap(2), lemma("bone")]
    # Under the ribs is the liver's place, not the bones'.
    ribs = lemma("rib")
    under = lower("under", "below", "beneath")
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS, "hurt"), under, OWNER, SIDE, gap(1), ribs]
    # "the pain in my right side under my ribs"; "belly a hurt mi up top under di ribs dem"
    # (Jamaican, round 12)
    yield "upper-abdominal-pain", [lemma(*PAIN_NOUNS), gap(6), under, OWNER, SIDE, ribs]
    yield "upper-abdominal-pain", [lemma("hurt"), gap(3), under, OWNER, SIDE, ribs]
    # "her tummy hurt up under the right side of her ribs" (round 73; the liver's side only, and
    # after "hurt", not a pain noun: "Chest pain up under the left side of my ribs" is the
    # chest's, round 73's review)
    yield "upper-abdominal-pain", [lemma("hurt"), gap(3), under, OWNER, lower("right"),
                                   lower("side"), lower("of"), OWNER, ribs]  # fmt: skip
    yield (
        "upper-abdominal-pain",
        [
            lower("upper"),
            lemma("tummy", "stomach", "belly", "abdomen", "abdominal"),
            lemma(*PAIN_WORDS),
        ],
    )
    yield "upper-abdominal-pain", [lemma("liver"), lemma(*PAIN_WORDS)]
    yield (
        "upper-abdominal-pain",
        [
            lower("abdo", "abdominal", "tummy", "stomach", "abdomen", op="?"),
            lemma(*PAIN_WORDS),
            lower("ruq"),
        ],
    )
    yield "upper-abdominal-pain", [lower("ruq", "epigastric"), lemma(*PAIN_WORDS)]
    yield (
        "chest-pain",
        [
            lower("pressure", "tightness", "heaviness", "weight"),
            lower("in", "on", "across"),
            OWNER,
            lower("chest"),
        ],
    )


def _leg_patterns() -> Iterable[tuple[str, Pattern]]:
    leg = lemma("leg")
    weak = lower("weak", "heavy", "numb", "wobbly", "jelly", "dead", "useless", "weaker")
    yield "leg-weakness", [leg, BE, gap(3), weak]
    yield "leg-weakness", [weak, OWNER, leg]
    yield "leg-weakness", [leg, lemma("keep", op="?"), lemma("give", "gave"),
                           lower("way", "out", "up")]  # fmt: skip
    yield "leg-weakness", [leg, lemma("keep", op="?"), lemma("buckle", "collapse", "go")]
    yield "leg-weakness", [*CANT, lower("feel"), OWNER, leg]
    yield "leg-weakness", [leg, *CANT, lower("hold")]
    yield "leg-weakness", [lemma("numbness", "weakness", "heaviness"), lower("in"), OWNER, leg]
    yield (
        "leg-weakness",
        [lower("no", "lost", "losing"), lower("feeling", "sensation"), lower("in"), OWNER, leg],
    )


def _bladder_patterns() -> Iterable[tuple[str, Pattern]]:
    slug = "bladder-bowel-control"
    waters = lemma("pee", "wee", "urine", "bladder", "bowel", "water", "poo", "wees", "pees")
    yield slug, [lemma("wet"), lower("myself", "herself", "himself", "meself")]  # not "the floor"
    yield slug, [lemma("wet"), lower("bed")]
    yield slug, [*CANT, lemma("hold", "control", "pass"), OWNER, lower("in", op="?"), waters]
    # Round 11: "she is not passing urine since morning", "hasn't passed water all day"
    yield slug, [NOT, lower("passing", "passed", "passes"), lower("any", op="?"),
                 lower("urine", "water", "wee", "pee")]  # fmt: skip
    yield slug, [lemma("lose", "lost"), lower("control"), lower("of"), OWNER, waters]
    yield slug, [lower("no"), lower("control"), lower("of", "over"), OWNER, waters]
    yield slug, [lemma("accident"), lower("with", op="?"), OWNER, waters]
    yield (
        slug,
        [lower("soiled", "pooed", "pooped", "peed", "weed"), lower("myself", "herself", "himself")],
    )
    yield slug, [lemma("incontinence", "incontinent")]
    yield slug, [lower("leaking"), waters]
    yield slug, [*CANT, lemma("pee", "wee", "urinate")]
    yield (
        slug,
        [
            *CANT,
            lower("make"),
            lower("it"),
            lower("to"),
            lower("the"),
            lower("toilet", "loo", "bathroom"),
        ],
    )
    # saddle numbness is the catalog's bladder and bowel item
    yield (
        "bladder-bowel-control",
        [lower("bottom", "bum", "backside", "groin"), BE, gap(1), lower("numb")],
    )


def _heart_patterns() -> Iterable[tuple[str, Pattern]]:
    slug = "palpitations"
    beating = lemma(
        "race",
        "racing",
        "pound",
        "pounding",
        "flutter",
        "fluttering",
        "thump",
        "thumping",
        "hammer",
        "hammering",
        "skip",
        "jump",
        "bang",
    )
    yield slug, [lemma("heart"), BE, gap(1), beating]
    yield slug, [beating, lemma("heart", "heartbeat")]
    yield slug, [lower("palpitations", "palps", "palpitation")]
    yield slug, [lower("skipped", "missed", "extra"), lower("beats", "beat")]
    yield slug, [lower("nearly", "almost", op="?"), lower("fainted", "fainting")]
    yield slug, [lower("passed", "blacked"), lower("out")]
    yield slug, [lower("syncope", "syncopal", "collapsed")]


def _other_patterns() -> Iterable[tuple[str, Pattern]]:
    calf = lemma("calf", "calves", "calve")  # the lemma table reads "Calves" as the verb
    swollen = lower("swollen", "sore", "hot", "tender", "painful", "red", "puffy", "swelling")
    yield "calf-swelling", [lower("swollen", "sore", "hot", "tender", "painful", "red"), SIDE, calf]
    yield "calf-swelling", [calf, BE, gap(1), swollen, lower("and", op="?"), swollen]
    yield "calf-swelling", [calf, BE, gap(1), swollen]
    yield "calf-swelling", [calf, lower("swelled", "puffed", "blew"), lower("up")]
    # "calf is red, hot and swollen"
    listed = {"LOWER": {"IN": [",", "and"]}, "OP": "{1,2}"}
    # ... and "calf hot, tight and swollen" (round 12: tight or hard only between two others)
    between = lower("swollen", "sore", "hot", "tender", "painful", "red", "puffy", "tight",
                    "hard", "warm", "shiny")  # fmt: skip
    yield "calf-swelling", [calf, BE, gap(1), swollen, listed, between, listed, swollen]
    yield "calf-swelling", [lower("swelling", "pain"), lower("in"), OWNER, SIDE, calf]
    # One leg (not "legs", which is swelling): "my left leg is swollen and hot"
    yield "calf-swelling", [lower("leg"), BE, gap(1), lower("swollen", "puffy", "hot", "red")]

    drinking = lemma("drink")
    always = lower("constantly", "nonstop", "lots", "loads")
    yield "high-blood-sugar", [lower("thirsty", "thirst")]
    yield (
        "high-blood-sugar",
        [lemma("pee", "wee", "urinate", "drink"), lower("all"), lower("the"), lower("time")],
    )
    yield "high-blood-sugar", [lemma("pee", "wee", "urinate"), lower("so", op="?"), always]
    yield "high-blood-sugar", [lower("constantly"), lemma("pee", "wee", "drink")]
    yield "high-blood-sugar", [lemma("keep"), lower("peeing", "weeing", "urinating")]
    yield "high-blood-sugar", [drinking, lower("water"), always]
    yield "high-blood-sugar", [lower("dry"), lower("mouth")]

    yield "vaginal-bleeding", [lower("spotting")]
    yield (
        "vaginal-bleeding",
        [lemma("bleed", "bleeding"), lower("from", op="?"), lower("down"), lower("below", "there")],
    )
    yield "vaginal-bleeding", [lower("vaginal"), lemma("bleed", "bleeding")]
    yield (
        "vaginal-bleeding",
        [
            lemma("bleed", "bleeding"),
            lower("from", "down"),
            lower("my", "the", "there", op="?"),
            lower("vagina", "there", "front"),
        ],
    )

    yield "jaw-pain", [lower("loose", "wobbly", "wobbling", "shaky"), lemma("tooth", "teeth")]
    yield "jaw-pain", [lemma("tooth", "teeth"), BE, lower("loose")]

    words = lemma("word")
    yield "speech-problems", [lemma("lose", "losing", "lost"), OWNER, words]
    yield "speech-problems", [*CANT, lemma("find", "get"), OWNER, words]
    yield (
        "speech-problems",
        [lemma("trouble", "struggle", "difficulty"), lower("finding", "with"), OWNER, words],
    )
    yield (
        "speech-problems",
        [words, BE, gap(3), lower("wrong", "jumbled", "muddled", "garbled", "mixed", "slurred")],
    )
    yield "speech-problems", [lemma("speech"), BE, gap(1), lower("slurred", "slurry", "garbled")]
    yield "speech-problems", [lower("slurred", "slurring", "slurry")]
    talking = lower("talking", "talk", "talked", "speaking")
    yield "speech-problems", [talking, lower("gibberish", "rubbish")]
    # "talking nonsense": what she says makes no sense (two writers in three, round 54)
    yield "confusion", [talking, lower("nonsense")]
    yield "confusion", [lower("not"), lower("making"), lower("sense")]

    where = lower("where")
    yield "confusion", [lower("did", "does", "do"), NOT, lower("know"), where, gap(1), lemma("be")]
    yield (
        "confusion",
        [lower("did", "does", "do"), NOT, lower("know"), lower("what", "who"), gap(2), lemma("be")],
    )
    yield (
        "mental-status-change",
        [
            lower("hard", "difficult", "impossible"),
            lower("to"),
            lower("wake", "rouse", "waken", "wake up"),
        ],
    )
    yield "mental-status-change", [lower("very", "so", "really", "extremely"), lower("drowsy")]
    yield (
        "mental-status-change",
        [
            lemma("behave", "act", "behaving", "acting"),
            lower("out"),
            lower("of"),
            lower("character"),
        ],
    )
    yield (
        "speech-problems",
        [lower("speech"), BE, gap(1), lower("funny", "strange", "weird", "odd", "off", "wrong")],
    )
    yield (
        "seizure",
        [
            lower("a", "another", "second", "first", "big", "no", "any", "more"),
            lower("fit", "fits"),
        ],
    )
    yield "seizure", [lemma("convulse", "convulsed")]
    yield (
        "shortness-of-breath",
        [
            lemma("struggle", "struggling", "fight", "fighting"),
            lower("for", "to"),
            lower("breath", "breathe", "air"),
        ],
    )
    yield "shortness-of-breath", [lower("puffed"), lower("out")]
    # "I'm getting puffed", "I'm always a bit puffed": out of breath (British and Australian
    # English), said of her ("the cushions are all puffed" is not)
    her_puffed = [lower("i", "she", "'m", "im", "am"),
                  lemma("be", "get", "feel", "go", op="?"),
                  lower("so", "very", "really", "a", "bit", "quite", "all",
                        "completely", "totally", "always", "easily", "more",
                        "too", "that", "terribly", "badly", op="*"),
                  lower("puffed")]  # fmt: skip
    yield "shortness-of-breath", her_puffed
    # Round 12: "couldn't walk to the letterbox without getting puffed" (Australian English)
    yield "shortness-of-breath", [lower("getting", "gets", "got"),
                                  lower("so", "very", "really", "a", "bit", "all", op="*"),
                                  lower("puffed")]  # fmt: skip
    yield "NOT_A_SYMPTOM", [lower("getting", "gets", "got"),
                            lower("so", "very", "really", "a", "bit", "all", op="*"),
                            lower("puffed"), lower("up", "pastry")]  # fmt: skip
    # (not "I'm puffed up with pride", "I'm puffed pastry obsessed")
    yield "NOT_A_SYMPTOM", [*her_puffed, lower("up", "pastry")]  # an idiom (diary/tagging.py)
    yield "shortness-of-breath", [lower("gasping", "gasp")]
    yield "pain", [lower("stomach", "tummy", "belly", "period"), lemma("cramp", "cramps")]

    yield (
        "facial-numbness",
        [
            lemma("face", "lip", "chin", "cheek", "mouth"),
            BE,
            gap(2),
            lower("droopy", "drooping", "droop", "droops", "numb", "weak", "lopsided"),
        ],
    )
    yield "facial-numbness", [lower("droopy", "numb"), lemma("face", "lip", "chin", "cheek")]

    bone_places = lower(
        "wrist",
        "arm",
        "hip",
        "leg",
        "rib",
        "ribs",
        "ankle",
        "femur",
        "pelvis",
        "shoulder",
        "collarbone",
        "vertebra",
        "back",
        "neck",
        "foot",
        "toe",
        "shin",
        "shinbone",
        "tibia",
        "fibula",
        "kneecap",
        "heel",
        "cheekbone",
        "skull",
    )
    yield (
        "fracture",
        # "cracked my wrist", not the noun in "heard a crack my wrist hurts" (dictated, round 12)
        [
            {
                "LEMMA": {"IN": ["break", "broke", "broken", "crack", "fracture"]},
                "LOWER": {"NOT_IN": ["crack"]},
            },
            OWNER,
            SIDE,
            bone_places,
        ],
    )
    yield "fracture", [lower("broken", "fractured", "cracked"), {"ORTH": "?"}]

    yellow = lower("yellow", "yellowy", "yellowish")
    yield (
        "jaundice",
        [
            lower(
                "bit",
                "little",
                "slightly",
                "look",
                "looks",
                "looking",
                "looked",
                "gone",
                "going",
                "turning",
                "quite",
                "very",
            ),
            yellow,
        ],
    )
    # "a yellow tinge", not "a yellow dress" (round 13)
    yield "jaundice", [lower("a"), yellow, lower("tinge", "colour", "color", "hue", "cast", "tint",
                       "look", "tone")]  # fmt: skip
    yield (
        "jaundice",
        [
            lower("yellowing"),
            lower("of"),
            lower("the", "my", "her", op="?"),
            lower("skin", "eyes", "eye"),
        ],
    )
    yield "jaundice", [lemma("eye", "skin"), BE, gap(2), yellow]
    yield "jaundice", [lemma("eye", "skin"), BE, gap(2), lower("mustard"),
                       lower("colour", "color", "coloured", "colored", "yellow")]  # fmt: skip
    yield "mouth-sores", [lemma("mouth", "tongue"), BE, gap(3), lemma("ulcer", "sore", "blister")]

    yield "depression", [lower("so", "very", "really", "feeling", "feel", "felt"), lower("low")]
    yield "depression", [lower("tearful", "weepy", "teary")]
    yield "fatigue", [lemma("energy"), BE, lower("zero", "nil", "gone", "non-existent")]
    yield (
        "weight-loss",
        [
            lemma("lose", "lost"),
            lower("another", "nearly", "almost", op="?"),
            {"LIKE_NUM": True},
            lower("kg", "kgs", "kilos", "lbs", "pounds", "lb", "stone", "st"),
        ],
    )
    yield (
        "weight-loss",
        [lower("lost", "lose", "losing"), {"LIKE_NUM": True, "OP": "?"}, {"LIKE_NUM": True}],
    )  # fmt: skip  ("lost 2.5kg" tokenises 2.5 / kg)
    yield "weight-loss", [lower("wt", "weight"), lower("down", "dropped", "dropping")]
    yield (
        "loss-of-appetite",
        [
            lemma("appetite"),
            BE,
            gap(1),
            lower("poor", "gone", "bad", "rubbish", "low", "terrible", "nil", "zero", "none"),
        ],
    )
    yield "memory-problems", [*CANT, lower("concentrate", "focus", "remember")]
    yield (
        "memory-problems",
        [
            lemma("memory"),
            BE,
            gap(1),
            lower(
                "poor",
                "bad",
                "awful",
                "shot",
                "terrible",
                "worse",
                "rubbish",
                "shocking",
                "dreadful",
                "hopeless",
                "useless",
                "appalling",
                "atrocious",
                "gone",
            ),
        ],
    )
    fingers = lemma("finger", "toe", "hand", "foot", "feet", "fingertip", "fingertips")
    tingle = lower("tingling", "tingly", "tingle", "tingles", "numb", "numbness")
    yield "neuropathy", [fingers, BE, gap(2), tingle]
    yield "neuropathy", [tingle, lower("in", op="?"), OWNER, fingers]
    yield (
        "difficulty-sleeping",
        [*CANT, lower("get", op="?"), lower("back", op="?"), lower("to", op="?"), lower("sleep")],
    )
    yield (
        "difficulty-sleeping",
        [
            lower("did", "do", "does"),
            NOT,
            lemma("sleep"),
            lower("well", "much", "properly", "great"),
        ],
    )
    yield "difficulty-sleeping", [lemma("sleep"), lower("badly", "poorly", "terribly")]
    yield "difficulty-sleeping", [lower("did", "could"), NOT, lemma("sleep")]
    yield "rash", [lemma("skin"), BE, gap(3), lower("itchy", "itching")]
    yield "hair-loss", [lemma("lose", "losing", "lost"), OWNER, lower("hair")]
    yield "hair-loss", [lower("hair"), BE, lower("coming", "falling"), lower("out")]
    yield "hair-loss", [lower("hair"), BE, lower("thinning")]
    yield "constipation", [NOT, lower("pooed", "pooped")]
    yield "chest-pain", [lower("chest"), BE, gap(1), lower("tight", "tightness", "heavy")]
    yield "neuropathy", [lower("pins"), lower("&", "n", "and"), lower("needles")]
    yield (
        "hand-foot-syndrome",
        [
            lemma("hand", "palm"),
            lower("and", "&"),
            lemma("foot", "feet", "sole"),
            BE,
            gap(1),
            lower("peeling", "blistered", "blistering", "cracked", "red", "raw"),
        ],
    )
    yield (
        "rash",
        [
            lemma("skin"),
            BE,
            gap(1),
            lower("red", "dry", "sore", "hot", "flaky", "blotchy"),
            lower("and"),
            lower("itchy", "itching", "sore", "peeling"),
        ],
    )
    yield "coughing-up-blood", [lemma("cough", "coughing"), lower("up"), gap(3), lower("blood")]
    yield (
        "coughing-up-blood",
        [
            lower("blood"),
            {"ORTH": "-", "OP": "?"},
            lower("streaked", "stained", "tinged", "flecked"),
            gap(1),
            lemma("phlegm", "sputum", "mucus", "spit", "tissue"),
        ],
    )
    yield (
        "coughing-up-blood",
        [
            lower("blood"),
            lower("in", "on"),
            OWNER,
            lemma("phlegm", "sputum", "mucus", "spit", "tissue", "hanky"),
        ],
    )
    yield "balance-problems", [lemma("lose", "losing", "lost"), OWNER, lower("balance")]
    yield "balance-problems", [lower("unsteady"), lower("on"), OWNER, lower("feet")]
    yield (
        "shortness-of-breath",
        [
            lemma("breathe", "breathing"),
            BE,
            gap(1),
            lower("hard", "difficult", "laboured", "labored", "heavy", "tight", "shallow"),
        ],
    )


NUMB_HEARD = [lower("new"), lower("mb")]  # dictated "numb" ("my feet are new MB")


def _everyday_patterns() -> Iterable[tuple[str, Pattern]]:
    """Everyday and dictated ways of saying a symptom: feelings named by one word ("scared",
    "wrecked"), a part and what it does ("head is thumping", "room is turning", "sleep broken"),
    readings ("down 4 kg")."""
    yield "anxiety", [lower("scared", "terrified", "frightened", "petrified", "worrying")]
    yield "fatigue", [lower("wrecked", "shattered", "whacked")]
    yield "depression", [lemma("mood"), BE, gap(2), lower("floor", "low", "rock", "bottom")]
    yield "memory-problems", [lemma("forget", "forgot"), lower("my", "her"), lower("own"), {}]
    yield "confusion", [lower("muddle", "muddly", "befuddled")]
    yield (
        "confusion",
        [lower("did", "does", "do"), NOT, lower("know"), lower("why", "how"), gap(2), lemma("be")],
    )
    yield (
        "mental-status-change",
        [NOT, lemma("seem", "look", "act", "be"), lower("like", op="?"),
         lower("herself", "himself", "myself")],
    )  # fmt: skip
    sight = lemma("vision", "eyesight", "sight")
    blurred = lower("blurred", "blurry", "double", "fuzzy", "dim", "hazy", "misty", "worse")
    yield "vision-problems", [sight, BE, gap(1), blurred]
    yield (
        "vision-problems",
        [lower("everything"), BE, gap(1), lower("double", "blurry", "blurred")],
    )
    yield (
        "vision-problems",
        [*CANT, lower("see"), lower("right", "properly", "clearly", "straight", "well")],
    )
    yield (
        "hearing-changes",
        [
            lower("hearing", "ear", "ears"),
            BE,
            gap(1),
            lower("muffled", "dull", "worse", "blocked", "gone"),
        ],
    )
    unit = lower("kg", "kgs", "kilos", "lbs", "lb", "pounds", "stone", "st")
    yield "weight-loss", [lower("down", "dropped"), lower("another", op="?"), {"LIKE_NUM": True},
                          unit]  # fmt: skip
    yield (
        "weight-loss",
        [lower("wt", "weight", "weigth", "wieght"), lower("down"), {"LIKE_NUM": True}, unit],
    )
    yield "high-blood-sugar", [lower("polyuria", "polydipsia")]
    hourly = [lower("every"), gap(1), lemma("hour", "minute", "hr")]
    yield (
        "high-blood-sugar",
        [lower("peeing", "weeing", "urinating", "passing"), lower("water", op="?"), *hourly],
    )
    yield "high-blood-sugar", [lower("up"), *hourly, lower("peeing", "weeing")]
    yield "high-blood-sugar", [lower("gasping", "desperate", "dying"), lower("for"), lower("water")]
    yield (
        "high-blood-sugar",
        [lemma("drink"), lower("jugs", "litres", "gallons", "bottles", "pints", "buckets"),
         lower("of"), lower("water")],
    )  # fmt: skip
    yield "vomiting", [lower("emesis")]
    yield "vomiting", [lower("through", "thru"), lower("up")]
    yield "diarrhea", [lower("runny", "upset"), lower("tummy", "belly", "bowels")]
    yield "nausea", [lower("sick", "sickness", "queasy"), lower("feeling")]
    yield (
        "dizziness",
        [lower("room"), BE, gap(1), lower("spinning", "turning", "moving", "swaying")],
    )
    yield (
        "headache",
        [lemma("head"), BE, gap(1), lower("thumping", "pounding", "banging", "splitting")],
    )
    yield "back-pain", [lemma("back"), BE, lower("at"), lower("me", "her")]
    # Round 12: "the hip bone is at me something fierce", "my knee is at me" (Irish English:
    # a pain that is "at" her): every part of a pain, as her back above
    for place_name, places in PAIN_PLACES.items():
        if place_name in ("back-pain", "mouth-sores"):
            continue
        slug = "back-pain" if place_name == "neck" else place_name
        yield slug, [lemma(*places), lower("is", "'s", "are", "was", "were", "been"),
                     lower("really", "still", "always", op="?"), lower("at"),
                     lower("me", "her")]  # fmt: skip
    yield (
        "chest-pain",
        [lemma("hurt", "pain"), lower("when", "if"), lower("i", "she"), lemma("breathe", "breath"),
         lower("in", op="?")],
    )  # fmt: skip
    yield (
        "shortness-of-breath",
        [*CANT, lemma("get", "take", "catch"), lower("a", "my", "the", op="?"),
         lower("full", "deep", "proper", "big", op="?"), lower("breath")],
    )  # fmt: skip
    yield (
        "difficulty-sleeping",
        [NOT, lower("a"), lower("wink"), lower("of", op="?"), lower("sleep", op="?")],
    )
    yield (
        "difficulty-sleeping",
        [
            {"NORM": any_of("have", "has", "had", "did", "ai")},  # "ain't slept a wink"
            NOT,
            lemma("sleep"),
            lower("a"),
            lower("wink"),
        ],
    )
    yield (
        "difficulty-sleeping",
        [
            lemma("sleep"),
            BE,
            lower("broken", "disturbed", "poor", "terrible", "awful", "rubbish", "bad"),
        ],
    )
    yield "difficulty-sleeping", [NOT, lower("sleeping"), lower("well", "much", "properly")]
    yield (
        "upper-abdominal-pain",
        [lower("r", "right", op="?"), lower("upper"), lower("abdo", "abdominal", "quadrant"),
         lemma(*PAIN_WORDS)],
    )  # fmt: skip
    yield "hair-loss", [lower("hair"), BE, lower("shedding", "thinning")]
    yield "hair-loss", [lower("hair"), lower("shedding")]
    peel = lower("peeling", "cracked", "cracking", "blistered", "blistering", "raw")
    yield "hand-foot-syndrome", [lemma("sole", "palm"), BE, gap(1), peel]
    yield (
        "hand-foot-syndrome",
        [lower("sore", "red", "peeling", "painful", "burning"), lemma("hand", "palm"),
         lower("and", "&"), lemma("foot", "feet", "sole")],
    )  # fmt: skip
    yield (
        "hand-foot-syndrome",
        [lower("peeling", "redness", "blistering"), lower("of"), lower("the", "my", op="?"),
         lemma("palm", "hand"), lower("and", "&"), lower("the", "my", op="?"),
         lemma("sole", "foot", "feet")],
    )  # fmt: skip
    yield "fever", [lower("hot"), lower("and", "&"), lower("shivery", "shivering", "shaky")]
    yield "seizure", [lower("jerking", "twitching")]
    yield "seizure", [lower("shaking", "shook", "jerking"), lower("all"), lower("over")]
    yield (
        "leg-weakness",
        [lower("numb", "paralysed", "paralyzed", "weak"), lower("from"), lower("the"),
         lower("waist", "hips", "chest"), lower("down")],
    )  # fmt: skip
    yield "leg-weakness", [*CANT, lower("walk"), lower("properly")]
    yield "leg-weakness", [lemma("leg"), lemma("give", "gave"), lower("in")]
    # "can't feel my legs ... and they gave way", "knees keep giving way"
    yield (
        "leg-weakness",
        [lower("they", "knees", "knee"), lemma("keep", op="?"), lemma("give", "gave"),
         lower("way", "out", "in")],
    )  # fmt: skip
    yield "leg-weakness", [lemma("leg"), BE, gap(3), *NUMB_HEARD]
    yield "neuropathy", [lemma("finger", "toe", "hand", "foot", "feet"), BE, gap(2), *NUMB_HEARD,
                         lower("and", op="?"), lower("tingling", "tingly", op="?")]  # fmt: skip
    yield "facial-numbness", [lemma("face", "lip", "chin", "cheek"), BE, gap(2), *NUMB_HEARD]
    yield "facial-numbness", [lemma("smile"), BE, gap(1), lower("lopsided", "crooked", "droopy")]
    yield (
        "coughing-up-blood",
        [lemma("cough"), lower("up"), gap(1),
         lower("pink", "pinkish", "red", "bloody", "rusty", "bloodstained", "brown"),
         lemma("spit", "phlegm", "sputum", "mucus")],
    )  # fmt: skip
    yield (
        "coughing-up-blood",
        [lemma("cough"), lower("and"), lower("there"), lemma("be"), gap(1), lower("blood")],
    )
    yield (
        "bladder-bowel-control",
        [lower("trouble", "difficulty", "problems"), lower("controlling", "with"), OWNER,
         lemma("bladder", "bowel", "bowels", "pee", "wee")],
    )  # fmt: skip
    yield (
        "bladder-bowel-control",
        [lemma("do", "did"), NOT, lower("make"), lower("it"), lower("in"), lower("time")],
    )
    yield (
        "jaw-pain",
        [lemma("tooth", "teeth", "molar"), BE, gap(1), lower("loose", "lose", "wobbly")],
    )
    places = lower("wrist", "arm", "hip", "leg", "rib", "ribs", "ankle", "femur", "pelvis",
                   "shoulder", "collarbone", "vertebra", "elbow", "foot", "toe", "hand",
                   "finger", "thumb", "humerus", "bone", "shin", "shinbone", "tibia",
                   "fibula", "kneecap", "heel", "cheekbone", "skull", "wrists",
                   "ankles")  # fmt: skip
    yield "fracture", [OWNER, places, BE, lower("broken", "fractured", "cracked", "snapped",
                                                "broke")]  # fmt: skip
    yield "fracture", [{"ORTH": "#"}, lower("l", "r", "left", "right", op="?"), places]
    # A bone out of its shape: "wrist is bent at a funny angle", "arm at an odd angle"
    yield "fracture", [OWNER, SIDE, places, lemma("be", "look", "seem"),
                       lower("bent", "sticking", "twisted", op="?"),
                       lower("at"), lower("a", "an"),
                       lower("funny", "odd", "strange", "weird", "awkward", "wrong", "unnatural"),
                       lower("angle")]  # fmt: skip
    yield "fracture", [lower("pathological", "pathologic"), {"ORTH": "#"}]


def token_rules() -> list[tuple[str, Pattern]]:
    """(slug, spaCy token pattern) pairs; the slug may be a SPLIT_LABELS key or end in NEGATED."""
    from diary.tagging_forms import form_rules  # they build on the helpers above
    from diary.tagging_shorthand import shorthand_rules

    rules = [
        *_pain_patterns(),
        *_leg_patterns(),
        *_bladder_patterns(),
        *_heart_patterns(),
        *_other_patterns(),
        *_everyday_patterns(),
        *shorthand_rules(),
        *form_rules(),
    ]
    return rules
