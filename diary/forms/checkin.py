"""The daily check-in form.

Field names and what they mean (the template may lay them out as it likes):

* `date` (YYYY-MM-DD, never in the future), `version` (hidden: the entry's version when the
  form was opened, 0 for a new day; see diary.checkin).
* `wellbeing`: "0".."10", or absent/"" for not answered.
* `severity-<slug>`, one per catalog symptom: absent or "" means **not rated** (nothing is
  stored, and the day says nothing about that symptom); "0" is an explicit **None** (stored at
  severity 0, and counted as a rating by the worsening rule); "1".."4" mild to very severe.
  A one-off event (`Symptom.response == "yes_no"`: seizure, fracture, coughing up blood, loss
  of bladder or bowel control) takes only "0" (No) or "1" (Yes). Nothing is checked when the
  form opens on a new day.
* `cause-<slug>` (side effects, or symptoms linked to a current treatment): a treatment id, or
  "" for "not sure"; kept only with a rating above none.
* `dose-<treatment id>`: taken / partly / missed, or "" for not answered; `dose-<id>-reason`.
* `interference-<slug>` (symptoms rated on the 5-point scale): "0".."4", how much it got in the
  way of her day (diary.models.Interference); optional, kept only with a rating above none.
* `temperature` + `temperature_unit` ("C" or "F"); `notes`; `include_notes_in_summary`.
* `recall_days` (hidden): 1, or 7 for a weekly check-in about the last 7 days; the labels say so.
* `pain_score` "0".."10"; `pain_medicine_doses` 0-30; `up_and_about` "0".."4"
  (diary.models.UpAndAbout); `weight` + `weight_unit` ("kg" or "lb"), stored in kg.

A save with nothing in it (no wellbeing, no rating, no temperature, no note, no dose) is refused
with a form error and stores nothing.
"""

import copy
import datetime
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.core.exceptions import ValidationError

from diary.catalog import Catalog
from diary.checkin import DayInput, DoseInput
from diary.days import reports_of
from diary.forms.common import EARLIEST_DATE, ScaleRadioSelect
from diary.measures import from_kg, recall_phrase, to_kg, up_and_about_choices
from diary.models import (
    DoseLog,
    Patient,
    Severity,
    Symptom,
    Treatment,
)
from diary.models.entries import (
    NOTES_MAX_LENGTH,
    PAIN_MEDICINE_DOSES_MAX,
    RECALL_DAYS,
    TEMPERATURE_MAX_C,
    TEMPERATURE_MIN_C,
    WEIGHT_MAX_KG,
    WEIGHT_MIN_KG,
    YES,
    Interference,
    UpAndAbout,
)
from diary.models.treatments import REASON_MAX_LENGTH

SEVERITY_PREFIX = "severity-"
CAUSE_PREFIX = "cause-"
INTERFERENCE_PREFIX = "interference-"
DOSE_PREFIX = "dose-"
NOT_A_SIDE_EFFECT = ""
NOTHING_ENTERED = (
    "Nothing to save yet. Rate how you are overall, choose how bad at least one symptom was "
    '("None" counts), or add a temperature, a medication or a note. To remove a day you '
    'saved before, use "Delete this day" on its page.'
)
YES_NO_CHOICES = [(str(Severity.NONE), "No"), (str(YES), "Yes")]
SEVERITY_CHOICES = [(str(v), label) for v, label in Severity.choices]
INTERFERENCE_CHOICES = [("", "Choose (optional)")] + [
    (str(v), label) for v, label in Interference.choices
]
ZERO_TO_TEN = [(str(n), str(n)) for n in range(11)]
# The check-in's choice lists that are the same for everyone, nothing of hers in them (a likely
# cause's list names her treatments): the only ones whose escaped options are kept per process
# (diary.templatetags.checkin_controls).
FIXED_CHOICE_LISTS = (
    SEVERITY_CHOICES,
    YES_NO_CHOICES,
    INTERFERENCE_CHOICES,
    ZERO_TO_TEN,
    DoseLog.Status.choices,
)


