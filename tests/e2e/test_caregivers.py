"""A caregiver: invited by email, logs a day for the patient, and loses access when removed."""

import re

from playwright.sync_api import expect

from diary.models import DailyEntry, User
from tests.e2e.conftest import nav_to

CAREGIVER = "sam.carer@example.com"
PASSWORD = "a long Passphrase for the carer 5"
INVITATION_PATH = re.compile(r"https?://[^/\s]+(/invitations/[^/\s]+/)")
CONFIRM_PATH = re.compile(r"https?://[^/\s]+(/accounts/confirm-email/[^/\s]+/)")


def test_invite_a_caregiver_who_logs_a_day(
    page, open_page, patient, login, mailoutbox, axe_check, shot
):
    name = patient.display_name
    login(page, patient.user)
    page.goto("/")
    nav_to(page, "Sharing")

    expect(page.get_by_role("heading", level=1)).to_have_text("Sharing your diary")
    expect(page.get_by_role("region", name="Caregivers")).to_contain_text(
        "Nobody else sees your diary."
    )
    axe_check(page)
    page.get_by_label("Their email address").fill(CAREGIVER)
    page.get_by_role("radio", name=re.compile("^Editor")).check()
    page.get_by_role("button", name="Send invitation").click()

    expect(page.get_by_role("status")).to_have_text(f"Invitation sent to {CAREGIVER}.")
    expect(page.get_by_role("region", name="Invite a caregiver")).to_contain_text(
        # Not "(Editor)": the page says "(Editor …)" (reported).
        f"{CAREGIVER} (Editor"
    )
    axe_check(page)
    shot(page, "caregivers-invited")
    assert len(mailoutbox) == 1
    invitation_mail = mailoutbox[0]
    assert invitation_mail.to == [CAREGIVER]
    assert f"{name} invites you" in invitation_mail.subject
    # The e-mail links to SITE_URL; the path is what the live server answers.
    invitation_path = INVITATION_PATH.search(invitation_mail.body).group(1)

    # The caregiver, in a browser of their own, opens the link before having an account: the
    # page says who invites her and as what, and the invitation survives signing up.
    carer = open_page()
    carer.goto(invitation_path)
    expect(carer.get_by_role("heading", level=1)).to_have_text(
        f"{name} invites you to their symptom diary"
    )
    expect(carer.get_by_role("main")).to_contain_text("As an editor")
    axe_check(carer)
    carer.get_by_role("link", name="Create an account").click()
    carer.get_by_label("Email").fill(CAREGIVER)
    carer.get_by_label("Password*", exact=True).fill(PASSWORD)
    carer.get_by_label("Password (again)").fill(PASSWORD)
    carer.get_by_role("button", name="Sign Up").click()

    expect(carer).to_have_url(re.compile(re.escape(invitation_path) + "$"))
    # Her time zone came from the browser (the context's Europe/London), not the UTC default.
    assert User.objects.get(email=CAREGIVER).time_zone == "Europe/London"
    expect(carer.get_by_role("heading", level=1)).to_have_text(
        f"{name} invites you to their symptom diary"
    )
    expect(carer.get_by_role("button", name="Accept")).to_be_visible()
    axe_check(carer)
    shot(carer, "invitation")
    carer.get_by_role("button", name="Accept").click()

    whose = f"You are looking at the diary of {name}."
    expect(carer.get_by_role("banner")).to_contain_text(whose)
    diary_url = carer.url
    axe_check(carer)
    shot(carer, "caregiver-diary-home")
    nav_to(carer, "Log today")
    expect(carer.get_by_role("banner")).to_contain_text(whose)
    wellbeing = carer.get_by_role("group", name="How are you overall today?")
    wellbeing.get_by_text("4", exact=True).click()
    carer.get_by_role("textbox", name="Notes").fill("Logged by Sam: a quiet day.")
    # The first save reads the notes: the note reader loads then (seconds on a busy machine).
    carer.get_by_role("button", name="Save this day").click(timeout=30_000)
    expect(carer.get_by_role("region", name="What was logged")).to_contain_text(
        "Wellbeing: 4 out of 10"
    )
    axe_check(carer)

    entry = DailyEntry.objects.get(patient=patient)
    assert entry.created_by.email == CAREGIVER
    today = entry.date

    # The patient sees who logged the day.
    nav_to(page, "History")
    page.get_by_role("link", name=f"{today:%A} {today.day} {today:%B %Y}").click()
    expect(page.get_by_role("region", name="What was logged")).to_contain_text(
        "Wellbeing: 4 out of 10"
    )
    expect(page.get_by_role("main")).to_contain_text(f"Logged by {CAREGIVER}.")
    axe_check(page)
    shot(page, "day-logged-by-caregiver")

    # ... and takes the access away again.
    nav_to(page, "Sharing")
    caregivers = page.get_by_role("region", name="Caregivers")
    expect(caregivers).to_contain_text(CAREGIVER)
    axe_check(page)
    shot(page, "caregivers-with-editor")
    caregivers.get_by_role("button", name=f"Remove access of {CAREGIVER}").click()
    expect(page.get_by_role("region", name="Caregivers")).to_contain_text(
        "Nobody else sees your diary."
    )

    response = carer.goto(diary_url)
    assert response.status == 404
    expect(carer.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(carer.get_by_role("banner")).not_to_contain_text(whose)
    axe_check(carer)
    carer.context.close()
