"""The summary page: its concern lists written by a template tag (the same markup as the
template loop it replaced), and its query count, pinned."""

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from diary.catalog import load_catalog
from diary.charts import wellbeing_chart
from diary.forms.summary import TopConcernsForm
from diary.models import CareTeamContact, Site, TeamConnection
from diary.summary.build import header, header_and_sites
from tests.factories import alert_contact, care_team, connect_patient, log_day

pytestmark = pytest.mark.django_db

# The loop diary/_summary_concerns_form.html had, as it was.
LOOP = Template(
    "{% for group, options in form.fields.concern.choices %}\n"
    '              <optgroup label="{{ group }}">\n'
    "                {% for value, name in options %}"
    '<option value="{{ value }}"{% if value == chosen %} selected{% endif %}>{{ name }}</option>'
    "{% endfor %}\n"
    "              </optgroup>\n"
    "            {% endfor %}"
)
TAG = Template("{% load summary_controls %}{% concern_groups form chosen %}")


@pytest.mark.parametrize("chosen", ["", "fatigue", "cough", "not-a-symptom"])
def test_the_concern_lists_are_the_template_loops_markup(chosen):
    form = TopConcernsForm(catalog=load_catalog())
    context = {"form": form, "chosen": chosen}
    written = TAG.render(Context(context))
    assert written == LOOP.render(Context(context))
    assert written.count("<option") == sum(len(o) for _, o in form.fields["concern"].choices)


def test_the_concern_lists_kept_between_forms_mark_only_each_list_s_choice():
    catalog = load_catalog()
    for chosen in ["fatigue", "", "cough", "fatigue", "not-a-symptom"]:
        form = TopConcernsForm(catalog=catalog)
        context = {"form": form, "chosen": chosen}
        written = TAG.render(Context(context))
        assert written == LOOP.render(Context(context))
        assert written.count(" selected") == (chosen in {"fatigue", "cough"})
    # Other choices (another catalog's) are written anew, and the first ones again after them.
    form = TopConcernsForm(catalog=catalog)
    form.fields["concern"].choices = [("Group", [("x", "X"), ("fatigue", "Tired")])]
    context = {"form": form, "chosen": "fatigue"}
    assert TAG.render(Context(context)) == LOOP.render(Context(context))
    context = {"form": TopConcernsForm(catalog=catalog), "chosen": "fatigue"}
    assert TAG.render(Context(context)) == LOOP.render(Context(context))


def test_a_symptom_name_is_escaped_in_the_concern_lists(monkeypatch):
    form = TopConcernsForm(catalog=load_catalog())
    form.fields["concern"].choices = [("<Group>", [("a&b", 'Say "hi" <b>')])]
    context = {"form": form, "chosen": "a&b"}
    written = TAG.render(Context(context))
    assert written == LOOP.render(Context(context))
    assert "<b>" not in written and "&lt;Group&gt;" in written


# The session, her user and diary (with the catalog's version and the navigation's caregiver
# check), her last visit (once, for the form and the summary), and build_summary's own (her
# treatments once for the period, the reports, the fever rule and the adherence; the days;
# their reports with the ratings before the period for the trend weeks, the 14 days before the
# visit and the period before, in one query; the drugs' warning signs and side effects kept
# per process with the catalog; the care teams' acknowledgements only with a concern; dose
# logs only with a tracked treatment, which this patient has not; her teams, her contacts'
# phones and her known sites in one query). It was 25, then 22, then 16, then 14, then 12.
SUMMARY_PAGE_QUERIES = 11


def test_the_summary_page_query_count_is_pinned(owner_client, patient):
    today = patient.today()
    for n in range(30):
        log_day(
            patient,
            today - timedelta(days=n),
            severities={"fatigue": 1 + n % 3},
            temperature_c=Decimal("38.5") if n == 3 else None,  # a red flag: every query runs
        )
    load_catalog()
    url = reverse("summary", args=[patient.public_id])
    owner_client.get(url)  # the first request also sets up the session
    with CaptureQueriesContext(connection) as queries:
        response = owner_client.get(url)
    assert response.status_code == 200
    assert response.context["summary"].flags
    assert len(queries) == SUMMARY_PAGE_QUERIES, "\n".join(q["sql"][:60] for q in queries)


