"""Treatments, the summary and share links on a phone: the flows' pages pass axe at that size too.

The flows themselves run on the desktop page (test_treatments, test_summary, test_share_link);
the caregiver and suggestion flows run at both sizes.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import nav_to


@pytest.mark.parametrize("screen", ["phone"])
def test_treatment_summary_and_sharing_pages_on_a_phone(
    page, open_page, demo_patient, login, axe_check, shot
):
    login(page, demo_patient.user)
    page.goto("/")

    nav_to(page, "Treatments")
    expect(page.get_by_role("region", name="Current")).to_contain_text("anastrozole")
    axe_check(page)
    shot(page, "treatments")
    page.get_by_role("link", name="Edit or stop anastrozole").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit anastrozole")
    axe_check(page)
    page.get_by_role("link", name="Cancel").click()
    page.get_by_role("link", name="Add a treatment").click()
    axe_check(page)
    # A medicine typed by name needs its kind: the server says so.
    page.get_by_label("Or another one, by name").fill("Vitamin D")
    page.get_by_label("Started on").fill(f"{demo_patient.today():%Y-%m-%d}")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing was saved yet")
    expect(page.get_by_text("Choose what kind of treatment this is.")).to_be_visible()
    axe_check(page)  # with the form's errors
    shot(page, "treatment-errors")

    nav_to(page, "Log today")
    # Hot flashes, reported lately, is among "your symptoms", with the treatment it goes with.
    yours = page.get_by_role("region", name="Your symptoms")
    expect(yours.get_by_role("group", name=re.compile("^Hot flashes"))).to_contain_text(
        "with anastrozole"
    )
    expect(page.get_by_role("group", name=re.compile("^anastrozole"))).to_be_visible()
    axe_check(page)
    shot(page, "checkin-with-treatment")

    nav_to(page, "Summary")
    page.get_by_label("Period", exact=True).select_option(label="Last 30 days")
    page.get_by_role("button", name="Show summary").click()
    expect(page.get_by_role("article")).to_contain_text(" of 30 days logged")
    axe_check(page)
    shot(page, "summary-30-days")

    nav_to(page, "Sharing")
    page.get_by_role("link", name="Links for the care team").click()
    page.get_by_label("Who it is for (optional)").fill("Dr Patel")
    page.get_by_role("button", name="Create link").click()
    link = page.get_by_role("textbox", name="Link for Dr Patel")
    path = re.sub(r"^https?://[^/]+", "", link.input_value())
    axe_check(page)
    shot(page, "share-link-created")

    doctor = open_page()
    doctor.goto(path)
    expect(doctor.get_by_role("link", name="Download as PDF")).to_be_visible()
    axe_check(doctor)
    shot(doctor, "share-link-summary")
    page.get_by_role("button", name="Withdraw the link Dr Patel").click()
    doctor.reload()
    expect(doctor.get_by_role("heading", level=1)).to_have_text("This link does not work")
    axe_check(doctor)
    doctor.context.close()
