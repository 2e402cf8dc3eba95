"""What the pages' tags keep per process (diary.markup, diary.templatetags.checkin_controls)
holds nothing of hers: not her treatments' names (a dose's reason is labelled with one, a likely
cause lists them), not her notes; and it stays within its bound however many people ask."""

from datetime import date

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django.http import QueryDict
from django.urls import reverse

from diary import markup
from diary.catalog import load_catalog
from diary.forms import CheckInForm, SummaryOptionsForm
from diary.models import Treatment, TreatmentType
from diary.templatetags import checkin_controls, summary_controls
from tests.factories import PatientFactory

pytestmark = pytest.mark.django_db

NAMES = ["Oramorph for bone mets", "Her own herbal tea", "Tamoxifen from Dr Pinto"]


def treatments_named(patient, names):
    kind = TreatmentType.objects.first()
    return [
        Treatment.objects.create(
            patient=patient,
            custom_name=name,
            type=kind,
            start_date=date(2026, 1, 1),
            track_doses=True,
        )
        for name in names
    ]


def kept_text() -> str:
    return (
        repr(list(markup._kept.items()))
        + repr(list(markup._parts.items()))
        + repr(checkin_controls._fixed_choice_lists())
    )


def test_a_dose_reason_is_kept_without_her_treatments_name():
    markup._kept.clear()
    patient = PatientFactory()
    catalog = load_catalog()
    sizes = []
    for count in range(1, len(NAMES) + 1):
        treatments = treatments_named(patient, NAMES[count - 1 : count])
        for initial in ({}, {f"dose-{treatments[0].pk}-reason": "felt sick"}):
            form = CheckInForm(
                initial=initial, catalog=catalog, today=date(2026, 3, 1), treatments=treatments
            )
            for _treatment, _dose, reason in form.dose_fields():
                assert markup.crispy_kept(reason) == as_crispy_field(reason)
            for name in ("notes", "include_notes_in_summary"):
                markup.crispy_kept(form[name])
        sizes.append(len(markup._kept))
    text = kept_text()
    for name in NAMES:
        assert name not in text
    assert "felt sick" not in text
    assert sizes == [sizes[0]] * len(NAMES)  # not one more for each treatment


def test_the_check_in_keeps_no_treatment_name_and_no_note(owner_client, patient):
    markup._kept.clear()
    treatments_named(patient, NAMES)
    url = reverse("checkin", args=[patient.public_id, patient.today()])
    html = owner_client.get(url).content.decode()
    assert all(name in html for name in NAMES)  # her page lists them: in a select, as labels
    assert 'name="cause-' in html
    response = owner_client.post(url, {"notes": "Scared about the scan", "wellbeing": "x"})
    assert "Scared about the scan" in response.content.decode()  # re-rendered with the error
    text = kept_text()
    assert markup._kept  # the notes' markup is kept...
    for words in [*NAMES, "Scared about the scan"]:
        assert words not in text  # ...without her words


def test_a_likely_causes_options_are_escaped_for_its_form_only(patient):
    treatments = treatments_named(patient, ["<b>Tea</b> & honey"])
    form = CheckInForm(catalog=load_catalog(), today=date(2026, 3, 1), treatments=treatments)
    cause = next(form[name] for name in form.fields if name.startswith("cause-"))
    written = checkin_controls.options(cause)
    assert "&lt;b&gt;Tea&lt;/b&gt; &amp; honey</option>" in written
    assert "Tea" not in kept_text()
    assert any("Tea" in label for listed in form._escaped_choices.values() for *_, label in listed)


def test_the_fixed_choice_lists_are_kept_once_per_process(patient):
    form = CheckInForm(catalog=load_catalog(), today=date(2026, 3, 1))
    severity = next(form[name] for name in form.fields if name.startswith("severity-"))
    checkin_controls.steps_html(severity)
    fixed = checkin_controls._fixed_choice_lists()
    assert tuple(severity.field.choices) in fixed
    assert tuple(form["wellbeing"].field.choices) in fixed
    assert not form.__dict__.get("_escaped_choices")  # nothing of the form's own


def test_the_kept_markup_stays_within_its_bound():
    markup._kept.clear()
    for day in range(1, markup.FIELDS_KEPT + 40):
        query = QueryDict(
            f"preset=custom&start=2025-01-01&end=2026-{1 + day % 12:02}-{day % 28 + 1:02}"
        )
        form = SummaryOptionsForm(query, today=date(2026, 12, 31), last_appointment=None)
        form.is_valid()
        field = form["end"]
        assert markup.crispy_kept(field) == as_crispy_field(field)
        form = SummaryOptionsForm(
            QueryDict(f"preset=custom&start=2024-{1 + day % 12:02}-{day % 28 + 1:02}"),
            today=date(2026, 12, 31),
            last_appointment=None,
        )
        form.is_valid()
        assert markup.crispy_kept(form["start"]) == as_crispy_field(form["start"])
    assert len(markup._kept) == markup.FIELDS_KEPT


