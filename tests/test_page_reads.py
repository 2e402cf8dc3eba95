"""Reads the home, history and day pages merged into fewer queries give what the separate
queries gave: the nearest appointments, the history's page and its count, the navigation's
"Switch diary" and the catalog's version check."""

from datetime import timedelta

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from diary import catalog as catalog_module
from diary.catalog import bump_catalog_version, catalog_version, load_catalog
from diary.models import Appointment, CareGrant
from diary.views.history import counted_page
from diary.views.home import appointments_around
from tests.factories import PatientFactory, UserFactory, log_day


def separate_reads(patient, now):
    """What the home page read before: two queries."""
    return (
        patient.appointments.filter(starts_at__lt=now).last(),
        patient.appointments.filter(starts_at__gte=now).first(),
    )


@pytest.mark.parametrize(
    "offsets_in_hours",
    [(), (-5,), (7,), (-50, -5, 0, 7, 90), (-5, -5, 3, 3), (0,)],
    ids=["none", "past only", "future only", "both", "ties", "at now"],
)
def test_the_nearest_appointments_are_those_two_queries_found(patient, offsets_in_hours):
    now = timezone.now().replace(microsecond=0)
    for hours in offsets_in_hours:
        Appointment.objects.create(patient=patient, starts_at=now + timedelta(hours=hours))
    Appointment.objects.create(patient=PatientFactory(), starts_at=now + timedelta(hours=1))
    Appointment.objects.create(patient=PatientFactory(), starts_at=now - timedelta(hours=1))
    last, upcoming = separate_reads(patient, now)
    with CaptureQueriesContext(connection) as queries:
        found = appointments_around(patient, now)
    assert len(queries) == 1
    assert [a and a.starts_at for a in found] == [
        last and last.starts_at,
        upcoming and upcoming.starts_at,
    ]
    assert all(a is None or a.patient_id == patient.pk for a in found)


def page_facts(page):
    return (
        page.number,
        page.paginator.count,
        page.paginator.num_pages,
        [e.pk for e in page.object_list],
    )


@pytest.mark.parametrize("days", [0, 1, 20, 45])
@pytest.mark.parametrize("number", [None, "", "1", "2", "3", "999", "0", "-1", "x", "2.0"])
def test_the_counted_page_is_the_paginators_page(patient, days, number):
    today = patient.today()
    for n in range(days):
        log_day(patient, today - timedelta(days=n))
    log_day(PatientFactory(), today)
    entries = patient.entries.order_by("-date")
    expected = page_facts(Paginator(entries, 20).get_page(number))
    assert page_facts(counted_page(entries, number, 20)) == expected


def test_a_page_in_range_and_its_count_are_one_query(patient):
    today = patient.today()
    for n in range(25):
        log_day(patient, today - timedelta(days=n))
    with CaptureQueriesContext(connection) as queries:
        page = counted_page(patient.entries.order_by("-date"), "2", 20)
    assert len(queries) == 1 and page.paginator.count == 25 and len(page.object_list) == 5


@pytest.mark.parametrize(
    ("grant", "shown"),
    [(None, False), ("active", True), ("revoked", False)],
)
def test_switch_diary_is_offered_on_a_diary_page_to_who_cares_for_someone(
    client, patient, grant, shown
):
    if grant:
        CareGrant.objects.create(
            patient=PatientFactory(),
            caregiver=patient.user,
            role="viewer",
            revoked_at=timezone.now() if grant == "revoked" else None,
        )
    client.force_login(patient.user)
    for url in (
        reverse("diary_home", args=[patient.public_id]),
        reverse("history", args=[patient.public_id]),
        reverse("day_detail", args=[patient.public_id, patient.today()]),
        reverse("profile"),  # not a diary page: the context processor reads it itself
    ):
        assert ("Switch diary" in client.get(url).text) is shown, url


def test_switch_diary_is_offered_to_a_caregiver_in_the_diary_she_cares_for(client, patient):
    caregiver = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=caregiver, role="viewer")
    client.force_login(caregiver)
    assert "Switch diary" in client.get(reverse("diary_home", args=[patient.public_id])).text


def test_a_diary_page_sees_a_catalog_change_made_since_the_last_page(owner_client, patient):
    url = reverse("diary_home", args=[patient.public_id])
    owner_client.get(url)
    before = load_catalog()
    bump_catalog_version()
    owner_client.get(url)
    assert catalog_module._cached[0] == catalog_version()
    assert catalog_module._cached[1] is not before


def test_a_known_current_version_costs_no_query(db):
    first = load_catalog()
    with CaptureQueriesContext(connection) as queries:
        assert load_catalog(catalog_version()) is first
        assert load_catalog(catalog_version()) is first
    assert len(queries) == 2  # the two catalog_version() calls of this test, nothing else


def test_a_stale_version_reads_the_catalog_again(db):
    first = load_catalog()
    assert load_catalog("not the current token") is not first
