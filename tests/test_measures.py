"""Measures beside the ratings: interference, pain 0-10, as-needed doses, up and about, weight,
and the weekly check-in (diary.measures)."""

import csv
import io
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from diary.account_data import collect
from diary.checkin import DayInput, save_day
from diary.days import load_day
from diary.exports.csv import summary_csv
from diary.exports.fhir import summary_bundle
from diary.measures import daily_measure_series, lookback_days, to_kg
from diary.models import DailyEntry, Reminder, SymptomReport
from diary.redflags import DayRecord, assess_days
from diary.reminders import send_due_reminders
from diary.summary import Period, Section, build_summary
from tests.factories import log_day
from tests.test_fhir import assert_valid, resources

pytestmark = pytest.mark.django_db


def url(patient, day):
    return reverse("checkin", args=[patient.public_id, day])


def form_data(day, **fields) -> dict:
    data = {"date": day.isoformat(), "version": "0", "temperature_unit": "C", "notes": ""}
    data.update({name: str(value) for name, value in fields.items()})
    return data


# --- the check-in form ----------------------------------------------------------------------


def test_a_day_with_all_measures_is_saved(owner_client, patient):
    today = patient.today()
    response = owner_client.post(
        url(patient, today),
        form_data(
            today,
            **{
                "severity-bone-pain": 3,
                "interference-bone-pain": 3,
                "pain_score": 7,
                "pain_medicine_doses": 2,
                "up_and_about": 2,
                "weight": "62.5",
                "weight_unit": "kg",
            },
        ),
    )
    assert response.status_code == 302
    entry = patient.entries.get(date=today)
    assert (entry.pain_score, entry.pain_medicine_doses, entry.up_and_about) == (7, 2, 2)
    assert entry.weight_kg == Decimal("62.5") and entry.recall_days == 1
    assert entry.reports.get().interference == 3


def test_a_weight_in_pounds_is_stored_in_kg_and_becomes_her_unit(owner_client, patient):
    today = patient.today()
    data = form_data(today, weight="137.8", weight_unit="lb")
    assert owner_client.post(url(patient, today), data).status_code == 302
    assert patient.entries.get(date=today).weight_kg == Decimal("62.5")
    patient.refresh_from_db()
    assert patient.weight_unit == "lb"
    page = owner_client.get(reverse("day_detail", args=[patient.public_id, today]))
    assert "Weight: 137.8 lb (62.5 kg)" in page.content.decode()


