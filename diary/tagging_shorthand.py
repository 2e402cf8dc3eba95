"""Shorthand in notes: nurse abbreviations, phrases that carry their own negation, misspellings.

"SOB", "N/V" (one span, two mentions), "HA" only where plain ("severe HA"), "afebrile" (fever,
said to be absent), "hasn't been sick" (vomiting, absent), and spaCy FUZZY patterns for the
catalog's long words. Labelled as tests/data/TAGGING_GUIDELINES.md says.
"""

from __future__ import annotations

from collections.abc import Iterable

from diary.tagging_patterns import NOT, Pattern, any_of, lower, words

# A label standing for two symptoms at once ("N/V" is nausea and vomiting, one span).
NAUSEA_AND_VOMITING = "nausea+vomiting"
DIARRHEA_AND_VOMITING = "diarrhea+vomiting"
# "they feel heavy": legs named by a pronoun, kept only where legs were just named
# (diary/tagging_pipeline.py, mentions_of).
LEGS_AS_THEY = "leg-weakness+they"
# "both legs numb ... cant climb the stairs": legs that fail at their work, said without the
# word, kept only where legs are named in the sentence or the one before (either side).
LEGS_NEARBY = "leg-weakness+nearby"
# "Fell and heard a crack, arm hanging funny. Think it might be broken.": "it" stands for a
# bone only where a part of the body or a fall was just named; the doubt is in the words.
FRACTURE_DOUBTED = "fracture+doubted"
# "think I've cracked a rib": the doubt and the bone in the mention's own words (round 22)
FRACTURE_THOUGHT = "fracture+thought"
# "Helen has a cough that will not quit. No blood in it.": "it" is what she coughs up only where
# a cough or phlegm was just named.
BLOOD_IN_IT = "coughing-up-blood+it"
# "Coughing but nothing coming up, no blood.": none brought up, where a cough was just named.
BLOOD_NONE = "coughing-up-blood+none:negated"
# "Fell on my wrist, the x-ray says it's broken": "it" is a bone only where a part of the body
# was just named (not a fall alone: "dropped my phone, it's broken").
FRACTURE_SAID = "fracture+said"
# "had 2 accidents today", "leaking every time I stand up", "didn't get there in time": about
# the bladder or bowels only where a word of them is named nearby.
CONTROL_NEARBY = "bladder-bowel-control+nearby"
# "Can't keep water down": being sick, unless its sentence already says so ("Vomited x3,
# can't keep water down" is one mention to most writers; round 21).
KEPT_DOWN = "vomiting+kept-down"
# "My head. Since I woke it's been thumping", "Right side, just under the ribs. That's where
# it's been sore": a pain told of "it", whose part was named just before, often alone as a
# sentence of its own (diary/tagging_pipeline.py, _its_part; round 29).
PART_BEFORE = "pain+part"
# "The room. When I sat up it went round and round": "it" is the room or the head named before.
ROOM_AS_IT = "dizziness+it"
# "ring the chemo unit about the feet. Tingling in both of them": hands or feet named before.
ENDS_AS_THEM = "neuropathy+them"
# "tummy bit sore where it went in": a needle's, only where a jab or a drug given by one is
# named nearby (not a splinter's, a thorn's; round 31).
INJECTED = "injection-site-reaction+injected"
SPLIT_LABELS = {
    NAUSEA_AND_VOMITING: ("nausea", "vomiting"),
    DIARRHEA_AND_VOMITING: ("diarrhea", "vomiting"),
    LEGS_AS_THEY: ("leg-weakness",),
    LEGS_NEARBY: ("leg-weakness",),
    FRACTURE_DOUBTED: ("fracture",),
    FRACTURE_THOUGHT: ("fracture",),
    BLOOD_IN_IT: ("coughing-up-blood",),
    BLOOD_NONE: ("coughing-up-blood",),
    FRACTURE_SAID: ("fracture",),
    CONTROL_NEARBY: ("bladder-bowel-control",),
    KEPT_DOWN: ("vomiting",),
    PART_BEFORE: ("pain",),
    ROOM_AS_IT: ("dizziness",),
    ENDS_AS_THEM: ("neuropathy",),
    INJECTED: ("injection-site-reaction",),
}
# Labels kept only where a word of the set (a lemma) is named nearby (before it, in its
# sentence or the one before; LEGS_NEARBY also after it in its sentence).
ANTECEDENTS = {
    ROOM_AS_IT: frozenset({"room", "head", "world", "ceiling", "kitchen", "bedroom", "bathroom"}),
    ENDS_AS_THEM: frozenset({"foot", "feet", "hand", "finger", "toe"}),
    INJECTED: frozenset({
        "jab", "injection", "needle", "shot", "zoladex", "goserelin", "denosumab", "xgeva",
        "prolia", "fulvestrant", "faslodex", "clexane", "heparin", "filgrastim", "zoledronic",
        "zometa", "herceptin", "phesgo", "leuprorelin", "prostap",
    }),
    LEGS_AS_THEY: frozenset({"leg"}),
    LEGS_NEARBY: frozenset({"leg"}),
    BLOOD_IN_IT: frozenset({"cough", "phlegm", "sputum", "mucus", "spit", "hack", "hawk"}),
    BLOOD_NONE: frozenset({"cough", "phlegm", "sputum", "mucus", "spit", "hack", "hawk"}),
    FRACTURE_SAID: frozenset({
        "wrist", "arm", "hip", "leg", "rib", "ankle", "foot", "toe", "finger", "hand", "elbow",
        "shoulder", "collarbone", "bone", "knee", "femur", "spine", "neck", "pelvis", "thigh",
        "humerus", "x-ray", "xray", "vertebra", "bum", "bottom", "coccyx", "tailbone",
    }),
    CONTROL_NEARBY: frozenset({
        "waterworks",
        "wee", "pee", "urine", "bladder", "bowel", "bowels", "toilet", "loo", "bathroom",
        "diarrhoea", "diarrhea", "poo", "incontinence", "incontinent", "pad", "pads", "wet",
    }),
    FRACTURE_DOUBTED: frozenset({
        "pain",
        "fall", "fell", "trip", "slip", "crack", "snap", "wrist", "arm", "hip", "leg", "rib",
        "ankle", "foot", "toe", "finger", "hand", "elbow", "shoulder", "collarbone", "bone",
        "knee", "femur", "back", "spine", "neck", "pelvis", "thigh",
    }),
}  # fmt: skip
# Labels whose words carry their own doubt ("think it might be broken").
DOUBTED = frozenset({FRACTURE_DOUBTED, FRACTURE_THOUGHT})
# Abbreviations read only with a word beside them ("severe HA", "HA since 6"): the mention is
# the abbreviation itself.
# "no temperature", "a favor" (dictated "fever"): the mention is the word, not its lead-in.
# "no fits", "no more accidents": the mention is the noun, so "no" stays a negation cue.
FOCUS_WORDS = frozenset(
    {
        "HA",
        "BNO",
        "LOC",
        "temperature",
        "temp",
        "favor",
        "favour",
        "Favor",
        "fit",
        "fits",
        "accident",
        "accidents",
        "sob",
        "SOB",
        "Sob",
    }
)
# Words spelt as they sound, read as the words they stand for (diary/tagging_pipeline.py): the
# eye-dialect spellings of a body part or of a word the patterns lean on.
RESPELLINGS = {
    "hed": "head",
    "brest": "breast",
    "stumach": "stomach",
    "stomache": "stomach",
    "wot": "what",
    "wat": "what",
    "sez": "says",
    "agen": "again",
    "agin": "again",
    "wiv": "with",
    "w/": "with",
    # a carer who writes to the patient: "you soiled yourself twice today" (round 48)
    "yourself": "herself",
    "yday": "yesterday",
    "yest": "yesterday",
    "nuffin": "nothing",
    "nuffink": "nothing",
    "nuthin": "nothing",
    "evrything": "everything",
    "evrythin": "everything",
    "becos": "because",
    "becoz": "because",
    "coz": "because",
    "realy": "really",
    "reely": "really",
    "verry": "very",
    # dialect words for a body part or a word the patterns lean on (Scots, Caribbean English)
    "heid": "head",
    "ketch": "catch",
    "meh": "my",  # Trinidadian "my" (the Jamaican "mi" is also "I": not respelt)
    # Jamaican "mi cyaan tek a full breath", "a likkle yellow"; "Muscles achey", "no jaw
    # probs" (round 52)
    "tek": "take",
    "achey": "achy",
    "probs": "problems",
    "likkle": "little",
    "pealing": "peeling",  # "my feet are pealing" (round 53)
    "nae": "no",  # Scots "nae temperature" (round 54)
    "nee": "no",  # Geordie "Nee appetite" (round 55)
    "munted": "bad",  # New Zealand "Back pain is munted" (not "mended", round 56)
    "sik": "sick",  # typed with a tremor: "feel sik" (round 57)
    "hart": "heart",  # "hart pounding" (round 57)
    # spelt by sound, and Jamaican English (round 58): "My mouf is sore", "I can not breeve",
    # "a bad hedake", "mi finga dem numb", "Mi sista", "mi mada", "Mi bredda", "cyaan member
    # nutten", "fever Satday"
    "mouf": "mouth",
    "breeve": "breathe",
    "hedake": "headache",
    "finga": "finger",
    "sista": "sister",
    "mada": "mother",
    "madda": "mother",
    "bredda": "brother",
    "nutten": "nothing",
    "satday": "saturday",
    "seh": "said",  # "mi seh no", "dem seh mi calcium did high"
    "pon": "on",
    "miself": "myself",
    # Scots and Ulster (round 59): "Pure pechin", "the room's birling", "Loosing weight", "Wile
    # low the day" ("feelin", "peelin" and the like are read by the look-up of a dropped "g")
    "pechin": "breathless",
    "peching": "breathless",
    "birling": "spinning",
    "loosing": "losing",
    "wile": "very",
    # "Mama's been actin strange" (round 60: "acting" is no word of the lexicon, so the look-up
    # of a dropped "g" does not restore it)
    "actin": "acting",
    "maw": "mother",  # Glaswegian "Ma maw had the dropsy" (a mother's, with "My maw")
    "di": "the",  # Jamaican "di ribs" (round 12)
    "blud": "blood",  # "coughed up blud" (round 12)
    "rist": "wrist",  # dictated (round 12)
    # Hawaii Pidgin (round 79): "everyting went spinning", "aftah church" ("nevah" is also
    # "didn't": not respelt, round 79's review); Norfolk "she's frit" (frightened)
    "everyting": "everything",
    "aftah": "after",
    "ovah": "over",
    "frit": "frightened",
    # Black Country (round 81): "me yed bangin", "Yed ache's eased off"
    "yed": "head",
    "bluid": "blood",  # Scots
    # Scots "wi ma bowels", "fae the waist doon" (round 28); "sore mooth", "sair tae breathe
    # in", "the room birlin roond", "ma hip bane's gowpin", "coughed up ony blood", "short o
    # puff", "fell aff the step", "a bit fashed" (round 32)
    "wi": "with",
    "fae": "from",
    "doon": "down",
    "mooth": "mouth",
    "tae": "to",
    "roond": "round",
    "birlin": "spinning",
    "bane": "bone",
    "banes": "bones",
    "gowpin": "throbbing",
    "ony": "any",
    "o": "of",
    "aff": "off",
    "fashed": "worried",
    # everyday names for the head
    "noggin": "head",
    "bonce": "head",
    # dialect words for worn out (Scots "wabbit", "puggled"; Northern English "jiggered")
    "wabbit": "exhausted",
    "puggled": "exhausted",
    "jiggered": "exhausted",
    # a cough spelt as it sounds (the look-up never guesses words of three letters)
    "cof": "cough",  # not "coff": a coffee as often as a cough
    # Cockney and Brummie with the "h" dropped and marked (round 62): "me 'ead's poundin", "me
    # 'eart keeps flutterin", "me 'ands am numb", "she ain't 'erself", "won't 'eal", "went all
    # light'eaded" (made one word by tagging_pipeline._dropped_h); Brummie "fer" ("stoppin
    # fer breath", "up every hour fer a wee")
    "'ead": "head",
    "'eadache": "headache",
    "'eart": "heart",
    "'and": "hand",
    "'ands": "hands",
    "'erself": "herself",
    "'imself": "himself",
    "'eal": "heal",
    "'ip": "hip",
    "'ips": "hips",
    "'urt": "hurt",
    "'urts": "hurts",
    "'urtin": "hurting",
    "'ot": "hot",
    "'ospital": "hospital",
    "light'eaded": "lightheaded",
    "fer": "for",
    # Barbadian (round 84): "muh legs numb", "de lady nex bed" (not "fuh", "widout": "walk to de
    # mailbox widout stoppin fuh breath" would be read as breathlessness, round 84's review);
    # Gullah Geechee: "mah breff", "short ob breff", "Mah husban"
    "muh": "my",
    "mah": "my",
    "nex": "next",
    "breff": "breath",
    "ob": "of",
    "husban": "husband",
    "sheself": "herself",
    # Belizean Kriol (round 85): "pain inna mi back", "jus tiad", "mi bak hurt", "it brok",
    # "tideh", "Laas week", "dis mawnin", "lie dung", "mi yeye" (not "fraid": "I'm fraid the
    # chest pain is back" is a regret; nor "wen", as often "went"; "granbwai", "killa" and
    # "noh": "Mi granbwai carry mi go hospital wid chest pain", "Dis pain killa", "She noh stop
    # cough up blood", round 85's review)
    "inna": "in",
    "tiad": "tired",
    "bak": "back",
    "brok": "broke",
    "tideh": "today",
    "laas": "last",
    "mawnin": "morning",
    "dung": "down",
    "yeye": "eye",
}
# Dialect words read as the word they mean by the catalog's phrases only (NORM), while the token
# patterns that name them keep them as written: the Scots "sair" is "sore" in "sair heid" (a
# "sore head"), and a pain word only before or after a part, as the patterns say.
# Scots "ma" is "my" in lower case ("keep ma balance"); "Ma" is as often a mother (round 28).
LOWER_RESPELLINGS = {"ma": "my", "ken": "know"}  # Scots "doesnae ken" (not "Ken", a name)
NORM_RESPELLINGS = {"sair": "sore", "nae": "no"}  # "nae appetite" is "no appetite"
# "kant sleep": a verb spelt as it sounds, with its "not" (as "can't" is "ca" and "n't").
RESPELT_NEGATIVES = {
    "kant": "can",
    "carnt": "can",
    "cudnt": "could",
    "wudnt": "would",
    "shudnt": "should",
    "dident": "did",
    "cyah": "can",
    "cyaan": "can",
    "caan": "can",
    "couldn": "could",  # Guyanese "couldn sleep at all" (round 82)
    "cyan": "can",  # Barbadian and Gullah "Cyan sleep", "uh cyan ketch mah breff" (round 84)
}  # Caribbean "can't"; fmt: skip
# A label for a phrase that says the symptom is absent ("afebrile", "hasn't been sick").
NEGATED = ":negated"


