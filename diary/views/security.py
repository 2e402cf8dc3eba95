"""The account security page, and the one-time offer of two-step sign-in after a first log-in."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from diary.security import safe_next


@login_required
@require_safe
def account_security(request):
    user = request.user
    return render(
        request,
        "account/security.html",
        {
            "emails": EmailAddress.objects.filter(user=user).order_by("-primary", "email"),
            "authenticators": Authenticator.objects.filter(user=user).exclude(
                type=Authenticator.Type.RECOVERY_CODES
            ),
            "session_count": UserSession.objects.filter(user=user).count(),
        },
    )


@login_required
@require_safe
def offer_mfa(request):
    """Shown once after the first log-in: set up a second step now, or carry on."""
    return render(request, "account/offer_mfa.html", {"next": safe_next(request, reverse("home"))})