def test_a_summary_without_concerns_does_not_read_the_care_teams_queue(owner_client, patient):
    today = patient.today()
    for n in range(30):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": 1})
    load_catalog()
    url = reverse("summary", args=[patient.public_id])
    owner_client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = owner_client.get(url)
    assert response.status_code == 200 and not response.context["summary"].flags
    assert len(queries) == SUMMARY_PAGE_QUERIES - 2  # nor her answers to red flags
    assert not [q for q in queries if "diary_triageitem" in q["sql"]]
    assert not [q for q in queries if "diary_redflaganswer" in q["sql"]]


# The rows of diary/_summary_flags.html's loop, as they were.
FLAG_LOOP = Template(
    "{% for flag in flags %}\n"
    "      <tr>\n"
    '        <td class="nowrap">{{ flag.date|date:"j M" }}</td>\n'
    '        <th scope="row">{{ flag.concern.symptom.name }}</th>\n'
    "        <td>{% if flag.concern.severity %}{{ flag.concern.severity_label }}"
    "{% else %}\u2013{% endif %}</td>\n"
    "        <td>{% if flag.concern.red_flag %}<strong>Red flag</strong>{% else %}Alert"
    "{% endif %}</td>\n"
    '        <td>{{ flag.concern.reasons|join:"; " }}</td>\n'
    '        <td>{{ flag.answer|capfirst|default:"\u2013" }}</td>\n'
    '        {% if summary.team_column %}<td>{{ flag.team|default:"\u2013" }}</td>{% endif %}\n'
    "      </tr>\n"
    "    {% endfor %}"
)
FLAG_TAG = Template("{% load summary_controls %}{% flag_rows flags summary.team_column %}")


@pytest.mark.parametrize("team", ["", "Acknowledged by Oak & Ash, 3 Mar 10:42"])
def test_the_flag_rows_are_the_template_loops_markup(catalog, team):
    from datetime import date

    from diary.redflags import Concern
    from diary.summary import FlagRow

    fever = catalog.by_slug["fever"]
    flags = [
        FlagRow(
            date(2026, 3, 3),
            Concern(fever, 3, True, True, ("High temperature: 38.5 °C", "Reached <severe>")),
            "contacted the team at 10:42 (answered by Sam O'Neil)",
            team,
        ),
        FlagRow(date(2026, 3, 4), Concern(fever, 0, True, False, ("High temperature",)), ""),
    ]

    class Summary:
        team_column = any(flag.team for flag in flags)

    context = {"flags": flags, "summary": Summary}
    written = FLAG_TAG.render(Context(context))
    assert written == FLAG_LOOP.render(Context(context))
    assert "&lt;severe&gt;" in written and "\u2013" in written


# The loop of diary/_summary_stats.html that `{% stat_rows %}` replaced, as it was.
STATS_LOOP = (Path(__file__).parent / "data" / "summary_stats_loop.html").read_text().rstrip("\n")


def test_the_stat_rows_are_the_template_loops_markup(catalog):
    from diary.summary.model import SymptomStat, Trend

    fever, fatigue = catalog.by_slug["fever"], catalog.by_slug["fatigue"]
    stats = [
        SymptomStat(fatigue, 12, 3, 2, date(2026, 3, 3), date(2026, 2, 1), trend, new, also_on)
        for trend in Trend
        for new in (True, False)
        for also_on in ((), ("bone", "liver <& lungs>"))
    ] + [SymptomStat(fever, 1234, 1, 0, date(2026, 12, 31), date(2026, 1, 1), Trend.UP, True)]
    loop, tag = Template(STATS_LOOP), Template("{% load summary_controls %}{% stat_rows stats %}")
    for rows in ([], stats[:1], stats):
        written = tag.render(Context({"stats": rows}))
        assert written == loop.render(Context({"stats": rows}))
    assert "liver &lt;&amp; lungs&gt;" in written and "Worse \u2191" in written