def _negated_phrases() -> Iterable[tuple[str, Pattern]]:
    """ "hasn't been sick" is vomiting, absent; a bare "been sick all week" is not labelled."""
    yield (
        "vomiting" + NEGATED,
        [
            lower("has", "have", "had", op="?"),
            NOT,
            lower("actually", "really", "even", op="?"),
            lower("been"),
            lower("sick"),
        ],
    )
    # "queasy but wasn't sick": being sick is vomiting (not "wasn't sick of it")
    yield "vomiting" + NEGATED, [lower("was", "were"), NOT, lower("actually", "really", "even",
                                 op="?"), lower("sick")]  # fmt: skip
    yield "NOT_A_SYMPTOM", [lower("was", "were"), NOT, lower("sick"), lower("of")]


def _abbreviations() -> Iterable[tuple[str, Pattern]]:
    """Written the way notes and nurses abbreviate; case-sensitive where the word is common."""
    yield "shortness-of-breath", [{"ORTH": any_of("SOB", "SOBOE", "Sob")}]
    yield "shortness-of-breath", [lower("dyspnoea", "dyspnea", "dyspnoeic", "dyspneic")]
    # therapists' shorthand: lower extremity or limb weakness, loss of balance
    yield "leg-weakness", [{"ORTH": any_of("LE", "BLE", "LLE", "RLE", "LL", "BLL")},
                           lower("weakness", "weak")]  # fmt: skip
    yield "balance-problems", [{"ORTH": "LOB"}]
    yield NAUSEA_AND_VOMITING, [{"LOWER": "n"}, {"ORTH": any_of("/", "+", "&")}, {"LOWER": "v"}]
    yield NAUSEA_AND_VOMITING, [{"LOWER": any_of("n/v", "n+v", "n&v", "nv")}]
    # "HA" is headache only where the note makes it plain.
    yield (
        "headache",
        [
            lower(
                "mild",
                "moderate",
                "severe",
                "bad",
                "slight",
                "no",
                "c/o",
                "frontal",
                "occipital",
                "tension",
                "bitemporal",
            ),
            {"ORTH": "HA"},
        ],
    )
    yield (
        "headache",
        [
            {"ORTH": "HA"},
            lower(
                "gone",
                "better",
                "since",
                "all",
                "worse",
                "again",
                "today",
                "x1",
                "x2",
                "and",
                ",",
                ".",
                "this",
                "with",
                "down",
                "up",
                "back",
                "now",
                "still",
                # round 11: "HA ++ on waking", "HA x3 this week" (and "HA on and off", "HA on
                # waking", "HA + N/V", "HA worst in the morning", "HA every day" below; not "HA
                # on the bus", "HA every time he tells that joke", "the HA worst in the world")
                "++",
                "x3",
                "x4",
                "overnight",
            ),
        ],
    )
    yield "headache", [{"ORTH": "HA"}, lower("every"), lower("day", "morning", "night")]
    yield "headache", [{"ORTH": "HA"}, lower("worst"), lower("in", "on", "at"),
                       {"LOWER": {"NOT_IN": ["the", "a"]}}]  # fmt: skip
    yield (
        "headache",
        [
            {"ORTH": "HA"},
            lower("worst"),
            lower("in", "on", "at"),
            lower("the", "a"),
            {"LOWER": {"NOT_IN": ["world", "country", "land", "town", "city"]}},
        ],
    )
    yield "headache", [{"ORTH": "HA"}, {"ORTH": "+"}, {"ORTH": "+"}]  # "HA ++", split
    yield "headache", [{"ORTH": "HA"}, {"ORTH": "+"}, lower("n/v", "nv")]
    yield "headache", [{"ORTH": "HA"}, {"ORTH": "+"}, lower("n"), {"ORTH": "/"}, lower("v")]
    yield "headache", [lower("o"), {"ORTH": "HA"}]  # "c/o HA"
    yield "headache", [{"ORTH": "HA"}, lower("on"), lower("and", "waking", "wakening", "rising")]
    yield "headache", [{"ORTH": "HA"}, {"IS_DIGIT": True}, {"ORTH": "/"}]  # "HA 2/10"
    yield "fever", [lower("febrile", "pyrexia", "pyrexial")]
    yield "fever" + NEGATED, [lower("afebrile", "apyrexial")]
    yield "diarrhea", [lower("d+")]
    yield DIARRHEA_AND_VOMITING, [lower("d&v")]
    yield DIARRHEA_AND_VOMITING, [{"LOWER": "d"}, {"ORTH": any_of("&", "/", "+")}, {"LOWER": "v"}]
    yield NAUSEA_AND_VOMITING, [{"LOWER": "n"}, {"ORTH": "/"}, {"LOWER": "v."}]
    yield "chest-pain", [{"ORTH": "CP"}]
    # Nurses' shorthand: bowels not opened; (no) loss of consciousness (round 11)
    # ... only beside a clinical word: "no LOC", "BNO x5/7", "BNO for 4 days", "brief LOC"
    # (not "the BNO news channel", "LOC is the Line of Control")
    for slug, word in (("constipation", "BNO"), ("palpitations", "LOC")):
        yield slug, [lower("no", "nil", "brief"), {"ORTH": word}]
        yield slug, [{"ORTH": word}, {"LIKE_NUM": True}]
        yield slug, [{"ORTH": word}, {"LOWER": {"REGEX": r"^x\d"}}]
        yield slug, [{"ORTH": word}, lower("x", "day", "days", "since", "for")]
    yield "neuropathy", [{"ORTH": "PN"}]
    # "no temperature", "if I get a temperature", dictated "a favor of": the word is the mention.
    yield "fever", [lower("no", "a", "any", "nil"), lower("temperature", "temp")]
    yield (
        "fever",
        [lower("no", "with", "had", "have", "has", "got", "high"), lower("a", op="?"),
         lower("favor", "favour")],
    )  # fmt: skip


