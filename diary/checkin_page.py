"""How the check-in lays out the catalog so it fits a bad day on a phone.

First "your symptoms": those she reported (mild or worse) in the last two weeks, or on this day,
including side effects of her current treatments, one line each. Then "add another symptom":
side effects often seen with her treatments, and the rest by site list, all in closed sections
(searchable by name and synonym); a section opens when it holds a reported symptom or an error.

The spinal-cord warning questions (legs, bladder and bowel control) always come right after
back or neck pain, wherever that sits, as follow-ups: in the page without script, revealed by
a little script (static/js/diary.js) when back pain is rated above none.
"""

import functools
import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from operator import itemgetter

from django import forms
from django.db import connection

from diary.access import SelectedModel, column
from diary.catalog import Catalog
from diary.days import ReportFields, attach_doses, recent_reports, report_values, reports_of
from diary.forms import CAUSE_PREFIX, DOSE_PREFIX, INTERFERENCE_PREFIX, SEVERITY_PREFIX, CheckInForm
from diary.measures import Weighing, WeightPrompt, weight_prompt
from diary.models import DailyEntry, Patient, Severity, Site, Symptom
from diary.redflags import FOLLOW_UPS, PAIN_SLUGS, Rating

RECENT_DAYS = 14


@dataclass(frozen=True)
class ScaleField:
    symptom: Symptom
    field: forms.BoundField
    sites: list[Site]
    last: Rating | None
    cause: forms.BoundField | None = None
    interference: forms.BoundField | None = None  # shown once rated above none
    seen_with: tuple[str, ...] = ()
    follow_ups: list["ScaleField"] = field(default_factory=list)
    follows: str = ""  # the field name of the question this one follows up

    @functools.cached_property
    def reported(self) -> bool:
        """Rated mild or worse (or "Yes") in the form as it stands (asked about 3 times an
        item a page: worked out once)."""
        return str(self.field.value() or "") not in {"", str(Severity.NONE)}

    @property
    def search_terms(self) -> str:
        """What "add another symptom" matches as she types: the name and its synonyms."""
        return " ".join([self.symptom.name, *(self.symptom.synonyms or [])]).lower()

    @property
    def last_label(self) -> str:
        return self.symptom.answer_label(self.last.severity) if self.last else ""


@dataclass
class CheckinGroup:
    key: str
    title: str
    fields: list[ScaleField] = field(default_factory=list)
    open: bool = False

    @property
    def reported_count(self) -> int:
        return sum(1 for f in self.fields for g in (f, *f.follow_ups) if g.reported)


def checkin_groups(
    form: CheckInForm,
    *,
    patient: Patient,
    day: date,
    catalog: Catalog,
    last: dict[int, Rating] | None = None,
) -> list[CheckinGroup]:
    """`last`: each symptom's last rating in the two weeks before the day, when read already
    (`near_days`; else one query)."""
    if last is None:
        last = recent_reports(patient, before=day, days=RECENT_DAYS)
    recent = CheckinGroup(key="recent", title="Your symptoms", open=True)
    treatment_linked = CheckinGroup(key="treatments", title="Often seen with your treatments")
    groups = [recent, treatment_linked]
    follow_up_slugs = {
        slug for parent, slugs in FOLLOW_UPS.items() if parent in catalog.by_slug for slug in slugs
    }
    items: dict[str, ScaleField] = {}
    for group in catalog.checkin_groups():
        section = CheckinGroup(key=group.key, title=group.title)
        for symptom in group.symptoms:
            item = _item(form, symptom, last.get(symptom.pk), catalog)
            items[symptom.slug] = item
            if symptom.slug in follow_up_slugs:
                continue  # placed under the question it follows
            if (item.last is not None and item.last.severity) or item.reported:
                target = recent
            elif item.seen_with:
                target = treatment_linked
            else:
                target = section
            target.fields.append(item)
            if item.reported or item.field.errors:
                target.open = True
        groups.append(section)
    _attach_follow_ups(groups, items)
    return [g for g in groups if g.fields or g is recent]


