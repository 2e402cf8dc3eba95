"""The safety net: a red flag the reader could not place is asked as a question, never missed.

On notes it has never seen, the reader finds about nine present red flags in ten; the rest are
wordings each met once ("legs went to jelly", "phlegm had red in it", "words came out wrong").
This step does not depend on having seen the wording. In a clause where the reader placed no
mention of a red-flag item, it looks for a body part or function of that item ("legs", "chest",
"breathing", "words", "bladder", "phlegm", "temperature", a bone) near a word of severity,
failure or change ("jelly", "agony", "red", "wrong", "snapped") that no mention covers, and
offers the item as a question: a mention with status "uncertain", its span on the words that
triggered it, and what she wrote about in plain words ("legs": "You wrote about your legs")
for the day's page.

The lexicon below is data (lemmas, looked up through the reader's lemma table, so "Legs",
"went" and "snapped" need no forms of their own); the item asked is the catalog's, by slug,
and the page words it with the catalog's name. The reader's context decides as it does for
its own mentions: a trigger span gets the ConText modifiers whose scope covers it (the same
rules, run once on the note) and the reader's `status`, and nothing is asked in a negated,
past, hypothetical or family clause. A negation that is itself the failure ("not talking
well", "pee is not coming", "no strength in my legs") is the change word, not a negation.

A safety question is never a present mention: the present-mention score cannot move.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.strings import hash_string

from diary.tagging_pipeline import LEMMA_IDS, lemma_table, status
from diary.tagging_shorthand import NEGATED

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ASKED = ("present", "uncertain")  # the statuses that are still asked
AFTER = 5  # words from the part to a change word after it
BEFORE = 5  # ... or before it ("snapped my wrist", "agonising knee")
IMAGE_AFTER = 7  # ... or an image after "like" ("head like it's in a vice")


def _lemmas(block: str) -> frozenset[str]:
    """Words as the reader's lemma table reads them ("legs" -> leg, "went" -> go)."""
    table = lemma_table()
    return frozenset(table.get(word, word) for word in block.lower().split())


@dataclass(frozen=True)
class Trigger:
    """A red-flag item, the body parts or functions that name it, and the words of severity,
    failure or change that, beside one of them, may mean it."""

    slug: str
    parts: frozenset[str]
    changes: frozenset[str]
    about: str = ""  # what she wrote about ("temperature"); blank: the part as written
    adjacent: frozenset[str] = frozenset()  # change words only right after the part ("legs went")
    before: frozenset[str] = frozenset()  # ... only right before it ("up blood")
    functions: frozenset[str] = frozenset()  # verbs a negation makes a failure ("not holding me")
    not_after: frozenset[str] = frozenset()  # a part followed by one of these is another thing
    not_with: frozenset[str] = frozenset()  # a clause with one of these is about another thing
    written: frozenset[str] = frozenset()  # comparatives, matched as written (see _COMPARATIVES)
    # a change word right after one of these is another thing's ("the wrong bus", "got it wrong")
    not_preceded: frozenset[str] = frozenset()
    # ... or right before one of these: a phrasal verb ("broke down", "snapped at", "cracked up")
    not_then: frozenset[str] = frozenset()
    # parts that are also things in the house: a change after one with only verbs of being
    # between is the thing's ("the toilet flooded", "the loo's leaking again")
    objects: frozenset[str] = frozenset()
    # a part followed by one of these opens a reported clause: a change after it is the clause's
    reports: frozenset[str] = frozenset()
    # a change only in a comparison, with "like" before it ("head like it's in a vice", "like
    # an electric shock down my spine", "legs like someone switched them off")
    images: frozenset[str] = frozenset()
    # a part with one of these up to 3 words before it is a thing done ("the film took a funny
    # turn", "Jim did a funny turn at the show")
    not_before: frozenset[str] = frozenset()
    # the change only after the part ("the kettle in the fridge", not "fridge ... phone")
    forward: bool = False
    # items that, found anywhere in the note, tell the same words as another thing ("chemo
    # brain ... keys in the fridge" is her memory's)
    not_beside: frozenset[str] = frozenset()
    # a clause with none of these is about another thing ("heard a crack from the ceiling")
    only_with: frozenset[str] = frozenset()
    # a sentence with one of these is about another thing ("so busy I put the kettle in the
    # fridge, ha!")
    not_in_sentence: frozenset[str] = frozenset()
    # the change only right after one of these, a determiner between or not ("in the fridge",
    # not "behind the fridge")
    only_after: frozenset[str] = frozenset()


# Severity, for pain anywhere: words a pain of its own is said with.
SEVERE = _lemmas("""
    agony agonising agonizing screaming scream unbearable excruciating killing kill crippling
    horrendous horrific torture murder throbbing stabbing 8/10 9/10 10/10 10
    savage brutal fierce ten
""")  # "10" and "ten" only as a rating's end, "9 out of 10", "nine out of ten" (_rating)
_HIGH_RATINGS = frozenset({"8", "9", "10", "eight", "nine", "ten"})
_TEN = ("10", "ten")
# What a pain is like: counted only after "like" (a knife in the kitchen is not a pain).
PAIN_IMAGES = _lemmas("""
    vice vise clamp knife knives dagger daggers hammer hammering shock shocks lightning
    elephant
""")
_FAILURE_NOUNS = _lemmas("strength power feeling sensation control grip use")
# How a part works, said with a negation before it: "not talking well", "legs don't work right".
_MANNER = _lemmas("well properly right normally clearly straight")
_NOT_PAIN = _lemmas("""
    news joke laugh laughing laughed funny lol haha film book show telly tv match game quiz
    traffic queue weather parking wait waiting job work boss baby toddler
""")

