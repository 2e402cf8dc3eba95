"""The summary for a 15-minute visit: since the last visit, top concerns, trends over the last
7 days against the 7 before, side effects beside their drug, the heat map optional, notes once,
the header, and the drugs' warning signs."""

import csv
import io
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    Appointment,
    CareGrant,
    DailyEntry,
    Drug,
    RedFlagAnswer,
    Site,
    Treatment,
    TriageItem,
)
from diary.summary import ALL_SECTIONS, Period, Section, Trend, build_summary
from diary.summary.trends import trend_of
from tests.factories import care_team, connect_patient, log_day

pytestmark = pytest.mark.django_db


def url(patient, name="summary"):
    return reverse(name, args=[patient.public_id])


def custom(period: Period, **extra) -> dict:
    return {"preset": "custom", "start": str(period.start), "end": str(period.end), **extra}


def last_30_days(patient) -> Period:
    today = patient.today()
    return Period(today - timedelta(days=29), today)


def on_drug(patient, slug: str, *, start) -> Treatment:
    drug = Drug.objects.get(slug=slug)
    return Treatment.objects.create(patient=patient, drug=drug, type=drug.type, start_date=start)


def visit(patient, day) -> Appointment:
    moment = timezone.make_aware(datetime.combine(day, time(10, 0)), patient.zone)
    return Appointment.objects.create(patient=patient, starts_at=moment)


def stat_of(summary, slug: str):
    tables = [summary.symptoms, *(group.stats for group in summary.side_effects)]
    return next(stat for stats in tables for stat in stats if stat.symptom.slug == slug)


def section_html(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    end = html.find("</section>", start)
    return html[start:end]


# --- trends: the last 7 days against the 7 before ---------------------------------------------


def test_a_symptom_severe_on_the_last_two_days_reads_worse_not_steady(patient):
    """Moderate for 28 days and severe on the last two: the two halves of the period are level,
    but the last 7 days against the 7 before are not."""
    period = last_30_days(patient)
    for n in range(28):
        log_day(patient, period.start + timedelta(days=n), severities={"joint-pain": 2})
    log_day(patient, period.end - timedelta(days=1), severities={"joint-pain": 3})
    log_day(patient, period.end, severities={"joint-pain": 3})
    assert stat_of(build_summary(patient, period), "joint-pain").trend == Trend.UP


def test_the_trend_ignores_the_first_half_of_the_period(patient):
    """Severe in the first weeks, then mild for the last 14 days: steady over the last two
    weeks (the halves of the period would read "better")."""
    period = last_30_days(patient)
    for n in range(30):
        log_day(
            patient, period.start + timedelta(days=n), severities={"nausea": 3 if n < 16 else 1}
        )
    assert stat_of(build_summary(patient, period), "nausea").trend == Trend.STEADY


def test_a_trend_needs_a_logged_day_in_both_weeks(patient):
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"nausea": 3})
    assert stat_of(build_summary(patient, period), "nausea").trend == Trend.UNKNOWN


def test_the_trend_reads_the_two_weeks_before_a_short_period(patient):
    """A 7-day summary still compares with the 7 days before it."""
    today = patient.today()
    for n in range(7, 14):
        log_day(patient, today - timedelta(days=n), severities={"cough": 1})
    log_day(patient, today, severities={"cough": 3})
    summary = build_summary(patient, Period(today - timedelta(days=6), today))
    assert stat_of(summary, "cough").trend == Trend.UP


def test_a_steady_symptom_reads_steady_in_a_period_shorter_than_the_two_weeks(patient):
    """Fatigue rated moderate every day for 14 days: a 5-day summary must not read the days
    before it as "none"."""
    today = patient.today()
    for n in range(14):
        log_day(patient, today - timedelta(days=n), severities={"fatigue": 2})
    summary = build_summary(patient, Period(today - timedelta(days=4), today))
    assert stat_of(summary, "fatigue").trend == Trend.STEADY


