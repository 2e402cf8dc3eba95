"""The session's row and its user in one statement (diary.sessions): the same user, Django's
checks unchanged, and nothing handed out beyond the request that read it."""

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from diary.sessions import SessionStore, user_read_with_session
from tests.auth import sign_in
from tests.factories import PatientFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-9"  # tests.factories.UserFactory's


def user_reads(queries) -> list[str]:
    table = connection.ops.quote_name(get_user_model()._meta.db_table)
    return [q["sql"] for q in queries if f"FROM {table}" in q["sql"]]


def signed_in_through_the_form(client, patient) -> None:
    response = client.post(
        reverse("account_login"), {"login": patient.user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert UserSession.objects.filter(session_key=client.session.session_key).exists()


def test_a_sign_in_through_the_form_reads_the_user_with_the_session(client, patient):
    signed_in_through_the_form(client, patient)
    home = reverse("diary_home", args=[patient.public_id])
    client.get(home)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(home)
    assert response.status_code == 200
    assert response.wsgi_request.user == patient.user
    assert "session_data" in queries.captured_queries[0]["sql"]
    assert user_reads(queries.captured_queries) == []


def test_without_a_usersessions_row_the_user_is_read_on_its_own(client, patient):
    sign_in(client, patient.user)  # force_login: no usersessions row
    home = reverse("diary_home", args=[patient.public_id])
    client.get(home)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(home).status_code == 200
    assert len(user_reads(queries.captured_queries)) == 1


def test_one_statement_fewer_than_reading_the_user_on_its_own(client, patient):
    signed_in_through_the_form(client, patient)
    home = reverse("diary_home", args=[patient.public_id])
    client.get(home)
    with CaptureQueriesContext(connection) as with_session:
        client.get(home)
    UserSession.objects.all().delete()
    with CaptureQueriesContext(connection) as on_its_own:
        assert client.get(home).status_code == 200
    assert len(with_session) == len(on_its_own) - 1


def test_the_user_read_with_the_session_is_the_orm_s(client, patient):
    signed_in_through_the_form(client, patient)
    store = SessionStore(client.session.session_key)
    store.load()
    user = store._user_with_session
    orm = get_user_model().objects.filter(pk=patient.user.pk).get()
    assert type(user) is type(orm)
    assert {k: v for k, v in user.__dict__.items() if k != "_state"} == {
        k: v for k, v in orm.__dict__.items() if k != "_state"
    }
    assert (user._state.db, user._state.adding) == (orm._state.db, orm._state.adding)


def test_the_user_is_handed_out_only_while_the_request_signs_in_and_once(client, patient):
    from diary import sessions

    signed_in_through_the_form(client, patient)
    store = SessionStore(client.session.session_key)
    store.load()
    pk = patient.user.pk
    assert user_read_with_session(pk) is None  # not signing a request in
    token = sessions._authenticating.set(store)
    try:
        assert user_read_with_session(pk + 1) is None  # another user
        assert user_read_with_session(pk).pk == pk
        assert user_read_with_session(pk) is None  # once
        fresh = get_user_model().objects.get(pk=pk)  # the row, read again
        assert fresh.pk == pk
    finally:
        sessions._authenticating.reset(token)


def test_a_usersessions_row_naming_someone_else_is_not_used(client, patient):
    signed_in_through_the_form(client, patient)
    other = PatientFactory().user
    UserSession.objects.filter(session_key=client.session.session_key).update(user=other)
    home = reverse("diary_home", args=[patient.public_id])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(home)
    assert response.status_code == 200
    assert response.wsgi_request.user == patient.user
    assert len(user_reads(queries.captured_queries)) == 1


def test_a_deactivated_account_is_signed_out(client, patient):
    signed_in_through_the_form(client, patient)
    get_user_model().objects.filter(pk=patient.user.pk).update(is_active=False)
    response = client.get(reverse("diary_home", args=[patient.public_id]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_password_changed_elsewhere_signs_the_session_out(client, patient):
    signed_in_through_the_form(client, patient)
    user = get_user_model().objects.get(pk=patient.user.pk)
    user.set_password("another long passphrase 42")
    user.save()
    response = client.get(reverse("diary_home", args=[patient.public_id]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not client.session.get("_auth_user_id")


def test_an_expired_session_with_a_usersessions_row_reads_nothing(client, patient):
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    signed_in_through_the_form(client, patient)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    store = SessionStore(key)
    assert store.load() == {} and store.session_key is None
    assert store._user_with_session is None
    response = client.get(reverse("diary_home", args=[patient.public_id]))
    assert response.status_code == 302
