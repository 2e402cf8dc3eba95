"""Caregiver invitations and grants, and share links: the domain rules behind the pages."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from diary import audit
from diary.models import AuditEvent, CareGrant, Invitation, Patient, ShareLink, User
from diary.models.sharing import hash_token, new_token
from diary.summary import Period, Section

INVITATION_DAYS = 7
SHARE_DEFAULT_DAYS = 14
SHARE_MAX_DAYS = 90


class SharingError(Exception):
    """A request the rules refuse, with a message for the person."""


def active_grants(patient: Patient):
    return (
        patient.grants.filter(revoked_at__isnull=True)
        .select_related("caregiver")
        .order_by("created_at")
    )


def invite(request: HttpRequest, *, patient: Patient, email: str, role: str) -> Invitation:
    """Create an invitation and email its link (the link is never stored, only its hash)."""
    email = email.strip().lower()
    if email == patient.user.email.lower():
        raise SharingError("That is your own address: you already have your diary.")
    if active_grants(patient).filter(caregiver__email__iexact=email).exists():
        raise SharingError("This person already helps with your diary. Change their role instead.")
    open_ones = patient.invitations.filter(
        email__iexact=email,
        accepted_at__isnull=True,
        withdrawn_at__isnull=True,
        expires_at__gt=timezone.now(),
    )
    if open_ones.exists():
        raise SharingError("You already invited this address. Withdraw that invitation first.")
    token, token_hash = new_token()
    try:
        # An invitation whose email was never sent is useless (its link exists nowhere) and
        # would block inviting the address again: keep it only once the mail is handed over.
        with transaction.atomic():
            invitation = Invitation.objects.create(
                patient=patient,
                email=email,
                role=role,
                token_hash=token_hash,
                expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
            )
            url = settings.SITE_URL + reverse("invitation", args=[token])
            send_mail(
                f"{patient.display_name} invites you to their symptom diary",
                (
                    f"{patient.display_name} invites you to help with their symptom diary as "
                    f"{invitation.get_role_display().split(':')[0].lower()}.\n\n"
                    f"Accept within {INVITATION_DAYS} days (the link works once):\n{url}\n\n"
                    "You will be asked to log in, or to create an account with this email "
                    "address.\n"
                ),
                settings.DEFAULT_FROM_EMAIL,
                [email],
            )
    except OSError:  # smtplib.SMTPException, a refused connection, a timeout
        raise SharingError(
            "The invitation email could not be sent, so no invitation was made. "
            "Please try again in a few minutes."
        ) from None
    audit.record(request, AuditEvent.Action.INVITED, patient=patient, detail=invitation.role)
    return invitation


def find_invitation(token: str) -> Invitation | None:
    """The open invitation behind a link, or None (expired, used, withdrawn, or made up)."""
    invitation = (
        Invitation.objects.select_related("patient__user")
        .filter(token_hash=hash_token(token))
        .first()
    )
    return invitation if invitation is not None and invitation.is_open else None


def accept(request: HttpRequest, *, token: str, user: User) -> CareGrant | None:
    """Accept an invitation addressed to `user`. None when the link does not work for them."""
    with transaction.atomic():
        invitation = find_invitation(token)
        if invitation is None or invitation.email.lower() != user.email.lower():
            return None
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at is not None:
            return None
        if invitation.patient.user_id == user.pk:
            return None
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
        try:
            with transaction.atomic():
                grant = CareGrant.objects.create(
                    patient=invitation.patient, caregiver=user, role=invitation.role
                )
        except IntegrityError:  # already a caregiver: the invitation sets the role
            grant = active_grants(invitation.patient).get(caregiver=user)
            grant.role = invitation.role
            grant.save(update_fields=["role"])
        audit.record(
            request, AuditEvent.Action.GRANTED, patient=invitation.patient, detail=grant.role
        )
        return grant


def change_role(request: HttpRequest, *, grant: CareGrant, role: str) -> None:
    grant.role = role
    grant.save(update_fields=["role"])
    audit.record(request, AuditEvent.Action.ROLE_CHANGED, patient=grant.patient, detail=role)


def revoke(request: HttpRequest, *, grant: CareGrant) -> None:
    """From the next request on, the caregiver sees nothing of this diary."""
    grant.revoked_at = timezone.now()
    grant.save(update_fields=["revoked_at"])
    audit.record(request, AuditEvent.Action.REVOKED, patient=grant.patient, detail=grant.role)


def withdraw(request: HttpRequest, *, invitation: Invitation) -> None:
    invitation.withdrawn_at = timezone.now()
    invitation.save(update_fields=["withdrawn_at"])
    audit.record(request, AuditEvent.Action.INVITATION_WITHDRAWN, patient=invitation.patient)


@dataclass(frozen=True)
class NewShareLink:
    link: ShareLink
    token: str  # shown to the patient once; the database keeps only its hash

    @property
    def path(self) -> str:
        return reverse("shared_summary", args=[self.token])


def create_share_link(
    request: HttpRequest,
    *,
    patient: Patient,
    period: Period,
    sections: frozenset[Section],
    label: str,
    days: int,
) -> NewShareLink:
    if not 1 <= days <= SHARE_MAX_DAYS:
        raise SharingError(f"A link lasts from 1 to {SHARE_MAX_DAYS} days.")
    token, token_hash = new_token()
    link = ShareLink.objects.create(
        patient=patient,
        token_hash=token_hash,
        label=label,
        start=period.start,
        end=period.end,
        sections=sorted(sections),
        expires_at=timezone.now() + timedelta(days=days),
    )
    audit.record(request, AuditEvent.Action.SHARE_CREATED, patient=patient, detail=label)
    return NewShareLink(link=link, token=token)


def find_share_link(token: str) -> ShareLink | None:
    link = (
        ShareLink.objects.select_related("patient__user")
        .filter(token_hash=hash_token(token))
        .first()
    )
    return link if link is not None and link.is_active else None


def note_share_opened(request: HttpRequest, link: ShareLink, *, what: str) -> None:
    from django.db.models import F

    ShareLink.objects.filter(pk=link.pk).update(
        open_count=F("open_count") + 1, last_opened_at=timezone.now()
    )
    audit.record(
        request,
        AuditEvent.Action.SHARE_OPENED,
        patient=link.patient,
        actor=None,
        detail=f"{link.label or 'share link'} ({what})",
    )


def revoke_share_link(request: HttpRequest, *, link: ShareLink) -> None:
    link.revoked_at = timezone.now()
    link.save(update_fields=["revoked_at"])
    audit.record(request, AuditEvent.Action.SHARE_REVOKED, patient=link.patient, detail=link.label)
