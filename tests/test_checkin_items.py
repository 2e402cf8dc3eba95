"""The check-in's symptom items ({% checkin_item %}) write the same markup as the templates they
replace (diary/_checkin_item.html with diary/_symptom_line.html), and the closed sections'
items ({% more_items %}) the same as the loop they replace (LOOP below)."""

import datetime
from copy import copy
from dataclasses import replace
from datetime import timedelta

import pytest
from django.template import Context, Template
from django.urls import reverse

from diary.demo import seed_demo
from diary.models import Patient
from tests.auth import sign_in

pytestmark = pytest.mark.django_db

INCLUDED = Template('{% include "diary/_checkin_item.html" %}')
TAGGED = Template("{% load checkin_controls %}{% checkin_item item form %}")
# The loop of diary/_checkin_fields.html that {% more_items group form %} replaced, as it was.
LOOP = Template(
    "{% load checkin_controls %}"
    '{% for item in group.fields %}\n        <div class="symptom-item" data-terms="'
    "{{ item.search_terms }}{% for f in item.follow_ups %} {{ f.search_terms }}{% endfor %}"
    '">\n          {% checkin_item item form %}\n          {% if item.follow_ups %}\n'
    '            <div class="follow-ups" data-follows="{{ item.field.html_name }}" '
    'data-show-label="Show the questions about {% for follow_up in item.follow_ups %}'
    "{{ follow_up.symptom.name|lower }}{% if not forloop.last %}; {% endif %}{% endfor %}"
    '" id="follow-ups-{{ item.symptom.slug }}">\n              <p class="form-text mb-1">'
    "If you have {{ item.symptom.name|lower }}, please also answer these:</p>\n"
    "              {% for follow_up in item.follow_ups %}{% checkin_item follow_up form %}"
    "{% endfor %}\n            </div>\n          {% endif %}\n        </div>\n      {% endfor %}"
)
MORE = Template("{% load checkin_controls %}{% more_items group form %}")


def items_of(groups):
    for group in groups:
        for item in group.fields:
            yield item
            yield from item.follow_ups


def both(item, form) -> tuple[str, str]:
    context = {"item": item, "form": form}
    return INCLUDED.render(Context(context)), TAGGED.render(Context(context))


@pytest.fixture
def demo(client):
    patient = seed_demo(email="items@example.com", password="items-pass-1234567", days=30)
    patient = patient.user.patient
    sign_in(client, patient.user)
    return patient


def checkin_url(patient, day):
    return reverse("checkin", args=[patient.public_id, day])


def assert_same_items(response) -> list:
    items = list(items_of(response.context["groups"]))
    assert len(items) > 40
    for item in items:
        old, new = both(item, response.context["form"])
        assert new == old, item.symptom.slug
    for group in response.context["groups"]:
        context = {"group": group, "form": response.context["form"]}
        assert MORE.render(Context(context)) == LOOP.render(Context(context)), group.key
    return items


def test_the_closed_sections_items_are_the_same_markup_with_their_follow_ups(client, demo):
    response = client.get(checkin_url(demo, demo.today()))
    groups = [g for g in response.context["groups"] if g.key != "recent"]
    assert any(item.follow_ups for g in groups for item in g.fields)
    assert_same_items(response)


def test_a_logged_days_items_are_the_same_markup(client, demo):
    items = assert_same_items(client.get(checkin_url(demo, demo.today())))
    assert any(item.reported for item in items)
    assert any(item.cause is not None for item in items)
    assert any(item.last is not None for item in items)
    assert any(item.symptom.is_yes_no for item in items)
    assert any(item.follows for item in items)


def test_a_new_days_items_are_the_same_markup(client, demo):
    demo.entries.filter(date=demo.today()).delete()
    assert_same_items(client.get(checkin_url(demo, demo.today())))


def test_a_weekly_check_ins_items_are_the_same_markup(client, demo):
    Patient.objects.filter(pk=demo.pk).update(checkin_rhythm=Patient.CheckinRhythm.WEEKLY)
    day = demo.today() - timedelta(days=40)
    response = client.get(checkin_url(demo, day))
    assert response.context["form"]["recall_days"].value() == 7
    assert_same_items(response)


