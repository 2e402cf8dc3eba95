"""The daily reminder's settings."""

from django import forms

from diary.models import Reminder
from diary.models.reminders import WEEKDAYS


class ReminderForm(forms.ModelForm):
    weekdays = forms.TypedMultipleChoiceField(
        label="On these days",
        choices=WEEKDAYS,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every day.",
    )

    class Meta:
        model = Reminder
        fields = ["enabled", "time", "weekdays"]
        labels = {"enabled": "Email me a reminder when the day is not logged yet", "time": "At"}
        widgets = {"time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}
        help_texts = {"time": "Your own time, in your profile's time zone."}

    def clean_weekdays(self) -> list[int]:
        return sorted(set(self.cleaned_data["weekdays"]))
