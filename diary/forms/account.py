"""The log-in form: allauth's, with "keep me signed in" said plainly."""

from allauth.account.forms import LoginForm as AllauthLoginForm
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
