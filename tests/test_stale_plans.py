"""A migration that changes the type of a column a prepared query returns costs one failed
request per connection, not every request until a restart (diary/database.py)."""

import psycopg
import pytest
from django.core.signals import got_request_exception
from django.db import DatabaseError, connection

from diary.database import STALE_PLAN, close_connections_with_stale_plans
from diary.models import User

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")


def _alter_user_name(sql_type: str) -> None:
    """What a migration widening the column does, from another connection."""
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"],
        user=settings["USER"],
        dbname=settings["NAME"],
        autocommit=True,
    ) as other:
        other.execute(f'ALTER TABLE "diary_user" ALTER COLUMN "name" TYPE {sql_type}')


@pytest.fixture
def widened_name():
    yield lambda: _alter_user_name("varchar(101)")
    _alter_user_name("varchar(100)")
    connection.close()  # its statements were prepared against the widened column


def _names() -> list[str]:
    return list(User.objects.order_by("pk").values_list("name", flat=True))


def test_a_request_failing_on_a_stale_plan_closes_the_connection_and_the_next_one_works(
    owner_client, patient, widened_name
):
    home = f"/d/{patient.public_id}/"
    for _ in range(7):  # the session's query with her user is prepared on this connection
        assert owner_client.get(home).status_code == 200
    widened_name()
    owner_client.raise_request_exception = False
    assert owner_client.get(home).status_code == 500
    assert owner_client.get(home).status_code == 200
    assert owner_client.get(home).status_code == 200


def test_without_the_receiver_the_connection_keeps_failing(patient, widened_name):
    got_request_exception.disconnect(dispatch_uid="diary.database.stale_plans")
    try:
        for _ in range(6):
            _names()
        widened_name()
        for _ in range(3):
            with pytest.raises(DatabaseError, match=STALE_PLAN):
                _names()
            try:
                _names()
            except DatabaseError:
                got_request_exception.send(sender=None, request=None)
    finally:
        got_request_exception.connect(
            close_connections_with_stale_plans, dispatch_uid="diary.database.stale_plans"
        )


def test_another_database_error_leaves_the_connection_open(patient):
    connection.ensure_connection()
    before = connection.connection
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")
    except DatabaseError:
        got_request_exception.send(sender=None, request=None)
    assert connection.connection is before
