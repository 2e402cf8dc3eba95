"""Time the alert path for one patient: a day with a red flag saved (the outbox row and the care
team's triage item written in its transaction), the alert email sent (`send_pending`, what the
`send_alert_emails` task runs), and the overdue item escalated (`escalate_due`, the periodic
task). Run it on a database with many other patients and on one without, and compare.

Emails go to Django's in-memory backend; the queue is not used (the command runs the tasks'
functions itself). The days it adds (before the patient's first) are deleted again at the end.
"""

import statistics
import time
from datetime import timedelta

from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import is_mfa_enabled
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings
from django.utils import timezone

from diary import tasks, teams
from diary.checkin import DayInput, save_day
from diary.escalation import escalate_due
from diary.models import CareTeamContact, Notification, Patient, Symptom, TriageItem, User
from diary.notifications import send_pending

TEAM_NAME = "Alert benchmark clinic"


class Command(BaseCommand):
    help = "Time a red-flag day's save, its alert email and its escalation for one patient."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--runs", type=int, default=15)

    def handle(self, *args, email, runs, **options):
        patient = Patient.objects.select_related("user").filter(user__email=email.lower()).first()
        if patient is None:
            raise CommandError("No such patient.")
        self._care(patient)
        fracture = Symptom.objects.get(slug="fracture")
        first = patient.entries.order_by("date").values_list("date", flat=True).first()
        TriageItem.objects.filter(patient=patient, date__lt=first or patient.today()).delete()
        first = first or patient.today()
        timings: dict[str, list[float]] = {"save": [], "send": [], "escalate": []}
        enqueue = tasks.enqueue_alert_emails
        tasks.enqueue_alert_emails = lambda: None  # sent below, by send_pending itself
        added = []
        try:
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
                send_pending()
                escalate_due()
                for n in range(runs):
                    day = first - timedelta(days=n + 1)
                    start = time.perf_counter()
                    entry = save_day(
                        patient=patient,
                        opened_date=day,
                        base_version=0,
                        data=DayInput(
                            date=day,
                            wellbeing=4,
                            temperature_c=None,
                            notes="",
                            severities={fracture.pk: 1},
                        ),
                        by=patient.user,
                    )
                    timings["save"].append(time.perf_counter() - start)
                    added.append(entry.pk)
                    start = time.perf_counter()
                    sent, _ = send_pending()
                    timings["send"].append(time.perf_counter() - start)
                    TriageItem.objects.filter(entry=entry).update(
                        due_at=timezone.now() - timedelta(minutes=1)
                    )
                    start = time.perf_counter()
                    escalated, _ = escalate_due()
                    timings["escalate"].append(time.perf_counter() - start)
                    if not (sent and escalated):
                        raise CommandError(f"nothing sent ({sent}) or escalated ({escalated})")
        finally:
            tasks.enqueue_alert_emails = enqueue
            days = list(patient.entries.filter(pk__in=added).values_list("date", flat=True))
            TriageItem.objects.filter(patient=patient, date__in=days).delete()
            Notification.objects.filter(entry_id__in=added).delete()
            patient.entries.filter(pk__in=added).delete()
        self.stdout.write(f"{connection.vendor}, {Patient.objects.count()} patients, {runs} runs:")
        for name, label in (
            ("save", "red-flag day saved (outbox + triage item)"),
            ("send", "send_pending (one alert email)"),
            ("escalate", "escalate_due (one overdue item)"),
        ):
            values = timings[name]
            self.stdout.write(
                f"  {label:44} median {statistics.median(values) * 1000:7.1f} ms"
                f"  max {max(values) * 1000:7.1f} ms"
            )

    def _care(self, patient: Patient) -> None:
        """A confirmed contact with alert emails, and a connected team that escalates."""
        CareTeamContact.objects.get_or_create(
            patient=patient,
            email="alert-benchmark@clinic.example",
            defaults={"name": "Kim", "alert_emails": True, "confirmed_at": timezone.now()},
        )
        nurse, _ = User.objects.get_or_create(email="alert-benchmark-nurse@clinic.example")
        if not is_mfa_enabled(nurse):  # team members use two-step sign-in
            TOTP.activate(nurse, generate_totp_secret())
        if not patient.team_connections.filter(team__name=TEAM_NAME).exists():
            team = teams.create_team(
                name=TEAM_NAME, admin=nurse, escalation_email="duty@clinic.example"
            )
            patient.team_connections.create(team=team)
