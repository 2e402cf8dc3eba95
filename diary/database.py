"""A connection whose prepared statements went stale is closed when its request or task ends.

On PostgreSQL the connections keep their repeated queries prepared (config/settings.py,
DATABASE_PREPARED_STATEMENTS). A migration that changes the type of a column such a query
returns (a longer text field, say) makes PostgreSQL refuse it on that connection with "cached
plan must not change result type", on every run, until the connection is closed; Django would
keep the connection (it still answers `SELECT 1`). Between `migrate` and the processes' restart,
each connection would then fail every request and task that runs the query.

Every PostgreSQL connection gets an execute wrapper that, on that error, marks the connection
as due to close: Django closes it when the request ends (`request_finished`) and Huey when the
task ends (`close_db`), never in the middle of a transaction. The query fails once per
connection, whether the error reaches Django's error page or is caught by the code that ran it.
"""

from django.db import DatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created

STALE_PLAN = "cached plan must not change result type"
FEATURE_NOT_SUPPORTED = "0A000"  # the error's SQLSTATE; its message may be translated


def is_stale_plan(error: BaseException) -> bool:
    cause = error.__cause__ if isinstance(error, DatabaseError) else error
    if getattr(cause, "sqlstate", None) != FEATURE_NOT_SUPPORTED:
        return False
    diag = getattr(cause, "diag", None)
    return getattr(diag, "source_function", None) == "RevalidateCachedQuery" or (
        STALE_PLAN in str(error)
    )


class CloseOnStalePlan:
    """An execute wrapper (Django's `connection.execute_wrappers`)."""

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def __call__(self, execute, sql, params, many, context):
        try:
            return execute(sql, params, many, context)
        except DatabaseError as error:
            if is_stale_plan(error):
                self.connection.close_at = 0  # close_if_unusable_or_obsolete closes it
            raise


def watch_connection(sender, connection: BaseDatabaseWrapper, **kwargs) -> None:
    if connection.vendor != "postgresql":
        return
    if not any(isinstance(w, CloseOnStalePlan) for w in connection.execute_wrappers):
        # First: `connection.execute_wrapper()` blocks remove the last wrapper when they end.
        connection.execute_wrappers.insert(0, CloseOnStalePlan(connection))


def watch_for_stale_plans() -> None:
    connection_created.connect(watch_connection, dispatch_uid="diary.database.stale_plans")
