"""The summary page's choice of top concerns: each of its 3 lists of about 50 symptoms written
in one pass from the form's choices (the same markup as the template loop it replaces, which
cost a fifth of the 30-day summary page's rendering)."""

import html

from django import forms, template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# One pass of the loop it replaces, its whitespace included.
GROUP = (
    '\n              <optgroup label="{label}">\n                {options}'
    "\n              </optgroup>\n            "
)


def _escape(text) -> str:
    """What django.utils.html.escape does, without its lazy-string wrapper."""
    return html.escape(str(text))


@register.simple_tag
def concern_groups(form: forms.Form, chosen: str) -> SafeString:
    """The optgroups of one list of concerns, `chosen` selected."""
    written = []
    for label, options in form.fields["concern"].choices:
        items = "".join(
            f'<option value="{_escape(value)}"{" selected" if value == chosen else ""}>'
            f"{_escape(name)}</option>"
            for value, name in options
        )
        written.append(GROUP.format(label=_escape(label), options=items))
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped
