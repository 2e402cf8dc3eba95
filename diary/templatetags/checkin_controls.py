"""The check-in's step controls (a symptom's five steps, a one-off event's No / Yes, the 0-10
wellbeing scale, a dose's taken / partly / missed), written from plain data in one pass.

Rendering each radio button through Django's widget templates cost most of the check-in page
(about 270 radios, each a template render); this writes the same markup directly: the same
names, values, ids (`<auto_id>_<index>`), attributes and labels as `{{ radio.tag }}` plus its
label would. Any new scale control on the check-in draws its steps with `{% steps field %}`.
Each symptom item around them (its line, note, likely cause and interference) is written by
`{% checkin_item item form %}`, the same markup as `diary/_checkin_item.html`, which stays as
its reference (tests/test_checkin_items.py): a change to an item's markup is made in both.
"""

import functools
import html

from django import forms, template
from django.template.defaultfilters import date as date_filter
from django.utils.functional import Promise
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


def _escape_html(text) -> str:
    """What django.utils.html.conditional_escape writes, without its lazy-string wrappers
    (called about 600 times a page): safe text as it is, the rest escaped."""
    if isinstance(text, Promise):
        text = str(text)
    if hasattr(text, "__html__"):
        return text.__html__()
    return html.escape(str(text))


def _checked_values(field: forms.BoundField) -> set[str]:
    value = field.value()
    values = value if isinstance(value, (list, tuple)) else [value]
    return {"" if v is None else str(v) for v in values}


def _escaped_choices(choices) -> tuple[tuple[str, str, str], ...]:
    """(value, value escaped, label escaped) for each choice: the scales' few fixed choice lists
    (severities, no / yes, 0-10, dose statuses) are escaped once per process."""
    try:
        key = tuple(choices)
        return _escaped_choice_lists(key)
    except TypeError:  # a choice that cannot be a key: escaped every time
        return tuple((str(v), escape(str(v)), escape(label)) for v, label in choices)