def to_celsius(value: Decimal, unit: str) -> Decimal:
    celsius = value if unit == Patient.TemperatureUnit.CELSIUS else (value - 32) / Decimal("1.8")
    return celsius.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def from_celsius(value: Decimal, unit: str) -> Decimal:
    if unit == Patient.TemperatureUnit.CELSIUS:
        return value
    return (value * Decimal("1.8") + 32).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class CheckInForm(forms.Form):
    """A day's check-in: the date, wellbeing, one severity per catalog symptom, notes."""

    date = forms.DateField(
        label="Date",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a date such as 2026-11-25."},
    )
    wellbeing = forms.TypedChoiceField(
        label="How are you overall today?",
        help_text="0 the worst you can imagine, 10 the best.",
        choices=ZERO_TO_TEN,
        coerce=int,
        empty_value=None,
        required=False,
        widget=ScaleRadioSelect,
        error_messages={"invalid_choice": "Choose a number from 0 to 10."},
    )
    temperature = forms.DecimalField(
        label="Temperature",
        required=False,
        max_digits=5,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.1", "inputmode": "decimal"}),
        error_messages={"invalid": "Enter a number such as 37.2 or 99.1."},
    )
    temperature_unit = forms.ChoiceField(
        label="Unit",
        choices=Patient.TemperatureUnit.choices,
        initial=Patient.TemperatureUnit.CELSIUS,
    )
    notes = forms.CharField(
        label="Notes",
        help_text=f"In your own words (up to {NOTES_MAX_LENGTH:,} characters).",
        required=False,
        max_length=NOTES_MAX_LENGTH,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    include_notes_in_summary = forms.BooleanField(label="Show them in my summary", required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, initial=0)
    recall_days = forms.TypedChoiceField(
        choices=[(str(n), str(n)) for n in RECALL_DAYS],
        coerce=int,
        empty_value=None,  # left out: the rhythm the page was opened in
        required=False,
        initial=1,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "The check-in covers one day or seven."},
    )
    pain_score = forms.TypedChoiceField(
        label="Your worst pain in the last 24 hours",
        help_text="0 no pain, 10 as bad as it could be.",
        choices=ZERO_TO_TEN,
        coerce=int,
        empty_value=None,
        required=False,
        widget=ScaleRadioSelect,
        error_messages={"invalid_choice": "Choose a number from 0 to 10."},
    )
    pain_medicine_doses = forms.IntegerField(
        label="Doses of as-needed pain medicine",
        required=False,
        min_value=0,
        max_value=PAIN_MEDICINE_DOSES_MAX,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": "Enter a whole number of doses, such as 2.",
            "min_value": "Enter a number of doses from 0 to 30.",
            "max_value": "Enter a number of doses from 0 to 30.",
        },
    )
    up_and_about = forms.TypedChoiceField(
        label="How much of the day were you up and about?",
        choices=[(str(v), label) for v, label in UpAndAbout.choices],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose one of the five answers."},
    )
    weight = forms.DecimalField(
        label="Weight",
        required=False,
        max_digits=5,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.1", "inputmode": "decimal"}),
        error_messages={"invalid": "Enter a number such as 62.5 or 137.8."},
    )
    weight_unit = forms.ChoiceField(
        label="Weight unit",
        choices=Patient.WeightUnit.choices,
        initial=Patient.WeightUnit.KG,
        required=False,
    )

    def __init__(
        self,
        *args,
        catalog: Catalog,
        today: datetime.date,
        treatments: list[Treatment] = (),
        links: dict[int, list[Treatment]] | None = None,
        recall_days: int = 1,
        **kwargs,
    ):
        """`treatments`: those active on the day; `links`: symptom id -> treatments that
        commonly cause it (see diary.treatments.common_side_effects); `recall_days`: 7 for a
        weekly check-in (the labels then speak of the last 7 days)."""
        super().__init__(*args, **kwargs)
        self.recall_days = recall_days
        self._recall_labels(recall_days)
        self.catalog = catalog
        self.today = today
        self.treatments = list(treatments)
        self.links = links or {}
        self.fields["date"].widget.attrs["max"] = today.isoformat()
        built = _symptom_fields_by_symptom(catalog, weekly=recall_days >= 7)
        # Every likely-cause field offers the same treatments: built once for this form and
        # copied for each symptom with its own label and default.
        cause = None
        if self.treatments:
            cause = forms.TypedChoiceField(
                choices=[(NOT_A_SIDE_EFFECT, "Not sure, or not a side effect")]
                + [(str(t.pk), t.name) for t in self.treatments],
                coerce=int,
                empty_value=None,
                required=False,
                error_messages={"invalid_choice": "Choose one of your current treatments."},
            )
        # Each symptom's severity and interference (copied when first looked up: most are
        # never, on a save), then its likely cause.
        if cause is None:
            self.fields.kept_all([pair for _symptom, pairs, _label in built for pair in pairs])
        for symptom, pairs, cause_label in built if cause is not None else ():
            self.fields.kept_all(pairs)
            if self.is_attributable(symptom):
                # A copy of `cause` with its own label and default, made when first looked up.
                self.fields.kept(
                    CAUSE_PREFIX + symptom.slug,
                    cause,
                    label=cause_label,
                    initial=self._default_cause(symptom),
                )
        for treatment in self.treatments:
            if not treatment.track_doses:
                continue
            self.fields[DOSE_PREFIX + str(treatment.pk)] = forms.ChoiceField(
                label=f"{treatment.name}{f' ({treatment.dose})' if treatment.dose else ''}",
                choices=DoseLog.Status.choices,
                required=False,
                widget=ScaleRadioSelect,
                error_messages={"invalid_choice": "Choose taken, partly or missed."},
            )
            self.fields[DOSE_PREFIX + str(treatment.pk) + "-reason"] = forms.CharField(
                label=f"{treatment.name}: reason, if partly or missed (optional)",
                max_length=REASON_MAX_LENGTH,
                required=False,
            )

    def _recall_labels(self, recall_days: int) -> None:
        self.fields["recall_days"].initial = recall_days
        if recall_days < 7:
            return
        self.fields["wellbeing"].label = "How have you been overall in the last 7 days?"
        self.fields["pain_score"].label = f"Your worst pain {recall_phrase(recall_days)}"
        self.fields[
            "pain_medicine_doses"
        ].label = f"Doses of as-needed pain medicine {recall_phrase(recall_days)}"
        self.fields["up_and_about"].label = "Over the last 7 days, how much were you up and about?"
        self.fields["up_and_about"].choices = [
            (str(v), label) for v, label in up_and_about_choices(recall_days)
        ]

    @staticmethod
    def _interference_field(symptom, *, weekly: bool) -> forms.TypedChoiceField:
        return forms.TypedChoiceField(
            label=f"{symptom.name}: how much it got in the way of your "
            + ("week" if weekly else "day"),
            choices=INTERFERENCE_CHOICES,
            coerce=int,
            empty_value=None,
            required=False,
            error_messages={"invalid_choice": "Choose one of the five answers."},
        )

    @staticmethod
    def _severity_field(symptom) -> forms.TypedChoiceField:
        if symptom.is_yes_no:
            choices, error = YES_NO_CHOICES, "Choose yes or no."
        else:
            choices = SEVERITY_CHOICES
            error = "Choose none, mild, moderate, severe or very severe."
        return forms.TypedChoiceField(
            label=symptom.name,
            choices=choices,
            coerce=int,
            empty_value=None,  # not rated
            required=False,
            widget=ScaleRadioSelect,
            error_messages={"invalid_choice": error},
        )

    def is_attributable(self, symptom) -> bool:
        return symptom.kind == symptom.Kind.SIDE_EFFECT or symptom.pk in self.links

    def _default_cause(self, symptom) -> str:
        linked = self.links.get(symptom.pk)
        if linked:
            return str(linked[0].pk)
        if symptom.kind == symptom.Kind.SIDE_EFFECT and len(self.treatments) == 1:
            return str(self.treatments[0].pk)
        return NOT_A_SIDE_EFFECT

    def cause_field(self, slug: str) -> forms.BoundField | None:
        name = CAUSE_PREFIX + slug
        return self[name] if name in self.fields else None

    def interference_field(self, slug: str) -> forms.BoundField | None:
        name = INTERFERENCE_PREFIX + slug
        return self[name] if name in self.fields else None

    def dose_fields(self) -> list[tuple[Treatment, forms.BoundField, forms.BoundField]]:
        return [
            (t, self[f"{DOSE_PREFIX}{t.pk}"], self[f"{DOSE_PREFIX}{t.pk}-reason"])
            for t in self.treatments
            if t.track_doses
        ]

    def _clean_fields(self) -> None:
        """Django's `Form._clean_fields`, but a choice the data does not hold at all (most of
        the about 150 scales, interferences and likely causes on a save) is its empty value
        without a bound field and a clean: what `TypedChoiceField.clean(None)` returns for a
        field that is not required, has no validators, no `clean_<name>` and reads its widget's
        value as `ChoiceWidget` does (`data.get(name)`, None when absent)."""
        data = self.data
        fields = self.fields
        cleaned = self.cleaned_data
        # The names with a clean_<name> method (on the form's class: none is set on a form).
        cleaners = _cleaners(type(self))
        for name in fields:
            # The field kept per process, read only: a form's own copy is made (by looking
            # it up by name) only for a field that is bound and cleaned.
            field = dict.__getitem__(fields, name)
            if (
                self.add_prefix(name) not in data
                and name not in cleaners
                and _empty_when_absent(field)
            ):
                cleaned[name] = field.empty_value
                continue
            field = fields[name]
            bf = self[name]
            try:
                cleaned[name] = field._clean_bound_field(bf)
                if name in cleaners:
                    value = getattr(self, f"clean_{name}")()
                    cleaned[name] = value
            except ValidationError as e:
                self.add_error(name, e)

    def severity_field(self, slug: str) -> forms.BoundField:
        return self[SEVERITY_PREFIX + slug]

    def clean_date(self) -> datetime.date:
        value = self.cleaned_data["date"]
        if value > self.today:
            raise ValidationError(
                "You can't log a day in the future. Choose today or an earlier day."
            )
        if value < EARLIEST_DATE:
            raise ValidationError(f"Choose a date from {EARLIEST_DATE:%Y} onwards.")
        return value

    def clean_notes(self) -> str:
        # Keep the patient's words as written; only drop trailing whitespace.
        return self.cleaned_data["notes"].rstrip()

    def clean(self):
        cleaned = super().clean()
        known = {SEVERITY_PREFIX + s.slug for s in self.catalog.symptoms}
        unknown = sorted(
            key[len(SEVERITY_PREFIX) :]
            for key in self.data
            if key.startswith(SEVERITY_PREFIX) and key not in known
        )
        if unknown:
            raise ValidationError(
                "This form mentions a symptom the diary does not know (%(names)s). "
                "Reload the page and try again.",
                params={"names": ", ".join(unknown)[:200]},
            )
        stray_doses = [
            key
            for key in self.data
            if key.startswith(DOSE_PREFIX) and key not in self.fields and self.data.get(key)
        ]
        if stray_doses:
            raise ValidationError(
                "This form records a medication that was not being taken that day. "
                "Reload the page and try again."
            )
        value = cleaned.get("temperature")
        unit = cleaned.get("temperature_unit")
        if value is not None and unit:
            celsius = to_celsius(value, unit)
            if not TEMPERATURE_MIN_C <= celsius <= TEMPERATURE_MAX_C:
                self.add_error(
                    "temperature",
                    f"Enter a body temperature between {TEMPERATURE_MIN_C} and "
                    f"{TEMPERATURE_MAX_C} °C (86 and 113 °F). Check the unit.",
                )
            else:
                cleaned["temperature_c"] = celsius
        self._clean_weight(cleaned)
        day = cleaned.get("date")
        for treatment, field, _reason in self.dose_fields():
            if day and cleaned.get(field.name) and not treatment.is_active_on(day):
                self.add_error(
                    field.name,
                    f"{treatment.name} was not being taken on {day:%d %B %Y} "
                    f"(from {treatment.start_date:%d %B %Y}"
                    + (f" to {treatment.stop_date:%d %B %Y}" if treatment.stop_date else "")
                    + ").",
                )
        if not self.errors and self._is_empty(cleaned):
            raise ValidationError(NOTHING_ENTERED, code="empty")
        return cleaned

    def _clean_weight(self, cleaned) -> None:
        value = cleaned.get("weight")
        if value is None or "weight" in self.errors:
            return
        unit = cleaned.get("weight_unit")
        if not unit:
            self.add_error("weight_unit", "Choose kg or lb for the weight.")
            return
        kg = to_kg(value, unit)
        if not WEIGHT_MIN_KG <= kg <= WEIGHT_MAX_KG:
            self.add_error(
                "weight",
                f"Enter a body weight between {WEIGHT_MIN_KG} and {WEIGHT_MAX_KG} kg "
                f"({from_kg(Decimal(WEIGHT_MIN_KG), 'lb'):.0f} and "
                f"{from_kg(Decimal(WEIGHT_MAX_KG), 'lb'):.0f} lb). Check the unit.",
            )
        else:
            cleaned["weight_kg"] = kg

    def _is_empty(self, cleaned) -> bool:
        return (
            cleaned.get("wellbeing") is None
            and cleaned.get("temperature") is None
            and cleaned.get("pain_score") is None
            and cleaned.get("pain_medicine_doses") is None
            and cleaned.get("up_and_about") is None
            and cleaned.get("weight") is None
            and not (cleaned.get("notes") or "").strip()
            and all(cleaned.get(SEVERITY_PREFIX + s.slug) is None for s in self.catalog.symptoms)
            and not any(cleaned.get(field.name) for _t, field, _r in self.dose_fields())
        )

    def day_input(self) -> DayInput:
        data = self.cleaned_data
        return DayInput(
            date=data["date"],
            wellbeing=data["wellbeing"],
            temperature_c=data.get("temperature_c"),
            recall_days=data["recall_days"] or self.recall_days,
            pain_score=data["pain_score"],
            pain_medicine_doses=data["pain_medicine_doses"],
            up_and_about=data["up_and_about"],
            weight_kg=data.get("weight_kg"),
            notes=data["notes"],
            include_notes_in_summary=data["include_notes_in_summary"],
            severities={
                s.pk: data[SEVERITY_PREFIX + s.slug]
                for s in self.catalog.symptoms
                if data.get(SEVERITY_PREFIX + s.slug) is not None
            },
            causes={
                s.pk: data[CAUSE_PREFIX + s.slug]
                for s in self.catalog.symptoms
                if data.get(CAUSE_PREFIX + s.slug) and data.get(SEVERITY_PREFIX + s.slug)
            },
            interference={
                s.pk: data[INTERFERENCE_PREFIX + s.slug]
                for s in self.catalog.symptoms
                if data.get(INTERFERENCE_PREFIX + s.slug) is not None
                and data.get(SEVERITY_PREFIX + s.slug)
            },
            doses={
                t.pk: DoseInput(status=data[field.name], reason=data[reason.name].strip())
                for t, field, reason in self.dose_fields()
                if data.get(field.name)
            },
        )

    @classmethod
    def initial_for(
        cls,
        entry,
        *,
        day: datetime.date,
        unit: str,
        catalog: Catalog,
        weight_unit: str = Patient.WeightUnit.KG,
        recall_days: int = 1,
    ) -> dict:
        if entry is None:  # nothing rated: every symptom starts untouched
            return {
                "date": day,
                "version": 0,
                "temperature_unit": unit,
                "weight_unit": weight_unit,
                "recall_days": recall_days,
            }
        initial = {
            "date": entry.date,
            "version": entry.version,
            "recall_days": entry.recall_days,
            "pain_score": entry.pain_score,
            "pain_medicine_doses": entry.pain_medicine_doses,
            "up_and_about": entry.up_and_about,
            "weight_unit": weight_unit,
            "weight": from_kg(entry.weight_kg, weight_unit)
            if entry.weight_kg is not None
            else None,
            "wellbeing": entry.wellbeing,
            "notes": entry.notes,
            "include_notes_in_summary": entry.include_notes_in_summary,
            "temperature_unit": unit,
            "temperature": from_celsius(entry.temperature_c, unit)
            if entry.temperature_c is not None
            else None,
        }
        for report in reports_of(entry):
            slug = catalog.by_id[report.symptom_id].slug
            initial[SEVERITY_PREFIX + slug] = str(report.severity)
            if report.severity:
                initial[CAUSE_PREFIX + slug] = str(report.treatment_id or NOT_A_SIDE_EFFECT)
                if report.interference is not None:
                    initial[INTERFERENCE_PREFIX + slug] = str(report.interference)
        for dose in entry.doses.all():
            initial[f"{DOSE_PREFIX}{dose.treatment_id}"] = dose.status
            initial[f"{DOSE_PREFIX}{dose.treatment_id}-reason"] = dose.reason
        return initial


