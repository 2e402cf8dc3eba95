"""Printing the summary page: only the summary, every section, and 30 days fit two sheets."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_summary import NOT_ADVICE, SECTIONS, show_last_30_days

MAX_PAGES = 2
# Each page of a PDF is one "/Type /Page" object ("/Type /Pages" is the tree holding them).
PAGE_OBJECT = re.compile(rb"/Type\s*/Page[^s]")


@pytest.mark.parametrize("screen", ["desktop"])
def test_a_30_day_summary_prints_on_two_pages(page, demo_patient, login, shot, artifacts_dir):
    # `make demo`'s patient: her clinic (the care-team line and column), the fullest header and
    # three top concerns, what a real printout carries.
    from diary.demo_team import seed_demo_team

    seed_demo_team(
        patient=demo_patient, clinician_email="nurse@example.com", password="demo-pass-1234567"
    )
    assert demo_patient.date_of_birth and demo_patient.hospital_number
    assert len(demo_patient.top_concerns) == 3
    login(page, demo_patient.user)
    page.goto(f"/d/{demo_patient.public_id}/summary/")
    show_last_30_days(page)

    page.emulate_media(media="print")
    summary = page.get_by_role("article")
    expect(summary).to_contain_text(f"Date of birth: {demo_patient.date_of_birth:%-d %b %Y}")
    expect(summary).to_contain_text(f"Hospital number: {demo_patient.hospital_number}")
    expect(summary).to_contain_text("Care team: Demo clinic")
    expect(summary.get_by_role("region", name="Top concerns").get_by_role("listitem")).to_have_text(
        ["Bone pain", "Fatigue", "Hot flashes"]
    )
    for title in SECTIONS:
        expect(summary.get_by_role("heading", level=2, name=title, exact=True)).to_be_visible()
    expect(summary.get_by_text(NOT_ADVICE, exact=False)).to_be_visible()
    # Everything but the summary is left out of the printout.
    for chrome in (
        page.get_by_role("button", name="Show summary"),
        page.get_by_role("link", name="Download PDF"),
        page.get_by_role("navigation", name="Main"),
    ):
        expect(chrome).to_be_hidden()
    shot(page, "summary-print-media")

    counts = {}
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, print_background=True)
        assert pdf.startswith(b"%PDF-")
        counts[paper] = len(PAGE_OBJECT.findall(pdf))
        (artifacts_dir / f"summary-30-days-{paper}.pdf").write_bytes(pdf)
    result = ", ".join(f"{paper}: {n} page{'s' * (n != 1)}" for paper, n in counts.items())
    print(f"\nThe 30-day summary printed by Chromium: {result} (goal: at most {MAX_PAGES}).")
    (artifacts_dir / "print-pages.txt").write_text(
        f"30-day summary (seed_demo patient) printed by Chromium from the summary page: {result}."
        f" Goal: at most {MAX_PAGES} pages.\n"
    )
    assert all(counts.values()), counts
    assert all(n <= MAX_PAGES for n in counts.values()), result
