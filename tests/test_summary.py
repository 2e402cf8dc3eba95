"""The appointment summary: build_summary, the page /d/<patient>/summary/ and its exports."""

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from diary.models import (
    Appointment,
    CareGrant,
    DailyEntry,
    DoseLog,
    Drug,
    Patient,
    Question,
    Site,
    Symptom,
    SymptomReport,
    Treatment,
    TreatmentType,
)
from diary.summary import ALL_SECTIONS, DISCLAIMER, Period, Section, Trend, build_summary
from tests.factories import log_day

pytestmark = pytest.mark.django_db

EXPORTS = ("summary_pdf", "summary_csv", "summary_fhir")
PAGES = ("summary", *EXPORTS)
HTML = '<script>alert("x")</script><b>bold</b>'
MENTION = "Also on the source's list for"


@pytest.fixture
def period(patient):
    """Two weeks ending yesterday: the first half is its first 7 days."""
    end = patient.today() - timedelta(days=1)
    return Period(end - timedelta(days=13), end)


def url(patient, name="summary"):
    return reverse(name, args=[patient.public_id])


def custom(period: Period, **extra) -> dict[str, str]:
    return {"preset": "custom", "start": str(period.start), "end": str(period.end), **extra}


def stat_of(summary, slug: str):
    """The symptom's statistics, from the symptom table or a treatment's side effects."""
    tables = [summary.symptoms, *(group.stats for group in summary.side_effects)]
    return next(stat for stats in tables for stat in stats if stat.symptom.slug == slug)


def row_of(html: str, name: str, *, section: str = "s-symptoms") -> str:
    """The row naming the symptom in the first table of the section (by its heading's id)."""
    html = html[html.index(f'id="{section}"') :]
    match = re.search(rf'<th scope="row">{re.escape(name)}\b.*?</tr>', html, re.S)
    assert match, name
    return match.group(0)


def drug_treatment(patient, *, start, drug="anastrozole", track_doses=True) -> Treatment:
    return Treatment.objects.create(
        patient=patient,
        drug=Drug.objects.get(slug=drug),
        type=TreatmentType.objects.get(slug="hormone-therapy"),
        dose="1 mg daily",
        start_date=start,
        track_doses=track_doses,
    )


# --- Period -----------------------------------------------------------------------------------


def test_previous_period_has_the_same_length_and_ends_the_day_before(period):
    previous = period.previous()
    assert previous.days == period.days == 14
    assert previous.end == period.start - timedelta(days=1)
    assert len(period.dates()) == 14


# --- build_summary --------------------------------------------------------------------------


def test_symptom_mild_then_severe_is_trending_up(patient, period):
    log_day(patient, period.start, severities={"nausea": 1})
    log_day(patient, period.start + timedelta(days=1), severities={"nausea": 1})
    log_day(patient, period.end - timedelta(days=1), severities={"nausea": 3})
    log_day(patient, period.end, severities={"nausea": 3})
    stat = stat_of(build_summary(patient, period), "nausea")
    assert stat.trend == Trend.UP
    assert (stat.days_reported, stat.worst, stat.latest) == (4, 3, 3)
    assert (stat.first_date, stat.latest_date) == (period.start, period.end)


def test_symptom_severe_then_mild_is_trending_down(patient, period):
    log_day(patient, period.start, severities={"nausea": 4})
    log_day(patient, period.start + timedelta(days=1), severities={"nausea": 3})
    log_day(patient, period.end, severities={"nausea": 1})
    stat = stat_of(build_summary(patient, period), "nausea")
    assert stat.trend == Trend.DOWN
    assert (stat.worst, stat.latest) == (4, 1)


def test_symptom_at_the_same_level_is_steady(patient, period):
    log_day(patient, period.start, severities={"nausea": 2})
    log_day(patient, period.end, severities={"nausea": 2})
    assert stat_of(build_summary(patient, period), "nausea").trend == Trend.STEADY


def test_symptom_not_reported_in_the_previous_period_is_new(patient, period):
    log_day(patient, period.start - timedelta(days=3), severities={"fatigue": 1})
    log_day(patient, period.start, severities={"cough": 1})
    stat = stat_of(build_summary(patient, period), "cough")
    assert stat.is_new


