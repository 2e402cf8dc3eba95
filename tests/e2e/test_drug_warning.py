"""A drug's warning sign: a patient on trastuzumab deruxtecan logs a cough and, after saving,
reads in plain words that her team should hear about it the same day."""

import re

import pytest
from playwright.sync_api import expect

from diary.models import Drug, Treatment
from tests.e2e.test_checkin import open_section


def rate_cough(page, answer: str, *, section: str) -> None:
    """The cough's line: with her drug, the check-in lists it under "Often seen with your
    treatments"; without, under the lungs."""
    open_section(page, section)
    line = page.get_by_role("group", name=re.compile("^Cough$|^Cough ")).filter(visible=True)
    line.locator(f'label[title="{answer}"]').click()
    expect(line.get_by_label(answer, exact=True)).to_be_checked()


ADVICE = (
    "While on trastuzumab deruxtecan, a new or worse cough should be reported to your care team"
)


@pytest.mark.parametrize("screen", ["phone"])
def test_a_cough_on_trastuzumab_deruxtecan_shows_the_warning_after_saving(
    page, patient, login, axe_check, shot
):
    drug = Drug.objects.get(slug="trastuzumab-deruxtecan")
    Treatment.objects.create(
        patient=patient, drug=drug, type=drug.type, start_date=patient.today().replace(day=1)
    )
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    rate_cough(page, "Mild", section="Often seen with your treatments")
    page.get_by_role("button", name="Save this day").click()

    warning = page.get_by_role("region", name="Tell your care team today")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text(ADVICE)
    expect(warning).to_contain_text("From the prescribing information of trastuzumab deruxtecan")
    # 390 px wide: nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe_check(page)
    shot(page, "drug-warning-after-saving")

    page.goto(f"/d/{patient.public_id}/")
    expect(page.get_by_role("region", name="Tell your care team today")).to_contain_text(ADVICE)


@pytest.mark.parametrize("screen", ["phone"])
def test_no_warning_without_the_drug(page, patient, login):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/today/")
    rate_cough(page, "Mild", section="Lungs and the tissue around them")
    page.get_by_role("button", name="Save this day").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    expect(page.get_by_role("region", name="Tell your care team today")).to_have_count(0)