def test_lb_conversion_rounds_to_a_tenth_of_a_kg():
    assert to_kg(Decimal("100"), "lb") == Decimal("45.4")
    assert to_kg(Decimal("62.5"), "kg") == Decimal("62.5")


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"pain_score": 11}, "Choose a number from 0 to 10."),
        ({"pain_score": -1}, "Choose a number from 0 to 10."),
        ({"pain_medicine_doses": 31}, "Enter a number of doses from 0 to 30."),
        ({"pain_medicine_doses": "two"}, "Enter a whole number of doses"),
        ({"up_and_about": 5}, "Choose one of the five answers."),
        ({"weight": "62.5", "weight_unit": ""}, "Choose kg or lb for the weight."),
        ({"weight": "62.5", "weight_unit": "stone"}, "Select a valid choice"),
        ({"weight": "900", "weight_unit": "kg"}, "Enter a body weight between 25 and 300 kg"),
        ({"weight": "40", "weight_unit": "lb"}, "Enter a body weight between 25 and 300 kg"),
        ({"severity-fatigue": 2, "interference-fatigue": 9}, "Choose one of the five answers."),
        ({"recall_days": 3}, "The check-in covers one day or seven."),
    ],
)
def test_out_of_range_measures_re_render_with_the_error_and_save_nothing(
    owner_client, patient, fields, error
):
    today = patient.today()
    data = form_data(today, wellbeing=5, **{"severity-nausea": 2}, **fields)
    response = owner_client.post(url(patient, today), data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not DailyEntry.all_objects.filter(patient=patient).exists()
    assert not SymptomReport.objects.filter(entry__patient=patient).exists()


def test_interference_is_dropped_when_the_symptom_is_rated_none(owner_client, patient):
    today = patient.today()
    data = form_data(today, **{"severity-fatigue": 0, "interference-fatigue": 3})
    assert owner_client.post(url(patient, today), data).status_code == 302
    assert patient.entries.get(date=today).reports.get().interference is None


def test_interference_sits_under_each_graded_symptom_hidden_until_rated(owner_client, patient):
    html = owner_client.get(url(patient, patient.today())).content.decode()
    assert 'name="interference-fatigue"' in html
    assert 'name="interference-seizure"' not in html  # a one-off event: yes or no only
    # It shares the likely-cause box, which the stylesheet hides until rated above none.
    assert html.count('class="cause-field"') >= html.count('name="interference-')


def test_a_day_with_only_a_weight_is_not_empty(owner_client, patient):
    today = patient.today()
    data = form_data(today, weight="70", weight_unit="kg")
    assert owner_client.post(url(patient, today), data).status_code == 302


def test_the_database_refuses_out_of_range_measures(patient):
    entry = log_day(patient, patient.today(), severities={"fatigue": 0})
    for field, value in [
        ("pain_score", 11),
        ("pain_medicine_doses", 31),
        ("up_and_about", 5),
        ("weight_kg", Decimal("10")),
        ("recall_days", 3),
    ]:
        with pytest.raises(IntegrityError), transaction.atomic():
            DailyEntry.objects.filter(pk=entry.pk).update(**{field: value})
    report = entry.reports.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        SymptomReport.objects.filter(pk=report.pk).update(interference=2)  # rated none
    with pytest.raises(IntegrityError), transaction.atomic():
        type(patient).objects.filter(pk=patient.pk).update(checkin_rhythm="yearly")
    with pytest.raises(IntegrityError), transaction.atomic():
        type(patient).objects.filter(pk=patient.pk).update(weight_unit="st")


def test_a_repeated_save_of_the_same_measures_is_not_a_conflict(owner_client, patient):
    today = patient.today()
    data = form_data(today, pain_score=4, weight="70", weight_unit="kg")
    assert owner_client.post(url(patient, today), data).status_code == 302
    assert owner_client.post(url(patient, today), data).status_code == 302
    assert patient.entries.get(date=today).version == 1


def test_the_measures_section_opens_when_a_week_has_passed_since_the_last_weighing(
    owner_client, patient
):
    today = patient.today()
    save_day(
        patient=patient,
        opened_date=today - timedelta(days=8),
        base_version=0,
        data=DayInput(
            date=today - timedelta(days=8),
            wellbeing=5,
            temperature_c=None,
            notes="",
            severities={},
            weight_kg=Decimal("61.0"),
        ),
        by=patient.user,
    )
    html = owner_client.get(url(patient, today)).content.decode()
    assert 'id="group-measures" open' in html
    assert "Last weighed 8 days ago" in html


def test_the_measures_section_is_closed_on_a_typical_day(owner_client, patient):
    log_day(patient, patient.today() - timedelta(days=1), severities={"bone-pain": 2})
    html = owner_client.get(url(patient, patient.today())).content.decode()
    assert 'id="group-measures" data-open-on=' in html  # no "open"
    assert "severity-bone-pain" in html.split('id="group-measures"')[1].split(">")[0]


# --- weekly ---------------------------------------------------------------------------------


def test_a_weekly_patient_logs_the_last_7_days_and_sees_it(owner_client, patient):
    patient.checkin_rhythm = "weekly"
    patient.save()
    today = patient.today()
    page = owner_client.get(url(patient, today)).content.decode()
    assert "How have you been overall in the last 7 days?" in page
    assert "Your worst pain in the last 7 days" in page
    data = form_data(today, recall_days=7, pain_score=7, pain_medicine_doses=2, wellbeing=4)
    assert owner_client.post(url(patient, today), data).status_code == 302
    entry = patient.entries.get(date=today)
    assert entry.recall_days == 7
    day = owner_client.get(reverse("day_detail", args=[patient.public_id, today])).content
    text = day.decode()
    assert "A weekly check-in, about the 7 days up to this day." in text
    assert "Worst pain over the last 7 days: 7 out of 10" in text
    assert "As-needed pain medicine over the last 7 days: 2 doses" in text
    history = owner_client.get(reverse("history", args=[patient.public_id])).content.decode()
    assert "Weekly check-in" in history


def test_the_profile_switches_the_rhythm(owner_client, patient):
    response = owner_client.post(
        reverse("profile"),
        {
            "account-name": "Ana",
            "account-time_zone": "UTC",
            "diary-temperature_unit": "C",
            "diary-weight_unit": "lb",
            "diary-checkin_rhythm": "weekly",
        },
    )
    assert response.status_code == 302
    patient.refresh_from_db()
    assert (patient.checkin_rhythm, patient.weight_unit) == ("weekly", "lb")


def test_a_weekly_reminder_waits_for_a_week_without_a_check_in(patient):
    patient.checkin_rhythm = "weekly"
    patient.save()
    Reminder.objects.create(user=patient.user, patient=patient, time="00:00", enabled=True)
    log_day(patient, patient.today() - timedelta(days=6))
    assert send_due_reminders(now=timezone.now()).already_logged == 1
    patient.entries.all().delete()
    log_day(patient, patient.today() - timedelta(days=7))
    assert send_due_reminders(now=timezone.now()).sent == 1
    assert "This week's check-in" in mail.outbox[0].body


# --- the alert rule on both rhythms ---------------------------------------------------------


def test_lookback_is_14_days_daily_and_21_weekly():
    assert lookback_days(1) == 14 and lookback_days(7) == 21


def test_a_weekly_entry_compares_with_the_previous_weekly_one(patient, catalog):
    patient.checkin_rhythm = "weekly"
    patient.save()
    today = patient.today()
    for day, severity in ((today - timedelta(days=7), 0), (today, 2)):
        log_day(patient, day, severities={"nausea": severity}, wellbeing=5, recall_days=7)
    view = load_day(patient, today, catalog=catalog)
    assert [c.reasons for c in view.alerts] == [
        (
            f"Up from none to moderate since {(today - timedelta(days=7)).day} "
            f"{(today - timedelta(days=7)):%b %Y}",
        )
    ]


def test_a_weekly_entry_reaches_back_21_days_but_a_daily_one_only_14(catalog):
    day = timezone.localdate()
    nausea = catalog.by_slug["nausea"].pk
    before = DayRecord(day - timedelta(days=18), {nausea: 0})
    weekly = DayRecord(day, {nausea: 2}, recall_days=7)
    daily = DayRecord(day, {nausea: 2}, recall_days=1)
    symptoms = catalog.by_id
    assert assess_days([before, weekly], symptoms=symptoms)[day][0].alert
    assert assess_days([before, daily], symptoms=symptoms)[day] == []


def test_a_daily_entry_still_compares_with_yesterday(patient, catalog):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"nausea": 0})
    log_day(patient, today, severities={"nausea": 2})
    assert load_day(patient, today, catalog=catalog).alerts


