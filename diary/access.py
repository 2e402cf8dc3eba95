"""The one access rule: what a user may see and do in a patient's diary.

Every diary view resolves its patient through `diary_view`, which asks `role_for`. A user with
no role gets 404 (nobody learns that a diary exists); a role too small for the action gets 403.
"""

import enum
import functools
import uuid
from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Q, When
from django.http import Http404, HttpRequest, HttpResponse

from diary import audit
from diary.models import AuditEvent, CareGrant, CareRole, Patient, User


class Role(enum.IntEnum):
    VIEWER = 1
    EDITOR = 2
    OWNER = 3


ROLE_OF_GRANT = {CareRole.VIEWER: Role.VIEWER, CareRole.EDITOR: Role.EDITOR}


def role_for(user: User, patient: Patient) -> Role | None:
    """Owner, editor, viewer, or None (nobody). Revoked grants count for nothing."""
    if not user.is_authenticated or not user.is_active:
        return None
    if patient.user_id == user.pk:
        return Role.OWNER
    grant = (
        CareGrant.objects.filter(patient=patient, caregiver=user, revoked_at__isnull=True)
        .values_list("role", flat=True)
        .first()
    )
    return ROLE_OF_GRANT.get(grant)


def patients_visible_to(user: User):
    """Every patient whose diary `user` may open (her own, and those she cares for)."""
    if not user.is_authenticated or not user.is_active:
        return Patient.objects.none()
    cared_for = CareGrant.objects.filter(caregiver=user, revoked_at__isnull=True).values(
        "patient_id"
    )
    return (
        Patient.objects.filter(Q(user=user) | Q(pk__in=cared_for))
        .select_related("user")
        .order_by(Case(When(user=user, then=0), default=1), "user__name", "pk")
    )


def resolve_patient(user: User, public_id: uuid.UUID, *, need: Role) -> tuple[Patient, Role]:
    patient = Patient.objects.select_related("user").filter(public_id=public_id).first()
    role = role_for(user, patient) if patient else None
    if role is None:
        raise Http404("No such diary.")
    if role < need:
        raise PermissionDenied
    return patient, role


def note_caregiver_visit(request: HttpRequest, patient: Patient) -> None:
    """Audit a caregiver opening a diary, once per log-in session."""
    key = f"diary-opened-{patient.pk}"
    if not request.session.get(key):
        request.session[key] = True
        audit.record(request, AuditEvent.Action.DIARY_OPENED, patient=patient)


def diary_view(need: Role = Role.VIEWER) -> Callable:
    """Decorate a view taking (request, patient, ...): logs in, checks the role, 404s strangers.

    The URL's `patient` (a UUID) becomes the Patient object; `request.diary_role` holds the role.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @functools.wraps(view)
        def wrapper(request: HttpRequest, patient: uuid.UUID, *args, **kwargs) -> HttpResponse:
            diary, role = resolve_patient(request.user, patient, need=need)
            request.diary_patient = diary
            request.diary_role = role
            if role != Role.OWNER:
                note_caregiver_visit(request, diary)
            return view(request, diary, *args, **kwargs)

        return wrapper

    return decorator