# A symptom's severity and interference fields depend only on the catalog and the rhythm (daily
# or weekly): built once per process for the catalog in use and copied into each form. Building
# the 100 or so fields was a quarter of the check-in page's and of a save's time; a shallow copy
# (with its own widget and widget attributes) costs a tenth. Nothing mutates them afterwards.
_built_fields: tuple[Catalog, dict[bool, dict[str, forms.Field]]] | None = None


def _symptom_fields(catalog: Catalog, *, weekly: bool) -> dict[str, forms.Field]:
    global _built_fields
    cached = _built_fields
    if cached is None or cached[0] is not catalog:
        cached = _built_fields = (catalog, {})
    fields = cached[1].get(weekly)
    if fields is None:
        fields = {}
        for symptom in catalog.symptoms:
            fields[SEVERITY_PREFIX + symptom.slug] = CheckInForm._severity_field(symptom)
            if not symptom.is_yes_no:
                fields[INTERFERENCE_PREFIX + symptom.slug] = CheckInForm._interference_field(
                    symptom, weekly=weekly
                )
        cached[1][weekly] = fields
    return fields


_by_symptom: tuple[Catalog, dict[bool, list]] | None = None


def _symptom_fields_by_symptom(
    catalog: Catalog, *, weekly: bool
) -> list[tuple[Symptom, list[tuple[str, forms.Field]], str]]:
    """`_symptom_fields` by symptom, in the catalog's order: each symptom, its (name, field)
    pairs (severity, then interference) and its likely cause's label."""
    global _by_symptom
    cached = _by_symptom
    if cached is None or cached[0] is not catalog:
        cached = _by_symptom = (catalog, {})
    found = cached[1].get(weekly)
    if found is None:
        fields = _symptom_fields(catalog, weekly=weekly)
        found = cached[1][weekly] = [
            (
                symptom,
                [
                    (name, fields[name])
                    for name in (SEVERITY_PREFIX + symptom.slug, INTERFERENCE_PREFIX + symptom.slug)
                    if name in fields
                ],
                f"{symptom.name}: likely cause",
            )
            for symptom in catalog.symptoms
        ]
    return found


