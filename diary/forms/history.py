"""Filtering the history."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.choices import normalize_choices

from diary.catalog import Catalog
from diary.models import (
    SymptomReport,
)


class HistoryFilterForm(forms.Form):
    start = forms.DateField(
        label="From",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a date such as 2026-11-01."},
    )
    end = forms.DateField(
        label="To",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a date such as 2026-11-30."},
    )
    site = forms.ChoiceField(label="Site list", required=False)
    symptom = forms.ChoiceField(label="Symptom or side effect", required=False)

    def __init__(self, *args, catalog: Catalog, **kwargs):
        super().__init__(*args, **kwargs)
        self.catalog = catalog
        # Normalized once per catalog (kept on it: a changed catalog is a new one) and set as
        # the `choices` setters would set them, without sorting and normalizing about 50
        # symptoms again for every page.
        choices = catalog.__dict__.get("_history_choices")
        if choices is None:
            choices = catalog.__dict__["_history_choices"] = {
                "site": normalize_choices(
                    [("", "Any site")] + [(s.slug, s.name) for s in catalog.listed_sites]
                ),
                "symptom": normalize_choices(
                    [("", "Any symptom")]
                    + [(s.slug, s.name) for s in sorted(catalog.symptoms, key=lambda s: s.name)]
                ),
            }
        for name, listed in choices.items():
            field = self.fields[name]
            field._choices = field.widget._choices = list(listed)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", "The end date is before the start date.")
        return cleaned

    def filter(self, entries):
        data = self.cleaned_data
        if data.get("start"):
            entries = entries.filter(date__gte=data["start"])
        if data.get("end"):
            entries = entries.filter(date__lte=data["end"])
        reports = SymptomReport.objects.reported().filter(entry=OuterRef("pk"))
        if data.get("site"):
            site = self.catalog.sites_by_slug[data["site"]]
            entries = entries.filter(Exists(reports.filter(symptom__sites=site)))
        if data.get("symptom"):
            symptom = self.catalog.by_slug[data["symptom"]]
            entries = entries.filter(Exists(reports.filter(symptom=symptom)))
        return entries

    @property
    def active(self) -> bool:
        return self.is_bound and any(
            self.data.get(name) for name in ("start", "end", "site", "symptom")
        )
