"""A read-only link for the care team: opened without an account, and withdrawn."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.test_summary import SECTIONS


@pytest.mark.parametrize("screen", ["desktop"])
def test_open_a_share_link_logged_out(page, open_page, demo_patient, login, axe_check, shot):
    login(page, demo_patient.user)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sharing").click()
    page.get_by_role("navigation", name="Sharing").get_by_role(
        "link", name="Links for the care team"
    ).click()

    expect(page.get_by_role("region", name="Your links")).to_contain_text("No links yet.")
    axe_check(page)
    page.get_by_label("Period", exact=True).select_option(label="Last 30 days")
    page.get_by_label("Who it is for (optional)").fill("Dr Patel")
    page.get_by_role("button", name="Create link").click()

    ready = page.get_by_role("status").filter(has_text="Your link is ready")
    expect(ready).to_be_visible()
    link = ready.get_by_role("textbox", name="Link for Dr Patel")
    expect(link).to_have_attribute("readonly", "")
    expect(page.get_by_role("region", name="Your links")).to_contain_text("Dr Patel")
    axe_check(page)
    shot(page, "share-link-created")
    # The care team would paste it into their browser: the same path on this server.
    path = urlsplit(link.input_value()).path
    assert re.fullmatch(r"/s/[^/]+/", path), path

    # Dr Patel, not signed in to anything.
    doctor = open_page()
    response = doctor.goto(path)
    assert response.status == 200
    assert response.headers.get("referrer-policy") == "no-referrer"
    assert "no-store" in response.headers.get("cache-control", "")
    summary = doctor.get_by_role("article")
    expect(summary.get_by_role("heading", level=1)).to_have_text(
        f"Symptom and side-effect summary: {demo_patient.display_name}"
    )
    expect(summary).to_contain_text(" of 30 days logged")
    for title in SECTIONS:
        expect(summary.get_by_role("heading", level=2, name=title, exact=True)).to_be_visible()
    expect(doctor.get_by_role("link", name="Log in")).to_have_count(0)
    axe_check(doctor)
    shot(doctor, "share-link-summary")
    with doctor.expect_download() as download_info:
        doctor.get_by_role("link", name="Download as PDF").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    # The patient sees it was opened, and withdraws it.
    # (Not a reload: the page showing the new link answers a POST; reloading makes another.)
    page.get_by_role("navigation", name="Sharing").get_by_role(
        "link", name="Links for the care team"
    ).click()
    row = page.get_by_role("row").filter(has_text="Dr Patel")
    expect(row).to_contain_text("2 times")
    row.get_by_role("button", name="Withdraw the link Dr Patel").click()
    expect(row).to_contain_text("Withdrawn")
    expect(page.get_by_role("row").filter(has_text="Dr Patel")).to_have_count(1)
    axe_check(page)

    response = doctor.goto(path)
    assert response.status == 404
    assert response.headers.get("referrer-policy") == "no-referrer"
    expect(doctor.get_by_role("heading", level=1)).to_have_text("This link does not work")
    expect(doctor.get_by_role("main")).not_to_contain_text(demo_patient.display_name)
    axe_check(doctor)
    shot(doctor, "share-link-withdrawn")
    doctor.context.close()
