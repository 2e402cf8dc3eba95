"""The pages hold up: styles load, and text at 200% on a phone needs no sideways scrolling."""

from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.factories import log_day

OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    const all = [...document.querySelectorAll("body *")];
    const describe = (el) => el.outerHTML.slice(0, 100);
    // Sticking out past the right edge of the screen.
    const wide = all.filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1;
    });
    // Cut off inside a box that hides its overflow (screen-reader-only text aside).
    const clipped = all.filter((el) => {
        const style = getComputedStyle(el);
        return ["hidden", "clip"].includes(style.overflowX) && el.clientWidth > 1
            && el.scrollWidth > el.clientWidth + 1 && !el.matches("input, select, textarea");
    });
    return {
        scrollWidth: document.documentElement.scrollWidth,
        width,
        wide: wide.slice(0, 5).map(describe),
        clipped: clipped.slice(0, 5).map(describe),
    };
}"""


def test_bootstrap_stylesheet_is_applied(page):
    page.goto("/")
    expect(page.get_by_role("link", name="Start a diary")).to_have_css(
        "background-color", "rgb(13, 110, 253)"
    )


@pytest.mark.parametrize("screen", ["phone"])
def test_text_at_200_percent_needs_no_horizontal_scrolling(page, patient, login, shot):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 2, "cough": 1})
    log_day(patient, today, severities={"seizure": 1, "bone-pain": 3}, notes="A long note " * 20)
    # The browser's own text size setting (what "Font size: very large" does), not page zoom.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})

    def check(path: str, name: str | None = None) -> None:
        page.goto(path)
        expect(page.locator("html")).to_have_css("font-size", "32px")
        page.evaluate(
            "() => document.querySelectorAll('details').forEach((d) => { d.open = true; })"
        )
        layout = page.evaluate(OVERFLOWING)
        fits = layout["scrollWidth"] <= layout["width"]
        assert fits and not layout["wide"] and not layout["clipped"], (
            f"{path} is wider than the screen at 200% text: {layout}"
        )
        if name:
            shot(page, name)

    for path in ("/", "/accounts/signup/", "/accounts/login/"):
        check(path)
    login(page, patient.user)
    diary = f"/d/{patient.public_id}"
    check("/profile/")
    check(f"{diary}/")
    check(f"{diary}/days/{today - timedelta(days=1):%Y-%m-%d}/edit/", "checkin-text-200")
    check(f"{diary}/days/{today:%Y-%m-%d}/", "day-text-200")
    check(f"{diary}/history/?site=bone")
