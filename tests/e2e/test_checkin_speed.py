"""The check-in is quick on a phone: a typical day in at most 15 interactions."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.factories import log_day

MAX_INTERACTIONS = 15


class Counted:
    """Clicks and typed fields, counted as a person would count them."""

    def __init__(self, page):
        self.page = page
        self.count = 0

    def click(self, target) -> None:
        target.click()
        self.count += 1

    def fill(self, target, text: str) -> None:
        target.fill(text)
        self.count += 1

    def choose(self, question: str, answer: str) -> None:
        scale = self.page.get_by_role("group", name=re.compile("^" + re.escape(question)))
        self.click(scale.get_by_text(answer, exact=True))


@pytest.mark.parametrize("screen", ["phone"])
def test_a_typical_day_takes_at_most_15_interactions(
    page, patient, login, shot, artifacts_dir, record_property
):
    # A returning patient: yesterday's symptoms come first on today's check-in.
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 1, "hot-flashes": 2})
    login(page, patient.user)
    page.goto("/")
    person = Counted(page)

    person.click(page.get_by_role("main").get_by_role("link", name="Log today"))
    person.choose("How are you overall today?", "5")
    person.choose("Fatigue", "Moderate")
    person.choose("Hot flashes", "Mild")
    person.click(page.get_by_text("Liver", exact=True))
    person.choose("Nausea", "Mild")
    person.fill(page.get_by_role("textbox", name="Notes"), "Queasy after the morning tablets.")
    shot(page, "checkin-filled")
    person.click(page.get_by_role("button", name="Save this day"))

    logged = page.get_by_role("region", name="What was logged")
    expect(logged).to_contain_text("Wellbeing: 5 out of 10")
    expect(logged.get_by_role("listitem")).to_have_count(3)
    result = f"A typical day (wellbeing, 3 symptoms, a note) took {person.count} interactions"
    print(f"\n{result} (at most {MAX_INTERACTIONS}).")
    (artifacts_dir / "checkin-interactions.txt").write_text(result + ".\n")
    record_property("checkin_interactions", person.count)
    assert person.count <= MAX_INTERACTIONS
