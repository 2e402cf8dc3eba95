"""Signing in for tests: as allauth would after a log-in and a fresh re-authentication."""

import time

from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from django.conf import settings


def mark_reauthenticated(client, user) -> None:
    """The person typed her password again just now (allauth's own record of it)."""
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": time.time(), "reauthenticated": True}
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()


def sign_in(client, user, *, reauthenticated: bool = True) -> None:
    client.force_login(user, backend=settings.AUTHENTICATION_BACKENDS[0])
    if reauthenticated:
        mark_reauthenticated(client, user)