# A change word after one of these belongs to another noun: "spoke to the wrong department",
# "the ref got it wrong".
_DETERMINERS = _lemmas("the a an it that this")
# ... unless that noun is a slip of speech or thought: "the wrong word", "the wrong way round".
_SLIPS = _lemmas("word words way name names order")
# Between a household thing and its change: "the toilet has been leaking", "loo's flooded".
_BEING = _lemmas("is was 's has had have been be keeps kept keep started start all again still")
# A voice that is hoarse, sung or has a cold; a tongue that is burnt, sore or tastes things:
# the throat and the mouth, not speech.
_THROAT = _lemmas("""
    throat cold colds cough coughing hoarse croaky croak husky sore laryngitis frog flu virus
    sniffle sniffles sing singing sang sung song concert choir karaoke shout shouting shouted
    cheer cheering yell yelling
""")
_MOUTH = _lemmas("""
    taste tastes tasted tasting metal metallic ulcer ulcers sore burn burnt burned scald scalded
    spicy curry chilli chili pepper food eat eating ate bite bit drink soup tea coffee mouthwash
""")
# The house, the plumbing and the weather: "the toilet flooded, plumber came", "the washing
# machine leaked water", "pants soaked in the rain", "spilt tea in my lap".
_HOUSEHOLD_WATER = _lemmas("""
    plumber plumbing pipe pipes cistern tap taps sink ceiling roof radiator boiler valve
    machine dishwasher hose gutter plunger flush rain raining rained puddle storm spill spilt
    spilled kettle
""")
# Weather and air in the house: "heavy wind and rain", "the air was thick before the storm".
_WEATHER = _lemmas("""
    rain raining rained storm stormy weather forecast gale gust gusty blowing blew muggy humid
    humidity snow hail thunder
""")
# Being overwhelmed, not confused: "at my wits' end", "brain gone to mush with the deadlines".
_OVERWHELMED = _lemmas("""
    wits wit deadline deadlines overwhelm overwhelmed overwhelming stress stressed stressful busy
    hectic manic swamped juggle juggling frazzled paperwork forms
""")

_BREATH_CHANGES = _lemmas("""
    struggle struggled struggling hard harder labour laboured heavy gasp gasping short shorter
    catch caught rattly rattling wheezy loud panting pant back lose lost nowhere difficult noisy
    funny weird strange shallow full drown drowning bubbly crackly
""")

# A speech or a talk given to others, not speech lost: its occasion in the clause.
_SPEECHES_GIVEN = _lemmas("""
    wedding weddings funeral party toast presentation conference meeting award graduation
    ceremony audience podium lecture sermon debate interview
""")

_SPEECH_CHANGES = _lemmas("""
    wrong jumbled jumble muddled garbled slur slurred slurry nonsense funny strange weird thick
    mixed scrambled gibberish backwards stuck drunk drunken tipsy sloshed
""")

_CONFUSION_CHANGES = _lemmas("""
    muddle muddled jumbled jumble scrambled mush mushy fog foggy fuzzy woolly cotton confuse
    confused confusing lost wrong
""")

_PAIN_PARTS = {
    "headache": "head",
    "back-pain": "back neck spine",
    "jaw-pain": "jaw tooth teeth gum",
    "chest-pain": "chest",
    "joint-pain": "joint knee wrist elbow knuckle ankle",
    "muscle-pain": "muscle calf calves",
    "bone-pain": "bone hip rib pelvis femur",
    "upper-abdominal-pain": "liver",
    "pain": "arm thigh shoulder tummy stomach belly side foot feet hand finger toe leg scar groin "
    "bum bottom buttock breast armpit",
}
PAIN_ITEMS = frozenset(_PAIN_PARTS)  # a pain placed in the clause places severe pain
_PAIN_NOT_AFTER = _lemmas("of up off in over out rest at to home from on into")

TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        "leg-weakness",
        parts=_lemmas("leg legs thigh thighs limb limbs"),
        changes=_lemmas("""
            jelly wood wooden lead concrete useless dead buckle buckled collapse collapsed
            gave give wobbly jello rubber rubbery drag dragging heavy weak numb reduced
            noodle noodles spaghetti cotton fold folding folded wobble
        """)
        | _FAILURE_NOUNS,
        about="legs",
        adjacent=_lemmas("went gone go"),
        functions=_lemmas("hold work move feel stand walk carry lift take bear support"),
        images=_lemmas("switch switched unplugged"),
        not_after=_lemmas("up room rest day"),
        not_with=_lemmas("shaved shave waxed wax cross crossed stretch"),
    ),
    Trigger(  # everyday names for the legs ("my pins went", "pegs like lead"), not the pins
        # and needles of the feet nor the washing's pegs
        "leg-weakness",
        parts=_lemmas("pins pegs"),
        changes=_lemmas("""
            jelly wood wooden lead concrete useless dead buckle buckled collapse collapsed
            gave give jello rubber rubbery heavy weak numb noodle noodles
        """)
        | _FAILURE_NOUNS,
        about="legs",
        adjacent=_lemmas("went gone go"),
        functions=_lemmas("hold work stand walk carry bear support"),
        not_after=_lemmas("and needle needles up room rest day number code"),
        not_with=_lemmas("""
            needle needles washing wash line clothes cushion sewing bowling bowl hair nappy tent
            safety drawing board map number code card bank
        """),
    ),
    Trigger(
        "leg-weakness",
        parts=_lemmas("knee knees"),
        changes=_lemmas("buckle buckled collapse collapsed gave give jelly useless"),
        about="legs",
        not_with=_lemmas("replacement replaced brace kneel kneeling"),
    ),
    Trigger(
        "shortness-of-breath",
        parts=_lemmas("breath breathe breathing breathed puff puffed lung lungs"),
        changes=_BREATH_CHANGES,
        about="breathing",
        written=frozenset({"worse", "worst"}),
        functions=_lemmas("get catch breathe take"),
        not_after=_lemmas("smell smells stink freshener fresh test pastry"),
        not_with=_lemmas("fresh deep held hold mint smell stink bad"),
    ),
    Trigger(  # wind and air are also the weather's and the kitchen's ("heavy wind and rain")
        "shortness-of-breath",
        parts=_lemmas("wind winded air"),
        changes=_BREATH_CHANGES,
        about="breathing",
        written=frozenset({"worse", "worst"}),
        functions=_lemmas("get catch breathe take"),
        not_after=_lemmas("smell smells stink freshener fresh test fryer con conditioning bed"),
        not_with=_lemmas("fresh deep held hold mint smell stink bad") | _WEATHER,
    ),
    Trigger(
        "chest-pain",
        parts=_lemmas("chest"),
        changes=SEVERE
        | _lemmas("""
            tight tighter heavy pressure crushing crush squeezing squeeze band weight elephant
            weird funny strange burning sharp awful terrible
        """),
        about="chest",
        not_after=_lemmas("of drawer drawers infection x-ray xray scan port drain wall hair"),
        not_with=_lemmas("off infection look rash skin spot spots lump itch itchy red"),
    ),
    Trigger(
        "speech-problems",
        parts=_lemmas("speech word words talk talking speak speaking sentence"),
        changes=_SPEECH_CHANGES,
        about="speech",
        functions=_lemmas("come talk speak find get say"),
        # ... or a speech given: "his speech at the wedding went wrong", "my talk at the
        # meeting was muddled"
        not_with=_lemmas("kind harsh cross angry crossword argument argue row") | _SPEECHES_GIVEN,
        not_preceded=_DETERMINERS,
    ),
    Trigger(  # a voice hoarse, sung or with a cold; a tongue burnt or tasting: not speech
        "speech-problems",
        parts=_lemmas("voice tongue"),
        changes=_SPEECH_CHANGES,
        about="speech",
        not_with=_lemmas("kind harsh cross angry crossword argument argue row") | _THROAT | _MOUTH,
        not_preceded=_DETERMINERS,
    ),
    Trigger(
        "bladder-bowel-control",
        parts=_lemmas("""
            bladder bowel bowels wee pee urine toilet loo pants knickers underwear
            poo diarrhoea diarrhea water washroom restroom lavatory lav
        """),
        changes=_lemmas("""
            leak leaking leaked accident accidents wet soaked soak control dribble
            dribbling flood flooded mess trouble difficulty
        """),
        about="bladder or bowels",
        adjacent=_lemmas("let gave give went"),
        functions=_lemmas("come pass hold control"),
        # ... and Scots "wee" before a person: "the wee one is dribbling" is a baby
        not_after=_lemmas("bit bottle roll brush down seat paper one ones lad lass boy girl man"),
        not_with=_lemmas("bit bottle tablet tablets glass swim swimming down") | _HOUSEHOLD_WATER,
        objects=_lemmas("toilet loo washroom restroom lavatory lav"),
    ),
    Trigger(
        "coughing-up-blood",
        parts=_lemmas("""
            phlegm sputum spit spittle mucus catarrh cough coughing coughed gunk hack hacked
        """),
        changes=_lemmas("""
            blood bloody red pink rusty streak streaked streaky tinge tinged
        """),
        about="cough",
        not_with=_lemmas("test tests pressure count sugar"),
    ),
    Trigger(
        "coughing-up-blood",
        parts=_lemmas("blood"),
        changes=frozenset(),
        about="cough",
        before=_lemmas("up"),  # "brought up blood", "coffin up blood"
        not_with=_lemmas("test tests pressure count sugar sick vomit vomiting wee pee poo"),
    ),
    Trigger(
        "seizure",
        parts=_lemmas("jerk jerking jerked twitch twitching shake shaking shook shudder body arm"),
        changes=_lemmas("""
            uncontrollable uncontrollably uncontrolled violent violently stop stiff rigid
            convulse fitted
        """),
        about="shaking",
        functions=_lemmas("stop control"),
        not_with=_lemmas("""
            hand hands tremor nervous nerves cold chill chills shivery shiver cough coughing
            laugh laughing
        """),
    ),
    Trigger(  # "had a funny turn", "came over queer, a strange turn": a fit or a faint, asked
        "seizure",
        parts=_lemmas("turn turns"),
        changes=frozenset(),
        before=_lemmas("funny queer strange peculiar odd"),  # right before: not "my turn, funny"
        about="a funny turn",  # "You wrote about a funny turn", not "your turn"
        not_after=_lemmas("of out up down off on over into around round left right"),
        not_with=_lemmas("""
            road lane corner bend story plot events event weather wrong left right car drive
            driving traffic tide luck fortune key
            film conversation show stage dog won laughed lucky
        """),
        not_before=_lemmas("take took taken taking takes do did done doing does"),
    ),
    Trigger(
        "fever",
        parts=_lemmas("temperature temp hot body"),
        changes=_lemmas("""
            shivery shivering shiver chill chills rigor rigors boiling roasting burning raised
            spike spiked high fiery cold clammy hot hundred climbing rising
        """),
        about="temperature",
        not_after=_lemmas("flush flushes flush water bottle drink tea chocolate weather outside"),
        not_with=_lemmas("""
            outside weather flush flushes flushing sweat sweats room house bath garden sun sunny
            heatwave greenhouse oven fridge freezer thermostat heating
        """),
    ),
    Trigger(
        "confusion",
        parts=_lemmas("head mind brain confuse"),
        changes=_CONFUSION_CHANGES,
        about="thinking",
        not_with=_OVERWHELMED,
        not_preceded=_DETERMINERS,
    ),
    Trigger(  # how awake she is, told by someone with her: "hard to rouse", "barely rouse
        # her", "drowsier than usual", "slow to respond"; not waking up tired in the morning
        "mental-status-change",
        parts=_lemmas("rouse rousing roused respond responding responsive drowsier"),
        changes=_lemmas("hard harder difficult barely slow slower unusual usual struggle"),
        about="alertness",
        not_with=_lemmas("""
            email emails text texts message messages letter letters phone call calls customer
            council bank question questions alarm baby toddler kids treatment chemo drug drugs
            tumour tumor cancer therapy antibiotic antibiotics infection
        """),
    ),
    Trigger(
        "confusion",
        parts=_lemmas("thinking thought thoughts"),
        changes=_CONFUSION_CHANGES,
        about="thinking",
        # "thought we'd lost the cat": a verb before a clause, whose words are the clause's;
        # a change before it is still hers ("confused, thought it was 1985")
        reports=_lemmas("i we you he she they it that the my our of about so"),
        not_with=_OVERWHELMED,
        not_preceded=_DETERMINERS,
    ),
    Trigger(
        "fracture",
        parts=_lemmas("""
            bone bones hip rib ribs wrist arm leg femur humerus spine vertebra vertebrae
            collarbone ankle shoulder pelvis elbow thigh
        """),
        changes=_lemmas("""
            crack cracked break broke broken snap snapped fracture shatter shattered crunch
            crunched
        """),
        about="",
        not_after=_lemmas("of flask hop china dry"),  # "leg of lamb", "hip flask", "bone china"
        not_with=_lemmas("""
            joke news heart screen phone glass dance dancing table chair stool shelf sofa lamb
            chicken turkey glasses specs doll toy
        """),
        not_then=_lemmas("down up out at into even open"),
    ),
    *(
        # Confusion told by what she did: "kept putting the kettle in the fridge", "put the
        # milk in the oven" (round 13); a list ("a kettle and a fridge") is not a place, and
        # a slip she calls forgetfulness or chemo brain is her memory's
        Trigger(
            "confusion",
            parts=_lemmas(things),
            changes=_lemmas(places),
            about="a thing put somewhere odd",
            forward=True,
            not_beside=frozenset({"memory-problems"}),
            not_after=_lemmas("and or with plus , & is was are were"),
            not_with=_lemmas("""
                forgetful forget forgot forgetting memory brain scatty scatterbrained ditzy
                recipe bake baking cook cooking warm heat defrost buy bought new clean cleaning
            """),
            not_in_sentence=_lemmas("""
                busy rushing distracted joke ha haha lol scatterbrain dry drying cat dog kids
                grandkids
            """),
            not_then=_lemmas("glove gloves door dish tray mitt mitts"),
            only_after=frozenset({"in", "into"}),
        )
        for things, places in (
            (
                """kettle key keys phone remote iron shoe shoes handbag purse wallet glasses
                teapot slipper slippers""",
                "fridge freezer oven microwave",
            ),
            ("milk", "oven wardrobe drawer"),
        )
    ),
    Trigger(  # a fracture told by the sound: "heard a crack turning over in bed" (round 13)
        "fracture",
        parts=_lemmas("crack snap crunch pop"),
        changes=frozenset(),
        before=_lemmas("heard hear hearing felt feel"),
        about="a crack",
        not_after=_lemmas("of on at up open down under"),
        not_with=_lemmas("""
            thunder ice egg eggs whip window windows door doors glass screen phone tree branch
            branches twig firework fireworks gun shot bat ball knuckle knuckles joke walnut nut
            nuts pan kitchen outside downstairs upstairs car engine roof floorboard floorboards
            bottle cork champagne bubble wrap gum crisps lid jar ear ears neck snail snails
            garden ceiling chocolate cracker crackers prosecco line
        """),
        # ... only with a bone or a part, a pain or a movement ("heard a crack as I fell")
        only_with=_lemmas("""
            bone bones hip hips rib ribs back spine knee knees wrist wrists ankle ankles leg
            legs arm arms shoulder shoulders foot feet toe toes finger fingers elbow elbows
            thigh shin pelvis collarbone chest side hand hands
            pain painful hurt hurts hurting agony sore ache aching excruciating killing scream
            fell fall falling fallen turn turning turned roll rolled rolling bed lift lifting
            lifted cough coughing coughed bent bend bending stood stand standing twist twisted
            slipped slip tripped trip sneeze sneezed
        """),
    ),
    *(
        Trigger(
            slug,
            parts=_lemmas(words),
            changes=SEVERE,
            images=PAIN_IMAGES,
            not_after=_PAIN_NOT_AFTER,
            not_with=_NOT_PAIN,
        )
        for slug, words in _PAIN_PARTS.items()
    ),
)

