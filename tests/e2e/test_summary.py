"""The appointment summary: choose a period, read it, and download it as a PDF."""

import pytest
from playwright.sync_api import expect

SECTIONS = [
    "Since the last visit",
    "Top concerns",
    "Symptoms",
    "Side effects by treatment",
    "Wellbeing (0 worst, 10 best)",
    "Medications taken",
    "Questions for the care team",
]
NOT_ADVICE = "it is not medical advice and does not diagnose"


def show_last_30_days(page) -> None:
    page.get_by_label("Period", exact=True).select_option(label="Last 30 days")
    page.get_by_role("button", name="Show summary").click()
    expect(page.get_by_role("article")).to_contain_text(" of 30 days logged")


@pytest.mark.parametrize("screen", ["desktop"])
def test_produce_and_download_the_summary_pdf(page, demo_patient, login, axe_check, shot):
    login(page, demo_patient.user)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Summary").click()

    expect(page.get_by_role("heading", level=1).first).to_have_text("Appointment summary")
    axe_check(page)
    show_last_30_days(page)

    summary = page.get_by_role("article")
    for title in SECTIONS:
        expect(summary.get_by_role("heading", level=2, name=title, exact=True)).to_be_visible()
    expect(summary.get_by_role("region", name="Side effects by treatment")).to_contain_text(
        "anastrozole"
    )
    expect(summary.get_by_role("region", name="Medications taken")).to_contain_text("anastrozole")
    expect(summary.get_by_role("region", name="Questions for the care team")).to_contain_text(
        "Should I take something before the bone scan?"
    )
    expect(summary).to_contain_text(NOT_ADVICE)
    axe_check(page)
    shot(page, "summary-30-days")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
