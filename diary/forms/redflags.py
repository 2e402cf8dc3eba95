"""The two answers to a red flag (see diary.redflag_panel)."""

from django import forms

from diary.models import RedFlagAnswer
from diary.redflags import RULES

BACK_TO = (("day", "The day's page"), ("home", "Home"))


class RedFlagAnswerForm(forms.Form):
    """`flag`: the rule key of the day's red flag; `answer`: contacted or known; `back`: the
    page to return to (a fixed choice, never a URL)."""

    flag = forms.ChoiceField(choices=sorted({(r.key, r.title) for r in RULES}))
    answer = forms.ChoiceField(choices=RedFlagAnswer.Answer.choices)
    back = forms.ChoiceField(choices=BACK_TO, required=False)
