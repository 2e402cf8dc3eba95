"""Sign up and set up the diary, as a new person does it."""

import re

from playwright.sync_api import expect

from diary.models import Patient

PASSWORD = "a long Passphrase for the diary 7"


def test_sign_up_and_set_up_the_profile(page, axe_check, shot, mailoutbox):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("symptom and side-effect diary")
    axe_check(page)
    shot(page, "landing")

    page.get_by_role("link", name="Start a diary").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign Up")
    axe_check(page)
    shot(page, "signup")
    # Required fields are labelled "Email*" and so on.
    page.get_by_label("Email").fill("maria@example.com")
    page.get_by_label("Password*", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    # The address is verified before the first log-in (the link e-mailed to it).
    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    axe_check(page)
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", mailoutbox[-1].body)
    page.goto(link.group(1))
    page.get_by_role("button", name="Confirm").click()
    page.get_by_label("Email").fill("maria@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    # Two-step sign-in is offered once, never forced.
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a second step to signing in?")
    axe_check(page)
    page.get_by_role("link", name="Not now").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Set up your diary")
    axe_check(page)
    shot(page, "profile-new")
    page.get_by_label("Name").fill("Maria")
    page.get_by_label("Time zone").select_option("Europe/Lisbon")
    page.get_by_label("Bones").check()
    page.get_by_role("button", name="Start my diary").click()

    expect(page.get_by_role("status")).to_have_text("Your diary is ready.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Maria")
    expect(page).to_have_url(re.compile(r"/d/[0-9a-f-]+/$"))
    axe_check(page)
    shot(page, "home-new")

    patient = Patient.objects.get(user__email="maria@example.com")
    assert patient.user.time_zone == "Europe/Lisbon"
    assert [site.slug for site in patient.known_sites.all()] == ["bone"]
