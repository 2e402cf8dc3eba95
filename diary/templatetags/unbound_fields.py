"""`{{ form.field|crispy_unbound }}`: crispy-forms' `as_crispy_field`, written once per process
for a form that is not bound and has no initial values, whose markup then depends only on the
catalog it lists (the history's filter form: its four fields were a third of the page's time).

A bound form, or one with initial values, is rendered as `as_crispy_field` renders it, every
time. The kept markup is dropped when the form's catalog changes (diary.catalog.load_catalog
gives a new Catalog after any change to the sites or symptoms).

A few fields of forms without a catalog (FIXED_FIELDS) are kept too, while unbound and empty:
their markup depends on their form's class alone (no choices read for a person, no attribute
set per request), e.g. the day page's "A question for my next appointment".
"""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms, template
from django.utils.safestring import SafeString

from diary.forms import QuestionForm

register = template.Library()

_kept: tuple[object, dict[tuple[type, str], SafeString]] | None = None

# (form class, field name): never add a field whose markup depends on who asks (a choice of
# her treatments, a date of hers) or on the request.
FIXED_FIELDS = {(QuestionForm, "text")}
_fixed: dict[tuple, SafeString] = {}


@register.filter
def crispy_unbound(field: forms.BoundField) -> SafeString:
    global _kept
    form = field.form
    if (type(form), field.name) in FIXED_FIELDS and not form.is_bound:
        value = field.value()
        if value is None or value == "":
            key = (type(form), form.prefix, form.auto_id, field.name, value)
            html = _fixed.get(key)
            if html is None:
                html = _fixed[key] = as_crispy_field(field)
            return html
    catalog = getattr(form, "catalog", None)
    if form.is_bound or form.initial or field.field.initial is not None or catalog is None:
        return as_crispy_field(field)
    kept = _kept
    if kept is None or kept[0] is not catalog:
        kept = _kept = (catalog, {})
    key = (type(form), form.prefix, form.auto_id, field.name)
    html = kept[1].get(key)
    if html is None:
        html = kept[1][key] = as_crispy_field(field)
    return html