@pytest.mark.parametrize(
    ("recent", "before", "expected"),
    [
        ([2, 2, 2, 2, 2, 3, 3], [2, 2, 2, 2, 2, 2, 2], Trend.UP),
        ([1, 1, 1], [3, 3, 3], Trend.DOWN),
        ([2, 2], [2, 2], Trend.STEADY),
        ([2], [], Trend.UNKNOWN),
    ],
)
def test_trend_of_a_named_series(recent, before, expected):
    assert trend_of(recent, before, threshold=0.5) == expected


def test_the_temperature_row_compares_the_highest_readings_it_shows(patient):
    """One 38.6 °C day in the earlier week, 37.2 °C every day since: the highest fell."""
    period = last_30_days(patient)
    log_day(patient, period.end - timedelta(days=10), temperature_c=Decimal("38.6"))
    for n in (8, 9, 11, 12):
        log_day(patient, period.end - timedelta(days=n), temperature_c=Decimal("37.2"))
    for n in range(7):
        log_day(patient, period.end - timedelta(days=n), temperature_c=Decimal("37.2"))
    row = {r.key: r for r in build_summary(patient, period).trends_shown}["temperature_c"]
    assert (row.before, row.recent) == (38.6, 37.2)
    assert row.trend == Trend.DOWN


def test_wellbeing_and_temperature_rows_compare_the_two_weeks(owner_client, patient):
    period = last_30_days(patient)
    for n in range(7, 14):
        log_day(patient, period.end - timedelta(days=n), wellbeing=7)
    for n in range(7):
        log_day(patient, period.end - timedelta(days=n), wellbeing=4)
    log_day(patient, period.end, wellbeing=4, temperature_c=Decimal("38.4"))
    summary = build_summary(patient, period)
    rows = {row.key: row for row in summary.trends_shown}
    assert (rows["wellbeing"].before, rows["wellbeing"].recent) == (7.0, 4.0)
    assert rows["wellbeing"].reading == "Worse"
    assert rows["temperature_c"].recent == 38.4 and rows["temperature_c"].before is None
    html = owner_client.get(url(patient), custom(period)).content.decode()
    trends = section_html(html, "s-trends")
    assert "Wellbeing (0 worst, 10 best), average" in trends
    assert "Highest temperature" in trends


def test_rows_without_data_are_not_shown(owner_client, patient):
    period = last_30_days(patient)
    log_day(patient, period.start, wellbeing=None)
    summary = build_summary(patient, period)
    assert summary.trends_shown == []
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert 'id="s-trends"' not in html


def test_a_measure_series_becomes_a_trend_row(owner_client, patient, monkeypatch):
    """The place left for diary.measures: a named daily series plugs in as one more row."""
    period = last_30_days(patient)
    end = period.end
    pain = {end - timedelta(days=n): 3.0 for n in range(7, 14)}
    pain |= {end - timedelta(days=n): 6.0 for n in range(7)}
    monkeypatch.setattr(
        "diary.summary.build.daily_measure_series", lambda patient, start, end: {"pain_score": pain}
    )
    rows = {row.key: row for row in build_summary(patient, period).trends_shown}
    assert rows["pain_score"].before == 3.0 and rows["pain_score"].recent == 6.0
    assert rows["pain_score"].reading == "Worse"
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert "Pain (0-10), average" in section_html(html, "s-trends")


def test_a_measure_row_follows_the_section_its_exports_follow(patient, monkeypatch):
    """The day's measures go with Wellbeing on the page as in the CSV and FHIR files."""
    period = last_30_days(patient)
    pain = {period.end: 5.0}
    monkeypatch.setattr(
        "diary.summary.build.daily_measure_series", lambda patient, start, end: {"pain_score": pain}
    )
    summary = build_summary(patient, period, sections=frozenset({Section.SYMPTOMS}))
    assert [row.key for row in summary.trends_shown] == []
    summary = build_summary(patient, period, sections=frozenset({Section.WELLBEING}))
    assert [row.key for row in summary.trends_shown] == ["pain_score"]