def test_symptom_reported_in_both_periods_is_not_new(patient, period):
    log_day(patient, period.start - timedelta(days=3), severities={"cough": 1})
    log_day(patient, period.start, severities={"cough": 2})
    assert not stat_of(build_summary(patient, period), "cough").is_new


def test_symptom_reported_only_before_the_previous_period_is_new(patient, period):
    log_day(patient, period.previous().start - timedelta(days=1), severities={"cough": 1})
    log_day(patient, period.start, severities={"cough": 2})
    assert stat_of(build_summary(patient, period), "cough").is_new


def test_days_logged_counts_only_days_inside_the_period(patient, period):
    log_day(patient, period.start - timedelta(days=1))
    log_day(patient, period.start)
    log_day(patient, period.end)
    summary = build_summary(patient, period)
    assert (summary.days_logged, summary.period.days) == (2, 14)


def test_flags_carry_date_symptom_severity_and_reason(patient, period):
    log_day(patient, period.start, severities={"seizure": 2, "cough": 1})
    summary = build_summary(patient, period)
    (flag,) = summary.flags
    assert flag.date == period.start
    assert flag.concern.symptom.slug == "seizure"
    assert flag.concern.severity == 2
    assert flag.concern.red_flag
    assert flag.concern.reasons


def test_site_not_known_to_be_affected_is_marked_mention(patient, period):
    patient.known_sites.add(Site.objects.get(slug="bone"))
    log_day(patient, period.start, severities={"nausea": 2, "bone-pain": 2, "fatigue": 1})
    summary = build_summary(patient, period)
    assert stat_of(summary, "nausea").mention
    assert not stat_of(summary, "bone-pain").mention
    assert not stat_of(summary, "fatigue").mention


def test_without_known_sites_site_symptoms_are_marked_mention(patient, period):
    log_day(patient, period.start, severities={"nausea": 2, "bone-pain": 2, "fatigue": 1})
    summary = build_summary(patient, period)
    assert stat_of(summary, "nausea").mention
    assert stat_of(summary, "bone-pain").mention
    assert not stat_of(summary, "fatigue").mention


def test_general_symptom_on_a_site_list_is_never_marked_mention(patient, period):
    log_day(patient, period.start, severities={"pain": 2})  # general, brain and liver lists
    stat = stat_of(build_summary(patient, period), "pain")
    assert not stat.mention and stat.also_on == ()


def test_side_effects_are_grouped_by_treatment(patient, period):
    drug = drug_treatment(patient, start=period.start - timedelta(days=30))
    log_day(patient, period.start, severities={"hot-flashes": 2, "mouth-sores": 1, "nausea": 2})
    SymptomReport.objects.filter(symptom__slug__in=["hot-flashes", "nausea"]).update(treatment=drug)
    summary = build_summary(patient, period)
    groups = {g.title: sorted(s.symptom.slug for s in g.stats) for g in summary.side_effects}
    assert groups == {
        "anastrozole": ["hot-flashes", "nausea"],
        "Not put down to a treatment": ["mouth-sores"],
    }
    assert [g.title for g in summary.side_effects][-1] == "Not put down to a treatment"


def test_only_notes_marked_for_the_summary_are_included(patient, period):
    log_day(patient, period.start, notes="Private thoughts")
    log_day(patient, period.end, notes="Tell the doctor")
    DailyEntry.objects.filter(date=period.end).update(include_notes_in_summary=True)
    summary = build_summary(patient, period)
    assert summary.notes == [(period.end, "Tell the doctor")]


def test_only_unanswered_questions_are_included(patient, period):
    Question.objects.create(patient=patient, text="Open one", asked_on=period.start)
    Question.objects.create(
        patient=patient, text="Done", asked_on=period.start, answered_at=timezone.now()
    )
    assert [q.text for q in build_summary(patient, period).questions] == ["Open one"]


def test_current_treatments_leave_out_stopped_ones(patient, period):
    drug_treatment(patient, start=period.start - timedelta(days=60))
    stopped = drug_treatment(patient, start=period.start - timedelta(days=60), drug="tamoxifen")
    stopped.stop_date = period.start + timedelta(days=2)
    stopped.save()
    summary = build_summary(patient, period)
    assert [t.name for t in summary.current_treatments] == ["anastrozole"]
    assert {t.name for t in summary.treatments} == {"anastrozole", "tamoxifen"}


