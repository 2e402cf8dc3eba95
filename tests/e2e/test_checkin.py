"""Logging a day: symptoms, notes, site tags, the red-flag warning, and editing a past day."""

import re
from datetime import timedelta

from playwright.sync_api import expect

from diary.models import DailyEntry
from tests.factories import log_day


def choose(page, question: str, answer: str) -> None:
    """Press `answer` in the scale whose legend starts with `question`: a step of a symptom's
    line (shown as 0-4, titled and named None .. Very severe), or a button of another scale."""
    scale = page.get_by_role("group", name=re.compile("^" + re.escape(question)))
    step = scale.locator(f'label[title="{answer}"]')
    (step if step.count() else scale.get_by_text(answer, exact=True)).click()
    expect(scale.get_by_label(answer, exact=True)).to_be_checked()


def open_section(page, title: str) -> None:
    page.get_by_text(title, exact=True).click()


def test_log_today_with_two_symptoms_and_notes(page, patient, login, axe_check, shot):
    patient.show_site_tags = True  # her profile's choice: site tags in the daily views
    patient.save()
    login(page, patient.user)
    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Log today").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^Log (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4}$")
    )
    axe_check(page)
    shot(page, "checkin-new")
    choose(page, "How are you overall today?", "6")
    open_section(page, "Bones")
    choose(page, "Bone pain", "Moderate")
    open_section(page, "Brain")
    choose(page, "Headache", "Mild")
    axe_check(page)  # with sections open
    notes = page.get_by_role("textbox", name="Notes")
    notes.fill("Hip aches when I climb stairs.\nHeadache after lunch.")
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status")).to_contain_text("Saved")
    logged = page.get_by_role("region", name="What was logged")
    expect(logged).to_contain_text("Wellbeing: 6 out of 10")
    bone_pain = logged.get_by_role("listitem").filter(has_text="Bone pain")
    expect(bone_pain).to_contain_text("moderate")
    expect(bone_pain).to_contain_text("bone list")
    expect(logged.get_by_role("listitem").filter(has_text="Headache")).to_contain_text("brain list")
    expect(page.get_by_role("region", name="Notes", exact=True)).to_contain_text(
        "Headache after lunch."
    )
    expect(page.get_by_role("alert")).to_have_count(0)
    axe_check(page)
    shot(page, "day")

    entry = DailyEntry.objects.get(patient=patient)
    assert entry.wellbeing == 6
    assert entry.reports.count() == 2


def test_red_flag_symptom_shows_the_warning(page, patient, login, axe_check, shot):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")

    open_section(page, "Lungs and the tissue around them")
    choose(page, "Coughing up blood", "Yes")
    page.get_by_role("button", name="Save this day").click()

    warning = page.get_by_role("alert")
    expect(warning.get_by_role("heading", level=2)).to_have_text(
        "This may require immediate medical attention"
    )
    expect(warning).to_contain_text("You said you coughed up blood.")
    expect(warning).to_contain_text("Contact your care team now")
    axe_check(page)
    shot(page, "day-red-flag")

    page.get_by_role("link", name="Home").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "This may require immediate medical attention"
    )
    expect(page.get_by_role("region", name="The last 7 days")).to_contain_text("Red flag")
    axe_check(page)
    shot(page, "home-red-flag")


def test_edit_a_past_day(page, patient, axe_check, shot):
    today = patient.today()
    day = today - timedelta(days=3)
    log_day(patient, day, severities={"fatigue": 2, "nausea": 1}, wellbeing=5, notes="Tired.")
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 1}, wellbeing=7)

    page.goto("/accounts/login/")
    axe_check(page)
    shot(page, "login")
    page.get_by_label("Email").fill(patient.user.email)
    page.get_by_label("Password").fill("correct-horse-battery-9")
    page.get_by_role("button", name="Sign In").click()

    page.get_by_role("link", name="History").click()
    axe_check(page)
    shot(page, "history")
    page.get_by_role("link", name=f"{day:%A} {day.day} {day:%B %Y}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{day:%A} {day.day} {day:%B %Y}")
    axe_check(page)
    page.get_by_role("link", name="Edit this day").click()

    # Short on the check-in (one line on a phone whatever the day): "Edit Wed 30 Sep 2026".
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Edit {day:%a} {day.day} {day:%b %Y}"
    )
    recent = page.get_by_role("group", name=re.compile("^Nausea"))
    expect(recent.get_by_label("Mild", exact=True)).to_be_checked()
    axe_check(page)
    shot(page, "checkin-edit")
    choose(page, "How are you overall today?", "3")
    choose(page, "Nausea", "None")
    choose(page, "Fatigue", "Severe")
    page.get_by_role("textbox", name="Notes").fill("Tired. Better after a nap.")
    page.get_by_role("button", name="Save this day").click()

    logged = page.get_by_role("region", name="What was logged")
    expect(logged).to_contain_text("Wellbeing: 3 out of 10")
    expect(logged).to_contain_text("Fatigue: severe")
    expect(logged).not_to_contain_text("Nausea")
    expect(page.get_by_role("region", name="Notes", exact=True)).to_have_text(
        re.compile("Better after a nap")
    )
    entry = DailyEntry.objects.get(patient=patient, date=day)
    assert (entry.wellbeing, entry.version) == (3, 2)


