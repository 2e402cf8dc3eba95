"""Care teams: members, invitations, and diaries connected by the patient's own choice.

* A team administrator invites clinicians by email (the link works once, for 7 days; only its
  hash is kept) and removes them; a removed member sees nothing from the next request on.
* A patient connects her diary by entering the team's connection code, or by accepting an
  emailed invitation from the team. She can disconnect at any time. Each connection,
  disconnection and change of what the team sees is in her access history.
* Connection codes are 10 characters from an alphabet without look-alikes (about 50 bits), and
  each account may try only a few wrong codes an hour, so guessing one is hopeless.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from diary import audit
from diary.models import (
    AuditEvent,
    CareTeam,
    MemberRole,
    Patient,
    TeamConnection,
    TeamInvitation,
    TeamMember,
    User,
)
from diary.models.sharing import hash_token, new_token

INVITATION_DAYS = 7
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no I/L/1, O/0, U
CODE_LENGTH = 10
CODE_TRIES_PER_HOUR = 10


class TeamError(Exception):
    """A request the rules refuse, with a message for the person."""


def new_connection_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed, as stored: capitals, without spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def format_code(code: str) -> str:
    """Easier to read aloud: ABCDE-FGHJK."""
    return f"{code[:5]}-{code[5:]}" if len(code) == CODE_LENGTH else code


def create_team(*, name: str, admin: User, **settings_) -> CareTeam:
    with transaction.atomic():
        team = CareTeam.objects.create(
            name=name, connection_code=new_connection_code(), **settings_
        )
        TeamMember.objects.create(team=team, user=admin, role=MemberRole.ADMIN)
    return team


def membership(user: User, team_id: int) -> TeamMember | None:
    """The user's active place in the team, or None (not a member, or removed)."""
    if not user.is_authenticated or not user.is_active:
        return None
    return (
        TeamMember.objects.active()
        .select_related("team")
        .filter(user=user, team_id=team_id)
        .first()
    )


def memberships(user: User):
    return TeamMember.objects.active().filter(user=user).select_related("team").order_by("team")


def active_members(team: CareTeam):
    return team.members.active().select_related("user").order_by("user__name", "user__email")


def remove_member(*, member: TeamMember) -> None:
    """From the next request on, the clinician sees nothing of the team or its patients."""
    if member.is_admin and active_members(member.team).filter(role=MemberRole.ADMIN).count() == 1:
        raise TeamError("A team keeps at least one administrator.")
    member.removed_at = timezone.now()
    member.save(update_fields=["removed_at"])


def _send_invitation(team: CareTeam, *, kind: str, email: str, role: str, by: User) -> None:
    token, token_hash = new_token()
    try:
        with transaction.atomic():
            TeamInvitation.objects.create(
                team=team,
                kind=kind,
                email=email,
                role=role,
                token_hash=token_hash,
                invited_by=by,
                expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
            )
            url = settings.SITE_URL + reverse("team_invitation", args=[token])
            if kind == TeamInvitation.Kind.MEMBER:
                subject = f"{team.name} invites you to its care-team workspace"
                body = f"{team.name} invites you to join its care team in the symptom diary."
            else:
                subject = f"{team.name} invites you to connect your symptom diary"
                body = (
                    f"{team.name} invites you to connect your symptom diary to the team, so "
                    "that its nurses and doctors see your red flags and alerts. You choose "
                    "whether to connect, and you can disconnect at any time."
                )
            send_mail(
                subject,
                f"{body}\n\nThe link works once, within {INVITATION_DAYS} days:\n{url}\n\n"
                "You will be asked to log in, or to create an account with this address.\n",
                settings.DEFAULT_FROM_EMAIL,
                [email],
            )
    except OSError:
        raise TeamError(
            "The invitation email could not be sent, so no invitation was made. "
            "Please try again in a few minutes."
        ) from None


def _open_invitations(team: CareTeam):
    return team.invitations.filter(
        accepted_at__isnull=True, withdrawn_at__isnull=True, expires_at__gt=timezone.now()
    )


def invite_member(*, team: CareTeam, email: str, role: str, by: User) -> None:
    email = email.strip().lower()
    if active_members(team).filter(user__email__iexact=email).exists():
        raise TeamError("This person is already a member of the team.")
    if _open_invitations(team).filter(kind="member", email__iexact=email).exists():
        raise TeamError("This address already has an open invitation.")
    _send_invitation(team, kind=TeamInvitation.Kind.MEMBER, email=email, role=role, by=by)


def invite_patient(*, team: CareTeam, email: str, by: User) -> None:
    email = email.strip().lower()
    if (
        TeamConnection.objects.active()
        .filter(team=team, patient__user__email__iexact=email)
        .exists()
    ):
        raise TeamError("This diary is already connected to the team.")
    if _open_invitations(team).filter(kind="patient", email__iexact=email).exists():
        raise TeamError("This address already has an open invitation.")
    _send_invitation(team, kind=TeamInvitation.Kind.PATIENT, email=email, role="", by=by)