def test_a_daily_entry_after_15_days_has_no_rise(patient, catalog):
    today = patient.today()
    log_day(patient, today - timedelta(days=15), severities={"nausea": 0})
    log_day(patient, today, severities={"nausea": 2})
    assert not load_day(patient, today, catalog=catalog).alerts


# --- series and exports ---------------------------------------------------------------------


def _day_with_measures(patient, day, **measures):
    interference = measures.pop("interference", {})
    return log_day(
        patient,
        day,
        wellbeing=5,
        severities=dict.fromkeys(interference, 2),
        interference=interference,
        **measures,
    )


def test_daily_measure_series_gives_each_measure_by_day(patient):
    today = patient.today()
    _day_with_measures(
        patient,
        today - timedelta(days=1),
        pain_score=6,
        up_and_about=1,
        weight_kg=Decimal("61.2"),
        interference={"nausea": 1, "fatigue": 4},
    )
    _day_with_measures(patient, today, pain_score=3)
    _day_with_measures(patient, today - timedelta(days=30), pain_score=9)  # outside
    series = daily_measure_series(patient, today - timedelta(days=6), today)
    yesterday = today - timedelta(days=1)
    assert series == {
        "pain_score": {yesterday: 6.0, today: 3.0},
        "up_and_about": {yesterday: 1.0},
        "weight_kg": {yesterday: 61.2},
        "interference": {yesterday: 2.5},
    }


