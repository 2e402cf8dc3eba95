"""Filtering the history."""

from django import forms
from django.db.models import Exists, OuterRef

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
        self.fields["site"].choices = [("", "Any site")] + [
            (s.slug, s.name) for s in catalog.listed_sites
        ]
        self.fields["symptom"].choices = [("", "Any symptom")] + [
            (s.slug, s.name) for s in sorted(catalog.symptoms, key=lambda s: s.name)
        ]

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
