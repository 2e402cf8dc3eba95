"""The identifiers a patient may enter on her profile for her care team's records (hospital
number, date of birth), which the FHIR Patient carries."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def post(client, **diary):
    data = {"account-name": "Ana", "account-time_zone": "UTC", "diary-temperature_unit": "C"}
    data.update({f"diary-{key}": value for key, value in diary.items()})
    return client.post(reverse("profile"), data)


def test_profile_shows_the_optional_identifier_fields(owner_client):
    page = owner_client.get(reverse("profile")).content.decode()
    assert "For your care team's records (optional)" in page
    assert 'name="diary-hospital_number"' in page
    assert 'type="date"' in page and 'name="diary-date_of_birth"' in page


def test_hospital_number_and_date_of_birth_are_saved(owner_client, patient):
    response = post(owner_client, hospital_number="  MRN-0042 ", date_of_birth="1968-04-02")
    assert response.status_code == 302
    patient.refresh_from_db()
    assert patient.hospital_number == "MRN-0042"
    assert patient.date_of_birth == date(1968, 4, 2)


def test_identifiers_stay_optional(owner_client, patient):
    assert post(owner_client).status_code == 302
    patient.refresh_from_db()
    assert patient.hospital_number == "" and patient.date_of_birth is None


@pytest.mark.parametrize(
    "value",
    [(date.today() + timedelta(days=2)).isoformat(), "1850-01-01", "not a date"],
)
def test_bad_date_of_birth_re_renders_and_saves_nothing(owner_client, patient, value):
    response = post(owner_client, hospital_number="MRN-1", date_of_birth=value)
    assert response.status_code == 400
    patient.refresh_from_db()
    assert patient.hospital_number == "" and patient.date_of_birth is None


def test_too_long_hospital_number_is_rejected(owner_client, patient):
    assert post(owner_client, hospital_number="9" * 41).status_code == 400
    patient.refresh_from_db()
    assert patient.hospital_number == ""
