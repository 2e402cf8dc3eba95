"""Whose symptom a mention is, from who writes the note (round 22).

A diary note is written by the patient or by someone caring for her. Which one the note tells by
whose treatment it names: "my chemo", "my counts", "my oncologist" are the patient's own words;
"her chemo", "his second round", "she's on day 9 of her cycle" are a carer's. Then:

- in a carer's note, a symptom told in the writer's own first person ("I've got a splitting
  headache from the stress", "my own neck is killing me") is the carer's, not the patient's;
- in the patient's note, a symptom whose clause is about a third person ("Tanya has been coughing
  and breathless all night", "She's had the runs herself", "Hal has a stiff neck") is theirs.

Either is someone else's: `family` in the guideline's words. A red flag read so is asked as a
question instead, never dropped (the words may still be hers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from diary.tagging_rules import OBJECT_ME, RELATIVES, history_told, words
from diary.tagging_spelling import is_name, is_real_word

if TYPE_CHECKING:
    from spacy.tokens import Span

_TREATMENT = (
    r"(?:chemo|chemotherapy|oncologist|onc|counts|mets|cycle|treatment|infusion|radiotherapy|"
    r"radio|cancer|tamoxifen|zoladex|letrozole|anastrozole|exemestane|capecitabine|taxol|"
    r"paclitaxel|docetaxel|herceptin|kisqali|ribociclib|palbociclib|ibrance|enhertu|"
    r"zoledronic|denosumab|morphine|port|picc|consultant|scans?|round|infusions|bloods|"
    r"breast cancer|bone mets|liver mets|lung mets|brain mets|hospice nurse|keppra|"
    r"levetiracetam|neuro-onc)"
)
_PATIENT_SAYS = re.compile(
    rf"\b(?:my|i'm on|im on|i am on|i'm having|i am having|with my|wi' me|wi me)"
    rf" (?:\w+ )?{_TREATMENT}\b"
    r"|\bwith my history\b|\bmy (?:tablets|meds|injection|jab)\b"
    # Liverpool and Irish "me own chemo", "me bloods" (round 57; not "started me on")
    rf"|\bme (?:own )?{_TREATMENT}\b"
    r"|\bon (?:this|the same) (?:chemo|drug|tablets)\b"
)
_CARER_SAYS = re.compile(
    r"\bwriting (?:this )?(?:for|on behalf of)\b(?! me\b| us\b)"
    # "This is Bao, I write for my mom" (round 76; not "I write for my daughter to see later")
    r"|\bi write (?:this )?for (?:my|her) (?:mom|mum|mother|mama|wife|husband|grandma|"
    r"grandmother|sister|aunt|auntie|aunty|friend|dad|father)\b"
    r"|\bi'?m her (?:daughter|son|husband|carer)\b"
    # "Husband's note: Linda's BP 120/78", "Partner writing: Priya's fine" (round 45's review)
    r"|\b(?:wife|husband|hubby|partner)(?:'s|\u2019s) (?:note|notes|entry|update)\b"
    r"|\b(?:wife|husband|hubby|partner) (?:writing|here)\b"
    # "WIFE WRITE. HUSBAND HAVE BREAST CANCER." (round 58)
    r"|^(?:wife|husband|hubby|partner) write\b"
    # "Its Sam (partner) writing." (round 56)
    r"|\((?:wife|husband|hubby|partner|boyfriend|girlfriend|bf|gf|daughter|son)\)"
    r" (?:writing|here)\b"
    r"|\b(?:written|typed) by (?:me,? )?(?:her|his) (?:daughter|son|husband|wife|partner)\b"
    # signed at the end: "(Kwame, her son.)", "(Her daughter writing.)"
    r"|\((?:\w+, )?(?:her|his) (?:daughter|son|husband|wife|partner|granddaughter|grandson)"
    r"(?: writing)?\.?\)"
)
# (not another cancer: "Grandad coughed up blood for months before they found his lung cancer"
# tells of a grandfather, not of a man cared for; round 65)
_OTHER_CANCER = (
    r"(?!(?:lung|bowel|prostate|pancreatic|stomach|throat|blood|kidney|ovarian|cervical|"
    r"colon|mouth|oesophageal|esophageal) cancer)"
)
_HER_TREATMENT = re.compile(
    rf"\b(?:her|his) {_OTHER_CANCER}(?:\w+ )?{_TREATMENT}\b"
    r"|\b(?:cancer|mets) in (?:her|his) (?:bones|liver|lungs|brain)\b"
)
# The one a carer looks after, named in the note ("Mummy had a bad night after her chemo", "my
# wife Linda ... her second round of Taxol"); not a sister or a friend, whom a patient often
# tells of with their own treatment.
CARED_FOR_WORDS = words("""
    mum mom mam mummy mommy mama mother maa amma wife husband hubby partner dad father gran
    granny nan nana grandma grandad lola aama motiba dadima nanima hajurama madda
""")
_CARED_FOR = re.compile(rf"\b(?:{'|'.join(sorted(CARED_FOR_WORDS))})\b")
_FIRST = words("i i'm im i've ive my me myself mine meself mi")  # Jamaican "mi": I, my
_WRITER = _FIRST - OBJECT_ME  # "I", "my": the writer's own words, not "told me"
_THIRD = words("she he her his him herself himself")
_OBJECTS = words("him her them")
_PEOPLE = RELATIVES | words("neighbour neighbor roommate friend mate carer")
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "!", "?", "but", "though", "although", "whereas"})
_NOT_NAMES = words("""
    mon tue tues wed thu thurs fri sat sun monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    god jesus christmas easter dr doc doctor nurse prof mr mrs ms miss the this that what when
    then today tonight yesterday also but and so just still now after before chemo scan
    oncology hospital ward clinic bloods no yes not got had have has been feeling felt woke
""")


# A friend or a neighbour who signs a line of the diary: "Sue here.", "Carol from book club
# here.", "Kamau dropping in after work.", "Mutinta writing.", "Gwen next door, popped in"; her
# "I" is her own, "she" the patient (round 46's review). And a visit told by the patient:
# "Kak Aishah came by after work. She's got a bad cough from the haze."
_VISITOR_SIGNS = re.compile(
    r"^\s*(?:(?:friend|neighbour|neighbor|auntie|aunty|cousin) )?(?P<name>[A-Z][\w'\u2019-]+)"
    r"(?: [A-Z][\w'\u2019-]+)?"
    r"(?:(?: from (?:the |my |across |next |our )?[\w' -]{1,25}?| next door)?,?"
    r" (?:here|writing|popping in|popping by|dropping in|visiting|dropped in|popped in|"
    r"called round)\b"
    # a signature, not a visit told: "Jackie popped in and said I wasn't myself"
    r"(?=\s*(?:[.,;:!(]|with\b|after\b|for\b|to\b|this\b|again\b|today\b|from\b|$))"
    r"| from (?:the |my )?[\w'-]+(?: [\w'-]+){0,2}\.)"
)
_A_VISIT_WORD = re.compile(
    r"\b(?:here|writing|popping|dropping|visiting|dropped|popped|called round|from|came|visited)\b"
)
_A_VISIT_TOLD = re.compile(
    r"^\s*(?:(?:my |our )?(?:neighbour|neighbor|friend|auntie|aunty|kak|kakak|cousin) )?"
    r"(?P<name>[A-Z][\w'\u2019-]+)(?: [A-Z][\w'\u2019-]+)?"
    r"(?: from (?:the |my )?[\w' -]{1,25}?)?"
    r" (?:came by|came over|came with|came to (?:visit|see|pray)|popped round|dropped by|"
    r"visited)\b"
)
# ... not the patient's own signature ("Mike here. Sixty-three, bloke, breast cancer"): the
# visitor tells of the patient as "she", "he" or by name
_OF_THE_PATIENT = re.compile(r"\b(?:she|he|she's|he's|her|his)\b")
_HER_OWN_ILLNESS = re.compile(r"\b(?:breast cancer|giving me|my (?:chemo|tablets|cancer|mets))\b")


def _name_like(word: str) -> bool:
    """ "Mary", "Declan", "Sue": not "Back", "Texting", "Dad", "Me"."""
    lower = word.lower()
    return (
        len(word) >= 3
        and _PEOPLE.isdisjoint(lower.replace("'s", "").split("-"))
        and word[:1].isupper()
        and lower not in _NOT_NAMES
        and lower not in _PEOPLE
        and lower not in _FIRST
        and (is_name(word) or not is_real_word(lower))
    )


def _another_name(doc: Any) -> bool:
    """A name after the note's first sentence ("but Mary was in great spirits")."""
    first = next(iter(doc.sents)).end if doc.has_annotation("SENT_START") else 3
    return any(t.is_title and t.is_alpha and _name_like(t.text) for t in doc[first:])


