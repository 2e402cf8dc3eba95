"""What the pages' template tags share: escaping without Django's lazy-string wrappers, and
crispy-forms' markup of a form's own fields kept per process (`{{ field|crispy_kept }}`, in
both the check-in's and the summary's tag libraries).

Nothing kept here may hold health data. Only a field its form's class declares, with the
class's own label and choices, is kept as it is. A text box added to one form (a dose's
reason, labelled with her treatment's name) is kept with stand-ins where its name and label go
(put in, escaped, on the way out), and only when nothing else in it is the form's own (no help
text, no choices, no widget attributes but those its field adds, such as maxlength); any other
added or relabelled field is written by crispy-forms every time. A text box's or text area's
value (her notes) is never kept: its markup is kept with a stand-in where the value goes, and
the value put in on the way out. Other fields (the summary's period and
sections, read from the query string) are kept by their value. At most FIELDS_KEPT markups
are kept, the least recently used dropped first.

`kept_part` keeps the check-in's other parts that hold catalog data alone (an item's steps,
its line and its "in the way" select while nothing is chosen and there is no error, with a
stand-in where the item's note goes; diary.templatetags.checkin_controls), at most PARTS_KEPT.
"""

import copy
import html
import re
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
NAME_STAND_IN = "\ue001"  # an added text box's name (in its name, id and label's for)
LABEL_STAND_IN = "\ue002"  # an added text box's label
_STAND_INS = re.compile(f"[{VALUE_STAND_IN}{NAME_STAND_IN}{LABEL_STAND_IN}]")
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


def _added_text_box(field: forms.BoundField) -> bool:
    """A text box its form added (not its class): kept with its name and label as stand-ins
    when nothing else in its markup is the form's own."""
    definition = field.field
    widget = definition.widget
    return (
        type(widget) is forms.TextInput
        and type(definition) is forms.CharField
        and not definition.help_text
        and widget.attrs == definition.widget_attrs(widget)
        and definition.initial is None
    )


def _key(field: forms.BoundField, how: str, variant, *, added: bool = False) -> tuple:
    """Everything the field's markup is made from, but her value (kept by value: the value);
    `added`: a text box the form added, without its name and label."""
    form, definition = field.form, field.field
    widget = definition.widget
    key = (
        type(form),
        form.prefix,
        form.auto_id,
        form.is_bound,
        form.use_required_attribute,
        form.label_suffix,
        NAME_STAND_IN if added else field.name,
        LABEL_STAND_IN if added else str(definition.label),
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


def _crispy_with(field: forms.BoundField, value, *, added: bool = False) -> str:
    """as_crispy_field for `field` in an otherwise empty form, with `value` as its value
    (`added`: named and labelled by the stand-ins)."""
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

    form = field.form
    name = NAME_STAND_IN if added else field.name
    probe = forms.Form(
        initial={name: value},
        auto_id=form.auto_id,
        prefix=form.prefix,
        label_suffix=form.label_suffix,
    )
    probe.use_required_attribute = form.use_required_attribute
    probe.fields[name] = copy.deepcopy(field.field)
    if added:
        probe.fields[name].label = LABEL_STAND_IN
    return as_crispy_field(probe[name])


def _stand_ins_once(made: str) -> bool:
    """An added text box's markup takes its label in one place and its name (attributes only)
    in four (the wrapper's id, the label's for, the input's name and id), nothing else."""
    return made.count(LABEL_STAND_IN) == 1 and made.count(NAME_STAND_IN) == 4


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
    ):
        return as_crispy_field(field)
    added = not _declared(field)
    if added and not _added_text_box(field):
        return as_crispy_field(field)
    if isinstance(widget, forms.CheckboxInput):
        if widget.format_value(field.value()) is not None:  # a value attribute: not kept
            return as_crispy_field(field)
        checked = bool(widget.check_test(field.value()))
        how, variant, make = _CHECKBOX, checked, lambda: _crispy_with(field, checked)
    elif type(widget) in (forms.Textarea, forms.TextInput):
        value = widget.format_value(field.value())
        if value is None:  # empty: no value at all (a text box then has no value attribute)
            how, variant = _TEXT, False

            def make() -> str | None:
                made = _crispy_with(field, "", added=added)
                return made if not added or _stand_ins_once(made) else None

        else:

            def make() -> str | None:
                made = _crispy_with(field, VALUE_STAND_IN, added=added)
                if made.count(VALUE_STAND_IN) != 1:
                    return None  # not kept
                return made if not added or _stand_ins_once(made) else None

            how, variant = _TEXT, True
    else:
        how, variant, make = _BY_VALUE, None, lambda: as_crispy_field(field)
    key = _key(field, how, variant, added=added)
    try:
        hash(key)
    except TypeError:  # a value, choice or attribute that cannot be a key: not kept
        return as_crispy_field(field)
    kept = _kept_or_made(key, make)
    if kept is None:
        return as_crispy_field(field)
    # Its name and label, and her value, escaped, where the stand-ins are: never kept
    # themselves. One pass, so a stand-in character she typed is not replaced again.
    put_in = {}
    if added:
        put_in[NAME_STAND_IN] = escape_html(field.name)
        put_in[LABEL_STAND_IN] = escape_html(definition.label)
    if how == _TEXT and variant:
        put_in[VALUE_STAND_IN] = escape_html(value)
    if put_in:
        kept = _STAND_INS.sub(lambda found: put_in.get(found.group(), found.group()), kept)
    return mark_safe(kept)  # noqa: S308 (crispy-forms' own markup)


PARTS_KEPT = 1024  # a catalog's 52 symptoms, each in a few parts and both rhythms
_parts: dict[tuple, str] = {}
_parts_lock = threading.Lock()


def kept_part(key: tuple, make) -> str:
    """The markup `make()` writes, kept per process under `key`, which says everything it is
    made from; the caller keeps only markup without health data. Cleared when full (a
    changed catalog)."""
    kept = _parts.get(key)
    if kept is None:
        kept = make()
        with _parts_lock:
            if len(_parts) >= PARTS_KEPT:
                _parts.clear()
            _parts[key] = kept
    return kept
