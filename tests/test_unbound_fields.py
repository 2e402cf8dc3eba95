"""The history's filter fields, kept per process while unbound ({{ field|crispy_unbound }}),
are the markup crispy-forms writes, and a bound form is always written afresh."""

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django.urls import reverse

from diary.catalog import load_catalog
from diary.forms import HistoryFilterForm
from diary.models import Site
from diary.templatetags.unbound_fields import crispy_unbound

pytestmark = pytest.mark.django_db
NAMES = ("start", "end", "site", "symptom")


def test_kept_fields_are_what_crispy_writes(db):
    catalog = load_catalog()
    for _ in range(2):  # the first call keeps, the second reads what was kept
        form = HistoryFilterForm(catalog=catalog)
        fresh = HistoryFilterForm(catalog=catalog)
        for name in NAMES:
            assert crispy_unbound(form[name]) == as_crispy_field(fresh[name])


def test_a_bound_form_is_written_with_its_values_and_errors(db):
    catalog = load_catalog()
    crispy_unbound(HistoryFilterForm(catalog=catalog)["start"])
    form = HistoryFilterForm({"start": "not a date", "site": "bone"}, catalog=catalog)
    assert not form.is_valid()
    start = crispy_unbound(form["start"])
    assert "Enter a date such as 2026-11-01." in start and "not a date" in start
    assert 'value="bone" selected' in crispy_unbound(form["site"])


def test_a_changed_catalog_is_written_afresh(db):
    catalog = load_catalog()
    assert "Liver" in crispy_unbound(HistoryFilterForm(catalog=catalog)["site"])
    Site.objects.filter(slug="liver").update(name="Hepatic")
    Site.objects.get(slug="liver").save()  # as the admin would: the catalog's token changes
    changed = load_catalog()
    assert changed is not catalog
    assert "Hepatic" in crispy_unbound(HistoryFilterForm(catalog=changed)["site"])


def test_the_history_page_shows_the_kept_filter_fields(owner_client, patient):
    url = reverse("history", args=[patient.public_id])
    fresh = HistoryFilterForm(catalog=load_catalog())
    for _ in range(2):
        page = owner_client.get(url).content.decode()
        for name in NAMES:
            assert as_crispy_field(fresh[name]) in page


def test_a_form_with_another_prefix_or_ids_is_written_with_its_own(db):
    catalog = load_catalog()
    crispy_unbound(HistoryFilterForm(catalog=catalog)["start"])
    prefixed = HistoryFilterForm(catalog=catalog, prefix="other")
    assert 'name="other-start"' in crispy_unbound(prefixed["start"])
    own_ids = HistoryFilterForm(catalog=catalog, auto_id="x_%s")
    assert 'id="x_start"' in crispy_unbound(own_ids["start"])


def test_the_question_field_is_kept_while_empty_and_written_afresh_with_a_value(patient):
    from diary.forms import QuestionForm

    today = patient.today()
    for _ in range(2):  # the first call keeps, the second reads what was kept
        kept = crispy_unbound(QuestionForm(initial={"asked_on": today}, today=today)["text"])
        fresh = as_crispy_field(QuestionForm(initial={"asked_on": today}, today=today)["text"])
        assert kept == fresh
    given = QuestionForm(initial={"text": "Is this normal?"}, today=today)
    assert 'value="Is this normal?"' in crispy_unbound(given["text"])
    bound = QuestionForm({"text": "", "asked_on": today}, today=today)
    assert not bound.is_valid()
    assert "This field is required." in crispy_unbound(bound["text"])