def test_items_with_errors_are_the_same_markup(client, demo):
    day = demo.today()
    form = client.get(checkin_url(demo, day)).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update({"severity-fatigue": "9", "cause-fatigue": "no such treatment"})
    response = client.post(checkin_url(demo, day), data)
    assert response.status_code == 400
    items = assert_same_items(response)
    assert any(item.field.errors for item in items)
    assert any(item.cause is not None and item.cause.errors for item in items)


def test_text_is_escaped_the_same_way(client, demo):
    response = client.get(checkin_url(demo, demo.today()))
    form = response.context["form"]
    item = next(i for i in items_of(response.context["groups"]) if i.cause is not None)
    symptom = copy(item.symptom)
    symptom.name = "Pain <in> \"the\" 'back' & more"
    symptom.early_sign = True
    symptom.early_sign_label = "<early> & 'sign'"
    tricky = replace(item, symptom=symptom, seen_with=('Drug <A & "B">', "O'Neil"))
    old, new = both(tricky, form)
    assert "&lt;in&gt;" in old and new == old


def test_forms_get_their_own_copies_of_the_symptom_fields(db):
    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    catalog = load_catalog()
    today = datetime.date.today()
    daily = CheckInForm(catalog=catalog, today=today)
    weekly = CheckInForm(catalog=catalog, today=today, recall_days=7)
    again = CheckInForm(catalog=catalog, today=today)
    fatigue, way = "severity-fatigue", "interference-fatigue"
    assert daily.fields[fatigue] is not again.fields[fatigue]
    assert daily.fields[fatigue].widget is not again.fields[fatigue].widget
    assert daily.fields[fatigue].widget.attrs is not again.fields[fatigue].widget.attrs
    assert daily.fields[way].label.endswith("of your day")
    assert weekly.fields[way].label.endswith("of your week")
    assert again.fields[way].label.endswith("of your day")
    daily.fields[fatigue].widget.attrs["data-x"] = "1"
    assert "data-x" not in CheckInForm(catalog=catalog, today=today).fields[fatigue].widget.attrs


def test_what_one_form_changes_in_place_never_reaches_the_next(db):
    """Choices, validators and error messages of the fields kept per process are each form's own."""
    from django.core.validators import MaxValueValidator

    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    catalog = load_catalog()
    today = datetime.date.today()
    first = CheckInForm(catalog=catalog, today=today)
    for name in ("severity-fatigue", "interference-fatigue"):
        field = first.fields[name]
        field.choices.append(("9", "Someone else's choice"))
        field.widget.choices.append(("8", "Another"))
        field.validators.append(MaxValueValidator(1))
        field.error_messages["invalid_choice"] = "Someone else's message"
    next_form = CheckInForm(catalog=catalog, today=today)
    for name in ("severity-fatigue", "interference-fatigue"):
        field = next_form.fields[name]
        assert ("9", "Someone else's choice") not in list(field.choices)
        assert ("8", "Another") not in list(field.widget.choices)
        assert not any(isinstance(v, MaxValueValidator) for v in field.validators)
        assert field.error_messages["invalid_choice"] != "Someone else's message"


def test_plain_dict_copies_of_the_fields_are_the_forms_own(db):
    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    form = CheckInForm(catalog=load_catalog(), today=datetime.date.today())
    shared = CheckInForm.base_fields["wellbeing"]
    assert dict(form.fields)["wellbeing"] is not shared
    assert {**form.fields}["wellbeing"] is not shared


def test_fields_copied_by_dict_update_are_the_forms_own(db):
    """Django's order_fields copies `fields` with dict.update: each field is copied too, so
    what a form then sets on it never reaches the fields kept per process."""
    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    form = CheckInForm(catalog=load_catalog(), today=datetime.date.today())
    ordered = {}
    ordered.update(form.fields)
    before = CheckInForm.base_fields["recall_days"].initial
    ordered["recall_days"].initial = before + 6
    assert ordered["recall_days"] is not CheckInForm.base_fields["recall_days"]
    assert CheckInForm.base_fields["recall_days"].initial == before