# The loop of diary/_summary_body.html that `{% trend_rows %}` replaced, as it was.
TRENDS_LOOP = (Path(__file__).parent / "data" / "summary_trends_loop.html").read_text().rstrip("\n")


def test_the_trend_rows_are_the_template_loops_markup():
    from diary.summary.model import Trend, TrendRow

    rows = [
        TrendRow("wellbeing", "Wellbeing", "", 6.5, 7.0, 7, 1, Trend.DOWN, True),
        TrendRow("pain", "Pain <worst>", "", None, 3.25, 0, 6, Trend.UNKNOWN, False),
        TrendRow("weight", "Weight", "kg", 61.2, None, 3, 0, Trend.UNKNOWN, None),
        TrendRow("temp", "Temperature", "°C & more", 37.0, 36.9, 1, 2, Trend.UP, None),
        TrendRow("steady", "Steps", "", 1234567.0, 2e-07, 12, 1234, Trend.STEADY, True),
        TrendRow("ints", "Doses", "", 3, 0, 2, 2, Trend.UP, False),
        TrendRow("dec", "Exact", "kg", Decimal("62.50"), Decimal("1E+1"), 1, 1, Trend.UP, True),
        TrendRow("odd", "Odd", "", float("nan"), float("inf"), 1, 1, Trend.DOWN, None),
    ]
    loop = Template(TRENDS_LOOP)
    tag = Template("{% load summary_controls %}{% trend_rows summary.trends_shown %}")
    for shown in ([], rows[:1], rows):
        context = {"summary": SimpleNamespace(trends_shown=shown)}
        written = tag.render(Context(context))
        assert written == loop.render(Context(context))
    assert "Pain &lt;worst&gt;" in written and "°C &amp; more" in written


def test_the_day_lists_are_the_template_loops_markup():
    from datetime import date

    loop = Template(
        '{% for day in days %}{{ day|date:"j M" }}{% if not forloop.last %}, {% endif %}'
        "{% endfor %}"
    )
    listed = Template("{% load summary_controls %}{{ days|day_list }}")
    every_month = [date(2025, month, 28) for month in range(1, 13)]
    for days in ([], [date(2026, 1, 1)], [date(2026, 1, n) for n in range(1, 30, 3)], every_month):
        assert listed.render(Context({"days": days})) == loop.render(Context({"days": days}))


OPTIONS_STATES = [
    {},
    {"preset": "7"},
    {"preset": "custom", "start": "2026-01-05", "end": "2026-02-01"},
    {"preset": "custom", "start": "not a date"},
    {"preset": "custom"},
    {"start": "2026-01-05", "end": "2099-01-01"},
    {"start": "2026-03-01", "end": "2026-01-01"},
    {"preset": "nonsense", "section": ["symptoms", "flags"]},
    {"preset": "30", "section": ["symptoms", "unknown"]},
    {"section": ["heatmap"]},
]


@pytest.mark.parametrize("visit", [None, date(2026, 1, 3)])
@pytest.mark.parametrize("data", OPTIONS_STATES)
def test_the_kept_option_fields_are_crispy_forms_own(data, visit):
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
    from django.http import QueryDict

    from diary.forms import SummaryOptionsForm
    from diary.templatetags.summary_controls import crispy_kept

    query = QueryDict(mutable=True)
    for key, value in data.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    for bound in (query, None):
        for _ in range(2):  # written, then kept
            form = SummaryOptionsForm(bound, today=date(2026, 3, 10), last_appointment=visit)
            if bound is not None:
                form.is_valid()
            for name in ("preset", "start", "end", "section"):
                assert crispy_kept(form[name]) == as_crispy_field(form[name]), (name, data)


