"""`{% load kept_static %}`: Django's `{% static %}` (and its library's other tags) with each
static file's URL looked up once per process. Django's tag asked whether staticfiles is installed
(a walk of every app) and the storage for the file's URL on every use, six times a page. The URL
of a path is kept, as Django's tag writes it, until a setting it is made from changes
(INSTALLED_APPS, STATIC_URL, STATIC_ROOT, STORAGES: what resets Django's own static storage); a
path that is not text, or one the storage refuses (a name missing from the manifest), is
Django's every time. The templates load it instead of `static` (a library of the same name
would be refused by Django's check templates.W003). A static file's URL holds no health data."""

from functools import lru_cache

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags import static as django_static
from django.templatetags.static import StaticNode

register = template.Library()
register.tag("get_static_prefix", django_static.get_static_prefix)
register.tag("get_media_prefix", django_static.get_media_prefix)


@lru_cache(maxsize=1024)
def _url(path: str) -> str:
    return StaticNode.handle_simple(path)


@receiver(setting_changed)
def _forget(*, setting, **kwargs) -> None:
    if setting in {"INSTALLED_APPS", "STATIC_URL", "STATIC_ROOT", "STORAGES"}:
        _url.cache_clear()


class KeptStaticNode(StaticNode):
    @classmethod
    def handle_simple(cls, path):
        if isinstance(path, str):  # a literal path is a SafeString
            return _url(path)
        return StaticNode.handle_simple(path)


@register.tag("static")
def do_static(parser, token):
    """Django's `{% static %}` (the same arguments, `as` included)."""
    return KeptStaticNode.handle_token(parser, token)


def static(path: str) -> str:
    """Django's `static()`, the URL kept as the tag keeps it."""
    return KeptStaticNode.handle_simple(path)
