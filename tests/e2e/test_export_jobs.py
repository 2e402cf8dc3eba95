"""A long period's download: asked for, prepared in the background, then downloaded."""

from datetime import timedelta

import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("screen", ["phone"])
def test_prepare_and_download_a_long_csv_export(page, demo_patient, login, axe_check, shot):
    login(page, demo_patient.user)
    end = demo_patient.today()
    start = end - timedelta(days=119)
    page.goto(f"/d/{demo_patient.public_id}/summary/?preset=custom&start={start}&end={end}")
    page.get_by_role("link", name="Download CSV").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Export")
    expect(page.get_by_role("main")).to_contain_text("120 days is a long period")
    axe_check(page)
    shot(page, "export-offer")
    page.get_by_role("button", name="Prepare the CSV file").click()

    # The tests run tasks at once: the job page already has the file.
    expect(page.get_by_role("heading", level=1)).to_have_text("Your export is ready")
    axe_check(page)
    shot(page, "export-ready")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == f"symptom-summary-{start}-to-{end}.csv"
    with open(download.path(), "rb") as csv_file:
        assert csv_file.readline().startswith(b"date,symptom_slug")
