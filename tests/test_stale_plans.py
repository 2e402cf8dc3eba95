"""A migration that changes the type of a column a prepared query returns costs one failed
query per connection, not every request or task until a restart (diary/database.py)."""

import pytest
from django.db import DatabaseError, close_old_connections, connection

from diary.database import CloseOnStalePlan, is_stale_plan
from diary.models import User

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")


def _alter_user_name(sql_type: str) -> None:
    """What a migration widening the column does, from another connection."""
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        other.autocommit = True
        other.execute(f'ALTER TABLE "diary_user" ALTER COLUMN "name" TYPE {sql_type}')
    finally:
        other.close()


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
    # What `request_finished` runs under a server (Django's test client leaves it out).
    close_old_connections()
    assert owner_client.get(home).status_code == 200
    assert owner_client.get(home).status_code == 200


def test_a_caught_stale_plan_closes_the_connection_when_the_task_ends(patient, widened_name):
    for _ in range(6):
        _names()
    widened_name()
    with pytest.raises(DatabaseError) as failed:
        _names()  # a task catching it (an export marked failed) would carry on
    assert is_stale_plan(failed.value)
    close_old_connections()  # what Huey's close_db and Django's request_finished run
    assert _names() == [patient.user.name]


def test_without_the_wrapper_the_connection_keeps_failing(patient, widened_name):
    connection.ensure_connection()
    kept = [w for w in connection.execute_wrappers if isinstance(w, CloseOnStalePlan)]
    assert kept, "every PostgreSQL connection is watched"
    for wrapper in kept:
        connection.execute_wrappers.remove(wrapper)
    try:
        for _ in range(6):
            _names()
        widened_name()
        for _ in range(3):
            with pytest.raises(DatabaseError):
                _names()
            close_old_connections()
    finally:
        connection.execute_wrappers[:0] = kept


def test_another_database_error_leaves_the_connection_open(patient):
    connection.ensure_connection()
    before = connection.connection
    with pytest.raises(DatabaseError) as failed, connection.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table")
    assert not is_stale_plan(failed.value)
    close_old_connections()
    assert connection.connection is before
