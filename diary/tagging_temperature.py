"""Temperature readings in notes: "temp 38.4", "101F", "38.6°C", "temperature of 100.9".

A reading of 38.0 °C / 100.4 °F or more is a fever mention (tests/data/TAGGING_GUIDELINES.md)
carrying its value in Celsius, which the day's page offers for the temperature field. A reading
needs a lead-in word ("temp", "temperature", "T") or a unit; a number alone ("down to 99.1",
"BP 102/64") is not read, and neither is a value no body reaches ("30 degrees there"). Two
exceptions: a value written with one decimal between 38.0 and 42.9 (Celsius: "A touch warm,
38.2", "38.4 under her arm") or 100.0 and 105.9 (Fahrenheit, only beside a word of body
temperature or of how a fever feels: "100.4 exactly. Feel rough.", not "walked 100.5 metres")
is a temperature unless a unit, a measure or a limit given as advice says otherwise ("38.5 kg",
"weight 38.4", "said under 100.4 is fine"), and dictated words ("temperature is thirty eight
point six").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

FEVER_C = Decimal("38.0")
BODY_C = (Decimal("34.0"), Decimal("43.0"))
BODY_F = (Decimal("93.0"), Decimal("109.5"))

_LEAD = r"(?:temp(?:erature)?s?|tmax|t|fever|favou?r|pyrexia|thermometer)"
_READING = re.compile(
    rf"(?:(?P<lead>\b{_LEAD})(?:\s*(?:of|was|is|at|up\s+to|reading|went\s+up\s+to|now|=|:|"
    r"says|said|reads?|read|showed|shows|reached|"
    r"goes\s+(?:over|above|up\s+to)|went\s+(?:over|above)|(?:higher|more)\s+than|over|above|"
    r"reaches|hits|gets\s+to|is\s+over))?"
    # (a comma after "temperature" before a reading with a decimal comma: "measure temperature,
    # 38,4"; not "a proper fever, 38.9", a word and its reading, nor "Bath temperature, 38.5")
    r"\s*(?::|(?:(?<=temperature)|(?<=temp)),(?=\s*\d{2},\d))?\s*)?"
    r"(?<![\d./])(?P<number>\d{2,3}(?:[.,]\d{1,2})?)(?![\d/])"
    r"(?:\s?(?P<unit>°\s?[CF]\b|º\s?[CF]\b|deg(?:rees?)?\s?[CF]\b|fahrenheit\b|celsius\b|[CF]\b|°))?",
    re.IGNORECASE,
)


# The units and measures after a number that make it something other than a temperature.
_MEASURE = (
    r"kg|kgs|kilos?|lbs?|%|mm|cm|ml|mg|m\b|km|miles|g\b|hrs?|hours|mins|"
    r"x|-\s?\d|mpg|mph|stones?\b|st\b|baht|litres?|liters?|l\b|seconds|secs?\b|s\b|"
    r"pounds|quid|euros?|dollars|points|pts"
)
# "38.2" alone: a body temperature in Celsius, unless a unit follows or a measure precedes.
_BARE = re.compile(
    r"(?<![\d./,:£$])\b(?P<number>(?:3[89]|4[012]|10[0-5])\.\d)\b(?![\d/.,]\d)"
    rf"(?!\s?(?:{_MEASURE}))(?!/)",
    re.IGNORECASE,
)  # "38.0 / 37.6" is a list
# The first of two numbers whose unit comes after the second: "went from 39.2 to 40.1 stone",
# "38.5-39.0 kg" (round 11).
_RANGE_MEASURE = re.compile(
    rf"\s*(?:to|-|\u2013|and|or)\s*\d{{1,3}}(?:[.,]\d{{1,2}})?\s?(?:{_MEASURE})",
    re.IGNORECASE,
)
_NOT_TEMPERATURE = re.compile(
    r"\b(?:weigh\w*|wt|bmi|hb|hgb|sats?|bp|pulse|hr|size|day|cycle|dose|score|ca-?\s?15-?3|"
    r"cea|calcium|glucose|sugar|inr|crp|ferritin|outside|weather|forecast|room|oven|bath|£|\$|"
    r"bus|route|rate|price\w*|scores|times|lap\w*|fuel)\W{0,3}(?:\w+\W{1,3}){0,1}$",
    re.IGNORECASE,
)
# "the cut-off 100.4": a limit. "under 100.4", "above 38", "higher than 38.5" is one only where
# its clause gives advice or an instruction ("said under 100.4 is fine", "call if above 38"):
# "Temp went above 38.5 last night" and "Been over 38.4 since lunch, should I ring?" are
# readings.
# ... or told farther from it: "The threshold I was given is 38.0" (round 62; not "Temp went
# over the threshold tonight, 38.4", "My pain threshold is low, temp 38.6")
_LIMIT = re.compile(
    r"\b(?:cut-?off|threshold|limit)(?:(?:\s+[a-z']+){0,5}\s+(?:is|was|of|at))?\W{0,3}$",
    re.IGNORECASE,
)
# ... or after it: "Both are above the 100.4 F threshold" (round 62)
_LIMIT_AFTER = re.compile(r"\s*(?:°\s*)?[FC]?\s*(?:cut-?off|threshold)\b", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:under|over|above|below|than)\W{0,3}$", re.IGNORECASE)
_ADVICE = re.compile(
    r"\b(?:if|should|shouldn't|told|tells?|said|says|advised|cut-?off|threshold|limit|"
    r"(?:is|are|'s)\s+(?:fine|ok|okay|normal))\b",
    re.IGNORECASE,
)
# A bare 100.0-105.9 is Fahrenheit only beside a word of body temperature ("100.4 under the
# tongue") or of how a fever feels ("100.4 exactly. Feel rough."): "Walked 100.5 metres",
# "105.4 FM" are not.
_BODY_HINT = re.compile(
    r"°|º|\bF\b|\b(?:temp\w*|thermometer|fever\w*|febrile|pyrexi\w*|(?:under\s+(?:the|my|her|his)\s+)"
    r"?tongue|ear|armpit|oral|hot|warm|shiver\w*|shaking|chills?|rigou?rs|clammy|sweat\w*|"
    r"burning\s+up|flushed|rough|unwell|poorly)\b",
    re.IGNORECASE,
)
# "Prices: 38.9 / 37.2", "Race times: 38.7, 39.2": a bare value in a list of numbers is a
# reading only in a note that speaks of temperature ("Temp log: 10:00 38.0 / 14:00 37.6").
_IN_A_LIST = re.compile(
    r"\d\s*[/,]\s*(?:[a-z]+\s+|\d\d?:\d\d\s+)?[£$]?$|^\s*[/,]\s*(?:[a-z]+\s+)?[£$]?\d", re.I
)
_NUMBER_WORD_C = re.compile(r"\d\s?C\b")
_CLAUSE_END = re.compile(r"[.!?](?:\s|$)|[,;\n]")
_BARE_HINT = re.compile(r"(?:3[89]|4[012]|10[0-5])\.\d")  # cheap: most notes have no such number
_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
# A lead-in before a reading said in words or dictated ("temp is", "thermometer says"); the
# Fahrenheit one also after "went up to".
_SPOKEN_LEAD_IN = rf"(?:\b(?P<lead>{_LEAD})\s+(?:is|was|of|at|reads?|says|now)?\s*)?"
_SPOKEN_LEAD_IN_RISEN = (
    rf"(?:\b(?P<lead>{_LEAD})\s+(?:is|was|of|at|reads?|says|now|went\s+up\s+to|up\s+to)?\s*)?"
)
_SPOKEN = re.compile(
    _SPOKEN_LEAD_IN + r"\b(?P<tens>thirty|forty)(?:[\s-](?P<unit>eight|nine|zero|one|two))?\b\s*"
    r"(?:(?:point|\.)\s+(?P<tenth>zero|one|two|three|four|five|six|seven|eight|nine)\b|"
    r"(?P<half>and\s+a\s+half\b))?"
    r"(?P<degrees>\s*degrees?(?:\s+c(?:elsius|entigrade)?)?\b)?",
    re.IGNORECASE,
)
# Dictation that writes the digits and the word: "temp 38 point 5", "101 point 2", "temperature
# 39 and a half" (round 12).
_DIGITS_SPOKEN = re.compile(
    _SPOKEN_LEAD_IN
    + r"(?<![\d.,/])\b(?P<whole>\d{2,3})\s+(?:point\s+(?P<tenth>\d)\b|(?P<half>and\s+a\s+half\b))",
    re.IGNORECASE,
)
# What a number said in words is when it is not a temperature: an age, a time, a weight, a
# price, a count ("thirty eight and a half weeks", "thirty nine point five kilos").
_SPOKEN_MEASURE = re.compile(
    r"\s*(?:years?|yrs?|months?|weeks?|wks?|days?|minutes?|mins?|hours?|hrs?|seconds?|kilos?|"
    r"kgs?|kilograms?|pounds?|lbs?|stones?|grams?|quid|pence|euros?|dollars?|bucks|rand|percent|"
    r"%|miles?|k\b|km|metres?|meters?|cm|mm|inches|feet|foot|o'?clock|am\b|pm\b|times|points?|"
    r"litres?|liters?|ml|mg|mph|euro|p\b|thousand|grand)",
    re.IGNORECASE,
)
# A whole number said in words ("thirty nine degrees") or with "and a half" is a temperature
# only after a lead-in or beside a word of fever ("shivering, thirty nine degrees"): "thirty
# eight degrees in the shade" is the weather.
_FEVERISH = re.compile(
    r"\b(?:temp\w*|thermometer|fever\w*|febrile|pyrexi\w*|shiver\w*|chills?|rigou?rs|"
    r"burning\s+up)\b",
    re.IGNORECASE,
)

# Dictated Fahrenheit: "temperature is a hundred and one point two", "one hundred point four",
# "a hundred and two degrees": 100-105 said in words, with a lead-in or a tenth or "degrees".
_SPOKEN_F = re.compile(
    _SPOKEN_LEAD_IN_RISEN
    + r"\b(?P<a>(?:a|one)\s+)?hundred(?:\s+and)?(?:\s+(?P<unit>one|two|three|four|five))?"
    r"(?:\s+(?:point|\.)\s+(?P<tenth>zero|one|two|three|four|five|six|seven|eight|nine)\b|"
    r"(?P<half>\s+and\s+a\s+half\b))?"
    r"(?P<degrees>\s+degrees?(?:\s+f(?:ahrenheit)?)?\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    celsius: Decimal

    @property
    def is_fever(self) -> bool:
        return self.celsius >= FEVER_C


def _celsius(number: Decimal, unit: str) -> Decimal | None:
    unit = unit.upper()
    if "F" in unit or (not unit.strip("°º") and BODY_F[0] <= number <= BODY_F[1]):
        if not BODY_F[0] <= number <= BODY_F[1]:
            return None
        value = (number - 32) * 5 / 9
    else:
        if not BODY_C[0] <= number <= BODY_C[1]:
            return None
        value = number
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _clause(text: str, match: re.Match[str]) -> str:
    """The clause of `match` (the point in "38.5" ends none)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())]
    end = _CLAUSE_END.search(text, match.end())
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _near(text: str, match: re.Match[str]) -> str:
    """A few words either side of `match`, over a sentence break ("100.4 exactly. Feel rough.")."""
    return (
        text[max(0, match.start() - 40) : match.start()]
        + " "
        + text[match.end() : match.end() + 30]
    )


