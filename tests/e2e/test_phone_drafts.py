"""Nothing lost: the check-in keeps unsaved input on the device, and an expired session does not
lose it (the draft is back after logging in again, marked as not yet saved)."""

import re

import pytest
from playwright.sync_api import expect

from diary.models import DailyEntry
from tests.e2e.conftest import nav_to
from tests.e2e.test_checkin import choose

PASSWORD = "correct-horse-battery-9"  # tests/factories.py


def draft_keys(page) -> list[str]:
    return page.evaluate(
        "() => Object.keys(localStorage).filter((key) => key.startsWith('diary-draft:'))"
    )


@pytest.mark.parametrize("screen", ["phone"])
def test_a_draft_survives_an_expired_session(page, patient, login, axe_check, shot):
    page.set_default_timeout(20_000)  # a machine shared with other test runs is slow
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    choose(page, "How are you overall today?", "3")
    page.get_by_role("textbox", name="Notes").fill("Words I do not want to lose.")
    assert len(draft_keys(page)) == 1

    # The session ends (expired, or logged out elsewhere) while the page is open.
    page.context.clear_cookies(name="sessionid")
    page.get_by_role("button", name="Save this day").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    assert not DailyEntry.objects.exists()
    page.get_by_label("Email").fill(patient.user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    expect(page.get_by_role("status").filter(has_text="not yet saved")).to_contain_text(
        "Restored from this device: not yet saved."
    )
    expect(page.get_by_role("textbox", name="Notes")).to_have_value("Words I do not want to lose.")
    wellbeing = page.get_by_role("group", name=re.compile("^How are you"))
    expect(wellbeing.get_by_label("3", exact=True)).to_be_checked()
    axe_check(page)
    shot(page, "checkin-draft-restored")

    page.get_by_role("button", name="Save this day").click(timeout=30_000)
    expect(page.get_by_role("status").first).to_contain_text("Saved")
    entry = DailyEntry.objects.get()
    assert (entry.wellbeing, entry.notes) == (3, "Words I do not want to lose.")
    assert draft_keys(page) == []  # cleared once saved


@pytest.mark.parametrize("screen", ["phone"])
def test_logging_out_clears_drafts(page, patient, login):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    page.get_by_role("textbox", name="Notes").fill("Private words.")
    assert len(draft_keys(page)) == 1
    nav_to(page, "Log out")
    expect(page.get_by_role("link", name="Log in").first).to_be_visible()
    assert draft_keys(page) == []