# --- since the last visit -----------------------------------------------------------------------


def test_since_the_last_visit_lists_new_worse_better_and_resolved(owner_client, patient):
    period = last_30_days(patient)
    seen = period.end - timedelta(days=10)
    visit(patient, seen)
    log_day(
        patient,
        seen - timedelta(days=3),
        severities={"nausea": 1, "fatigue": 3, "hot-flashes": 2},
    )
    log_day(patient, seen + timedelta(days=2), severities={"nausea": 3, "fatigue": 1, "cough": 2})
    since = build_summary(patient, period).since
    assert since.since == seen and since.from_appointment
    assert [c.symptom.slug for c in since.new] == ["cough"]
    assert [(c.symptom.slug, c.before, c.now) for c in since.worse] == [("nausea", 1, 3)]
    assert [(c.symptom.slug, c.before, c.now) for c in since.better] == [("fatigue", 3, 1)]
    assert [c.symptom.slug for c in since.resolved] == ["hot-flashes"]
    html = owner_client.get(url(patient), custom(period)).content.decode()
    part = section_html(html, "s-since")
    assert "the last appointment" in part
    assert "Nausea (mild → severe)" in part
    assert "Cough (moderate)" in part
    assert "Hot flashes" in part


def test_a_symptom_rated_none_last_reads_better_since_the_visit(owner_client, patient):
    """Moderate before the visit, severe after it, then "none": her latest answer counts."""
    period = last_30_days(patient)
    seen = period.end - timedelta(days=10)
    visit(patient, seen)
    log_day(patient, seen - timedelta(days=3), severities={"nausea": 2})
    log_day(patient, seen + timedelta(days=5), severities={"nausea": 3})
    log_day(patient, seen + timedelta(days=8), severities={"nausea": 0, "cough": 0})
    since = build_summary(patient, period).since
    assert since.worse == [] and since.new == []  # "none" for cough is nothing new
    assert [(c.symptom.slug, c.before, c.now) for c in since.better] == [("nausea", 2, 0)]
    part = section_html(owner_client.get(url(patient), custom(period)).content.decode(), "s-since")
    assert "Nausea (moderate → none)" in part


def test_without_an_appointment_it_counts_from_the_start_of_the_summary(owner_client, patient):
    period = last_30_days(patient)
    log_day(patient, period.start, severities={"cough": 1})
    since = build_summary(patient, period).since
    assert since.since == period.start and not since.from_appointment
    assert [c.symptom.slug for c in since.new] == ["cough"]
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert "the start of this summary" in section_html(html, "s-since")


def test_an_appointment_today_or_later_is_not_the_last_visit(patient):
    period = last_30_days(patient)
    Appointment.objects.create(patient=patient, starts_at=timezone.now() + timedelta(days=2))
    assert build_summary(patient, period).since.since == period.start


def test_since_the_last_visit_names_only_what_the_chosen_sections_show(patient):
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"hot-flashes": 2, "cough": 1})
    summary = build_summary(patient, period, sections=frozenset({Section.SYMPTOMS}))
    assert [c.symptom.slug for c in summary.since.new] == ["cough"]


def test_red_flags_since_the_visit_say_what_she_did_and_that_the_team_saw_it(owner_client, patient):
    team = care_team("Oak Clinic")
    connect_patient(patient, team)
    period = last_30_days(patient)
    day = period.end - timedelta(days=1)
    log_day(patient, day, severities={"seizure": 1})
    seizure = DailyEntry.objects.get(date=day).reports.get().symptom
    RedFlagAnswer.objects.create(
        patient=patient,
        date=day,
        symptom=seizure,
        answer=RedFlagAnswer.Answer.CONTACTED,
        severity=1,
        answered_at=datetime(2026, 1, 1, 10, 42, tzinfo=UTC),
        answered_by=patient.user,
    )
    item = TriageItem.objects.get(patient=patient, date=day)
    TriageItem.objects.filter(pk=item.pk).update(
        status=TriageItem.Status.ACKNOWLEDGED,
        acknowledged_at=timezone.make_aware(datetime.combine(day, time(11, 5)), patient.zone),
    )
    flag = build_summary(patient, period).flags_since[0]
    assert flag.answer.startswith("contacted the team at")
    assert flag.team == f"Acknowledged by Oak Clinic, {day:%-d %b} 11:05"
    html = owner_client.get(url(patient), custom(period)).content.decode()
    part = section_html(html, "s-since")
    assert "Contacted the team at" in part
    assert "Acknowledged by Oak Clinic" in part


