"""Suggestions from the notes on a day's page: add one as a report, or dismiss it."""

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
    note_temperature,
)


class SuggestionSeverityForm(forms.Form):
    severity = forms.TypedChoiceField(choices=SEVERITY_CHOICES, coerce=int)


def _entry_and_symptom(patient, day, slug):
    entry = patient.entries.filter(date=day).first()
    if entry is None:
        raise Http404("Nothing logged that day.")
    return entry, get_object_or_404(Symptom, slug=slug)


@diary_view(need=Role.EDITOR)
@require_POST
def suggestion_add(request, patient, day, slug):
    entry, symptom = _entry_and_symptom(patient, day, slug)
    form = SuggestionSeverityForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"Choose how bad {symptom.name} was, then add it again.")
    else:
        severity = form.cleaned_data["severity"]
        added = add_suggested_report(
            entry=entry,
            symptom=symptom,
            severity=severity,
            by=request.user,
            temperature_c=note_temperature(entry) if symptom.slug == "fever" else None,
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
