"""What the patient takes, as the check-in, home and history need it."""

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from diary.access import SelectedColumns, SelectedModel, column, rows_of_sql
from diary.catalog import Catalog
from diary.models import (
    DailyEntry,
    DoseLog,
    Drug,
    DrugSideEffect,
    Patient,
    Symptom,
    SymptomReport,
    Treatment,
    TreatmentType,
)


@functools.cache
def _treatments_sql() -> tuple[str, tuple[SelectedModel, ...]]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    parts = (
        SelectedModel(Treatment, "t"),
        SelectedModel(Drug, "d"),
        SelectedModel(TreatmentType, "k"),
    )
    quote = connection.ops.quote_name
    t_col = Treatment._meta.get_field
    sql = (
        f"SELECT {', '.join(part.sql for part in parts)}"  # noqa: S608
        f" FROM {quote(Treatment._meta.db_table)} {quote('t')}"
        f" LEFT OUTER JOIN {quote(Drug._meta.db_table)} {quote('d')}"
        f" ON {quote('t')}.{quote(t_col('drug').column)}"
        f" = {quote('d')}.{quote(Drug._meta.pk.column)}"
        f" INNER JOIN {quote(TreatmentType._meta.db_table)} {quote('k')}"
        f" ON {quote('t')}.{quote(t_col('type').column)}"
        f" = {quote('k')}.{quote(TreatmentType._meta.pk.column)}"
        f" WHERE {quote('t')}.{quote(t_col('patient').column)} = %s"
        f" ORDER BY {quote('t')}.{quote(t_col('start_date').column)} ASC,"
        f" {quote('t')}.{quote(Treatment._meta.pk.column)} ASC"
    )
    return (sql, parts)


def treatments_of(patient: Patient) -> list[Treatment]:
    """Every treatment of the patient, with its drug and kind, in start order (one query): a
    page reads them once and hands them to `active_among`, `adherence_windows`, the days'
    cause labels and the chemotherapy periods, which would otherwise each read their own.

    The same rows and instances as `patient.treatments.select_related("drug", "type")
    .order_by("start_date", "pk")`, read with SQL written once per process (Django took
    longer to build and compile that join than to run it)."""
    sql, parts = _treatments_sql()
    field = Treatment._meta.get_field
    owner, drug, kind = field("patient"), field("drug"), field("type")
    treatments = []
    for treatment, its_drug, its_kind in rows_of_sql(sql, [patient.pk], parts):
        owner.set_cached_value(treatment, patient)
        drug.set_cached_value(treatment, its_drug)
        kind.set_cached_value(treatment, its_kind)
        treatments.append(treatment)
    return treatments


def active_among(treatments: Iterable[Treatment], day: date) -> list[Treatment]:
    """`active_on` from the patient's treatments already read (`treatments_of`; no query)."""
    return sorted(
        (t for t in treatments if t.is_active_on(day)), key=lambda t: (t.start_date, t.pk)
    )


def active_on(patient: Patient, day: date) -> QuerySet[Treatment]:
    """Treatments the patient was on that day (started, and not stopped before it)."""
    return (
        patient.treatments.filter(start_date__lte=day)
        .filter(Q(stop_date__isnull=True) | Q(stop_date__gte=day))
        .select_related("drug", "type")
        .order_by("start_date", "pk")
    )


# Every drug's common side effects, (symptom id, drug id) in the order they were added, kept per
# process for the catalog in use (diary.catalog: a change to a link gives a new Catalog).
_kept_links: tuple[Catalog, list[tuple[int, int]]] | None = None


def all_side_effect_links(catalog: Catalog) -> list[tuple[int, int]]:
    """(symptom id, drug id) of every link, in the order they were added (one query the first
    time for this catalog, none after)."""
    global _kept_links
    kept = _kept_links
    if kept is None or kept[0] is not catalog:
        links = list(DrugSideEffect.objects.order_by("pk").values_list("symptom_id", "drug_id"))
        kept = _kept_links = (catalog, links)
    return kept[1]


def common_side_effects(
    treatments: list[Treatment], *, catalog: Catalog | None = None
) -> dict[int, list[Treatment]]:
    """Symptom id -> the given treatments whose drug commonly causes it (one query; none
    given the `catalog` in use, whose links are kept per process)."""
    by_drug: dict[int, list[Treatment]] = defaultdict(list)
    for treatment in treatments:
        if treatment.drug_id:
            by_drug[treatment.drug_id].append(treatment)
    if not by_drug:
        return {}
    if catalog is not None:
        links = [link for link in all_side_effect_links(catalog) if link[1] in by_drug]
    else:
        links = DrugSideEffect.objects.filter(drug_id__in=by_drug).values_list(
            "symptom_id", "drug_id"
        )
    result: dict[int, list[Treatment]] = defaultdict(list)
    for symptom_id, drug_id in links:
        result[symptom_id].extend(by_drug[drug_id])
    return dict(result)


@dataclass(frozen=True)
class Adherence:
    """Doses of one tracked treatment over a window of days."""

    treatment: Treatment
    days: int
    active_days: int
    taken: int
    partly: int
    missed: int

    @property
    def recorded(self) -> int:
        return self.taken + self.partly + self.missed

    @property
    def not_recorded(self) -> int:
        return self.active_days - self.recorded