def test_a_red_flag_the_team_has_not_acknowledged_says_so(patient):
    connect_patient(patient, care_team("Oak Clinic"))
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"seizure": 1})
    flag = build_summary(patient, period).flags_since[0]
    assert flag.team == "In Oak Clinic's queue, not yet acknowledged"


def test_red_flags_before_the_visit_are_listed_apart(owner_client, patient):
    period = last_30_days(patient)
    visit(patient, period.end - timedelta(days=5))
    log_day(patient, period.start + timedelta(days=2), severities={"seizure": 1})
    log_day(patient, period.end, severities={"coughing-up-blood": 1})
    summary = build_summary(patient, period)
    assert [f.concern.symptom.slug for f in summary.flags_since] == ["coughing-up-blood"]
    assert [f.concern.symptom.slug for f in summary.flags_earlier] == ["seizure"]
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert "Seizure" in section_html(html, "s-flags-earlier")
    assert "Seizure" not in section_html(html, "s-since")


# --- drug warning signs -----------------------------------------------------------------------


def test_a_drug_warning_sign_is_listed_with_the_red_flags(owner_client, patient):
    period = last_30_days(patient)
    on_drug(patient, "trastuzumab-deruxtecan", start=period.start - timedelta(days=40))
    log_day(patient, period.end - timedelta(days=1), severities={"cough": 1})
    log_day(patient, period.end, severities={"cough": 2})
    rows = build_summary(patient, period).warnings_since
    assert [(r.warning.sign.symptom.slug, len(r.dates)) for r in rows] == [("cough", 2)]
    html = owner_client.get(url(patient), custom(period)).content.decode()
    part = section_html(html, "s-since")
    assert "Warning signs on a drug's label" in part
    assert "while on trastuzumab deruxtecan" in part


def test_drug_warning_signs_need_the_flags_section(owner_client, patient):
    period = last_30_days(patient)
    on_drug(patient, "trastuzumab-deruxtecan", start=period.start)
    log_day(patient, period.end, severities={"cough": 2})
    html = owner_client.get(url(patient), custom(period, section=["symptoms"])).content.decode()
    assert "Warning signs on a drug" not in html


# --- side effects beside their drug, site lists in neutral words ------------------------------


def test_a_symptom_the_catalog_links_to_her_drug_sits_beside_it(owner_client, patient):
    period = last_30_days(patient)
    on_drug(patient, "anastrozole", start=period.start - timedelta(days=60))
    log_day(patient, period.end, severities={"nausea": 2, "confusion": 1})
    summary = build_summary(patient, period)
    groups = {g.title: [s.symptom.slug for s in g.stats] for g in summary.side_effects}
    assert groups == {"anastrozole": ["nausea"]}
    assert [s.symptom.slug for s in summary.symptoms] == ["confusion"]
    html = owner_client.get(url(patient), custom(period)).content.decode()
    side = section_html(html, "s-side-effects")
    assert "Nausea" in side and "Also on the source's list for liver" in side
    assert "Nausea" not in section_html(html, "s-symptoms")


def test_site_lists_are_named_only_for_sites_not_known_to_be_affected(owner_client, patient):
    period = last_30_days(patient)
    patient.known_sites.add(Site.objects.get(slug="brain"))
    log_day(patient, period.end, severities={"confusion": 1, "coughing-up-blood": 1})
    summary = build_summary(patient, period)
    assert stat_of(summary, "confusion").also_on == ()
    assert stat_of(summary, "coughing-up-blood").also_on == ("lung",)
    html = owner_client.get(url(patient), custom(period)).content.decode()
    words = html.replace("does not diagnose", "").replace("not a diagnosis", "")
    assert "diagnos" not in words and "metastasis" not in section_html(html, "s-symptoms")


