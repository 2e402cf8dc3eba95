"""The check-in's step controls (a symptom's five steps, a one-off event's No / Yes, the 0-10
wellbeing scale, a dose's taken / partly / missed), written from plain data in one pass.

Rendering each radio button through Django's widget templates cost most of the check-in page
(about 270 radios, each a template render); this writes the same markup directly: the same
names, values, ids (`<auto_id>_<index>`), attributes and labels as `{{ radio.tag }}` plus its
label would. Any new scale control on the check-in draws its steps with `{% steps field %}`.
Each symptom item around them (its line, note, likely cause and interference) is written by
`{% checkin_item item form %}`, the same markup as `diary/_checkin_item.html`, which stays as
its reference (tests/test_checkin_items.py): a change to an item's markup is made in both.
So are the 0-10 scales (`{% scale field %}`, diary/_scale.html), the up-and-about answers
(`{% form_checks field %}`) and the hidden inputs (`{% hidden_inputs form %}`).

An item with nothing chosen and no error (most of the 52, in closed sections) is mostly
catalog data: its steps, its line (with a stand-in where her note goes) and its unanswered
"in the way" select are kept per process (`diary.markup.kept_part`), keyed by the field's
name, id, label, attributes and a fixed choice list. A select's options are written once per
form for each list and selected value (a likely cause's list names her treatments).
"""

import functools

from django import forms, template
from django.template.defaultfilters import date as date_filter
from django.utils.safestring import SafeString, mark_safe

from diary.markup import crispy_kept, escape, escape_html, kept_part

register = template.Library()

# How each kind of control labels its steps: (label classes, title and data-step, label text).
SYMPTOM = "symptom"  # five steps None..Very severe: the name read out, a CSS digit shown
YES_NO = "yes_no"  # a one-off event: No / Yes, written out
SCALE = "scale"  # a row of toggle buttons with their labels (wellbeing 0-10)
DOSE = "dose"  # taken / partly / missed
STYLES = {SYMPTOM, YES_NO, SCALE, DOSE}


def _checked_values(field: forms.BoundField) -> set[str]:
    value = field.value()
    values = value if isinstance(value, (list, tuple)) else [value]
    return {"" if v is None else str(v) for v in values}


def _escape_choices(choices) -> tuple[tuple[str, str, str], ...]:
    return tuple((str(v), escape(str(v)), escape(label)) for v, label in choices)


@functools.cache
def _fixed_choice_lists() -> dict[tuple, tuple[tuple[str, str, str], ...]]:
    """The check-in's fixed choice lists (severities, no / yes, 0-10, interference, dose
    statuses: diary.forms.checkin.FIXED_CHOICE_LISTS), escaped once per process."""
    from diary.forms.checkin import FIXED_CHOICE_LISTS

    fixed = {}
    for listed in FIXED_CHOICE_LISTS:
        choices = forms.ChoiceField(choices=listed).choices  # as a field holds them
        fixed[tuple(choices)] = _escape_choices(choices)
    return fixed


def _escaped_choices(field: forms.BoundField) -> tuple[tuple[str, str, str], ...]:
    """(value, value escaped, label escaped) for each of the field's choices: a fixed list
    from the process's, any other (a likely cause's, her treatments) escaped once per form
    and kept with the form only."""
    choices = field.field.choices
    try:
        key = tuple(choices)
        fixed = _fixed_choice_lists().get(key)
    except TypeError:  # a choice that cannot be a key: escaped every time
        return _escape_choices(choices)
    if fixed is not None:
        return fixed
    mine = field.form.__dict__.setdefault("_escaped_choices", {})
    escaped = mine.get(key)
    if escaped is None:
        escaped = mine[key] = _escape_choices(key)
    return escaped


def steps_html(field: forms.BoundField, style: str = SYMPTOM) -> SafeString:
    """The radio inputs of `field`, each followed by its label, as one safe string. Nothing
    chosen and no error (most of a page's 52 items, in closed sections): kept per process
    for a fixed choice list, by the field's name (a symptom's) and attributes alone. A dose's
    steps are never kept: their name holds her treatment's id."""
    if style not in STYLES:
        raise ValueError(f"Unknown step style {style!r}")
    checked = _checked_values(field)
    errors = field.errors
    if not errors and checked <= {""} and style != DOSE:
        attrs = field.field.widget.attrs
        choices = field.field.choices
        try:
            key = (
                field.html_name,
                field.auto_id,
                style,
                frozenset(checked),
                tuple(choices),
                tuple(attrs.items()),
            )
            fixed = tuple(choices) in _fixed_choice_lists()
        except TypeError:  # a choice or attribute that cannot be a key: not kept
            fixed = False
        if fixed:
            return kept_part(("steps", *key), lambda: _steps_html(field, style, checked, []))
    return _steps_html(field, style, checked, errors)


