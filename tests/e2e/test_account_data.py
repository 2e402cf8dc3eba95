"""The patient's own data in the browser: download everything, delete the account, and care-team
contacts that confirm their address before any alert reaches them."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from diary.models import CareTeamContact, User
from tests.factories import log_day

PASSWORD = "correct-horse-battery-9"


def confirm_password(page) -> None:
    """allauth's re-authentication page, shown before anything sensitive."""
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()


@pytest.mark.parametrize("screen", ["phone"])
def test_download_everything_then_delete_the_account(page, patient, login, axe_check, shot):
    log_day(patient, patient.today(), severities={"cough": 1}, notes="A quiet day")
    login(page, patient.user, reauthenticated=False)
    page.goto("/profile/")
    page.get_by_role("link", name="Download everything").click()
    confirm_password(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Download everything")
    axe_check(page)
    shot(page, "account-export")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download the zip").click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".zip")
    with open(download.path(), "rb") as archive:
        assert archive.read(2) == b"PK"

    page.goto("/profile/")
    page.get_by_role("link", name="Delete my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    expect(page.get_by_role("alert")).to_contain_text("This deletes everything, for good")
    expect(page.get_by_role("link", name="Download everything first")).to_be_visible()
    axe_check(page)
    shot(page, "account-delete")
    page.get_by_label("Type DELETE to confirm").fill("delete")
    page.get_by_role("button", name="Delete my account and everything in it").click()
    expect(page.get_by_text("Type DELETE exactly, in capitals.")).to_be_visible()
    axe_check(page)
    page.get_by_label("Type DELETE to confirm").fill("DELETE")
    page.get_by_role("button", name="Delete my account and everything in it").click()
    expect(page.get_by_text("Your account and everything in it are deleted.")).to_be_visible()
    assert not User.objects.filter(pk=patient.user_id).exists()


@pytest.mark.parametrize("screen", ["desktop"])
def test_a_contact_confirms_the_address_before_alerts(
    page, open_page, patient, login, axe_check, shot
):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/care-team/")
    page.get_by_label("Name").fill("Nurse Lee")
    page.get_by_label("Email address").fill("lee@clinic.example")
    page.get_by_label("Email them when a day holds a red flag or an alert").check()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("waiting for them to confirm")).to_be_visible()
    axe_check(page)
    shot(page, "contacts-waiting")

    body = mail.outbox[-1].body
    path = re.search(r"https?://[^/]+(/care-team/confirm/[\w-]+/)", body).group(1)
    nurse = open_page()
    nurse.goto(path)
    expect(nurse.get_by_role("heading", level=1)).to_have_text("Confirm your email address")
    axe_check(nurse)
    nurse.get_by_role("button", name="Confirm my address").click()
    expect(nurse.get_by_role("heading", level=1)).to_have_text("Thank you, Nurse Lee")
    assert CareTeamContact.objects.get().confirmed_at is not None

    page.reload()
    expect(page.get_by_text("address confirmed")).to_be_visible()
    page.get_by_label("Put a 48-hour link to a read-only summary in those emails").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Nurse Lee will get alert emails.")).to_be_visible()
    assert CareTeamContact.objects.get().include_link
    axe_check(page)


@pytest.mark.parametrize("screen", ["desktop"])
def test_a_note_kept_out_of_the_summary_is_in_no_download(page, patient, login, axe_check):
    import io
    from datetime import timedelta

    from pypdf import PdfReader

    secret, shown = "Kept-to-myself-8812", "For-the-nurse-3390"
    log_day(patient, patient.today() - timedelta(days=2), severities={"cough": 1}, notes=secret)
    marked = log_day(patient, patient.today() - timedelta(days=1), notes=shown)
    type(marked).objects.filter(pk=marked.pk).update(include_notes_in_summary=True)
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/summary/")
    page.get_by_label("Period", exact=True).select_option(label="Last 7 days")
    page.get_by_role("button", name="Show summary").click()
    summary = page.get_by_role("article")
    expect(summary).to_contain_text(shown)
    expect(summary).not_to_contain_text(secret)
    axe_check(page)
    texts = {}
    for name in ("Download PDF", "Download CSV", "Download FHIR (JSON)"):
        with page.expect_download() as download_info:
            page.get_by_role("link", name=name).click()
        with open(download_info.value.path(), "rb") as file:
            content = file.read()
        if name == "Download PDF":
            pages = PdfReader(io.BytesIO(content)).pages
            texts[name] = " ".join(p.extract_text() for p in pages)
        else:
            texts[name] = content.decode()
    for name, text in texts.items():
        assert secret not in text, name
        assert shown in text, name