def _copy_field(field: forms.Field) -> forms.Field:
    """A form's own copy of a field kept per process: every list or dict a form could change in
    place (the widget and its attrs, the choices, validators and error messages) is its own, so
    nothing one form does reaches the next; the choices' items (tuples) and labels are shared.
    What Django's deepcopy of a form field does, for the fields and widgets whose deepcopy
    is Django's own (any other is deep-copied)."""
    widget = field.widget
    if (
        type(field).__deepcopy__ not in _PLAIN_FIELD_COPIES
        or type(widget).__deepcopy__ not in _PLAIN_WIDGET_COPIES
        or not isinstance(getattr(field, "_choices", []), list)
        or not isinstance(getattr(widget, "_choices", []), list)
    ):
        return copy.deepcopy(field)
    copied = _shallow_copy(field)
    copied.widget = _shallow_copy(widget)
    copied.widget.attrs = dict(widget.attrs)
    copied.validators = list(field.validators)
    copied.error_messages = dict(field.error_messages)
    # The field's and its widget's own lists of the choices, normalized already: set directly,
    # not through the `choices` setters, which would normalize them again (a fifth of a
    # save's time, for about 130 fields).
    if hasattr(field, "_choices"):
        copied._choices = list(field._choices)
    if hasattr(widget, "_choices"):
        copied.widget._choices = list(widget._choices)
    return copied