# Symptom words of the languages patients mix into English notes (round 31): Spanish,
# Hindi and Urdu, Tagalog, Welsh, Yoruba, Nigerian Pidgin and Cantonese written in Latin
# letters. Only words that are not also English words ("hilo" is a town, "tos" terms of
# service, "dast" a name); each is one mention, labelled as its English word would be, and
# only in a note written in English (the guideline leaves a note in another language
# unlabelled: diary/tagging_pipeline.py, _in_english).
CODE_SWITCHED = {
    "headache": ("dolor de cabeza", "sir dard", "sar dard", "sakit ng ulo", "pen tost",
                 "ori fifo", "orí fífó", "tau tung", "tau tong"),
    "fever": ("fiebre", "calentura", "bukhar", "bukhaar", "lagnat", "ibà"),
    "dizziness": ("mareada", "mareado", "mareos", "nahihilo", "chakkar aa", "chakkar aate",
                  "chakkar aaye", "tau wan", "tau wun"),
    "fatigue": ("cansada", "cansado", "agotada", "agotado", "cansadisima", "cansadísima",
                "cansadisimo", "cansadísimo", "thakaan", "thakan", "pagod",
                "wedi blino", "wedi blino'n", "ho gui", "hou gui", "gui sei", "gwai sei"),
    "seizure": ("convulsión", "convulsiones"),
    "nausea": ("náuseas", "nauseas", "ji machal", "nasusuka"),
    "vomiting": ("vomitando", "vómitos", "ulti", "nagsusuka"),
    "diarrhea": ("nagtatae", "pagtatae", "running belle"),
    "back-pain": ("dolor de espalda", "kamar dard", "sakit ng likod"),
    "shortness-of-breath": ("falta de aire", "me falta el aire", "hinihingal"),
    "joint-pain": ("me duelen las rodillas", "me duele la rodilla", "me duelen las manos"),
    "confusion": ("confundida", "confundido", "lito"),
    "pain": ("dolor", "masakit"),
    "cough": ("ubo", "khansi"),
    "anxiety": ("kinakabahan",),
    "loss-of-appetite": ("walang gana", "wala akong gana", "no tengo hambre", "bhook nahi",
                         "bhookh nahi", "mou wai hau", "mo wai hau"),
    "difficulty-sleeping": ("wala akong tulog", "hindi makatulog", "neend nahi", "nind nahi"),
    "fracture": ("nabali",),
    "coughing-up-blood": ("dugo sa plema",),
    "vision-problems": ("ngaan fa",),
}  # fmt: skip


