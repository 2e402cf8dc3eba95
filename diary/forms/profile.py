"""The person's profile and her diary's settings."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from diary.models import (
    Patient,
    Site,
    User,
)


class AccountForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "time_zone"]
        widgets = {"time_zone": forms.Select(attrs={"data-guess-time-zone": ""})}
        help_texts = {
            "name": "How the diary addresses you, and what caregivers see.",
            "time_zone": "Your days start and end at midnight here.",
        }


class SiteChoiceField(forms.ModelMultipleChoiceField):
    """Refuses ids no database integer can hold before they reach a query (SQLite raises
    OverflowError on them, a 500)."""

    def _check_values(self, value):
        for pk in value:
            try:
                number = int(pk)
            except (TypeError, ValueError):
                continue  # the parent reports it as an invalid id
            if not -(2**63) <= number < 2**63:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)


class PatientForm(forms.ModelForm):
    class Meta:
        model = Patient
        fields = [
            "subtype",
            "known_sites",
            "temperature_unit",
            "weight_unit",
            "checkin_rhythm",
            "care_team_phone",
            "hospital_number",
            "date_of_birth",
            "show_site_tags",
        ]
        widgets = {
            "known_sites": forms.CheckboxSelectMultiple,
            "care_team_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
            "date_of_birth": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "checkin_rhythm": forms.RadioSelect,
        }
        field_classes = {"known_sites": SiteChoiceField}
        labels = {
            "temperature_unit": "Temperatures in",
            "weight_unit": "Weights in",
            "checkin_rhythm": "How often you check in",
        }
        help_texts = {
            "subtype": "Optional. Only if your care team has told you.",
            "known_sites": "Optional. Where your care team has told you the cancer has spread. "
            "The summary then points out symptoms on the lists of other sites.",
            "checkin_rhythm": "Weekly: one check-in a week that looks back over the last 7 days, "
            "and a reminder only when a week has gone by without one.",
        }

    KEPT_WHEN_LEFT_OUT = ("weight_unit", "checkin_rhythm")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        missing = [
            name for name in self.KEPT_WHEN_LEFT_OUT if self.add_prefix(name) not in self.data
        ]
        if self.is_bound and missing:  # a form sent without them keeps the saved choices
            self.data = self.data.copy()
            for name in missing:
                self.data[self.add_prefix(name)] = getattr(self.instance, name)
        self.fields["known_sites"].queryset = Site.objects.filter(has_symptom_list=True).exclude(
            slug="general"
        )
        self.fields["subtype"].choices = [("", "Not recorded"), *Patient.Subtype.choices]

    def clean_date_of_birth(self):
        born = self.cleaned_data.get("date_of_birth")
        if born is not None and (born > timezone.localdate() or born.year < 1900):
            raise ValidationError("Enter your date of birth: a past date after 1900.")
        return born

    def clean_hospital_number(self):
        return self.cleaned_data.get("hospital_number", "").strip()
