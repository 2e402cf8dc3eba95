"""Django's database sessions, read with one plain SQL statement, with the session's user.

Every signed-in request reads its session row first, then its user. Django's own store asks
the ORM for a `Session` instance, which costs more to build and compile than the read itself;
this store reads the same row (its key, not yet expired) as SQL written once from the models'
quoted names, the key and the time as parameters, and decodes it the same way. Everything else
(saving, creating, deleting, cycling keys, expiry) is Django's `db` store unchanged, on the
same table, so sessions made by either store are read by the other.

The same statement reads the user that allauth's usersessions recorded for the session's key
(`UserSession`, written at every sign-in) and keeps it on the store, for this request only.
`AuthenticationMiddleware` (Django's, with this one change) lets Django's `auth.get_user` find
it: while it runs, `UserManager.get(pk=N)` (what `ModelBackend.get_user` calls) takes the
user read with the session instead of reading the row again, when it is the user the session
names (`_auth_user_id`); Django's checks (the backend, an inactive user, the session's hash
of the password) run on it unchanged. Without a usersessions row, or for another user, the
user is read as before. Nothing is kept beyond the request: the user belongs to the store,
which belongs to the request, and is handed out once.
"""

from contextvars import ContextVar
from functools import partial

from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthentication
from django.contrib.auth.middleware import auser
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import DEFAULT_DB_ALIAS, connections, router
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

# The request's session store while Django's `auth.get_user` runs for it (else None).
_authenticating: ContextVar["SessionStore | None"] = ContextVar("authenticating", default=None)
_with_user_sql: tuple | None = None


def _session_sql(connection, model) -> str:
    quote = connection.ops.quote_name
    field = model._meta.get_field
    return (
        f"SELECT {quote(field('session_data').column)}"  # noqa: S608
        f" FROM {quote(model._meta.db_table)}"
        f" WHERE {quote(field('session_key').column)} = %s"
        f" AND {quote(field('expire_date').column)} > %s"
    )


def _session_and_user_sql(model) -> tuple | None:
    """The session's data and its usersessions user's columns (NULL without one), written once
    per process; None when allauth's usersessions is not installed."""
    global _with_user_sql
    if _with_user_sql is None:
        from django.apps import apps

        if not apps.is_installed("allauth.usersessions"):
            _with_user_sql = ()
            return None
        from allauth.usersessions.models import UserSession

        from diary.access import SelectedModel
        from diary.models import User

        connection = connections[DEFAULT_DB_ALIAS]
        quote = connection.ops.quote_name
        field, kept = model._meta.get_field, UserSession._meta.get_field
        s, k, u = quote("s"), quote("k"), quote("u")
        session_key = quote(field("session_key").column)
        part = SelectedModel(User, "u")
        sql = (
            f"SELECT {s}.{quote(field('session_data').column)}, {part.sql}"  # noqa: S608
            f" FROM {quote(model._meta.db_table)} {s}"
            f" LEFT OUTER JOIN {quote(UserSession._meta.db_table)} {k}"
            f" ON {k}.{quote(kept('session_key').column)} = {s}.{session_key}"
            f" LEFT OUTER JOIN {quote(User._meta.db_table)} {u}"
            f" ON {u}.{quote(User._meta.pk.column)} = {k}.{quote(kept('user').column)}"
            f" WHERE {s}.{session_key} = %s"
            f" AND {s}.{quote(field('expire_date').column)} > %s"
        )
        _with_user_sql = (sql, part)
    return _with_user_sql or None


class SessionStore(DatabaseSessionStore):
    # The user allauth's usersessions recorded for this session's key, read with it (None:
    # none, or handed out already). See `user_read_with_session`.
    _user_with_session = None

    def _session_data_from_db(self) -> str | None:
        """The stored data of this key's session if it has not expired, else None (and the key
        is dropped, as Django's store drops it, so that a save makes a new session)."""
        key = self.session_key
        data = None
        self._user_with_session = None
        if key is not None:
            model = self.model
            db = router.db_for_read(model)
            connection = connections[db]
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            kept = _session_and_user_sql(model) if db == DEFAULT_DB_ALIAS else None
            sql = kept[0] if kept else _session_sql(connection, model)
            with connection.cursor() as cursor:
                cursor.execute(sql, [key, now])
                row = cursor.fetchone()
            if row:
                data = row[0]
                if kept:
                    self._user_with_session = kept[1].instance(row[1:])
        if data is None:
            self._session_key = None
        return data

    def load(self):
        data = self._session_data_from_db()
        return self.decode(data) if data is not None else {}


def user_read_with_session(pk: int):
    """The user `pk` as read with the session of the request being authenticated, handed out
    once; None outside `auth.get_user`, without one, or for another user."""
    store = _authenticating.get()
    user = getattr(store, "_user_with_session", None)
    if user is None or user.pk != pk:
        return None
    store._user_with_session = None
    return user


def get_user(request):
    """`django.contrib.auth.middleware.get_user`, with the session's store offered to
    `user_read_with_session` while Django's `auth.get_user` runs."""
    if not hasattr(request, "_cached_user"):
        token = _authenticating.set(request.session)
        try:
            request._cached_user = auth.get_user(request)
        finally:
            _authenticating.reset(token)
    return request._cached_user


class AuthenticationMiddleware(DjangoAuthentication):
    """Django's, whose `request.user` reads the user with the session (`get_user`)."""

    def process_request(self, request):
        super().process_request(request)  # its checks
        request.user = SimpleLazyObject(lambda: get_user(request))
        request.auser = partial(auser, request)
