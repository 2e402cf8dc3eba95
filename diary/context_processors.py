from diary.access import Role
from diary.models import CareGrant, Patient


def diary_nav(request) -> dict:
    """The diary shown in the navigation (the one a view opened, else the user's own)."""
    patient = getattr(request, "diary_patient", None)
    role = getattr(request, "diary_role", None)
    user = getattr(request, "user", None)
    if patient is None and user is not None and user.is_authenticated:
        patient = Patient.objects.filter(user=user).first()
    # A diary page read it with its patient (diary.access.page_annotations).
    cares_for_others = getattr(
        getattr(request, "diary_patient", None), "page_cares_for_others", None
    )
    if cares_for_others is None:
        cares_for_others = bool(
            user is not None
            and user.is_authenticated
            and CareGrant.objects.filter(caregiver=user, revoked_at__isnull=True).exists()
        )
    return {
        "nav_patient": patient,
        "can_edit": role is not None and role >= Role.EDITOR,
        "is_owner": patient is not None and user is not None and patient.user_id == user.pk,
        "cares_for_others": cares_for_others,
    }