CODE_SWITCHED_FIRSTS = frozenset(p.split()[0] for ps in CODE_SWITCHED.values() for p in ps)
CODE_SWITCHED_PHRASES = frozenset(p for ps in CODE_SWITCHED.values() for p in ps)
# Which language a note is in, by its commonest small words: English ones against those of the
# languages above ("Hoy me siento muy cansada y con dolor de espalda" has "me" and nine others).
ENGLISH_SMALL_WORDS = words("""
    i i'm im my me the a an and or but is are was were be been it it's its to of in on at for
    with since this that so not no have has had do did does can all up down out just still today
    night morning again very too bit like feel feeling felt got get after before from he she her
    his him we our they their you your what when then now back off over as if about than more
    much some any one two three by will would could should am
""")
OTHER_SMALL_WORDS = words("""
    de la el los las y con tengo muy hoy mucho desde que en por para estoy siento duele ayer sin
    ni bien tiene un una es del al
    ang ng ko ako sa na pa po mga siya kagabi ngayon pero ay
    hai hain aur bhi mein ka ki ke raha rahi bahut bohat aaj kal
    yn mae dw i'n wedi heddiw gyda fi dim ac iawn gen
""")


def _code_switched() -> Iterable[tuple[str, Pattern]]:
    for slug, phrases in CODE_SWITCHED.items():
        for phrase in phrases:
            yield slug, [lower(word) for word in phrase.split()]


