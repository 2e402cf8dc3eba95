"""The history's day cards ({% day_card %}) write the same markup as the templates they
replace (diary/_day_card.html with its report list and site tags)."""

import gc
from copy import copy
from dataclasses import replace

import pytest
from django.template import Context, Template
from django.utils import translation

from diary.catalog import load_catalog
from diary.days import load_days
from diary.demo import seed_demo

pytestmark = pytest.mark.django_db

INCLUDED = Template('{% include "diary/_day_card.html" %}')
TAGGED = Template("{% load day_cards %}{% day_card view %}")


def both(view, patient) -> tuple[str, str]:
    context = {"view": view, "patient": patient}
    return INCLUDED.render(Context(context)), TAGGED.render(Context(context))


@pytest.fixture
def demo(db):
    result = seed_demo(email="cards@example.com", password="cards-pass-1234567", days=90)
    patient = result.user.patient
    return patient, load_days(patient, patient.entries.order_by("-date"), catalog=load_catalog())


@pytest.mark.parametrize("site_tags", [False, True])
def test_every_demo_day_card_is_the_same_markup(demo, site_tags):
    patient, days = demo
    patient.show_site_tags = site_tags
    assert len(days) > 60
    for view in days:
        old, new = both(view, patient)
        assert new == old, view.date


def test_the_demo_has_each_kind_of_line(demo):
    """The comparison above covers red flags, alerts, weekly days, temperatures, measures,
    reports put down to a treatment and how much they got in the way."""
    _, days = demo
    assert any(v.red_flags for v in days)
    assert any(v.alerts for v in days)
    assert any(v.entry.temperature_c is not None for v in days)
    assert any(v.measure_lines for v in days)
    assert any(r.treatment_name for v in days for r in v.reports)
    assert any(r.interference is not None for v in days for r in v.reports)


def test_text_is_escaped_the_same_way(demo):
    patient, days = demo
    patient.show_site_tags = True
    view = next(v for v in days if v.reports and v.concerns)
    report = replace(view.reports[0], treatment_name='Drug <A & "B">')
    tricky = replace(
        view,
        reports=[report, *view.reports[1:]],
        answers={view.concerns[0].symptom.pk: ["said <hi> & 'bye'"], 0: ["x"]},
    )
    old, new = both(tricky, patient)
    assert "&lt;A &amp; &quot;B&quot;&gt;" in old
    assert new == old


def test_a_day_with_nothing_reported(demo):
    patient, days = demo
    view = replace(days[0], reports=[], concerns=[], answers={})
    old, new = both(view, patient)
    assert "No symptoms reported." in old
    assert new == old


def test_a_weekly_day_without_wellbeing(demo):
    patient, days = demo
    view = next(v for v in days if v.reports and v.entry.temperature_c is not None)
    entry = copy(view.entry)
    entry.recall_days, entry.wellbeing = 7, None
    old, new = both(replace(view, entry=entry), patient)
    assert "over the last 7 days" in old and "not given" in old
    assert new == old


@pytest.mark.parametrize("site_tags", [False, True])
def test_the_day_pages_report_list_is_the_templates_markup(demo, site_tags):
    patient, days = demo
    patient.show_site_tags = site_tags
    included = Template('{% include "diary/_report_list.html" %}')
    tagged = Template("{% load day_cards %}{% report_list view %}")
    for view in [*days, replace(days[0], reports=[])]:
        context = {"view": view, "patient": patient}
        assert tagged.render(Context(context)) == included.render(Context(context)), view.date


INCLUDED_ALL = Template('{% for view in days %}{% include "diary/_day_card.html" %}{% endfor %}')
TAGGED_ALL = Template("{% load day_cards %}{% for view in days %}{% day_card view %}{% endfor %}")


@pytest.mark.parametrize("site_tags", [False, True])
def test_all_the_cards_of_one_rendering_are_the_same_markup(demo, site_tags):
    """One rendering writes a report it showed on another day once and reuses it (the days'
    URL too): every card still the templates' markup, when reports repeat and when they
    differ only in a flag, a treatment or how much they got in the way."""
    patient, days = demo
    patient.show_site_tags = site_tags
    view = next(v for v in days if v.reports and v.concerns)
    first = view.reports[0]
    variants = [
        replace(view, reports=[replace(first, treatment_name='Drug <A & "B">')]),
        replace(view, reports=[replace(first, treatment_name="")]),
        replace(view, reports=[replace(first, concern=None)]),
        replace(view, reports=[replace(first, interference=3)]),
        replace(view, reports=[replace(first, interference=None)]),
        replace(view, reports=[replace(first, severity=1)]),
    ]
    shown = [*days, *variants, *days[:5]]
    context = {"days": shown, "patient": patient}
    old = INCLUDED_ALL.render(Context(context))
    new = TAGGED_ALL.render(Context(context))
    assert new == old
    assert old.count('<article class="day-card"') == len(shown)


def test_a_later_rendering_in_another_language_is_not_the_earlier_one(demo):
    patient, days = demo
    context = {"days": days[:3], "patient": patient}
    with translation.override("en-gb"):
        TAGGED_ALL.render(Context(context))
    with translation.override("fr"):
        assert TAGGED_ALL.render(Context(context)) == INCLUDED_ALL.render(Context(context))


def test_nothing_of_a_rendering_outlives_it(demo):
    """A page's reports (here a treatment's name) are kept for that rendering alone."""
    patient, days = demo
    view = next(v for v in days if v.reports)
    marker = "Zz-secret" + "-drug-" + str(4700 + 11)  # built at run time: in no source line
    changed = replace(view, reports=[replace(view.reports[0], treatment_name=marker)])
    page = TAGGED_ALL.render(Context({"days": [changed], "patient": patient}))
    assert marker in page
    del page, changed
    gc.collect()
    held = [
        o
        for o in gc.get_objects()
        if isinstance(o, tuple | list | dict)
        and any(
            isinstance(x, str) and marker in x for x in (o.values() if isinstance(o, dict) else o)
        )
    ]
    assert held == []