# --- the page -------------------------------------------------------------------------------


def test_owner_sees_the_sections_in_order(owner_client, patient, period):
    patient.subtype = Patient.Subtype.LUMINAL_A
    patient.save()
    patient.known_sites.add(Site.objects.get(slug="bone"))
    drug_treatment(patient, start=period.start - timedelta(days=30))
    Question.objects.create(patient=patient, text="Can I travel?", asked_on=period.start)
    log_day(patient, period.start, severities={"seizure": 1, "hot-flashes": 2}, notes="Noted")
    DailyEntry.objects.filter(date=period.start).update(include_notes_in_summary=True)
    every = [s.value for s in ALL_SECTIONS]
    response = owner_client.get(url(patient), custom(period, section=every))
    assert response.status_code == 200
    html = response.content.decode()
    header = html.index("Symptom and side-effect summary: ")
    positions = [
        html.index(f'id="{anchor}"')
        for anchor in (
            "s-since",
            "s-flags",
            "s-concerns",
            "s-symptoms",
            "s-side-effects",
            "s-wellbeing",
            "s-heat",
            "s-adherence",
            "s-questions",
            "s-notes",
        )
    ]
    assert header < positions[0]
    assert positions == sorted(positions)
    assert positions[-1] < html.index(DISCLAIMER)


def test_header_shows_range_days_logged_subtype_sites_and_treatments(owner_client, patient, period):
    patient.subtype = Patient.Subtype.TRIPLE_NEGATIVE
    patient.save()
    patient.known_sites.add(Site.objects.get(slug="liver"))
    drug_treatment(patient, start=period.start - timedelta(days=30))
    log_day(patient, period.start)
    log_day(patient, period.end)
    response = owner_client.get(url(patient), custom(period))
    html = response.content.decode()
    assert f"{period.start:%-d %b %Y} to {period.end:%-d %b %Y}" in html
    assert "2 of 14 days logged" in html
    assert "Subtype: Triple-negative" in html
    assert "Sites known to be affected: liver" in html
    assert "anastrozole (1 mg daily)" in html


def test_page_lists_flags_with_date_symptom_severity_and_trigger(owner_client, patient, period):
    log_day(patient, period.start, severities={"joint-pain": 3})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    row = row_of(html, "Joint pain", section="s-flags")
    assert f"{period.start:%-d %b}" in html
    assert "Severe" in row and "Red flag" in row
    assert "Severe pain" in row


def test_page_marks_mention_only_for_sites_not_known_to_be_affected(owner_client, patient, period):
    patient.known_sites.add(Site.objects.get(slug="bone"))
    log_day(patient, period.start, severities={"nausea": 2, "bone-pain": 2, "fatigue": 1})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert MENTION in row_of(html, "Nausea")
    assert MENTION not in row_of(html, "Bone pain")
    assert MENTION not in row_of(html, "Fatigue")
    assert "diagnos" not in html.replace("does not diagnose", "").replace("not a diagnosis", "")


def test_page_marks_mention_for_site_symptoms_without_known_sites(owner_client, patient, period):
    log_day(patient, period.start, severities={"bone-pain": 2, "fatigue": 1})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert MENTION in row_of(html, "Bone pain")
    assert MENTION not in row_of(html, "Fatigue")


def test_general_symptom_under_another_site_is_not_captioned_mention(owner_client, patient, period):
    log_day(patient, period.start, severities={"pain": 2})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert "Pain" in row_of(html, "Pain")
    assert MENTION not in row_of(html, "Pain")


def test_page_shows_trend_and_new(owner_client, patient, period):
    log_day(patient, period.start - timedelta(days=2), severities={"cough": 2})
    log_day(patient, period.start, severities={"nausea": 1, "cough": 2})
    log_day(patient, period.end, severities={"nausea": 3, "cough": 2})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    nausea, cough = row_of(html, "Nausea"), row_of(html, "Cough")
    assert "Worse ↑" in nausea and "New" in nausea
    assert "Steady" in cough and "New" not in cough


