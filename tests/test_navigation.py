"""The navigation: a one-row top bar, a tab bar for phones, and no action a person cannot take."""

from django.urls import reverse

from diary.models import CareGrant
from tests.factories import UserFactory


def test_the_patient_gets_the_phone_tab_bar(owner_client, patient):
    html = owner_client.get(reverse("diary_home", args=[patient.public_id])).text
    tabs = html.split('id="tabs"', 1)[1]
    for name in ("Home", "Log today", "History", "Summary", "More", "Reminders", "Sharing"):
        assert f">{name}<" in tabs
    assert 'aria-current="page"><svg' in tabs  # Home is marked as the current page


def test_a_viewer_never_sees_log_today_or_reminders(client, patient):
    viewer = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=viewer, role="viewer")
    client.force_login(viewer)
    html = client.get(reverse("diary_home", args=[patient.public_id])).text
    assert reverse("log_today", args=[patient.public_id]) not in html
    assert reverse("reminders", args=[patient.public_id]) not in html
    assert ">Log today<" not in html and "(view only)" in html


def test_an_editor_may_log_and_set_a_reminder(client, patient):
    editor = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=editor, role="editor")
    client.force_login(editor)
    html = client.get(reverse("history", args=[patient.public_id])).text
    assert reverse("log_today", args=[patient.public_id]) in html
    assert reverse("reminders", args=[patient.public_id]) in html
    assert reverse("caregivers", args=[patient.public_id]) not in html  # sharing is hers alone


def test_pages_carry_the_manifest_and_no_inline_script(owner_client, patient):
    html = owner_client.get(reverse("diary_home", args=[patient.public_id])).text
    assert 'rel="manifest" href="/manifest.webmanifest"' in html
    assert "<script>" not in html and "style=" not in html


def test_manifest_and_service_worker_are_the_same_for_everyone(client):
    manifest = client.get(reverse("manifest"))
    assert manifest["Content-Type"] == "application/manifest+json"
    assert manifest.json()["start_url"] == "/"
    worker = client.get(reverse("service_worker"))
    assert worker["Content-Type"].startswith("text/javascript")
    assert '"/offline/"' in worker.text
    assert client.post(reverse("service_worker")).status_code == 405


def test_the_offline_page_holds_no_diary_data(owner_client, patient):
    html = owner_client.get(reverse("offline")).text
    assert "You are offline" in html
    assert str(patient.public_id) not in html
