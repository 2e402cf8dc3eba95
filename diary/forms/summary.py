"""Choosing the summary's period and sections."""

from datetime import date, timedelta

from django import forms
from django.utils.choices import normalize_choices

from diary.catalog import Catalog
from diary.forms.common import DATE_INPUT, EARLIEST_DATE
from diary.models.people import TOP_CONCERNS_MAX, TOP_CONCERNS_NOTE_MAX_LENGTH
from diary.summary import ALL_SECTIONS, DEFAULT_SECTIONS, MAX_PERIOD_DAYS, Period, Section


class SummaryOptionsForm(forms.Form):
    """Which period and which sections: read from the query string, so links can be shared
    with the care team's bookmarks without any health data in them."""

    PRESETS = [
        ("since_last", "Since my last appointment"),
        ("7", "Last 7 days"),
        ("30", "Last 30 days"),
        ("90", "Last 90 days"),
        ("custom", "Dates I choose"),
    ]

    preset = forms.ChoiceField(label="Period", choices=PRESETS, required=False)
    start = forms.DateField(label="From", required=False, widget=DATE_INPUT)
    end = forms.DateField(label="To", required=False, widget=DATE_INPUT)
    section = forms.MultipleChoiceField(
        label="Include",
        choices=[(s.value, s.label) for s in ALL_SECTIONS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, today: date, last_appointment: date | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.last_appointment = last_appointment
        if last_appointment is None:
            # Nothing to count from yet: the last 30 days, and the form says so.
            self.fields["preset"].initial = "30"
            self.fields[
                "preset"
            ].help_text = "No past appointment in the diary yet, so the last 30 days."

    def clean(self):
        cleaned = super().clean()
        preset = cleaned.get("preset") or ("since_last" if self.last_appointment else "30")
        today = self.today
        if preset == "custom" or (cleaned.get("start") and not self.data.get("preset")):
            start, end = cleaned.get("start"), cleaned.get("end") or today
            if start is None:
                if "start" not in self.errors:
                    self.add_error("start", "Choose the first day of the summary.")
                return cleaned
        elif preset == "since_last" and self.last_appointment is None:
            preset = "30"
            start, end = today - timedelta(days=29), today
        elif preset == "since_last":
            start, end = self.last_appointment, today
        else:
            start, end = today - timedelta(days=int(preset) - 1), today
        if end > today:
            self.add_error("end", "The summary can't go beyond today.")
        elif end < start:
            self.add_error("end", "The end date is before the start date.")
        elif start < EARLIEST_DATE:
            self.add_error("start", f"Choose a date from {EARLIEST_DATE:%Y} onwards.")
        elif (end - start).days + 1 > MAX_PERIOD_DAYS:
            self.add_error("start", "A summary covers at most 3 years. Choose a shorter period.")
        else:
            cleaned["period"] = Period(start, end)
        cleaned["preset"] = preset
        return cleaned

    @property
    def section_errors(self):
        """The template's `form.errors.section` (without a failed lookup when there are none)."""
        return self.errors.get("section")

    def sections(self, saved: list[str]) -> frozenset[Section]:
        chosen = self.cleaned_data.get("section") if self.is_bound else None
        values = chosen or saved or [s.value for s in ALL_SECTIONS if s in DEFAULT_SECTIONS]
        return frozenset(Section(v) for v in values if v in Section._value2member_map_)


class ConcernsField(forms.MultipleChoiceField):
    """The symptoms in the order chosen; empty choices ("no concern here") left out."""

    def to_python(self, value):
        return [v for v in super().to_python(value) if v]


class TopConcernsForm(forms.Form):
    """Her top concerns for the next visit: up to 3 symptoms, most important first, and a few
    words of her own."""

    concern = ConcernsField(label="Top concerns", required=False)
    note = forms.CharField(
        label="Anything else you want to raise (optional)",
        required=False,
        max_length=TOP_CONCERNS_NOTE_MAX_LENGTH,
    )

    def __init__(self, *args, catalog: Catalog, **kwargs):
        super().__init__(*args, **kwargs)
        # The catalog's symptoms by group, normalized once per catalog (kept on it: a changed
        # catalog is a new one) and set as the `choices` setters would set them, without
        # grouping and normalizing about 50 symptoms again for every form.
        choices = catalog.__dict__.get("_concern_choices")
        if choices is None:
            choices = catalog.__dict__["_concern_choices"] = normalize_choices(
                [
                    (group.title, [(s.slug, s.name) for s in group.symptoms])
                    for group in catalog.checkin_groups()
                ]
            )
        field = self.fields["concern"]
        field._choices = field.widget._choices = list(choices)

    # The templates' `form.errors.concern` and `form.errors.note`, which, when there are none,
    # failed a dictionary, an attribute and an index lookup (with a `dir()` of the errors) each.
    @property
    def concern_errors(self):
        return self.errors.get("concern")

    @property
    def note_errors(self):
        return self.errors.get("note")

    def clean_concern(self) -> list[str]:
        chosen = self.cleaned_data["concern"]
        if len(chosen) > TOP_CONCERNS_MAX:
            raise forms.ValidationError(
                f"Choose at most {TOP_CONCERNS_MAX} concerns: you chose {len(chosen)}."
            )
        if len(set(chosen)) != len(chosen):
            raise forms.ValidationError("Choose each concern once.")
        return chosen

    def slots(self) -> list[str]:
        """The symptom in each of the 3 places ("" for an empty place), for the page."""
        if self.is_bound:
            chosen = [v for v in self.data.getlist("concern") if v][:TOP_CONCERNS_MAX]
        else:
            chosen = list(self.initial.get("concern", []))
        return chosen + [""] * (TOP_CONCERNS_MAX - len(chosen))