def test_charts_are_svg_with_text_alternatives_and_no_script(owner_client, patient, period):
    log_day(patient, period.start, severities={"nausea": 2}, wellbeing=4)
    log_day(patient, period.end, severities={"nausea": 1}, wellbeing=7)
    every = [s.value for s in ALL_SECTIONS]
    html = owner_client.get(url(patient), custom(period, section=every)).content.decode()
    article = html[html.index('<article class="summary">') : html.index("</article>")]
    svgs = re.findall(r"<svg[^>]*>", article)
    charts = [s for s in svgs if 'role="img"' in s]
    assert len(charts) == 2
    for tag in charts:
        title, desc = re.search(r'aria-labelledby="(\S+) (\S+)"', tag).groups()
        assert f'<title id="{title}">' in article
        assert f'<desc id="{desc}">' in article
    assert "Wellbeing on a 0 to 10 scale on 2 days" in article
    assert "Legend" in article
    assert "<script" not in article
    assert not re.search(r"<[^>]*\son\w+=", article)  # no event handlers either


def test_page_ends_with_the_not_medical_advice_statement(owner_client, patient, period):
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert "it is not medical advice" in html
    assert html.count("it is not medical advice") == 1


def test_period_without_entries_is_an_honest_empty_summary(owner_client, patient, period):
    response = owner_client.get(url(patient), custom(period))
    assert response.status_code == 200
    html = response.content.decode()
    assert "0 of 14 days logged" in html
    assert "None since then." in html
    assert "Nothing logged in this period." in html
    assert "No side effects reported in this period." in html
    assert "No wellbeing recorded in this period." in html


def test_logged_days_without_symptoms_say_so(owner_client, patient, period):
    log_day(patient, period.start, severities={})
    html = owner_client.get(url(patient), custom(period)).content.decode()
    section = html[html.index('id="s-symptoms"') : html.index('id="s-side-effects"')]
    assert "No symptoms reported in this period." in section


def test_html_in_notes_is_escaped_on_the_page(owner_client, patient, period):
    log_day(patient, period.start, notes=HTML)
    DailyEntry.objects.filter(date=period.start).update(include_notes_in_summary=True)
    Question.objects.create(patient=patient, text=HTML, asked_on=period.start)
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert "&lt;script&gt;alert(" in html
    assert HTML not in html


