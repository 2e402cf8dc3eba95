"""The summary page: its concern lists written by a template tag (the same markup as the
template loop it replaced), and its query count, pinned."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary.catalog import load_catalog
from diary.forms.summary import TopConcernsForm
from tests.factories import log_day

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


def test_a_symptom_name_is_escaped_in_the_concern_lists(monkeypatch):
    form = TopConcernsForm(catalog=load_catalog())
    form.fields["concern"].choices = [("<Group>", [("a&b", 'Say "hi" <b>')])]
    context = {"form": form, "chosen": "a&b"}
    written = TAG.render(Context(context))
    assert written == LOOP.render(Context(context))
    assert "<b>" not in written and "&lt;Group&gt;" in written


# The session, her user and diary, the catalog's version (once), the navigation's caregiver
# check, her last visit (once, for the form and the summary), and build_summary's own (her
# treatments once for the period, the reports, the fever rule and the adherence; the ratings
# before the period once for the trend weeks, the 14 days before the visit and the period
# before; the drugs' warning signs and side effects kept per process with the catalog; the
# care teams' acknowledgements only with a concern; dose logs only with a tracked treatment,
# which this patient has not). It was 25, then 22.
SUMMARY_PAGE_QUERIES = 16


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
    assert len(queries) == SUMMARY_PAGE_QUERIES - 1
    assert not [q for q in queries if "diary_triageitem" in q["sql"]]


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