# The parts of an item kept per process (diary.markup.kept_part): catalog data only.
def _unchosen_key(field: forms.BoundField) -> tuple | None:
    """What a field's markup is made from when nothing is chosen and it has no error, if it
    has a fixed choice list (else None: not kept)."""
    if field.errors:
        return None
    checked = _checked_values(field)
    if not checked <= {""}:
        return None
    choices = field.field.choices
    try:
        key = (
            field.html_name,
            field.auto_id,
            str(field.label),
            frozenset(checked),
            tuple(choices),
            tuple(field.field.widget.attrs.items()),
        )
        hash(key)
        return key if tuple(choices) in _fixed_choice_lists() else None
    except TypeError:  # a choice or attribute that cannot be a key: not kept
        return None


def _steps_html(field: forms.BoundField, style: str, checked: set[str], errors) -> SafeString:
    name = escape(field.html_name)
    auto_id = field.field.widget.attrs.get("id") or field.auto_id
    extra = "".join(
        f' {escape(k)}="{escape(v)}"' if v is not True else f" {escape(k)}"
        for k, v in field.field.widget.attrs.items()
        if v is not False and k != "id"
    )
    invalid = ' aria-invalid="true"' if errors else ""
    parts = []
    selected = False
    id_prefix = escape(auto_id) if auto_id else ""
    for index, (value, safe_value, label) in enumerate(_escaped_choices(field)):
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
    escaped = _escaped_choices(field)
    # The same list with the same choice selected (44 interference selects, a likely cause's
    # with its default) is written once per form and kept with the form only.
    written = field.form.__dict__.setdefault("_written_options", {})
    key = (id(escaped), current)
    markup = written.get(key)
    if markup is not None and markup[0] is escaped:
        return markup[1]
    choices = field.field.choices
    if any(isinstance(label, list | tuple) for _, label in choices):
        raise ValueError("options: grouped choices are not written by this tag")
    parts = []
    for choice, safe_value, label in escaped:
        selected = " selected" if choice == current else ""
        parts.append(f'<option value="{safe_value}"{selected}>{label}</option>')
    markup = mark_safe("".join(parts))  # noqa: S308 (values and labels escaped)
    written[key] = (escaped, markup)
    return markup


def _errors_html(errors) -> str:
    return "".join(f"{escape_html(error)} " for error in errors)


NOTE_STAND_IN = "\ue003"  # where an item's note ("Last: mild, Fri 27 · with ...") goes


def _symptom_line_html(item) -> str:
    """What `diary/_symptom_line.html` writes for `item` (a ScaleField): kept per process
    when nothing is chosen and there is no error, with a stand-in where its note goes (her
    last rating, her treatments), the note put in on the way out."""
    key = _unchosen_key(item.field)
    if key is None:
        return _symptom_line_made(item)
    has_note = bool(item.last or item.seen_with)
    kept = kept_part(
        ("line", item.symptom.is_yes_no, has_note, *key),
        lambda: _symptom_line_made(item, NOTE_STAND_IN if has_note else None),
    )
    return kept.replace(NOTE_STAND_IN, _note_html(item)) if has_note else kept


def _note_html(item) -> str:
    last = ""
    if item.last:
        last = (
            f"Last: {escape_html(item.last_label.lower())}, "
            f"{escape_html(date_filter(item.last.date, 'D j'))}"
        )
    seen = ""
    if item.seen_with:
        seen = "with " + ", ".join(escape_html(name) for name in item.seen_with)
    joiner = " · " if item.last and item.seen_with else ""
    return f"{last}{joiner}{seen}"