def test_the_day_and_the_one_before_are_the_days_same_as_yesterday_fills_in_from(patient):
    from diary.catalog import load_catalog
    from diary.checkin_page import RECENT_DAYS, near_days, previous_from
    from tests.factories import log_day

    catalog = load_catalog()
    today = patient.today()
    for n in (0, 3, 4, 20, 40):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": 1 + n % 3})
    log_day(patient, today + timedelta(days=1), severities={"fatigue": 1})  # later: ignored
    for n in (0, 1, 3, 4, 10, 20, 30, 39, 60):
        day = today - timedelta(days=n)
        near = near_days(patient, day)
        assert near.entry == patient.entries.filter(date=day).first()
        # The last day logged in the two weeks before, read on its own.
        before = (
            patient.entries.filter(date__lt=day, date__gte=day - timedelta(days=RECENT_DAYS))
            .order_by("-date")
            .prefetch_related("reports", "doses")
            .first()
        )
        assert near.before == before
        assert previous_from(near.before, day, catalog=catalog) == previous_from(
            before, day, catalog=catalog
        ), day
    assert near_days(patient, today).before.date == today - timedelta(days=3)
    assert near_days(patient, today - timedelta(days=25)).before is None


def test_each_likely_cause_field_has_its_own_label_and_default(client, demo):
    form = client.get(checkin_url(demo, demo.today())).context["form"]
    causes = {name: f for name, f in form.fields.items() if name.startswith("cause-")}
    assert len(causes) > 2
    assert len({id(f) for f in causes.values()}) == len(causes)
    for name, field in causes.items():
        symptom = form.catalog.by_slug[name.removeprefix("cause-")]
        assert field.label == f"{symptom.name}: likely cause"
        assert field.initial == form._default_cause(symptom)


@pytest.mark.parametrize(
    ("initial", "data"),
    [
        ({}, None),
        ({"notes": "", "include_notes_in_summary": False}, None),
        (
            {
                "notes": 'Slept <b>badly</b> & "early"\n\nit\'s fine',
                "include_notes_in_summary": True,
            },
            None,
        ),
        (None, {"notes": "Posted\r\nnote", "include_notes_in_summary": "on"}),
        (None, {"notes": ""}),
        (None, {"notes": "x" * 5001}),  # an error: crispy-forms writes it
    ],
)
def test_kept_crispy_fields_are_crispy_forms_markup(db, initial, data):
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

    from diary.catalog import load_catalog
    from diary.forms import CheckInForm
    from diary.templatetags.checkin_controls import crispy_kept

    today = datetime.date.today()

    def form():
        made = CheckInForm(data, initial=initial, catalog=load_catalog(), today=today)
        if data is not None:
            made.is_valid()
        return made

    for name in ("notes", "include_notes_in_summary"):
        kept = [crispy_kept(form()[name]) for _ in range(2)]  # made, then kept
        assert kept[0] == kept[1] == as_crispy_field(form()[name]), name


SCALE_INCLUDED = Template('{% include "diary/_scale.html" with field=field item=None %}')
SCALE_TAGGED = Template("{% load checkin_controls %}{% scale field %}")
# The loop of diary/_checkin_measures.html that {% form_checks field %} replaced, as it was.
CHECKS_LOOP = Template(
    "{% for radio in field %}\n"
    '      <div class="form-check">\n'
    '        <input class="form-check-input{% if field.errors %} is-invalid{% endif %}" '
    'type="radio" name="{{ field.html_name }}" id="{{ radio.id_for_label }}" '
    'value="{{ radio.data.value }}"{% if radio.data.selected %} checked{% endif %}>\n'
    '        <label class="form-check-label" for="{{ radio.id_for_label }}">'
    "{{ radio.choice_label }}</label>\n"
    "      </div>\n    {% endfor %}"
)
CHECKS_TAGGED = Template("{% load checkin_controls %}{% form_checks field %}")
HIDDEN_LOOP = Template("{% for field in form.hidden_fields %}{{ field }}{% endfor %}")
HIDDEN_TAGGED = Template("{% load checkin_controls %}{% hidden_inputs form %}")


