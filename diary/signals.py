"""Log-ins and failed log-ins go to the audit log (Django's own authentication signals); a
sign-out drops the messages still waiting for her."""

import zoneinfo

from allauth.account.signals import user_signed_up
from allauth.core.internal import ratelimit
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from diary import audit
from diary.message_storage import SessionUnlessPlainStorage
from diary.models import AuditEvent, Patient, User
from diary.security import AUDIT_LOGIN_FAILED_RATE


@receiver(user_logged_in)
def record_login(sender, request, user, **kwargs):
    patient = Patient.objects.filter(user=user).first()
    audit.record(request, AuditEvent.Action.LOGIN, patient=patient, actor=user)


@receiver(user_logged_out)
def forget_messages(sender, request, user, **kwargs):
    """Her "Saved" message waits in a cookie the sign-out would not clear: dropped with the
    rest, so the next person to sign in on the browser does not see it."""
    storage = getattr(request, "_messages", None)
    if isinstance(storage, SessionUnlessPlainStorage):
        storage.forget()


@receiver(user_login_failed)
def record_failed_login(sender, credentials, request=None, **kwargs):
    """Only for existing accounts, and at most 20 an hour each: nobody floods the table."""
    email = credentials.get("email") or credentials.get("username") or ""
    user = User.objects.filter(email__iexact=email).first() if email else None
    if user is None:
        return
    if request is not None and not ratelimit.consume(
        request,
        app="diary",
        action="audit_login_failed",
        config=AUDIT_LOGIN_FAILED_RATE,
        key=str(user.pk),
    ):
        return
    patient = Patient.objects.filter(user=user).first()
    # The attempted address is not stored: it may be a mistyped stranger's.
    audit.record(request, AuditEvent.Action.LOGIN_FAILED, patient=patient, actor=user)


@receiver(user_signed_up)
def time_zone_from_the_browser(sender, request, user, **kwargs):
    """The sign-up form carries the browser's time zone (a hidden field static/js/diary.js adds),
    so her days start at her midnight from the first check-in; a name we do not know is ignored."""
    zone = (request.POST.get("time_zone") or "").strip() if request is not None else ""
    if zone in zoneinfo.available_timezones() and zone != "localtime":
        user.time_zone = zone
        user.save(update_fields=["time_zone"])