RED_FLAGS = frozenset(t.slug for t in TRIGGERS)
# A determiner between "in" and the place: "in the fridge", "into my handbag".
_PLACE_DETERMINERS = frozenset({"the", "my", "her", "his", "a", "our", "their"})
_BREAKS = frozenset({";", ".", "!", "?", "\n", "but", "though", "tho", "although", "however",
                     "whereas", "except"})  # fmt: skip
# The part said to be well: "breathing's fine", "legs OK today".
_FINE = _lemmas("fine ok okay normal good great alright clear")
_READINGS = frozenset({"temperature", "temp", "hot"})  # a number beside them is the reader's
# The lemma table reads "worse"/"worst" as "wrong" and "better"/"best" as "well": matched as
# written, and only where an item asks for them ("breathing worse").
_COMPARATIVES = frozenset({"worse", "worst", "better", "best"})
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "unable", "cannot", "nae"})
_NEGATION_IDS = frozenset(hash_string(word) for word in _NEGATIONS)


@dataclass(frozen=True)
class Question:
    """A red-flag item to ask about: where (characters in the doc) and what she wrote about."""

    slug: str
    start_char: int
    end_char: int
    about: str


@functools.cache
def _index() -> tuple[dict[str, tuple[Trigger, ...]], frozenset[str]]:
    by_part: dict[str, list[Trigger]] = {}
    for trigger in TRIGGERS:
        for part in trigger.parts:
            by_part.setdefault(part, []).append(trigger)
    return {k: tuple(v) for k, v in by_part.items()}, frozenset(by_part)


