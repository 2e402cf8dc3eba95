"""A connection whose prepared statements went stale is closed, not kept.

On PostgreSQL the connections keep their repeated queries prepared (config/settings.py,
DATABASE_PREPARED_STATEMENTS). A migration that changes the type of a column such a query
returns (a longer text field, say) makes PostgreSQL refuse it on that connection with "cached
plan must not change result type", on every run, until the connection is closed; Django keeps
the connection (it still answers `SELECT 1`). Between `migrate` and the processes' restart, each
connection would then fail every request that runs the query. The receiver below closes the
process's connections when a request fails that way: the next request opens a new one.
"""

import sys

from django.core.signals import got_request_exception
from django.db import DatabaseError, connections

STALE_PLAN = "cached plan must not change result type"


def is_stale_plan(error: BaseException | None) -> bool:
    return isinstance(error, DatabaseError) and STALE_PLAN in str(error)


def close_connections_with_stale_plans(sender, request=None, **kwargs) -> None:
    """`got_request_exception` is sent while the exception is handled (sys.exc_info)."""
    if is_stale_plan(sys.exc_info()[1]):
        for connection in connections.all(initialized_only=True):
            connection.close()


def watch_for_stale_plans() -> None:
    got_request_exception.connect(
        close_connections_with_stale_plans, dispatch_uid="diary.database.stale_plans"
    )
