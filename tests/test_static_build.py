"""The stylesheet built by `make install` (scripts/build-static.sh) stays light."""

from django.conf import settings

SITE_CSS = settings.BASE_DIR / "build" / "static" / "css" / "site.css"


def test_the_one_stylesheet_is_under_60_kb():
    assert SITE_CSS.is_file(), "build/static/css/site.css is missing: run `make install`"
    assert SITE_CSS.stat().st_size < 60_000


def test_the_red_flag_panel_buttons_are_styled():
    css = SITE_CSS.read_text()
    for name in (".btn-light", ".btn-danger", ".btn-primary"):
        assert name + "{" in css or name + "," in css or name + ":" in css, name
