"""A PDF is rendered once for the same content (diary.exports.pdf.RenderedPdfs): found by its
HTML, so a change of data or of what the reader may see renders a new one."""

import json
from datetime import timedelta

import pytest
from weasyprint import HTML

from diary.exports import pdf as pdf_module
from diary.exports.fhir import summary_fhir
from diary.models import DailyEntry
from diary.summary import ALL_SECTIONS, Period, build_summary
from diary.teams import without_notes
from tests.factories import log_day
from tests.test_privacy_exports import pdf_text

pytestmark = pytest.mark.django_db

NOTE = "Walked to the river with Sam"


@pytest.fixture(autouse=True)
def empty():
    pdf_module.RENDERED.clear()
    yield
    pdf_module.RENDERED.clear()


@pytest.fixture
def renders(monkeypatch):
    """Counts WeasyPrint's renderings."""
    made = []
    original = HTML.write_pdf

    def counted(self, *args, **kwargs):
        made.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(HTML, "write_pdf", counted)
    return made


@pytest.fixture
def week(patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"cough": 2}, notes=NOTE)
    DailyEntry.objects.filter(notes=NOTE).update(include_notes_in_summary=True)
    return Period(today - timedelta(days=6), today)


def summary_of(patient, period):
    return build_summary(patient, period, sections=frozenset(ALL_SECTIONS))


def test_the_same_summary_is_rendered_once(patient, week, renders):
    first = pdf_module.summary_pdf(summary_of(patient, week))
    again = pdf_module.render_pdf(summary_of(patient, week))
    assert again.content == first and len(renders) == 1


def test_a_changed_day_renders_a_new_file(patient, week, renders):
    before = pdf_text(pdf_module.summary_pdf(summary_of(patient, week)))
    log_day(patient, week.end, severities={"nausea": 3})
    after = pdf_text(pdf_module.summary_pdf(summary_of(patient, week)))
    assert len(renders) == 2
    assert "Nausea" in after and "Nausea" not in before


def test_a_reader_not_shown_notes_never_gets_the_file_with_them(patient, week, renders):
    summary = summary_of(patient, week)
    assert NOTE in pdf_text(pdf_module.summary_pdf(summary))
    hidden = pdf_module.summary_pdf(without_notes(summary_of(patient, week)))
    assert NOTE not in pdf_text(hidden) and len(renders) == 2
    # And the other way round, once both are kept.
    assert NOTE in pdf_text(pdf_module.summary_pdf(summary_of(patient, week)))
    assert len(renders) == 2


def test_another_period_or_choice_of_sections_is_another_file(patient, week, renders):
    pdf_module.summary_pdf(summary_of(patient, week))
    pdf_module.summary_pdf(build_summary(patient, week))  # the default sections
    shorter = Period(week.start + timedelta(days=1), week.end)
    pdf_module.summary_pdf(summary_of(patient, shorter))
    assert len(renders) == 3


def test_a_kept_file_expires(patient, week, renders, monkeypatch):
    pdf_module.summary_pdf(summary_of(patient, week))
    now = pdf_module.time.monotonic()
    monkeypatch.setattr(pdf_module.time, "monotonic", lambda: now + pdf_module.CACHE_SECONDS + 1)
    pdf_module.summary_pdf(summary_of(patient, week))
    assert len(renders) == 2


def test_only_the_last_files_are_kept():
    kept = pdf_module.RenderedPdfs(size=2, seconds=60)
    files = [pdf_module.RenderedPdf(bytes([n]), pdf_module.UNSTAMPED) for n in range(3)]
    for n, file in enumerate(files):
        kept.put(str(n), file)
    assert kept.get("0") is None and kept.get("1") is files[1] and kept.get("2") is files[2]


def test_a_reused_file_keeps_the_moment_it_was_made(patient, week):
    first = summary_of(patient, week)
    made = pdf_module.render_pdf(first)
    assert made.made_at == first.generated_at
    later = summary_of(patient, week)
    assert later.generated_at > first.generated_at
    bundle = json.loads(summary_fhir(later))
    document = next(
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "DocumentReference"
    )
    attachment = document["content"][0]["attachment"]
    assert attachment["creation"] == first.generated_at.isoformat()
    assert document["date"] == later.generated_at.isoformat()