def test_chosen_sections_are_shown_and_a_get_saves_nothing(owner_client, patient, period):
    log_day(patient, period.start, severities={"seizure": 1}, notes="Marked")
    DailyEntry.objects.filter(date=period.start).update(include_notes_in_summary=True)
    response = owner_client.get(url(patient), custom(period, section=["notes", "flags"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="s-flags"' in html and 'id="s-notes"' in html
    assert 'id="s-symptoms"' not in html and 'id="s-heat"' not in html
    assert "Remember these sections" in html
    patient.refresh_from_db()
    assert patient.summary_sections == []


def test_chosen_sections_are_remembered_by_a_post(owner_client, patient, period):
    query = "preset=custom&start=" + period.start.isoformat()
    response = owner_client.post(
        reverse("summary_sections", args=[patient.public_id]),
        {"section": ["notes", "flags", "bogus"], "query": query},
    )
    assert response.status_code == 302
    assert response["Location"].endswith("?" + query)
    patient.refresh_from_db()
    assert patient.summary_sections == ["flags", "notes"]
    html = owner_client.get(url(patient), custom(period)).content.decode()
    assert 'id="s-notes"' in html and 'id="s-symptoms"' not in html
    assert "Remember these sections" not in html


def test_remembering_sections_refuses_a_get(owner_client, patient):
    response = owner_client.get(reverse("summary_sections", args=[patient.public_id]))
    assert response.status_code == 405


@pytest.mark.parametrize(
    ("role", "status", "saved"), [("editor", 302, ["flags"]), ("viewer", 403, [])]
)
def test_only_an_editor_caregiver_changes_the_remembered_sections(
    client, patient, stranger, role, status, saved
):
    CareGrant.objects.create(patient=patient, caregiver=stranger.user, role=role)
    client.force_login(stranger.user)
    response = client.get(url(patient), {"preset": "7", "section": ["flags"]})
    assert response.status_code == 200
    assert response.context["summary"].sections == frozenset({Section.FLAGS})
    response = client.post(
        reverse("summary_sections", args=[patient.public_id]), {"section": ["flags"]}
    )
    assert response.status_code == status
    patient.refresh_from_db()
    assert patient.summary_sections == saved


def test_every_section_but_the_heat_map_is_shown_until_a_choice_is_made(
    owner_client, patient, period
):
    response = owner_client.get(url(patient), custom(period))
    assert response.context["summary"].sections == frozenset(ALL_SECTIONS) - {Section.HEATMAP}
    assert 'id="s-heat"' not in response.content.decode()
    patient.refresh_from_db()
    assert patient.summary_sections == []


def test_unknown_section_is_rejected_without_saving(owner_client, patient, period):
    response = owner_client.get(url(patient), custom(period, section=["flags", "bogus"]))
    assert response.status_code == 400
    assert "bogus" in response.content.decode()  # named in the error message
    patient.refresh_from_db()
    assert patient.summary_sections == []


def test_stale_saved_section_is_ignored(owner_client, patient, period):
    patient.summary_sections = ["flags", "retired-section"]
    patient.save()
    response = owner_client.get(url(patient), custom(period))
    assert response.status_code == 200
    assert response.context["summary"].sections == frozenset({Section.FLAGS})


# --- presets --------------------------------------------------------------------------------


@pytest.mark.parametrize("days", [7, 30, 90])
def test_last_n_days_preset_ends_today(owner_client, patient, days):
    response = owner_client.get(url(patient), {"preset": str(days)})
    assert response.status_code == 200
    period = response.context["summary"].period
    assert period.end == patient.today()
    assert period.days == days


def test_default_without_appointments_is_the_last_30_days(owner_client, patient):
    response = owner_client.get(url(patient))
    assert response.status_code == 200
    assert response.context["summary"].period.days == 30


def test_since_last_appointment_without_one_falls_back_to_30_days_and_says_so(
    owner_client, patient
):
    Appointment.objects.create(patient=patient, starts_at=timezone.now() + timedelta(days=3))
    response = owner_client.get(url(patient), {"preset": "since_last"})
    assert response.status_code == 200
    assert response.context["summary"].period.days == 30
    assert "No past appointment in the diary yet, so the last 30 days." in response.text


def test_a_share_link_for_a_new_patient_covers_the_last_30_days(owner_client, patient):
    share_url = reverse("share_links", args=[patient.public_id])
    page = owner_client.get(share_url)
    assert "No past appointment in the diary yet, so the last 30 days." in page.text
    owner_client.post(share_url, {"preset": "since_last", "nonce": "n1", "days": "14"})
    link = patient.share_links.get()
    assert (link.end - link.start).days + 1 == 30


def test_since_last_appointment_starts_on_its_local_date(owner_client, patient):
    patient.user.time_zone = "Pacific/Auckland"  # UTC+12 or +13: 20:00 UTC is the next day
    patient.user.save()
    ten_days_ago = timezone.now().astimezone(UTC).date() - timedelta(days=10)
    starts_at = datetime.combine(ten_days_ago, datetime.min.time(), UTC).replace(hour=20)
    Appointment.objects.create(patient=patient, starts_at=starts_at - timedelta(days=30))
    Appointment.objects.create(patient=patient, starts_at=starts_at)
    response = owner_client.get(url(patient), {"preset": "since_last"})
    assert response.status_code == 200
    period = response.context["summary"].period
    assert period.start == ten_days_ago + timedelta(days=1)
    assert period.end == patient.today()


def test_since_last_appointment_is_the_default_when_there_is_one(owner_client, patient):
    Appointment.objects.create(patient=patient, starts_at=timezone.now() - timedelta(days=5))
    response = owner_client.get(url(patient))
    assert response.status_code == 200
    assert response.context["form"].cleaned_data["preset"] == "since_last"


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"preset": "custom", "start": "2024-03-10", "end": "2024-03-01"}, "before the start"),
        ({"preset": "custom", "start": "2024-03-10", "end": "2999-01-01"}, "beyond today"),
        ({"preset": "custom", "start": "1975-01-01", "end": "2025-01-01"}, "onwards"),
        ({"preset": "custom", "start": "2020-01-01", "end": "2024-01-01"}, "at most 3 years"),
        ({"preset": "custom", "start": "2024-02-30"}, "Enter a valid date"),
        ({"preset": "custom", "start": "yesterday"}, "Enter a valid date"),
        ({"preset": "custom", "start": "2024-01-01", "end": "<script>"}, "Enter a valid date"),
        ({"preset": "custom"}, "Choose the first day"),
        ({"preset": "365"}, "Select a valid choice"),
        ({"preset": "<b>x</b>"}, "Select a valid choice"),
    ],
)
def test_bad_period_re_renders_with_the_error(owner_client, patient, params, message):
    response = owner_client.get(url(patient), params)
    assert response.status_code == 400
    assert response.context["summary"] is None
    html = response.content.decode()
    assert message in html
    assert "<b>x</b>" not in html and "<script>" not in html