def test_csv_and_fhir_carry_the_measures_and_validate(patient):
    end = patient.today() - timedelta(days=1)
    _day_with_measures(
        patient,
        end,
        pain_score=7,
        pain_medicine_doses=2,
        up_and_about=3,
        weight_kg=Decimal("62.5"),
        recall_days=7,
        interference={"nausea": 3},
    )
    summary = build_summary(patient, Period(end - timedelta(days=13), end))
    rows = list(csv.DictReader(io.StringIO(summary_csv(summary))))
    nausea = next(r for r in rows if r["symptom_slug"] == "nausea")
    assert (nausea["pain_score"], nausea["pain_medicine_doses"], nausea["up_and_about"]) == (
        "7",
        "2",
        "3",
    )
    assert (nausea["weight_kg"], nausea["interference"], nausea["recall_days"]) == (
        "62.5",
        "3",
        "7",
    )
    data = summary_bundle(summary, include_pdf=False)
    assert_valid(data)
    observations = resources(data, "Observation")
    codes = {c["code"] for o in observations for c in o["code"].get("coding", [])}
    assert {"72514-3", "29463-7", "up-and-about", "pain-medicine-doses"} <= codes
    pain = next(o for o in observations if o["code"]["coding"][0]["code"] == "72514-3")
    assert pain["valueInteger"] == 7
    assert pain["effectivePeriod"] == {
        "start": (end - timedelta(days=6)).isoformat(),
        "end": end.isoformat(),
    }
    weight = next(o for o in observations if o["code"]["coding"][0]["code"] == "29463-7")
    assert weight["valueQuantity"] == {
        "value": 62.5,
        "unit": "kg",
        "system": "http://unitsofmeasure.org",
        "code": "kg",
    }
    symptom = next(o for o in observations if o.get("component"))
    assert symptom["component"][0]["valueCodeableConcept"]["text"] == "A lot"


def test_exports_leave_day_measures_out_without_the_wellbeing_section(patient):
    end = patient.today() - timedelta(days=1)
    _day_with_measures(patient, end, pain_score=7, weight_kg=Decimal("62.5"))
    summary = build_summary(
        patient, Period(end - timedelta(days=13), end), sections=frozenset({Section.SYMPTOMS})
    )
    rows = list(csv.DictReader(io.StringIO(summary_csv(summary))))
    assert all(r["pain_score"] == "" and r["weight_kg"] == "" for r in rows)
    text = json.dumps(summary_bundle(summary, include_pdf=False))
    assert "72514-3" not in text and "29463-7" not in text


def test_the_account_data_export_holds_the_measures(patient):
    _day_with_measures(
        patient,
        patient.today(),
        pain_score=5,
        weight_kg=Decimal("70.0"),
        interference={"nausea": 2},
    )
    tables = collect(patient.user)
    columns, rows = tables["diary.DailyEntry"]
    for name in ("pain_score", "pain_medicine_doses", "up_and_about", "weight_kg", "recall_days"):
        assert name in columns
    assert rows[0]["pain_score"] == 5 and rows[0]["weight_kg"] == Decimal("70.0")
    columns, rows = tables["diary.SymptomReport"]
    assert rows[0]["interference"] == 2
    columns, rows = tables["diary.Patient"]
    assert {"checkin_rhythm", "weight_unit"} <= set(columns)


# --- follow-ups: weekly words, "Same as yesterday", the up-and-about legend -----------------


def test_a_weekly_check_in_asks_up_and_about_in_weekly_words(owner_client, patient):
    patient.checkin_rhythm = "weekly"
    patient.save()
    page = owner_client.get(url(patient, patient.today())).content.decode()
    assert "Up and about as usual this week" in page
    assert "Resting in bed or a chair for most of the week" in page
    assert "of the day" not in page.split('id="group-measures"')[1].split("</details>")[0]


def test_a_daily_check_in_keeps_the_day_words(owner_client, patient):
    page = owner_client.get(url(patient, patient.today())).content.decode()
    assert "Resting in bed or a chair for some of the day" in page
    assert "this week" not in page


