"""Two requests saving the same day at the same moment, on real database connections."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from diary.models import DailyEntry
from tests.factories import PatientFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def post_together(patient, payloads):
    url = reverse("checkin", args=[patient.public_id, patient.today()])
    barrier = threading.Barrier(len(payloads), timeout=30)
    results: list[object] = [None] * len(payloads)
    clients = []
    for _ in payloads:
        client = Client()
        client.force_login(patient.user)
        clients.append(client)

    def worker(index, data):
        try:
            barrier.wait()
            results[index] = clients[index].post(url, data).status_code
        except Exception as error:  # reported by the assertion below
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, d)) for i, d in enumerate(payloads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def payload(patient, notes):
    return {
        "date": patient.today().isoformat(),
        "version": "0",
        "temperature_unit": "C",
        "notes": notes,
        "severity-fatigue": "2",
    }


def test_the_same_submit_twice_at_once_creates_one_entry():
    patient = PatientFactory()
    data = payload(patient, "double click")
    assert post_together(patient, [data, data]) == [302, 302]
    assert DailyEntry.objects.filter(patient=patient).count() == 1


def test_two_different_first_saves_at_once_keep_one_and_show_the_other_a_conflict():
    patient = PatientFactory()
    codes = post_together(patient, [payload(patient, "phone"), payload(patient, "laptop")])
    assert sorted(codes) == [302, 409]
    assert DailyEntry.objects.filter(patient=patient).count() == 1