def test_check_in_with_the_keyboard_alone(page, patient, login):
    """Tab, arrows, Enter and typing: no pointer. Focus is never hidden behind the save bar."""
    login(page, patient.user)
    page.goto("/")

    def tab_to(target, limit=80):
        for _ in range(limit):
            page.keyboard.press("Tab")
            assert_focus_visible(page)
            if target.evaluate("el => el === document.activeElement"):
                return
        raise AssertionError(f"Tab never reached {target}")

    tab_to(page.get_by_role("main").get_by_role("link", name="Log today"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Log "))

    wellbeing = page.get_by_role("group", name="How are you overall today?")
    tab_to(wellbeing.get_by_label("0", exact=True))
    for _ in range(7):
        page.keyboard.press("ArrowRight")
    expect(wellbeing.get_by_label("7", exact=True)).to_be_checked()

    tab_to(page.get_by_text("General symptoms", exact=True))
    page.keyboard.press("Enter")
    fatigue = page.get_by_role("group", name="Fatigue")
    tab_to(fatigue.get_by_label("None", exact=True))
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(fatigue.get_by_label("Moderate", exact=True)).to_be_checked()

    tab_to(page.get_by_role("textbox", name="Notes"))
    page.keyboard.type("Typed without a mouse.")
    tab_to(page.get_by_role("button", name="Save this day"))
    page.keyboard.press("Enter")

    logged = page.get_by_role("region", name="What was logged")
    expect(logged).to_contain_text("Wellbeing: 7 out of 10")
    expect(logged).to_contain_text("Fatigue: moderate")
    expect(page.get_by_role("region", name="Notes", exact=True)).to_contain_text(
        "Typed without a mouse."
    )


FOCUS_PROBLEM = """() => {
    let el = document.activeElement;
    if (!el || el === document.body) return null;
    // A toggle button's radio is visually hidden; what the person sees is its label.
    if (el.classList.contains("btn-check") && el.labels.length) el = el.labels[0];
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) return "off screen";
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (hit && hit !== el && !el.contains(hit)) {
        return "covered by " + hit.outerHTML.slice(0, 80);
    }
    return null;
}"""


def assert_focus_visible(page) -> None:
    """The focused control is on screen and not covered (by the sticky save bar, say)."""
    problem = page.evaluate(FOCUS_PROBLEM)
    if problem:
        focused = page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")
        raise AssertionError(f"Focus not visible ({problem}) on {focused}")


def test_back_pain_reveals_the_spinal_cord_questions(page, patient, login, axe_check):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    open_section(page, "Bones")
    legs = page.get_by_role("group", name=re.compile("^Weakness, numbness or heaviness"))
    expect(legs).to_be_hidden()

    choose(page, "Back or neck pain", "Mild")
    expect(legs).to_be_visible()
    choose(page, "Weakness, numbness or heaviness in the legs", "Moderate")
    choose(page, "Loss of bladder or bowel control", "No")
    axe_check(page)
    page.get_by_role("button", name="Save this day").click()

    expect(page.get_by_role("status")).to_contain_text("Saved")
    ratings = dict(
        DailyEntry.objects.get(patient=patient).reports.values_list("symptom__slug", "severity")
    )
    assert ratings == {"back-pain": 1, "leg-weakness": 2, "bladder-bowel-control": 0}


def test_an_empty_save_is_refused_with_a_message(page, patient, login):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    page.get_by_role("button", name="Save this day").click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing to save yet")
    assert not DailyEntry.objects.filter(patient=patient).exists()


def test_the_spinal_cord_questions_can_be_opened_without_back_pain(page, patient, login):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    open_section(page, "Bones")
    page.get_by_role("button", name=re.compile("^Show the questions about weakness")).click()
    choose(page, "Weakness, numbness or heaviness in the legs", "Mild")
    page.get_by_role("button", name="Save this day").click()
    expect(page.get_by_role("alert")).to_contain_text("your legs feel weak, numb or heavy")
