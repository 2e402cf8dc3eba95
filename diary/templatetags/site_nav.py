"""The navigation of every page (templates/base.html), written from plain values instead of
about 35 template tags and 30 conditions: `{% top_links %}`, the top bar's links, and
`{% tab_bar %}`, the tab bar at the bottom. Every page pays for them, so they cost about a
third of what the base template did.

The markup is the one of tests/data/base_nav_reference.html (the template these tags
replaced), compared for every combination of their inputs in tests/test_site_nav.py: a change
to the navigation is made there too. Nothing here is kept between requests; the URLs are
reversed once per process as `{% url %}` reverses them (diary/templatetags/cached_url.py; they
hold view names and public ids only).
"""

from django import template
from django.conf import settings
from django.template.defaulttags import CsrfTokenNode
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from diary.templatetags.cached_url import _reverse

register = template.Library()

_CSRF = CsrfTokenNode()
_CURRENT = ' aria-current="page"'

# The tab bar's icons, as written in the template.
_ICON_HOME = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M3 11 12 3l9 8v10h-6v-6H9v6H3z"/></svg>'
)
_ICON_PROFILE = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c1-4 4-6 8-6s7 2 8 6"/></svg>'
)
_ICON_LOG_OUT = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M10 4H5v16h5M15 8l4 4-4 4M19 12H9"/></svg>'
)
_ICON_LOG = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M4 20h4L19 9l-4-4L4 16zM14 6l4 4"/></svg>'
)
_ICON_HISTORY = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M4 5h16v15H4zM4 10h16M9 3v4M15 3v4"/></svg>'
)
_ICON_SUMMARY = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M6 3h9l4 4v14H6zM9 11h7M9 15h7"/></svg>'
)
_ICON_MORE = (
    '<svg class="tab-icon" aria-hidden="true" viewBox="0 0 24 24">'
    '<path d="M5 12h.01M12 12h.01M19 12h.01"/></svg>'
)


def _safe(html: str) -> SafeString:
    # Fixed markup, URLs escaped as {% url %} escapes them, and Django's own CSRF input.
    return mark_safe(html)  # noqa: S308


class _Nav:
    """What the navigation shows, read from the template's context as base.html read it."""

    def __init__(self, context) -> None:
        request = context.get("request")
        self.context = context
        self.request = request
        user = context.get("user")
        self.signed_in = bool(user is not None and user.is_authenticated)
        self.patient = context.get("nav_patient")
        self.here = context.get("here")
        self.can_log = context.get("can_log")
        self.is_owner = context.get("is_owner")
        self.cares_for_others = context.get("cares_for_others")
        self.resolver = (get_urlconf(), settings.ROOT_URLCONF, get_script_prefix())
        # As CachedURLNode.render finds the current application.
        try:
            self.current_app = context.request.current_app
        except AttributeError:
            try:
                self.current_app = context.request.resolver_match.namespace
            except AttributeError:
                self.current_app = None

    def url(self, name: str, *args) -> str:
        # cached_reverse's own cache, asked directly: the arguments are a UUID or none.
        url = _reverse(name, args, (), self.current_app, *self.resolver)
        return conditional_escape(url) if self.context.autoescape else url

    def diary_url(self, name: str) -> str:
        return self.url(name, self.patient.public_id)

    def current(self, name: str) -> str:
        return _CURRENT if self.here == name else ""

    def csrf(self) -> str:
        return _CSRF.render(self.context)

    def team_link(self) -> bool:
        request = self.request
        return bool(
            getattr(request, "team_member", None)
            or getattr(getattr(request, "diary_role", None), "name", None) == "TEAM"
        )


