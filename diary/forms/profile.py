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
            "care_team_phone",
            "hospital_number",
            "date_of_birth",
            "show_site_tags",
        ]
        widgets = {
            "known_sites": forms.CheckboxSelectMultiple,
            "care_team_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
            "date_of_birth": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        field_classes = {"known_sites": SiteChoiceField}
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

    def clean_date_of_birth(self):
        born = self.cleaned_data.get("date_of_birth")
        if born is not None and (born > timezone.localdate() or born.year < 1900):
            raise ValidationError("Enter your date of birth: a past date after 1900.")
        return born

    def clean_hospital_number(self):
        return self.cleaned_data.get("hospital_number", "").strip()