def assert_same_controls(form) -> None:
    for name in ("wellbeing", "pain_score"):
        context = Context({"field": form[name]})
        assert SCALE_TAGGED.render(context) == SCALE_INCLUDED.render(context), name
    context = Context({"field": form["up_and_about"]})
    assert CHECKS_TAGGED.render(context) == CHECKS_LOOP.render(context)
    context = Context({"form": form})
    assert HIDDEN_TAGGED.render(context) == HIDDEN_LOOP.render(context)


def test_the_scales_checks_and_hidden_inputs_are_the_same_markup(client, demo):
    day = demo.today()
    form = client.get(checkin_url(demo, day)).context["form"]
    assert form["up_and_about"].value() is not None or form["wellbeing"].value() is not None
    assert_same_controls(form)
    demo.entries.filter(date=day).delete()
    assert_same_controls(client.get(checkin_url(demo, day)).context["form"])


def test_the_scales_and_checks_are_the_same_markup_weekly_and_with_errors(client, demo):
    Patient.objects.filter(pk=demo.pk).update(checkin_rhythm=Patient.CheckinRhythm.WEEKLY)
    response = client.get(checkin_url(demo, demo.today() - timedelta(days=40)))
    assert response.context["form"]["recall_days"].value() == 7
    assert_same_controls(response.context["form"])
    data = {"date": demo.today(), "version": "x", "wellbeing": "11", "pain_score": "<b>"}
    response = client.post(checkin_url(demo, demo.today()), {**data, "up_and_about": "9"})
    form = response.context["form"]
    assert form["wellbeing"].errors and form["up_and_about"].errors and form["version"].errors
    assert_same_controls(form)


def test_a_hidden_input_django_would_write_otherwise_is_written_by_django(db):
    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    form = CheckInForm(
        initial={"version": '3"<'}, catalog=load_catalog(), today=datetime.date.today()
    )
    form.fields["recall_days"].widget.attrs["data-x"] = "<y>"
    context = Context({"form": form})
    assert 'data-x="&lt;y&gt;"' in HIDDEN_TAGGED.render(context)
    assert 'name="version" value="3&quot;&lt;"' in HIDDEN_TAGGED.render(context)
    assert HIDDEN_TAGGED.render(context) == HIDDEN_LOOP.render(context)
    form.fields["version"].disabled = True
    assert HIDDEN_TAGGED.render(context) == HIDDEN_LOOP.render(context)


def test_the_form_classs_own_fields_are_each_forms_own_copies(db):
    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    catalog = load_catalog()
    today = datetime.date.today()
    first = CheckInForm(catalog=catalog, today=today)
    for name, declared in CheckInForm.base_fields.items():
        field = first.fields[name]
        assert field is not declared and field.widget is not declared.widget, name
        assert field.widget.attrs is not declared.widget.attrs, name
        assert field.validators is not declared.validators, name
        assert field.error_messages is not declared.error_messages, name
        assert vars(field).keys() == vars(declared).keys(), name
        if hasattr(declared, "_choices"):
            assert field._choices == declared._choices and field._choices is not declared._choices
    first.fields["temperature_unit"].choices.append(("K", "Kelvin"))
    first.fields["up_and_about"].widget.choices.append(("9", "Flying"))
    first.fields["notes"].widget.attrs["rows"] = 30
    second = CheckInForm(catalog=catalog, today=today)
    assert ("K", "Kelvin") not in second.fields["temperature_unit"].choices
    assert ("9", "Flying") not in second.fields["up_and_about"].widget.choices
    assert second.fields["notes"].widget.attrs["rows"] == 3


POSTS = [
    {"date": "TODAY", "wellbeing": "6", "severity-fatigue": "2", "severity-nausea": "1"},
    {"date": "TODAY", "severity-fatigue": "", "interference-fatigue": "", "severity-fever": "1"},
    {"date": "TODAY", "severity-fatigue": "9", "interference-fatigue": "x", "severity-bogus": "1"},
    {"date": "TODAY", "severity-fatigue": "2", "cause-fatigue": "123456", "notes": "  a  "},
    {"date": "2999-01-01", "wellbeing": "11"},
    {},
]


