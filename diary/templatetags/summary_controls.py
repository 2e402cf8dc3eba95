"""The summary's repeated markup written in one pass from plain data, the same markup as the
template loops they replace: the 3 lists of about 50 symptoms of her top concerns (a fifth of
the 30-day page's rendering), the rows of the red-flag tables and the lists of days (a 3-year
summary's notes list hundreds of days)."""

from django import forms, template
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe

from diary.markup import crispy_kept, escape

register = template.Library()

# One pass of the loop it replaces, its whitespace included.
GROUP = (
    '\n              <optgroup label="{label}">\n                {options}'
    "\n              </optgroup>\n            "
)


@register.simple_tag
def concern_groups(form: forms.Form, chosen: str) -> SafeString:
    """The optgroups of one list of concerns, `chosen` selected."""
    written = []
    for label, options in form.fields["concern"].choices:
        items = "".join(
            f'<option value="{escape(value)}"{" selected" if value == chosen else ""}>'
            f"{escape(name)}</option>"
            for value, name in options
        )
        written.append(GROUP.format(label=escape(label), options=items))
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


@register.filter
def day_list(days) -> str:
    """ "3 Mar, 4 Mar, 9 Mar": what `{% for day in days %}{{ day|date:"j M" }}{% if not
    forloop.last %}, {% endif %}{% endfor %}` writes (a 3-year summary's notes list hundreds of
    days). Escaped by the template, as the loop's output was."""
    month = _months()
    return ", ".join(f"{day.day} {month(day)}" for day in days)


def _months():
    """`month(day)`: the month as the date filter's "M" writes it, looked up once a month (so
    f"{day.day} {month(day)}" is `day|date:"j M"`, without a formatter for every day)."""
    names: dict[int, str] = {}

    def month(day) -> str:
        name = names.get(day.month)
        if name is None:
            name = names[day.month] = formats.date_format(day, "M")
        return name

    return month


# One row of the red-flags table (the loop it replaces wrote the same, whitespace included).
FLAG_ROW = (
    "\n      <tr>"
    '\n        <td class="nowrap">{date}</td>'
    '\n        <th scope="row">{name}</th>'
    "\n        <td>{severity}</td>"
    "\n        <td>{kind}</td>"
    "\n        <td>{reasons}</td>"
    "\n        <td>{answer}</td>"
    "\n        {team}"
    "\n      </tr>\n    "
)
NONE = "\u2013"  # an en dash, as the template wrote for "nothing"


@register.simple_tag
def flag_rows(flags, team_column: bool) -> SafeString:
    """The rows of a table of red flags and alerts (summary.FlagRow), written in one pass."""
    written = []
    month = _months()
    for flag in flags:
        concern = flag.concern
        answer = flag.answer[:1].upper() + flag.answer[1:]
        team = f"<td>{escape(flag.team or NONE)}</td>" if team_column else ""
        written.append(
            FLAG_ROW.format(
                date=escape(f"{flag.date.day} {month(flag.date)}"),
                name=escape(concern.symptom.name),
                severity=escape(concern.severity_label) if concern.severity else NONE,
                kind="<strong>Red flag</strong>" if concern.red_flag else "Alert",
                reasons="; ".join(escape(reason) for reason in concern.reasons),
                answer=escape(answer or NONE),
                team=team,
            )
        )
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


# The options form's fields as crispy-forms writes them, kept per process by everything their
# markup is made from (a few periods and choices of sections are asked for again and again;
# crispy-forms' templates were about a sixth of the 30-day page's time): diary.markup.
register.filter("crispy_kept", crispy_kept)