def _signed_by(found: Any) -> bool:
    """A visitor's or a visit's opening names a person: not "Back from Altnagelvin", "Dad
    here", "Me writing"."""
    return bool(found) and _name_like(found.group("name"))


def writer(doc: Any) -> str:
    """ "patient", "carer", or "" when the note does not say, looked for once per note."""
    said = doc.user_data.get("diary_writer")
    if said is None:
        text = doc.user_data.get("diary_lower_text") or doc.text.lower()
        opening = text[:120]  # the pipeline's doc.text is built anew at each call
        original = doc.text if _A_VISIT_WORD.search(opening) else ""
        if (
            original
            and _signed_by(_VISITOR_SIGNS.match(original))
            and (_OF_THE_PATIENT.search(text) or _another_name(doc))
            and not _HER_OWN_ILLNESS.search(text)
        ):
            said = "carer"
        elif (original and _signed_by(_A_VISIT_TOLD.match(original))) or _PATIENT_SAYS.search(text):
            said = "patient"
        elif _CARER_SAYS.search(text) or (
            _HER_TREATMENT.search(text) and _CARED_FOR.search(text) and not history_told(doc)
        ):
            said = "carer"
        else:
            said = ""
        doc.user_data["diary_writer"] = said
    return said


def _a_name(token: Any) -> bool:
    word = token.text
    return (
        token.is_title
        and token.is_alpha
        and len(word) >= 3
        and token.lower_ not in _NOT_NAMES
        and is_name(word)
        and not is_real_word(token.lower_)
    )


_TELLS = words("tell tells told telling show shows showed ask asks asked")


def subject(target: Span, carer: bool = False) -> str:
    """Whose clause the mention is in: "first" (I, my), "third" (she, he, a name), or "",
    from the nearest such word before it in its clause (its own words first)."""
    doc = target.doc
    for i in range(target.end - 1, target.sent.start - 1, -1):
        token = doc[i]
        word = token.lower_
        if i < target.start and word in _CLAUSE_ENDS:
            return ""
        if carer and i > target.start and (word in OBJECT_ME or word in _FIRST):
            continue  # a carer's "she didn't recognise me", "didn't know who I was": hers
        if word == "me" and i and doc[i - 1].lower_ in _TELLS:
            continue  # "she tell me the right leg is heavy": told to the writer (round 76)
        if word in _FIRST:
            if word in ("my", "me", "mi") and i + 1 < len(doc) and doc[i + 1].lower_ in _PEOPLE:
                return "third"  # "My wife Linda spiked a temp": the wife's clause
            return "first"
        if word in _THIRD:
            return "third"
        if i < target.start and _a_name(token):
            return "name"
    return ""


# A visitor told of in the note: "My neighbour Wanjiru brought sukuma", "Auntie Mei Ling visit
# today", "Our friend Denise drove up from North Bay", "Lise came by with her famous sugar pie",
# "Jean fae the bowling club says", "Her sister Carol flew in" (round 47): her name is the
# person a later mention, or the "she" it is told of by, may be nearest to.
_A_VISITOR = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2})"
    r"(?:(?:,? (?:from|fae|in) (?:the |my |our |across |next )?[\w' -]{1,25}?,?)? (?:came|comes|"
    r"brought(?! (?:\w+ ){0,2}up\b)|visited|visit|visits|dropped|popped|called (?:in|round|by)|"
    r"drove|flew|stopped by|"
    r"stayed|is staying|is up from|texted|phoned|rang)\b"
    r"| (?:from|fae) (?:the|my|our|work|church|next door)\b)"
    r"|\b(?i:friend|neighbour|neighbor|pal|mate|cousin|(?:lunch|coffee|tea|dinner|a walk) with),?"
    r" (?P<named>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)"
)
# ... and someone's mother told of without a name: "Shaz's mum", "my best mate's mum" (not "her
# sister", "her daughter": the carer who writes, as often; nor "my friend", "a neighbour": a
# friend who drives her or finds her is told of in the patient's own sentences)
_OTHERS_MOTHER = re.compile(r"'s (?:mum|mom|mam|mother)\b")
# ... not a doctor or a nurse who rings with her results ("Dr Evans rang: calcium came back high")
_CLINICIAN_WORDS = r"(?:dr|doctor|nurse|prof|professor|consultant)\b"
_CLINICIAN = re.compile(_CLINICIAN_WORDS, re.IGNORECASE)
# ... nor the friend the writer goes to see ("I went to see my friend Nyambura in the hospice"):
# the one the diary is about
_NOT_A_VISIT = re.compile(
    rf"(?:\b{_CLINICIAN_WORDS}\.?|\b(?:see|visit|visited|visiting|went to|sat with|"
    # ... nor the friend she writes for ("I am writing for my friend Maryam", round 75)
    r"writing for|write for|typing for)"
    r"(?: my| our| her)?) *$",
    re.IGNORECASE,
)
_FEMALE = words("""
    she her herself mum mom mam mummy mommy mama mother maa amma wife gran granny nan nana grandma
    lola
""")
_PLACE_BEFORE = words("in from fae at to near")
# ... "her" before one of these is no owner: "I told her the diarrhoea has stopped"
_AFTER_AN_OBJECT = words("""
    the a an that this these there it to about my i we you what how when why if and but so for in
    on at with not
""")
_YOU = words("you your you're u ur")  # the one a note speaks to, or a quote to her
_OUR = words("my our")  # ... after "from" or "at": a place of hers ("from my qigong class")
_NOT_A_POSSESSOR = words("it that there here what who he she this")  # "It's Mum": "is"


