"""`{% load kept_static %}` (diary/templatetags/kept_static.py): Django's tag's output, each URL
looked up once per process, and looked up again when the settings it is made from change."""

import re

import pytest
from django.template import Context, Engine, Template
from django.templatetags.static import StaticNode
from django.test import override_settings

from diary.templatetags import kept_static

PATHS = ["css/site.css", "icons/icon.svg", "js/diary.js", "a b/ü&x.css", "css/summary.css"]
SOURCE = (
    "{% load kept_static %}"
    + "".join(f'[{{% static "{p}" %}}]' for p in PATHS)
    + '{% static name %}{% static "css/site.css" as kept %}({{ kept }}){% get_static_prefix %}'
    "{% get_media_prefix %}"
)


def django_engine() -> Engine:
    return Engine(libraries={"kept_static": "django.templatetags.static"})


def test_the_templates_load_the_kept_static_tag():
    from pathlib import Path

    loads = re.compile(r"{% load ([^%]*)%}")
    for path in (Path(__file__).parents[1] / "templates").rglob("*.html"):
        for names in loads.findall(path.read_text()):
            assert "static" not in names.split(), path
    template = Template("{% load kept_static %}{% static 'css/site.css' %}")
    assert isinstance(template.nodelist[-1], kept_static.KeptStaticNode)


@pytest.mark.parametrize("url", ["/static/", "https://cdn.invalid/s/"])
def test_the_kept_urls_are_djangos(url):
    context = {"name": "js/theme.js"}
    with override_settings(STATIC_URL=url):
        expected = django_engine().from_string(SOURCE).render(Context(context))
        for _ in range(2):  # looked up, then kept
            assert Template(SOURCE).render(Context(context)) == expected
        assert url in expected and "a%20b/%C3%BC%26x.css" in expected


def test_a_url_is_looked_up_once_and_again_after_a_setting_changes(monkeypatch):
    calls = []
    handle = StaticNode.handle_simple.__func__

    def counted(cls, path):
        calls.append(path)
        return handle(cls, path)

    monkeypatch.setattr(StaticNode, "handle_simple", classmethod(counted))
    kept_static._url.cache_clear()
    template = Template("{% load kept_static %}{% static 'css/x.css' %}")
    first = template.render(Context())
    assert template.render(Context()) == first and calls == ["css/x.css"]
    with override_settings(STATIC_URL="/other/"):
        assert template.render(Context()) == "/other/css/x.css"
    assert template.render(Context()) == first and len(calls) == 3


def test_a_name_missing_from_the_manifest_is_refused_every_time():
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    template = Template("{% load kept_static %}{% static 'css/not-there.css' %}")
    with override_settings(STORAGES=storages, DEBUG=False):
        for _ in range(2):
            with pytest.raises(ValueError):
                template.render(Context())
