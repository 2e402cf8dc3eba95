from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef

from diary.catalog import Catalog
from diary.checkin import DayInput
from diary.models import Patient, Severity, Site, SymptomReport, User
from diary.models.entries import NOTES_MAX_LENGTH, TEMPERATURE_MAX_C, TEMPERATURE_MIN_C

SEVERITY_PREFIX = "severity-"
EARLIEST_DATE = date(2000, 1, 1)


def to_celsius(value: Decimal, unit: str) -> Decimal:
    celsius = value if unit == Patient.TemperatureUnit.CELSIUS else (value - 32) / Decimal("1.8")
    return celsius.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def from_celsius(value: Decimal, unit: str) -> Decimal:
    if unit == Patient.TemperatureUnit.CELSIUS:
        return value
    return (value * Decimal("1.8") + 32).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class ScaleRadioSelect(forms.RadioSelect):
    """Radio buttons drawn as a row of toggle buttons (see _scale.html)."""

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs={"class": "btn-check", **(attrs or {})}, choices=choices)


class CheckInForm(forms.Form):
    """A day's check-in: the date, wellbeing, one severity per catalog symptom, notes."""

    date = forms.DateField(
        label="Date",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a date such as 2026-11-25."},
    )
    wellbeing = forms.TypedChoiceField(
        label="How are you overall today?",
        help_text="0 is the worst you can imagine, 10 the best.",
        choices=[(str(n), str(n)) for n in range(11)],
        coerce=int,
        empty_value=None,
        required=False,
        widget=ScaleRadioSelect,
        error_messages={"invalid_choice": "Choose a number from 0 to 10."},
    )
    temperature = forms.DecimalField(
        label="Temperature (if you took it)",
        required=False,
        max_digits=5,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.1", "inputmode": "decimal"}),
        error_messages={"invalid": "Enter a number such as 37.2 or 99.1."},
    )
    temperature_unit = forms.ChoiceField(
        label="Unit",
        choices=Patient.TemperatureUnit.choices,
        initial=Patient.TemperatureUnit.CELSIUS,
    )
    notes = forms.CharField(
        label="Notes",
        help_text=f"Anything else, in your own words (up to {NOTES_MAX_LENGTH:,} characters).",
        required=False,
        max_length=NOTES_MAX_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, initial=0)

    def __init__(self, *args, catalog: Catalog, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.catalog = catalog
        self.today = today
        self.fields["date"].widget.attrs["max"] = today.isoformat()
        for symptom in catalog.symptoms:
            self.fields[SEVERITY_PREFIX + symptom.slug] = forms.TypedChoiceField(
                label=symptom.name,
                choices=[(str(v), label) for v, label in Severity.choices],
                coerce=int,
                empty_value=Severity.NONE,
                required=False,
                initial=str(Severity.NONE),
                widget=ScaleRadioSelect,
                error_messages={
                    "invalid_choice": "Choose none, mild, moderate, severe or very severe."
                },
            )

    def severity_field(self, slug: str) -> forms.BoundField:
        return self[SEVERITY_PREFIX + slug]

    def clean_date(self) -> date:
        value = self.cleaned_data["date"]
        if value > self.today:
            raise ValidationError(
                "You can't log a day in the future. Choose today or an earlier day."
            )
        if value < EARLIEST_DATE:
            raise ValidationError(f"Choose a date from {EARLIEST_DATE:%Y} onwards.")
        return value

    def clean_notes(self) -> str:
        # Keep the patient's words as written; only drop trailing whitespace.
        return self.cleaned_data["notes"].rstrip()

    def clean(self):
        cleaned = super().clean()
        known = {SEVERITY_PREFIX + s.slug for s in self.catalog.symptoms}
        unknown = sorted(
            key[len(SEVERITY_PREFIX) :]
            for key in self.data
            if key.startswith(SEVERITY_PREFIX) and key not in known
        )
        if unknown:
            raise ValidationError(
                "This form mentions a symptom the diary does not know (%(names)s). "
                "Reload the page and try again.",
                params={"names": ", ".join(unknown)[:200]},
            )
        value = cleaned.get("temperature")
        unit = cleaned.get("temperature_unit")
        if value is not None and unit:
            celsius = to_celsius(value, unit)
            if not TEMPERATURE_MIN_C <= celsius <= TEMPERATURE_MAX_C:
                self.add_error(
                    "temperature",
                    f"Enter a body temperature between {TEMPERATURE_MIN_C} and "
                    f"{TEMPERATURE_MAX_C} °C (86 and 113 °F). Check the unit.",
                )
            else:
                cleaned["temperature_c"] = celsius
        return cleaned

    def day_input(self) -> DayInput:
        data = self.cleaned_data
        return DayInput(
            date=data["date"],
            wellbeing=data["wellbeing"],
            temperature_c=data.get("temperature_c"),
            notes=data["notes"],
            severities={
                s.pk: data[SEVERITY_PREFIX + s.slug]
                for s in self.catalog.symptoms
                if data.get(SEVERITY_PREFIX + s.slug)
            },
        )

    @classmethod
    def initial_for(cls, entry, *, day: date, unit: str, catalog: Catalog) -> dict:
        if entry is None:
            return {"date": day, "version": 0, "temperature_unit": unit}
        initial = {
            "date": entry.date,
            "version": entry.version,
            "wellbeing": entry.wellbeing,
            "notes": entry.notes,
            "temperature_unit": unit,
            "temperature": from_celsius(entry.temperature_c, unit)
            if entry.temperature_c is not None
            else None,
        }
        for report in entry.reports.all():
            slug = catalog.by_id[report.symptom_id].slug
            initial[SEVERITY_PREFIX + slug] = str(report.severity)
        return initial


class AccountForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "time_zone"]
        help_texts = {
            "name": "How the diary addresses you, and what caregivers see.",
            "time_zone": "Your days start and end at midnight here.",
        }


class PatientForm(forms.ModelForm):
    class Meta:
        model = Patient
        fields = ["subtype", "known_sites", "temperature_unit"]
        widgets = {"known_sites": forms.CheckboxSelectMultiple}
        labels = {"temperature_unit": "Temperatures in"}
        help_texts = {
            "subtype": "Optional. Only if your care team has told you.",
            "known_sites": "Optional. Where your care team has told you the cancer has spread. "
            "The summary then points out symptoms on the lists of other sites.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["known_sites"].queryset = Site.objects.filter(has_symptom_list=True).exclude(
            slug="general"
        )
        self.fields["subtype"].choices = [("", "Not recorded"), *Patient.Subtype.choices]


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
        reports = SymptomReport.objects.filter(entry=OuterRef("pk"))
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
