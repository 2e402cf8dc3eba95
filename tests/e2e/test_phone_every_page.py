"""Every page of the app on a 390 x 844 phone, at 100% and 200% text, in light and dark mode.

The page's own heading is on the first screen (the navigation takes one row, or two with very
large text: the tab bar then moves to the end of the page).
For the patient, a caregiver (viewer) and the care team's share link: no page is wider than the
screen (tables scroll inside their own labelled region or become stacked rows), and axe-core
finds no violation. Pages with a <details> are checked with every one of them open.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from diary.models import CareGrant, CareTeamContact, Invitation, ShareLink
from diary.models.sharing import new_token
from tests.factories import UserFactory

# What sticks out past the screen's right edge, except inside a region that scrolls on its own.
OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const insideScroller = (el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (scrolls(up)) return true;
        }
        return false;
    };
    const wide = [...document.querySelectorAll("body *")].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !insideScroller(el);
    });
    const scrollers = [...document.querySelectorAll("body *")].filter(
        (el) => scrolls(el) && el.scrollWidth > el.clientWidth + 1
            && !(el.tabIndex >= 0 && el.getAttribute("aria-label"))
            && !el.matches("textarea, select, input"),
    );
    return {
        scrollWidth: document.documentElement.scrollWidth,
        width,
        wide: wide.slice(0, 5).map((el) => el.outerHTML.slice(0, 100)),
        unlabelledScrollers: scrollers.slice(0, 5).map((el) => el.outerHTML.slice(0, 100)),
    };
}"""

MODES = [(16, "light"), (16, "dark"), (32, "light"), (32, "dark")]


def weekly_day(patient):
    """A weekly check-in among the demo's days: the last day logged before yesterday, told
    as the 7 days up to it (pain score, doses, up and about and weight answered)."""
    entry = patient.entries.filter(date__lt=patient.today() - timedelta(days=1)).latest("date")
    patient.entries.filter(pk=entry.pk).update(
        recall_days=7, pain_score=6, pain_medicine_doses=9, up_and_about=3, weight_kg="62.8"
    )
    return entry.date


def check_page(page, path: str, *, theme: str, open_all: bool = True) -> None:
    """No sideways scrolling, the heading on the first screen, and axe finds nothing."""
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("data-bs-theme", theme)
    if open_all:
        page.evaluate(
            "() => document.querySelectorAll('details').forEach((d) => { d.open = true; })"
        )
    layout = page.evaluate(OVERFLOWING)
    fits = layout["scrollWidth"] <= layout["width"] and not layout["wide"]
    assert fits and not layout["unlabelledScrollers"], (
        f"{path} ({theme}) is wider than the screen: {layout}"
    )
    heading = page.get_by_role("heading", level=1).first
    if heading.count():  # the page's own heading is on the first screen, whatever the text size
        assert heading.bounding_box()["y"] < 844 - 40, f"{path}: heading below the fold"


@pytest.fixture
def world(demo_patient):
    patient = demo_patient
    today = patient.today()
    viewer = CareGrant.objects.create(
        patient=patient, caregiver=UserFactory(name="Sam"), role="viewer"
    ).caregiver
    invitation_token, invitation_hash = new_token()
    Invitation.objects.create(
        patient=patient,
        email="kim@example.com",
        role="editor",
        token_hash=invitation_hash,
        expires_at=timezone.now() + timedelta(days=7),
    )
    invitee = UserFactory(email="kim@example.com")
    share_token, share_hash = new_token()
    ShareLink.objects.create(
        patient=patient,
        label="Dr Patel",
        token_hash=share_hash,
        start=today - timedelta(days=29),
        end=today,
        expires_at=timezone.now() + timedelta(days=14),
    )
    CareTeamContact.objects.create(patient=patient, name="Nurse Kim", email="nurse@example.com")
    diary = f"/d/{patient.public_id}"
    day = f"{today - timedelta(days=1):%Y-%m-%d}"
    weekly = f"{weekly_day(patient):%Y-%m-%d}"
    treatment = patient.treatments.first()
    appointment = patient.appointments.first()
    patient_pages = [
        "/",
        "/profile/",
        f"{diary}/",
        f"{diary}/today/",
        f"{diary}/days/{day}/",
        f"{diary}/days/{day}/edit/",
        f"{diary}/days/{day}/changes/",
        f"{diary}/days/{day}/delete/",
        f"{diary}/days/{weekly}/",
        f"{diary}/days/{weekly}/edit/",
        f"{diary}/history/",
        f"{diary}/history/?site=bone",
        f"{diary}/treatments/",
        f"{diary}/treatments/new/",
        f"{diary}/treatments/{treatment.pk}/",
        f"{diary}/treatments/{treatment.pk}/delete/",
        f"{diary}/appointments/",
        f"{diary}/appointments/new/",
        f"{diary}/appointments/{appointment.pk}/",
        f"{diary}/appointments/{appointment.pk}/delete/",
        f"{diary}/summary/",
        f"{diary}/summary/?preset=30",
        f"{diary}/caregivers/",
        f"{diary}/share/",
        f"{diary}/care-team/",
        f"{diary}/access/",
        f"{diary}/reminders/",
    ]
    viewer_pages = [
        "/",
        f"{diary}/",
        f"{diary}/days/{day}/",
        f"{diary}/days/{weekly}/",
        f"{diary}/history/",
        f"{diary}/treatments/",
        f"{diary}/appointments/",
        f"{diary}/summary/?preset=30",
        "/profile/",
    ]
    anonymous_pages = [
        "/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        f"/invitations/{invitation_token}/",
        f"/s/{share_token}/",
        "/s/not-a-link/",
        "/offline/",
    ]
    invitee_pages = [f"/invitations/{invitation_token}/"]
    return {
        patient.user: patient_pages,
        viewer: viewer_pages,
        invitee: invitee_pages,
        None: anonymous_pages,
    }