def _item(form: CheckInForm, symptom: Symptom, last: Rating | None, catalog: Catalog) -> ScaleField:
    return ScaleField(
        symptom=symptom,
        field=form.severity_field(symptom.slug),
        sites=catalog.sites_of(symptom),
        last=last,
        cause=form.cause_field(symptom.slug),
        interference=form.interference_field(symptom.slug),
        seen_with=tuple(t.name for t in form.links.get(symptom.pk, ())),
    )


def _attach_follow_ups(groups: list[CheckinGroup], items: dict[str, ScaleField]) -> None:
    for group in groups:
        for item in group.fields:
            for slug in FOLLOW_UPS.get(item.symptom.slug, ()):
                follow_up = items.get(slug)
                if follow_up is None:
                    continue
                item.follow_ups.append(replace(follow_up, follows=item.field.html_name))
                if follow_up.reported or follow_up.field.errors:
                    group.open = True


@dataclass(frozen=True)
class PreviousDay:
    """The last day logged before this one (within two weeks): what "Same as yesterday" fills
    in. `ratings` maps form field names to values: severities, likely causes, how much each
    symptom got in the way (it goes with its rating), doses. Never the pain score, as-needed
    doses, up and about or weight: those are the new day's own readings."""

    date: date
    label: str  # "yesterday", or the day ("Tue 24 Nov")
    ratings: dict[str, str]

    @property
    def as_json(self) -> str:
        return json.dumps(self.ratings, sort_keys=True)

    @property
    def filled_text(self) -> str:
        """What the page says once it is filled in (by the script, or reloaded without it)."""
        return (
            f"Filled in as {self.label}: symptoms, how much they got in the way, and medicines. "
            "Pain score, doses, up and about and weight are left for you to answer. "
            "Change what differs, then save."
        )


@dataclass(frozen=True)
class NearDays:
    """What the check-in reads of the two weeks up to its day: the day's entry and the last
    one logged before it within two weeks (what "Same as yesterday" fills in from), each with
    its reports and doses, and
    each symptom's last rating before the day (`recent_reports(patient, before=day,
    days=RECENT_DAYS)`, for "your symptoms" and the items' "Last: ..." notes)."""

    entry: DailyEntry | None
    before: DailyEntry | None
    last: dict[int, Rating]
    weight: WeightPrompt | None = None  # `weight_prompt(patient, day)`, read with the days


def near_days(patient: Patient, day: date) -> NearDays:
    """Three queries: the two entries with her last weighing before the day, the doses of the
    two, and every report of the two weeks (the two entries' own, as plain `ReportFields`,
    and the earlier ratings)."""
    start = day - timedelta(days=RECENT_DAYS)
    near, weighing = _near_entries(patient, day, start)
    attach_doses(near)
    # In date order (the latest rating before the day wins below).
    rows = sorted(report_values(patient, start, day), key=itemgetter(1))
    reports: dict[int, list[ReportFields]] = {entry.pk: [] for entry in near}
    last: dict[int, Rating] = {}
    for entry_id, on, symptom_id, severity, interference, treatment_id in rows:
        if entry_id in reports:
            reports[entry_id].append(
                ReportFields(entry_id, symptom_id, severity, interference, treatment_id)
            )
        if on < day:  # the latest before the day wins
            last[symptom_id] = Rating(on, severity)
    for entry in near:
        entry.report_list = reports[entry.pk]
    entry = near[0] if near and near[0].date == day else None
    before = [e for e in near if e.date < day]
    return NearDays(entry, before[0] if before else None, last, WeightPrompt(weighing, day))


@functools.cache
def _near_sql() -> tuple[str, SelectedModel]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    part = SelectedModel(DailyEntry, DailyEntry._meta.db_table)
    quote = connection.ops.quote_name
    on = column(DailyEntry, "date")
    live = f"{column(DailyEntry, 'patient')} = %s AND {column(DailyEntry, 'deleted_at')} IS NULL"
    near = (
        f"SELECT 0 AS {quote('weighing')}, {part.sql} FROM {column(DailyEntry)}"  # noqa: S608
        f" WHERE {live} AND {on} <= %s AND {on} >= %s ORDER BY {on} DESC LIMIT 2"
    )
    weighed = (
        f"SELECT 1 AS {quote('weighing')}, {part.sql} FROM {column(DailyEntry)}"  # noqa: S608
        f" WHERE {live} AND {on} < %s AND {column(DailyEntry, 'weight_kg')} IS NOT NULL"
        f" ORDER BY {on} DESC LIMIT 1"
    )
    return (
        f"SELECT * FROM ({near}) AS near_days"  # noqa: S608
        f" UNION ALL SELECT * FROM ({weighed}) AS last_weighed",
        part,
    )


