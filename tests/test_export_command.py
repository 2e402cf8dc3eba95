"""`manage.py export_summary EMAIL [--start] [--end] --format html|pdf|csv|fhir [--output]`."""

import csv
import io
import json
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from diary.exports.csv import HEADER
from diary.models import DailyEntry
from tests.factories import log_day

pytestmark = pytest.mark.django_db

HTML = '<script>alert("x")</script>'


def export(patient, *args: str) -> None:
    call_command("export_summary", patient.user.email, *args)


def csv_dates(data: bytes) -> list[str]:
    return [row["date"] for row in csv.DictReader(io.StringIO(data.decode()))]


@pytest.fixture
def logged(patient):
    """A patient with a day logged yesterday, with notes marked for the summary."""
    day = patient.today() - timedelta(days=1)
    log_day(patient, day, severities={"nausea": 2}, notes=HTML)
    DailyEntry.objects.filter(date=day).update(include_notes_in_summary=True)
    return patient


# --- to a file ------------------------------------------------------------------------------


def test_html_to_a_file_is_a_standalone_escaped_document(logged, tmp_path, capsys):
    output = tmp_path / "summary.html"
    export(logged, "--format", "html", "--output", str(output))
    text = output.read_text()
    assert text.startswith("<!doctype html>")
    assert "<style>" in text  # the stylesheet is inlined: the file stands alone
    assert f"Symptom and side-effect summary: {logged.display_name}" in text
    assert "&lt;script&gt;alert(" in text and HTML not in text
    assert f"Wrote {len(output.read_bytes()):,} bytes to {output}" in capsys.readouterr().err


def test_time_made_is_printed_in_the_patients_time_zone(patient, capsysbinary):
    patient.user.time_zone = "Pacific/Auckland"
    patient.user.save()
    zone = ZoneInfo("Pacific/Auckland")
    before = timezone.localtime(timezone=zone)
    export(patient, "--format", "html")
    after = timezone.localtime(timezone=zone)
    out = capsysbinary.readouterr().out.decode()
    assert any(f"Made {t:%-d %b %Y, %H:%M}." in out for t in (before, after))


def test_pdf_to_a_file(logged, tmp_path):
    output = tmp_path / "summary.pdf"
    export(logged, "--format", "pdf", "--output", str(output))
    assert output.read_bytes().startswith(b"%PDF")


def test_csv_to_a_file(logged, tmp_path):
    output = tmp_path / "summary.csv"
    export(logged, "--format", "csv", "--output", str(output))
    rows = list(csv.reader(io.StringIO(output.read_text())))
    assert tuple(rows[0]) == HEADER
    assert len(rows) == 2


def test_fhir_to_a_file(logged, tmp_path):
    output = tmp_path / "summary.json"
    export(logged, "--format", "fhir", "--output", str(output))
    bundle = json.loads(output.read_text())
    assert bundle["resourceType"] == "Bundle"
    assert bundle["type"] == "transaction"


def test_fhir_collection_on_request(logged, tmp_path):
    output = tmp_path / "summary.json"
    export(logged, "--format", "fhir", "--bundle-type", "collection", "--output", str(output))
    bundle = json.loads(output.read_text())
    assert bundle["type"] == "collection"
    assert all("request" not in entry for entry in bundle["entry"])


def test_fhir_without_the_pdf(logged, tmp_path):
    output = tmp_path / "summary.json"
    export(logged, "--format", "fhir", "--no-pdf", "--output", str(output))
    kinds = {e["resource"]["resourceType"] for e in json.loads(output.read_text())["entry"]}
    assert "DocumentReference" not in kinds


def test_unknown_bundle_type_is_a_usage_error(logged):
    with pytest.raises(CommandError):
        export(logged, "--format", "fhir", "--bundle-type", "batch")


def test_unwritable_output_is_a_command_error(logged, tmp_path):
    with pytest.raises(CommandError, match="Could not write"):
        export(logged, "--format", "csv", "--output", str(tmp_path / "missing" / "x.csv"))


