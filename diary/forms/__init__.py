"""The diary's forms, one module per area."""

from diary.forms.account import DeleteAccountForm
from diary.forms.checkin import (
    CAUSE_PREFIX,
    DOSE_PREFIX,
    INTERFERENCE_PREFIX,
    SEVERITY_PREFIX,
    CheckInForm,
    from_celsius,
    to_celsius,
)
from diary.forms.history import HistoryFilterForm
from diary.forms.profile import AccountForm, PatientForm
from diary.forms.sharing import (
    ContactAlertsForm,
    ContactForm,
    InvitationForm,
    RoleForm,
    ShareLinkForm,
)
from diary.forms.summary import SummaryOptionsForm
from diary.forms.treatments import AppointmentForm, QuestionForm, TreatmentForm

__all__ = [
    "CAUSE_PREFIX",
    "DOSE_PREFIX",
    "INTERFERENCE_PREFIX",
    "SEVERITY_PREFIX",
    "AccountForm",
    "AppointmentForm",
    "CheckInForm",
    "ContactAlertsForm",
    "ContactForm",
    "DeleteAccountForm",
    "HistoryFilterForm",
    "InvitationForm",
    "PatientForm",
    "QuestionForm",
    "RoleForm",
    "ShareLinkForm",
    "SummaryOptionsForm",
    "TreatmentForm",
    "from_celsius",
    "to_celsius",
]
