from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.utils import timezone

from diary.catalog import Catalog
from diary.checkin import DayInput, DoseInput
from diary.models import (
    Appointment,
    DoseLog,
    Patient,
    Question,
    Severity,
    Site,
    SymptomReport,
    Treatment,
    User,
)
from diary.models.entries import NOTES_MAX_LENGTH, TEMPERATURE_MAX_C, TEMPERATURE_MIN_C
from diary.models.treatments import REASON_MAX_LENGTH
from diary.summary import ALL_SECTIONS, MAX_PERIOD_DAYS, Period, Section

SEVERITY_PREFIX = "severity-"
CAUSE_PREFIX = "cause-"
DOSE_PREFIX = "dose-"
NOT_A_SIDE_EFFECT = ""
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
    include_notes_in_summary = forms.BooleanField(
        label="Show them in my appointment summary", required=False
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, initial=0)

    def __init__(
        self,
        *args,
        catalog: Catalog,
        today: date,
        treatments: list[Treatment] = (),
        links: dict[int, list[Treatment]] | None = None,
        **kwargs,
    ):
        """`treatments`: those active on the day; `links`: symptom id -> treatments that
        commonly cause it (see diary.treatments.common_side_effects)."""
        super().__init__(*args, **kwargs)
        self.catalog = catalog
        self.today = today
        self.treatments = list(treatments)
        self.links = links or {}
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
            if self.treatments and self.is_attributable(symptom):
                self.fields[CAUSE_PREFIX + symptom.slug] = forms.TypedChoiceField(
                    label=f"{symptom.name}: likely cause",
                    choices=[(NOT_A_SIDE_EFFECT, "Not sure, or not a side effect")]
                    + [(str(t.pk), t.name) for t in self.treatments],
                    coerce=int,
                    empty_value=None,
                    required=False,
                    initial=self._default_cause(symptom),
                    error_messages={"invalid_choice": "Choose one of your current treatments."},
                )
        for treatment in self.treatments:
            if not treatment.track_doses:
                continue
            self.fields[DOSE_PREFIX + str(treatment.pk)] = forms.ChoiceField(
                label=f"{treatment.name}{f' ({treatment.dose})' if treatment.dose else ''}",
                choices=DoseLog.Status.choices,
                required=False,
                widget=ScaleRadioSelect,
                error_messages={"invalid_choice": "Choose taken, partly or missed."},
            )
            self.fields[DOSE_PREFIX + str(treatment.pk) + "-reason"] = forms.CharField(
                label=f"{treatment.name}: reason, if partly or missed (optional)",
                max_length=REASON_MAX_LENGTH,
                required=False,
            )

    def is_attributable(self, symptom) -> bool:
        return symptom.kind == symptom.Kind.SIDE_EFFECT or symptom.pk in self.links

    def _default_cause(self, symptom) -> str:
        linked = self.links.get(symptom.pk)
        if linked:
            return str(linked[0].pk)
        if symptom.kind == symptom.Kind.SIDE_EFFECT and len(self.treatments) == 1:
            return str(self.treatments[0].pk)
        return NOT_A_SIDE_EFFECT

    def cause_field(self, slug: str) -> forms.BoundField | None:
        name = CAUSE_PREFIX + slug
        return self[name] if name in self.fields else None

    def dose_fields(self) -> list[tuple[Treatment, forms.BoundField, forms.BoundField]]:
        return [
            (t, self[f"{DOSE_PREFIX}{t.pk}"], self[f"{DOSE_PREFIX}{t.pk}-reason"])
            for t in self.treatments
            if t.track_doses
        ]

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
        stray_doses = [
            key
            for key in self.data
            if key.startswith(DOSE_PREFIX) and key not in self.fields and self.data.get(key)
        ]
        if stray_doses:
            raise ValidationError(
                "This form records a medication that was not being taken that day. "
                "Reload the page and try again."
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
        day = cleaned.get("date")
        for treatment, field, _reason in self.dose_fields():
            if day and cleaned.get(field.name) and not treatment.is_active_on(day):
                self.add_error(
                    field.name,
                    f"{treatment.name} was not being taken on {day:%d %B %Y} "
                    f"(from {treatment.start_date:%d %B %Y}"
                    + (f" to {treatment.stop_date:%d %B %Y}" if treatment.stop_date else "")
                    + ").",
                )
        return cleaned

    def day_input(self) -> DayInput:
        data = self.cleaned_data
        return DayInput(
            date=data["date"],
            wellbeing=data["wellbeing"],
            temperature_c=data.get("temperature_c"),
            notes=data["notes"],
            include_notes_in_summary=data["include_notes_in_summary"],
            severities={
                s.pk: data[SEVERITY_PREFIX + s.slug]
                for s in self.catalog.symptoms
                if data.get(SEVERITY_PREFIX + s.slug)
            },
            causes={
                s.pk: data[CAUSE_PREFIX + s.slug]
                for s in self.catalog.symptoms
                if data.get(CAUSE_PREFIX + s.slug) and data.get(SEVERITY_PREFIX + s.slug)
            },
            doses={
                t.pk: DoseInput(status=data[field.name], reason=data[reason.name].strip())
                for t, field, reason in self.dose_fields()
                if data.get(field.name)
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
            "include_notes_in_summary": entry.include_notes_in_summary,
            "temperature_unit": unit,
            "temperature": from_celsius(entry.temperature_c, unit)
            if entry.temperature_c is not None
            else None,
        }
        for report in entry.reports.all():
            slug = catalog.by_id[report.symptom_id].slug
            initial[SEVERITY_PREFIX + slug] = str(report.severity)
            initial[CAUSE_PREFIX + slug] = str(report.treatment_id or NOT_A_SIDE_EFFECT)
        for dose in entry.doses.all():
            initial[f"{DOSE_PREFIX}{dose.treatment_id}"] = dose.status
            initial[f"{DOSE_PREFIX}{dose.treatment_id}-reason"] = dose.reason
        return initial


class AccountForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "time_zone"]
        widgets = {"time_zone": forms.Select(attrs={"data-guess-time-zone": ""})}
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


DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
LATEST_START_AHEAD_DAYS = 365
EARLIEST_TREATMENT_DATE = date(1950, 1, 1)


class TreatmentForm(forms.ModelForm):
    class Meta:
        model = Treatment
        fields = [
            "drug",
            "custom_name",
            "type",
            "dose",
            "track_doses",
            "start_date",
            "stop_date",
            "stop_reason",
        ]
        labels = {"drug": "Medicine or treatment", "custom_name": "Or another one, by name"}
        help_texts = {
            "custom_name": "If it is not in the list, type its name and choose its kind.",
            "dose": "For example: 1 mg tablet once a day, or 500 mg injection every 4 weeks.",
            "stop_date": "Leave empty while you are still on it.",
        }
        widgets = {"start_date": DATE_INPUT, "stop_date": DATE_INPUT}

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["drug"].required = False
        self.fields["drug"].empty_label = "Choose one, or type a name below"
        self.fields["drug"].queryset = self.fields["drug"].queryset.select_related("type")
        self.fields["type"].required = False
        self.fields["type"].empty_label = "Choose the kind (for a medicine typed by name)"

    def clean(self):
        cleaned = super().clean()
        drug, name = cleaned.get("drug"), cleaned.get("custom_name", "").strip()
        if drug and name:
            self.add_error("custom_name", "Choose from the list or type a name, not both.")
        elif not drug and not name:
            self.add_error("drug", "Choose a medicine or treatment, or type its name below.")
        if drug:
            cleaned["type"] = drug.type
        elif name and not cleaned.get("type"):
            self.add_error("type", "Choose what kind of treatment this is.")
        start, stop = cleaned.get("start_date"), cleaned.get("stop_date")
        if start and start > self.today + timedelta(days=LATEST_START_AHEAD_DAYS):
            self.add_error("start_date", "A start date more than a year ahead: check the year.")
        if start and start < EARLIEST_TREATMENT_DATE:
            self.add_error("start_date", "Check the year.")
        if start and stop and stop < start:
            self.add_error("stop_date", "The stop date is before the start date.")
        if self.instance.pk and start and not self.errors:
            outside = self.instance.doses.filter(entry__date__lt=start)
            if stop:
                outside = outside | self.instance.doses.filter(entry__date__gt=stop)
            first = outside.order_by("entry__date").values_list("entry__date", flat=True).first()
            if first:
                self.add_error(
                    "stop_date" if stop and first > stop else "start_date",
                    f"You recorded a dose on {first:%d %B %Y}, outside these dates.",
                )
        return cleaned

    def save(self, commit=True):
        self.instance.type = self.cleaned_data["type"]
        return super().save(commit=commit)


class AppointmentForm(forms.ModelForm):
    day = forms.DateField(label="Date", widget=DATE_INPUT)
    time = forms.TimeField(
        label="Time",
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": "Enter a time such as 09:30."},
    )

    class Meta:
        model = Appointment
        fields = ["kind", "with_whom", "location", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"with_whom": "For example: Dr Patel, oncology nurse."}

    def __init__(self, *args, patient: Patient, **kwargs):
        super().__init__(*args, **kwargs)
        self.patient = patient
        if self.instance.pk:
            local = timezone.localtime(self.instance.starts_at, patient.zone)
            self.initial.setdefault("day", local.date())
            self.initial.setdefault("time", local.time())
        self.order_fields(["day", "time", "kind", "with_whom", "location", "notes"])

    def clean_day(self):
        day = self.cleaned_data["day"]
        today = self.patient.today()
        if day < EARLIEST_DATE or day > today.replace(year=today.year + 5):
            raise ValidationError(
                f"Choose a date between {EARLIEST_DATE:%Y} and five years from now."
            )
        return day

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("day") and cleaned.get("time"):
            naive = datetime.combine(cleaned["day"], cleaned["time"])
            self.instance.starts_at = naive.replace(tzinfo=self.patient.zone)
        return cleaned


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["text", "asked_on"]
        labels = {"text": "A question for my next appointment"}
        widgets = {"asked_on": forms.HiddenInput, "text": forms.TextInput}

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["asked_on"].initial = today

    def clean_asked_on(self):
        day = self.cleaned_data["asked_on"]
        if day > self.today or day < EARLIEST_DATE:
            raise ValidationError("Questions belong to today or an earlier day.")
        return day


class SummaryOptionsForm(forms.Form):
    """Which period and which sections: read from the query string, so links can be shared
    with the care team's bookmarks without any health data in them."""

    PRESETS = [
        ("since_last", "Since my last appointment"),
        ("7", "Last 7 days"),
        ("30", "Last 30 days"),
        ("90", "Last 90 days"),
        ("custom", "Dates I choose"),
    ]

    preset = forms.ChoiceField(label="Period", choices=PRESETS, required=False)
    start = forms.DateField(label="From", required=False, widget=DATE_INPUT)
    end = forms.DateField(label="To", required=False, widget=DATE_INPUT)
    section = forms.MultipleChoiceField(
        label="Include",
        choices=[(s.value, s.label) for s in ALL_SECTIONS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, today: date, last_appointment: date | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.last_appointment = last_appointment

    def clean(self):
        cleaned = super().clean()
        preset = cleaned.get("preset") or ("since_last" if self.last_appointment else "30")
        today = self.today
        if preset == "custom" or (cleaned.get("start") and not self.data.get("preset")):
            start, end = cleaned.get("start"), cleaned.get("end") or today
            if start is None:
                if "start" not in self.errors:
                    self.add_error("start", "Choose the first day of the summary.")
                return cleaned
        elif preset == "since_last":
            if self.last_appointment is None:
                self.add_error("preset", "There is no past appointment yet: choose a period.")
                return cleaned
            start, end = self.last_appointment, today
        else:
            start, end = today - timedelta(days=int(preset) - 1), today
        if end > today:
            self.add_error("end", "The summary can't go beyond today.")
        elif end < start:
            self.add_error("end", "The end date is before the start date.")
        elif start < EARLIEST_DATE:
            self.add_error("start", f"Choose a date from {EARLIEST_DATE:%Y} onwards.")
        elif (end - start).days + 1 > MAX_PERIOD_DAYS:
            self.add_error("start", "A summary covers at most 3 years. Choose a shorter period.")
        else:
            cleaned["period"] = Period(start, end)
        cleaned["preset"] = preset
        return cleaned

    def sections(self, saved: list[str]) -> frozenset[Section]:
        chosen = self.cleaned_data.get("section") if self.is_bound else None
        values = chosen or saved or [s.value for s in ALL_SECTIONS]
        return frozenset(Section(v) for v in values if v in Section._value2member_map_)
