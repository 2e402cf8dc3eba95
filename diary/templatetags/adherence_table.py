"""`{% adherence_table %}`: the doses table of the home and history pages (the last 7 and 30
days, from the context's `adherence_7` and `adherence_30`), written in one pass instead of an
include with two includes per treatment. The markup is `diary/_adherence.html`'s (with
`diary/_adherence_cell.html`), byte for byte, compared in tests/test_adherence_table.py; a
change to the table is made in both (the treatments page still includes the template).
"""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from diary.treatments import Adherence

register = template.Library()


def cell(row: Adherence) -> str:
    """What `diary/_adherence_cell.html` writes (its final newline included); numbers only."""
    text = f"taken {row.taken} of {row.active_days} day{'' if row.active_days == 1 else 's'}"
    if row.partly:
        text += f", partly {row.partly}"
    if row.missed:
        text += f", missed {row.missed}"
    if row.not_recorded:
        text += f", not recorded {row.not_recorded}"
    return text + "\n"


def adherence_table_html(week: list[Adherence], month: list[Adherence]) -> SafeString:
    if not month:
        html = "\n\n  <p>No medication is set to be recorded in the daily check-in.</p>\n\n"
        return mark_safe(html)  # noqa: S308 (fixed text)
    parts = [
        "\n\n"
        '  <table class="table table-sm adherence-table table-stack">\n'
        '    <caption class="visually-hidden">Doses taken in the last 7 and 30 days</caption>\n'
        '    <thead><tr><th scope="col">Medication</th><th scope="col">Last 7 days</th>'
        '<th scope="col">Last 30 days</th></tr></thead>\n'
        "    <tbody>\n"
        "      "
    ]
    for row in month:
        pk = row.treatment.pk
        last_week = "".join(cell(w) for w in week if w.treatment.pk == pk) if week else "\u2013"
        parts.append(
            "\n"
            "        <tr>\n"
            f'          <th scope="row">{conditional_escape(row.treatment.name)}</th>\n'
            f'          <td data-label="Last 7 days">{last_week}</td>\n'
            f'          <td data-label="Last 30 days">{cell(row)}</td>\n'
            "        </tr>\n"
            "      "
        )
    parts.append("\n    </tbody>\n  </table>\n\n")
    return mark_safe("".join(parts))  # noqa: S308 (the names escaped, the rest numbers)


@register.simple_tag(takes_context=True)
def adherence_table(context) -> SafeString:
    return adherence_table_html(context.get("adherence_7") or [], context.get("adherence_30"))


@register.simple_tag
def adherence_cell(row: Adherence) -> SafeString:
    """What `{% include "diary/_adherence_cell.html" %}` writes for `row` (the summary's list
    of medications): its numbers as the template writes them, plainly unless numbers are
    grouped in thousands (USE_THOUSAND_SEPARATOR), when the template writes it."""
    if settings.USE_THOUSAND_SEPARATOR:
        return render_to_string("diary/_adherence_cell.html", {"row": row})
    return mark_safe(cell(row))  # noqa: S308 (numbers only)
