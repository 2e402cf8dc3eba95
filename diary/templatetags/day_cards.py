"""The history's day cards (`{% day_card view %}`), written from the DayView in one pass.

Rendering `diary/_day_card.html` through `{% include %}` for each of a page's 20 days (with
its report list and each report's site tags, includes of their own) was most of the history
page's time: about 2,000 template variable lookups a page. This writes the same markup, byte
for byte, as those three templates (tests/test_day_cards.py compares the two); a change to the
card's markup is made here and in the templates, which the check-in's conflict page still
includes. `{% report_list view %}` writes the day page's list of reports the same way.
"""

from django import template
from django.template.base import render_value_in_context
from django.utils import formats
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from diary.days import DayView, ReportView
from diary.templatetags.cached_url import cached_reverse

register = template.Library()

RED = '<span class="flag flag-red">Red flag</span>'
ALERT = '<span class="flag flag-alert">Alert</span>'
JOIN = " · "


def _site_title(slug: str) -> str:
    if slug == "general":
        return "general symptoms of metastatic breast cancer"
    return f"symptoms of {slug} metastasis"


def site_tags_html(sites) -> str:
    """What `diary/_site_tags.html` writes (its final newline included)."""
    parts = []
    for site in sites:
        slug = conditional_escape(site.slug)
        title = _site_title(slug)
        parts.append(
            f'<span class="site-tag" title="On the list of {title}">{slug} list'
            f'<span class="visually-hidden">: on the list of {title}</span></span>'
        )
    return "".join(parts) + "\n"


# Escaped catalog text, kept per process and keyed by the text itself: a symptom's name, its
# site tags, its early-sign note, and the answer and interference labels of the fixed scales.
# Never a date, a note or a treatment's name (her own words): those are escaped per request.
_escaped: dict[tuple, str] = {}
_ESCAPED_AT_MOST = 4096


def _kept(key: tuple, make) -> str:
    found = _escaped.get(key)
    if found is None:
        if len(_escaped) >= _ESCAPED_AT_MOST:
            _escaped.clear()
        found = _escaped[key] = make()
    return found


def _early_html(label: str) -> str:
    shown = f" ({conditional_escape(label)})" if label else ""
    return (
        '<span class="small early-sign">An early sign on the source\'s list'
        f"{shown}: worth mentioning.</span>"
    )


def _report_html(report: ReportView, *, site_tags: bool) -> str:
    symptom = report.symptom
    interference = ""
    if report.interference is not None:
        text = report.interference_text
        interference = _kept(("in the way", text), lambda: f", {conditional_escape(text)}")
    concern = report.concern
    flag = ""
    if concern is not None and concern.red_flag:
        flag = RED
    elif concern is not None and concern.alert:
        flag = ALERT
    tags = ""
    if site_tags:
        sites = report.sites
        tags = _kept(("sites", *(s.slug for s in sites)), lambda: site_tags_html(sites))
    treatment = ""
    if report.treatment_name:
        treatment = (
            f'<span class="small">(put down to {conditional_escape(report.treatment_name)})</span>'
        )
    early = ""
    if symptom.early_sign:
        label = symptom.early_sign_label
        early = _kept(("early", label), lambda: _early_html(label))
    name = symptom.name
    severity = report.severity_label
    return (
        "\n      <li>\n"
        f"        <strong>{_kept(('name', name), lambda: conditional_escape(name))}</strong>: "
        f"{_kept(('label', severity), lambda: conditional_escape(severity.lower()))}"
        f"{interference}\n"
        f"        {flag}\n"
        f"        {tags}\n"
        f"        {treatment}\n"
        f"        {early}\n"
        "      </li>\n    "
    )


def report_list_html(view: DayView, *, site_tags: bool, written: dict | None = None) -> str:
    """What `diary/_report_list.html` writes. `written`: the reports written already for this
    page (a dict that lives as long as the page's rendering, never longer), by what a report
    shows: a report the page showed on another day is not written again."""
    if view.reports:
        if written is None:
            items = "".join(_report_html(r, site_tags=site_tags) for r in view.reports)
        else:
            parts = []
            for r in view.reports:
                concern = r.concern
                key = (
                    r.symptom.pk,
                    r.severity,
                    r.interference,
                    concern is not None and concern.red_flag,
                    concern is not None and concern.alert,
                    r.treatment_name,
                    site_tags,
                )
                html = written.get(key)
                if html is None or html[0] is not r.symptom:
                    html = written[key] = (r.symptom, _report_html(r, site_tags=site_tags))
                parts.append(html[1])
            items = "".join(parts)
        body = f'\n  <ul class="report-list">\n    {items}\n  </ul>\n'
    else:
        body = '\n  <p class="mb-0">No symptoms reported.</p>\n'
    return f"\n{body}\n"