def _a_limit(text: str, start: int, end: int) -> bool:
    """A limit she was given, not a reading: "the threshold I was given is 38.0", "above the
    100.4 F threshold"."""
    return bool(_LIMIT.search(text, max(0, start - 40), start) or _LIMIT_AFTER.match(text, end))


def readings(text: str) -> list[Reading]:
    """Every body temperature written in `text`, with where it is."""
    lowered = text.lower()
    found = _digits_spoken(text) if "point" in lowered or "half" in lowered else []
    dictated = [(r.start, r.end) for r in found]
    for match in _READING.finditer(text):
        if any(s <= match.start("number") < e for s, e in dictated):
            continue  # "temp 38 point 5": read whole above
        lead, unit = match.group("lead"), match.group("unit") or ""
        if not lead and not unit:
            continue
        number_text = match.group("number")
        if lead == "t" and not unit and "." not in number_text:
            continue  # a lone lower-case "t" is too common a letter: only with "38.4"-like values
        number = Decimal(number_text.replace(",", "."))
        celsius = _celsius(number, unit)
        if celsius is None:
            continue
        start = match.start("lead") if lead else match.start("number")
        # (the "old" of "threshold", the "off" of "cut-off": most notes have neither)
        if ("old" in lowered or "off" in lowered) and _a_limit(text, start, match.end()):
            continue
        found.append(Reading(start=start, end=match.end(), celsius=celsius))
    taken = [(r.start, r.end) for r in found]
    bare = _BARE.finditer(text) if _BARE_HINT.search(text) else ()
    for match in bare:
        if any(s <= match.start() < e for s, e in taken):
            continue
        before = text[max(0, match.start() - 20) : match.start()]
        if _NOT_TEMPERATURE.search(before) or _LIMIT.search(before):
            continue
        if ("old" in lowered or "off" in lowered) and _a_limit(text, match.start(), match.end()):
            continue
        if _RANGE_MEASURE.match(text, match.end()):
            continue
        if _COMPARED.search(before) and _ADVICE.search(_clause(text, match)):
            continue
        number = Decimal(match.group("number"))
        if number > 50 and not (
            _BODY_HINT.search(_near(text, match))
            or (any(r.end <= match.start() for r in found) and not _COMPARED.search(before))
        ):
            continue  # "Temp 100.9F at bedtime. Took it again at 11pm: 101.3" (round 28), not
            # "100.1F at 4pm, both under 100.4"
        if (
            (_IN_A_LIST.search(before) or _IN_A_LIST.search(text[match.end() : match.end() + 20]))
            and not found
            and not (_BODY_HINT.search(text) or _NUMBER_WORD_C.search(text))
        ):
            continue
        celsius = _celsius(number, "F" if number > 50 else "C")
        if celsius is not None:
            found.append(Reading(match.start(), match.end(), celsius))
    found += _follow_ons(text, found)
    if "," in text and any("," in text[r.start : r.end] for r in found):
        found += _comma_rechecks(text, found)
    if "degree" in lowered:
        found += _whole_degrees(text, found)
    if "point" in lowered or "thirty" in lowered or "forty" in lowered or "half" in lowered:
        found += _spoken(text, taken)
    spoken_f = _SPOKEN_F.finditer(text) if "hundred" in lowered else ()
    for match in spoken_f:
        lead = match.group("lead")
        if not (lead or match.group("tenth") or match.group("degrees") or match.group("half")):
            continue
        if not (lead or match.group("a")) or _not_a_reading(text, match, lead):
            continue  # "hundred and one" alone, "a hundred and two point five kilos"
        if match.group("half") and not (lead or _FEVERISH.search(_near(text, match))):
            continue  # "a hundred and a half" is no reading without a word of fever
        unit = _UNITS.get((match.group("unit") or "zero").lower(), 0)
        tenth = 5 if match.group("half") else _UNITS.get((match.group("tenth") or "zero").lower())
        celsius = _celsius(Decimal(100 + unit) + Decimal(tenth or 0) / 10, "F")
        if celsius is not None and not any(s <= match.start() < e for s, e in taken):
            found.append(Reading(match.start(), match.end(), celsius))
    return _restated_dropped(text, sorted(found, key=lambda r: r.start))


