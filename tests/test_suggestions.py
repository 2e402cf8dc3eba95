"""Notes understood on the day page: highlights, suggestions, adding and dismissing them."""

import logging
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary import tagger_service, tagging
from diary.models import CareGrant, DailyEntry, SymptomReport
from diary.suggestions import add_suggested_report, dismiss_suggestion, note_view
from tests.factories import UserFactory, log_day

pytestmark = pytest.mark.django_db

BREATH = "I couldn't catch my breath on the stairs."
BREATH_MARK = '<mark class="note-mention" data-sites="lung">couldn&#x27;t catch my breath</mark>'


def detail(patient, day):
    return reverse("day_detail", args=[patient.public_id, day])


def add_url(patient, day, slug="shortness-of-breath"):
    return reverse("suggestion_add", args=[patient.public_id, day, slug])


def dismiss_url(patient, day, slug="shortness-of-breath"):
    return reverse("suggestion_dismiss", args=[patient.public_id, day, slug])


def page(client, patient, day) -> str:
    response = client.get(detail(patient, day))
    assert response.status_code == 200
    return response.content.decode()


def reports(entry) -> dict[str, int]:
    return dict(entry.reports.values_list("symptom__slug", "severity"))


def shown_reading(html: str) -> str:
    """The reading the fever's add form carries back (its hidden field's value)."""
    found = re.findall(r'<input type="hidden" name="temperature_c" value="([^"]*)">', html)
    assert len(found) == 1, found
    return found[0]


def tagger_down(monkeypatch) -> None:
    def broken(text):
        raise tagger_service.TaggerUnavailable("no answer from the socket in time")

    monkeypatch.setattr(tagging, "tag", broken)


# --- The day page -------------------------------------------------------------------------------


def test_a_present_symptom_in_the_notes_is_offered_as_a_suggestion(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes=BREATH)
    html = page(owner_client, patient, day)
    assert "You wrote <q>couldn&#x27;t catch my breath</q>" in html
    assert "add <strong>Shortness of breath</strong> (on the lung list)?" in html
    assert f'action="{add_url(patient, day)}"' in html
    assert f'action="{dismiss_url(patient, day)}"' in html
    assert 'id="suggest-shortness-of-breath-1" autocomplete="off" checked' in html
    assert BREATH_MARK in html
    assert "</q></mark>: Shortness of breath, on the lung list</li>" in html


