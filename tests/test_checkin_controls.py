"""The check-in's step controls ({% steps %}, {% options %}) write the same markup as Django's
own radio and option rendering that they replace."""

import re

import pytest
from django import forms
from django.template import Context, Template

from diary.forms.common import ScaleRadioSelect
from diary.templatetags.checkin_controls import options, steps_html

SEVERITIES = [
    ("0", "None"),
    ("1", "Mild"),
    ("2", "Moderate"),
    ("3", "Severe"),
    ("4", "Very severe"),
]

# What the templates wrote before, radio by radio, through Django's widget templates.
DJANGO_STEPS = {
    "symptom": '{% for radio in field %}{{ radio.tag }}<label class="step'
    ' sev-{{ radio.data.value }}" for="{{ radio.id_for_label }}" title="{{ radio.choice_label }}"'
    ' data-step="{{ radio.data.value }}"><span class="visually-hidden">{{ radio.choice_label }}'
    "</span></label>\n{% endfor %}",
    "yes_no": '{% for radio in field %}{{ radio.tag }}<label class="step answer-'
    '{{ radio.choice_label|lower }}" for="{{ radio.id_for_label }}"'
    ' title="{{ radio.choice_label }}">{{ radio.choice_label }}</label>\n{% endfor %}',
    "scale": '{% for radio in field %}{{ radio.tag }}<label class="btn btn-outline-secondary"'
    ' for="{{ radio.id_for_label }}">{{ radio.choice_label }}</label>\n{% endfor %}',
    "dose": '{% for radio in field %}{{ radio.tag }}<label class="step"'
    ' for="{{ radio.id_for_label }}">{{ radio.choice_label }}</label>{% endfor %}',
}


class Sample(forms.Form):
    severity = forms.TypedChoiceField(
        label="Fatigue", choices=SEVERITIES, coerce=int, required=False, widget=ScaleRadioSelect
    )
    event = forms.TypedChoiceField(
        label="Seizure",
        choices=[("0", "No"), ("1", "Yes")],
        coerce=int,
        required=False,
        widget=ScaleRadioSelect,
    )
    dose = forms.ChoiceField(
        label='Drug <"A&B">',
        choices=[("taken", "Taken"), ("partly", "Partly"), ("missed", "Missed")],
        required=False,
        widget=ScaleRadioSelect,
    )
    cause = forms.ChoiceField(
        choices=[("", "Not sure"), ("1", "Drug <A & B>"), ("2", "Other")], required=False
    )


FIELDS = {"symptom": "severity", "yes_no": "event", "scale": "severity", "dose": "dose"}


def django_rendering(field, style):
    return Template(DJANGO_STEPS[style]).render(Context({"field": field}))


def same(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a).strip() == re.sub(r"\s+", " ", b).strip()


@pytest.mark.parametrize("style", sorted(FIELDS))
@pytest.mark.parametrize(
    "form",
    [
        Sample(),
        Sample(initial={"severity": "2", "event": "1", "dose": "partly"}),
        Sample(data={"severity": "3", "event": "0", "dose": "missed"}),
        Sample(data={"severity": "9", "event": "7", "dose": "lost"}),  # errors: aria-invalid
    ],
    ids=["unbound", "initial", "bound", "invalid"],
)
def test_steps_write_what_django_wrote(form, style):
    if form.is_bound:
        form.is_valid()  # errors, when the data is wrong
    field = form[FIELDS[style]]
    assert same(steps_html(field, style), django_rendering(field, style))


def test_invalid_steps_are_marked_invalid():
    form = Sample(data={"severity": "9"})
    form.is_valid()
    assert steps_html(form["severity"]).count('aria-invalid="true"') == 5


def test_an_unknown_style_is_refused():
    with pytest.raises(ValueError):
        steps_html(Sample()["severity"], "sliders")


@pytest.mark.parametrize(
    "form", [Sample(), Sample(initial={"cause": "1"}), Sample(data={"cause": "2"})]
)
def test_options_write_what_the_template_wrote(form):
    """As Django's Select: an unset value selects the empty choice."""
    template = Template(
        '{% for value, label in field.field.choices %}<option value="{{ value }}"'
        "{% if field.value|default_if_none:''|stringformat:'s' == value|stringformat:'s' %}"
        " selected{% endif %}>{{ label }}</option>{% endfor %}"
    )
    field = form["cause"]
    assert options(field) == template.render(Context({"field": field}))


def test_options_refuse_grouped_choices():
    class Grouped(forms.Form):
        cause = forms.ChoiceField(choices=[("Drugs", [("1", "A"), ("2", "B")])])

    with pytest.raises(ValueError):
        options(Grouped()["cause"])