def test_a_weekly_day_reads_up_and_about_in_weekly_words(owner_client, patient):
    today = patient.today()
    data = form_data(today, recall_days=7, up_and_about=3)
    assert owner_client.post(url(patient, today), data).status_code == 302
    day = owner_client.get(reverse("day_detail", args=[patient.public_id, today]))
    assert "Up and about: resting in bed or a chair for most of the week" in day.content.decode()


def test_the_up_and_about_legend_is_styled_like_the_other_scales(owner_client, patient):
    """crispy-forms sizes a radio list's legend with `fs-6`, which the trimmed Bootstrap
    leaves out (the legend then renders heading-sized): the check-in uses `.scale` instead."""
    page = owner_client.get(url(patient, patient.today())).content.decode()
    section = page.split('id="group-measures"')[1].split("</details>")[0]
    assert "fs-6" not in section
    legend = section.split("How much of the day were you up and about?")[0]
    assert legend.rstrip().endswith("<legend>")
    assert '<fieldset class="scale">' in legend.rsplit("<legend>", 1)[0][-40:]


def test_an_up_and_about_error_is_shown_in_its_fieldset(owner_client, patient):
    today = patient.today()
    response = owner_client.post(url(patient, today), form_data(today, up_and_about=9))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-describedby="id_up_and_about-error"' in html
    assert 'href="#id_up_and_about_0"' in html
    assert not patient.entries.exists()


def test_same_as_yesterday_copies_interference_but_not_todays_readings(owner_client, patient):
    today = patient.today()
    _day_with_measures(
        patient,
        today - timedelta(days=1),
        interference={"nausea": 3},
        pain_score=6,
        pain_medicine_doses=3,
        up_and_about=2,
        weight_kg=Decimal("61.0"),
    )
    response = owner_client.get(url(patient, today) + "?same=1")
    form = response.context["form"]
    assert form["severity-nausea"].value() == "2"
    assert form["interference-nausea"].value() == "3"
    for name in ("pain_score", "pain_medicine_doses", "up_and_about", "weight"):
        assert form[name].value() in (None, ""), name
    html = response.content.decode()
    assert "Pain score, doses, up and about and weight are left for you to answer." in html
    # What the script fills in is the same: interference, and none of the day's readings.
    same = json.loads(response.context["previous"].as_json)
    assert same["interference-nausea"] == "3"
    assert not {"pain_score", "pain_medicine_doses", "up_and_about", "weight"} & set(same)


def test_same_as_yesterday_saves_the_copied_interference(owner_client, patient):
    today = patient.today()
    _day_with_measures(patient, today - timedelta(days=1), interference={"nausea": 1})
    previous = owner_client.get(url(patient, today) + "?same=1").context["previous"]
    data = form_data(today, **json.loads(previous.as_json))
    assert owner_client.post(url(patient, today), data).status_code == 302
    entry = patient.entries.get(date=today)
    assert entry.reports.get().interference == 1
    assert (entry.pain_score, entry.weight_kg, entry.up_and_about) == (None, None, None)


def test_same_as_yesterday_opens_the_pain_section_when_a_pain_is_copied(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"bone-pain": 2})
    html = owner_client.get(url(patient, today) + "?same=1").content.decode()
    assert 'id="group-measures" open' in html
    html = owner_client.get(url(patient, today)).content.decode()
    assert 'id="group-measures" open' not in html


def test_the_history_reads_a_weekly_days_wellbeing_and_alert_over_the_last_7_days(
    owner_client, patient
):
    today = patient.today()
    data = form_data(today, recall_days=7, wellbeing=4, **{"severity-fatigue": 3})
    assert owner_client.post(url(patient, today), data).status_code == 302
    history = owner_client.get(reverse("history", args=[patient.public_id])).content.decode()
    assert "Wellbeing over the last 7 days: 4 out of 10" in history
    day = owner_client.get(reverse("day_detail", args=[patient.public_id, today])).content
    assert "Reached severe in the last 7 days" in day.decode()