_IN_BRACKETS = re.compile(r"\s*[(\[]\s*")


def _restated_dropped(text: str, found: list[Reading]) -> list[Reading]:
    """ "Temperature 100.6 °F (38.1 °C)": a reading in brackets right after another of the same
    heat is the same reading in the other unit (round 52)."""
    kept: list[Reading] = []
    for reading in found:
        before = kept[-1] if kept else None
        if (
            before is not None
            and _IN_BRACKETS.fullmatch(text, before.end, reading.start)
            and abs(before.celsius - reading.celsius) <= Decimal("0.2")
        ):
            continue
        kept.append(reading)
    return kept


# "101.8°F this arvo, 102 by bedtime": a whole number after a Fahrenheit reading, in its sentence
# and after a comma, is the next reading when a time or the clause's end follows it (not "101F
# at 10, 2 paracetamol"). After a Celsius reading it is not read: "38 at 9" is as often a bus, a
# thermostat or an age.
_FOLLOW_ON = re.compile(
    r"[^.!?\n]{0,25}?[,;]\s*(?:then|now|and|but|up\s+to|down\s+to)?\s*(?P<number>\d{2,3})"
    r"(?=\s*(?:$|[.,;!?\n]|(?:at|by|now|this|tonight|later|after|before|overnight|again|"
    r"in\s+the)\b))",
    re.IGNORECASE,
)


