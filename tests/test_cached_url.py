"""{% url %} (diary/templatetags/cached_url.py, a template builtin) writes what Django's own tag
writes, keeps no failed look-up, and follows a change of URLconf or script prefix."""

import uuid
from datetime import date

import pytest
from django.http import HttpResponse
from django.template import Context, Engine, Template
from django.test import override_settings
from django.urls import NoReverseMatch, path, set_script_prefix

from diary.templatetags.cached_url import CachedURLNode

DJANGO = Engine()  # Django's own builtins only
PUBLIC_ID = uuid.UUID("12345678-1234-5678-1234-567812345678")
SOURCES = [
    "{% url 'home' %}",
    "{% url 'history' public_id %}",
    "{% url 'day_detail' public_id day %}",
    "{% url 'day_detail' patient=public_id day=day %}",
    "{% url 'history' public_id as link %}[{{ link }}]",
    "{% url 'no-such-view' as link %}[{{ link }}]",
]


# Another URLconf (this module), where the history lives elsewhere, and a URL taking any text.
urlpatterns = [
    path("elsewhere/<uuid:patient>/", lambda request, patient: HttpResponse(), name="history"),
    path("when/<str:moment>/", lambda request, moment: HttpResponse(), name="when"),
]


def render(source, engine=None):
    template = engine.from_string(source) if engine else Template(source)
    return template.render(Context({"public_id": PUBLIC_ID, "day": date(2026, 11, 3)}))


def test_the_projects_url_tag_is_the_cached_one():
    template = Template("{% url 'home' %}")
    assert isinstance(template.nodelist[0], CachedURLNode)


@pytest.mark.parametrize("source", SOURCES)
def test_it_writes_what_djangos_tag_writes(source):
    for _ in range(2):  # reversed, then kept
        assert render(source) == render(source, DJANGO)


def test_a_missing_view_still_raises_every_time():
    for _ in range(2):
        with pytest.raises(NoReverseMatch):
            render("{% url 'no-such-view' %}")


def test_it_follows_the_script_prefix():
    before = render("{% url 'home' %}")
    set_script_prefix("/diary/")
    try:
        assert render("{% url 'home' %}") == "/diary/" + before.lstrip("/")
    finally:
        set_script_prefix("/")
    assert render("{% url 'home' %}") == before


def test_it_follows_the_urlconf():
    history = render("{% url 'history' public_id %}")
    with override_settings(ROOT_URLCONF="tests.test_cached_url"):
        assert render("{% url 'history' public_id %}") == f"/elsewhere/{PUBLIC_ID}/"
    assert render("{% url 'history' public_id %}") == history


class Named:
    """An argument whose text can change while its hash and equality stay (as a model
    instance's do, by primary key)."""

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, Named)


def test_an_argument_whose_text_may_change_is_reversed_every_time():
    source = "{% url 'history' thing %}"
    first, second = (
        Template(source).render(Context({"thing": Named(str(uuid.UUID(int=n)))})) for n in (1, 2)
    )
    assert first == f"/d/{uuid.UUID(int=1)}/history/"
    assert second == f"/d/{uuid.UUID(int=2)}/history/"


def test_a_datetime_is_reversed_every_time():
    """Two aware datetimes of one moment are equal but written differently."""
    from datetime import UTC, datetime, timedelta, timezone

    from diary.templatetags.cached_url import cached_reverse

    moment = datetime(2026, 11, 3, 12, tzinfo=UTC)
    elsewhere = moment.astimezone(timezone(timedelta(hours=5)))
    assert moment == elsewhere
    with override_settings(ROOT_URLCONF="tests.test_cached_url"):
        first = cached_reverse("when", [moment], {}, None)
        second = cached_reverse("when", [elsewhere], {}, None)
    assert first != second