@pytest.mark.parametrize("screen", ["phone"])
@pytest.mark.parametrize(("font_size", "theme"), MODES)
def test_every_page_fits_a_phone_and_passes_axe(
    font_size, theme, world, open_page, login, axe_check, shot
):
    checked = []
    for user, paths in world.items():
        page = open_page()
        page.emulate_media(color_scheme=theme)
        # The first page that reads notes loads the note reader (seconds on a busy machine).
        page.set_default_navigation_timeout(30_000)
        if user is not None:
            login(page, user)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": font_size, "fixed": font_size}})
        for path in paths:
            check_page(page, path, theme=theme)
            axe_check(page)
            checked.append(path)
        page.context.close()
    assert len(checked) == sum(len(paths) for paths in world.values())


@pytest.mark.parametrize("screen", ["phone"])
@pytest.mark.parametrize(("font_size", "theme"), MODES)
def test_the_checkin_with_its_measures_open_and_a_weekly_day_fit_a_phone(
    font_size, theme, demo_patient, open_page, login, axe_check, shot
):
    """Today's check-in not yet logged, with only "Pain, activity and weight" opened (as the
    script opens it once a pain is rated); a weekly day and its weekly check-in form."""
    patient = demo_patient
    patient.entries.filter(date=patient.today()).delete()
    weekly = f"{weekly_day(patient):%Y-%m-%d}"
    diary = f"/d/{patient.public_id}"
    page = open_page()
    page.emulate_media(color_scheme=theme)
    page.set_default_navigation_timeout(30_000)
    login(page, patient.user)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": font_size, "fixed": font_size}})

    check_page(page, f"{diary}/today/", theme=theme, open_all=False)
    measures = page.locator("details#group-measures")
    measures.evaluate("(details) => { details.open = true; }")
    expect(
        page.get_by_role("group", name="How much of the day were you up and about?")
    ).to_be_visible()
    layout = page.evaluate(OVERFLOWING)
    assert layout["scrollWidth"] <= layout["width"] and not layout["wide"], layout
    axe_check(page)
    shot(page, f"checkin-measures-open-{font_size}-{theme}")

    check_page(page, f"{diary}/days/{weekly}/", theme=theme)
    expect(page.get_by_text("A weekly check-in, about the 7 days up to this day.")).to_be_visible()
    expect(
        page.get_by_text("Up and about: resting in bed or a chair for most of the week")
    ).to_be_visible()
    axe_check(page)
    shot(page, f"weekly-day-{font_size}-{theme}")

    check_page(page, f"{diary}/days/{weekly}/edit/", theme=theme, open_all=False)
    expect(page.locator("details#group-measures")).to_have_attribute("open", "")  # answered
    expect(page.get_by_label("Resting in bed or a chair for most of the week")).to_be_checked()
    layout = page.evaluate(OVERFLOWING)
    assert layout["scrollWidth"] <= layout["width"] and not layout["wide"], layout
    axe_check(page)
    page.context.close()