def test_a_suggestion_is_not_added_by_itself(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    page(owner_client, patient, day)
    assert not entry.reports.exists()


def test_a_general_symptom_is_described_as_general(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="So tired all day")
    assert "add <strong>Fatigue</strong> (a general symptom)?" in page(owner_client, patient, day)


@pytest.mark.parametrize(
    ("notes", "words", "name", "status"),
    [
        ("No headache today.", "headache", "Headache", "said not to be there"),
        ("My mother had seizures.", "seizures", "Seizure", "about someone else"),
        ("If I get a fever I will call the nurse.", "fever", "Fever", "only as a possibility"),
    ],
)
def test_a_mention_that_is_not_present_is_shown_differently_and_not_suggested(
    owner_client, patient, notes, words, name, status
):
    day = patient.today()
    log_day(patient, day, notes=notes)
    html = page(owner_client, patient, day)
    assert "Mentioned but not reported" not in html
    assert "/suggestions/" not in html
    assert f'<span class="note-mention-other" title="Not a report: {status}">{words}</span>' in html
    assert f"</q></span>: {name}, not a report ({status})</li>" in html
    assert "<mark" not in html
    assert "This may require immediate medical attention" not in html


def test_a_symptom_already_reported_is_not_suggested(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes=BREATH, severities={"shortness-of-breath": 2})
    html = page(owner_client, patient, day)
    assert "/suggestions/" not in html
    assert BREATH_MARK in html


def test_each_symptom_is_suggested_once_quoting_its_first_mention(patient, catalog):
    notes = "Breathless in the morning, breathless at night"
    entry = log_day(patient, patient.today(), notes=notes)
    view = note_view(entry, catalog=catalog)
    assert [(s.symptom.slug, s.quote) for s in view.suggestions] == [
        ("shortness-of-breath", "Breathless")
    ]
    assert "".join(segment.text for segment in view.segments) == entry.notes


def test_the_page_for_a_day_without_notes_has_no_suggestions(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="")
    html = page(owner_client, patient, day)
    assert "Mentioned but not reported" not in html


def test_an_uncertain_mention_is_asked_as_a_question(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="eyes maybe a bit yellow? hard to tell in this light")
    html = page(owner_client, patient, day)
    assert 'class="day-card suggestions suggestion-questions"' in html
    assert "Did you mean…?" in html
    assert (
        "You wrote <q>bit yellow</q>. Did you mean <strong>yellowing of the eyes or skin "
        "(jaundice)</strong> (on the liver list)?" in html
    )
    assert f'action="{add_url(patient, day, "jaundice")}"' in html
    assert "Yes, add it" in html
    assert "Mentioned but not reported" not in html


def test_a_question_is_not_asked_when_the_symptom_is_also_written_as_present(patient, catalog):
    entry = log_day(patient, patient.today(), notes="maybe a rash? yes, a rash on my arm")
    view = note_view(entry, catalog=catalog)
    assert [(s.symptom.slug, s.question) for s in view.suggestions] == [("rash", False)]
    assert view.questions == []


def test_a_dismissed_question_is_not_asked_again(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="maybe a bit yellow?")
    owner_client.post(dismiss_url(patient, day, "jaundice"))
    assert "Did you mean" not in page(owner_client, patient, day)


def test_a_temperature_reading_is_offered_as_a_fever_with_its_value(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="shivery, temp 38.4 at teatime")
    html = page(owner_client, patient, day)
    assert "You wrote <q>temp 38.4</q>: add <strong>Fever</strong>" in html
    assert "also records the temperature, 38.4 °C (101.1 °F), if the day has none." in html


def test_adding_a_fever_from_a_reading_fills_the_empty_temperature(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes="temp 101F, calling the line")
    reading = shown_reading(page(owner_client, patient, day))
    assert reading == "38.3"
    response = owner_client.post(
        add_url(patient, day, "fever"), {"severity": "2", "temperature_c": reading}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert str(entry.temperature_c) == "38.3"
    assert reports(entry)["fever"] == 2


def test_a_mild_fever_added_from_a_high_reading_is_a_red_flag(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="temp 38.4, shivery")
    reading = shown_reading(page(owner_client, patient, day))
    response = owner_client.post(
        add_url(patient, day, "fever"), {"severity": "1", "temperature_c": reading}, follow=True
    )
    html = response.content.decode()
    assert "This may require immediate medical attention" in html
    assert "38.4 °C" in html


def test_a_fever_added_while_the_tagger_is_down_keeps_the_reading_she_was_shown(
    owner_client, patient, monkeypatch
):
    day = patient.today()
    entry = log_day(patient, day, notes="temp 38.6, shivery")
    reading = shown_reading(page(owner_client, patient, day))
    tagger_down(monkeypatch)
    response = owner_client.post(
        add_url(patient, day, "fever"), {"severity": "1", "temperature_c": reading}, follow=True
    )
    html = response.content.decode()
    entry.refresh_from_db()
    assert entry.temperature_c == Decimal("38.6")
    assert reports(entry) == {"fever": 1}
    assert "Added Fever (mild)." in html
    assert "This may require immediate medical attention" in html


@pytest.mark.parametrize("notes, reading", [("temp 43.0", "43.0"), ("temp 109.5F", "43.1")])
def test_the_highest_reading_the_tagger_offers_can_be_added(owner_client, patient, notes, reading):
    day = patient.today()
    entry = log_day(patient, day, notes=notes)
    assert shown_reading(page(owner_client, patient, day)) == reading
    owner_client.post(add_url(patient, day, "fever"), {"severity": "3", "temperature_c": reading})
    entry.refresh_from_db()
    assert reports(entry) == {"fever": 3} and entry.temperature_c == Decimal(reading)


def test_a_fever_without_a_reading_carries_an_empty_one_and_adds_no_temperature(
    owner_client, patient
):
    day = patient.today()
    entry = log_day(patient, day, notes="feeling feverish tonight")
    assert shown_reading(page(owner_client, patient, day)) == ""
    owner_client.post(add_url(patient, day, "fever"), {"severity": "2", "temperature_c": ""})
    entry.refresh_from_db()
    assert reports(entry) == {"fever": 2} and entry.temperature_c is None


def test_a_fever_form_without_its_reading_field_is_out_of_date_and_adds_nothing(
    owner_client, patient, monkeypatch
):
    day = patient.today()
    entry = log_day(patient, day, notes="temp 38.6, shivery")
    tagger_down(monkeypatch)
    response = owner_client.post(add_url(patient, day, "fever"), {"severity": "1"}, follow=True)
    assert "Fever was not added: the page was out of date." in response.content.decode()
    entry.refresh_from_db()
    assert not entry.reports.exists() and entry.temperature_c is None and entry.version == 1


@pytest.mark.parametrize(
    "reading", ["37.9", "43.2", "38.45", "100.4", "abc", "NaN", "Infinity", "-38.6", "1e2", "38,6"]
)
def test_a_tampered_reading_adds_nothing(owner_client, patient, reading):
    day = patient.today()
    entry = log_day(patient, day, notes="temp 38.6, shivery")
    response = owner_client.post(
        add_url(patient, day, "fever"), {"severity": "1", "temperature_c": reading}, follow=True
    )
    assert "Fever was not added: the page was out of date." in response.content.decode()
    entry.refresh_from_db()
    assert not entry.reports.exists() and entry.temperature_c is None and entry.version == 1


def test_a_reading_sent_with_another_symptom_adds_nothing(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    response = owner_client.post(
        add_url(patient, day), {"severity": "1", "temperature_c": "38.6"}, follow=True
    )
    assert "was not added: the page was out of date." in response.content.decode()
    entry.refresh_from_db()
    assert not entry.reports.exists() and entry.temperature_c is None and entry.version == 1


def test_a_double_submitted_fever_keeps_the_first_reading(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes="temp 38.6, shivery")
    url = add_url(patient, day, "fever")
    owner_client.post(url, {"severity": "2", "temperature_c": "38.6"})
    response = owner_client.post(url, {"severity": "1", "temperature_c": "39.5"}, follow=True)
    assert "Fever was already in this day" in response.content.decode()
    entry.refresh_from_db()
    assert reports(entry) == {"fever": 2} and entry.temperature_c == Decimal("38.6")
    assert entry.version == 2


def test_adding_a_fever_keeps_the_temperature_she_entered(patient, catalog):
    entry = log_day(patient, patient.today(), notes="temp 38.9")
    entry.temperature_c = Decimal("38.2")
    entry.save()
    fever = catalog.by_slug["fever"]
    add_suggested_report(
        entry=entry, symptom=fever, severity=1, by=None, temperature_c=Decimal("38.9")
    )
    entry.refresh_from_db()
    assert entry.temperature_c == Decimal("38.2")


def test_a_reading_below_38_offers_no_fever(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="temp 37.2, feeling fine")
    assert "Mentioned but not reported" not in page(owner_client, patient, day)


# --- Adding a suggestion ------------------------------------------------------------------------


def test_adding_a_suggestion_creates_the_report_and_raises_the_version(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    response = owner_client.post(add_url(patient, day), {"severity": "2"})
    assert response.status_code == 302
    assert response["Location"] == detail(patient, day)
    entry.refresh_from_db()
    assert reports(entry) == {"shortness-of-breath": 2}
    assert entry.version == 2
    assert entry.updated_by == patient.user
    html = owner_client.get(response["Location"]).content.decode()
    assert "Added Shortness of breath (moderate)." in html
    assert "/suggestions/" not in html


def test_one_tap_adds_the_preselected_mild(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    owner_client.post(add_url(patient, day), {"severity": "1"})
    assert reports(entry) == {"shortness-of-breath": 1}


def test_adding_a_red_flag_symptom_shows_the_red_flag_banner(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="I was coughing up blood this morning")
    html = page(owner_client, patient, day)
    assert "add <strong>Coughing up blood</strong>" in html
    assert "This may require immediate medical attention" not in html
    response = owner_client.post(
        add_url(patient, day, "coughing-up-blood"), {"severity": "1"}, follow=True
    )
    html = response.content.decode()
    assert "This may require immediate medical attention" in html
    assert "Contact your care team now" in html


def test_a_double_tap_adds_one_report(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    owner_client.post(add_url(patient, day), {"severity": "3"})
    response = owner_client.post(add_url(patient, day), {"severity": "1"}, follow=True)
    assert response.status_code == 200
    assert "already in this day" in response.content.decode()
    assert SymptomReport.objects.filter(entry=entry).count() == 1
    assert reports(entry) == {"shortness-of-breath": 3}
    entry.refresh_from_db()
    assert entry.version == 2


@pytest.mark.parametrize("severity", ["0", "5", "x", "", None, "1.5", "-1"])
def test_a_bad_severity_saves_nothing(owner_client, patient, severity):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    data = {} if severity is None else {"severity": severity}
    response = owner_client.post(add_url(patient, day), data, follow=True)
    assert response.status_code == 200
    assert "Choose how bad Shortness of breath was" in response.content.decode()
    assert not entry.reports.exists()
    entry.refresh_from_db()
    assert entry.version == 1


def test_the_domain_function_refuses_a_severity_out_of_range(patient, catalog):
    entry = log_day(patient, patient.today(), notes=BREATH)
    for severity in (0, 5, True):
        with pytest.raises(ValueError, match="1 to 4"):
            add_suggested_report(
                entry=entry,
                symptom=catalog.by_slug["cough"],
                severity=severity,
                by=patient.user,
            )
    assert not entry.reports.exists()


def test_a_checkin_form_opened_before_an_added_suggestion_sees_a_conflict(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    owner_client.post(add_url(patient, day), {"severity": "2"})
    response = owner_client.post(
        reverse("checkin", args=[patient.public_id, day]),
        {
            "date": day.isoformat(),
            "version": str(entry.version),
            "temperature_unit": "C",
            "notes": BREATH,
        },
    )
    assert response.status_code == 409
    assert reports(entry) == {"shortness-of-breath": 2}


# --- Dismissing a suggestion --------------------------------------------------------------------


def test_dismissing_a_suggestion_stores_it_and_hides_it(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    response = owner_client.post(dismiss_url(patient, day))
    assert response.status_code == 302
    assert response["Location"] == detail(patient, day)
    entry.refresh_from_db()
    assert entry.dismissed_suggestions == ["shortness-of-breath"]
    assert entry.version == 2
    assert not entry.reports.exists()
    html = page(owner_client, patient, day)
    assert "/suggestions/" not in html
    assert BREATH_MARK in html


def test_dismissing_twice_stores_the_slug_once(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    owner_client.post(dismiss_url(patient, day))
    owner_client.post(dismiss_url(patient, day))
    entry.refresh_from_db()
    assert entry.dismissed_suggestions == ["shortness-of-breath"]
    assert entry.version == 2


def test_dismissing_one_suggestion_keeps_the_others(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="Breathless and dizzy")
    owner_client.post(dismiss_url(patient, day))
    html = page(owner_client, patient, day)
    assert "add <strong>Dizziness</strong>" in html
    assert "add <strong>Shortness of breath</strong>" not in html


# --- Bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "notes",
    [
        "   ",
        "\x01\x02\x03\x1b[31m\x7f\x0b\x0c",
        "\U0001f600" * 40 + "\U0001f912\U0001f915",
        "a" * 5000,
        "headache" * 625,
        ("cough " * 833).strip(),
        "J'ai mal partout. Tengo tos y fiebre. Kopfschmerzen. \u982d\u75db\u304c\u3059\u308b",
        "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd "
        "\u0928\u092e\u0938\u094d\u0924\u0947",
    ],
    ids=[
        "spaces",
        "control",
        "emoji",
        "5000-char-word",
        "glued-symptom",
        "one-word-repeated",
        "non-english",
        "rtl",
    ],
)
def test_nonsense_notes_render_and_suggest_nothing(owner_client, patient, notes):
    day = patient.today()
    log_day(patient, day, notes=notes)
    html = page(owner_client, patient, day)
    assert "Mentioned but not reported" not in html
    assert "/suggestions/" not in html


def test_html_in_the_notes_is_escaped_in_the_highlights(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes='<script>alert("x")</script><b>dizzy</b> & <i onclick="x">sick</i>')
    html = page(owner_client, patient, day)
    assert "<script>alert" not in html
    assert "<b>dizzy" not in html
    assert 'onclick="x"' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;" in html
    assert '<mark class="note-mention">dizzy</mark>' in html
    assert "add <strong>Dizziness</strong>" in html


def test_dismissed_suggestions_that_are_not_slugs_are_ignored(owner_client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    DailyEntry.objects.filter(pk=entry.pk).update(dismissed_suggestions=[None, 3, {"a": 1}])
    assert "add <strong>Shortness of breath</strong>" in page(owner_client, patient, day)


def test_a_failing_tagger_leaves_the_page_and_the_notes_plain(
    owner_client, patient, monkeypatch, caplog
):
    day = patient.today()
    secret = "couldn't catch my breath, private words"
    entry = log_day(patient, day, notes=secret)

    def broken(text):
        raise RuntimeError(f"cannot tag {text!r}")

    monkeypatch.setattr(tagging, "tag", broken)
    # The project's "diary" logger does not propagate to the root, where caplog listens.
    monkeypatch.setattr(logging.getLogger("diary"), "propagate", True)
    with caplog.at_level(logging.ERROR, logger="diary.tagging"):
        html = page(owner_client, patient, day)
    assert "couldn&#x27;t catch my breath, private words" in html
    assert "<mark" not in html
    assert "/suggestions/" not in html
    assert "Suggestions from these notes are not available just now" in html
    records = [r for r in caplog.records if r.name == "diary.tagging"]
    assert records
    assert all(f"entry {entry.pk} " in r.getMessage() and r.exc_info for r in records)
    assert "private words" not in caplog.text
    assert "catch my breath" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_a_failing_tagger_does_not_stop_saving_the_day(owner_client, patient, monkeypatch):
    def broken(text):
        raise RuntimeError("tagger down")

    monkeypatch.setattr(tagging, "tag", broken)
    day = patient.today()
    response = owner_client.post(
        reverse("checkin", args=[patient.public_id, day]),
        {"date": day.isoformat(), "version": "0", "temperature_unit": "C", "notes": BREATH},
        follow=True,
    )
    assert response.status_code == 200
    assert patient.entries.get().notes == BREATH


# --- Who may do what ----------------------------------------------------------------------------


def caregiver_client(client, patient, role):
    grant = CareGrant.objects.create(patient=patient, caregiver=UserFactory(), role=role)
    client.force_login(grant.caregiver)
    return client, grant.caregiver


def test_a_viewer_sees_the_suggestion_without_buttons_and_cannot_add(client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    viewer, _ = caregiver_client(client, patient, "viewer")
    html = page(viewer, patient, day)
    assert "The notes say <q>couldn&#x27;t catch my breath</q>" in html
    assert "/suggestions/" not in html
    assert viewer.post(add_url(patient, day), {"severity": "1"}).status_code == 403
    assert viewer.post(dismiss_url(patient, day)).status_code == 403
    entry.refresh_from_db()
    assert not entry.reports.exists()
    assert entry.dismissed_suggestions == []


def test_an_editor_adds_a_suggestion_in_her_own_name(client, patient):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    editor, caregiver = caregiver_client(client, patient, "editor")
    assert editor.post(add_url(patient, day), {"severity": "2"}).status_code == 302
    report = entry.reports.get()
    assert (report.severity, report.created_by) == (2, caregiver)
    entry.refresh_from_db()
    assert entry.updated_by == caregiver


@pytest.mark.parametrize("url", [add_url, dismiss_url])
@pytest.mark.parametrize("method", ["get", "post"])
def test_stranger_gets_404(stranger_client, patient, url, method):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    response = getattr(stranger_client, method)(url(patient, day), {"severity": "1"})
    assert response.status_code == 404
    entry.refresh_from_db()
    assert not entry.reports.exists()
    assert entry.dismissed_suggestions == []


@pytest.mark.parametrize("url", [add_url, dismiss_url])
def test_anonymous_goes_to_login(client, patient, url):
    day = patient.today()
    entry = log_day(patient, day, notes=BREATH)
    response = client.post(url(patient, day), {"severity": "1"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not entry.reports.exists()


@pytest.mark.parametrize("url", [add_url, dismiss_url])
def test_wrong_method_gets_405(owner_client, patient, url):
    day = patient.today()
    log_day(patient, day, notes=BREATH)
    assert owner_client.get(url(patient, day)).status_code == 405


@pytest.mark.parametrize("url", [add_url, dismiss_url])
def test_unknown_symptom_gets_404(owner_client, patient, url):
    day = patient.today()
    log_day(patient, day, notes=BREATH)
    assert owner_client.post(url(patient, day, "no-such-thing"), {"severity": "1"}).status_code == (
        404
    )


@pytest.mark.parametrize("url", [add_url, dismiss_url])
def test_a_day_without_entry_gets_404(owner_client, patient, url):
    day = patient.today() - timedelta(days=2)
    response = owner_client.post(url(patient, day), {"severity": "1"})
    assert response.status_code == 404
    assert not SymptomReport.objects.exists()


# --- The safety net's questions (diary/tagging_safety.py) ---------------------------------------

PHLEGM = "Phlegm was streaky pink this morning."


def safety_question(monkeypatch, text=PHLEGM, slug="coughing-up-blood", words="Phlegm was streaky"):
    """The tagger answers with one safety question on `words` (whatever its rules place)."""
    start = text.index(words)
    question = tagging.Mention(
        symptom=slug,
        sites=(),
        status="uncertain",
        text=words,
        start=start,
        end=start + len(words),
        about="cough",
    )
    monkeypatch.setattr(tagging, "tag", lambda _text: [question])
    return question


def test_a_safety_question_says_what_she_wrote_about_in_plain_words(
    owner_client, patient, monkeypatch
):
    day = patient.today()
    log_day(patient, day, notes=PHLEGM)
    safety_question(monkeypatch)
    html = page(owner_client, patient, day)
    assert 'class="day-card suggestions suggestion-questions"' in html
    assert (
        "You wrote about your cough (<q>Phlegm was streaky</q>). Did you mean "
        "<strong>coughing up blood</strong>" in html
    )
    assert f'action="{add_url(patient, day, "coughing-up-blood")}"' in html
    assert "Yes, add it" in html
    assert "asked below, to be safe" in html
    assert "Mentioned but not reported" not in html


def test_a_caregiver_is_told_what_the_notes_are_about(client, patient, monkeypatch):
    day = patient.today()
    log_day(patient, day, notes=PHLEGM)
    safety_question(monkeypatch)
    viewer, _ = caregiver_client(client, patient, "viewer")
    html = page(viewer, patient, day)
    assert "The notes are about the cough (<q>Phlegm was streaky</q>)" in html
    assert "You wrote about" not in html


def test_yes_to_a_safety_question_adds_the_symptom_and_raises_the_red_flag_panel(
    owner_client, patient, monkeypatch
):
    day = patient.today()
    entry = log_day(patient, day, notes=PHLEGM)
    safety_question(monkeypatch)
    assert "This may require immediate medical attention" not in page(owner_client, patient, day)
    response = owner_client.post(
        add_url(patient, day, "coughing-up-blood"), {"severity": "1"}, follow=True
    )
    html = response.content.decode()
    assert "coughing-up-blood" in reports(entry)
    assert "This may require immediate medical attention" in html
    assert "Contact your care team now" in html
    assert "Did you mean" not in html  # answered: reported now


def test_no_to_a_safety_question_adds_nothing_and_stops_asking(owner_client, patient, monkeypatch):
    day = patient.today()
    entry = log_day(patient, day, notes=PHLEGM)
    safety_question(monkeypatch)
    owner_client.post(dismiss_url(patient, day, "coughing-up-blood"))
    assert "Did you mean" not in page(owner_client, patient, day)
    entry.refresh_from_db()
    assert not entry.reports.exists()


def test_a_safety_question_overlapping_another_mention_is_still_asked(
    patient, catalog, monkeypatch
):
    text = "coughed and there was red in it"
    entry = log_day(patient, patient.today(), notes=text)
    cough = tagging.Mention("cough", (), "present", "coughed and", 0, 11)
    asked = tagging.Mention("coughing-up-blood", (), "uncertain", "and", 8, 11, about="cough")
    monkeypatch.setattr(tagging, "tag", lambda _text: [cough, asked])
    view = note_view(entry, catalog=catalog)
    assert [(s.symptom.slug, s.about) for s in view.questions] == [("coughing-up-blood", "cough")]
    assert [s.symptom.slug for s in view.suggestions] == ["cough"]


def test_the_day_page_asks_a_red_flag_the_reader_could_not_place(owner_client, patient):
    day = patient.today()
    log_day(patient, day, notes="Walked to the shops. Both thighs like wood since lunch.")
    html = page(owner_client, patient, day)
    assert "You wrote about your legs (<q>thighs like wood</q>). Did you mean " in html
    assert "<strong>weakness, numbness or heaviness in the legs</strong>" in html


@pytest.mark.parametrize("write", ["add", "dismiss"])
def test_a_suggestion_takes_her_diary_s_lock_before_the_day_s(patient, catalog, write):
    # As the check-in's save does: otherwise a save that read the day before this commits
    # writes over the added report and leaves its queue item open.
    entry = log_day(patient, patient.today(), notes="a bit confused today")
    confusion = catalog.by_slug["confusion"]
    with CaptureQueriesContext(connection) as queries:
        if write == "add":
            add_suggested_report(entry=entry, symptom=confusion, severity=1, by=None)
        else:
            dismiss_suggestion(entry=entry, symptom=confusion, by=None)
    sql = [q["sql"] for q in queries]
    lock = next(i for i, s in enumerate(sql) if s.startswith('SELECT "diary_patient"."id"'))
    day = next(i for i, s in enumerate(sql) if 'FROM "diary_dailyentry"' in s)
    assert lock < day
    assert sql[lock].endswith(" FOR UPDATE") is connection.features.has_select_for_update