@functools.lru_cache(maxsize=64)
def _escaped_choice_lists(choices: tuple) -> tuple[tuple[str, str, str], ...]:
    return tuple((str(v), escape(str(v)), escape(label)) for v, label in choices)


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
    id_prefix = escape(auto_id) if auto_id else ""
    for index, (value, safe_value, label) in enumerate(_escaped_choices(field.field.choices)):
        step_id = f"{id_prefix}_{index}" if auto_id else ""
        id_attr = f' id="{step_id}"' if auto_id else ""
        is_checked = not selected and value in checked
        selected = selected or is_checked
        parts.append(
            f'<input type="radio" name="{name}" value="{safe_value}"{extra}{id_attr}{invalid}'
            f"{' checked' if is_checked else ''}>"
        )
        if style == SYMPTOM:
            parts.append(
                f'<label class="step sev-{safe_value}" for="{step_id}" title="{label}" '
                f'data-step="{safe_value}"><span class="visually-hidden">{label}</span></label>'
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
    choices = field.field.choices
    if any(isinstance(label, list | tuple) for _, label in choices):
        raise ValueError("options: grouped choices are not written by this tag")
    parts = []
    for choice, safe_value, label in _escaped_choices(choices):
        selected = " selected" if choice == current else ""
        parts.append(f'<option value="{safe_value}"{selected}>{label}</option>')
    return mark_safe("".join(parts))  # noqa: S308 (values and labels escaped)


def _errors_html(errors) -> str:
    return "".join(f"{_escape_html(error)} " for error in errors)


def _symptom_line_html(item) -> str:
    """What `diary/_symptom_line.html` writes for `item` (a ScaleField)."""
    field = item.field
    auto_id = _escape_html(field.auto_id)
    errors = field.errors
    has_note = bool(item.last or item.seen_with)
    described = ""
    if errors or has_note:
        described = (
            f' aria-describedby="{f"{auto_id}-note" if has_note else ""}'
            f'{f" {auto_id}-error" if errors else ""}"'
        )
    yes_no = item.symptom.is_yes_no
    note = ""
    if has_note:
        last = ""
        if item.last:
            last = (
                f"Last: {_escape_html(item.last_label.lower())}, "
                f"{_escape_html(date_filter(item.last.date, 'D j'))}"
            )
        seen = ""
        if item.seen_with:
            seen = "with " + ", ".join(_escape_html(name) for name in item.seen_with)
        joiner = " · " if item.last and item.seen_with else ""
        note = f'<p class="symptom-note" id="{auto_id}-note">{last}{joiner}{seen}</p>'
    error_html = ""
    if errors:
        error_html = (
            f'<div class="invalid-feedback d-block" id="{auto_id}-error">'
            f"{_errors_html(errors)}</div>"
        )
    return (
        "\n\n\n\n"
        f'<fieldset class="symptom-line{" is-invalid" if errors else ""}"{described}>\n'
        f'  <legend class="symptom-name">{_escape_html(field.label)}</legend>\n'
        f'  <div class="steps{" steps-yes-no" if yes_no else ""}">\n'
        f"    {steps_html(field, YES_NO if yes_no else SYMPTOM)}\n"
        "  </div>\n"
        f"  {note}\n"
        f"  {error_html}\n"
        "</fieldset>\n\n\n"
    )


def _select_html(select: forms.BoundField, label: str) -> str:
    errors = select.errors
    error_html = ""
    if errors:
        joined = " ".join(_escape_html(error) for error in errors)
        error_html = f'<div class="invalid-feedback d-block">{joined}</div>'
    auto_id = _escape_html(select.auto_id)
    return (
        f'\n    <label class="small" for="{auto_id}">{label}</label>\n'
        f'    <select class="form-select form-select-sm{" is-invalid" if errors else ""}" '
        f'name="{_escape_html(select.html_name)}" id="{auto_id}">\n'
        f"      {options(select)}\n"
        "    </select>\n"
        f"    {error_html}\n"
        "    "
    )


def checkin_item_html(item, form: forms.Form) -> SafeString:
    """What `diary/_checkin_item.html` writes for `item` (a ScaleField of `form`), byte for
    byte (tests/test_checkin_items.py compares the two): a symptom's line, its early-sign note,
    its likely cause and how much it got in the way. The check-in writes its 52 items with
    this instead of two template includes each."""
    symptom = item.symptom
    name = _escape_html(symptom.name.lower())
    early = ""
    if symptom.early_sign and item.reported:
        label = ""
        if symptom.early_sign_label:
            label = f" ({_escape_html(symptom.early_sign_label)})"
        early = (
            f'<p class="form-text early-sign">An early sign on the source\'s list{label}: '
            "worth mentioning to your care team.</p>"
        )
    parts = ["\n", _symptom_line_html(item), "\n", early, "\n"]
    if item.cause or item.interference:
        parts.append('\n  <div class="cause-field">\n    ')
        if item.cause:
            parts.append(
                _select_html(
                    item.cause,
                    f'Likely cause<span class="visually-hidden"> of {name}</span>',
                )
            )
        parts.append("\n    ")
        if item.interference:
            weekly = str(form["recall_days"].value()) == "7"
            parts.append(
                _select_html(
                    item.interference,
                    f"In the way of your {'week' if weekly else 'day'}"
                    f'<span class="visually-hidden"> ({name}, optional)</span>',
                )
            )
        parts.append("\n  </div>\n")
    parts.append("\n")
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)


@register.simple_tag
def checkin_item(item, form: forms.Form) -> SafeString:
    """`{% checkin_item item form %}`: what `{% include "diary/_checkin_item.html" %}` writes."""
    return checkin_item_html(item, form)


def _follow_ups_html(item, form: forms.Form, indent: str) -> str:
    """The questions that follow `item` (the spinal-cord ones after back pain), as the
    check-in's template writes them at `indent`."""
    names = "; ".join(_escape_html(f.symptom.name.lower()) for f in item.follow_ups)
    follows = _escape_html(item.field.html_name)
    return (
        f'\n{indent}<div class="follow-ups" data-follows="{follows}" '
        f'data-show-label="Show the questions about {names}" '
        f'id="follow-ups-{_escape_html(item.symptom.slug)}">\n'
        f'{indent}  <p class="form-text mb-1">If you have '
        f"{_escape_html(item.symptom.name.lower())}, please also answer these:</p>\n"
        f"{indent}  {''.join(checkin_item_html(f, form) for f in item.follow_ups)}\n"
        f"{indent}</div>\n{indent[:-2]}"
    )


