"""The daily check-in: /d/<patient>/days/<date>/edit/."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from diary.models import DailyEntry, Symptom, SymptomReport
from tests.factories import log_day

pytestmark = pytest.mark.django_db


def url(patient, day):
    return reverse("checkin", args=[patient.public_id, day])


def form_data(day, *, version=0, **extra):
    data = {"date": day.isoformat(), "version": str(version), "temperature_unit": "C", "notes": ""}
    data.update({k: str(v) for k, v in extra.items()})
    return data


def test_owner_sees_every_catalog_symptom_grouped_by_site(owner_client, patient, catalog):
    response = owner_client.get(url(patient, patient.today()))
    assert response.status_code == 200
    html = response.content.decode()
    for symptom in catalog.symptoms:
        assert f'name="severity-{symptom.slug}"' in html
    for title in ("General symptoms", "Bones", "Liver", "Brain", "Side effects of treatment"):
        assert title in html
    yes_no = [s for s in catalog.symptoms if s.is_yes_no]
    measures = 11 + 5  # pain 0-10 and up and about, in the closed "Pain, activity and weight"
    assert (
        html.count('type="radio"')
        == 11 + 5 * (len(catalog.symptoms) - len(yes_no)) + 2 * len(yes_no) + measures
    )


def test_saving_a_day_stores_wellbeing_reports_and_notes(owner_client, patient):
    today = patient.today()
    response = owner_client.post(
        url(patient, today),
        form_data(
            today,
            wellbeing=7,
            notes="Walked the dog.",
            **{"severity-fatigue": 2, "severity-cough": 1},
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("day_detail", args=[patient.public_id, today])
    entry = DailyEntry.objects.get(patient=patient, date=today)
    assert (entry.wellbeing, entry.notes, entry.version) == (7, "Walked the dog.", 1)
    assert dict(entry.reports.values_list("symptom__slug", "severity")) == {
        "fatigue": 2,
        "cough": 1,
    }
    assert entry.created_by == patient.user


def test_a_new_day_opens_with_no_symptom_chosen(owner_client, patient):
    html = owner_client.get(url(patient, patient.today())).content.decode()
    assert 'id="id_severity-fatigue_0" checked' not in html
    assert "checked" not in html.split('name="severity-', 1)[1]


def test_an_explicit_none_is_stored_as_a_rating_at_zero(owner_client, patient):
    today = patient.today()
    owner_client.post(url(patient, today), form_data(today, **{"severity-fatigue": 0}))
    report = SymptomReport.objects.get()
    assert (report.symptom.slug, report.severity) == ("fatigue", 0)


def test_untouched_symptoms_are_not_stored(owner_client, patient):
    today = patient.today()
    owner_client.post(url(patient, today), form_data(today, wellbeing=6, **{"severity-cough": 2}))
    assert list(SymptomReport.objects.values_list("symptom__slug", flat=True)) == ["cough"]


def test_a_save_with_nothing_entered_is_refused_and_stores_nothing(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today))
    assert response.status_code == 400
    assert "Nothing to save yet" in response.content.decode()
    assert not DailyEntry.objects.exists()


def test_a_save_with_only_a_none_rating_is_not_empty(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, **{"severity-nausea": 0}))
    assert response.status_code == 302
    assert DailyEntry.objects.count() == 1


def test_clearing_every_answer_of_a_saved_day_is_refused_and_keeps_it(owner_client, patient):
    today = patient.today()
    entry = log_day(patient, today, severities={"nausea": 2}, wellbeing=5)
    response = owner_client.post(url(patient, today), form_data(today, version=entry.version))
    assert response.status_code == 400
    assert SymptomReport.objects.get().severity == 2


def test_a_one_off_event_is_asked_yes_or_no(owner_client, patient):
    html = owner_client.get(url(patient, patient.today())).content.decode()
    seizure = html.split('name="severity-seizure"', 1)[1].split("</fieldset>", 1)[0]
    assert ">Yes</label>" in seizure and ">No</label>" in seizure
    assert "Mild" not in seizure


def test_a_yes_to_a_one_off_event_is_stored_at_the_fixed_severity(owner_client, patient):
    today = patient.today()
    owner_client.post(url(patient, today), form_data(today, **{"severity-seizure": 1}))
    assert SymptomReport.objects.get().severity == 1


def test_a_graded_answer_to_a_one_off_event_is_refused(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, **{"severity-seizure": 3}))
    assert response.status_code == 400
    assert "Choose yes or no." in response.content.decode()
    assert not DailyEntry.objects.exists()


def test_spinal_cord_questions_follow_back_pain_in_the_page(owner_client, patient):
    html = owner_client.get(url(patient, patient.today())).content.decode()
    back = html.index('name="severity-back-pain"')
    legs = html.index('name="severity-leg-weakness"')
    bladder = html.index('name="severity-bladder-bowel-control"')
    assert back < legs < bladder
    box = html[html.index('class="follow-ups"') : bladder]
    assert 'data-follows="severity-back-pain"' in box and "severity-leg-weakness" in box


def test_spinal_cord_questions_follow_back_pain_into_your_symptoms(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"back-pain": 2})
    html = owner_client.get(url(patient, today)).content.decode()
    recent = html.split('aria-labelledby="yours-title"', 1)[1].split("</section>", 1)[0]
    assert "severity-leg-weakness" in recent and "severity-bladder-bowel-control" in recent


def test_opening_a_logged_day_edits_it(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"nausea": 3}, notes="first words")
    response = owner_client.get(url(patient, today))
    html = response.content.decode()
    assert "Edit " in html
    assert "first words" in html
    assert 'value="3" class="btn-check" required id="id_severity-nausea_3" checked' in html or (
        'id="id_severity-nausea_3" checked' in html
    )


def test_editing_replaces_reports_and_raises_the_version(owner_client, patient):
    today = patient.today()
    entry = log_day(patient, today, severities={"nausea": 3, "fatigue": 1})
    owner_client.post(
        url(patient, today),
        form_data(today, version=entry.version, **{"severity-nausea": 1, "severity-cough": 2}),
    )
    entry.refresh_from_db()
    assert entry.version == 2
    assert dict(entry.reports.values_list("symptom__slug", "severity")) == {"nausea": 1, "cough": 2}


def test_a_past_day_can_be_logged(owner_client, patient):
    day = patient.today() - timedelta(days=3)
    response = owner_client.post(url(patient, day), form_data(day, wellbeing=4))
    assert response.status_code == 302
    assert patient.entries.get().date == day


def test_temperature_in_fahrenheit_is_stored_in_celsius(owner_client, patient):
    today = patient.today()
    owner_client.post(
        url(patient, today), form_data(today, temperature="100.4", temperature_unit="F")
    )
    assert patient.entries.get().temperature_c == Decimal("38.0")
    patient.refresh_from_db()
    assert patient.temperature_unit == "F"


def test_red_flag_shows_at_once_after_saving(owner_client, patient):
    today = patient.today()
    response = owner_client.post(
        url(patient, today), form_data(today, **{"severity-shortness-of-breath": 3}), follow=True
    )
    html = response.content.decode()
    assert "This may require immediate medical attention" in html
    assert "You said your shortness of breath is severe." in html
    assert "Contact your care team now" in html
    assert "emergency" in html


def test_site_tags_show_after_saving_when_chosen(owner_client, patient):
    patient.show_site_tags = True
    patient.save()
    today = patient.today()
    response = owner_client.post(
        url(patient, today),
        form_data(today, **{"severity-bone-pain": 1, "severity-pain": 1}),
        follow=True,
    )
    html = response.content.decode()
    assert "bone list" in html
    assert "on the list of symptoms of bone metastasis" in html
    for tag in ("general list", "brain list", "liver list"):
        assert tag in html


# --- access -------------------------------------------------------------------------------


def test_anonymous_is_sent_to_login(client, patient):
    response = client.get(url(patient, patient.today()))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_stranger_gets_404(stranger_client, patient):
    today = patient.today()
    assert stranger_client.get(url(patient, today)).status_code == 404
    assert (
        stranger_client.post(url(patient, today), form_data(today, wellbeing=1)).status_code == 404
    )
    assert not DailyEntry.objects.exists()


def test_wrong_method_gets_405(owner_client, patient):
    assert owner_client.put(url(patient, patient.today())).status_code == 405
    assert owner_client.delete(url(patient, patient.today())).status_code == 405


def test_unknown_patient_gets_404(owner_client, patient):
    response = owner_client.get(
        url(patient, patient.today()).replace(
            str(patient.public_id), "00000000-0000-0000-0000-000000000000"
        )
    )
    assert response.status_code == 404


def test_impossible_date_in_url_gets_404(owner_client, patient):
    response = owner_client.get(f"/d/{patient.public_id}/days/2026-02-30/edit/")
    assert response.status_code == 404


# --- bad input -----------------------------------------------------------------------------


def assert_rejected(response, message):
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not DailyEntry.objects.exists()
    assert not SymptomReport.objects.exists()


def test_future_date_is_rejected(owner_client, patient):
    today = patient.today()
    tomorrow = today + timedelta(days=1)
    response = owner_client.post(url(patient, today), form_data(tomorrow, wellbeing=5))
    assert_rejected(response, "You can&#x27;t log a day in the future")


def test_opening_a_future_day_goes_to_today(owner_client, patient):
    tomorrow = patient.today() + timedelta(days=1)
    response = owner_client.get(url(patient, tomorrow))
    assert response.status_code == 302
    assert response["Location"] == url(patient, patient.today())


@pytest.mark.parametrize("bad", ["31/12/2026", "2026-13-01", "yesterday", "1850-01-01", ""])
def test_malformed_or_absurd_date_is_rejected(owner_client, patient, bad):
    today = patient.today()
    response = owner_client.post(
        url(patient, today), {**form_data(today, wellbeing=5), "date": bad}
    )
    assert response.status_code == 400
    assert not DailyEntry.objects.exists()


def test_moving_a_day_onto_a_logged_day_is_rejected(owner_client, patient):
    today = patient.today()
    yesterday = today - timedelta(days=1)
    log_day(patient, yesterday, notes="yesterday's words")
    response = owner_client.post(
        url(patient, today), form_data(yesterday, wellbeing=2, notes="new")
    )
    assert response.status_code == 400
    assert "There is already an entry for" in response.content.decode()
    assert patient.entries.count() == 1
    assert patient.entries.get().notes == "yesterday's words"


@pytest.mark.parametrize("value", ["11", "-1", "7.5", "ten", "99999999999999999999"])
def test_wellbeing_out_of_range_is_rejected(owner_client, patient, value):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, wellbeing=value))
    assert_rejected(response, "Choose a number from 0 to 10")


@pytest.mark.parametrize("value", ["5", "-1", "2.5", "severe"])
def test_severity_out_of_range_is_rejected(owner_client, patient, value):
    today = patient.today()
    response = owner_client.post(
        url(patient, today), form_data(today, **{"severity-fatigue": value, "severity-cough": 2})
    )
    assert_rejected(response, "Choose none, mild, moderate, severe or very severe")


def test_unknown_symptom_is_rejected(owner_client, patient):
    today = patient.today()
    response = owner_client.post(
        url(patient, today), form_data(today, **{"severity-unicorn-fever": 2, "severity-cough": 2})
    )
    assert_rejected(response, "a symptom the diary does not know (unicorn-fever)")


@pytest.mark.parametrize(
    ("value", "unit"), [("29.9", "C"), ("45.1", "C"), ("120", "F"), ("38", "F"), ("1e9", "C")]
)
def test_temperature_outside_30_to_45_c_is_rejected(owner_client, patient, value, unit):
    today = patient.today()
    response = owner_client.post(
        url(patient, today), form_data(today, temperature=value, temperature_unit=unit)
    )
    assert response.status_code == 400
    assert not DailyEntry.objects.exists()


def test_temperature_that_is_not_a_number_is_rejected(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, temperature="hot"))
    assert_rejected(response, "Enter a number such as 37.2")


def test_notes_over_the_limit_are_rejected_and_kept_in_the_form(owner_client, patient):
    today = patient.today()
    text = "tired " * 900  # 5,400 characters
    response = owner_client.post(url(patient, today), form_data(today, notes=text))
    assert_rejected(response, "Ensure this value has at most 5000 characters")
    assert "tired tired tired" in response.content.decode()


def test_notes_of_exactly_the_limit_are_saved(owner_client, patient):
    today = patient.today()
    owner_client.post(url(patient, today), form_data(today, notes="x" * 5000))
    assert len(patient.entries.get().notes) == 5000


def test_tampered_version_is_rejected(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, version="abc"))
    assert_rejected(response, "The form was changed on its way here")


def test_null_character_in_notes_is_rejected_not_a_crash(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, notes="bad\x00byte"))
    assert response.status_code == 400
    assert not DailyEntry.objects.exists()


def test_html_in_notes_is_escaped(owner_client, patient):
    today = patient.today()
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = owner_client.post(url(patient, today), form_data(today, notes=payload), follow=True)
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert patient.entries.get().notes == payload


def test_a_bad_field_keeps_everything_else_typed(owner_client, patient):
    today = patient.today()
    response = owner_client.post(
        url(patient, today),
        form_data(today, wellbeing=42, notes="keep me", **{"severity-headache": 2}),
    )
    html = response.content.decode()
    assert "keep me" in html
    assert 'id="id_severity-headache_2" checked' in html


# --- two editors, double submits ------------------------------------------------------------


def test_stale_save_shows_both_versions_and_loses_nothing(owner_client, patient):
    today = patient.today()
    entry = log_day(patient, today, notes="written on the phone")
    stale_version = entry.version
    log_day(patient, today, notes="written on the laptop")  # saved meanwhile
    response = owner_client.post(
        url(patient, today), form_data(today, version=stale_version, notes="my late words")
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "written on the laptop" in html
    assert "my late words" in html
    assert patient.entries.get().notes == "written on the laptop"


def test_saving_from_the_conflict_page_overwrites(owner_client, patient):
    today = patient.today()
    entry = log_day(patient, today, notes="first")
    log_day(patient, today, notes="second")
    response = owner_client.post(
        url(patient, today), form_data(today, version=entry.version, notes="mine")
    )
    current = response.context["form"]["version"].value()
    response = owner_client.post(
        url(patient, today), form_data(today, version=current, notes="mine")
    )
    assert response.status_code == 302
    assert patient.entries.get().notes == "mine"


def test_new_day_created_by_someone_else_meanwhile_is_a_conflict(owner_client, patient):
    today = patient.today()
    log_day(patient, today, notes="the other browser")
    response = owner_client.post(
        url(patient, today), form_data(today, version=0, notes="this browser")
    )
    assert response.status_code == 409
    assert patient.entries.count() == 1


def test_pressing_save_twice_creates_one_entry(owner_client, patient):
    today = patient.today()
    data = form_data(today, wellbeing=5, notes="same", **{"severity-fatigue": 2})
    first = owner_client.post(url(patient, today), data)
    second = owner_client.post(url(patient, today), data)
    assert first.status_code == second.status_code == 302
    assert patient.entries.count() == 1
    assert patient.entries.get().version == 1
    assert SymptomReport.objects.count() == 1


def test_the_migration_turns_an_old_graded_one_off_event_into_a_yes(patient):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("diary.migrations.0004_redflag_answers")
    entry = log_day(patient, patient.today(), severities={"nausea": 3})
    seizure = Symptom.objects.get(slug="seizure")
    SymptomReport.objects.create(entry=entry, symptom=seizure, severity=3)  # as graded before
    migration.forwards(apps, None)
    ratings = dict(entry.reports.values_list("symptom__slug", "severity"))
    assert ratings == {"nausea": 3, "seizure": 1}


def test_log_today_shows_the_date_as_text_not_a_field(owner_client, patient):
    html = owner_client.get(url(patient, patient.today())).text
    assert f'<input type="hidden" name="date" value="{patient.today():%Y-%m-%d}">' in html
    assert 'type="date"' not in html


def test_a_past_day_keeps_its_date_field(owner_client, patient):
    html = owner_client.get(url(patient, patient.today() - timedelta(days=3))).text
    assert 'type="date"' in html


def test_same_as_yesterday_fills_yesterdays_ratings(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 2, "nausea": 0})
    page = owner_client.get(url(patient, today)).text
    assert "Same as yesterday" in page
    assert "&quot;severity-fatigue&quot;: &quot;2&quot;" in page  # for the script
    html = owner_client.get(url(patient, today), {"same": "1"}).text  # without the script
    assert 'id="id_severity-fatigue_2" checked' in html
    assert 'id="id_severity-nausea_0" checked' in html


def test_same_as_yesterday_is_not_offered_on_a_logged_day(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 2})
    log_day(patient, today, severities={"fatigue": 1})
    assert "Same as yesterday" not in owner_client.get(url(patient, today)).text


def test_your_symptoms_lists_the_last_two_weeks_and_add_another_the_rest(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=13), severities={"cough": 1})
    log_day(patient, today - timedelta(days=20), severities={"nausea": 2})
    html = owner_client.get(url(patient, today)).text
    yours, more = html.split('aria-labelledby="more-title"', 1)
    assert "severity-cough" in yours.split('aria-labelledby="yours-title"', 1)[1]
    assert "severity-nausea" in more and "severity-nausea" not in yours
    assert "<details" not in yours and "open>" not in more  # the site groups start closed
