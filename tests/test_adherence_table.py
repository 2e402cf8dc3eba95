"""`{% adherence_table %}` writes the markup of diary/_adherence.html, byte for byte."""

import itertools
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string

from diary.templatetags.adherence_table import adherence_table_html
from diary.treatments import Adherence


def row(pk, name, active_days, taken, partly=0, missed=0):
    treatment = SimpleNamespace(pk=pk, name=name)
    return Adherence(treatment, 30, active_days, taken, partly, missed)


ROWS = [
    row(1, "Capecitabine", 30, 28, 1, 1),
    row(2, "Ribociclib <5 mg & more>", 1, 1),
    row(3, "Letrozole", 7, 0, 0, 0),
    row(4, "Tamoxifen", 2, 1, 0, 1),
]


@pytest.mark.parametrize(
    ("week", "month"),
    [
        ([], []),
        ([], None),
        ([], ROWS[:1]),
        (ROWS[:1], ROWS[:1]),
        (ROWS[1:3], ROWS),
        (list(reversed(ROWS)), ROWS),
        *[
            (list(w), list(m))
            for w, m in itertools.product(itertools.combinations(ROWS, 2), [ROWS[1:]])
        ],
    ],
)
def test_the_table_is_the_templates_markup(week, month):
    expected = render_to_string(
        "diary/_adherence.html", {"adherence_7": week, "adherence_30": month}
    )
    assert adherence_table_html(week, month) == expected


def test_the_comparison_can_fail():
    expected = render_to_string("diary/_adherence.html", {"adherence_7": [], "adherence_30": ROWS})
    assert adherence_table_html([], ROWS[:2]) != expected


CELL_ROWS = [*ROWS, row(5, "Anastrozole", 1095, 1000, 50, 45), row(6, "X", 0, 0)]


def test_the_summary_s_cell_is_the_templates_markup(settings):
    from django.template import Context, Template

    tagged = Template("{% load adherence_table %}{% adherence_cell row %}")
    for adherence in CELL_ROWS:
        expected = render_to_string("diary/_adherence_cell.html", {"row": adherence})
        assert tagged.render(Context({"row": adherence})) == expected
    settings.USE_THOUSAND_SEPARATOR = True
    grouped = render_to_string("diary/_adherence_cell.html", {"row": CELL_ROWS[4]})
    assert "1,095" in grouped or "1.095" in grouped or "1 095" in grouped
    assert tagged.render(Context({"row": CELL_ROWS[4]})) == grouped