def test_csv_and_page_place_a_linked_symptom_in_the_same_section(owner_client, patient):
    """Nausea beside anastrozole: with only the side-effects section it reaches the CSV."""
    period = last_30_days(patient)
    on_drug(patient, "anastrozole", start=period.start)
    log_day(patient, period.end, severities={"nausea": 2, "confusion": 1})
    response = owner_client.get(
        url(patient, "summary_csv"), custom(period, section=["side_effects"])
    )
    text = response.content.decode()
    assert "Nausea" in text and "Confusion" not in text


# --- the heat map, notes ----------------------------------------------------------------------


def test_the_heat_map_is_left_out_until_she_chooses_it(owner_client, patient):
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"cough": 1})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert 'id="s-heat"' not in html
    every = [s.value for s in ALL_SECTIONS]
    html = owner_client.get(url(patient), custom(period, section=every)).content.decode()
    assert 'id="s-heat"' in html


def test_the_same_note_on_several_days_is_shown_once_with_its_dates(owner_client, patient):
    period = last_30_days(patient)
    days = [period.end - timedelta(days=n) for n in (4, 2, 0)]
    for day in days:
        log_day(patient, day, notes="Tired after the walk")
    log_day(patient, period.end - timedelta(days=1), notes="Slept well")
    DailyEntry.objects.update(include_notes_in_summary=True)
    summary = build_summary(patient, period)
    groups = {g.text: g.dates for g in summary.note_groups}
    assert groups == {
        "Tired after the walk": tuple(days),
        "Slept well": (period.end - timedelta(days=1),),
    }
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert section_html(html, "s-notes").count("Tired after the walk") == 1
    rows = list(
        csv.reader(
            io.StringIO(
                owner_client.get(url(patient, "summary_csv"), custom(period)).content.decode()
            )
        )
    )
    assert sum("Tired after the walk" in row for row in rows) == 3  # the CSV keeps every day


# --- the header -------------------------------------------------------------------------------


def test_the_header_has_date_of_birth_hospital_number_and_care_team(owner_client, patient):
    patient.date_of_birth = datetime(1961, 4, 3).date()
    patient.hospital_number = "RX-40213"
    patient.care_team_phone = "+442079460000"
    patient.save()
    connect_patient(patient, care_team("Oak Clinic"))
    html = owner_client.get(url(patient), custom(last_30_days(patient))).content.decode()
    start = html.index('<header class="summary-header">')
    header = html[start : html.index("</header>", start)]
    assert "Date of birth: <strong>3 Apr 1961</strong>" in header
    assert "Hospital number: <strong>RX-40213</strong>" in header
    assert "Oak Clinic (diary connected)" in header
    assert "Care team: Oak Clinic (diary connected) · Care team: " in header


def test_the_header_leaves_out_what_she_did_not_enter(owner_client, patient):
    html = owner_client.get(url(patient), custom(last_30_days(patient))).content.decode()
    assert "Date of birth" not in html and "Hospital number:" not in html


# --- top concerns -------------------------------------------------------------------------------


def concerns(client, patient, data, **extra):
    return client.post(url(patient, "summary_concerns"), data, **extra)


