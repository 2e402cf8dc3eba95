"""The account security pages: reachable from the menu, accessible, and doing what they say."""

import pytest
from django.test import Client
from playwright.sync_api import expect


@pytest.mark.parametrize(
    ("tab", "heading"),
    [
        ("Email", "Email Address"),
        ("Password", "Change Password"),
        ("Two-step sign-in", "Two-Factor Authentication"),
        ("Sessions", "Where you are signed in"),
    ],
)
def test_security_pages_are_accessible(page, patient, login, axe_check, shot, tab, heading):
    login(page, patient.user)
    page.goto("/accounts/security/")
    page.get_by_role("navigation", name="Account security").get_by_role("link", name=tab).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    axe_check(page)
    shot(page, "security-" + tab.lower().replace(" ", "-"))


@pytest.mark.parametrize("screen", ["phone"])
def test_sign_out_everywhere_else(page, patient, axe_check):
    elsewhere = Client()
    elsewhere.post(
        "/accounts/login/", {"login": patient.user.email, "password": "correct-horse-battery-9"}
    )
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(patient.user.email)
    page.get_by_label("Password").fill("correct-horse-battery-9")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    page.goto("/accounts/sessions/")
    axe_check(page)
    expect(page.locator(".session-list > li")).to_have_count(2)
    page.get_by_role("button", name="Sign out everywhere else").click()
    expect(page.locator(".session-list > li")).to_have_count(1)
    expect(page.get_by_text("You are signed in only here.")).to_be_visible()
    assert elsewhere.get("/accounts/security/").status_code == 302
