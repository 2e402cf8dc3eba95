"""History (/d/<patient>/history/) and home (/d/<patient>/)."""

from datetime import timedelta

import pytest
from django.urls import reverse

from tests.factories import log_day

pytestmark = pytest.mark.django_db


def history(patient, **params):
    from urllib.parse import urlencode

    return reverse("history", args=[patient.public_id]) + (
        "?" + urlencode(params) if params else ""
    )


def test_history_lists_days_newest_first_with_markers(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=2), severities={"cough": 1}, wellbeing=8)
    log_day(patient, today - timedelta(days=1), severities={"fracture": 1}, wellbeing=3)
    html = owner_client.get(history(patient)).content.decode()
    assert html.index((today - timedelta(days=1)).strftime("%-d %B")) < html.index(
        (today - timedelta(days=2)).strftime("%-d %B")
    )
    assert "Red flag" in html
    assert "lung list" not in html  # site tags only when the patient chooses them
    assert "8 out of 10" in html


def test_history_is_paginated(owner_client, patient):
    today = patient.today()
    for n in range(25):
        log_day(patient, today - timedelta(days=n))
    first = owner_client.get(history(patient))
    assert first.context["page"].paginator.num_pages == 2
    assert len(first.context["days"]) == 20
    second = owner_client.get(history(patient, page=2))
    assert len(second.context["days"]) == 5


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("99999999999999999999", 2),  # beyond any OFFSET the database takes: the last page
        ("92233720368547758", 2),
        ("3", 2),
        ("0", 2),  # below 1: the last page, as Paginator.get_page gives
        ("-1", 2),
        ("-99999999999999999999", 2),
        ("abc", 1),  # not a number: the first page
        ("", 1),
    ],
)
def test_a_page_number_out_of_range_shows_the_last_page(owner_client, patient, page, shown):
    today = patient.today()
    for n in range(25):
        log_day(patient, today - timedelta(days=n))
    response = owner_client.get(history(patient, page=page))
    assert response.status_code == 200
    assert response.context["page"].number == shown
    assert len(response.context["days"]) == (5 if shown == 2 else 20)


def test_history_filters_by_site_symptom_and_dates(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=3), severities={"bone-pain": 2})
    log_day(patient, today - timedelta(days=2), severities={"cough": 2})
    log_day(patient, today - timedelta(days=1), severities={"pain": 1})

    def dates(**params):
        return [d.date for d in owner_client.get(history(patient, **params)).context["days"]]

    assert dates(site="bone") == [today - timedelta(days=3)]
    assert dates(site="liver") == [today - timedelta(days=1)]  # pain is on the liver list too
    assert dates(symptom="cough") == [today - timedelta(days=2)]
    assert dates(start=(today - timedelta(days=2)).isoformat(), end=today.isoformat()) == [
        today - timedelta(days=1),
        today - timedelta(days=2),
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"start": "not-a-date"},
        {"start": "2026-05-01", "end": "2026-04-01"},
        {"site": "spleen"},
        {"symptom": "<script>"},
        {"page": "9999"},
        {"page": "abc"},
    ],
)
def test_bad_filters_get_a_message_not_a_crash(owner_client, patient, params):
    log_day(patient, patient.today())
    response = owner_client.get(history(patient, **params))
    assert response.status_code == 200
    if "page" not in params:
        assert "Check the filters above" in response.content.decode()


def test_the_alert_rule_sees_the_day_before_the_page(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"nausea": 0})
    log_day(patient, today, severities={"nausea": 2})
    html = owner_client.get(history(patient, symptom="nausea")).content.decode()
    assert "Alert" in html


def test_filtering_by_a_symptom_leaves_out_days_that_rated_it_none(owner_client, patient):
    today = patient.today()
    log_day(patient, today - timedelta(days=1), severities={"nausea": 0})
    html = owner_client.get(history(patient, symptom="nausea")).content.decode()
    assert f'id="day-{today - timedelta(days=1):%Y-%m-%d}"' not in html