def test_she_saves_her_top_concerns_in_order(owner_client, patient):
    response = concerns(
        owner_client,
        patient,
        {
            "concern": ["fatigue", "", "bone-pain"],
            "note": "Can I travel in May?",
            "query": "preset=7",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url(patient) + "?preset=7"
    patient.refresh_from_db()
    assert patient.top_concerns == ["fatigue", "bone-pain"]
    assert patient.top_concerns_note == "Can I travel in May?"


def test_saving_concerns_adds_them_to_a_choice_of_sections_saved_before(owner_client, patient):
    patient.summary_sections = ["symptoms", "flags"]
    patient.save()
    concerns(owner_client, patient, {"concern": ["fatigue"], "note": "", "query": ""})
    patient.refresh_from_db()
    assert patient.summary_sections == ["concerns", "flags", "symptoms"]
    html = owner_client.get(url(patient), custom(last_30_days(patient))).content.decode()
    assert "Fatigue" in section_html(html, "s-concerns")


def test_a_team_not_shown_her_notes_does_not_see_the_note_beside_her_concerns(client, patient):
    from tests.factories import clinician

    patient.top_concerns = ["fatigue"]
    patient.top_concerns_note = "scared about the scan"
    patient.save()
    team = care_team()
    connect_patient(patient, team, share_notes=False)
    client.force_login(clinician(team))
    html = client.get(url(patient), custom(last_30_days(patient))).content.decode()
    assert "Fatigue" in section_html(html, "s-concerns")
    assert "scared about the scan" not in html


def test_top_concerns_come_right_after_since_the_last_visit(owner_client, patient):
    patient.top_concerns = ["bone-pain", "fatigue"]
    patient.top_concerns_note = "Travel in May"
    patient.save()
    html = owner_client.get(url(patient), custom(last_30_days(patient))).content.decode()
    part = section_html(html, "s-concerns")
    assert part.index("Bone pain") < part.index("Fatigue")
    assert "Travel in May" in part
    assert (
        html.index('id="s-since"') < html.index('id="s-concerns"') < html.index('id="s-symptoms"')
    )


def test_more_than_three_concerns_are_refused_with_a_clear_message(owner_client, patient):
    data = {"concern": ["fatigue", "bone-pain", "cough", "nausea"], "note": ""}
    response = concerns(owner_client, patient, data)
    assert response.status_code == 400
    assert "Choose at most 3 concerns: you chose 4." in response.content.decode()
    patient.refresh_from_db()
    assert patient.top_concerns == []


def test_an_unknown_or_repeated_concern_is_refused(owner_client, patient):
    assert concerns(owner_client, patient, {"concern": ["no-such"]}).status_code == 400
    response = concerns(owner_client, patient, {"concern": ["cough", "cough"]})
    assert response.status_code == 400
    assert "Choose each concern once." in response.content.decode()
    patient.refresh_from_db()
    assert patient.top_concerns == []


def test_a_stranger_gets_404_for_top_concerns(stranger_client, patient):
    assert concerns(stranger_client, patient, {"concern": ["cough"]}).status_code == 404
    patient.refresh_from_db()
    assert patient.top_concerns == []


def test_a_viewer_cannot_change_the_top_concerns_nor_sees_the_form(client, patient, stranger):
    CareGrant.objects.create(patient=patient, caregiver=stranger.user, role="viewer")
    client.force_login(stranger.user)
    assert concerns(client, patient, {"concern": ["cough"]}).status_code == 403
    patient.refresh_from_db()
    assert patient.top_concerns == []
    html = client.get(url(patient), {"preset": "7"}).content.decode()
    assert "Save my top concerns" not in html


def test_an_editor_caregiver_may_set_the_top_concerns(client, patient, stranger):
    CareGrant.objects.create(patient=patient, caregiver=stranger.user, role="editor")
    client.force_login(stranger.user)
    assert concerns(client, patient, {"concern": ["cough"]}).status_code == 302
    patient.refresh_from_db()
    assert patient.top_concerns == ["cough"]


def test_top_concerns_need_a_post_and_a_login(owner_client, patient):
    assert owner_client.get(url(patient, "summary_concerns")).status_code == 405
    response = Client().post(url(patient, "summary_concerns"), {"concern": ["cough"]})
    assert response.status_code == 302 and "login" in response["Location"]


def test_leaving_out_the_concerns_section_leaves_them_out(owner_client, patient):
    patient.top_concerns = ["bone-pain"]
    patient.save()
    html = owner_client.get(
        url(patient), custom(last_30_days(patient), section=["symptoms"])
    ).content.decode()
    assert 'id="s-concerns"' not in html


def test_the_summary_page_still_costs_the_same_queries_with_a_team_and_concerns(
    owner_client, patient
):
    """The new parts (last visit, team, warnings, links, trends) are a fixed set of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connect_patient(patient, care_team("Oak Clinic"))
    on_drug(patient, "trastuzumab-deruxtecan", start=patient.today() - timedelta(days=400))
    patient.top_concerns = ["cough"]
    patient.save()
    today = patient.today()
    for n in range(120):
        log_day(
            patient,
            today - timedelta(days=n),
            severities={"cough": 1 + n % 3, "seizure": n % 9 == 0},
        )

    def count(days: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            period = Period(today - timedelta(days=days - 1), today)
            assert owner_client.get(url(patient), custom(period)).status_code == 200
        return len(queries)

    count(14)
    assert count(14) == count(110)


def test_a_symptom_on_a_known_sites_list_stays_with_the_symptoms(patient):
    """Bone pain with the bones known to be affected is not put beside anastrozole."""
    period = last_30_days(patient)
    on_drug(patient, "anastrozole", start=period.start - timedelta(days=60))
    log_day(patient, period.end, severities={"bone-pain": 2})
    assert [s.symptom.slug for s in build_summary(patient, period).side_effects[0].stats] == [
        "bone-pain"
    ]
    patient.known_sites.add(Site.objects.get(slug="bone"))
    summary = build_summary(patient, period)
    assert [s.symptom.slug for s in summary.symptoms] == ["bone-pain"]
    assert summary.side_effects == []


def test_her_own_cause_puts_a_symptom_beside_the_treatment(patient):
    period = last_30_days(patient)
    patient.known_sites.add(Site.objects.get(slug="bone"))
    treatment = on_drug(patient, "anastrozole", start=period.start - timedelta(days=60))
    entry = log_day(patient, period.end, severities={"bone-pain": 2})
    entry.reports.update(treatment=treatment)
    summary = build_summary(patient, period)
    assert summary.symptoms == []
    assert [g.title for g in summary.side_effects] == ["anastrozole"]


def test_the_care_team_column_appears_only_with_a_team(owner_client, patient):
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"seizure": 1})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert '<th scope="col">Care team</th>' not in html
    connect_patient(patient, care_team("Oak Clinic"))
    log_day(patient, period.end, severities={"seizure": 1, "cough": 1})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert '<th scope="col">Care team</th>' in html


def test_a_share_link_shows_the_top_concerns_only_when_chosen(owner_client, patient):
    from tests.test_privacy_exports import share_link_page

    patient.top_concerns = ["bone-pain"]
    patient.top_concerns_note = "Zebra-question-5521"
    patient.save()
    log_day(patient, patient.today(), severities={"cough": 1})
    assert "Zebra-question-5521" in share_link_page(owner_client, patient, ["concerns"])
    assert "Zebra-question-5521" not in share_link_page(owner_client, patient, ["symptoms"])


def test_the_pdf_carries_since_the_last_visit_and_the_concerns(owner_client, patient):
    from tests.test_privacy_exports import pdf_text

    patient.top_concerns = ["bone-pain"]
    patient.save()
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"cough": 1})
    text = pdf_text(owner_client.get(url(patient, "summary_pdf"), custom(period)).content)
    assert "Since the last visit" in text and "Top concerns" in text and "Bone pain" in text


def test_the_temperature_trend_is_in_her_own_unit(patient):
    patient.temperature_unit = "F"
    patient.save()
    period = last_30_days(patient)
    log_day(patient, period.end, temperature_c=Decimal("38.5"))
    row = next(r for r in build_summary(patient, period).trends_shown if r.key == "temperature_c")
    assert (row.recent, row.unit) == (101.3, "°F")


def test_an_acknowledgement_by_one_team_wins_over_another_teams_queue(patient):
    first, second = care_team("Oak Clinic"), care_team("Elm Ward")
    connect_patient(patient, first)
    connect_patient(patient, second)
    period = last_30_days(patient)
    log_day(patient, period.end, severities={"seizure": 1})
    TriageItem.objects.filter(team=second).update(
        status=TriageItem.Status.ACKNOWLEDGED,
        acknowledged_at=timezone.make_aware(
            datetime.combine(period.end, time(9, 30)), patient.zone
        ),
    )
    flag = build_summary(patient, period).flags_since[0]
    assert flag.team == f"Acknowledged by Elm Ward, {period.end:%-d %b} 09:30"


def test_the_weight_trend_is_in_her_own_unit(patient, monkeypatch):
    period = last_30_days(patient)
    weights = {period.end: 60.0, period.end - timedelta(days=8): 62.0}
    monkeypatch.setattr(
        "diary.summary.build.daily_measure_series",
        lambda patient, start, end: {"weight_kg": weights},
    )
    row = next(r for r in build_summary(patient, period).trends_shown if r.key == "weight_kg")
    assert (row.before, row.recent, row.unit, row.reading) == (62.0, 60.0, "kg", "Lower")
    patient.weight_unit = "lb"  # the measures' profile choice
    row = next(r for r in build_summary(patient, period).trends_shown if r.key == "weight_kg")
    assert (row.recent, row.unit) == (132.3, "lb")


# --- medical language (../shared/design/product.md: it records, never diagnoses) ---------------


def test_a_symptom_not_reported_since_the_visit_is_not_called_resolved(owner_client, patient):
    period = last_30_days(patient)
    seen = period.end - timedelta(days=10)
    visit(patient, seen)
    log_day(patient, seen - timedelta(days=3), severities={"hot-flashes": 2})
    log_day(patient, seen + timedelta(days=2), severities={"cough": 1})
    part = section_html(owner_client.get(url(patient), custom(period)).content.decode(), "s-since")
    assert "<dt>No longer reported</dt><dd>Hot flashes (moderate on" in part
    assert "esolved" not in part


def test_side_effects_beside_a_treatment_say_it_is_not_a_judgement_of_the_cause(
    owner_client, patient
):
    period = last_30_days(patient)
    on_drug(patient, "anastrozole", start=period.start - timedelta(days=60))
    log_day(patient, period.end, severities={"hot-flashes": 2})
    part = section_html(
        owner_client.get(url(patient), custom(period)).content.decode(), "s-side-effects"
    )
    assert "Not a judgement of the cause." in part
    assert "anastrozole" in part


def test_the_concerns_errors_are_shown_next_to_their_fields(owner_client, patient):
    from diary.models.people import TOP_CONCERNS_NOTE_MAX_LENGTH

    data = {
        "concern": ["fatigue", "nausea", "cough", "bone-pain"],
        "note": "x" * (TOP_CONCERNS_NOTE_MAX_LENGTH + 1),
    }
    html = concerns(owner_client, patient, data).content.decode()
    assert (
        '<div class="alert alert-danger" role="alert" id="concern-error">Choose at most 3' in html
    )
    assert html.count('class="form-select is-invalid"') == 3
    assert html.count('aria-describedby="concern-error"') == 3
    assert 'class="form-control is-invalid" name="note"' in html
    assert '<div class="invalid-feedback" id="note-error">' in html
    assert 'aria-describedby="note-error"' in html
    shown = owner_client.get(url(patient)).content.decode()
    assert "concern-error" not in shown and "note-error" not in shown
    assert 'class="form-select"' in shown and "is-invalid" not in shown


def test_the_sections_open_when_a_section_is_refused(owner_client, patient):
    refused = owner_client.get(url(patient), {"section": ["symptoms", "no-such"]})
    assert '<details class="mb-2" open>' in refused.content.decode()
    shown = owner_client.get(url(patient), {"section": ["symptoms"]}).content.decode()
    assert '<details class="mb-2">' in shown
