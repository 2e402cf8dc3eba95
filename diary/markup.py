"""What the pages' template tags share: escaping without Django's lazy-string wrappers, and
crispy-forms' markup of a form's own fields kept per process (`{{ field|crispy_kept }}`, in
both the check-in's and the summary's tag libraries).

Nothing kept here may hold health data. Only a field its form's class declares, with the
class's own label and choices, is kept: a field added to one form (a dose's reason, labelled
with her treatment's name) or relabelled is written by crispy-forms every time. A text box's
or text area's value (her notes) is never kept: its markup is kept with a stand-in where the
value goes, and the value put in on the way out. Other fields (the summary's period and
sections, read from the query string) are kept by their value. At most FIELDS_KEPT markups
are kept, the least recently used dropped first.
"""

import copy
import html
import threading
from collections import OrderedDict

from django import forms
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe


def escape(text) -> str:
    """What django.utils.html.escape does, without its lazy-string wrapper (called ~1,000
    times a page)."""
    return html.escape(str(text))


def escape_html(text) -> str:
    """What django.utils.html.conditional_escape writes, without its lazy-string wrappers
    (called about 600 times a page): safe text as it is, the rest escaped."""
    if isinstance(text, Promise):
        text = str(text)
    if hasattr(text, "__html__"):
        return text.__html__()
    return html.escape(str(text))


VALUE_STAND_IN = "\ue000"  # a private-use character: escaping leaves it as it is
FIELDS_KEPT = 128
_kept: OrderedDict[tuple, str] = OrderedDict()
_kept_lock = threading.Lock()

# How a kept field's value is put in: a text box's or text area's value takes the stand-in's
# place; a check box keeps one markup checked and one not; any other field is kept by value.
_TEXT, _CHECKBOX, _BY_VALUE = "text", "checkbox", "by value"


def _declared(field: forms.BoundField) -> bool:
    """The field is its form class's own, with the class's label and choices."""
    declared = type(field.form).base_fields.get(field.name)
    definition = field.field
    return (
        declared is not None
        and str(declared.label) == str(definition.label)
        and getattr(declared, "choices", None) == getattr(definition, "choices", None)
    )


def _key(field: forms.BoundField, how: str, variant) -> tuple:
    """Everything the field's markup is made from, but her value (kept by value: the value)."""
    form, definition = field.form, field.field
    widget = definition.widget
    key = (
        type(form),
        form.prefix,
        form.auto_id,
        form.is_bound,
        form.use_required_attribute,
        form.label_suffix,
        field.name,
        str(definition.label),
        str(definition.help_text),
        definition.required,
        definition.disabled,
        tuple(getattr(definition, "choices", ())),
        type(widget),
        tuple(sorted((name, repr(value)) for name, value in widget.attrs.items())),
        getattr(widget, "format", None),
        how,
        variant,
    )
    if how == _BY_VALUE:
        value = field.value()
        key += (tuple(value) if isinstance(value, list | tuple) else value, definition.initial)
    return key


def _crispy_with(field: forms.BoundField, value) -> str:
    """as_crispy_field for `field` in an otherwise empty form, with `value` as its value."""
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

    form = field.form
    probe = forms.Form(
        initial={field.name: value},
        auto_id=form.auto_id,
        prefix=form.prefix,
        label_suffix=form.label_suffix,
    )
    probe.use_required_attribute = form.use_required_attribute
    probe.fields[field.name] = copy.deepcopy(field.field)
    return as_crispy_field(probe[field.name])


def _kept_or_made(key: tuple, make) -> str | None:
    with _kept_lock:
        markup = _kept.get(key)
        if markup is not None:
            _kept.move_to_end(key)
            return markup
    markup = make()
    if markup is None:
        return None
    with _kept_lock:
        _kept[key] = markup
        while len(_kept) > FIELDS_KEPT:
            _kept.popitem(last=False)
    return markup


def crispy_kept(field: forms.BoundField) -> SafeString:
    """What `{{ field|as_crispy_field }}` writes, from markup kept per process where nothing
    of hers would be kept with it (see above). A field with errors, a form with a crispy
    helper, a callable initial value or a hidden initial is written by crispy-forms each time
    (tests/test_checkin_items.py and tests/test_summary_page.py compare the two)."""
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

    definition = field.field
    widget = definition.widget
    if (
        field.errors
        or getattr(field.form, "helper", None) is not None
        or callable(definition.initial)
        or definition.show_hidden_initial
        or not _declared(field)
    ):
        return as_crispy_field(field)
    if isinstance(widget, forms.CheckboxInput):
        if widget.format_value(field.value()) is not None:  # a value attribute: not kept
            return as_crispy_field(field)
        checked = bool(widget.check_test(field.value()))
        how, variant, make = _CHECKBOX, checked, lambda: _crispy_with(field, checked)
    elif type(widget) in (forms.Textarea, forms.TextInput):
        value = widget.format_value(field.value())
        if value is None:  # empty: no value at all (a text box then has no value attribute)
            how, variant, make = _TEXT, False, lambda: _crispy_with(field, "")
        else:

            def make() -> str | None:
                made = _crispy_with(field, VALUE_STAND_IN)
                return made if made.count(VALUE_STAND_IN) == 1 else None  # else not kept

            how, variant = _TEXT, True
    else:
        how, variant, make = _BY_VALUE, None, lambda: as_crispy_field(field)
    key = _key(field, how, variant)
    try:
        hash(key)
    except TypeError:  # a value, choice or attribute that cannot be a key: not kept
        return as_crispy_field(field)
    kept = _kept_or_made(key, make)
    if kept is None:
        return as_crispy_field(field)
    if how == _TEXT and variant:
        # Her value, escaped, where the stand-in is: never kept itself.
        return mark_safe(kept.replace(VALUE_STAND_IN, escape_html(value)))  # noqa: S308
    return mark_safe(kept)  # noqa: S308 (crispy-forms' own markup)