@register.simple_tag
def more_items(group, form: forms.Form) -> SafeString:
    """`{% more_items group form %}`: the items of one closed "Add another symptom" section,
    each in its searchable `symptom-item` with its follow-up questions, as the loop it
    replaces wrote them (the loop's markup is kept in tests/test_checkin_items.py, which
    compares the two): about 45 items a page, each a dozen template nodes before."""
    parts = []
    for item in group.fields:
        terms = "".join(f" {_escape_html(f.search_terms)}" for f in item.follow_ups)
        parts.append(
            f'\n        <div class="symptom-item" '
            f'data-terms="{_escape_html(item.search_terms)}{terms}">\n'
            f"          {checkin_item_html(item, form)}\n          "
        )
        if item.follow_ups:
            parts.append(_follow_ups_html(item, form, " " * 12))
        parts.append("\n        </div>\n      ")
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)


# `{{ field|crispy_kept }}`: crispy-forms' markup of a text box, text area or check box, kept
# per process with a stand-in for its value (about 1 ms a field, three on every check-in).
VALUE_STAND_IN = "\ue000"  # a private-use character: escaping leaves it as it is
_kept_crispy: dict[tuple, str] = {}


def _crispy_key(field: forms.BoundField, variant: bool | None) -> tuple:
    widget = field.field.widget
    return (
        type(field.form),
        field.form.prefix,
        field.form.auto_id,
        field.name,
        str(field.label),
        str(field.help_text),
        field.field.required,
        field.form.use_required_attribute,
        type(widget),
        tuple(sorted((k, str(v)) for k, v in widget.attrs.items())),
        variant,
    )


def _crispy_with_stand_in(field: forms.BoundField, value) -> str:
    """as_crispy_field for `field` in an otherwise empty form, with `value` as its value."""
    import copy

    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

    probe = forms.Form(
        initial={field.name: value}, auto_id=field.form.auto_id, prefix=field.form.prefix
    )
    probe.use_required_attribute = field.form.use_required_attribute
    probe.fields[field.name] = copy.deepcopy(field.field)
    return as_crispy_field(probe[field.name])


@register.filter
def crispy_kept(field: forms.BoundField) -> SafeString:
    """What `{{ field|as_crispy_field }}` writes, from markup kept per process: the field's
    label, help text, attributes and widget make the key, and its value (escaped) takes the
    stand-in's place; a check box keeps one markup checked and one not, an empty field one of
    its own. A field with errors, a form with a crispy helper, or another widget is rendered
    by crispy-forms each time (tests/test_checkin_items.py compares the two)."""
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

    widget = field.field.widget
    if field.errors or getattr(field.form, "helper", None) is not None:
        return as_crispy_field(field)
    if isinstance(widget, forms.CheckboxInput):
        if widget.format_value(field.value()) is not None:  # a value attribute: not kept
            return as_crispy_field(field)
        checked = bool(widget.check_test(field.value()))
        key = _crispy_key(field, checked)
        kept = _kept_crispy.get(key)
        if kept is None:
            kept = _kept_crispy[key] = _crispy_with_stand_in(field, checked)
        return mark_safe(kept)  # noqa: S308 (crispy-forms' own markup)
    if type(widget) not in (forms.Textarea, forms.TextInput):
        return as_crispy_field(field)
    value = widget.format_value(field.value())
    if value is None:  # empty: no value at all (a text box then has no value attribute)
        key = _crispy_key(field, False)
        kept = _kept_crispy.get(key)
        if kept is None:
            kept = _kept_crispy[key] = _crispy_with_stand_in(field, "")
        return mark_safe(kept)  # noqa: S308 (crispy-forms' own markup)
    key = _crispy_key(field, None)
    kept = _kept_crispy.get(key)
    if kept is None:
        kept = _crispy_with_stand_in(field, VALUE_STAND_IN)
        if kept.count(VALUE_STAND_IN) != 1:  # not where a value goes: not kept
            return as_crispy_field(field)
        _kept_crispy[key] = kept
    return mark_safe(kept.replace(VALUE_STAND_IN, _escape_html(value)))  # noqa: S308 (escaped)
