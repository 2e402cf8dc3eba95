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
from django.http import Http404, HttpRequest, HttpResponse

from diary.models import Patient, User


class Role(enum.IntEnum):
    VIEWER = 1
    EDITOR = 2
    OWNER = 3


def role_for(user: User, patient: Patient) -> Role | None:
    if not user.is_authenticated or not user.is_active:
        return None
    if patient.user_id == user.pk:
        return Role.OWNER
    return None


def patients_visible_to(user: User):
    """Every patient whose diary `user` may open, the user's own first."""
    if not user.is_authenticated:
        return Patient.objects.none()
    return Patient.objects.filter(user=user)


def resolve_patient(user: User, public_id: uuid.UUID, *, need: Role) -> tuple[Patient, Role]:
    patient = Patient.objects.select_related("user").filter(public_id=public_id).first()
    role = role_for(user, patient) if patient else None
    if role is None:
        raise Http404("No such diary.")
    if role < need:
        raise PermissionDenied
    return patient, role


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
            return view(request, diary, *args, **kwargs)

        return wrapper

    return decorator