def _covered(spans: Sequence[Span], i: int) -> bool:
    return any(span.start <= i < span.end for span in spans)


def _change_at(doc: Doc, trigger: Trigger, part: int, j: int) -> bool:
    """Whether word j says a severity, failure or change of the part at `part`."""
    if doc[j].lower_ in _COMPARATIVES:
        return j > part and doc[j].lower_ in trigger.written
    lemma = doc[j].lemma_
    if (
        j > 0
        and doc[j - 1].lemma_ in trigger.not_preceded
        and (j + 1 == len(doc) or doc[j + 1].lemma_ not in trigger.parts | _SLIPS)
    ):
        return False  # "the wrong department", "got it wrong"; not "the wrong word"
    if j + 1 < len(doc) and doc[j + 1].lemma_ in trigger.not_then:
        return False  # "broke down", "snapped at"
    if trigger.only_after and not (
        (j > 0 and doc[j - 1].lower_ in trigger.only_after)
        or (j > 1 and doc[j - 1].lower_ in _PLACE_DETERMINERS
            and doc[j - 2].lower_ in trigger.only_after)
    ):  # fmt: skip
        return False  # "fell behind the fridge"
    if j > part and part + 1 < len(doc) and doc[part + 1].lemma_ in trigger.reports:
        return False  # "thought we'd lost the cat"
    if (
        doc[part].lemma_ in trigger.objects
        and j > part
        and all(doc[k].lemma_ in _BEING for k in range(part + 1, j))
    ):
        return False  # "the toilet flooded": the thing's, not hers
    if doc[j].lower_ in _TEN:
        return lemma in trigger.changes and _rating(doc, j)
    if lemma in trigger.changes:
        # "no strength", "no feeling": a noun of failure only after a negation
        if lemma in _FAILURE_NOUNS:
            return j > 0 and doc[j - 1].norm_ in _NEGATIONS
        return True
    if lemma in trigger.images:
        lo, hi = min(part, j), max(part, j)
        return _image_hers(doc, part, j) and any(
            doc[k].lower_ == "like" for k in range(max(0, lo - 3), hi)
        )
    if lemma in trigger.adjacent and 0 < j - part <= 2:
        return True
    if lemma in trigger.before and 0 < part - j <= 2:
        return True
    if lemma in _MANNER and trigger.functions and j > part:
        # "not talking well": the part is itself the function, negated
        return doc[part].lemma_ in trigger.functions and _negated_function(doc, part)
    return lemma in trigger.functions and _negated_function(doc, j)


# After a part, a thing of the house or a figure of speech: "the chest freezer", "my back
# pocket", "my stomach for adventure", "back against the wall".
_IMAGE_NOT_AFTER = _lemmas("freezer pocket door drawer seat garden yard room wall burner page")
_IMAGE_NOT_NEAR = frozenset({"against", "for"})
# Someone else's part ("his arm", "Jim's head"); a mother's, written by whoever cares for her,
# is still hers.
_KIN = _lemmas("mum mam mom mummy mother ma nan nana gran granny")