def _visitors(doc: Any) -> frozenset[str]:
    """Once per note: the names of the visitors it tells of ("wanjiru", "mei"), with "" when
    it tells of someone's mother ("Shaz's mum"); empty when it tells of neither."""
    found = doc.user_data.get("diary_visitors")
    if found is None:
        text = doc.text
        names = {
            word.lower()
            for match in _A_VISITOR.finditer(text)
            if not _CLINICIAN.match(text, match.start())
            and not _NOT_A_VISIT.search(text, max(0, match.start() - 20), match.start())
            for word in (match.group("name") or match.group("named")).split()
            if _name_like(word) and word.lower() not in CARED_FOR_WORDS
        }
        lower = doc.user_data.get("diary_lower_text") or text.lower()
        if names or _OTHERS_MOTHER.search(lower):
            names.add("")
        found = doc.user_data["diary_visitors"] = frozenset(names)
    return found


def _a_visitor(
    doc: Any, i: int, visitors: frozenset[str], pronoun: str, target: Span
) -> bool | None:
    """Whether the person at token i is a visitor (True), someone else the note may be about
    (False), or no person (None)."""
    token = doc[i]
    word = token.lower_
    before = doc[i - 1].lower_ if i else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if word in visitors and token.is_title:
        return True
    if word in CARED_FOR_WORDS:
        if pronoun and (pronoun in _FEMALE) != (word in _FEMALE):
            return None  # "pt's husband reports she has been confused": not the husband
        # "Shaz's mum", "my best mate's mum": not "Mum", "It's Mum", "Kofi's mother (the patient)"
        return before == "'s" and doc[i - 2].lower_ not in _NOT_A_POSSESSOR and after != "("
    if token.is_title and token.is_alpha and _name_like(token.text):
        return None if before in _PLACE_BEFORE else False  # not "Friend in Buffalo"
    return None