def _symptom_line_made(item, note_text: str | None = None) -> str:
    """The line of `item`, its note's text `note_text` if given."""
    field = item.field
    auto_id = escape_html(field.auto_id)
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
        text = _note_html(item) if note_text is None else note_text
        note = f'<p class="symptom-note" id="{auto_id}-note">{text}</p>'
    error_html = ""
    if errors:
        error_html = (
            f'<div class="invalid-feedback d-block" id="{auto_id}-error">'
            f"{_errors_html(errors)}</div>"
        )
    return (
        "\n\n\n\n"
        f'<fieldset class="symptom-line{" is-invalid" if errors else ""}"{described}>\n'
        f'  <legend class="symptom-name">{escape_html(field.label)}</legend>\n'
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
        joined = " ".join(escape_html(error) for error in errors)
        error_html = f'<div class="invalid-feedback d-block">{joined}</div>'
    auto_id = escape_html(select.auto_id)
    return (
        f'\n    <label class="small" for="{auto_id}">{label}</label>\n'
        f'    <select class="form-select form-select-sm{" is-invalid" if errors else ""}" '
        f'name="{escape_html(select.html_name)}" id="{auto_id}">\n'
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
    name = escape_html(symptom.name.lower())
    early = ""
    if symptom.early_sign and item.reported:
        label = ""
        if symptom.early_sign_label:
            label = f" ({escape_html(symptom.early_sign_label)})"
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
            label = (
                f"In the way of your {'week' if weekly else 'day'}"
                f'<span class="visually-hidden"> ({name}, optional)</span>'
            )
            key = _unchosen_key(item.interference)
            if key is None:
                parts.append(_select_html(item.interference, label))
            else:
                parts.append(
                    kept_part(
                        ("select", label, *key), lambda: _select_html(item.interference, label)
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
    names = "; ".join(escape_html(f.symptom.name.lower()) for f in item.follow_ups)
    follows = escape_html(item.field.html_name)
    return (
        f'\n{indent}<div class="follow-ups" data-follows="{follows}" '
        f'data-show-label="Show the questions about {names}" '
        f'id="follow-ups-{escape_html(item.symptom.slug)}">\n'
        f'{indent}  <p class="form-text mb-1">If you have '
        f"{escape_html(item.symptom.name.lower())}, please also answer these:</p>\n"
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
        terms = "".join(f" {escape_html(f.search_terms)}" for f in item.follow_ups)
        parts.append(
            f'\n        <div class="symptom-item" '
            f'data-terms="{escape_html(item.search_terms)}{terms}">\n'
            f"          {checkin_item_html(item, form)}\n          "
        )
        if item.follow_ups:
            parts.append(_follow_ups_html(item, form, " " * 12))
        parts.append("\n        </div>\n      ")
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)


# `{{ field|crispy_kept }}`: crispy-forms' markup of the notes and the check box under them, kept
# per process without her words (about 1 ms a field; diary.markup says what is kept).
register.filter("crispy_kept", crispy_kept)


@register.simple_tag
def hidden_inputs(form: forms.Form) -> SafeString:
    """`{% hidden_inputs form %}`: what a loop of `{{ field }}` over `form.hidden_fields`
    writes, a plain hidden input written directly (Django's widget templates: about 0.3 ms
    each), any other through Django."""
    parts = []
    for field in form.hidden_fields():
        definition = field.field
        widget = definition.widget
        if (
            type(widget) is not forms.HiddenInput
            or widget.attrs
            or widget.is_localized
            or definition.disabled
            or definition.show_hidden_initial
            or field.help_text
        ):
            parts.append(str(field))
            continue
        value = widget.format_value(field.value())
        value_attr = f' value="{escape(value)}"' if value is not None else ""
        id_attr = f' id="{escape_html(field.auto_id)}"' if field.auto_id else ""
        parts.append(
            f'<input type="hidden" name="{escape_html(field.html_name)}"{value_attr}{id_attr}>'
        )
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)


def _field_errors_html(field: forms.BoundField) -> str:
    if not field.errors:
        return ""
    return (
        f'<div class="invalid-feedback d-block" id="{escape_html(field.auto_id)}-error">'
        f"{_errors_html(field.errors)}</div>"
    )


@register.simple_tag
def scale(field: forms.BoundField) -> SafeString:
    """`{% scale field %}`: what `{% include "diary/_scale.html" with field=field item=None %}`
    writes (a 0-10 scale: wellbeing, the worst pain), which stays as its reference
    (tests/test_checkin_items.py compares the two)."""
    auto_id = escape_html(field.auto_id)
    errors = field.errors
    help_text = field.help_text
    described = ""
    if errors or help_text:
        described = (
            f' aria-describedby="{f"{auto_id}-help" if help_text else ""}'
            f'{f" {auto_id}-error" if errors else ""}"'
        )
    help_html = ""
    if help_text:
        help_html = f'<p class="form-text mt-0" id="{auto_id}-help">{escape_html(help_text)}</p>'
    return mark_safe(  # noqa: S308 (every value below is escaped)
        "\n\n"
        f'<fieldset class="scale{" is-invalid" if errors else ""}"{described}>\n'
        f"  <legend>{escape_html(field.label)}</legend>\n"
        f"  {help_html}\n"
        '  <div class="scale-options">\n'
        f"    {steps_html(field, SCALE)}\n"
        "  </div>\n"
        f"  {_field_errors_html(field)}\n"
        "</fieldset>\n"
    )


@register.simple_tag
def form_checks(field: forms.BoundField) -> SafeString:
    """`{% form_checks field %}`: a radio field's choices, each a Bootstrap form-check (how
    much she was up and about), as the loop over its radios in diary/_checkin_measures.html
    wrote them (tests/test_checkin_items.py keeps the loop and compares the two)."""
    name = escape_html(field.html_name)
    auto_id = field.field.widget.attrs.get("id") or field.auto_id
    invalid = " is-invalid" if field.errors else ""
    checked = _checked_values(field)
    selected = False
    parts = []
    for index, (value, safe_value, label) in enumerate(_escaped_choices(field)):
        step_id = escape(f"{auto_id}_{index}") if auto_id else ""
        is_checked = not selected and value in checked
        selected = selected or is_checked
        parts.append(
            '\n      <div class="form-check">\n'
            f'        <input class="form-check-input{invalid}" type="radio" name="{name}" '
            f'id="{step_id}" value="{safe_value}"{" checked" if is_checked else ""}>\n'
            f'        <label class="form-check-label" for="{step_id}">{label}</label>\n'
            "      </div>\n    "
        )
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)