def _image_hers(doc: Doc, part: int, j: int) -> bool:
    """Whether an image ("like a vice") is of her own part: a switch only switched off ("legs
    like someone switched them off", not "... switched on a radiator"), not a part that names
    a thing or a figure of speech, nor someone else's part."""
    end = len(doc)
    if doc[j].lemma_ == "switch" and not any(
        doc[k].lower_ == "off" for k in range(j + 1, min(end, j + 3))
    ):
        return False
    if part + 1 < end and doc[part + 1].lemma_ in _IMAGE_NOT_AFTER:
        return False
    if any(doc[k].lower_ in _IMAGE_NOT_NEAR for k in range(part + 1, min(end, part + 3))):
        return False
    if part > 0 and doc[part - 1].lower_ == "his":
        return False
    return not (
        part > 1
        and doc[part - 1].lower_ in ("'s", "\u2019s")
        and doc[part - 2].text[:1].isupper()
        and doc[part - 2].lemma_ not in _KIN
    )


def _rating(doc: Doc, j: int) -> bool:
    """Whether the "10" at j ends a severe rating written out: "9 out of 10", "8 over 10",
    "10 out of 10" (round 11; "9/10" is one word, in SEVERE), or dictated: "nine out of ten"
    (round 12)."""
    k = j - 1
    if k >= 1 and doc[k].lower_ in ("over", "/"):
        k -= 1
    elif k >= 2 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "out":
        k -= 2
    else:
        return False
    return doc[k].lower_ in _HIGH_RATINGS


def _negated_function(doc: Doc, j: int) -> bool:
    """ "not holding me", "can't feel", "hasn't been able to pass": a negation before a verb,
    in its own clause ("no fits, talking normally" is not "not talking normally", round 13)."""
    for k in range(j - 1, max(0, j - 4) - 1, -1):
        if doc[k].is_punct:
            return False
        if doc[k].norm_ in _NEGATIONS:
            return True
    return False


def _find(doc: Doc, covered: set[int], trigger: Trigger, i: int) -> int | None:
    """The first change word near the part at i, in its clause, that no mention covers."""
    end = len(doc)
    if i + 1 < end and doc[i + 1].lemma_ in trigger.not_after:
        return None
    if trigger.not_before and any(
        doc[k].lemma_ in trigger.not_before for k in range(max(0, i - 3), i)
    ):
        return None
    hi = i + 1
    reach = IMAGE_AFTER if trigger.images else AFTER
    while hi < min(end, i + reach + 1) and doc[hi].lower_ not in _BREAKS:
        hi += 1
    lo = i
    while lo > max(0, i - BEFORE) and doc[lo - 1].lower_ not in _BREAKS:
        lo -= 1
    if any(t.lemma_ in _FINE for t in doc[i + 1 : min(hi, i + 4)]):
        return None
    if doc[i].lemma_ in _READINGS and any(c.isdigit() for t in doc[lo:hi] for c in t.text):
        return None  # a reading: the temperature reader's
    for j in (*range(i + 1, hi), *(() if trigger.forward else range(i - 1, lo - 1, -1))):
        if j - i > AFTER and doc[j].lemma_ not in trigger.images:
            continue
        if j not in covered and _change_at(doc, trigger, i, j):
            return j
    return None


def _clause_words(doc: Doc, i: int) -> set[str]:
    sent = doc[i].sent
    return {t.lemma_ for t in doc[max(sent.start, i - 8) : min(sent.end, i + 9)]}


def _cue_words(doc: Doc) -> set[int]:
    """The words of the reader's ConText cues in the doc (found once per doc)."""
    cues = doc.user_data.get("diary_safety_cues")
    if cues is None:
        graph = doc._.context_graph
        modifiers = graph.modifiers if graph is not None else ()
        cues = doc.user_data["diary_safety_cues"] = {
            k for m in modifiers for k in range(*m.modifier_span)
        }
    return cues


def _modifiers(doc: Doc, span: Span, failure: tuple[int, int]) -> tuple[Any, ...]:
    """The reader's ConText modifiers that reach the span, less a negation that is the failure
    itself ("legs not holding me")."""
    graph = doc._.context_graph
    if graph is None:
        return ()
    return tuple(
        modifier
        for modifier in graph.modifiers
        if modifier.modifies(span)
        and not (
            modifier.category == "NEGATED_EXISTENCE"
            and _failure_negation(doc, modifier.modifier_span[1], failure)
        )
    )


_FUNCTIONS = frozenset().union(*(trigger.functions for trigger in TRIGGERS))


def _failure_negation(doc: Doc, end: int, failure: tuple[int, int]) -> bool:
    """A negation right before a word of the trigger that it makes a failure: "no strength",
    "not holding", "can't feel", "hasn't been able to pass", "not talking well"."""
    for j in range(failure[0], failure[1] + 1):
        lemma = doc[j].lemma_
        if lemma in _FAILURE_NOUNS or lemma in _FUNCTIONS or lemma in _MANNER:
            return 0 <= j - end <= 4
    return False