@register.simple_tag(takes_context=True)
def top_links(context) -> SafeString:
    nav = _Nav(context)
    if not nav.signed_in:
        return _safe(
            "\n"
            '        <ul class="nav nav-pills top-links">\n'
            f'          <li class="nav-item"><a class="nav-link" href="{nav.url("account_login")}">'
            "Log in</a></li>\n"
            '          <li class="nav-item"><a class="nav-link" '
            f'href="{nav.url("account_signup")}">Sign up</a></li>\n'
            "        </ul>\n"
            "      "
        )
    parts = [
        "\n"
        '        <a class="top-menu-link" href="#tabs">Menu</a>\n'
        '        <ul class="nav nav-pills top-links wide-only">\n'
        "          "
    ]
    if nav.patient:
        item = '            <li class="nav-item"><a class="nav-link" href="'
        parts.append(
            "\n"
            f'{item}{nav.diary_url("diary_home")}"{nav.current("diary_home")}>Home</a></li>\n'
            "            "
        )
        if nav.can_log:
            parts.append(
                '<li class="nav-item"><a class="nav-link" '
                f'href="{nav.diary_url("log_today")}">Log today</a></li>'
            )
        parts.append(
            "\n"
            f'{item}{nav.diary_url("history")}"{nav.current("history")}>History</a></li>\n'
            f'{item}{nav.diary_url("treatments")}"{nav.current("treatments")}>'
            "Treatments</a></li>\n"
            f'{item}{nav.diary_url("appointments")}"{nav.current("appointments")}>'
            "Appointments</a></li>\n"
            f'{item}{nav.diary_url("summary")}"{nav.current("summary")}>Summary</a></li>\n'
            "            "
        )
        if nav.is_owner:
            parts.append(
                '<li class="nav-item"><a class="nav-link" '
                f'href="{nav.diary_url("caregivers")}">Sharing</a></li>'
            )
        parts.append("\n          ")
    parts.append("\n          ")
    if nav.team_link():
        parts.append(
            f'<li class="nav-item"><a class="nav-link" href="{nav.url("team_list")}">'
            "Care team</a></li>"
        )
    parts.append("\n          ")
    if nav.cares_for_others:
        parts.append(
            f'<li class="nav-item"><a class="nav-link" href="{nav.url("home")}">'
            "Switch diary</a></li>"
        )
    parts.append(
        "\n"
        f'          <li class="nav-item"><a class="nav-link" href="{nav.url("profile")}"'
        f"{nav.current('profile')}>Profile</a></li>\n"
        f'          <li class="nav-item"><a class="nav-link" href="{nav.url("account_security")}"'
        f"{nav.current('account_security')}>Security</a></li>\n"
        '          <li class="nav-item">\n'
        f'            <form method="post" action="{nav.url("account_logout")}" data-logout>\n'
        f"              {nav.csrf()}\n"
        '              <button type="submit" class="nav-link">Log out</button>\n'
        "            </form>\n"
        "          </li>\n"
        "        </ul>\n"
        "      "
    )
    return _safe("".join(parts))


@register.simple_tag(takes_context=True)
def tab_bar(context) -> SafeString:
    nav = _Nav(context)
    if not nav.signed_in:
        return _safe("")
    if not nav.patient:
        return _safe(
            "\n"
            '    <nav id="tabs" class="tab-bar" aria-label="Account">\n'
            '      <ul class="tab-list">\n'
            f'        <li><a href="{nav.url("home")}"{nav.current("home")}>{_ICON_HOME}'
            f"<span>{'Diaries' if nav.cares_for_others else 'Home'}</span></a></li>\n"
            f'        <li><a href="{nav.url("profile")}"{nav.current("profile")}>{_ICON_PROFILE}'
            "<span>Profile</span></a></li>\n"
            "        <li>\n"
            f'          <form method="post" action="{nav.url("account_logout")}" data-logout>\n'
            f"            {nav.csrf()}\n"
            f'            <button type="submit">{_ICON_LOG_OUT}<span>Log out</span></button>\n'
            "          </form>\n"
            "        </li>\n"
            "      </ul>\n"
            "    </nav>\n"
            "  "
        )
    parts = [
        "\n"
        '    <nav id="tabs" class="tab-bar" aria-label="Diary">\n'
        '      <ul class="tab-list">\n'
        f'        <li><a href="{nav.diary_url("diary_home")}"{nav.current("diary_home")}>'
        f"{_ICON_HOME}<span>Home</span></a></li>\n"
        "        "
    ]
    if nav.can_log:
        parts.append(
            f'<li><a href="{nav.diary_url("log_today")}"{nav.current("checkin")}>'
            f"{_ICON_LOG}<span>Log today</span></a></li>"
        )
    parts.append(
        "\n"
        f'        <li><a href="{nav.diary_url("history")}"{nav.current("history")}>'
        f"{_ICON_HISTORY}<span>History</span></a></li>\n"
        f'        <li><a href="{nav.diary_url("summary")}"{nav.current("summary")}>'
        f"{_ICON_SUMMARY}<span>Summary</span></a></li>\n"
        "        <li>\n"
        '          <details class="tab-more">\n'
        f"            <summary>{_ICON_MORE}<span>More</span></summary>\n"
        '            <ul class="more-menu">\n'
        f'              <li><a href="{nav.diary_url("treatments")}">Treatments</a></li>\n'
        f'              <li><a href="{nav.diary_url("appointments")}">Appointments</a></li>\n'
        "              "
    )
    if nav.is_owner:
        parts.append(f'<li><a href="{nav.diary_url("caregivers")}">Sharing</a></li>')
    parts.append("\n              ")
    if nav.can_log:
        parts.append(f'<li><a href="{nav.diary_url("reminders")}">Reminders</a></li>')
    parts.append("\n              ")
    if nav.cares_for_others:
        parts.append(f'<li><a href="{nav.url("home")}">Switch diary</a></li>')
    parts.append(
        "\n"
        f'              <li><a href="{nav.url("profile")}">Profile</a></li>\n'
        f'              <li><a href="{nav.url("account_security")}">Security</a></li>\n'
        "              <li>\n"
        f'                <form method="post" action="{nav.url("account_logout")}" data-logout>\n'
        f"                  {nav.csrf()}\n"
        '                  <button type="submit">Log out</button>\n'
        "                </form>\n"
        "              </li>\n"
        "            </ul>\n"
        "          </details>\n"
        "        </li>\n"
        "      </ul>\n"
        "    </nav>\n"
        "  "
    )
    return _safe("".join(parts))