def test_future_start_is_rejected(owner_client, patient):
    tomorrow = patient.today() + timedelta(days=1)
    response = owner_client.get(url(patient), {"preset": "custom", "start": str(tomorrow)})
    assert response.status_code == 400
    assert response.context["summary"] is None


@pytest.mark.parametrize("name", EXPORTS)
def test_exports_with_a_bad_period_are_not_attachments(owner_client, patient, name):
    response = owner_client.get(
        url(patient, name), {"preset": "custom", "start": "2024-03-10", "end": "2024-03-01"}
    )
    assert response.status_code == 400
    assert "Content-Disposition" not in response
    assert "The end date is before the start date." in response.content.decode()


# --- exports --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content_type", "extension"),
    [
        ("summary_pdf", "application/pdf", "pdf"),
        ("summary_csv", "text/csv; charset=utf-8", "csv"),
        ("summary_fhir", "application/fhir+json", "json"),
    ],
)
def test_export_is_an_uncached_attachment_with_a_server_chosen_name(
    owner_client, patient, period, name, content_type, extension
):
    log_day(patient, period.start, severities={"nausea": 2})
    response = owner_client.get(url(patient, name), custom(period))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (
        f'attachment; filename="symptom-summary-{period.start}-to-{period.end}.{extension}"'
    )
    assert response["Cache-Control"] == "no-store"


def test_pdf_is_a_pdf(owner_client, patient, period):
    log_day(patient, period.start, severities={"nausea": 2, "seizure": 1}, wellbeing=3)
    response = owner_client.get(url(patient, "summary_pdf"), custom(period))
    assert response.content.startswith(b"%PDF")


def test_pdf_of_an_empty_period_is_a_pdf(owner_client, patient, period):
    response = owner_client.get(url(patient, "summary_pdf"), custom(period))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize(
    "payload",
    [
        HTML,
        '<img src="file:///etc/passwd"><link rel="stylesheet" href="http://evil.invalid/x.css">',
        '=HYPERLINK("http://evil.invalid","x")',
        "</dd></dl></article><svg onload=alert(1)>",
    ],
)
def test_pdf_renders_notes_full_of_html_and_formulas(owner_client, patient, period, payload):
    log_day(patient, period.start, severities={"nausea": 2}, notes=payload)
    DailyEntry.objects.filter(date=period.start).update(include_notes_in_summary=True)
    Question.objects.create(patient=patient, text=payload[:500], asked_on=period.start)
    response = owner_client.get(url(patient, "summary_pdf"), custom(period))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


@override_settings(EXPORT_BACKGROUND_AFTER_DAYS=3660)  # rendered here, not by a task
def test_three_year_pdf_renders(owner_client, patient):
    end = patient.today()
    start = end - timedelta(days=3 * 365)
    entries = DailyEntry.objects.bulk_create(
        DailyEntry(patient=patient, date=start + timedelta(days=n), wellbeing=n % 11)
        for n in range(0, 3 * 365, 3)
    )
    SymptomReport.objects.bulk_create(
        SymptomReport(entry=e, symptom=Symptom.objects.get(slug="nausea"), severity=1 + i % 4)
        for i, e in enumerate(entries)
    )
    period = Period(start, end)
    response = owner_client.get(url(patient, "summary_pdf"), custom(period))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


# --- who may see it -------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_stranger_gets_404(stranger_client, patient, period, name):
    log_day(patient, period.start, severities={"nausea": 2})
    assert stranger_client.get(url(patient, name), custom(period)).status_code == 404


@pytest.mark.parametrize("name", PAGES)
def test_stranger_post_gets_404(stranger_client, patient, name):
    assert stranger_client.post(url(patient, name)).status_code == 404


