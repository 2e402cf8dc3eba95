"""Where the flash messages wait for the next page: in the session (on the server), except a
message known to carry no health data, which waits in a signed cookie instead.

Every message goes to the session, as with Django's SessionStorage: many name a symptom, a
treatment or a contact ("Added Fatigue (mild)", "Saved Letrozole"), and those stay on the
server. A message added with `add_without_health_data` (the check-in's "Saved Sunday 29
November", with the key of the draft the browser may drop) goes to a signed cookie (Django's
CookieStorage, with the session cookie's Secure, HttpOnly, SameSite and domain settings): the
save then writes no session row, and the page after it neither (taking a message out of the
session is one more write of the row). The cookie holds nothing the day page's own URL does
not (the day) but the signed-in person's id in the draft key; never put a symptom, a reading
or a note in such a message.

Signing out drops the messages still waiting for the person who signs out (`forget`, from
the user_logged_out receiver in diary.signals): the cookie is deleted with the sign-out's
response, so whoever signs in next on that browser sees none of them.
"""

from django.contrib.messages import constants
from django.contrib.messages import success as session_success
from django.contrib.messages.storage.base import BaseStorage, Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage
from django.http import HttpRequest


class SessionUnlessPlainStorage(BaseStorage):
    """MESSAGE_STORAGE: the session's, but for messages marked as free of health data."""

    def __init__(self, request, *args, **kwargs):
        self.cookie = CookieStorage(request, *args, **kwargs)
        self.session = SessionStorage(request, *args, **kwargs)
        self._cookie_used = False  # the request brought messages in the cookie
        super().__init__(request, *args, **kwargs)

    def add_plain(self, level: int, message: str, extra_tags: str = "") -> None:
        """Queue a message that carries no health data: it waits in the cookie."""
        queued = len(self._queued_messages)
        self.add(level, message, extra_tags)
        for added in self._queued_messages[queued:]:
            added.plain = True

    def forget(self) -> None:
        """Drop the messages waiting from earlier pages, in the cookie and in the session (the
        person they were for signs out), and any of this request's for the cookie: the
        response then deletes the cookie. This request's others, such as allauth's "You have
        signed out", are kept."""
        self._loaded_data = []
        self._queued_messages = [m for m in self._queued_messages if not _is_plain(m)]
        self.used = True  # the response writes what is queued, and only that
        self._cookie_used = True

    def _get(self, *args, **kwargs):
        plain, _ = self.cookie._get()
        for message in plain or ():
            message.plain = True
        self._cookie_used = bool(plain)
        kept, _ = self.session._get()
        return [*(plain or ()), *(kept or ())], True

    def _store(self, messages, response, *args, **kwargs):
        plain = [m for m in messages if _is_plain(m)]
        kept = [m for m in messages if not _is_plain(m)]
        if plain or self._cookie_used:
            # What does not fit in the cookie (4 KB) waits in the session.
            kept += self.cookie._store(plain, response, remove_oldest=False)
            self._cookie_used = bool(plain)
        # No message for the session and none in it: the session is left unchanged.
        self.session._store(kept, response)
        return []


def _is_plain(message: Message) -> bool:
    return getattr(message, "plain", False)


def add_without_health_data(request: HttpRequest, message: str, *, extra_tags: str = "") -> None:
    """A success message that names no symptom, reading, treatment or note (a day's date is
    fine: the page it leads to has it in its URL). Kept out of the session where the storage
    allows it (SessionUnlessPlainStorage), else added as any message."""
    storage = getattr(request, "_messages", None)
    if isinstance(storage, SessionUnlessPlainStorage):
        storage.add_plain(constants.SUCCESS, message, extra_tags)
    else:
        session_success(request, message, extra_tags=extra_tags)