def test_kept_option_fields_differ_by_their_inputs():
    from django.http import QueryDict

    from diary.forms import SummaryOptionsForm
    from diary.templatetags.summary_controls import crispy_kept

    def start_field(query: str, visit=None):
        form = SummaryOptionsForm(QueryDict(query), today=date(2026, 3, 10), last_appointment=visit)
        form.is_valid()
        return crispy_kept(form["start"]), crispy_kept(form["preset"])

    first = start_field("preset=custom&start=2026-01-05")
    assert 'value="2026-01-05"' in first[0]
    assert 'value="2026-01-06"' in start_field("preset=custom&start=2026-01-06")[0]
    assert "is-invalid" in start_field("preset=custom&start=bad")[0]
    assert "No past appointment" in first[1]
    assert "No past appointment" not in start_field("preset=custom", date(2026, 1, 3))[1]


# The four loops `{% wellbeing_marks %}` replaced, as the chart's template had them.
WELLBEING_LOOPS = (Path(__file__).parent / "data" / "wellbeing_loops.html").read_text().rstrip("\n")


@pytest.mark.parametrize("days", [1, 2, 7, 30, 31, 90, 121, 400, 1095])
def test_the_wellbeing_marks_are_what_the_charts_loops_wrote(days):
    end = date(2026, 11, 29)
    start = end - timedelta(days=days - 1)
    rng = random.Random(days)
    values = [
        (start + timedelta(days=n), rng.randint(0, 10))
        for n in range(days)
        if rng.random() < 0.8  # gaps break the line
    ]
    for width in (720, 333):
        chart = wellbeing_chart(values, start=start, end=end, width=width)
        summary = SimpleNamespace(wellbeing_chart=chart)
        old = Template(WELLBEING_LOOPS).render(Context({"summary": summary}))
        new = Template(
            "{% load summary_controls %}{% with chart=summary.wellbeing_chart %}\n"
            "    {% wellbeing_marks chart %}\n{% endwith %}"
        ).render(Context({"summary": summary}))
        assert new == old


@pytest.mark.parametrize("with_profile_phone", [False, True])
def test_the_header_and_sites_read_in_one_query_are_those_of_their_own_queries(
    patient, with_profile_phone, django_assert_num_queries
):
    catalog = load_catalog()
    assert header_and_sites(patient, catalog)[1] == []  # nothing yet
    first, gone, second = care_team("Birch ward"), care_team("Gone"), care_team("Ash clinic")
    connect_patient(patient, first)
    connect_patient(patient, gone)
    TeamConnection.objects.filter(team=gone).update(disconnected_at=timezone.now())
    connect_patient(patient, second)
    for name, phone in (("Zoe", "+442079460001"), ("Al", ""), ("Bo", "+33142685300")):
        contact = alert_contact(patient, name=name, email=f"{name}@example.com")
        CareTeamContact.objects.filter(pk=contact.pk).update(phone=phone)
    if with_profile_phone:
        patient.care_team_phone = "+442079460000"
        patient.save(update_fields=["care_team_phone"])
    for slug in ("liver", "bone"):
        patient.known_sites.add(Site.objects.get(slug=slug))
    with django_assert_num_queries(1):
        head, sites = header_and_sites(patient, catalog)
    assert head == header(patient)
    assert sites == list(patient.known_sites.all())
    assert [s.slug for s in sites] == [s.slug for s in patient.known_sites.all()]
    assert len(head.care_team) == 4 and head.care_team[0] == "Birch ward (diary connected)"


