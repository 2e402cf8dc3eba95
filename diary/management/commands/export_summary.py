import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from diary.exports.csv import summary_csv
from diary.exports.fhir import BUNDLE_TYPES, summary_fhir
from diary.exports.pdf import summary_html_document, summary_pdf
from diary.models import Patient
from diary.summary import MAX_PERIOD_DAYS, Period, build_summary

RENDERERS = {
    "html": summary_html_document,
    "pdf": summary_pdf,
    "csv": summary_csv,
    "fhir": summary_fhir,
}


def parse_day(value: str) -> date:
    # ArgumentTypeError, not CommandError: argparse turns it into a usage error on the
    # command line (a CommandError here escaped as a traceback) and into a CommandError
    # under call_command.
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"Not a date (YYYY-MM-DD): {value!r}") from None


def as_day(value: date | str | None) -> date | None:
    """Options given to call_command as keywords skip argparse, so may still be strings."""
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_day(value)
    except argparse.ArgumentTypeError as error:
        raise CommandError(str(error)) from None


class Command(BaseCommand):
    help = "Write a patient's appointment summary as HTML, PDF, CSV or FHIR JSON."

    def add_arguments(self, parser):
        parser.add_argument("email", help="The patient's login email address.")
        parser.add_argument("--start", type=parse_day, help="First day (default: 30 days ago).")
        parser.add_argument("--end", type=parse_day, help="Last day (default: today).")
        parser.add_argument("--format", required=True, choices=sorted(RENDERERS))
        parser.add_argument("--output", type=Path, help="File to write (default: stdout).")
        parser.add_argument(
            "--bundle-type",
            choices=BUNDLE_TYPES,
            default="transaction",
            help="FHIR only: a transaction Bundle (default) or a collection.",
        )
        parser.add_argument(
            "--no-pdf",
            action="store_true",
            help="FHIR only: leave the summary PDF (DocumentReference) out of the Bundle.",
        )

    def handle(self, *args, email, start, end, format, output, **options):
        bundle_type = options.get("bundle_type") or "transaction"
        if bundle_type not in BUNDLE_TYPES:
            raise CommandError(f"--bundle-type must be one of {', '.join(BUNDLE_TYPES)}.")
        patient = Patient.objects.select_related("user").filter(user__email__iexact=email).first()
        if patient is None:
            raise CommandError(f"No patient with the email address {email!r}.")
        today = patient.today()
        start, end = as_day(start), as_day(end)
        end = end or today
        start = start or end - timedelta(days=29)
        if end < start:
            raise CommandError("--end is before --start.")
        if end > today:
            raise CommandError("--end is in the future.")
        if (end - start).days + 1 > MAX_PERIOD_DAYS:
            raise CommandError("A summary covers at most 3 years.")
        summary = build_summary(patient, Period(start, end))
        with timezone.override(patient.zone):  # times printed as the patient lives them
            if format == "fhir":
                content = summary_fhir(
                    summary, bundle_type=bundle_type, include_pdf=not options.get("no_pdf")
                )
            else:
                content = RENDERERS[format](summary)
        data = content if isinstance(content, bytes) else content.encode()
        if output:
            try:
                Path(output).write_bytes(data)
            except OSError as error:
                raise CommandError(f"Could not write {output}: {error.strerror}") from None
            self.stderr.write(f"Wrote {len(data):,} bytes to {output}")
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
