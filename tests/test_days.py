"""The day page and deleting a day."""

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
    assert "It cannot be undone" in response.content.decode()
    assert DailyEntry.objects.count() == 1


def test_delete_removes_the_day_and_its_reports(owner_client, patient):
    log_day(patient, patient.today(), severities={"cough": 2})
    response = owner_client.post(delete(patient, patient.today()))
    assert response.status_code == 302
    assert not DailyEntry.objects.exists()
    assert not SymptomReport.objects.exists()


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
