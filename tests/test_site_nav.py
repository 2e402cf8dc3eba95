"""The navigation's tags (diary/templatetags/site_nav.py) write the markup of the template they
replaced (tests/data/base_nav_reference.html), byte for byte, in every case."""

import itertools
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from diary.access import Role

REFERENCE = (Path(__file__).parent / "data" / "base_nav_reference.html").read_text()
TAGS = (
    "{% load site_nav %}"
    "{% with here=request.resolver_match.url_name can_log=is_owner|default:can_edit %}"
    "<top>{% top_links %}</top><tab>{% tab_bar %}</tab>{% endwith %}\n"
)
PAGES = [
    None,
    "home",
    "diary_home",
    "checkin",
    "history",
    "treatments",
    "appointments",
    "summary",
    "profile",
    "account_security",
]


def render(source, *, signed_in, patient, here, owner, editor, cares, team):
    request = RequestFactory().get("/")
    request.resolver_match = SimpleNamespace(url_name=here, namespace="")
    if team == "member":
        request.team_member = True
    if team == "role":
        request.diary_role = Role.TEAM
    context = Context(
        {
            "request": request,
            "user": SimpleNamespace(is_authenticated=signed_in, pk=7),
            "nav_patient": SimpleNamespace(public_id=uuid.UUID(int=5), user_id=7)
            if patient
            else None,
            "is_owner": owner,
            "can_edit": editor,
            "cares_for_others": cares,
            "csrf_token": "a-token",
        }
    )
    context.request = request  # as in a RequestContext
    text = Template(source).render(context)
    return text[text.index("<top>") :]


@pytest.mark.parametrize(
    ("signed_in", "patient", "owner", "editor", "cares", "team"),
    [
        case
        for case in itertools.product(
            [True, False],
            [True, False],
            [True, False],
            [True, False],
            [True, False],
            [None, "member", "role"],
        )
        if not (case[2] and not case[1])  # no owner without a diary
    ],
)
def test_the_navigation_is_the_templates_markup(signed_in, patient, owner, editor, cares, team):
    for here in PAGES:
        case = dict(
            signed_in=signed_in,
            patient=patient,
            here=here,
            owner=owner,
            editor=editor,
            cares=cares,
            team=team,
        )
        assert render(TAGS, **case) == render(REFERENCE, **case), case


def test_the_comparison_can_fail():
    case = dict(
        signed_in=True,
        patient=True,
        here="history",
        owner=True,
        editor=True,
        cares=False,
        team=None,
    )
    changed = REFERENCE.replace(">History</a>", ">Past days</a>")
    assert render(TAGS, **case) != render(changed, **case)
