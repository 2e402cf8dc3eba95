"""Suggestions from the notes on a day's page: add one as a report, or dismiss it."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from diary.access import Role, diary_view
from diary.models import Severity, Symptom
from diary.suggestions import (
    SEVERITY_CHOICES,
    add_suggested_report,
    dismiss_suggestion,
)
from diary.tagging_temperature import BODY_C, BODY_F, FEVER_C

FEVER = "fever"
# The readings the tagger offers as a fever (diary/tagging_temperature.py): 38.0 °C up to 43.0 °C,
# or 43.1 °C when written as 109.5 °F.
HIGHEST_C = max(BODY_C[1], ((BODY_F[1] - 32) * 5 / 9).quantize(Decimal("0.1"), ROUND_HALF_UP))


class SuggestionSeverityForm(forms.Form):
    """The severity she chose and, for a fever offered from a reading in her notes, the reading
    she was shown (a hidden field, so that what is saved is what she saw, whether or not the
    tagger answers again). A fever's form always carries the field, empty without a reading: a
    form without it is out of date and adds nothing."""

    severity = forms.TypedChoiceField(choices=SEVERITY_CHOICES, coerce=int)
    temperature_c = forms.DecimalField(
        required=False,
        max_digits=3,
        decimal_places=1,
        min_value=FEVER_C,  # a fever reading
        max_value=HIGHEST_C,  # the highest body temperature the tagger reads
    )

    def __init__(self, *args, symptom, **kwargs):
        super().__init__(*args, **kwargs)
        self.symptom = symptom

    def clean(self):
        cleaned = super().clean()
        if self.symptom.slug == FEVER:
            if "temperature_c" not in self.data:
                raise forms.ValidationError("stale", code="stale")
        elif "temperature_c" in self.data:
            raise forms.ValidationError("not a fever", code="not_fever")
        return cleaned


def _entry_and_symptom(patient, day, slug):
    entry = patient.entries.filter(date=day).first()
    if entry is None:
        raise Http404("Nothing logged that day.")
    return entry, get_object_or_404(Symptom, slug=slug)


@diary_view(need=Role.EDITOR)
@require_POST
def suggestion_add(request, patient, day, slug):
    entry, symptom = _entry_and_symptom(patient, day, slug)
    form = SuggestionSeverityForm(request.POST, symptom=symptom)
    if not form.is_valid():
        if "severity" in form.errors:
            messages.error(request, f"Choose how bad {symptom.name} was, then add it again.")
        else:
            messages.error(
                request,
                f"{symptom.name} was not added: the page was out of date. "
                "Nothing was saved; please add it again from the page below.",
            )
    else:
        severity = form.cleaned_data["severity"]
        added = add_suggested_report(
            entry=entry,
            symptom=symptom,
            severity=severity,
            by=request.user,
            temperature_c=form.cleaned_data["temperature_c"],
        )
        if added:
            label = Severity(severity).label.lower()
            messages.success(request, f"Added {symptom.name} ({label}).")
        else:
            messages.info(request, f"{symptom.name} was already in this day's reports.")
    return redirect("day_detail", patient=patient.public_id, day=day)


@diary_view(need=Role.EDITOR)
@require_POST
def suggestion_dismiss(request, patient, day, slug):
    entry, symptom = _entry_and_symptom(patient, day, slug)
    dismiss_suggestion(entry=entry, symptom=symptom, by=request.user)
    messages.success(request, f"{symptom.name} will not be suggested again for this day.")
    return redirect("day_detail", patient=patient.public_id, day=day)
