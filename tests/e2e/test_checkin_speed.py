"""The check-in fits a bad day on a phone (390 x 844): for the demo patient with two treatments
the page is at most 1,800 px tall before anything is opened, and a typical day (wellbeing,
"same as yesterday", change one symptom, a short note, save) takes at most 6 taps."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from diary.models import Drug, Treatment, TreatmentType

MAX_HEIGHT = 1_800
MAX_TAPS = 6


class Counted:
    """Taps, counted as a person would count them (typing into a field is not a tap)."""

    def __init__(self, page):
        self.page = page
        self.taps = 0

    def tap(self, target, **options) -> None:
        target.click(**options)
        self.taps += 1


def severity(page, symptom: str, answer: str):
    line = page.get_by_role("group", name=re.compile("^" + re.escape(symptom) + "$"))
    return line.locator(f'label[title="{answer}"]')


@pytest.fixture
def two_treatments(demo_patient):
    today = demo_patient.today()
    second = Treatment.objects.create(
        patient=demo_patient,
        drug=Drug.objects.get(slug="palbociclib"),
        type=TreatmentType.objects.get(slug="targeted-therapy"),
        dose="125 mg",
        start_date=today - timedelta(days=20),
    )
    Treatment.objects.filter(pk=second.pk).update(created_at=timezone.now() - timedelta(days=20))
    # Today not logged yet: the check-in opens empty.
    demo_patient.entries.filter(date=today).delete()
    return demo_patient


@pytest.mark.parametrize("screen", ["phone"])
def test_a_typical_day_on_a_phone_is_short_and_takes_at_most_6_taps(
    page, two_treatments, login, axe_check, shot, artifacts_dir, record_property
):
    patient = two_treatments
    page.set_default_timeout(20_000)  # a machine shared with other test runs is slow
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/")
    person = Counted(page)

    person.tap(page.get_by_role("navigation", name="Diary").get_by_role("link", name="Log today"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(r"^Log (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4}$")
    )
    expect(page.get_by_label("Date")).to_have_count(0)  # today's date as text, not a field
    height = page.evaluate("() => document.documentElement.scrollHeight")
    axe_check(page)
    shot(page, "checkin-phone")

    person.tap(page.get_by_role("group", name=re.compile("^How are you")).get_by_text("4"))
    person.tap(page.get_by_role("button", name="Same as yesterday"))
    yesterday = patient.entries.get(date=patient.today() - timedelta(days=1))
    rated = {r.symptom.name: r.severity for r in yesterday.reports.select_related("symptom")}
    name, level = next((n, s) for n, s in rated.items() if s < 4)
    expect(
        page.get_by_role("group", name=re.compile("^" + re.escape(name) + "$")).locator(
            f'input[value="{level}"]'
        )
    ).to_be_checked()
    person.tap(severity(page, name, "Very severe"))
    notes = page.get_by_role("textbox", name="Notes")
    person.tap(notes)
    notes.type("A hard day.")
    shot(page, "checkin-phone-filled")
    # The first save of a note loads the note reader (seconds on a busy machine).
    person.tap(page.get_by_role("button", name="Save this day"), timeout=30_000)

    expect(page.get_by_role("status").first).to_contain_text("Saved")
    entry = patient.entries.get(date=patient.today())
    saved = {r.symptom.name: r.severity for r in entry.reports.select_related("symptom")}
    assert saved == {**rated, name: 4}
    assert entry.wellbeing == 4 and entry.notes == "A hard day."

    result = (
        f"Check-in at 390 x 844 for the demo patient with two treatments: {height} px tall "
        f"before anything is opened; a typical day took {person.taps} taps."
    )
    print("\n" + result)
    (artifacts_dir / "checkin-interactions.txt").write_text(result + "\n")
    record_property("checkin_height", height)
    record_property("checkin_taps", person.taps)
    assert height <= MAX_HEIGHT
    assert person.taps <= MAX_TAPS
