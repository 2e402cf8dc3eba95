"""Every export respects the patient's choices: a note she did not mark for the summary, and a
section she left out, are absent from the page, the PDF, the CSV, the FHIR JSON and share links
alike."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from diary.models import DailyEntry
from diary.summary import Section
from tests.factories import log_day

pytestmark = pytest.mark.django_db

SECRET = "Zanzibar-marmalade-4471"
SHOWN = "Quokka-lighthouse-9312"


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def query(patient, sections=()):
    start = patient.today() - timedelta(days=6)
    params = {"preset": "custom", "start": start.isoformat(), "end": patient.today().isoformat()}
    if sections:
        params["section"] = list(sections)
    return params


def outputs(client, patient, params) -> dict[str, str]:
    """The summary page, PDF text, CSV and FHIR JSON for the same choices."""
    pid = patient.public_id
    page = client.get(reverse("summary", args=[pid]), params)
    pdf = client.get(reverse("summary_pdf", args=[pid]), params)
    csv = client.get(reverse("summary_csv", args=[pid]), params)
    fhir = client.get(reverse("summary_fhir", args=[pid]), params)
    for response in (page, pdf, csv, fhir):
        assert response.status_code == 200
    return {
        "page": page.content.decode(),
        "pdf": pdf_text(pdf.content),
        "csv": csv.content.decode(),
        "fhir": json.dumps(json.loads(fhir.content)),
    }


def share_link_page(client, patient, sections) -> str:
    start = patient.today() - timedelta(days=6)
    data = {
        "nonce": "n-" + "-".join(sections or ["all"]),
        "label": "Dr Patel",
        "days": "7",
        "preset": "custom",
        "start": start.isoformat(),
        "end": patient.today().isoformat(),
    }
    if sections:
        data["section"] = list(sections)
    response = client.post(reverse("share_links", args=[patient.public_id]), data)
    assert response.status_code == 200
    url = response.context["created_url"]
    shared = Client().get(url)
    assert shared.status_code == 200
    pdf = Client().get(url.rstrip("/") + "/pdf/")
    return shared.content.decode() + pdf_text(pdf.content)


@pytest.fixture
def two_notes(patient):
    """One day with a note she kept to herself, one with a note marked for the summary."""
    today = patient.today()
    log_day(patient, today - timedelta(days=2), severities={"cough": 1}, notes=SECRET)
    log_day(patient, today - timedelta(days=1), severities={"cough": 2}, notes=SHOWN)
    DailyEntry.objects.filter(notes=SHOWN).update(include_notes_in_summary=True)
    return patient


def test_an_unmarked_note_is_absent_from_every_format(owner_client, two_notes):
    for name, text in outputs(owner_client, two_notes, query(two_notes)).items():
        assert SECRET not in text, f"the unmarked note leaked into the {name}"
        assert SHOWN in text, f"the marked note is missing from the {name}"


def test_an_unmarked_note_is_absent_from_a_share_link(owner_client, two_notes):
    text = share_link_page(owner_client, two_notes, [])
    assert SECRET not in text
    assert SHOWN in text


def test_leaving_out_the_notes_section_leaves_every_note_out_of_every_format(
    owner_client, two_notes
):
    params = query(two_notes, ["symptoms", "flags"])
    for name, text in outputs(owner_client, two_notes, params).items():
        assert SECRET not in text and SHOWN not in text, f"a note reached the {name}"
    text = share_link_page(owner_client, two_notes, ["symptoms", "flags"])
    assert SECRET not in text and SHOWN not in text


def test_leaving_out_wellbeing_leaves_it_out_of_csv_and_fhir(owner_client, patient):
    log_day(patient, patient.today(), severities={"cough": 1}, wellbeing=3)
    params = query(patient, ["symptoms"])
    csv = owner_client.get(reverse("summary_csv", args=[patient.public_id]), params)
    rows = csv.content.decode().splitlines()
    assert rows[1].split(",")[10] == ""  # the wellbeing column
    assert "cough" in rows[1]


def test_a_side_effect_is_left_out_when_its_section_is(owner_client, patient):
    log_day(patient, patient.today(), severities={"hot-flashes": 2, "cough": 1})
    params = query(patient, ["symptoms"])
    texts = outputs(owner_client, patient, params)
    for name in ("csv", "fhir"):
        assert "Hot flashes" not in texts[name], name
        assert "Cough" in texts[name], name
    params = query(patient, ["side_effects"])
    texts = outputs(owner_client, patient, params)
    for name in ("csv", "fhir"):
        assert "Hot flashes" in texts[name] and "Cough" not in texts[name], name


def test_a_red_flag_mark_needs_the_flags_section(owner_client, patient):
    log_day(patient, patient.today(), severities={"seizure": 1})
    csv = owner_client.get(
        reverse("summary_csv", args=[patient.public_id]), query(patient, ["symptoms"])
    ).content.decode()
    assert ",no,no," in csv and ",yes," not in csv
    csv = owner_client.get(
        reverse("summary_csv", args=[patient.public_id]), query(patient, [Section.FLAGS.value])
    ).content.decode()
    assert ",yes," in csv


def test_a_marked_note_on_a_day_without_reports_reaches_every_format(owner_client, patient):
    log_day(patient, patient.today(), notes=SHOWN)
    log_day(patient, patient.today() - timedelta(days=1), notes=SECRET)
    DailyEntry.objects.filter(notes=SHOWN).update(include_notes_in_summary=True)
    texts = outputs(owner_client, patient, query(patient))
    for name, text in texts.items():
        assert SHOWN in text, name
        assert SECRET not in text, name
    bundle = json.loads(texts["fhir"])
    notes = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"].get("code", {}).get("text") == "Patient's diary note"
    ]
    assert [n["valueString"] for n in notes] == [SHOWN]


CONCERN_NOTE = "Walrus-question-6620"


@pytest.fixture
def concerns(patient):
    patient.top_concerns = ["bone-pain", "hot-flashes"]
    patient.top_concerns_note = CONCERN_NOTE
    patient.save()
    log_day(patient, patient.today(), severities={"cough": 1})
    return patient


def test_top_concerns_reach_every_format_with_their_section(owner_client, concerns):
    for name, text in outputs(owner_client, concerns, query(concerns)).items():
        assert CONCERN_NOTE in text, f"the concerns' note is missing from the {name}"
        assert "Hot flashes" in text, f"a top concern is missing from the {name}"
    texts = outputs(owner_client, concerns, query(concerns, ["concerns"]))
    assert 'id="s-concerns"' in texts["page"]
    rows = [r for r in csv.DictReader(io.StringIO(texts["csv"])) if r["kind"] == "top_concern"]
    assert [r["symptom_slug"] for r in rows] == ["bone-pain", "hot-flashes"]
    assert "top-concern-2" in texts["fhir"]


def test_leaving_out_the_concerns_section_leaves_them_out_of_every_format(owner_client, concerns):
    texts = outputs(owner_client, concerns, query(concerns, ["symptoms", "flags", "notes"]))
    # The page keeps her form to change them (every symptom in its lists), not the section.
    assert 'id="s-concerns"' not in texts.pop("page")
    for name, text in texts.items():
        assert CONCERN_NOTE not in text, f"the concerns' note reached the {name}"
        assert "Hot flashes" not in text, f"a top concern reached the {name}"
    kinds = {r["kind"] for r in csv.DictReader(io.StringIO(texts["csv"]))}
    assert "top_concern" not in kinds and "top-concern" not in texts["fhir"]


def test_a_share_link_follows_the_concerns_section_as_the_page_does(owner_client, concerns):
    assert CONCERN_NOTE in share_link_page(owner_client, concerns, ["concerns", "symptoms"])
    assert CONCERN_NOTE not in share_link_page(owner_client, concerns, ["symptoms"])
