"""Recording the audit log: who did what to which diary, when, and from which address."""

from django.http import HttpRequest

from diary.models import AuditEvent, Patient, User


def client_address(request: HttpRequest | None) -> str | None:
    """The connecting address. Behind a proxy, set the proxy to pass it as REMOTE_ADDR."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    request: HttpRequest | None,
    action: str,
    *,
    patient: Patient | None = None,
    actor: User | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append one event. `detail` is a short label (a link's name, a role), never a note."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    return AuditEvent.objects.create(
        patient=patient,
        actor=actor,
        action=action,
        detail=detail[:200],
        ip_address=client_address(request),
    )