def _told_as_object(doc: Any, i: int) -> bool:
    """ "told her the diarrhoea has stopped", "found her on the floor": not "her knees"."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.is_punct or after.lower_ in _AFTER_AN_OBJECT


def visitors_own(target: Span) -> bool:
    """ "Lise came by with her famous sugar pie. She's had weeks of nausea from her own chemo",
    "Our friend Denise drove up. Denise has been fighting vertigo": the visitor's own symptom, by
    the person nearest before it in its sentence, or, where it is told of as "she" or "he", the
    person that pronoun is nearest to in its sentence or the one before (round 47)."""
    doc = target.doc
    visitors = _visitors(doc)
    if not visitors:
        return False
    own = [t.lower_ for t in target]
    if not _WRITER.isdisjoint(own):
        return False  # "the pain in my ribs"
    pronoun = next((word for word in own if word in _THIRD), "")
    sentence = target.sent.start
    earliest = doc[sentence - 1].sent.start if sentence else 0
    for i in range(target.start - 1, earliest - 1, -1):
        word = doc[i].lower_
        if word in _OUR and i and doc[i - 1].lower_ in _PLACE_BEFORE:
            continue  # "Aunty Lee from my qigong class has been coughing up blood" (round 51)
        if word in _THIRD or word in _FIRST or word in _YOU:
            if pronoun:
                if word in _OBJECTS and _told_as_object(doc, i):
                    return False  # "neighbour found her on the floor, she'd wet herself"
                continue  # "texted me her temp"
            if word in _THIRD:
                if word != "her" or i + 1 == target.start or not _told_as_object(doc, i):
                    pronoun = word
                continue
            return False  # "Me, I'm just tired", "found me sat in the hall, muddled"
        if i < sentence and not pronoun:
            return False
        said = _a_visitor(doc, i, visitors, pronoun, target)
        if said is not None:
            return said
    return False


# A young child of the house, named (round 72): with an age ("Finn (4)", "Dhruv 6 and Kavya
# 3"), or in a sentence of a child's illness ("Mia has chickenpox spots", "Jack teething"), or
# of nursery or school where the name has something ("Nursery rang, Theo's got a temperature";
# not "Jenny did the school run", "Took Emma to school for Sarah": grown-ups, round 72's review).
_CHILDS_ILLNESS = re.compile(
    r"\b(?:teething|chicken ?pox|croup|calpol|nappy|nappies|diapers?|potty|"
    r"hand,? foot and mouth)\b"
)
_CHILDS_DAY = re.compile(
    r"\b(?:nursery|pre-?school|playgroup|school|childminder|day ?care|kindergarten|toddler|"
    r"little one)\b"
)
_GROWN_UPS_DO = re.compile(
    r"\b(?:took|take|takes|taking|picked|pick|dropped|drop|drove|drive|did|do|collected|collect|"
    r"walked|walk|brought|run)\b"
)
# (in brackets, "Leo (4)"; two listed, "Dhruv 6 and Kavya 3"; or "Ellie, aged 8", "Sam 5yo":
# not "Keppra 5 and another seizure", "April 3 and still breathless", round 72's review)
_NAME = r"([A-Z][a-z]{2,})"
_AGED = re.compile(
    rf"\b{_NAME} \((\d{{1,2}})\)"
    rf"|\b{_NAME} (\d{{1,2}}) and {_NAME} (\d{{1,2}})\b"
    rf"|\b{_NAME},? (?:aged |age )(\d{{1,2}})\b"
    rf"|\b{_NAME},? (\d{{1,2}}) ?(?:yo|y/o|yrs?|years? old)\b"
)
_CHILD_YEARS = 16
_LITTLE = re.compile(rf"\b(?:[Ll]ittle|[Bb]aby) {_NAME}(?= (?:has|had|is|was|got)\b|'s\b)")
_A_CHILD_HAS = words("has had 's is was got")


def _a_persons_name(word: str, then: str) -> bool:
    """ "Theo", "Kavya", "Mia has": not "Day 3", "Cycle", "School", "She" (a word of three letters
    is too short for the word list to tell, so it is a name where a verb follows it)."""
    lower = word.lower()
    return (
        lower not in _THIRD
        and word.isalpha()
        and word.istitle()
        and _name_like(word)
        and (len(word) > 3 or then in _A_CHILD_HAS)
    )


def _childrens_names(doc: Any) -> frozenset[str]:
    """Once per note: the names of the young children it tells of (lower case)."""
    names = doc.user_data.get("diary_children")
    if names is None:
        found: set[str] = set()
        text = doc.user_data.get("diary_lower_text") or doc.text.lower()
        if _CHILDS_ILLNESS.search(text) or _CHILDS_DAY.search(text):
            for sent in doc.sents:
                said = sent.text.lower()
                illness = _CHILDS_ILLNESS.search(said) is not None
                if not illness and (not _CHILDS_DAY.search(said) or _GROWN_UPS_DO.search(said)):
                    continue
                for t in sent:
                    then = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
                    if _a_persons_name(t.text, then) and (illness or then in _A_CHILD_HAS):
                        found.add(t.lower_)
        # "Little Joey has a cough" (round 75)
        for match in _LITTLE.finditer(doc.text):
            if _a_persons_name(match.group(1), "is"):
                found.add(match.group(1).lower())
        for match in _AGED.finditer(doc.text):
            groups = [g for g in match.groups() if g]
            for name, years in zip(groups[::2], groups[1::2], strict=True):
                if int(years) <= _CHILD_YEARS and _a_persons_name(name, "is"):
                    found.add(name.lower())
        names = doc.user_data["diary_children"] = frozenset(found)
    return names


def a_childs(target: Span) -> bool:
    """ "Mia has chickenpox spots all over her tummy and a temp of 38.3", "Finn (4) had a febrile
    convulsion": a young child's, by the child named nearest before it in its clause."""
    children = _childrens_names(target.doc)
    if not children:
        return False
    doc = target.doc
    for i in range(target.end - 1, target.sent.start - 1, -1):
        token = doc[i]
        word = token.lower_
        if (i < target.start and word in _CLAUSE_ENDS) or word in _FIRST:
            return False
        if i < target.start and word in children and token.is_title:
            return True
    return False