def _follow_ons(text: str, found: list[Reading]) -> list[Reading]:
    more = []
    for reading in found:
        match = _FOLLOW_ON.match(text, reading.end)
        if match is None:
            continue
        number = Decimal(match.group("number"))
        written = re.search(r"\d{2,3}", text[reading.start : reading.end])
        fahrenheit = written is not None and int(written.group()) > 50
        if not (fahrenheit and number > 50):
            continue  # "37.1 at 8, 38 at 9 - the bus": a whole number in Celsius is too common
        value = _celsius(number, "F")
        if value is not None:
            more.append(Reading(match.start("number"), match.end("number"), value))
    return more


# "thirty eight point five degrees outside", "thirty nine in the shade": the weather's.
_WEATHER_AFTER = re.compile(
    r"\s*(?:outside|out\s+there|in\s+the\s+(?:shade|sun|garden|car|greenhouse)|forecast)",
    re.IGNORECASE,
)


# A thermometer or a temperature of a place, or a place said before the number, in the
# clause: "the car thermometer said thirty eight degrees", "thermometer in the greenhouse says
# thirty nine", "the pool was thirty nine degrees" (after round 13).
_PLACE = (
    r"(?:greenhouse|car|office|pool|sea|water|house|room|outside|garden|shed|conservatory|"
    r"kitchen|classroom|bedroom|lounge|sauna|bath|fridge|freezer|oven|tank)"
)
_PLACE_TEMPERATURE = re.compile(
    rf"\b(?:thermometer|temp(?:erature)?)\s+(?:in|of|at|on|inside)\s+"
    rf"(?:(?:the|my|our|his|her)\s+)?(?:\w+\s+)?{_PLACE}\b"
    rf"|\b{_PLACE}(?:'s)?\s+(?:thermometer|temp(?:erature)?)\b"
    rf"|\b(?:the|my|our)\s+{_PLACE}\s+(?:was|is|'s|at|reads?|says|said|showed|shows)\b",
    re.IGNORECASE,
)


