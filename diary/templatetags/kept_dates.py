"""`{{ day|date:"j M Y" }}` for a date (not a datetime) without Django parsing the format again
for every value: the same text as Django's `date` filter, which this one calls for anything
else.

Installed as a template builtin after Django's (config/settings.py, TEMPLATES' "builtins"), so
every template's `date` filter is this one. Django's filter took about 20 us a value (its
format looked up among the language's format modules, split by a regular expression, each
letter found by `getattr`); a summary page writes about 15 dates, a history page 20. For a
`datetime.date` and a format made only of the letters below and plain text, the format is
split once per process and the language's month and day names are looked up once per language
(as Django's `DateFormat` writes them); any other value, format or letter (a time's, a
datetime's time zone) is Django's filter. tests/test_kept_dates.py compares the two for every
format the templates use.
"""

import datetime

from django import template
from django.template.defaultfilters import date as django_date
from django.utils import formats
from django.utils.dateformat import re_escaped, re_formatchars
from django.utils.dates import MONTHS, MONTHS_3, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import get_language

register = template.Library()

# The letters written here, each as Django's DateFormat method of that name writes it, from
# the date and the language's names (see `_names`).
_LETTERS = {
    "d": lambda day, names: f"{day.day:02d}",
    "D": lambda day, names: names["D"][day.weekday()],
    "F": lambda day, names: names["F"][day.month],
    "j": lambda day, names: str(day.day),
    "l": lambda day, names: names["l"][day.weekday()],
    "m": lambda day, names: f"{day.month:02d}",
    "M": lambda day, names: names["M"][day.month],
    "n": lambda day, names: str(day.month),
    "Y": lambda day, names: f"{day.year:04d}",
}
# (format, language) -> its pieces (a letter's function or plain text), or None: Django's
# filter writes it.
_formats: dict[tuple[str, str | None], tuple | None] = {}
_names_by_language: dict[str | None, dict] = {}
_KEPT_AT_MOST = 256


def _pieces(arg: str, language: str | None) -> tuple | None:
    key = (arg, language)
    found = _formats.get(key, False)
    if found is not False:
        return found
    found = None
    # A format named by the language's format modules or the settings (DATE_FORMAT, ...) is
    # Django's to resolve; any other is written as it reads, as get_format returns it.
    if formats.get_format(arg) == arg:
        pieces: list | None = []
        for i, piece in enumerate(re_formatchars.split(arg)):
            if i % 2:
                letter = _LETTERS.get(piece)
                if letter is None:
                    pieces = None
                    break
                pieces.append(letter)
            elif piece:
                pieces.append(re_escaped.sub(r"\1", piece))
        found = tuple(pieces) if pieces is not None else None
    if len(_formats) >= _KEPT_AT_MOST:
        _formats.clear()
    _formats[key] = found
    return found


def _names(language: str | None) -> dict:
    names = _names_by_language.get(language)
    if names is None:
        names = _names_by_language[language] = {
            "D": [str(WEEKDAYS_ABBR[n]) for n in range(7)],
            "l": [str(WEEKDAYS[n]) for n in range(7)],
            "F": {n: str(name) for n, name in MONTHS.items()},
            "M": {n: str(name).title() for n, name in MONTHS_3.items()},
        }
    return names


def short_months() -> dict[int, str] | None:
    """Month number -> the month as `day|date:"M"` writes it in the current language ("Mar"),
    or None where Django's filter writes "M" (a format module naming it)."""
    language = get_language()
    if _pieces("M", language) is None:
        return None
    return _names(language)["M"]


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    """Django's `date` filter (django.template.defaultfilters.date), the same text."""
    if type(value) is not datetime.date or not isinstance(arg, str) or not arg:
        return django_date(value, arg)
    language = get_language()
    pieces = _pieces(arg, language)
    if pieces is None:
        return django_date(value, arg)
    names = _names(language)
    return "".join(p if type(p) is str else p(value, names) for p in pieces)
