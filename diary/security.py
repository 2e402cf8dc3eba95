"""Account security: re-authentication, verified addresses, idle sessions, rate limits.

Everything here leans on django-allauth's own mechanisms (its re-authentication flow, its rate
limiter over Django's cache, its MFA app); this module only decides where they apply.

* `sensitive` wraps allauth's `reauthentication_required`: a POST to the view first asks for the
  password again (or a second factor, for someone who has one) unless the person did so in the
  last ACCOUNT_REAUTHENTICATION_TIMEOUT seconds. The POST is then replayed, so nothing typed is
  lost. Apply it below `diary_view` so that strangers still get 404:

      @diary_view(need=Role.OWNER)
      @require_POST
      @sensitive
      def delete_account(request, patient): ...

  For a view without `diary_view`, put `@login_required` above it.
* `verified_email_required_to_share` refuses a POST until the account's address is verified.
* `limit_by_address(action)` limits requests per client address through allauth's limiter.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.decorators import reauthentication_required
from allauth.account.models import EmailAddress
from allauth.core.internal import ratelimit
from allauth.mfa.utils import is_mfa_enabled
from allauth.usersessions.adapter import DefaultUserSessionsAdapter
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

LAST_ACTIVITY_KEY = "last_activity"
# The last-activity time is written at most this often, so a busy session is not saved on
# every request; the idle limit is thus exact to within this many seconds.
ACTIVITY_RESOLUTION = 60
OFFER_MFA_KEY = "offer_mfa"

# Per client address, for the pages anyone can open with a token (allauth's rate syntax).
PUBLIC_RATE_LIMITS = {
    "open_share_link": "30/m/ip,300/h/ip",
    "open_invitation": "20/m/ip,100/h/ip",
    "open_contact_confirmation": "20/m/ip,100/h/ip",
}
# At most this many failed log-ins per account reach the audit log (see record_failed_login).
AUDIT_LOGIN_FAILED_RATE = {"audit_login_failed": "20/h/key"}


def sensitive(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Ask for the password (or second factor) again before a POST to `view`; GET passes."""
    # app="" means "always": the setting is not a switch that could turn this off.
    return reauthentication_required(allow_get=True, app="")(view)


def has_verified_email(user) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def verified_email_required_to_share(view: Callable[..., HttpResponse]):
    """A diary is shared (links, caregivers, alert contacts) only from a verified address."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "POST" and not has_verified_email(request.user):
            messages.error(
                request,
                "Confirm your email address before you share your diary: open the link we "
                "emailed you, or send it again from here.",
            )
            return redirect("account_email")
        return view(request, *args, **kwargs)

    return wrapper


def limit_by_address(action: str) -> Callable:
    """Limit a public view per client address (the shared cache; 429 when exceeded)."""
    return ratelimit.decorator(
        app="diary", action=action, config=PUBLIC_RATE_LIMITS, limit_get=True
    )


def client_ip(request: HttpRequest) -> str:
    """The client's address: X-Forwarded-For only as far as TRUSTED_PROXY_COUNT allows."""
    return ratelimit.get_ip(request)


class AccountAdapter(DefaultAccountAdapter):
    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials) -> str:
        """Failed log-ins count per account *and* client address.

        allauth keys its per-account lock on the email alone, so anyone anywhere could keep a
        patient locked out by typing wrong passwords for her. Keyed on the pair, a guesser is
        held to 5 tries in 5 minutes per account from each address (and 10 a minute over all
        accounts, the per-address limit), while the patient on her own connection is never
        locked by someone else. A botnet spreading guesses over many addresses meets the
        password strength check and the second factor instead.
        """
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{client_ip(request)}"

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        url = super().get_login_redirect_url(request)
        if request.session.pop(OFFER_MFA_KEY, False):
            return f"{reverse('offer_mfa')}?{urlencode({'next': url})}"
        return url


class UserSessionsAdapter(DefaultUserSessionsAdapter):
    def end_sessions(self, sessions) -> None:
        from allauth.core import context

        from diary import audit
        from diary.models import AuditEvent, Patient

        sessions = list(sessions)
        super().end_sessions(sessions)
        request = context.request
        if sessions and request is not None and request.user.is_authenticated:
            audit.record(
                request,
                AuditEvent.Action.SESSIONS_ENDED,
                patient=Patient.objects.filter(user=request.user).first(),
                detail=f"{len(sessions)} signed out",
            )


def _idle_limit(session) -> int:
    """Seconds without a request before sign-out: longer if the person chose to stay in."""
    remembered = session.get("_session_expiry")
    if isinstance(remembered, int) and remembered > 0:
        return settings.SESSION_REMEMBER_AGE
    return settings.SESSION_IDLE_TIMEOUT


class IdleLogoutMiddleware:
    """Sign out a session that has seen no request for SESSION_IDLE_TIMEOUT seconds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            last = request.session.get(LAST_ACTIVITY_KEY)
            if isinstance(last, int) and now - last > _idle_limit(request.session):
                logout(request)
                messages.info(request, "You were signed out after a while without activity.")
            elif not isinstance(last, int) or now - last >= ACTIVITY_RESOLUTION:
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)


class StaffNeedMFAMiddleware:
    """Staff reach the admin only with a second factor set up; otherwise they set one up."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            settings.ADMIN_ENABLED
            and request.path.startswith(self.prefix)
            and user.is_authenticated
            and user.is_staff
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request, "Set up two-step sign-in before using the administration pages."
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def safe_next(request: HttpRequest, fallback: str) -> str:
    url = request.GET.get("next", "")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return fallback
