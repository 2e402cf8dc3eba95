"""A demo clinic: a nurse (with an authenticator, since clinicians must use MFA), connected to
the demo patient, with her past red flags and alerts acknowledged and closed and the latest
ones still open in the queue."""

import random
import time as time_module
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from allauth.mfa.utils import decrypt
from django.db import transaction
from django.utils import timezone

from diary import teams
from diary.catalog import load_catalog
from diary.models import CareTeam, Patient, TeamConnection, TeamMember, TriageItem, User
from diary.triage import sync_day

DEMO_TEAM_NAME = "Demo clinic"
DEMO_NURSE_NAME = "Alex Morgan (demo nurse)"
TOTP_PERIOD = mfa_settings.TOTP_PERIOD
OPEN_IN_DEMO = 2  # the newest items stay open, the rest were dealt with


@dataclass(frozen=True)
class DemoTeamResult:
    user: User
    created_user: bool
    team: CareTeam
    totp_secret: str


def _totp_secret(user: User) -> str:
    """The nurse's authenticator secret, made on first run (development demos print it)."""
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        return secret
    return decrypt(authenticator.data["secret"])


def current_totp_code(secret: str) -> str:
    """The code an authenticator app shows now (for printing in development demos and tests)."""
    return format_hotp_value(hotp_value(secret, int(time_module.time()) // TOTP_PERIOD))


@transaction.atomic
def seed_demo_team(*, patient: Patient, clinician_email: str, password: str) -> DemoTeamResult:
    """Create (or reuse) the demo nurse and her clinic, connected to `patient`. Safe to rerun."""
    user = User.objects.filter(email=clinician_email.lower()).first()
    created_user = user is None
    if user is None:
        user = User.objects.create_user(
            email=clinician_email, password=password, name=DEMO_NURSE_NAME
        )
        # The demo signs in straight away: its address counts as verified.
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    member = TeamMember.objects.active().filter(user=user).select_related("team").first()
    team = (
        member.team
        if member
        else teams.create_team(
            name=DEMO_TEAM_NAME, admin=user, escalation_email="clinic-duty@example.com"
        )
    )
    secret = _totp_secret(user)
    if not TeamConnection.objects.active().filter(team=team, patient=patient).exists():
        first = patient.entries.order_by("date").values_list("date", flat=True).first()
        start = datetime.combine(first or patient.today(), time(9), tzinfo=patient.zone)
        connection = teams.connect(None, patient=patient, team=team, share_notes=False)
        TeamConnection.objects.filter(pk=connection.pk).update(created_at=start)
        _replay_days(patient)
        _deal_with_past_items(team, patient, user)
    return DemoTeamResult(user=user, created_user=created_user, team=team, totp_secret=secret)


def _replay_days(patient: Patient) -> None:
    """Queue the days logged before the connection, as if she had been connected all along."""
    catalog = load_catalog()
    for entry in patient.entries.order_by("date"):
        sync_day(entry, catalog=catalog)


def _deal_with_past_items(team: CareTeam, patient: Patient, nurse: User) -> None:
    rng = random.Random(f"{team.pk}:{patient.pk}")  # noqa: S311 (plausible demo times)
    items = list(TriageItem.objects.filter(team=team, patient=patient).order_by("-date", "kind"))
    now = timezone.now()
    actions = [a for a, _ in TriageItem.Action.choices]
    for index, item in enumerate(items):
        raised = min(datetime.combine(item.date, time(19, 30), tzinfo=patient.zone), now)
        item.raised_at = raised
        if index >= OPEN_IN_DEMO:
            acknowledged = raised + timedelta(minutes=rng.randint(15, 16 * 60))
            item.status = TriageItem.Status.CLOSED
            item.assigned_to = item.closed_by = nurse
            item.acknowledged_at = acknowledged
            item.closed_at = acknowledged + timedelta(minutes=rng.randint(5, 40))
            item.action = rng.choice(actions)
            item.team_note = "Demo: spoke to the patient by phone."
            item.due_at = min(item.due_at, acknowledged)
        item.save()