def questions(doc: Doc, found: Sequence[Span], run_context: Any) -> list[Question]:
    """The red-flag items to ask about in this doc, given the reader's mentions in it.

    `run_context` runs the reader's ConText on the doc; it is called only when a trigger is
    found in a doc the reader found nothing in (ConText ran only where something was found).
    """
    from spacy.attrs import LEMMA

    by_part = _index()[0]
    lemma_ids = doc.user_data.get(LEMMA_IDS)  # ints, as the reader set them: no Tokens
    if lemma_ids is None:
        lemma_ids = doc.to_array(LEMMA).tolist()
    parts, _, negatable = _ids()
    named = parts.intersection(lemma_ids)
    if not named:
        return []  # most notes end here
    negated = not _NEGATION_IDS.isdisjoint(lemma_ids)  # the lemma of "n't" is "not"
    said = (_any_change() if negated else _ids()[1]).intersection(lemma_ids)
    pairs = _pairs()
    if all(pairs[part].isdisjoint(said) for part in named):
        return []  # no word that could be a change of a part it names
    # Comprehensions against the two small sets: no Python loop body per word.
    positions = range(len(lemma_ids))
    part_at = list(itertools.compress(positions, map(named.__contains__, lemma_ids)))
    change_at = list(itertools.compress(positions, map(said.__contains__, lemma_ids)))
    if found:
        # A part inside a red flag or pain the reader placed is that mention's; inside another
        # ("coughed" in "coughed and there was red in the tissue") it can name a red flag.
        placed: set[int] = set()
        covered: set[int] = set()
        for e in found:  # each mention's words and label read once
            words = range(e.start, e.end)
            covered.update(words)
            if e.label_ in RED_FLAGS:
                placed.update(words)
        part_at = [i for i in part_at if i not in placed]
        change_at = [i for i in change_at if i not in covered]
    else:
        covered = set()
    if negated and not negatable.isdisjoint(said):
        # a verb that is a failure only after a negation ("not holding me")
        change_at = [
            i
            for i in change_at
            if lemma_ids[i] not in negatable
            or not _NEGATION_IDS.isdisjoint(lemma_ids[max(0, i - 4) : i])
        ]
    images = _image_ids()
    if not any(
        0 < abs(p - c) <= (IMAGE_AFTER if c > p and lemma_ids[c] in images else AFTER)
        and lemma_ids[c] in pairs[lemma_ids[p]]
        for p in part_at
        for c in change_at
    ):
        return []  # no word of change the reader left unplaced near a part
    candidates: list[tuple[Trigger, int, int]] = []
    for i in part_at:
        for trigger in by_part[doc[i].lemma_]:
            j = _find(doc, covered, trigger, i)
            if j is not None:
                candidates.append((trigger, i, j))
    if not candidates:
        return []
    if doc._.context_graph is None:
        run_context(doc)
    return _asked(doc, found, candidates)


# Red-flag parts written as a list of one-word sentences, the way a frightened person types:
# "Breath. Legs. Bladder. All bad.", "Back. Legs. Can't wee. Scared." (round 17). Asked about
# when two or more such sentences stand in one note; one alone ("Legs.") is left.
_FRAGMENTS = {
    "breath": ("shortness-of-breath", "breathing"),
    "breathe": ("shortness-of-breath", "breathing"),  # the lemma of "breathing"
    "leg": ("leg-weakness", "legs"),
    "bladder": ("bladder-bowel-control", "bladder or bowels"),
    "bowel": ("bladder-bowel-control", "bladder or bowels"),
    "bowels": ("bladder-bowel-control", "bladder or bowels"),
    "waterworks": ("bladder-bowel-control", "bladder or bowels"),
    "back": ("back-pain", "back"),
    "chest": ("chest-pain", "chest"),
    "speech": ("speech-problems", "speech"),
}


# A sentence that says the list is well, and notes whose list is of a workout, a massage or a
# tattoo, not of symptoms ("Chest day. Back. Legs.")
_ALL_WELL = frozenset(
    {"good", "fine", "ok", "okay", "great", "grand", "well", "normal", "better", "brighter"}
)
_NOT_A_BODY_LIST = frozenset({
    "gym", "workout", "massage", "stretch", "stretches", "stretching", "yoga", "pilates",
    "tattoo", "tattoos", "sunburn", "sunburnt", "day", "reps", "sets", "weights", "physio",
    "exercises", "class", "homework", "grooming", "groomed", "butcher", "order", "knitting",
    "sewing", "cardigan", "jumper", "chicken", "lamb", "recipe", "parts",
})  # fmt: skip


@functools.cache
def _fragment_ids() -> frozenset[int]:
    return frozenset(hash_string(word) for word in _FRAGMENTS)


def fragments(doc: Doc, found: Sequence[Span]) -> list[Question]:
    """The red-flag parts of a list of one-word sentences, each asked once."""
    from diary.tagging_matchers import SENT_STARTS

    starts = doc.user_data.get(SENT_STARTS)
    if not starts or len(starts) < 4:  # two sentences and the end, at least
        return []  # most notes end here
    lemma_ids = doc.user_data.get(LEMMA_IDS)  # ints, as the reader set them: no Tokens
    if lemma_ids is not None and sum(map(_fragment_ids().__contains__, lemma_ids)) < 2:
        return []  # ... and almost all the others
    words = []
    for start, end in itertools.pairwise(starts):
        tokens = doc[start:end]
        alpha = [t for t in tokens if t.is_alpha]
        if len(alpha) == 1 and alpha[0].lemma_.lower() in _FRAGMENTS and "?" not in tokens.text:
            words.append(alpha[0])
        elif (
            not _ALL_WELL.isdisjoint(t.lower_ for t in alpha)
            and not any(t.lower_ in ("not", "no", "n't") for t in tokens)
        ) or {"nothing", "wrong"} <= {t.lower_ for t in alpha}:
            return []  # "Back. Legs. Chest. All good.", "Breathing. Speech. Both fine today."
    if len(words) < 2 or not _NOT_A_BODY_LIST.isdisjoint(t.lower_ for t in doc):
        return []
    offered = _offered(found)
    covered = {i for e in found for i in range(e.start, e.end)}
    asked = []
    for word in words:
        slug, about = _FRAGMENTS[word.lemma_.lower()]
        if slug in offered or word.i in covered:
            continue
        offered.add(slug)
        asked.append(Question(slug, word.idx, word.idx + len(word), about))
    return asked


