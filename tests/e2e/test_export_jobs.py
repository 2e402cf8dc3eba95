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


@pytest.mark.parametrize("screen", ["phone"])
def test_the_page_of_an_export_being_prepared_shows_the_link_once_it_is_ready(
    page, demo_patient, login, axe_check
):
    from django.utils import timezone

    from diary.exports import jobs
    from diary.models import ExportJob

    end = demo_patient.today()
    job = ExportJob.objects.create(
        patient=demo_patient,
        requested_by=demo_patient.user,
        kind="csv",
        start=end - timedelta(days=119),
        end=end,
        choice="e2e",
        expires_at=timezone.now() + jobs.KEEP,
    )
    login(page, demo_patient.user)
    page.goto(f"/d/{demo_patient.public_id}/exports/{job.public_id}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Preparing your export")
    axe_check(page)

    jobs.prepare(job.pk)  # a task worker finishes it; the page finds out by itself
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your export is ready", timeout=15_000
    )
    expect(page.get_by_role("link", name="Download CSV")).to_be_visible()
    assert page.title().startswith("Your export is ready")
    axe_check(page)