def test_both_pages_use_the_one_kept_field_filter_and_escape():
    assert checkin_controls.crispy_kept is summary_controls.crispy_kept is markup.crispy_kept
    assert checkin_controls.escape is summary_controls.escape is markup.escape
    library = checkin_controls.register.filters["crispy_kept"]
    assert library is summary_controls.register.filters["crispy_kept"]


def test_a_dose_reasons_kept_markup_takes_her_treatments_name_escaped(patient):
    markup._kept.clear()
    treatments = treatments_named(patient, ["<b>Tea</b> & \"honey\" 'x'", "Plain"])
    catalog = load_catalog()
    for initial in ({}, {f"dose-{treatments[0].pk}-reason": 'felt <sick> & "tired"'}):
        form = CheckInForm(
            initial=initial, catalog=catalog, today=date(2026, 3, 1), treatments=treatments
        )
        for _treatment, _dose, reason in form.dose_fields():
            assert markup.crispy_kept(reason) == as_crispy_field(reason)
    assert len(markup._kept) == 2  # one empty, one with a value: for every treatment
    assert "Tea" not in kept_text() and "Plain" not in kept_text()


def test_an_added_field_with_anything_else_of_its_own_is_not_kept(patient):
    markup._kept.clear()
    treatments = treatments_named(patient, ["Tea"])
    form = CheckInForm(catalog=load_catalog(), today=date(2026, 3, 1), treatments=treatments)
    reason = form.dose_fields()[0][2]
    reason.field.help_text = "Tea: say why"
    assert markup.crispy_kept(reason) == as_crispy_field(reason)
    reason.field.help_text = ""
    reason.field.widget.attrs["placeholder"] = "Tea"
    assert markup.crispy_kept(reason) == as_crispy_field(reason)
    assert not markup._kept


def test_only_unchosen_steps_are_kept_and_they_are_the_same_markup(owner_client, patient):
    markup._parts.clear()
    url = reverse("checkin", args=[patient.public_id, patient.today()])
    owner_client.post(
        url,
        {"date": patient.today(), "version": "0", "temperature_unit": "C", "wellbeing": "3"}
        | {"severity-fatigue": "2", "severity-nausea": "0"},
    )
    form = owner_client.get(url).context["form"]
    assert form["severity-fatigue"].value() == "2"
    kept = dict(markup._parts)
    assert kept and not any(" checked" in markup for markup in kept.values())
    assert not any("severity-fatigue" in key or "wellbeing" in key for key in kept)
    for name in ("severity-fatigue", "severity-nausea", "severity-cough", "wellbeing"):
        field = form[name]
        fresh = checkin_controls._steps_html(
            field, "symptom", checkin_controls._checked_values(field), field.errors
        )
        assert checkin_controls.steps_html(field) == fresh


def test_a_forms_written_options_are_its_own(patient):
    treatments = treatments_named(patient, ["Tea", "Coffee"])
    catalog = load_catalog()
    form = CheckInForm(catalog=catalog, today=date(2026, 3, 1), treatments=treatments)
    causes = [form[name] for name in form.fields if name.startswith("cause-")]
    written = [checkin_controls.options(cause) for cause in causes]
    assert len(set(written)) < len(written)  # the same default: written once
    other = CheckInForm(catalog=catalog, today=date(2026, 3, 1), treatments=treatments[:1])
    cause = other[next(name for name in other.fields if name.startswith("cause-"))]
    assert "Coffee" not in checkin_controls.options(cause)
    assert other.__dict__["_written_options"] is not form.__dict__["_written_options"]


def test_an_items_note_is_put_in_and_never_kept(owner_client, patient):
    from datetime import timedelta

    from tests.factories import log_day

    markup._parts.clear()
    treatments_named(patient, ["Tea <for> bones"])
    log_day(patient, patient.today() - timedelta(days=2), severities={"nausea": 1})
    url = reverse("checkin", args=[patient.public_id, patient.today()])
    html = owner_client.get(url).content.decode()
    assert "Last: mild" in html
    kept = repr(markup._parts) + "".join(markup._parts.values())
    assert "Last:" not in kept and "Tea" not in kept
    assert not any(f"dose-{t.pk}" in kept for t in patient.treatments.all())
    assert checkin_controls.NOTE_STAND_IN in kept  # where the notes went
    assert checkin_controls.NOTE_STAND_IN not in html


def test_a_stand_in_character_she_typed_is_put_in_once(patient):
    from diary.markup import VALUE_STAND_IN, crispy_kept

    treatments = treatments_named(patient, [f"Tea {VALUE_STAND_IN} x"])
    catalog = load_catalog()
    data = {f"dose-{treatments[0].pk}-reason": "SECRET"}
    form = CheckInForm(data=data, catalog=catalog, today=date(2026, 3, 1), treatments=treatments)
    form.is_valid()
    written = str(crispy_kept(form[f"dose-{treatments[0].pk}-reason"]))
    assert written.count("SECRET") == 1