# The names of the days and months (lazy translations), and how an int is written, by
# language: looked up once per process, not for every card.
_by_language: dict[str | None, tuple[list[str], dict[int, str], bool]] = {}


def _language_names() -> tuple[list[str], dict[int, str], bool]:
    language = get_language()
    names = _by_language.get(language)
    if names is None:
        plain_ints = formats.localize(-1234567) == "-1234567"
        names = _by_language[language] = (
            [str(WEEKDAYS[n]) for n in range(7)],
            {n: str(name) for n, name in MONTHS.items()},
            plain_ints,
        )
    return names


def long_date(day, names=None) -> str:
    """`day|date:"l j F Y"` ("Monday 3 March 2025"), without parsing the format each time.
    `names`: `_language_names()`, when the caller has them."""
    weekdays, months, _ = names or _language_names()
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month]} {day.year:04d}"


class _Page:
    """What one rendering of a page's cards shares (kept in its render context, so for that
    rendering only): the language's names, the reports written already, and the day page's
    URL around its date."""

    def __init__(self) -> None:
        self.names = _language_names()
        self.written: dict = {}
        self.day_url: dict = {}  # public id -> (before the date, after it), or None

    def url_of_day(self, public_id, day) -> str:
        """`{% url "day_detail" public_id day %}`: reversed once, then the date put in its
        place (the date converter writes `day.isoformat()`; a URL in which it does not
        appear exactly once is reversed for every day)."""
        around = self.day_url.get(public_id, False)
        if around is False:
            url = cached_reverse("day_detail", [public_id, day], {}, None)
            text = day.isoformat()
            around = None
            if url.count(text) == 1:
                before, _, after = url.partition(text)
                around = (before, after)
            self.day_url[public_id] = around
            return url
        if around is None:
            return cached_reverse("day_detail", [public_id, day], {}, None)
        return f"{around[0]}{day.isoformat()}{around[1]}"


def _page_of(context) -> _Page:
    render = context.render_context
    page = render.get(_Page)
    if page is None:
        page = render[_Page] = _Page()
    return page


def day_card_html(view: DayView, patient, context, page: _Page | None = None) -> SafeString:
    """What `{% include "diary/_day_card.html" %}` writes for `view`."""
    page = page or _Page()
    entry = view.entry
    day = view.date
    anchor = f"day-{day.isoformat()}"  # day|date:"Y-m-d"
    url = conditional_escape(page.url_of_day(patient.public_id, day))
    weekly = view.weekly
    wellbeing = entry.wellbeing
    if wellbeing is not None:
        if type(wellbeing) is not int or not page.names[2]:
            wellbeing = render_value_in_context(wellbeing, context)
        wellbeing = f"{wellbeing} out of 10"
    else:
        wellbeing = "not given"
    temperature = ""
    if entry.temperature_c is not None:
        shown = render_value_in_context(entry.temperature_c, context)
        temperature = f" · Temperature {shown} °C"
    lines = view.measure_lines
    measures = ""
    if lines:
        measures = f'<p class="mb-0 small">{JOIN.join(conditional_escape(x) for x in lines)}</p>'
    notes = view.answer_notes
    answers = ""
    if notes:
        joined = "; ".join(conditional_escape(n) for n in notes)
        answers = (
            f'\n    <p class="small mb-0 red-flag-answers-note">Red flag answers: {joined}.</p>\n  '
        )
    return mark_safe(  # noqa: S308 (every value above is escaped)
        "\n"
        f'<article class="day-card" aria-labelledby="{anchor}">\n'
        '  <div class="d-flex flex-wrap justify-content-between gap-2">\n'
        f'    <h2 class="day-card-title" id="{anchor}"><a href="{url}">'
        f"{long_date(day, page.names)}</a></h2>\n"
        "    <div>\n"
        f"      {RED if view.red_flags else ''}\n"
        f"      {ALERT if view.alerts else ''}\n"
        "    </div>\n"
        "  </div>\n"
        f'  <p class="mb-0">Wellbeing{" over the last 7 days" if weekly else ""}: {wellbeing}'
        f"{temperature}{' · Weekly check-in' if weekly else ''}</p>\n"
        f"  {measures}\n"
        f"  {report_list_html(view, site_tags=patient.show_site_tags, written=page.written)}\n"
        f"  {answers}\n"
        "</article>\n"
    )


@register.simple_tag(takes_context=True)
def day_card(context, view: DayView) -> SafeString:
    return day_card_html(view, context["patient"], context, _page_of(context))


@register.simple_tag(takes_context=True)
def report_list(context, view: DayView) -> SafeString:
    """What `{% include "diary/_report_list.html" %}` writes (the day page's list)."""
    html = report_list_html(view, site_tags=context["patient"].show_site_tags)
    return mark_safe(html)  # noqa: S308 (every value is escaped by report_list_html)