def _near_entries(patient: Patient, day: date, start: date) -> tuple[list, Weighing | None]:
    """Her two latest days from `start` to `day` (latest first: what
    `patient.entries.filter(date__lte=day, date__gte=start).order_by("-date")[:2]` gives),
    and her last weighing before `day` (`weight_prompt`'s), in one query written once per
    process from the models' quoted names, every value a parameter."""
    sql, part = _near_sql()
    ops = connection.ops
    on, since = ops.adapt_datefield_value(day), ops.adapt_datefield_value(start)
    with connection.cursor() as cursor:
        cursor.execute(sql, [patient.pk, on, since, patient.pk, on])
        rows = cursor.fetchall()
    owner = DailyEntry._meta.get_field("patient")
    near, weighing = [], None
    for row in rows:
        entry = part.instance(row[1:])
        if row[0]:
            weighing = Weighing(entry.date, entry.weight_kg)
        else:
            owner.set_cached_value(entry, patient)
            near.append(entry)
    return near, weighing


def previous_from(entry: DailyEntry | None, day: date, *, catalog: Catalog) -> PreviousDay | None:
    """What "Same as yesterday" fills in from `entry`, the last day logged before `day` within
    two weeks (`near_days(...).before`; no query)."""
    if entry is None:
        return None
    ratings: dict[str, str] = {}
    for report in reports_of(entry):
        symptom = catalog.by_id.get(report.symptom_id)
        if symptom is None:
            continue
        ratings[SEVERITY_PREFIX + symptom.slug] = str(report.severity)
        if report.severity and report.treatment_id:
            ratings[CAUSE_PREFIX + symptom.slug] = str(report.treatment_id)
        if report.severity and report.interference is not None:
            ratings[INTERFERENCE_PREFIX + symptom.slug] = str(report.interference)
    for dose in entry.doses.all():
        ratings[f"{DOSE_PREFIX}{dose.treatment_id}"] = dose.status
    label = "yesterday" if entry.date == day - timedelta(days=1) else f"{entry.date:%a %-d %b}"
    return PreviousDay(date=entry.date, label=label, ratings=ratings)


@dataclass(frozen=True)
class MeasuresSection:
    """The closed "Pain, activity and weight" section of the check-in, and when it opens: it
    holds an answer or an error, or a week has passed since she last weighed. A little script
    (static/js/diary.js) also opens it when a pain item is rated above none."""

    open: bool
    weight: WeightPrompt
    pain_fields: str  # the field names of the pain items, space-separated

    FIELDS = ("pain_score", "pain_medicine_doses", "up_and_about", "weight", "weight_unit")


def measures_section(
    form: CheckInForm,
    *,
    patient: Patient,
    day: date,
    catalog: Catalog,
    weight: WeightPrompt | None = None,
) -> MeasuresSection:
    """`weight`: `weight_prompt(patient, day)` when read already (`near_days`)."""
    if weight is None:
        weight = weight_prompt(patient, day)
    answered = any(
        form[name].value() not in (None, "")
        for name in MeasuresSection.FIELDS
        if name != "weight_unit"
    )
    errors = any(form[name].errors for name in MeasuresSection.FIELDS)
    pain_names = [SEVERITY_PREFIX + slug for slug in PAIN_SLUGS if slug in catalog.by_slug]
    # As the script does: open once a pain item is rated above none ("Same as yesterday").
    in_pain = any(str(form[name].value() or "0") != "0" for name in pain_names)
    return MeasuresSection(
        open=answered or errors or weight.due or in_pain,
        weight=weight,
        pain_fields=" ".join(pain_names),
    )