@functools.cache
def _ids() -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """String ids of the parts; of the change words; of the words that are one only after a
    negation ("not holding", "no strength")."""

    def ids(words: Iterable[str]) -> frozenset[int]:
        return frozenset(hash_string(word) for word in words)

    negatable = _FUNCTIONS | _MANNER | _FAILURE_NOUNS
    changes = set().union(*(t.changes | t.adjacent | t.before | t.images for t in TRIGGERS))
    # a word said before a part is one whatever the negation ("felt a crunch")
    changes -= negatable - set().union(*(t.before for t in TRIGGERS))
    changes |= {"wrong", "well"}  # the lemmas of "worse" and "better" (see _COMPARATIVES)
    return ids(_index()[1]), ids(changes), ids(negatable)


@functools.cache
def _image_ids() -> frozenset[int]:
    return frozenset(hash_string(w) for t in TRIGGERS for w in t.images)


@functools.cache
def _any_change() -> frozenset[int]:
    return _ids()[1] | _ids()[2]


@functools.cache
def _pairs() -> dict[int, frozenset[int]]:
    """Part id -> the ids of the words that can be a change of it, in any of its items."""
    pairs: dict[int, set[int]] = {}
    for part, triggers in _index()[0].items():
        words = pairs.setdefault(hash_string(part), set())
        for t in triggers:
            words |= {hash_string(w) for w in t.changes | t.adjacent | t.before | t.functions}
            words |= {hash_string(w) for w in t.images}
            words |= {hash_string(w) for w in _MANNER | _FAILURE_NOUNS | {"wrong", "well"}}
    return {part: frozenset(words) for part, words in pairs.items()}


def _offered(found: Sequence[Span]) -> set[str]:
    """The items the reader placed present or uncertain in the note: the day's page offers
    each once, so a second question for one of them asks nothing new."""
    from diary.tagging_shorthand import SPLIT_LABELS

    offered = set()
    for ent in found:
        if ent.label_.endswith(NEGATED):
            continue
        if status(ent) in ASKED:
            offered.update(SPLIT_LABELS.get(ent.label_, (ent.label_,)))
    return offered


def _asked(
    doc: Doc, found: Sequence[Span], candidates: Iterable[tuple[Trigger, int, int]]
) -> list[Question]:
    from spacy.tokens import Span

    asked: list[Question] = []
    seen: set[tuple[str, int]] = set()
    offered: set[str] | None = None
    for trigger, part, change in candidates:
        first, last = min(part, change), max(part, change)
        sent = doc[part].sent
        key = (trigger.slug, sent.start)
        if key in seen:
            continue
        placed = PAIN_ITEMS if trigger.slug in PAIN_ITEMS else {trigger.slug}
        if any(e.label_ in placed and e.sent.start == sent.start for e in found):
            continue  # the reader placed it in this clause already, whatever its status
        if offered is None:
            offered = _offered(found)
        if trigger.slug in offered:
            continue  # the page offers the item already: found present or asked elsewhere
        if trigger.not_with and not trigger.not_with.isdisjoint(_clause_words(doc, part)):
            continue
        if trigger.not_beside and any(e.label_ in trigger.not_beside for e in found):
            continue
        if trigger.only_with and trigger.only_with.isdisjoint(_clause_words(doc, part)):
            continue
        if trigger.not_in_sentence and any(
            t.lemma_ in trigger.not_in_sentence or t.lower_ in trigger.not_in_sentence
            for t in doc[part].sent
        ):
            continue
        cues = _cue_words(doc)
        if change in cues:
            continue  # the change word is a word of context ("back in March")
        span = Span(doc, first, last + 1, label=trigger.slug)
        if any(e.start < span.end and span.start < e.end for e in found):
            # words between belong to another mention ("coughed" in "coughed ... red"): the
            # question is on the word the reader could not place
            at = change if _covered(found, part) else part
            span = Span(doc, at, at + 1, label=trigger.slug)
        if any(k in cues for k in range(span.start, span.end)):
            # a cue inside the span would not reach it as a whole ("thighs are not like
            # wood"): what reaches the part or the change word reaches the question
            probes = [Span(doc, k, k + 1, label=trigger.slug) for k in (part, change)]
        else:
            probes = [span]
        span._.modifiers = tuple(
            {m: None for p in probes for m in _modifiers(doc, p, (first, last))}
        )
        verdict = status(span)
        if verdict not in ASKED:
            continue
        seen.add(key)
        asked.append(
            Question(
                slug=trigger.slug,
                start_char=span.start_char,
                end_char=span.end_char,
                about=trigger.about or doc[part].lower_,
            )
        )
    return asked
