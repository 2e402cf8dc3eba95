"""`{% url %}` with each URL reversed once per process: Django's own tag, whose result is kept
(by view name, arguments, namespace, URLconf and script prefix) instead of walking the URL
resolver again. The navigation alone writes about 25 URLs on every page; reversing them was a
third of the base template's time.

Installed as a template builtin (config/settings.py, TEMPLATES' "builtins"), so every
template's `{% url %}` is this one; its output and errors are Django's (`reverse` is called as
the tag calls it, and a NoReverseMatch is never kept). URLs hold no health data: they are
built from view names and the arguments the templates pass (public ids, dates).
"""

import uuid
from datetime import date, datetime
from functools import lru_cache

from django import template
from django.conf import settings
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


@lru_cache(maxsize=8192)
def _reverse(view_name, args, kwargs, current_app, urlconf, root_urlconf, prefix) -> str:
    return reverse(view_name, args=list(args), kwargs=dict(kwargs), current_app=current_app)


# Arguments whose text in a URL is fixed by their value. Anything else (a model instance, whose
# str() may change while its hash stays its primary key; a datetime, equal to the same moment in
# another time zone but written differently; a list) is reversed every time.
_PLAIN = (str, int, uuid.UUID, date)


def cached_reverse(view_name, args, kwargs, current_app) -> str:
    values = [view_name, *args, *kwargs.values()]
    if not all(isinstance(v, _PLAIN) and not isinstance(v, bool | datetime) for v in values):
        return reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)
    key_args, key_kwargs = tuple(args), tuple(sorted(kwargs.items()))
    return _reverse(
        view_name,
        key_args,
        key_kwargs,
        current_app,
        get_urlconf(),
        settings.ROOT_URLCONF,
        get_script_prefix(),
    )


class CachedURLNode(URLNode):
    def render(self, context):
        # As django.template.defaulttags.URLNode.render, with `cached_reverse`.
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        try:
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        url = ""
        try:
            url = cached_reverse(view_name, args, kwargs, current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        if context.autoescape:
            url = conditional_escape(url)
        return url


@register.tag
def url(parser, token):
    node = django_url(parser, token)
    return CachedURLNode(node.view_name, node.args, node.kwargs, node.asvar)
