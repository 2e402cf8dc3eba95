"""The summary's outputs, byte for byte, on a fixed diary and a fixed clock: the printed
summary's HTML (what a PDF is made from), the CSV and the FHIR Bundle (its PDF left out) for
several periods, visits and choices of sections. The digests were written by the code before
the summary read its comparisons with its days and the FHIR export shared its repeated parts
(commit 4ab7ea8): a change to any output shows here, and is then meant or a mistake."""

import hashlib
import uuid
from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
from django.apps import apps
from django.core.management.color import no_style
from django.db import connection
from django.template.loader import render_to_string
from django.utils import timezone

from diary.exports.csv import summary_csv
from diary.exports.fhir import summary_fhir
from diary.summary import ALL_SECTIONS, Period, Section, build_summary
from tests.test_summary_days import random_diary

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PUBLIC_ID = uuid.UUID("6f1c1f4e-3c1e-4a53-9f31-2b8e5d4c7a10")
SECTIONS = {
    "default": None,
    "all": frozenset(ALL_SECTIONS),
    "two": frozenset({Section.SYMPTOMS, Section.FLAGS}),
}


def fixed_diary(patient) -> date:
    import random
    from decimal import Decimal

    from diary.models import DailyEntry, SymptomReport

    # Rows' ids reach the outputs: on PostgreSQL a sequence keeps counting after the rows of an
    # earlier test were rolled back, so each table's sequence starts again after its rows.
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(sql)
    patient.public_id = PUBLIC_ID
    patient.hospital_number = "H123"
    patient.date_of_birth = date(1970, 5, 4)
    patient.save()
    patient.user.name = "Ann Example"
    patient.user.save()
    random_diary(patient, days=120, seed=7)
    rng = random.Random(7)
    entries = list(DailyEntry.objects.filter(patient=patient).order_by("date"))
    for entry in entries:
        entry.pain_score = rng.randint(0, 10) if rng.random() < 0.5 else None
        entry.weight_kg = Decimal("61.2") if rng.random() < 0.2 else None
        entry.up_and_about = rng.randint(0, 4) if rng.random() < 0.3 else None
        entry.notes = "tired after the walk" if rng.random() < 0.2 else ""
        entry.include_notes_in_summary = bool(entry.notes) and rng.random() < 0.5
    DailyEntry.objects.bulk_update(
        entries, ["pain_score", "weight_kg", "up_and_about", "notes", "include_notes_in_summary"]
    )
    reports = list(SymptomReport.objects.filter(entry__patient=patient).order_by("pk"))
    for report in reports:
        if report.severity > 0 and rng.random() < 0.5:
            report.interference = rng.randint(0, 4)
    SymptomReport.objects.bulk_update(reports, ["interference"])
    return patient.today()


def digests(patient) -> dict[str, str]:
    today = fixed_diary(patient)
    found = {}
    for days in (7, 30, 90):
        period = Period(today - timedelta(days=days - 1), today)
        for visit in (None, today - timedelta(days=days // 2)):
            for name, sections in SECTIONS.items():
                summary = build_summary(patient, period, sections=sections, visit=visit)
                sha = hashlib.sha256()
                sha.update(
                    render_to_string(
                        "diary/summary_document.html", {"summary": summary, "pdf": True}
                    ).encode()
                )
                sha.update(summary_csv(summary).encode())
                sha.update(summary_fhir(summary, include_pdf=False).encode())
                found[f"{days}-{'visit' if visit else 'none'}-{name}"] = sha.hexdigest()[:16]
    return found


# Written by the code of commit 4ab7ea8 (tests/test_summary_outputs.py run there).
BEFORE: dict[str, str] = {
    "7-none-default": "9e95b268ba84e2c0",
    "7-none-all": "4fcbfb517e5705ac",
    "7-none-two": "f891a06f95459fce",
    "7-visit-default": "2e82ee405bdf3824",
    "7-visit-all": "6c05bf49d09c5c3e",
    "7-visit-two": "a5706731b93741a4",
    "30-none-default": "df96ebf42e677989",
    "30-none-all": "495568f81ad18221",
    "30-none-two": "7cfb51005cec2fbd",
    "30-visit-default": "2582dd819f08e3fd",
    "30-visit-all": "f1da7ddff359397c",
    "30-visit-two": "4ecc4b304fb453e4",
    "90-none-default": "c5024fa5f231fe5b",
    "90-none-all": "9664752e5c1f1af2",
    "90-none-two": "cb57d1a6863be4bc",
    "90-visit-default": "7fd1371dcde308ec",
    "90-visit-all": "5d139773fbdda5c8",
    "90-visit-two": "08fec623a4ab9dbb",
}


def test_the_outputs_are_those_of_the_code_before(patient):
    with mock.patch.object(timezone, "now", lambda: NOW):
        found = digests(patient)
    assert found == BEFORE
