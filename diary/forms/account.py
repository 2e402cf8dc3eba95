"""Account forms: the log-in form (allauth's, with "keep me signed in" said plainly) and
deleting one's account."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.conf import settings


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            days = settings.SESSION_REMEMBER_AGE // 86400
            minutes = settings.SESSION_IDLE_TIMEOUT // 60
            self.fields["remember"].label = "Keep me signed in on this device"
            self.fields["remember"].help_text = (
                f"For up to {days} days. Leave it unticked on a shared computer: you are then "
                f"signed out after {minutes} minutes without activity."
            )


CONFIRM_WORD = "DELETE"


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label=f"Type {CONFIRM_WORD} to confirm",
        max_length=20,
        help_text="In capitals. This cannot be undone.",
    )

    def clean_confirm(self) -> str:
        value = self.cleaned_data["confirm"].strip()
        if value != CONFIRM_WORD:
            raise forms.ValidationError(f"Type {CONFIRM_WORD} exactly, in capitals.")
        return value