def find_invitation(token: str) -> TeamInvitation | None:
    invitation = (
        TeamInvitation.objects.select_related("team").filter(token_hash=hash_token(token)).first()
    )
    return invitation if invitation is not None and invitation.is_open else None


def _use_invitation(token: str, user: User) -> TeamInvitation | None:
    """Lock and mark the open invitation addressed to `user` as accepted (in a transaction)."""
    invitation = find_invitation(token)
    if invitation is None or invitation.email.lower() != user.email.lower():
        return None
    locked = TeamInvitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.accepted_at is not None:
        return None
    locked.accepted_at = timezone.now()
    locked.save(update_fields=["accepted_at"])
    return invitation


def accept_member_invitation(*, token: str, user: User) -> TeamMember | None:
    with transaction.atomic():
        invitation = _use_invitation(token, user)
        if invitation is None or invitation.kind != TeamInvitation.Kind.MEMBER:
            transaction.set_rollback(True)
            return None
        existing = TeamMember.objects.active().filter(team=invitation.team, user=user).first()
        if existing is not None:
            return existing
        return TeamMember.objects.create(team=invitation.team, user=user, role=invitation.role)


def accept_patient_invitation(
    request: HttpRequest, *, token: str, user: User, share_notes: bool
) -> TeamConnection | None:
    patient = Patient.objects.filter(user=user).first()
    if patient is None:
        return None
    with transaction.atomic():
        invitation = _use_invitation(token, user)
        if invitation is None or invitation.kind != TeamInvitation.Kind.PATIENT:
            transaction.set_rollback(True)
            return None
        return connect(request, patient=patient, team=invitation.team, share_notes=share_notes)


def _tries_key(user: User) -> str:
    return f"team-code-tries:{user.pk}"


def find_team_by_code(*, user: User, code: str) -> CareTeam:
    """The team behind a connection code. Wrong codes count against the account, hourly."""
    key = _tries_key(user)
    if cache.get(key, 0) >= CODE_TRIES_PER_HOUR:
        raise TeamError("Too many wrong codes. Please wait an hour, or ask the team again.")
    team = CareTeam.objects.filter(connection_code=normalise_code(code)).first()
    if team is None:
        cache.add(key, 0, timeout=3600)
        cache.incr(key)
        raise TeamError("No team has this code. Check it with your care team.")
    return team


def connect(
    request: HttpRequest | None, *, patient: Patient, team: CareTeam, share_notes: bool
) -> TeamConnection:
    """Connect (or keep connected) the diary to the team; audited in her access history."""
    with transaction.atomic():
        existing = TeamConnection.objects.active().filter(team=team, patient=patient).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                connection = TeamConnection.objects.create(
                    team=team, patient=patient, share_notes=share_notes
                )
        except IntegrityError:  # connected by a concurrent request
            return TeamConnection.objects.active().get(team=team, patient=patient)
        audit.record(
            request,
            AuditEvent.Action.TEAM_CONNECTED,
            patient=patient,
            actor=patient.user if request is None else None,
            detail=team.name + (" (with notes)" if share_notes else ""),
        )
    return connection


def disconnect(request: HttpRequest | None, *, connection: TeamConnection) -> None:
    """From the next request on, the team sees nothing of this diary; its open items go."""
    from diary.models import TriageItem

    with transaction.atomic():
        connection.disconnected_at = timezone.now()
        connection.save(update_fields=["disconnected_at"])
        TriageItem.objects.filter(
            team=connection.team,
            patient=connection.patient,
            status__in=[TriageItem.Status.OPEN, TriageItem.Status.ACKNOWLEDGED],
        ).update(status=TriageItem.Status.WITHDRAWN, updated_at=timezone.now())
        audit.record(
            request,
            AuditEvent.Action.TEAM_DISCONNECTED,
            patient=connection.patient,
            detail=connection.team.name,
        )


def set_share_notes(request: HttpRequest, *, connection: TeamConnection, share: bool) -> None:
    connection.share_notes = share
    connection.save(update_fields=["share_notes"])
    audit.record(
        request,
        AuditEvent.Action.TEAM_NOTES_CHANGED,
        patient=connection.patient,
        detail=f"{connection.team.name}: notes {'shown' if share else 'hidden'}",
    )


def connections_of(patient: Patient):
    return TeamConnection.objects.active().filter(patient=patient).select_related("team")


def without_notes(summary):
    """The summary as a team that may not read her notes sees it: every note left out, the
    note beside her top concerns too (her own words, as her day notes are)."""
    from dataclasses import replace

    from diary.summary import Section
    from diary.summary.rows import LazyRows

    return replace(
        summary,
        sections=summary.sections - {Section.NOTES},
        notes=[],
        rows=LazyRows(lambda: [row._replace(notes="") for row in summary.rows]),
        concerns=replace(summary.concerns, note="") if summary.concerns else summary.concerns,
    )