@pytest.mark.parametrize("name", PAGES)
def test_anonymous_is_sent_to_login(patient, name):
    response = Client().get(url(patient, name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("name", PAGES)
def test_post_is_not_allowed(owner_client, patient, name):
    assert owner_client.post(url(patient, name)).status_code == 405
    patient.refresh_from_db()
    assert patient.summary_sections == []


def test_stranger_cannot_save_sections_on_someone_elses_diary(stranger_client, patient):
    response = stranger_client.post(
        reverse("summary_sections", args=[patient.public_id]), {"section": ["flags"]}
    )
    assert response.status_code == 404
    patient.refresh_from_db()
    assert patient.summary_sections == []


# --- queries --------------------------------------------------------------------------------


def seed_years(patient, *, days: int) -> None:
    """A logged day for each of `days` days up to today, with reports, doses, notes."""
    today = patient.today()
    drug = drug_treatment(patient, start=today - timedelta(days=days + 10))
    own = Treatment.objects.create(
        patient=patient,
        custom_name="Ginger tea",
        type=TreatmentType.objects.get(slug="symptom-relief"),
        start_date=today - timedelta(days=days + 10),
    )
    patient.known_sites.add(Site.objects.get(slug="bone"))
    Question.objects.create(patient=patient, text="Scan results?", asked_on=today)
    slugs = ["nausea", "bone-pain", "fatigue", "seizure", "hot-flashes", "rash"]
    symptoms = list(Symptom.objects.filter(slug__in=slugs))
    entries = DailyEntry.objects.bulk_create(
        DailyEntry(
            patient=patient,
            date=today - timedelta(days=n),
            wellbeing=n % 11,
            notes=f"Day {n}",
            include_notes_in_summary=n % 5 == 0,
        )
        for n in range(days)
    )
    SymptomReport.objects.bulk_create(
        SymptomReport(
            entry=entry,
            symptom=symptom,
            severity=1 + (n + i) % 4,
            treatment=(drug if symptom.slug == "hot-flashes" else own if i == 5 else None),
        )
        for n, entry in enumerate(entries)
        for i, symptom in enumerate(symptoms)
        if (n + i) % 3
    )
    DoseLog.objects.bulk_create(
        DoseLog(entry=entry, treatment=treatment, status="taken")
        for entry in entries
        for treatment in (drug, own)
    )


def test_summary_page_costs_the_same_queries_for_30_days_and_3_years(owner_client, patient):
    span = 3 * 365
    seed_years(patient, days=span + 30)  # both periods have a logged day before them
    today = patient.today()

    def count(days: int) -> int:
        period = Period(today - timedelta(days=days - 1), today)
        with CaptureQueriesContext(connection) as queries:
            response = owner_client.get(url(patient), custom(period))
        assert response.status_code == 200
        assert response.context["summary"].days_logged == days
        return len(queries)

    count(30)  # the first request also sets up the session
    month = count(30)
    years = count(span)
    assert years == month


def test_build_summary_costs_the_same_queries_for_30_days_and_3_years(
    patient, catalog, django_assert_num_queries
):
    span = 3 * 365
    seed_years(patient, days=span + 30)
    today = patient.today()
    with CaptureQueriesContext(connection) as month:
        build_summary(patient, Period(today - timedelta(days=29), today), catalog=catalog)
    with django_assert_num_queries(len(month)):
        build_summary(patient, Period(today - timedelta(days=span - 1), today), catalog=catalog)


def test_the_trends_mean_is_statistics_mean_to_the_bit():
    import random
    import statistics

    from diary.summary.trends import mean

    rng = random.Random(7)
    series = [[float(rng.randint(0, 4)) for _ in range(rng.randint(1, 14))] for _ in range(3000)]
    series += [[float(rng.randint(-(10**9), 10**9)) for _ in range(n)] for n in (1, 2, 3, 7, 13)]
    series += [[0.0, -0.0], [2.0**39, 2.0**39 - 1], [1.5, 2.0], [36.6, 37.2, 38.1], [61.25] * 3]
    series += [[1, 2], [1, 2, 3], [float("inf"), 1.0], [Decimal("1.5"), Decimal("2")]]
    for values in series:
        ours, theirs = mean(values), statistics.mean(values)
        assert type(ours) is type(theirs) and ours == theirs, values
        assert round(ours, 1) == round(theirs, 1) and str(ours) == str(theirs)
    assert mean(iter([1.0, 2.0])) == 1.5