def shorthand_rules() -> list[tuple[str, Pattern]]:
    return [*_negated_phrases(), *_abbreviations(), *_code_switched()]


# Catalog words shorter than this never fuzz ("sob" is a word, "sore" is not "sure").
FUZZY_MIN_LENGTH = 6


def fuzzy_rules(forms: dict[str, str]) -> list[tuple[str, Pattern]]:
    """spaCy FUZZY patterns for the catalog's long single words ("fevrish" -> feverish).

    One edit for words of 6-8 letters, two from 9. They only apply to a word the lemmatiser
    does not know (diary/tagging_pipeline.py), so "sitting" never becomes "fitting".
    """
    rules = []
    for form, slug in sorted(forms.items()):
        if " " in form or not form.isalpha() or len(form) < FUZZY_MIN_LENGTH:
            continue
        edits = "FUZZY2" if len(form) >= 9 else "FUZZY1"
        rules.append((slug, [{"LOWER": {edits: form}}]))
    return rules


# tests/data/TAGGING_GUIDELINES.md, "Red flags"; severe pain of any kind adds every pain item.
RED_FLAG_SLUGS = frozenset(
    {
        "coughing-up-blood",
        "seizure",
        "fracture",
        "mental-status-change",
        "confusion",
        "speech-problems",
        "leg-weakness",
        "bladder-bowel-control",
        "shortness-of-breath",
        "chest-pain",
        "fever",
    }
)
# Every pain item: "severe pain" of any kind is on the source's list (diary/redflags.py reads
# this too, in this order, for the check-in's severe-pain question).
PAIN_SLUGS = (
    "pain",
    "bone-pain",
    "back-pain",
    "joint-pain",
    "muscle-pain",
    "chest-pain",
    "headache",
    "upper-abdominal-pain",
    "jaw-pain",  # not in the catalog today; covered the day it is added
)
