"""The STAR loop in a browser: the patient connects her diary to the clinic and logs a red flag;
the nurse (signing in with her authenticator) finds it at the top of the queue, acknowledges and
closes it; the patient sees that her team saw it. Escalation, and another team's 404."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from diary import teams
from diary.demo_team import current_totp_code
from diary.models import TriageItem, User
from tests.e2e.test_checkin import choose, open_section
from tests.factories import care_team, clinician, log_day

NURSE_EMAIL = "nurse@example.com"
NURSE_PASSWORD = "a long Passphrase for the nurse 7"


@pytest.fixture
def clinic(live_server):
    """The demo clinic, before the patient connects: a nurse with an authenticator app."""
    nurse = User.objects.create_user(
        email=NURSE_EMAIL, password=NURSE_PASSWORD, name="Alex Morgan", time_zone="Europe/London"
    )
    EmailAddress.objects.create(user=nurse, email=nurse.email, primary=True, verified=True)
    secret = generate_totp_secret()
    TOTP.activate(nurse, secret)
    team = teams.create_team(
        name="Demo clinic", admin=nurse, escalation_email="clinic-duty@example.com"
    )
    return team, nurse, secret


def no_sideways_scrolling(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def sign_in_with_authenticator(page, secret: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(NURSE_EMAIL)
    page.get_by_label("Password").fill(NURSE_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_label("Code").fill(current_totp_code(secret))
    page.get_by_role("button", name=re.compile("Sign In|Confirm")).click()


def test_the_nurse_sees_acknowledges_and_closes_a_red_flag(
    page, open_page, demo_patient, clinic, login, axe_check, shot
):
    team, nurse, secret = clinic
    patient = demo_patient

    # The patient connects her diary with the clinic's code.
    login(page, patient.user)
    # The live server's first request imports the whole app (the note tagger too).
    page.goto(f"/d/{patient.public_id}/teams/", timeout=30_000)
    axe_check(page)
    page.get_by_label("The team's connection code").fill(teams.format_code(team.connection_code))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Connect your diary to Demo clinic?")
    expect(page.get_by_role("main")).to_contain_text("read only")
    axe_check(page)
    page.get_by_role("button", name="Connect my diary").click()
    expect(page.get_by_role("status")).to_contain_text("connected to Demo clinic")

    # She logs a red flag.
    page.goto(f"/d/{patient.public_id}/today/")
    open_section(page, "Lungs and the tissue around them")
    choose(page, "Coughing up blood", "Yes")
    # The day page reads her notes: the first time in a process, the note tagger loads.
    page.get_by_role("button", name="Save this day").click(timeout=30_000)
    expect(page.get_by_role("alert")).to_contain_text("You said you coughed up blood.")
    expect(page.get_by_role("alert")).to_contain_text(
        "This day is in the triage queue of your care team (Demo clinic)"
    )

    # The nurse signs in with her authenticator and finds it at the top of the queue.
    nurse_page = open_page()
    sign_in_with_authenticator(nurse_page, secret)
    expect(nurse_page.get_by_role("heading", level=1)).to_have_text("Triage queue")
    first = nurse_page.locator(".triage-item").first
    expect(first).to_contain_text("Red flag")
    expect(first).to_contain_text("Coughing up blood")
    expect(first).to_contain_text(patient.display_name)
    axe_check(nurse_page)
    assert no_sideways_scrolling(nurse_page)
    shot(nurse_page, "triage-queue")

    first.get_by_role("link", name=re.compile("^Open")).click()
    nurse_page.get_by_role("button", name="Acknowledge (take it)").click()
    expect(nurse_page.get_by_role("status")).to_contain_text("Acknowledged")
    axe_check(nurse_page)
    nurse_page.get_by_label("Called the patient").check()
    nurse_page.get_by_label("Note for the team (the patient never sees it)").fill(
        "Advised to attend the emergency department."
    )
    nurse_page.get_by_role("button", name="Close").click()
    expect(nurse_page.get_by_role("status")).to_contain_text("Closed")

    item = TriageItem.objects.get(team=team, symptom__slug="coughing-up-blood")
    assert (item.status, item.assigned_to, item.action) == ("closed", nurse, "called")

    # The patient sees that her team saw it, and never the team's note.
    page.goto(f"/d/{patient.public_id}/")
    expect(page.get_by_role("main")).to_contain_text(
        f"Your care team saw this at {timezone.localtime(item.acknowledged_at):%H:%M}"
    )
    expect(page.get_by_role("main")).not_to_contain_text("emergency department")
    axe_check(page)
    shot(page, "home-team-saw")


@pytest.mark.parametrize("screen", ["desktop"])
def test_an_unacknowledged_item_is_escalated_once(page, patient, clinic, login, mailoutbox):
    team, nurse, _ = clinic
    teams.connect(None, patient=patient, team=team, share_notes=False)
    log_day(patient, patient.today(), severities={"seizure": 1})
    TriageItem.objects.update(due_at=timezone.now() - timedelta(minutes=1))
    call_command("escalate_alerts")
    call_command("escalate_alerts")
    assert [m.to for m in mailoutbox] == [["clinic-duty@example.com"]]
    assert patient.display_name not in mailoutbox[0].body
    login(page, nurse)
    page.goto(f"/teams/{team.pk}/")
    expect(page.locator(".triage-item").first).to_contain_text("escalated")


@pytest.mark.parametrize("screen", ["desktop"])
def test_a_member_of_another_team_gets_404(page, patient, clinic, login):
    team, _, _ = clinic
    teams.connect(None, patient=patient, team=team, share_notes=False)
    outsider = clinician(care_team("Another clinic"))
    login(page, outsider)
    for path in (f"/teams/{team.pk}/", f"/d/{patient.public_id}/"):
        response = page.goto(path)
        assert response.status == 404, path


def test_every_team_page_passes_axe(page, demo_patient, login, axe_check, shot):
    from diary.demo_team import seed_demo_team

    demo = seed_demo_team(
        patient=demo_patient, clinician_email=NURSE_EMAIL, password=NURSE_PASSWORD
    )
    team = demo.team
    login(page, demo.user)
    page.goto(f"/teams/{team.pk}/", timeout=30_000)
    for tab, name in [
        ("Patients", "team-patients"),
        ("Response", "team-metrics"),
        ("Connect a patient", "team-connect"),
        ("Members", "team-members"),
        ("Settings", "team-settings"),
    ]:
        page.get_by_role("navigation", name="Care team").get_by_role("link", name=tab).click()
        expect(page.get_by_role("link", name=tab)).to_have_attribute("aria-current", "page")
        axe_check(page)
        assert no_sideways_scrolling(page), name
        shot(page, name)
    page.goto(f"/teams/{team.pk}/?status=closed")
    page.locator(".triage-item").first.get_by_role("link", name=re.compile("^Open item")).click()
    expect(page.get_by_role("region", name="Outcome")).to_contain_text("by Alex Morgan")
    axe_check(page)
    shot(page, "team-item-closed")