# Pity for someone named in the sentence: "Sat with Bev in the chemo suite, she was vomiting the
# whole time poor love", "Me sister Phyllis is after getting the shingles, poor thing", "Noah
# threw up in the van. Poor kid." (round 73); not in a carer's note, where the pitied one is the
# patient ("She was sick three times, poor love").
_PITY = re.compile(
    r"\b(?:poor (?:love|thing|lamb|soul|kid|pet|mite|dear|darling|wee soul|sod|bugger|girl|"
    r"boy|fella|man|woman|lady)|bless (?:her|him)|pole sana)\b"
)
_NOT_PITIED = CARED_FOR_WORDS | words("""
    dr doctor nurse gp consultant says said say rang phoned thinks reckons told tells
""")


def _pitied(target: Span) -> bool:
    """A mention in a clause about "she", "he" or a name, in a sentence that names someone
    other than one she may care for and pities them (above)."""
    doc = target.doc
    text = doc.user_data.get("diary_lower_text") or doc.text.lower()
    if not _PITY.search(text) or writer(doc) == "carer":
        return False
    if subject(target) not in ("third", "name"):
        return False
    sent = target.sent
    said = sent.text.lower()
    if sent.end < len(doc) and len(doc[sent.end].sent) <= 5:
        said += " " + doc[sent.end].sent.text.lower()  # "Poor kid."
    before = doc[sent.start : target.start]
    return (
        bool(_PITY.search(said))
        and any(_a_persons_name(t.text, doc[t.i + 1].lower_) or t.lower_ in _PEOPLE for t in before)
        # (not the patient named by her husband, "My wife Linda had a seizure at 3am, bless
        # her", nor a doctor or a friend who tells of hers, "Dr Patel, bless him, he thinks the
        # chest pain is reflux"; round 73's review)
        and not any(t.lower_ in _NOT_PITIED for t in before)
    )


def someone_elses(target: Span) -> bool:
    """Whether the mention is someone else's by who writes the note and whose clause it is (a
    note that does not say who writes it keeps its reading: carers name the patient as often as
    patients name others, unless the note turns to the writer herself, below)."""
    if visitors_own(target) or a_childs(target) or _pitied(target):
        return True
    role = writer(target.doc)
    if not role:
        return _before_her_own_part(target) and subject(target) in ("third", "name")
    said = subject(target, carer=role == "carer")
    if role == "carer" and said not in ("third", "name") and _in_her_own_turn(target):
        return True  # "Writing for Gran ... Me on the other hand, cant sleep" (round 54)
    doc = target.doc
    after = doc[target.end].lower_ if target.end < len(doc) else ""
    if role == "carer" and (after in _OBJECTS or not _OBJECTS.isdisjoint(t.lower_ for t in target)):
        return False  # "I can hardly rouse him": what she sees of him (round 45)
    return (role == "carer" and said == "first") or (
        role == "patient" and said in ("third", "name")
    )