def test_a_daily_days_history_keeps_the_days_words(owner_client, patient):
    today = patient.today()
    data = form_data(today, wellbeing=4, **{"severity-fatigue": 3})
    assert owner_client.post(url(patient, today), data).status_code == 302
    history = owner_client.get(reverse("history", args=[patient.public_id])).content.decode()
    assert "Wellbeing: 4 out of 10" in history
    day = owner_client.get(reverse("day_detail", args=[patient.public_id, today])).content
    assert "Reached severe</li>" in day.decode().replace("\n", "").replace("  ", "")


def test_the_edit_history_names_changed_measures(owner_client, patient):
    today = patient.today()
    first = form_data(today, pain_score=3, up_and_about=0, weight="62.0", weight_unit="kg")
    assert owner_client.post(url(patient, today), first).status_code == 302
    second = dict(first, version="1", pain_score="6", up_and_about="2", recall_days="7")
    assert owner_client.post(url(patient, today), second).status_code == 302
    changes = owner_client.get(reverse("day_changes", args=[patient.public_id, today]))
    text = changes.content.decode()
    assert "Changed worst pain (0-10) from 3 to 6" in text
    assert "Changed check-in from daily to weekly (the last 7 days)" in text
    assert (
        "Changed up and about from up and about as usual to "
        "resting in bed or a chair for part of the week" in text
    )


# --- a weekly check-in in the exports ----------------------------------------------------------


def test_a_weekly_entry_says_so_in_the_csv(patient):
    end = patient.today() - timedelta(days=1)
    _day_with_measures(patient, end, up_and_about=4, recall_days=7, interference={"nausea": 1})
    _day_with_measures(patient, end - timedelta(days=7), up_and_about=4)
    summary = build_summary(patient, Period(end - timedelta(days=13), end))
    rows = {r["date"]: r for r in csv.DictReader(io.StringIO(summary_csv(summary)))}
    weekly, daily = rows[end.isoformat()], rows[(end - timedelta(days=7)).isoformat()]
    assert (weekly["recall_days"], weekly["up_and_about"]) == ("7", "4")
    assert weekly["up_and_about_label"] == "In bed or a chair all week, or nearly"
    assert (daily["recall_days"], daily["up_and_about_label"]) == ("1", "In bed or a chair all day")


def test_a_weekly_entrys_answers_cover_its_7_days_in_weekly_words_in_fhir(patient):
    end = patient.today() - timedelta(days=1)
    _day_with_measures(patient, end, up_and_about=2, recall_days=7, interference={"nausea": 3})
    summary = build_summary(patient, Period(end - timedelta(days=13), end))
    data = summary_bundle(summary, include_pdf=False)
    assert_valid(data)
    week = {"start": (end - timedelta(days=6)).isoformat(), "end": end.isoformat()}

    def coded(code: str) -> dict:
        return next(
            o
            for o in resources(data, "Observation")
            if any(c["code"] == code for c in o["code"].get("coding", []))
        )

    up = coded("up-and-about")
    assert up["effectivePeriod"] == week and "effectiveDateTime" not in up
    assert up["code"]["text"] == "How much of the last 7 days the patient was up and about"
    assert up["valueCodeableConcept"]["text"] == "Resting in bed or a chair for part of the week"
    # The coding keeps the code system's own display.
    assert up["valueCodeableConcept"]["coding"][0]["code"] == "2"
    nausea = coded("nausea")
    assert nausea["effectivePeriod"] == week
    component = nausea["component"][0]
    assert component["code"]["text"] == "How much the symptom got in the way over the last 7 days"
    assert coded("wellbeing")["effectivePeriod"] == week


def test_a_daily_entrys_answers_stay_on_their_day_in_daily_words_in_fhir(patient):
    end = patient.today() - timedelta(days=1)
    _day_with_measures(patient, end, up_and_about=2, interference={"nausea": 3})
    data = summary_bundle(
        build_summary(patient, Period(end - timedelta(days=13), end)), include_pdf=False
    )
    observations = resources(data, "Observation")
    assert all(o["effectiveDateTime"] == end.isoformat() for o in observations)
    up = next(o for o in observations if o["code"]["coding"][0]["code"] == "up-and-about")
    assert up["code"]["text"] == "How much of the day the patient was up and about"
    assert up["valueCodeableConcept"]["text"] == "Resting in bed or a chair for some of the day"