# --- to stdout ------------------------------------------------------------------------------


def test_html_to_stdout(logged, capsysbinary):
    export(logged, "--format", "html")
    out = capsysbinary.readouterr().out
    assert out.startswith(b"<!doctype html>")
    assert b"&lt;script&gt;" in out


def test_pdf_to_stdout(logged, capsysbinary):
    export(logged, "--format", "pdf")
    assert capsysbinary.readouterr().out.startswith(b"%PDF")


def test_csv_to_stdout(logged, capsysbinary):
    export(logged, "--format", "csv")
    assert len(csv_dates(capsysbinary.readouterr().out)) == 1


def test_fhir_to_stdout(logged, capsysbinary):
    export(logged, "--format", "fhir")
    assert json.loads(capsysbinary.readouterr().out)["resourceType"] == "Bundle"


# --- the period -----------------------------------------------------------------------------


def test_default_period_is_the_last_30_days(patient, capsysbinary):
    today = patient.today()
    for days_ago in (0, 29, 30):
        log_day(patient, today - timedelta(days=days_ago), severities={"cough": 1})
    export(patient, "--format", "csv")
    assert csv_dates(capsysbinary.readouterr().out) == [
        str(today - timedelta(days=29)),
        str(today),
    ]


def test_start_and_end_choose_the_period(patient, capsysbinary):
    today = patient.today()
    for days_ago in (1, 5, 9):
        log_day(patient, today - timedelta(days=days_ago), severities={"cough": 1})
    export(
        patient,
        "--format",
        "csv",
        "--start",
        str(today - timedelta(days=6)),
        "--end",
        str(today - timedelta(days=2)),
    )
    assert csv_dates(capsysbinary.readouterr().out) == [str(today - timedelta(days=5))]


def test_email_is_matched_without_regard_to_case(patient, capsysbinary):
    call_command("export_summary", patient.user.email.upper(), "--format", "csv")
    assert capsysbinary.readouterr().out.startswith(b"date,")


def test_dates_given_as_keywords_are_parsed(patient, capsysbinary):
    today = patient.today()
    log_day(patient, today - timedelta(days=3), severities={"cough": 1})
    call_command(
        "export_summary",
        patient.user.email,
        format="csv",
        start=str(today - timedelta(days=3)),
        end=str(today - timedelta(days=3)),
    )
    assert csv_dates(capsysbinary.readouterr().out) == [str(today - timedelta(days=3))]


# --- errors ---------------------------------------------------------------------------------


def test_unknown_email_is_a_command_error(db, capsysbinary):
    with pytest.raises(CommandError, match="No patient"):
        call_command("export_summary", "nobody@example.com", "--format", "csv")
    assert capsysbinary.readouterr().out == b""


def test_end_before_start_is_a_command_error(patient):
    with pytest.raises(CommandError, match="before --start"):
        export(patient, "--format", "csv", "--start", "2024-03-10", "--end", "2024-03-01")


def test_future_end_is_a_command_error(patient):
    future = patient.today() + timedelta(days=1)
    with pytest.raises(CommandError, match="future"):
        export(patient, "--format", "csv", "--end", str(future))


def test_more_than_three_years_is_a_command_error(patient):
    with pytest.raises(CommandError, match="at most 3 years"):
        export(patient, "--format", "csv", "--start", "1975-01-01", "--end", "2025-01-01")


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "yesterday", ""])
def test_bad_date_string_is_a_command_error(patient, bad):
    with pytest.raises(CommandError, match="Not a date"):
        export(patient, "--format", "csv", "--start", bad)


def test_bad_date_keyword_is_a_command_error(patient):
    with pytest.raises(CommandError, match="Not a date"):
        call_command("export_summary", patient.user.email, format="csv", end="31/12/2024")


def test_unknown_format_is_a_command_error(patient):
    with pytest.raises(CommandError, match="invalid choice"):
        export(patient, "--format", "docx")
