"""The check-in's step controls (a symptom's five steps, a one-off event's No / Yes, the 0-10
wellbeing scale, a dose's taken / partly / missed), written from plain data in one pass.

Rendering each radio button through Django's widget templates cost most of the check-in page
(about 270 radios, each a template render); this writes the same markup directly: the same
names, values, ids (`<auto_id>_<index>`), attributes and labels as `{{ radio.tag }}` plus its
label would. Any new scale control on the check-in draws its steps with `{% steps field %}`.
"""

import html

from django import forms, template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# How each kind of control labels its steps: (label classes, title and data-step, label text).
SYMPTOM = "symptom"  # five steps None..Very severe: the name read out, a CSS digit shown
YES_NO = "yes_no"  # a one-off event: No / Yes, written out
SCALE = "scale"  # a row of toggle buttons with their labels (wellbeing 0-10)
DOSE = "dose"  # taken / partly / missed
STYLES = {SYMPTOM, YES_NO, SCALE, DOSE}


def escape(text) -> str:
    """What django.utils.html.escape does, without its lazy-string wrapper (called ~1,000
    times a page)."""
    return html.escape(str(text))


def _checked_values(field: forms.BoundField) -> set[str]:
    value = field.value()
    values = value if isinstance(value, (list, tuple)) else [value]
    return {"" if v is None else str(v) for v in values}


def steps_html(field: forms.BoundField, style: str = SYMPTOM) -> SafeString:
    """The radio inputs of `field`, each followed by its label, as one safe string."""
    if style not in STYLES:
        raise ValueError(f"Unknown step style {style!r}")
    name = escape(field.html_name)
    auto_id = field.field.widget.attrs.get("id") or field.auto_id
    extra = "".join(
        f' {escape(k)}="{escape(v)}"' if v is not True else f" {escape(k)}"
        for k, v in field.field.widget.attrs.items()
        if v is not False and k != "id"
    )
    invalid = ' aria-invalid="true"' if field.errors else ""
    checked = _checked_values(field)
    parts = []
    selected = False
    for index, (value, label) in enumerate(field.field.choices):
        value, label = str(value), escape(label)
        step_id = escape(f"{auto_id}_{index}") if auto_id else ""
        id_attr = f' id="{step_id}"' if auto_id else ""
        is_checked = not selected and value in checked
        selected = selected or is_checked
        parts.append(
            f'<input type="radio" name="{name}" value="{escape(value)}"{extra}{id_attr}{invalid}'
            f"{' checked' if is_checked else ''}>"
        )
        if style == SYMPTOM:
            parts.append(
                f'<label class="step sev-{escape(value)}" for="{step_id}" title="{label}" '
                f'data-step="{escape(value)}"><span class="visually-hidden">{label}</span></label>'
            )
        elif style == YES_NO:
            parts.append(
                f'<label class="step answer-{label.lower()}" for="{step_id}" title="{label}">'
                f"{label}</label>"
            )
        elif style == SCALE:
            parts.append(
                f'<label class="btn btn-outline-secondary" for="{step_id}">{label}</label>'
            )
        else:
            parts.append(f'<label class="step" for="{step_id}">{label}</label>')
        if style != DOSE:
            parts.append("\n")
    return mark_safe("".join(parts))  # noqa: S308 (every piece above is escaped)


@register.simple_tag
def steps(field: forms.BoundField, style: str = SYMPTOM) -> SafeString:
    """`{% steps field %}` (five symptom steps), `{% steps field "yes_no" %}`, "scale", "dose"."""
    return steps_html(field, style)


@register.simple_tag
def options(field: forms.BoundField) -> SafeString:
    """The `<option>`s of a select field, its current value selected (a symptom's likely
    cause: one select per rated symptom, each option otherwise a handful of lookups)."""
    value = field.value()
    current = "" if value is None else str(value)  # as Django's Select.format_value
    parts = []
    for choice, label in field.field.choices:
        if isinstance(label, list | tuple):
            raise ValueError("options: grouped choices are not written by this tag")
        selected = " selected" if str(choice) == current else ""
        parts.append(
            f'<option value="{escape(str(choice))}"{selected}>{escape(str(label))}</option>'
        )
    return mark_safe("".join(parts))  # noqa: S308 (values and labels escaped)