_FAHRENHEIT_AFTER = re.compile(r"\s*(?:degrees?\s+)?(?:fahrenheit|f)\b", re.IGNORECASE)


def _not_a_reading(text: str, match: re.Match[str], lead: str | None) -> bool:
    """A number said in words that is an age, a weight, a price, a time or the weather's
    (round 12), or a Celsius-sized number said in Fahrenheit (after round 13)."""
    if _SPOKEN_MEASURE.match(text, match.end()) or _WEATHER_AFTER.match(text, match.end()):
        return True
    if _PLACE_TEMPERATURE.search(_clause(text, match)):
        return True
    return not lead and bool(
        _NOT_TEMPERATURE.search(text[max(0, match.start() - 20) : match.start()])
    )


def _spoken(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    """Celsius said in words ("thirty eight point six", "temp thirty nine", "thirty nine and a
    half", "thirty nine degrees" beside a word of fever), and dictated digits with the word
    ("38 point 5", "101 point 2", "39 and a half")."""
    found = []
    for match in _SPOKEN.finditer(text):
        lead, tenth, half = match.group("lead"), match.group("tenth"), match.group("half")
        whole = match.group("unit") is not None
        if not (tenth or half or (whole and (lead or match.group("degrees")))):
            continue
        if (half or not tenth) and not (lead or _FEVERISH.search(_near(text, match))):
            continue  # "temp thirty nine"; "thirty nine degrees" only beside a word of fever
        if _not_a_reading(text, match, lead) or _FAHRENHEIT_AFTER.match(text, match.end()):
            continue  # "thirty eight point five degrees Fahrenheit" is freezing, not Celsius
        tens = 30 if match.group("tens").lower() == "thirty" else 40
        unit = _UNITS.get((match.group("unit") or "zero").lower(), 0)
        tenths = 5 if half else _UNITS.get((tenth or "zero").lower(), 0)
        value = (Decimal(tens + unit) + Decimal(tenths) / 10).quantize(Decimal("0.1"))
        if BODY_C[0] <= value <= BODY_C[1] and not any(s <= match.start() < e for s, e in taken):
            found.append(Reading(match.start(), match.end(), value))
    return found


def _digits_spoken(text: str) -> list[Reading]:
    """Dictated digits with the word: "temp 38 point 5", "101 point 2", "39 and a half"."""
    found = []
    for match in _DIGITS_SPOKEN.finditer(text):
        lead = match.group("lead")
        number = Decimal(match.group("whole")) + (
            Decimal(5 if match.group("half") else int(match.group("tenth"))) / 10
        )
        if not (lead or _FEVERISH.search(_near(text, match))) or _not_a_reading(text, match, lead):
            continue
        celsius = _celsius(number, "F" if number > 50 else "C")
        if celsius is not None:
            found.append(Reading(match.start(), match.end(), celsius))
    return found


# "Temp 38,2 at 6pm. Rechecked at 7: 38,6": after a reading written with a decimal comma, a
# later value so written is the next reading (round 28). Not the first of a list of numbers
# ("38,6,7") nor one with a measure after it.
_COMMA_DECIMAL = re.compile(
    rf"(?<![\d.,/£$])\b(?P<number>(?:3[89]|4[012]),\d)\b(?![,.]?\d)(?!\s?(?:{_MEASURE}))",
    re.IGNORECASE,
)


def _comma_rechecks(text: str, found: list[Reading]) -> list[Reading]:
    first = min(r.end for r in found if "," in text[r.start : r.end])
    return [
        Reading(match.start(), match.end(), Decimal(match.group("number").replace(",", ".")))
        for match in _COMMA_DECIMAL.finditer(text, first)
        if not any(r.start <= match.start() < r.end for r in found)
        and not _NOT_TEMPERATURE.search(text[max(0, match.start() - 20) : match.start()])
    ]


# "101 degrees on the thermometer at 2am and shaking", "39 degrees and shivering": a whole
# number with "degrees" and no unit is a temperature beside a word of fever, not the weather's
# or a place's ("41 degrees in Perth", "the pool was 39 degrees"), round 28.
_WHOLE_DEGREES = re.compile(r"(?<![\d.,/])\b(?P<number>\d{2,3})\s?degrees?\b(?!\s?[CF]\b)", re.I)


def _whole_degrees(text: str, found: list[Reading]) -> list[Reading]:
    more = []
    for match in _WHOLE_DEGREES.finditer(text):
        if any(r.start <= match.start() < r.end for r in found):
            continue
        if not _FEVERISH.search(_near(text, match)) or _not_a_reading(text, match, None):
            continue
        number = Decimal(match.group("number"))
        celsius = _celsius(number, "F" if number > 50 else "C")
        if celsius is not None:
            more.append(Reading(match.start(), match.end(), celsius))
    return more