def test_the_concern_lists_kept_per_catalog_are_the_choices_set_through_the_setter():
    catalog = load_catalog()
    kept = TopConcernsForm(catalog=catalog)
    fresh = TopConcernsForm(catalog=catalog)
    fresh.fields["concern"].choices = [
        (group.title, [(s.slug, s.name) for s in group.symptoms])
        for group in catalog.checkin_groups()
    ]
    for form in (kept, TopConcernsForm(catalog=catalog)):  # kept, and kept again
        assert form.fields["concern"].choices == fresh.fields["concern"].choices
        assert form.fields["concern"].widget.choices == fresh.fields["concern"].widget.choices
        assert TAG.render(Context({"form": form, "chosen": "fatigue"})) == TAG.render(
            Context({"form": fresh, "chosen": "fatigue"})
        )
    bound = TopConcernsForm({"concern": ["fatigue", "nausea"], "note": ""}, catalog=catalog)
    assert bound.is_valid() and bound.cleaned_data["concern"] == ["fatigue", "nausea"]
    refused = TopConcernsForm({"concern": ["not-a-symptom"], "note": ""}, catalog=catalog)
    assert not refused.is_valid()


SINCE_LOOPS = (
    "{% for c in since.new %}{{ c.symptom.name }} ({{ c.now_label|lower }})"
    "{% if not forloop.last %}; {% endif %}{% endfor %}|"
    "{% for c in since.worse %}{{ c.symptom.name }} ({{ c.before_label|lower }} → "
    "{{ c.now_label|lower }}){% if not forloop.last %}; {% endif %}{% endfor %}|"
    "{% for c in since.resolved %}{{ c.symptom.name }} ({{ c.before_label|lower }} on "
    '{{ c.last_date|date:"j M" }}){% if not forloop.last %}; {% endif %}{% endfor %}|'
    "{% for symptom, red, alerts in counts %}<strong>{{ symptom.name }}</strong>: {% if red %}"
    "{{ red }} red flag{{ red|pluralize }}{% endif %}{% if red and alerts %}, {% endif %}"
    "{% if alerts %}{{ alerts }} alert{{ alerts|pluralize }}{% endif %}{% if not forloop.last %}"
    " · {% endif %}{% endfor %}|"
    "{% for t in treatments %}{{ t.name }}{% if t.dose %} ({{ t.dose }}){% endif %} since "
    '{{ t.start_date|date:"j M Y" }}{% if not forloop.last %}; {% endif %}{% empty %}none '
    "recorded{% endfor %}|"
    "Average {{ summary.wellbeing_mean }} over {{ summary.wellbeing|length }} day"
    "{{ summary.wellbeing|length|pluralize }}; lowest {{ summary.wellbeing_range.0 }}, highest "
    "{{ summary.wellbeing_range.1 }}.|"
    "Wellbeing on a 0 to 10 scale on {{ summary.wellbeing|length }} day"
    "{{ summary.wellbeing|length|pluralize }}: average {{ summary.wellbeing_mean }}, lowest "
    "{{ summary.wellbeing_range.0 }}, highest {{ summary.wellbeing_range.1 }}."
)
SINCE_TAGS = (
    '{% load summary_controls %}{% change_items since.new "new" %}|'
    '{% change_items since.worse "changed" %}|{% change_items since.resolved "resolved" %}|'
    "{% flag_counts counts %}|{% current_treatments treatments %}|"
    '{% wellbeing_figures summary "page" %}|{% wellbeing_figures summary "chart" %}'
)