# The writer turning from others to herself: "Carol said her cough is so bad she can't sleep.
# Me, knock on wood: just tired.", "Ma sister Morag phoned, she was coughing up blood. Me: nae
# cough", "Today for me: chest fine" (round 42).
_HER_OWN_PART = re.compile(
    r"(?:^|[.!?\n]\s*)(?:me|and me|as for me|(?:today|now) for me|for me)"
    r"(?: now| today| myself| on the other hand)?\s*(?:[:,\-\u2013\u2014]|\(|$)"
    # ... or says she is well herself: "Gladys fainted during the last hymn. I felt fine",
    # "Karen rang. She's had a shocking migraine all week. I'm okay" (round 51; not "My own
    # chest is tight": a husband who cares for her tells of his own illness so)
    r"|(?:^|[.!?\n]\s*)(?:but |and )?(?:i'?m|i am|i felt|i feel) (?:fine|ok|okay|grand|alright"
    r"|all right)\b|\bi'?m (?:fine|grand|ok|okay) myself\b",
    re.MULTILINE,
)
# ... in a note that names no one she cares for before it ("Gareth's wife Carys" is Gareth's,
# "since her mother died" hers)
_CARED_FOR_HERE = re.compile(
    rf"(?<!'s )(?<!\u2019s )(?<!her )(?<!his )(?<!their ){_CARED_FOR.pattern}"
)


def _in_her_own_turn(target: Span) -> bool:
    """Whether the mention is in the sentence where the writer turns to herself, after the
    turn ("Me on the other hand, cant sleep, cry in the car park")."""
    text = target.doc.user_data.get("diary_lower_text") or target.doc.text.lower()
    sent = target.sent
    return any(
        sent.start_char <= found.end() <= target.start_char
        for found in _HER_OWN_PART.finditer(text, max(0, sent.start_char - 2), target.start_char)
    )


def _before_her_own_part(target: Span) -> bool:
    """Whether the mention comes before the writer's turn to herself, in a note that names no
    one she cares for (a carer's "Mum vomited twice. Me: shattered" is Mum's)."""
    doc = target.doc
    at = doc.user_data.get("diary_her_own_part")
    if at is None:
        text = doc.user_data.get("diary_lower_text") or doc.text.lower()
        found = _HER_OWN_PART.search(text)
        at = found.start() if found and not _CARED_FOR_HERE.search(text[: found.start()]) else -1
        doc.user_data["diary_her_own_part"] = at
    return target.start_char < at


# A chat copied into the diary: "[08:12] Deb: anyone else's feet peeling?", "Jo (10:14): ...",
# "19:02 Karen: ...", "me 21:03: ...", "Msg from Kylie 7:45am: ...". A line opening with a
# speaker and a colon; lines after it without one are the same speaker's.
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_SPEAKER_LINE = re.compile(
    rf"^[ \t]*(?:\[?{_TIME}\]?[ \t]*)?(?:msg from[ \t]+)?([a-z][\w'\u2019-]{{0,19}})"
    rf"(?:[ \t]*\(?{_TIME}\)?)?[ \t]*:(?!\d)",
    re.MULTILINE,
)
_ME = words("me i myself")
_OWN = _FIRST | {"ma"}  # a speaker of her own ("ma ankles are like balloons")
# A speaker telling of someone else: "Dave: Mum's had a seizure", "Sue: how are you?"
_OF_OTHERS = _THIRD | words("you your u ur mum mom mam dad")


def _chat_speakers(doc: Any) -> list[tuple[int, bool]]:
    """Once per note: where each speaker's lines start in a chat (character offset, and whether
    the speaker is the diary's owner, "me"), or nothing when the note is no chat: two lines or
    more with a speaker, one of them "me" and one someone else."""
    speakers = doc.user_data.get("diary_chat")
    if speakers is None:
        text = doc.user_data.get("diary_lower_text") or doc.text.lower()
        speakers = []
        if "\n" in text and ":" in text:
            found = [(m.start(), m.group(1) in _ME) for m in _SPEAKER_LINE.finditer(text)]
            mine = {me for _, me in found}
            if len(found) >= 2 and mine == {True, False}:
                speakers = found
        doc.user_data["diary_chat"] = speakers
    return speakers


def another_speakers(target: Span) -> bool:
    """ "[08:12] Deb: anyone else's feet peeling?? mine are raw" in a chat with "me": Deb's, not
    hers, when Deb speaks of herself on the line ("Dave: Mum's had a seizure" is Mum's)."""
    speakers = _chat_speakers(target.doc)
    if not speakers:
        return False
    at = target.start_char
    said = [(start, me) for start, me in speakers if start <= at]
    if not said or said[-1][1]:
        return False
    doc = target.doc
    line = [t for t in doc[target.sent.start : target.sent.end] if t.idx >= said[-1][0]]
    return any(t.lower_ in _OWN for t in line) and not any(t.lower_ in _OF_OTHERS for t in line)
