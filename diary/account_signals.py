"""Account changes go to the audit log, through allauth's own signals.

Email changes, password changes and resets, second factors added or removed; signed-out sessions
are recorded by `diary.security.UserSessionsAdapter`. No address or code is stored in `detail`.
"""

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import timezone

from diary import audit
from diary.models import AuditEvent, Patient
from diary.security import OFFER_MFA_KEY


def _own_patient(user):
    return Patient.objects.filter(user=user).first()


def _record(request, user, action, detail=""):
    audit.record(request, action, patient=_own_patient(user), actor=user, detail=detail)


@receiver(account_signals.email_changed)
def record_email_changed(sender, request, user, from_email_address, to_email_address, **kwargs):
    _record(request, user, AuditEvent.Action.EMAIL_CHANGED)


@receiver(account_signals.password_changed)
def record_password_changed(sender, request, user, **kwargs):
    _record(request, user, AuditEvent.Action.PASSWORD_CHANGED)


@receiver(account_signals.password_reset)
def record_password_reset(sender, request, user, **kwargs):
    _record(request, user, AuditEvent.Action.PASSWORD_CHANGED, detail="by emailed link")


@receiver(mfa_signals.authenticator_added)
def record_mfa_added(sender, request, user, authenticator, **kwargs):
    _record(request, user, AuditEvent.Action.MFA_ADDED, detail=authenticator.get_type_display())


@receiver(mfa_signals.authenticator_removed)
def record_mfa_removed(sender, request, user, authenticator, **kwargs):
    _record(request, user, AuditEvent.Action.MFA_REMOVED, detail=authenticator.get_type_display())


@receiver(user_logged_in)
def offer_mfa_once(sender, request, user, **kwargs):
    """The first log-in without a second factor offers one (once; it is never forced)."""
    if request is None or user.mfa_offered_at is not None or is_mfa_enabled(user):
        return
    user.mfa_offered_at = timezone.now()
    user.save(update_fields=["mfa_offered_at"])
    request.session[OFFER_MFA_KEY] = True