@pytest.mark.parametrize("language", ["en-gb", "de", "fr"])
def test_the_since_lists_counts_treatments_and_wellbeing_are_the_template_loops_markup(
    language,
):
    from django.utils import translation

    from diary.models.entries import Severity
    from diary.summary.model import Change

    def symptom(name, yes_no=False):
        def label(severity):
            return ("Yes" if severity else "No") if yes_no else Severity(severity).label

        return SimpleNamespace(name=name, answer_label=label)

    pain, fever, odd = symptom("Pain <worst>"), symptom("Fever", yes_no=True), symptom("A & B")
    changes = [
        Change(pain, 1, 3, date(2026, 3, 9)),
        Change(fever, None, 1, date(2026, 12, 1)),
        Change(odd, 4, None, None),
        Change(pain, 2, 0, date(2025, 1, 31)),
    ]
    treatments = [
        SimpleNamespace(name="Drug <a>", dose="1 mg & more", start_date=date(2024, 5, 1)),
        SimpleNamespace(name="Other", dose="", start_date=date(2026, 11, 30)),
    ]
    counts = [(pain, 2, 1), (fever, 1, 0), (odd, 0, 3), (pain, 0, 1), (fever, 1234, 1)]
    wellbeing_cases = [
        SimpleNamespace(wellbeing=[(None, 7)], wellbeing_mean=7.0, wellbeing_range=(7, 7)),
        SimpleNamespace(wellbeing=[(None, 2)] * 3, wellbeing_mean=5.3, wellbeing_range=(0, 10)),
    ]
    loops, tags = Template(SINCE_LOOPS), Template(SINCE_TAGS)
    with translation.override(language):
        for n in (0, 1, len(changes)):
            for summary in wellbeing_cases:
                context = {
                    "since": SimpleNamespace(
                        new=changes[:n], worse=changes[:n], resolved=changes[:n]
                    ),
                    "counts": counts[:n] if n < 4 else counts,
                    "treatments": treatments[:n],
                    "summary": summary,
                }
                written = tags.render(Context(context))
                assert written == loops.render(Context(context))
    assert "Pain &lt;worst&gt;" in written and "1 mg &amp; more" in written


SLOTS_LOOP = Template(
    "{% load summary_controls %}{% for chosen in form.slots %}\n"
    '        <div class="col-12 col-md-4">\n'
    '          <label class="form-label" for="concern-{{ forloop.counter }}">{% if forloop.first %}'
    "Most important{% elif forloop.counter == 2 %}Second{% else %}Third{% endif %}</label>\n"
    '          <select class="form-select{% if form.concern_errors %} is-invalid{% endif %}" '
    'name="concern" id="concern-{{ forloop.counter }}"{% if form.concern_errors %} '
    'aria-describedby="concern-error"{% endif %}>\n'
    '            <option value="">(none)</option>\n'
    "            {% concern_groups form chosen %}\n"
    "          </select>\n"
    "        </div>\n"
    "      {% endfor %}"
)


def test_the_concern_places_are_the_template_loops_markup():
    from django.http import QueryDict

    catalog = load_catalog()
    forms = [
        TopConcernsForm(catalog=catalog),
        TopConcernsForm(catalog=catalog, initial={"concern": ["fatigue", "cough"]}),
        TopConcernsForm(QueryDict("concern=fatigue&concern=cough&note=x"), catalog=catalog),
        TopConcernsForm(QueryDict("concern=fatigue&concern=fatigue"), catalog=catalog),
    ]
    assert not forms[3].is_valid()
    tag = Template("{% load summary_controls %}{% concern_slots form %}")
    for form in forms:
        written = tag.render(Context({"form": form}))
        assert written == SLOTS_LOOP.render(Context({"form": form}))
        assert written.count("<select") == 3
    assert written.count(' aria-describedby="concern-error"') == 3


PERIOD_LINES = Template(
    '<strong>{{ summary.period.start|date:"j M Y" }} to {{ summary.period.end|date:"j M Y" }}'
    "</strong> ·\n"
    "      {{ summary.days_logged }} of {{ summary.period.days }} day"
    "{{ summary.period.days|pluralize }} logged\n"
    "      {% if summary.subtype %} · Subtype: {{ summary.subtype }}{% endif %}\n"
    "      {% if summary.known_sites %} · Sites known to be affected: {% for site in "
    "summary.known_sites %}{{ site.name|lower }}{% if not forloop.last %}, {% endif %}"
    "{% endfor %}{% endif %}"
)


