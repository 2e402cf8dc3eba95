"""Looking back: the history, filtered by dates, site list and symptom."""

from datetime import timedelta

from playwright.sync_api import expect

from tests.factories import log_day


def test_filter_the_history(page, patient, login, axe_check, shot):
    patient.show_site_tags = True  # her profile's choice: site tags in the daily views
    patient.save()
    today = patient.today()
    log_day(patient, today - timedelta(days=10), severities={"bone-pain": 2})
    log_day(patient, today - timedelta(days=5), severities={"cough": 1}, notes="Dry cough.")
    log_day(patient, today - timedelta(days=2), severities={"fatigue": 2, "headache": 1})
    login(page, patient.user)
    page.goto("/")
    page.get_by_role("link", name="History").click()

    status = page.get_by_role("status")
    days = page.get_by_role("article")
    expect(status).to_have_text("3 days, newest first.")
    expect(days).to_have_count(3)

    page.get_by_label("Site list").select_option(label="Bones")
    page.get_by_role("button", name="Show").click()
    expect(status).to_have_text("1 day matches, newest first.")
    expect(days).to_have_count(1)
    expect(days.first).to_contain_text("Bone pain: moderate")
    expect(days.first).to_contain_text("bone list")
    axe_check(page)
    shot(page, "history-filtered")

    page.get_by_role("link", name="Clear filters").click()
    page.get_by_label("From", exact=True).fill(f"{today - timedelta(days=7):%Y-%m-%d}")
    page.get_by_label("To", exact=True).fill(f"{today:%Y-%m-%d}")
    page.get_by_role("button", name="Show").click()
    expect(status).to_have_text("2 days match, newest first.")

    page.get_by_label("Symptom or side effect").select_option(label="Cough")
    page.get_by_role("button", name="Show").click()
    expect(status).to_have_text("1 day matches, newest first.")
    day = today - timedelta(days=5)
    expect(days.first.get_by_role("heading")).to_have_text(f"{day:%A} {day.day} {day:%B %Y}")

    page.get_by_label("From", exact=True).fill(f"{today:%Y-%m-%d}")
    page.get_by_label("To", exact=True).fill(f"{today - timedelta(days=1):%Y-%m-%d}")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("alert")).to_contain_text("Check the filters")
    expect(page.get_by_text("The end date is before the start date.")).to_be_visible()
    expect(days).to_have_count(0)
    axe_check(page)
