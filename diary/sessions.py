"""Django's database sessions, read with one plain SQL statement.

Every signed-in request reads its session row first. Django's own store asks the ORM for a
`Session` instance, which costs more to build and compile than the read itself; this store
reads the same row (its key, not yet expired) as SQL written once from the model's quoted
names, the key and the time as parameters, and decodes it the same way. Everything else
(saving, creating, deleting, cycling keys, expiry) is Django's `db` store unchanged, on the
same table, so sessions made by either store are read by the other.
"""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import connections, router
from django.utils import timezone


class SessionStore(DatabaseSessionStore):
    def _session_data_from_db(self) -> str | None:
        """The stored data of this key's session if it has not expired, else None (and the key
        is dropped, as Django's store drops it, so that a save makes a new session)."""
        key = self.session_key
        data = None
        if key is not None:
            model = self.model
            db = router.db_for_read(model)
            connection = connections[db]
            quote = connection.ops.quote_name
            field = model._meta.get_field
            sql = (
                f"SELECT {quote(field('session_data').column)}"  # noqa: S608
                f" FROM {quote(model._meta.db_table)}"
                f" WHERE {quote(field('session_key').column)} = %s"
                f" AND {quote(field('expire_date').column)} > %s"
            )
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            with connection.cursor() as cursor:
                cursor.execute(sql, [key, now])
                row = cursor.fetchone()
            data = row[0] if row else None
        if data is None:
            self._session_key = None
        return data

    def load(self):
        data = self._session_data_from_db()
        return self.decode(data) if data is not None else {}
