"""Adding a treatment: its known side effects come first in the check-in, with its dose question."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from diary.models import DoseLog


@pytest.mark.parametrize("screen", ["desktop"])
def test_add_a_treatment_and_see_its_side_effects_first(page, patient, login, axe_check, shot):
    started = patient.today() - timedelta(days=20)
    login(page, patient.user)
    page.goto("/")
    page.get_by_role("link", name="Treatments").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Treatments")
    axe_check(page)
    page.get_by_role("link", name="Add a treatment").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Add a treatment")
    axe_check(page)
    shot(page, "treatment-new")
    page.get_by_label("Medicine or treatment").select_option(label="anastrozole (Arimidex)")
    page.get_by_label("Dose and schedule").fill("1 mg tablet once a day")
    page.get_by_label("Started on").fill(f"{started:%Y-%m-%d}")
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Treatments")
    current = page.get_by_role("region", name="Current")
    expect(current.get_by_role("heading", name="anastrozole")).to_be_visible()
    expect(current).to_contain_text("1 mg tablet once a day")
    expect(current).to_contain_text(f"From {started.day} {started:%b %Y}")
    axe_check(page)
    shot(page, "treatments")

    page.get_by_role("link", name="Log today").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^Log (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4}$")
    )
    # Under "Add another symptom", the first list is the one the treatments explain; closed,
    # like every list there, until she opens it (or finds a symptom by name).
    sections = page.locator("details.checkin-group > summary")
    expect(sections.first).to_have_text("Often seen with your treatments")
    linked = page.locator("details", has=page.get_by_text("Often seen with your treatments"))
    expect(linked).not_to_have_attribute("open", "")
    page.get_by_role("searchbox", name="Add another symptom").fill("hot fl")
    expect(page.get_by_role("status").filter(has_text="found")).to_have_text("1 symptom found.")
    hot_flashes = linked.get_by_role("group", name=re.compile("^Hot flashes"))
    expect(hot_flashes).to_be_visible()
    expect(hot_flashes).to_contain_text("with anastrozole")
    axe_check(page)
    shot(page, "checkin-with-treatment")

    dose = page.get_by_role("group", name=re.compile("^anastrozole"))
    for answer in ("Taken", "Partly", "Missed"):
        expect(dose.get_by_label(answer, exact=True)).to_be_attached()
    hot_flashes.locator('label[title="Mild"]').click()
    dose.get_by_text("Taken", exact=True).click()
    expect(dose.get_by_label("Taken", exact=True)).to_be_checked()
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status")).to_contain_text("Saved")
    logged = page.get_by_role("region", name="What was logged")
    hot_flashes_logged = logged.get_by_role("listitem").filter(has_text="Hot flashes")
    expect(hot_flashes_logged).to_contain_text("mild")
    # The only treatment is offered as the likely cause of a side effect it is known for.
    expect(hot_flashes_logged).to_contain_text("anastrozole")
    expect(logged.get_by_role("listitem").filter(has_text="anastrozole: ")).to_have_text(
        "anastrozole: taken"
    )
    axe_check(page)
    shot(page, "day-with-dose")

    dose_log = DoseLog.objects.get(entry__patient=patient)
    assert (dose_log.treatment.name, dose_log.status) == ("anastrozole", "taken")
