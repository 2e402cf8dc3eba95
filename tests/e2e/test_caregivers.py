"""A caregiver: invited by e-mail, logs a day for the patient, and loses access when removed."""

import re

from playwright.sync_api import expect

from diary.models import DailyEntry

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
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sharing").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Sharing your diary")
    expect(page.get_by_role("region", name="Caregivers")).to_contain_text(
        "Nobody else sees your diary."
    )
    axe_check(page)
    page.get_by_label("Their e-mail address").fill(CAREGIVER)
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

    # The caregiver, in a browser of their own.
    carer = open_page()
    carer.goto("/accounts/signup/")
    carer.get_by_label("Email").fill(CAREGIVER)
    carer.get_by_label("Password*", exact=True).fill(PASSWORD)
    carer.get_by_label("Password (again)").fill(PASSWORD)
    carer.get_by_role("button", name="Sign Up").click()
    # The caregiver verifies the address (the link e-mailed to it), then logs in.
    expect(carer.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    confirm_path = CONFIRM_PATH.search(mailoutbox[-1].body).group(1)
    carer.goto(confirm_path)
    carer.get_by_role("button", name="Confirm").click()
    carer.get_by_label("Email").fill(CAREGIVER)
    carer.get_by_label("Password").fill(PASSWORD)
    carer.get_by_role("button", name="Sign In").click()
    carer.get_by_role("link", name="Not now").click()
    expect(
        carer.get_by_role("navigation", name="Main").get_by_role("button", name="Log out")
    ).to_be_visible()
    carer.goto(invitation_path)

    expect(carer.get_by_role("heading", level=1)).to_have_text(
        f"{name} invites you to their symptom diary"
    )
    expect(carer.get_by_role("main")).to_contain_text("As an editor")
    axe_check(carer)
    shot(carer, "invitation")
    carer.get_by_role("button", name="Accept").click()

    whose = f"You are looking at the diary of {name}."
    expect(carer.get_by_role("banner")).to_contain_text(whose)
    diary_url = carer.url
    axe_check(carer)
    shot(carer, "caregiver-diary-home")
    carer.get_by_role("navigation", name="Main").get_by_role("link", name="Log today").click()
    expect(carer.get_by_role("banner")).to_contain_text(whose)
    wellbeing = carer.get_by_role("group", name="How are you overall today?")
    wellbeing.get_by_text("4", exact=True).click()
    carer.get_by_role("textbox", name="Notes").fill("Logged by Sam: a quiet day.")
    carer.get_by_role("button", name="Save this day").click()
    expect(carer.get_by_role("region", name="What was logged")).to_contain_text(
        "Wellbeing: 4 out of 10"
    )
    axe_check(carer)

    entry = DailyEntry.objects.get(patient=patient)
    assert entry.created_by.email == CAREGIVER
    today = entry.date

    # The patient sees who logged the day.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="History").click()
    page.get_by_role("link", name=f"{today:%A} {today.day} {today:%B %Y}").click()
    expect(page.get_by_role("region", name="What was logged")).to_contain_text(
        "Wellbeing: 4 out of 10"
    )
    expect(page.get_by_role("main")).to_contain_text(f"Logged by {CAREGIVER}.")
    axe_check(page)
    shot(page, "day-logged-by-caregiver")

    # ... and takes the access away again.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sharing").click()
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
