"""Caregivers, share links and care-team contacts."""

from django import forms
from django.core.exceptions import ValidationError

from diary.models import CareRole, CareTeamContact
from diary.sharing import SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS


class InvitationForm(forms.Form):
    email = forms.EmailField(label="Their email address")
    role = forms.ChoiceField(
        label="What they may do",
        choices=CareRole.choices,
        widget=forms.RadioSelect,
        initial=CareRole.VIEWER,
        error_messages={"invalid_choice": "Choose viewer or editor."},
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        choices=CareRole.choices, error_messages={"invalid_choice": "Choose viewer or editor."}
    )


class ShareLinkForm(forms.Form):
    nonce = forms.CharField(widget=forms.HiddenInput, max_length=40)
    label = forms.CharField(
        label="Who it is for (optional)",
        max_length=100,
        required=False,
        help_text='For example "Dr Patel". Only you see this.',
    )
    days = forms.IntegerField(
        label="Works for (days)",
        min_value=1,
        max_value=SHARE_MAX_DAYS,
        initial=SHARE_DEFAULT_DAYS,
        help_text=f"At most {SHARE_MAX_DAYS} days. You can withdraw it at any time.",
    )


class ContactForm(forms.ModelForm):
    class Meta:
        model = CareTeamContact
        fields = ["name", "email", "phone", "alert_emails", "include_link"]
        labels = {"email": "Email address", "phone": "Phone number (optional)"}
        widgets = {"phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})}
        help_texts = {
            "phone": "The red-flag warning offers a button that calls it. With a country code "
            "(such as +44) if it is abroad.",
            "alert_emails": "We first email them a link to confirm the address; nothing else is "
            "sent until they do. The alert says only that an entry is marked for the care "
            "team's attention and asks them to get in touch: no symptom, no severity, no date.",
        }

    def clean_email(self) -> str:
        # The same address twice (a double submit, say) would get every alert email twice.
        email = self.cleaned_data["email"]
        listed = CareTeamContact.objects.filter(
            patient_id=self.instance.patient_id, email__iexact=email
        ).exclude(pk=self.instance.pk)
        if listed.exists():
            raise ValidationError("This address is already in your care team.")
        return email


class ContactAlertsForm(forms.ModelForm):
    """The patient's two choices for one contact: alerts at all, and a link in them."""

    class Meta:
        model = CareTeamContact
        fields = ["alert_emails", "include_link"]
