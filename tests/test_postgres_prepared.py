"""On PostgreSQL, a query run more than five times on a connection is prepared: the server keeps its
plan (config/settings.py, DATABASE_PREPARED_STATEMENTS)."""

import pytest
from django.db import connection

from diary.models import Symptom

pytestmark = pytest.mark.django_db


def _prepared_statements() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")


def test_a_query_run_six_times_is_prepared_with_its_parameters_bound_by_the_server():
    assert not [s for s in _prepared_statements() if "diary_symptom" in s]
    for _ in range(6):
        list(Symptom.objects.filter(slug="fatigue").values_list("pk", flat=True))
    prepared = [s for s in _prepared_statements() if "diary_symptom" in s]
    assert len(prepared) == 1
    assert "$1" in prepared[0] and "fatigue" not in prepared[0]


def test_a_query_run_five_times_is_not_prepared_yet():
    for _ in range(5):
        list(Symptom.objects.filter(slug="nausea").values_list("order", flat=True))
    assert not [s for s in _prepared_statements() if '"order"' in s]
