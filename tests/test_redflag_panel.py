"""The red-flag panel and its two answers: /d/<patient>/days/<date>/red-flags/answer/."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    CareGrant,
    CareTeamContact,
    Notification,
    RedFlagAnswer,
    Treatment,
    TreatmentType,
)
from tests.factories import UserFactory, alert_contact, log_day

pytestmark = pytest.mark.django_db

PANEL_TITLE = "This may require immediate medical attention"
SPINAL = {"back-pain": 3, "leg-weakness": 2}


def day_url(patient, day):
    return reverse("day_detail", args=[patient.public_id, day])


def answer_url(patient, day):
    return reverse("red_flag_answer", args=[patient.public_id, day])


def answer(client, patient, day, flag="spinal-cord", value="contacted", back="day"):
    return client.post(answer_url(patient, day), {"flag": flag, "answer": value, "back": back})


def panel_of(html):
    start = html.find('class="alert alert-danger red-flag-panel"')
    return html[start : html.index("</section>", start)] if start >= 0 else ""


@pytest.fixture
def maria(patient):
    patient.user.name = "Maria"
    patient.user.save()
    return patient


def caregiver_client(client, patient, role):
    user = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=user, role=role)
    client.force_login(user)
    return client


# What the panel says.


def test_panel_names_what_she_said_in_plain_words(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    panel = panel_of(owner_client.get(day_url(patient, today)).content.decode())
    assert PANEL_TITLE in panel
    assert "You said your back or neck pain is severe and your legs feel weak, numb or heavy." in (
        panel
    )
    assert "spinal cord" in panel and "NICE guideline NG234" in panel
    assert "Reached severe" not in panel and "Any report of" not in panel


def test_a_report_named_by_two_red_flags_is_said_once(owner_client, patient):
    log_day(patient, patient.today(), severities=SPINAL)  # spinal-cord and severe-pain flags
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert panel.count("back or neck pain is severe") == 1
    assert "Warning signs of spinal cord compression" in panel and "Severe pain" in panel


def test_a_caregiver_reads_it_in_the_third_person(client, maria):
    today = maria.today()
    log_day(maria, today, severities=SPINAL)
    viewer = caregiver_client(client, maria, "viewer")
    panel = panel_of(viewer.get(day_url(maria, today)).content.decode())
    assert "Maria reported severe back or neck pain and weak, numb or heavy legs." in panel
    assert "Contact Maria's care team now." in panel
    assert "You said" not in panel and "Contact your care team now" not in panel


def test_the_care_team_and_contacts_numbers_are_tap_to_call_links(owner_client, patient):
    patient.care_team_phone = "+442079460000"
    patient.save()
    CareTeamContact.objects.create(
        patient=patient, name="Nurse Ruiz", email="ruiz@example.com", phone="+12025550143"
    )
    log_day(patient, patient.today(), severities={"seizure": 1})
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert 'href="tel:+442079460000"' in panel
    assert 'href="tel:+12025550143"' in panel and "Call Nurse Ruiz" in panel
    assert 'href="tel:911"' in panel


def test_the_emergency_number_comes_from_the_setting(owner_client, patient, settings):
    settings.EMERGENCY_PHONE = "112"
    log_day(patient, patient.today(), severities={"seizure": 1})
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert 'href="tel:112"' in panel and 'href="tel:911"' not in panel


def test_without_a_number_the_panel_asks_for_one(owner_client, patient):
    log_day(patient, patient.today(), severities={"seizure": 1})
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert "add it to your profile" in panel


def test_panel_says_when_the_care_team_was_not_told(owner_client, patient):
    log_day(patient, patient.today(), severities={"seizure": 1})
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert "The diary has not told your care team about this" in panel


def test_panel_says_an_alert_email_is_on_its_way(owner_client, patient):
    alert_contact(patient, "Nurse Ruiz", "ruiz@example.com")
    log_day(patient, patient.today(), severities={"seizure": 1})
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert "The diary is about to email Nurse Ruiz" in panel


def test_panel_says_when_the_alert_email_was_sent(owner_client, patient):
    alert_contact(patient, "Nurse Ruiz", "ruiz@example.com")
    log_day(patient, patient.today(), severities={"seizure": 1})
    sent = timezone.now().replace(hour=9, minute=15)
    Notification.objects.update(sent_at=sent)
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    when = f"{timezone.localtime(sent, patient.zone):%H:%M}"
    assert f"The diary emailed Nurse Ruiz about this day at {when}" in panel


def test_fever_during_chemotherapy_is_said_urgently(owner_client, patient):
    chemo = TreatmentType.objects.get(slug="chemotherapy")
    Treatment.objects.create(
        patient=patient, type=chemo, custom_name="Paclitaxel", start_date=patient.today()
    )
    log_day(patient, patient.today(), temperature_c=Decimal("38.4"))
    panel = panel_of(owner_client.get(day_url(patient, patient.today())).content.decode())
    assert "Urgent." in panel and "During chemotherapy" in panel
    assert "You said your temperature was 38.4 °C (101.1 °F)." in panel


def test_the_home_page_shows_todays_panel(owner_client, patient):
    log_day(patient, patient.today(), severities={"seizure": 1})
    html = owner_client.get(reverse("diary_home", args=[patient.public_id])).content.decode()
    assert "You said you had a seizure." in panel_of(html)
    assert 'name="back" value="home"' in html


def test_early_signs_are_marked_on_the_day_and_in_the_history(owner_client, patient):
    log_day(patient, patient.today(), severities={"difficulty-sleeping": 2})
    note = "An early sign on the source's list (problems sleeping): worth mentioning."
    assert note in owner_client.get(day_url(patient, patient.today())).content.decode()
    assert note in owner_client.get(reverse("history", args=[patient.public_id])).content.decode()


# The two answers.


def test_contacted_is_stored_with_who_and_when(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    response = answer(owner_client, patient, today, value="contacted")
    assert response.status_code == 302 and response["Location"] == day_url(patient, today)
    stored = RedFlagAnswer.objects.get()
    assert (stored.symptom.slug, stored.answer, stored.severity) == ("leg-weakness", "contacted", 2)
    assert stored.answered_by == patient.user and stored.date == today
    panel = panel_of(owner_client.get(day_url(patient, today)).content.decode())
    when = f"{timezone.localtime(stored.answered_at, patient.zone):%H:%M}"
    assert f"You contacted your team at {when}." in panel


def test_known_is_stored_and_shown(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    answer(owner_client, patient, today, value="known")
    assert RedFlagAnswer.objects.get().answer == "known"
    panel = panel_of(owner_client.get(day_url(patient, today)).content.decode())
    assert "You said your team already knows" in panel


def test_a_double_submit_stores_one_answer(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    answer(owner_client, patient, today)
    answer(owner_client, patient, today)
    assert RedFlagAnswer.objects.count() == 1


def test_an_answer_covers_every_symptom_of_the_flag(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"leg-weakness": 1, "bladder-bowel-control": 1})
    answer(owner_client, patient, today)
    assert set(RedFlagAnswer.objects.values_list("symptom__slug", flat=True)) == {
        "leg-weakness",
        "bladder-bowel-control",
    }


def test_answering_a_flag_the_day_does_not_hold_stores_nothing(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"seizure": 1})
    response = answer(owner_client, patient, today, flag="spinal-cord")
    assert response.status_code == 302
    assert not RedFlagAnswer.objects.exists()


def test_an_unknown_answer_stores_nothing(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    answer(owner_client, patient, today, value="ignore")
    assert not RedFlagAnswer.objects.exists()


def test_the_home_page_answer_returns_home(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    response = answer(owner_client, patient, today, back="home")
    assert response["Location"] == reverse("diary_home", args=[patient.public_id])


def test_answering_a_day_without_entry_is_404(owner_client, patient):
    assert answer(owner_client, patient, patient.today()).status_code == 404


def test_a_get_is_405(owner_client, patient):
    log_day(patient, patient.today(), severities=SPINAL)
    assert owner_client.get(answer_url(patient, patient.today())).status_code == 405


def test_anonymous_is_sent_to_log_in(client, patient):
    log_day(patient, patient.today(), severities=SPINAL)
    response = answer(client, patient, patient.today())
    assert response.status_code == 302 and "login" in response["Location"]
    assert not RedFlagAnswer.objects.exists()


def test_a_stranger_gets_404(stranger_client, patient):
    log_day(patient, patient.today(), severities=SPINAL)
    assert answer(stranger_client, patient, patient.today()).status_code == 404
    assert not RedFlagAnswer.objects.exists()


def test_a_viewer_caregiver_cannot_answer_and_sees_no_answer_buttons(client, maria):
    today = maria.today()
    log_day(maria, today, severities=SPINAL)
    viewer = caregiver_client(client, maria, "viewer")
    html = viewer.get(day_url(maria, today)).content.decode()
    assert PANEL_TITLE in html and "I've contacted" not in html
    assert answer(viewer, maria, today).status_code == 403
    assert not RedFlagAnswer.objects.exists()


def test_an_editor_caregiver_answers_in_her_own_name(client, maria):
    today = maria.today()
    log_day(maria, today, severities=SPINAL)
    editor = caregiver_client(client, maria, "editor")
    html = editor.get(day_url(maria, today)).content.decode()
    assert "I've contacted Maria's team" in html
    answer(editor, maria, today)
    stored = RedFlagAnswer.objects.get()
    assert stored.answered_by != maria.user
    assert "answered by" in panel_of(editor.get(day_url(maria, today)).content.decode())


# Seven quiet days after "my team already knows".


def test_known_quiets_the_same_severity_the_next_days(owner_client, patient):
    today = patient.today()
    first = today - timedelta(days=3)
    log_day(patient, first, severities={"bone-pain": 3})
    answer(owner_client, patient, first, flag="severe-pain", value="known")
    log_day(patient, today, severities={"bone-pain": 3})
    html = owner_client.get(day_url(patient, today)).content.decode()
    assert PANEL_TITLE not in html
    assert "Not raised again" in html


def test_known_quiets_a_lower_severity(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"headache": 4})
    answer(owner_client, patient, today - timedelta(days=1), flag="severe-pain", value="known")
    log_day(patient, today, severities={"headache": 3})
    assert PANEL_TITLE not in owner_client.get(day_url(patient, today)).content.decode()


def test_a_rise_raises_the_panel_again(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"bone-pain": 3})
    answer(owner_client, patient, today - timedelta(days=1), flag="severe-pain", value="known")
    log_day(patient, today, severities={"bone-pain": 4})
    panel = panel_of(owner_client.get(day_url(patient, today)).content.decode())
    assert "You said your bone pain is very severe." in panel


def test_a_new_red_flag_raises_the_panel_though_another_is_known(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"bone-pain": 3})
    answer(owner_client, patient, today - timedelta(days=1), flag="severe-pain", value="known")
    log_day(patient, today, severities={"bone-pain": 3, "leg-weakness": 1})
    panel = panel_of(owner_client.get(day_url(patient, today)).content.decode())
    assert "your legs feel weak, numb or heavy" in panel
    assert "bone pain is severe" not in panel


def test_the_quiet_ends_after_seven_days(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=8), severities={"bone-pain": 3})
    answer(owner_client, patient, today - timedelta(days=8), flag="severe-pain", value="known")
    log_day(patient, today, severities={"bone-pain": 3})
    assert PANEL_TITLE in owner_client.get(day_url(patient, today)).content.decode()


def test_contacted_does_not_quiet_the_next_days(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"bone-pain": 3})
    answer(owner_client, patient, today - timedelta(days=1), flag="severe-pain")
    log_day(patient, today, severities={"bone-pain": 3})
    assert PANEL_TITLE in owner_client.get(day_url(patient, today)).content.decode()


def test_a_one_off_event_is_never_quieted(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"seizure": 1})
    answer(owner_client, patient, today - timedelta(days=1), flag="serious", value="known")
    log_day(patient, today, severities={"seizure": 1})
    assert PANEL_TITLE in owner_client.get(day_url(patient, today)).content.decode()


def test_a_higher_temperature_raises_a_known_fever_again(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), temperature_c=Decimal("38.2"))
    answer(owner_client, patient, today - timedelta(days=1), flag="fever", value="known")
    log_day(patient, today, temperature_c=Decimal("38.1"))
    assert PANEL_TITLE not in owner_client.get(day_url(patient, today)).content.decode()
    log_day(patient, today, temperature_c=Decimal("38.6"))
    assert PANEL_TITLE in owner_client.get(day_url(patient, today)).content.decode()


def test_answering_again_after_a_rise_the_same_day_moves_the_answer_up(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"bone-pain": 3})
    answer(owner_client, patient, today, flag="severe-pain", value="known")
    log_day(patient, today, severities={"bone-pain": 4})
    panel = panel_of(owner_client.get(day_url(patient, today)).content.decode())
    assert "You said your team already knows" not in panel
    answer(owner_client, patient, today, flag="severe-pain", value="known")
    assert RedFlagAnswer.objects.get().severity == 4


def test_a_deleted_day_keeps_its_answers_until_logged_again(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    answer(owner_client, patient, today)
    owner_client.post(reverse("delete_day", args=[patient.public_id, today]))
    assert RedFlagAnswer.objects.exists()  # the day can be restored, answers and all
    log_day(patient, today, severities={"fatigue": 1})  # logged again, through the check-in
    assert not RedFlagAnswer.objects.exists()  # a new day starts without the old answers


def test_moving_the_day_moves_its_answers(owner_client, patient):
    today = patient.today()
    entry = log_day(patient, today, severities=SPINAL)
    answer(owner_client, patient, today)
    yesterday = today - timedelta(days=1)
    owner_client.post(
        reverse("checkin", args=[patient.public_id, today]),
        {
            "date": yesterday.isoformat(),
            "version": str(entry.version),
            "temperature_unit": "C",
            "notes": "",
            "severity-back-pain": "3",
            "severity-leg-weakness": "2",
        },
    )
    assert RedFlagAnswer.objects.get().date == yesterday


# Where the answers show.


def test_the_history_shows_the_answer(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities=SPINAL)
    answer(owner_client, patient, today)
    html = owner_client.get(reverse("history", args=[patient.public_id])).content.decode()
    stored = RedFlagAnswer.objects.get()
    when = f"{timezone.localtime(stored.answered_at, patient.zone):%H:%M}"
    assert f"Weakness, numbness or heaviness in the legs: contacted the team at {when}" in html


def test_the_summary_lists_a_quieted_red_flag_with_its_answer(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"bone-pain": 3})
    answer(owner_client, patient, today - timedelta(days=1), flag="severe-pain", value="known")
    log_day(patient, today, severities={"bone-pain": 3})
    html = owner_client.get(
        reverse("summary", args=[patient.public_id]),
        {"preset": "custom", "start": today - timedelta(days=5), "end": today},
    ).content.decode()
    flags = html[html.index('id="s-flags"') :]
    flags = flags[: flags.index("</table>")]
    assert flags.count('<th scope="row">Bone pain</th>') == 2
    assert "The team already knew (said at" in flags


# Phone numbers.


def test_the_profile_keeps_a_valid_phone_number(owner_client, patient):
    response = owner_client.post(
        reverse("profile"),
        {
            "account-name": "Maria",
            "account-time_zone": "Europe/London",
            "diary-temperature_unit": "C",
            "diary-care_team_phone": "+44 20 7946 0000",
        },
    )
    assert response.status_code == 302
    patient.refresh_from_db()
    assert patient.care_team_phone.as_e164 == "+442079460000"


def test_the_profile_refuses_a_phone_number_that_is_not_one(owner_client, patient):
    response = owner_client.post(
        reverse("profile"),
        {
            "account-name": "Maria",
            "account-time_zone": "Europe/London",
            "diary-temperature_unit": "C",
            "diary-care_team_phone": "call me maybe",
        },
    )
    assert response.status_code == 400
    assert "phone number" in response.content.decode()
    patient.refresh_from_db()
    assert not patient.care_team_phone


def test_a_care_team_contact_keeps_a_phone_number(owner_client, patient):
    owner_client.post(
        reverse("contacts", args=[patient.public_id]),
        {"name": "Nurse Ruiz", "email": "ruiz@example.com", "phone": "+1 202 555 0143"},
    )
    assert CareTeamContact.objects.get().phone.as_e164 == "+12025550143"


@pytest.mark.parametrize(
    ("name", "value"), [("EMERGENCY_PHONE", "nine-one-one"), ("PHONE_REGION", "XX")]
)
def test_a_malformed_phone_setting_stops_the_start(name, value):
    import os
    import subprocess
    import sys

    from django.conf import settings

    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=settings.BASE_DIR,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DJANGO_DEBUG": "1",
            name: value,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert name in result.stderr