def test_history_query_count_does_not_grow_with_days(
    owner_client, patient, django_assert_max_num_queries
):
    today = patient.today()
    for n in range(25):
        log_day(patient, today - timedelta(days=n), severities={"cough": 1, "fatigue": 2})
    with django_assert_max_num_queries(20) as few:
        owner_client.get(history(patient))
    for n in range(25, 80):
        log_day(
            patient, today - timedelta(days=n), severities={"cough": 1, "fatigue": 2, "pain": 3}
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        owner_client.get(history(patient))
    with django_assert_max_num_queries(len(few.captured_queries)):
        owner_client.get(history(patient, page=2))


def test_history_stranger_gets_404(stranger_client, patient):
    assert stranger_client.get(history(patient)).status_code == 404


def test_history_anonymous_goes_to_login(client, patient):
    assert client.get(history(patient)).status_code == 302


def test_history_wrong_method_gets_405(owner_client, patient):
    assert owner_client.post(history(patient)).status_code == 405


def home(patient):
    return reverse("diary_home", args=[patient.public_id])


def test_home_offers_to_log_today_when_not_logged(owner_client, patient):
    html = owner_client.get(home(patient)).content.decode()
    assert "Today is not logged yet" in html
    assert reverse("checkin", args=[patient.public_id, patient.today()]) in html


def test_home_shows_week_and_recent_red_flags(owner_client, patient):
    today = patient.today()
    log_day(patient, today, severities={"cough": 1})
    log_day(patient, today - timedelta(days=3), severities={"coughing-up-blood": 1})
    log_day(patient, today - timedelta(days=30), severities={"seizure": 1})
    html = owner_client.get(home(patient)).content.decode()
    assert "Today is logged" in html
    assert "Coughing up blood" in html
    assert "Seizure" not in html  # older than 14 days
    assert html.count("Not logged") == 5


def test_home_query_count_is_bounded(owner_client, patient, django_assert_max_num_queries):
    today = patient.today()
    for n in range(14):
        log_day(patient, today - timedelta(days=n), severities={"cough": 1, "fatigue": 2})
    with django_assert_max_num_queries(20):
        owner_client.get(home(patient))


def test_home_stranger_gets_404(stranger_client, patient):
    assert stranger_client.get(home(patient)).status_code == 404


def test_home_anonymous_goes_to_login(client, patient):
    assert client.get(home(patient)).status_code == 302


def test_home_wrong_method_gets_405(owner_client, patient):
    assert owner_client.post(home(patient)).status_code == 405


def test_root_sends_a_patient_to_her_diary(owner_client, patient):
    assert owner_client.get("/")["Location"] == home(patient)


def test_root_shows_the_landing_page_to_visitors(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Start a diary" in response.content.decode()


def test_read_only_pages_answer_head_requests(owner_client, patient):
    assert owner_client.head(home(patient)).status_code == 200
    assert owner_client.head(history(patient)).status_code == 200


def test_the_filter_choices_kept_per_catalog_are_the_choices_set_through_the_setter(db):
    from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
    from django.http import QueryDict

    from diary.catalog import load_catalog
    from diary.forms.history import HistoryFilterForm

    catalog = load_catalog()
    fresh = HistoryFilterForm(catalog=catalog)
    fresh.fields["site"].choices = [("", "Any site")] + [
        (s.slug, s.name) for s in catalog.listed_sites
    ]
    fresh.fields["symptom"].choices = [("", "Any symptom")] + [
        (s.slug, s.name) for s in sorted(catalog.symptoms, key=lambda s: s.name)
    ]
    for form in (HistoryFilterForm(catalog=catalog), HistoryFilterForm(catalog=catalog)):
        for name in ("site", "symptom"):
            assert form.fields[name].choices == fresh.fields[name].choices
            assert form.fields[name].widget.choices == fresh.fields[name].widget.choices
            assert as_crispy_field(form[name]) == as_crispy_field(fresh[name])
    bound = HistoryFilterForm(QueryDict("site=bone&symptom=nope"), catalog=catalog)
    assert not bound.is_valid() and list(bound.errors) == ["symptom"]
    assert HistoryFilterForm(QueryDict("symptom=fatigue"), catalog=catalog).is_valid()
