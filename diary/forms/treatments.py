"""Treatments, appointments and questions."""

from datetime import date, datetime, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from diary.forms.common import DATE_INPUT, EARLIEST_DATE
from diary.models import (
    Appointment,
    Patient,
    Question,
    Treatment,
)

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
        if start and not self.errors and self._same_treatment_exists(drug, name, start):
            # Most often a second press of "Save": the first one already recorded it.
            self.add_error(None, "This treatment is already recorded from that date.")
        return cleaned

    def _same_treatment_exists(self, drug, name: str, start: date) -> bool:
        same = Treatment.objects.filter(patient_id=self.instance.patient_id, start_date=start)
        same = same.filter(drug=drug) if drug else same.filter(custom_name__iexact=name)
        return same.exclude(pk=self.instance.pk).exists()

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
        try:
            latest = today.replace(year=today.year + 5)
        except ValueError:  # 29 February has no match five years on
            latest = today.replace(year=today.year + 5, day=28)
        if day < EARLIEST_DATE or day > latest:
            raise ValidationError(
                f"Choose a date between {EARLIEST_DATE:%Y} and five years from now."
            )
        return day

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("day") and cleaned.get("time"):
            naive = datetime.combine(cleaned["day"], cleaned["time"])
            self.instance.starts_at = naive.replace(tzinfo=self.patient.zone)
            same = self.patient.appointments.filter(
                starts_at=self.instance.starts_at, kind=cleaned.get("kind")
            ).exclude(pk=self.instance.pk)
            if same.exists():
                self.add_error(None, "This appointment is already in your list.")
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

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        open_questions = Question.objects.filter(
            patient_id=self.instance.patient_id, answered_at__isnull=True
        )
        if open_questions.filter(text__iexact=text).exists():
            raise ValidationError("This question is already on your list.")
        return text

    def clean_asked_on(self):
        day = self.cleaned_data["asked_on"]
        if day > self.today or day < EARLIEST_DATE:
            raise ValidationError("Questions belong to today or an earlier day.")
        return day