@pytest.mark.parametrize("recall_days", [1, 7])
@pytest.mark.parametrize("post", POSTS)
def test_a_saves_fields_clean_as_djangos_own_clean_fields(demo, post, recall_days):
    """The fields a save's data leaves out are their empty values, without a clean each:
    the same cleaned data, in the same order, and the same errors as Django's loop."""
    import types

    from django import forms
    from django.http import QueryDict

    from diary.catalog import load_catalog
    from diary.forms import CheckInForm
    from diary.treatments import treatments_of
    from diary.views.days import checkin_context

    catalog = load_catalog()
    today = demo.today()
    context = checkin_context(demo, today, treatments_of(demo), catalog)
    context["recall_days"] = recall_days
    assert any(
        name.startswith("cause-")
        for name in CheckInForm(catalog=catalog, today=today, **context).fields
    )
    data = QueryDict(mutable=True)
    for key, value in post.items():
        data[key] = value.replace("TODAY", today.isoformat())
    ours = CheckInForm(data, catalog=catalog, today=today, **context)
    django = CheckInForm(data, catalog=catalog, today=today, **context)
    django._clean_fields = types.MethodType(forms.Form._clean_fields, django)
    assert ours.is_valid() == django.is_valid()
    assert list(ours.cleaned_data.items()) == list(django.cleaned_data.items())
    assert ours.errors == django.errors
    assert [str(ours[name]) for name in ours.errors if name != "__all__"] == [
        str(django[name]) for name in django.errors if name != "__all__"
    ]


def test_a_save_copies_only_the_fields_its_data_holds(demo):
    """The fields a save's data leaves out stay the ones kept per process, read and never
    changed; every field the form hands out (by name, get, values, items) is its own copy."""
    from django.http import QueryDict

    from diary.catalog import load_catalog
    from diary.forms import CheckInForm
    from diary.forms.checkin import _symptom_fields
    from diary.treatments import treatments_of
    from diary.views.days import checkin_context

    catalog = load_catalog()
    today = demo.today()
    context = checkin_context(demo, today, treatments_of(demo), catalog)
    data = QueryDict(mutable=True)
    data.update(
        {
            "date": today.isoformat(),
            "version": "0",
            "temperature_unit": "C",
            "wellbeing": "6",
            "severity-fatigue": "2",
        }
    )
    form = CheckInForm(data, catalog=catalog, today=today, **context)
    kept = {name: dict.__getitem__(form.fields, name) for name in form.fields}
    assert form.is_valid(), form.errors
    copied = {name for name in form.fields if dict.__getitem__(form.fields, name) is not kept[name]}
    assert {"wellbeing", "temperature_unit", "severity-fatigue"} <= copied
    assert "severity-nausea" not in copied and "interference-fatigue" not in copied
    again = CheckInForm(data, catalog=catalog, today=today, **context)
    assert dict.__getitem__(again.fields, "severity-nausea") is kept["severity-nausea"]
    per_process = {**CheckInForm.base_fields, **_symptom_fields(catalog, weekly=False)}
    assert "severity-nausea" in per_process
    for name, field in form.fields.items():
        assert field is not per_process.get(name), name
    assert form.fields.get("severity-nausea") is form.fields["severity-nausea"]
    assert list(form.fields.values()) == [field for _, field in form.fields.items()]
    assert list(form.fields) == list(kept)
    causes = [name for name in kept if name.startswith("cause-")]
    assert causes and not copied & set(causes)  # the save's data names none
    first = form.fields[causes[0]]
    assert first.label.endswith(": likely cause") and first.initial is not None
    assert {form.fields[name].label for name in causes} == {
        f"{catalog.by_slug[name.removeprefix('cause-')].name}: likely cause" for name in causes
    }


def test_a_form_shown_with_errors_leaves_the_kept_fields_unchanged(client, demo):
    from diary.catalog import load_catalog
    from diary.forms import CheckInForm

    catalog = load_catalog()
    today = demo.today()
    kept = CheckInForm(catalog=catalog, today=today).fields
    before = {name: copy(dict.__getitem__(kept, name).widget.attrs) for name in kept}
    form = client.get(checkin_url(demo, today)).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update({"severity-fatigue": "9", "severity-nausea": "7"})
    response = client.post(checkin_url(demo, today), data)
    assert response.status_code == 400
    assert "Choose none, mild, moderate, severe or very severe." in response.text
    assert {name: dict.__getitem__(kept, name).widget.attrs for name in kept} == before
