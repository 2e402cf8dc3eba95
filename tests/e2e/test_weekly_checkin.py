"""The weekly check-in: she switches to weekly in her profile, logs the last 7 days with pain
7/10, two doses of as-needed pain medicine and a weight in pounds, and sees it on the day page.
"Same as yesterday" copies how much a symptom got in the way, never the day's readings."""

import re
from decimal import Decimal

from playwright.sync_api import expect


def no_sideways_scroll(page) -> None:
    assert page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_a_weekly_check_in_with_pain_doses_and_weight_in_lb(page, patient, login, axe_check, shot):
    login(page, patient.user)
    page.goto("/profile/")
    page.get_by_label("Once a week (about the last 7 days)").check()
    page.get_by_role("button", name="Save").click()
    patient.refresh_from_db()
    assert patient.checkin_rhythm == "weekly"

    page.goto(f"/d/{patient.public_id}/")
    page.get_by_role("main").get_by_role("link", name="Log today").click()
    expect(page.get_by_text("A weekly check-in: answer for the last 7 days")).to_be_visible()
    overall = page.get_by_role("group", name=re.compile("^How have you been overall"))
    overall.get_by_text("5", exact=True).click()

    measures = page.locator("details#group-measures")
    expect(measures).not_to_have_attribute("open", "")
    page.get_by_text("Bones", exact=True).click()
    bone_pain = page.get_by_role("group", name=re.compile("^Bone pain$"))
    bone_pain.locator('label[title="Severe"]').click()
    # Rated above none: how much it got in the way is asked under it, and the pain measures open.
    page.get_by_label("In the way of your week (bone pain, optional)").select_option("A lot")
    expect(measures).to_have_attribute("open", "")
    axe_check(page)

    pain = page.get_by_role("group", name=re.compile("^Your worst pain in the last 7 days"))
    pain.get_by_text("7", exact=True).click()
    expect(pain.get_by_label("7", exact=True)).to_be_checked()
    page.get_by_label("Doses of as-needed pain medicine in the last 7 days").fill("2")
    page.get_by_label("Resting in bed or a chair for part of the week").check()
    page.get_by_role("spinbutton", name="Weight").fill("137.8")
    page.get_by_label("Weight unit").select_option("lb")
    no_sideways_scroll(page)
    shot(page, "weekly-checkin")
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status").first).to_contain_text("Saved")
    logged = page.get_by_role("region", name="What was logged")
    expect(logged).to_contain_text("A weekly check-in, about the 7 days up to this day.")
    expect(logged).to_contain_text("Worst pain over the last 7 days: 7 out of 10")
    expect(logged).to_contain_text("As-needed pain medicine over the last 7 days: 2 doses")
    expect(logged).to_contain_text("Up and about: resting in bed or a chair for part of the week")
    expect(logged).to_contain_text("Weight: 137.8 lb (62.5 kg)")
    expect(logged.get_by_role("listitem").filter(has_text="Bone pain")).to_contain_text(
        "severe, got in the way a lot"
    )
    axe_check(page)
    no_sideways_scroll(page)
    shot(page, "weekly-day")

    entry = patient.entries.get()
    assert (entry.recall_days, entry.pain_score, entry.pain_medicine_doses) == (7, 7, 2)
    assert entry.weight_kg == Decimal("62.5") and entry.up_and_about == 2
    assert entry.reports.get().interference == 3


def test_same_as_yesterday_copies_interference_but_not_the_days_readings(
    page, patient, login, axe_check
):
    from datetime import timedelta

    from diary.checkin import DayInput, save_day
    from diary.models import Symptom

    today = patient.today()
    nausea = Symptom.objects.get(slug="nausea")
    save_day(
        patient=patient,
        opened_date=today - timedelta(days=1),
        base_version=0,
        data=DayInput(
            date=today - timedelta(days=1),
            wellbeing=5,
            temperature_c=None,
            notes="",
            severities={nausea.pk: 2},
            interference={nausea.pk: 3},
            pain_score=6,
            pain_medicine_doses=3,
            up_and_about=2,
            weight_kg=Decimal("61.0"),
        ),
        by=patient.user,
    )
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/days/{today:%Y-%m-%d}/edit/")
    page.get_by_role("button", name="Same as yesterday").click()
    nausea_line = page.get_by_role("group", name=re.compile("^Nausea$"))
    expect(nausea_line.locator('input[value="2"]')).to_be_checked()
    expect(page.get_by_label("In the way of your day (nausea, optional)")).to_have_value("3")
    expect(page.locator("#same-status")).to_contain_text(
        "Pain score, doses, up and about and weight are left for you to answer."
    )
    page.locator("details#group-measures").evaluate("(details) => { details.open = true; }")
    expect(page.locator('input[name="pain_score"]:checked')).to_have_count(0)
    expect(page.locator('input[name="up_and_about"]:checked')).to_have_count(0)
    expect(page.get_by_label("Doses of as-needed pain medicine")).to_have_value("")
    expect(page.get_by_role("spinbutton", name="Weight")).to_have_value("")
    axe_check(page)
