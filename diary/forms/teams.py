"""Care teams: the patient's connection, the team's invitations, triage and settings."""

from django import forms

from diary.models import CareTeam, MemberRole, TriageItem
from diary.models.teams import WEEKDAY_NAMES


class ConnectionCodeForm(forms.Form):
    code = forms.CharField(
        label="The team's connection code",
        max_length=20,
        help_text="Your care team gives you this code, for example ABCDE-FGH23.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class ConnectForm(forms.Form):
    share_notes = forms.BooleanField(
        label="Also let the team read my notes",
        required=False,
        help_text="Without this, the team sees your reports and summaries but not your notes.",
    )


class ShareNotesForm(forms.Form):
    share_notes = forms.BooleanField(required=False)


class MemberInvitationForm(forms.Form):
    email = forms.EmailField(label="Their email address")
    role = forms.ChoiceField(
        label="Role",
        choices=MemberRole.choices,
        widget=forms.RadioSelect,
        initial=MemberRole.NURSE,
    )


class PatientInvitationForm(forms.Form):
    email = forms.EmailField(label="The patient's email address")


class CloseItemForm(forms.Form):
    action = forms.ChoiceField(
        label="What was done", choices=TriageItem.Action.choices, widget=forms.RadioSelect
    )
    team_note = forms.CharField(
        label="Note for the team (the patient never sees it)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    patient_message = forms.CharField(
        label="Message for the patient (optional: she sees it on her day)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class TeamSettingsForm(forms.ModelForm):
    work_days = forms.TypedMultipleChoiceField(
        label="Working days",
        choices=[(i, name) for i, name in enumerate(WEEKDAY_NAMES)],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = CareTeam
        fields = [
            "name",
            "escalation_email",
            "window_minutes",
            "time_zone",
            "work_start",
            "work_end",
            "work_days",
        ]
        widgets = {
            "work_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "work_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["window_minutes"].widget.attrs.update(min=5, max=10080)
        self.initial["work_days"] = sorted(self.instance.weekdays)

    def clean_window_minutes(self) -> int:
        minutes = self.cleaned_data["window_minutes"]
        if not 5 <= minutes <= 10080:
            raise forms.ValidationError("Between 5 minutes and a week (10,080 minutes).")
        return minutes

    def clean_work_days(self) -> str:
        return "".join(str(d) for d in sorted(set(self.cleaned_data["work_days"])))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("work_start"), cleaned.get("work_end")
        if start and end and end <= start:
            self.add_error("work_end", "The working day must end after it starts.")
        return cleaned
