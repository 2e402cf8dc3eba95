"""Notes understood: a symptom the notes mention is offered as a report, and added with a tap."""

import re

from playwright.sync_api import expect

NOTES = "couldn't catch my breath on the stairs, no headache today"


def test_accept_a_note_suggestion(page, patient, login, axe_check, shot):
    login(page, patient.user)
    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Log today").click()
    wellbeing = page.get_by_role("group", name="How are you overall today?")
    wellbeing.get_by_text("5", exact=True).click()
    page.get_by_role("textbox", name="Notes").fill(NOTES)
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status")).to_contain_text("Saved")
    logged = page.get_by_role("region", name="What was logged")
    expect(logged).not_to_contain_text("Shortness of breath")
    # The section's heading is still being worded; its promise is the stable part.
    suggestions = page.get_by_role("region").filter(has_text="Nothing is added unless you choose")
    offer = suggestions.get_by_role("listitem").filter(has_text="Shortness of breath")
    expect(offer).to_have_count(1)
    expect(offer.locator("q")).to_contain_text("couldn't catch my breath")
    severity = offer.get_by_role("group", name=re.compile("^How bad was it"))
    expect(severity.get_by_label("Mild", exact=True)).to_be_checked()
    # "no headache today" is a negation: shown in the notes, never offered.
    expect(suggestions).not_to_contain_text("Headache")
    expect(page.get_by_role("region", name="Notes", exact=True)).to_contain_text(
        "Headache, not a report (said not to be there)"
    )
    axe_check(page)
    shot(page, "day-suggestion")

    offer.get_by_role("button", name="Add Shortness of breath").click()

    expect(page.get_by_role("status")).to_have_text("Added Shortness of breath (mild).")
    expect(logged.get_by_role("listitem").filter(has_text="Shortness of breath")).to_contain_text(
        "mild"
    )
    expect(logged).not_to_contain_text("Headache")
    expect(suggestions).to_have_count(0)
    axe_check(page)
    shot(page, "day-suggestion-added")
    entry = patient.entries.get()
    assert list(entry.reports.values_list("symptom__slug", "severity")) == [
        ("shortness-of-breath", 1)
    ]


def test_answer_a_question_about_an_uncertain_mention(page, patient, login, axe_check, shot):
    login(page, patient.user)
    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Log today").click()
    wellbeing = page.get_by_role("group", name="How are you overall today?")
    wellbeing.get_by_text("5", exact=True).click()
    page.get_by_role("textbox", name="Notes").fill("eyes maybe a bit yellow? hard to tell")
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status")).to_contain_text("Saved")
    questions = page.get_by_role("region", name="Did you mean…?")
    question = questions.get_by_role("listitem").filter(has_text="yellowing of the eyes or skin")
    expect(question).to_have_count(1)
    expect(question.locator("q")).to_contain_text("bit yellow")
    axe_check(page)
    shot(page, "day-question")

    question.get_by_role("button", name=re.compile("^Yes, add it")).click()

    expect(page.get_by_role("status")).to_contain_text("Added Yellowing of the eyes or skin")
    expect(questions).to_have_count(0)
    entry = patient.entries.get()
    assert list(entry.reports.values_list("symptom__slug", flat=True)) == ["jaundice"]


def test_answer_a_safety_question_about_a_red_flag(page, patient, login, axe_check, shot):
    """A red flag written in words the reader could not place is asked, and a yes raises the
    red-flag panel."""
    login(page, patient.user)
    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Log today").click()
    wellbeing = page.get_by_role("group", name="How are you overall today?")
    wellbeing.get_by_text("5", exact=True).click()
    page.get_by_role("textbox", name="Notes").fill("Walked to the shops. Both thighs like wood.")
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status")).to_contain_text("Saved")
    questions = page.get_by_role("region", name="Did you mean…?")
    question = questions.get_by_role("listitem").filter(has_text="You wrote about your legs")
    expect(question).to_have_count(1)
    expect(question.locator("q")).to_contain_text("thighs like wood")
    expect(question).to_contain_text("weakness, numbness or heaviness in the legs")
    axe_check(page)
    shot(page, "day-safety-question")

    question.get_by_role("button", name=re.compile("^Yes, add it")).click()

    expect(page.get_by_role("status")).to_contain_text("Added Weakness, numbness or heaviness")
    expect(questions).to_have_count(0)
    expect(page.get_by_text("This may require immediate medical attention")).to_be_visible()
    entry = patient.entries.get()
    assert list(entry.reports.values_list("symptom__slug", flat=True)) == ["leg-weakness"]
