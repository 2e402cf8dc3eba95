"""Pieces every form of the diary shares."""

from datetime import date

from django import forms

EARLIEST_DATE = date(2000, 1, 1)
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ScaleRadioSelect(forms.RadioSelect):
    """Radio buttons drawn as a row of toggle buttons (see _scale.html)."""

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs={"class": "btn-check", **(attrs or {})}, choices=choices)