@pytest.mark.parametrize("language", ["en-gb", "de"])
def test_the_period_line_is_the_template_s_markup(language):
    from django.utils import translation

    sites = [SimpleNamespace(name="Bone <spine>"), SimpleNamespace(name="Liver & more")]
    tag = Template("{% load summary_controls %}{% period_line summary %}")
    with translation.override(language):
        for days, logged, subtype, known in [
            (1, 0, "", []),
            (30, 12, "HR+ <HER2->", sites[:1]),
            (1095, 1001, "Triple negative", sites),
        ]:
            end = date(2026, 11, 30)
            period = SimpleNamespace(start=end - timedelta(days=days - 1), end=end, days=days)
            summary = SimpleNamespace(
                period=period, days_logged=logged, subtype=subtype, known_sites=known
            )
            written = tag.render(Context({"summary": summary}))
            assert written == PERIOD_LINES.render(Context({"summary": summary}))
    assert "bone &lt;spine&gt;, liver &amp; more" in written


def test_the_wellbeing_mean_is_statistics_mean_rounded_with_its_type():
    from statistics import mean

    from diary.summary.model import Summary

    rng = random.Random(7)
    cases = [[5], [5, 5], [0, 10], [1, 2], [3, 3, 4], [0, 0, 0], [7, 8, 8]]
    cases += [[rng.randint(0, 10) for _ in range(rng.randint(1, 1100))] for _ in range(300)]
    cases += [[2.5, 3], [True, 3]]  # not whole numbers of one type: statistics.mean's
    for values in cases:
        summary = SimpleNamespace(wellbeing=[(None, v) for v in values])
        got = Summary.wellbeing_mean.fget(summary)
        expected = round(mean(values), 1)
        assert (got, type(got)) == (expected, type(expected)), values
    assert Summary.wellbeing_mean.fget(SimpleNamespace(wellbeing=[])) is None


@pytest.mark.parametrize("team", ["", "Seen by Oak & Ash"])
def test_the_stats_and_flags_tables_are_their_includes_markup(catalog, team):
    from diary.redflags import Concern
    from diary.summary import FlagRow
    from diary.summary.model import SymptomStat, Trend

    fever, fatigue = catalog.by_slug["fever"], catalog.by_slug["fatigue"]
    stats = [
        SymptomStat(fatigue, 12, 3, 2, date(2026, 3, 3), date(2026, 2, 1), Trend.UP, True, ()),
        SymptomStat(fever, 1, 1, 0, date(2026, 12, 31), date(2026, 1, 1), Trend.DOWN, False, ()),
    ]
    flags = [
        FlagRow(date(2026, 3, 3), Concern(fever, 3, True, True, ("High <38.5>",)), "", team),
        FlagRow(date(2026, 3, 4), Concern(fever, 0, True, False, ("High",)), "called"),
    ]
    summary = SimpleNamespace(team_column=bool(team))
    for caption in ("Symptoms reported", 'Letrozole & "Ribociclib" <x>'):
        for rows in ([], stats):
            context = {"stats": rows, "caption": caption}
            include = Template('{% include "diary/_summary_stats.html" %}')
            tag = Template("{% load summary_controls %}{% stats_table stats caption %}")
            assert tag.render(Context(context)) == include.render(Context(context))
        for rows in ([], flags):
            context = {"flags": rows, "caption": caption, "summary": summary}
            include = Template('{% include "diary/_summary_flags.html" %}')
            tag = Template(
                "{% load summary_controls %}{% flags_table flags caption summary.team_column %}"
            )
            written = tag.render(Context(context))
            assert written == include.render(Context(context))
    assert "Letrozole &amp; &quot;Ribociclib&quot; &lt;x&gt;" in written
    assert ("Care team" in written) == bool(team)


def test_the_sections_to_remember_are_the_template_loops_markup():
    loop = Template(
        '{% for value in remember %}<input type="hidden" name="section" value="{{ value }}">'
        "{% endfor %}"
    )
    tag = Template("{% load summary_controls %}{% section_inputs remember %}")
    for remember in ([], ["flags"], ["adherence", "symptoms", 'a"<b>&']):
        written = tag.render(Context({"remember": remember}))
        assert written == loop.render(Context({"remember": remember}))
    assert "a&quot;&lt;b&gt;&amp;" in written
