import pytest
from django.core.management import call_command
from django.db import connections

from diary.catalog import load_catalog
from tests.auth import sign_in
from tests.factories import PatientFactory


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last, after pytest-django has ordered the rest: they flush the database
    (restoring the catalog only for themselves), so no ordinary test may come after them. The
    sort is stable: everything else keeps pytest-django's order."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The catalog is loaded once into the test database, like `make run` does.

    Tests marked `django_db(transaction=True, serialized_rollback=True)` (which pytest-django
    runs last) get it back after each flush from the snapshot taken here.
    """
    with django_db_blocker.unblock():
        call_command("loaddata", "catalog", verbosity=0)
        for alias in connections:
            connection = connections[alias]
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def catalog(db):
    return load_catalog()


@pytest.fixture
def patient(db):
    return PatientFactory()


@pytest.fixture
def stranger(db):
    return PatientFactory()


@pytest.fixture
def owner_client(client, patient):
    # Signed in and freshly re-authenticated, as if she had just typed her password again.
    sign_in(client, patient.user)
    return client


@pytest.fixture
def stranger_client(client, stranger):
    sign_in(client, stranger.user)
    return client
