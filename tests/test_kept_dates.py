"""The templates' `date` filter (diary.templatetags.kept_dates) writes what Django's writes."""

import datetime
import re
from pathlib import Path

import pytest
from django.template import Context, Engine, Template
from django.template.defaultfilters import date as django_date
from django.utils import translation

from diary.templatetags import kept_dates
from diary.templatetags.kept_dates import date as kept_date

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def used_formats() -> set[str]:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        found |= set(re.findall(r'\|date:"([^"]*)"', path.read_text()))
    return found


FORMATS = sorted(
    used_formats()
    | {
        "j M Y",
        "D j",
        "Ymd",
        "d/m/Y",
        "n-j",
        r"\Y\e\a\r: Y",  # escaped letters are text
        r"j \o\f F",
        "jS F",  # a letter written by Django (S)
        "N j, Y",
        "W",
        "H:i",  # a time's letter: Django's (it refuses it for a date)
        "DATE_FORMAT",  # a format's name: Django's
        "SHORT_DATE_FORMAT",
        "",
    }
)
DAYS = [
    datetime.date(2026, 1, 1),
    datetime.date(2026, 2, 28),
    datetime.date(2024, 2, 29),
    datetime.date(2000, 12, 31),
    datetime.date(999, 5, 9),
    datetime.date(1, 1, 1),
    *(datetime.date(2025, month, 3 + month) for month in range(1, 13)),
]


def both(value, arg):
    try:
        expected = django_date(value, arg)
    except Exception as error:  # the same error is expected of both
        with pytest.raises(type(error)):
            kept_date(value, arg)
        return None
    assert kept_date(value, arg) == expected, (value, arg)
    return expected


def test_the_templates_formats_are_compared():
    assert {"j M Y", "j M", "l j F Y", "Y-m-d", "D j M"} <= used_formats()


@pytest.mark.parametrize("language", ["en-gb", "en-us", "fr", "de"])
def test_every_format_and_date_is_djangos_text(language):
    with translation.override(language):
        for arg in FORMATS:
            for day in DAYS:
                both(day, arg)


def test_other_values_are_djangos():
    moment = datetime.datetime(2026, 3, 4, 10, 42, tzinfo=datetime.UTC)
    for value in (None, "", moment, moment.replace(tzinfo=None), datetime.time(10, 42), "x"):
        for arg in ("j M Y", "j M, H:i", "Y-m-d", None):
            both(value, arg)
    for day in DAYS[:3]:
        both(day, None)


def test_the_names_follow_the_language():
    day = datetime.date(2026, 3, 2)
    with translation.override("fr"):
        french = both(day, "l j F Y")
    with translation.override("en-gb"):
        english = both(day, "l j F Y")
    assert english == "Monday 2 March 2026" and french != english


def test_it_is_every_templates_date_filter():
    engine = Engine.get_default()
    template = engine.from_string('{{ day|date:"D j M Y" }}|{{ day|date }}')
    assert isinstance(template, Template)
    with translation.override("en-gb"):
        kept_dates._formats.clear()
        assert template.render(Context({"day": datetime.date(2026, 3, 2)})).startswith(
            "Mon 2 Mar 2026|"
        )
    assert ("D j M Y", "en-gb") in kept_dates._formats


@pytest.mark.parametrize("language", ["en-gb", "fr", "de"])
def test_the_short_months_are_the_filters_m(language):
    from diary.templatetags.kept_dates import short_months
    from diary.templatetags.summary_controls import day_list

    days = [datetime.date(2026, month, 1) for month in range(1, 13)]
    with translation.override(language):
        names = short_months()
        assert [names[d.month] for d in days] == [django_date(d, "M") for d in days]
        assert day_list(days) == ", ".join(django_date(d, "j M") for d in days)
