"""The red-flag panel: what she said, the call links, both answers, a caregiver's wording, and
seven quiet days after "my team already knows" that a rise breaks."""

import re
from datetime import timedelta

from playwright.sync_api import expect

from diary.models import CareGrant, RedFlagAnswer
from tests.e2e.test_checkin import choose, open_section
from tests.factories import UserFactory, log_day

TITLE = "This may require immediate medical attention"


def panel(page):
    return page.get_by_role("alert").filter(has_text=TITLE)


def test_back_pain_with_weak_legs_raises_the_panel_with_call_links_and_answers(
    page, patient, login, axe_check, shot
):
    patient.care_team_phone = "+12025550143"
    patient.save()
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    open_section(page, "Bones")
    choose(page, "Back or neck pain", "Severe")
    choose(page, "Weakness, numbness or heaviness in the legs", "Mild")
    page.get_by_role("button", name="Save this day").click()

    box = panel(page)
    expect(box).to_contain_text(
        "You said your back or neck pain is severe and your legs feel weak, numb or heavy."
    )
    expect(box).to_contain_text("spinal cord")
    expect(box.get_by_role("link", name=re.compile("^Call your care team"))).to_have_attribute(
        "href", "tel:+12025550143"
    )
    expect(box.get_by_role("link", name=re.compile("^Call emergency services"))).to_have_attribute(
        "href", "tel:911"
    )
    expect(box).to_contain_text("The diary has not told your care team about this")
    axe_check(page)
    shot(page, "red-flag-panel")

    box.get_by_role("button", name=re.compile("^I.ve contacted my team")).first.click()
    expect(page.get_by_role("status")).to_contain_text("the care team was contacted")
    expect(panel(page)).to_contain_text("You contacted your team at")
    panel(page).get_by_role(
        "button", name=re.compile("^My team already knows about this")
    ).first.click()
    expect(panel(page)).to_contain_text("You said your team already knows")
    assert set(RedFlagAnswer.objects.values_list("answer", flat=True)) == {"contacted", "known"}
    axe_check(page)


def test_a_caregiver_sees_the_third_person_and_the_same_call_button(
    page, patient, login, axe_check
):
    patient.user.name = "Maria"
    patient.user.save()
    patient.care_team_phone = "+12025550143"
    patient.save()
    log_day(patient, patient.today(), severities={"seizure": 1})
    viewer = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=viewer, role="viewer")
    login(page, viewer)
    page.goto(f"/d/{patient.public_id}/days/{patient.today():%Y-%m-%d}/")

    box = panel(page)
    expect(box).to_contain_text("Maria reported a seizure.")
    expect(box).to_contain_text("Contact Maria's care team now.")
    expect(box.get_by_role("link", name=re.compile("^Call Maria's care team"))).to_have_attribute(
        "href", "tel:+12025550143"
    )
    expect(box.get_by_role("button")).to_have_count(0)  # a viewer cannot answer for her
    axe_check(page)


def test_known_quiets_the_panel_for_the_same_severity_and_a_rise_breaks_it(
    page, patient, login, axe_check
):
    today = patient.today()
    yesterday = today - timedelta(days=1)
    log_day(patient, yesterday, severities={"bone-pain": 3})
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/days/{yesterday:%Y-%m-%d}/")
    panel(page).get_by_role("button", name=re.compile("^My team already knows about this")).click()
    expect(page.get_by_role("status")).to_contain_text("will not raise this again")

    log_day(patient, today, severities={"bone-pain": 3})
    page.goto(f"/d/{patient.public_id}/")
    expect(panel(page)).to_have_count(0)
    expect(page.get_by_text("Not raised again")).to_be_visible()

    page.goto(f"/d/{patient.public_id}/today/")
    choose(page, "Bone pain", "Very severe")  # in "Your recent symptoms", open
    page.get_by_role("button", name="Save this day").click()
    expect(panel(page)).to_contain_text("You said your bone pain is very severe.")
    axe_check(page)