def adherence(patient: Patient, *, end: date, days: int) -> list[Adherence]:
    """For each tracked treatment active in the `days` days ending `end` (two queries).

    A treatment counts from the day it was added to the diary (or the first dose logged for it,
    if she filled in earlier days), not from its start date: a drug added today with a start
    date a month back has nothing to miss yet."""
    return adherence_windows(patient, end=end, windows=(days,))[days]


@functools.cache
def _dose_values() -> tuple[str, SelectedColumns]:
    """The statement up to its IN list (the caller adds one placeholder per value) and its
    columns, written once per process."""
    dose, entry = DoseLog._meta.get_field, DailyEntry._meta.get_field
    d, e = DoseLog._meta.db_table, DailyEntry._meta.db_table
    columns = SelectedColumns(
        [dose("treatment").get_col(d), dose("status").get_col(d), entry("date").get_col(e)]
    )
    quote = connection.ops.quote_name
    day = column(DailyEntry, "date")
    sql = (
        f"SELECT {columns.sql} FROM {quote(d)} INNER JOIN {quote(e)}"  # noqa: S608
        f" ON {column(DoseLog, 'entry')} = {column(DailyEntry, 'id')}"
        f" WHERE {column(DailyEntry, 'deleted_at')} IS NULL"
        f" AND {day} >= %s AND {day} <= %s AND {column(DoseLog, 'treatment')} IN "
    )
    return sql, columns


def dose_values(treatment_ids: list[int], start: date, end: date) -> list[tuple]:
    """(treatment id, status, date) of the dose logs of these treatments on days from `start`
    to `end` that are not deleted, in no order (none without a treatment): what
    `DoseLog.objects.filter(treatment__in=..., entry__date__gte=start, entry__date__lte=end)
    .values_list("treatment_id", "status", "entry__date")` gives, read with SQL written from
    the models' names (Django took longer to build and compile it than to run it)."""
    if not treatment_ids:
        return []
    sql, columns = _dose_values()
    ops = connection.ops
    ids = [int(pk) for pk in treatment_ids]
    return columns.rows(
        sql + f"({', '.join(['%s'] * len(ids))})",
        [ops.adapt_datefield_value(start), ops.adapt_datefield_value(end), *ids],
    )


def adherence_windows(
    patient: Patient,
    *,
    end: date,
    windows: tuple[int, ...],
    treatments: Iterable[Treatment] | None = None,
) -> dict[int, list[Adherence]]:
    """`adherence` for several windows ending `end` (e.g. 7 and 30 days), in the same two
    queries as the widest one alone; one, given the patient's `treatments` (`treatments_of`)."""
    widest = end - timedelta(days=max(windows) - 1)
    if treatments is None:
        treatments = list(
            patient.treatments.filter(track_doses=True, start_date__lte=end)
            .filter(Q(stop_date__isnull=True) | Q(stop_date__gte=widest))
            .select_related("drug")
            .order_by("start_date", "pk")
        )
    else:
        treatments = sorted(
            (
                t
                for t in treatments
                if t.track_doses
                and t.start_date <= end
                and (t.stop_date is None or t.stop_date >= widest)
            ),
            key=lambda t: (t.start_date, t.pk),
        )
    logs = dose_values([t.pk for t in treatments], widest, end)
    first_logged: dict[int, date] = {}
    for treatment_id, _, day in logs:
        first_logged[treatment_id] = min(day, first_logged.get(treatment_id, day))
    added_on = {}
    for treatment in treatments:
        added = timezone.localtime(treatment.created_at, patient.zone).date()
        added_on[treatment.pk] = min(added, first_logged.get(treatment.pk, added))
    result = {}
    for days in windows:
        start = end - timedelta(days=days - 1)
        counts: dict[tuple[int, str], int] = defaultdict(int)
        for treatment_id, status, day in logs:
            if day >= start:
                counts[treatment_id, status] += 1
        rows = []
        for treatment in treatments:
            if treatment.stop_date is not None and treatment.stop_date < start:
                continue
            first = max(start, treatment.start_date, added_on[treatment.pk])
            last = min(end, treatment.stop_date or end)
            rows.append(
                Adherence(
                    treatment=treatment,
                    days=days,
                    active_days=max((last - first).days + 1, 0),
                    taken=counts[treatment.pk, DoseLog.Status.TAKEN],
                    partly=counts[treatment.pk, DoseLog.Status.PARTLY],
                    missed=counts[treatment.pk, DoseLog.Status.MISSED],
                )
            )
        result[days] = rows
    return result


def worst_side_effect_by_day(patient: Patient, *, start: date, end: date) -> dict[date, int]:
    """The worst side-effect severity of each logged day: reports of a side effect, or of any
    symptom the patient put down to a treatment (one query)."""
    rows = (
        SymptomReport.objects.filter(
            entry__patient=patient, entry__date__gte=start, entry__date__lte=end
        )
        .filter(Q(symptom__kind=Symptom.Kind.SIDE_EFFECT) | Q(treatment__isnull=False))
        .values("entry__date")
        .annotate(worst=Max("severity"))
        .values_list("entry__date", "worst")
    )
    return dict(rows)
