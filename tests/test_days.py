"""The day page and deleting a day."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from diary.models import DailyEntry, SymptomReport
from tests.factories import log_day

pytestmark = pytest.mark.django_db


def detail(patient, day):
    return reverse("day_detail", args=[patient.public_id, day])


def delete(patient, day):
    return reverse("delete_day", args=[patient.public_id, day])


def test_day_page_shows_reports_tags_and_notes(owner_client, patient):
    day = patient.today()
    log_day(patient, day, severities={"cough": 2}, notes="dry cough at night", wellbeing=5)
    response = owner_client.get(detail(patient, day))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cough" in html and "moderate" in html
    assert 'data-sites="lung">dry cough</mark> at night' in html
    assert "5</strong> out of 10" in html


def test_site_tags_are_a_quiet_detail_unless_the_patient_chooses_them(owner_client, patient):
    day = patient.today()
    log_day(patient, day, severities={"cough": 2})
    assert "lung list" not in owner_client.get(detail(patient, day)).text
    patient.show_site_tags = True
    patient.save()
    assert "lung list" in owner_client.get(detail(patient, day)).text


def test_red_flag_stays_visible_on_the_day_page(owner_client, patient):
    day = patient.today() - timedelta(days=20)
    log_day(patient, day, severities={"seizure": 1})
    html = owner_client.get(detail(patient, day)).content.decode()
    assert "This may require immediate medical attention" in html
    assert "You said you had a seizure." in html


def test_a_day_without_entry_offers_to_log_it(owner_client, patient):
    html = owner_client.get(detail(patient, patient.today())).content.decode()
    assert "Nothing was logged for this day" in html
    assert "Log this day" in html


def test_day_page_stranger_gets_404(stranger_client, patient):
    log_day(patient, patient.today(), notes="private")
    assert stranger_client.get(detail(patient, patient.today())).status_code == 404


def test_day_page_anonymous_goes_to_login(client, patient):
    response = client.get(detail(patient, patient.today()))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_day_page_wrong_method_gets_405(owner_client, patient):
    assert owner_client.post(detail(patient, patient.today())).status_code == 405


def test_delete_asks_for_confirmation_first(owner_client, patient):
    log_day(patient, patient.today(), severities={"cough": 2})
    response = owner_client.get(delete(patient, patient.today()))
    assert response.status_code == 200
    assert "You can restore it from the history for 30 days" in response.content.decode()
    assert DailyEntry.objects.count() == 1


def test_delete_hides_the_day_and_its_reports_everywhere(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"cough": 2}, notes="a secret")
    response = owner_client.post(delete(patient, today))
    assert response.status_code == 302
    assert response["Location"].endswith(f"?deleted={today}")
    assert not DailyEntry.objects.exists() and not SymptomReport.objects.exists()
    assert DailyEntry.all_objects.get().deleted_at is not None
    assert owner_client.get(detail(patient, today)).status_code == 200
    assert "a secret" not in owner_client.get(detail(patient, today)).text
    summary = owner_client.get(reverse("summary", args=[patient.public_id]), {"preset": "7"})
    # The top-concerns form lists every symptom: look at the summary without its choices.
    shown = re.sub(r"<select.*?</select>", "", summary.text, flags=re.S)
    assert "Cough" not in shown and "0 of 7 days logged" in shown


def test_undo_right_after_deleting_restores_the_day(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"cough": 2})
    response = owner_client.post(delete(patient, today), follow=True)
    assert "Undo" in response.text and "Recently deleted" in response.text
    restored = owner_client.post(reverse("restore_day", args=[patient.public_id, today]))
    assert restored["Location"] == detail(patient, today)
    assert DailyEntry.objects.get().reports.get().severity == 2


def test_a_day_logged_again_after_deleting_is_not_overwritten_by_restoring(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"cough": 2})
    owner_client.post(delete(patient, today))
    log_day(patient, today, severities={"fatigue": 1})
    response = owner_client.post(
        reverse("restore_day", args=[patient.public_id, today]), follow=True
    )
    assert "logged again since" in response.text
    assert [r.symptom.slug for r in DailyEntry.objects.get().reports.all()] == ["fatigue"]


def test_deleted_days_are_restorable_for_30_days_then_purged(owner_client, patient):
    from datetime import datetime

    from django.utils import timezone

    from diary.deleted_days import purge, recently_deleted

    today = patient.today()
    log_day(patient, today)
    owner_client.post(delete(patient, today))
    later = timezone.now() + timedelta(days=31)
    assert recently_deleted(patient, now=later) == []
    assert isinstance(recently_deleted(patient)[0].deleted_at, datetime)
    assert purge(now=later) == 1
    assert not DailyEntry.all_objects.exists()


def deleted_today(patient):
    from diary.deleted_days import delete_day

    log_day(patient, patient.today())
    delete_day(patient=patient, day=patient.today())
    return reverse("restore_day", args=[patient.public_id, patient.today()])


def test_restore_wrong_method_gets_405(owner_client, patient):
    assert owner_client.get(deleted_today(patient)).status_code == 405


def test_restore_stranger_gets_404(stranger_client, patient):
    assert stranger_client.post(deleted_today(patient)).status_code == 404
    assert not DailyEntry.objects.exists()


def test_restore_anonymous_goes_to_login(client, patient):
    assert client.post(deleted_today(patient)).status_code == 302
    assert not DailyEntry.objects.exists()


def test_delete_of_a_day_without_entry_gets_404(owner_client, patient):
    assert owner_client.post(delete(patient, patient.today())).status_code == 404


def test_delete_stranger_gets_404_and_nothing_is_deleted(stranger_client, patient):
    log_day(patient, patient.today())
    assert stranger_client.post(delete(patient, patient.today())).status_code == 404
    assert DailyEntry.objects.count() == 1


def test_delete_anonymous_goes_to_login(client, patient):
    log_day(patient, patient.today())
    assert client.post(delete(patient, patient.today())).status_code == 302
    assert DailyEntry.objects.count() == 1


def test_delete_wrong_method_gets_405(owner_client, patient):
    log_day(patient, patient.today())
    assert owner_client.put(delete(patient, patient.today())).status_code == 405


def test_log_today_goes_to_the_check_in_of_the_patients_today(owner_client, patient):
    response = owner_client.get(reverse("log_today", args=[patient.public_id]))
    assert response["Location"] == reverse("checkin", args=[patient.public_id, patient.today()])


def test_today_is_the_patients_today_not_the_servers(patient, settings):
    from django.utils import timezone

    patient.user.time_zone = "Pacific/Kiritimati"  # UTC+14
    assert patient.today() == timezone.localdate(timezone=patient.zone)
    patient.user.time_zone = "Pacific/Pago_Pago"  # UTC-11
    assert patient.today() == timezone.localdate(timezone=patient.zone)


def test_the_change_log_shows_old_and_new_values(owner_client, patient):
    day = patient.today()
    log_day(patient, day, severities={"cough": 1}, wellbeing=3, notes="tired")
    log_day(patient, day, severities={"cough": 3}, wellbeing=5, notes="better")
    html = owner_client.get(reverse("day_changes", args=[patient.public_id, day])).text
    assert "Changed wellbeing from 3 to 5" in html
    assert "Changed notes from “tired” to “better”" in html
    assert "Changed Cough from mild to severe" in html


def test_purging_a_deleted_day_takes_its_red_flag_answers(owner_client, patient):
    from django.utils import timezone

    from diary.deleted_days import purge
    from diary.models import RedFlagAnswer, Symptom

    today = patient.today()
    log_day(patient, today, severities={"seizure": 1})
    RedFlagAnswer.objects.create(
        patient=patient,
        date=today,
        symptom=Symptom.objects.get(slug="seizure"),
        answer="contacted",
        severity=1,
    )
    owner_client.post(delete(patient, today))
    assert RedFlagAnswer.objects.filter(patient=patient).exists()  # restorable for 30 days
    purge(now=timezone.now() + timedelta(days=31))
    assert not RedFlagAnswer.objects.filter(patient=patient).exists()


def test_the_history_lists_recently_deleted_days_once_and_keeps_its_title(owner_client, patient):
    today = patient.today()
    log_day(patient, today)
    owner_client.post(delete(patient, today))
    page = owner_client.get(reverse("history", args=[patient.public_id])).content.decode()
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "Recently deleted" not in title and title.startswith("History")
    assert page.count('id="deleted-title"') == 1