_cleaners_of: dict[type, frozenset[str]] = {}


def _cleaners(form_class: type) -> frozenset[str]:
    """The field names `form_class` has a `clean_<name>` method for (worked out once)."""
    found = _cleaners_of.get(form_class)
    if found is None:
        found = _cleaners_of[form_class] = frozenset(
            attribute[len("clean_") :]
            for attribute in dir(form_class)
            if attribute.startswith("clean_") and callable(getattr(form_class, attribute))
        )
    return found


def _empty_when_absent(field: forms.Field) -> bool:
    """Whether a field cleans a value missing from the data to its `empty_value` (see
    `CheckInForm._clean_fields`)."""
    widget = field.widget
    return (
        type(field) is forms.TypedChoiceField
        and not field.required
        and not field.disabled
        and not field.validators
        and type(widget).value_from_datadict is forms.widgets.ChoiceWidget.value_from_datadict
        and not widget.allow_multiple_selected
        and "" in field.empty_values
        and None in field.empty_values
    )


_PLAIN_FIELD_COPIES = (forms.Field.__deepcopy__, forms.ChoiceField.__deepcopy__)
_PLAIN_WIDGET_COPIES = (forms.Widget.__deepcopy__, forms.widgets.ChoiceWidget.__deepcopy__)


class _FieldsCopiedOnUse(dict):
    """A check-in form's `fields`: each starts as the field kept per process (the form class's
    own, and the symptoms' from `_symptom_fields`) and becomes the form's own copy
    (`_copy_field`) the first time it is looked up: by name, `get`, `values`, `items`, `pop`
    or `setdefault`, which is how Django's forms, bound fields and templates reach them. A
    field set on the form (`fields[name] = field`) is its own already. A save looks up only
    the fields its data holds (`CheckInForm._clean_fields` reads the others, kept per process,
    without changing them); a page that shows the form copies every field, as before."""

    def __init__(self, kept=()) -> None:
        super().__init__(kept)
        self._own: set[str] = set()
        self._set_on_copy: dict[str, dict] = {}

    def kept(self, name: str, field: forms.Field, **attributes) -> None:
        """Add a field kept per process (or by the form for several names), copied when first
        looked up; the copy then gets `attributes` (a label, an initial value)."""
        dict.__setitem__(self, name, field)
        self._own.discard(name)
        if attributes:
            self._set_on_copy[name] = attributes
        else:
            self._set_on_copy.pop(name, None)

    def kept_all(self, pairs: list[tuple[str, forms.Field]]) -> None:
        """`kept(name, field)` for each pair, in order."""
        dict.update(self, pairs)
        if self._own:
            self._own.difference_update(name for name, _field in pairs)
        if self._set_on_copy:
            for name, _field in pairs:
                self._set_on_copy.pop(name, None)

    def __getitem__(self, name: str) -> forms.Field:
        field = dict.__getitem__(self, name)
        if name not in self._own:
            field = _copy_field(field)
            for attribute, value in self._set_on_copy.pop(name, {}).items():
                setattr(field, attribute, value)
            dict.__setitem__(self, name, field)
            self._own.add(name)
        return field

    def __setitem__(self, name: str, field: forms.Field) -> None:
        dict.__setitem__(self, name, field)
        self._own.add(name)
        self._set_on_copy.pop(name, None)

    def __delitem__(self, name: str) -> None:
        dict.__delitem__(self, name)
        self._own.discard(name)
        self._set_on_copy.pop(name, None)

    def __iter__(self):
        # Not dict's own: with it, dict(fields), {**fields} and dict.update(fields) (Django's
        # order_fields) would read the stored fields, kept per process, without copying them.
        return dict.__iter__(self)

    def get(self, name, default=None):
        return self[name] if name in self else default  # noqa: SIM401 (copies on use)

    def values(self) -> list[forms.Field]:
        return [self[name] for name in self]

    def items(self) -> list[tuple[str, forms.Field]]:
        return [(name, self[name]) for name in self]

    def pop(self, name, *default):
        if name not in self:
            return dict.pop(self, name, *default)
        field = self[name]
        del self[name]
        return field

    def popitem(self):
        name = next(reversed(self))
        return name, self.pop(name)

    def setdefault(self, name, default=None):
        if name not in self:
            self[name] = default
        return self[name]

    def copy(self) -> dict:
        return dict(self.items())

    def __or__(self, other):
        return {**self.copy(), **other}

    def __ior__(self, other):
        self.update(other)
        return self

    def update(self, *args, **kwargs) -> None:
        for name, field in dict(*args, **kwargs).items():
            self[name] = field

    def __deepcopy__(self, memo) -> dict:
        return {name: copy.deepcopy(field, memo) for name, field in self.items()}

    def __reduce__(self):
        return (dict, (self.copy(),))


class _CopiedPerForm(dict):
    """The form class's own fields, which Django's form deep-copies for each form: each copied
    by `_copy_field` when the form first looks it up (`_FieldsCopiedOnUse`; a deep copy of
    all 16 took 0.5 ms, copying each 0.1 ms for all)."""

    def __deepcopy__(self, memo) -> dict:
        return _FieldsCopiedOnUse(self)


CheckInForm.base_fields = _CopiedPerForm(CheckInForm.base_fields)


def _shallow_copy(obj):
    """copy.copy of a form field or widget (plain objects with a __dict__, no __copy__ or
    __slots__), without the pickle protocol's detour: about 130 fields and their widgets are
    copied for each check-in form."""
    copied = object.__new__(type(obj))
    copied.__dict__.update(obj.__dict__)
    return copied
