"""`build_summary`: the summary computed once, in a fixed number of queries whatever the
length of the period. Each part is made by a small function; nothing downstream queries the
database or recomputes a statistic."""

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from diary.access import column
from diary.catalog import Catalog, load_catalog
from diary.charts import HeatMap, heat_map, wellbeing_chart
from diary.drug_warnings import match_warnings, signs_for
from diary.measures import SERIES_KEYS, daily_measure_series
from diary.models import (
    CareTeam,
    CareTeamContact,
    DailyEntry,
    Patient,
    Severity,
    Site,
    Symptom,
    SymptomReport,
    TeamConnection,
    Treatment,
)
from diary.redflag_panel import _phone as phone_of
from diary.redflag_panel import care_team_phones
from diary.summary import since as since_mod
from diary.summary.days import PeriodDays, SummaryDay, day_measures, load_days
from diary.summary.groups import (
    Grouped,
    Placement,
    group_reports,
    on_known_sites,
    symptom_stat,
)
from diary.summary.model import (
    DEFAULT_SECTIONS,
    FlagRow,
    Header,
    Period,
    Section,
    SinceLastVisit,
    Summary,
    TopConcerns,
    TrendRow,
    WarningRow,
)
from diary.summary.rows import LazyRows, day_rows
from diary.summary.trends import Series, trend_rows, windows
from diary.teams import connections_of
from diary.treatments import adherence_windows, common_side_effects

# (symptom id, the report's own treatment id) -> date -> severity
ReportsByCause = dict[tuple[int, int | None], dict[date, int]]


@dataclass(frozen=True)
class Window:
    """The days around the period the comparisons need: the two trend weeks and the 14 days
    before the last visit (two queries, whatever the period's length)."""

    logged: list[date]  # logged days of the two trend weeks
    series: dict[str, Series]  # wellbeing, temperature_c over the two trend weeks
    severities: dict[int, dict[date, int]]  # reports of the two trend weeks
    baseline: dict[int, dict[date, int]]  # reports of the 14 days before the last visit


def read_from(period: Period, since: date) -> date:
    """The first date whose ratings the summary compares with: the trend weeks and the 14 days
    before the visit (`load_days`' `read_from`)."""
    _, before = windows(period.end)
    return min(before.start, since_mod.baseline_window(since).start)


def reported(ratings: Sequence[tuple[int, date, int]]) -> dict[int, dict[date, int]]:
    """symptom id -> date -> severity of the ratings above "None"."""
    found: dict[int, dict[date, int]] = defaultdict(dict)
    for symptom_id, day, severity in ratings:
        if severity > Severity.NONE:
            found[symptom_id][day] = severity
    return dict(found)


def load_window(
    patient: Patient, *, end: date, since: date, loaded: PeriodDays | None = None
) -> Window:
    """The trend weeks and the 14 days before the visit: from the period's days and the
    ratings read with them (`loaded`) when they cover them, else two queries (`query_window`)."""
    _, before = windows(end)
    base = since_mod.baseline_window(since)
    if loaded is None or not loaded.days or before.start < loaded.days_from:
        return query_window(patient, end=end, since=since)
    trend = loaded.ratings(before.start, end)
    baseline = loaded.ratings(base.start, base.end)
    if trend is None or baseline is None:
        return query_window(patient, end=end, since=since)
    days = [(d.date, d.wellbeing, d.temperature_c) for d in loaded.days if d.date >= before.start]
    series = _day_series(days)
    return Window([d for d, _, _ in days], series, reported(trend), reported(baseline))


def _day_series(days: list[tuple[date, object, object]]) -> dict[str, Series]:
    """Wellbeing and temperature by day, from (date, wellbeing, temperature_c) rows."""
    series: dict[str, Series] = {"wellbeing": {}, "temperature_c": {}}
    for day, wellbeing, temperature in days:
        if wellbeing is not None:
            series["wellbeing"][day] = float(wellbeing)
        if temperature is not None:
            series["temperature_c"][day] = float(temperature)
    return series


def query_window(patient: Patient, *, end: date, since: date) -> Window:
    """`load_window` read from the database (two queries)."""
    _, before = windows(end)
    base = since_mod.baseline_window(since)
    days = list(
        DailyEntry.objects.filter(patient=patient, date__gte=before.start, date__lte=end)
        .order_by("date")
        .values_list("date", "wellbeing", "temperature_c")
    )
    series = _day_series(days)
    in_trend = Q(entry__date__gte=before.start, entry__date__lte=end)
    in_base = Q(entry__date__gte=base.start, entry__date__lte=base.end)
    reports = (
        SymptomReport.objects.reported()
        .filter(entry__patient=patient)
        .filter(in_trend | in_base)
        .values_list("symptom_id", "entry__date", "severity")
    )
    severities: dict[int, dict[date, int]] = defaultdict(dict)
    baseline: dict[int, dict[date, int]] = defaultdict(dict)
    for symptom_id, day, severity in reports:
        if before.start <= day <= end:
            severities[symptom_id][day] = severity
        if base.start <= day <= base.end:
            baseline[symptom_id][day] = severity
    return Window([d for d, _, _ in days], series, dict(severities), dict(baseline))


def collect_reports(days: Sequence[SummaryDay]) -> ReportsByCause:
    reports: ReportsByCause = defaultdict(dict)
    for day in days:
        for report in day.reported:
            reports[(report.symptom_id, report.treatment_id)][day.date] = report.severity
    return reports


def by_symptom(reports: ReportsByCause, *, since: date | None = None) -> dict[int, dict[date, int]]:
    merged: dict[int, dict[date, int]] = defaultdict(dict)
    for (symptom_id, _), by_day in reports.items():
        merged[symptom_id].update((d, s) for d, s in by_day.items() if since is None or d >= since)
    return {pk: days for pk, days in merged.items() if days}


def flag_rows(patient: Patient, days: Sequence[SummaryDay], period: Period) -> list[FlagRow]:
    """Every red flag and alert of the period with her answer and the team's acknowledgement
    (one query, none without a concern)."""
    concerned = any(day.concerns for day in days)
    seen = since_mod.team_acknowledgements(patient, period) if concerned else {}
    rows = [
        FlagRow(
            day.date,
            concern,
            "; ".join(day.answers.get(concern.symptom.pk, [])),
            seen.get((day.date, concern.symptom.pk), ""),
        )
        for day in days
        for concern in day.concerns
    ]
    return sorted(rows, key=lambda f: (f.date, not f.concern.red_flag))


def warning_rows(
    days: Sequence[SummaryDay], treatments: Sequence[Treatment], catalog: Catalog
) -> list[WarningRow]:
    """The drug labels' warning signs reached on the period's days, one row per drug and
    sign with the days it was reached (the signs kept per process with the catalog)."""
    signs = signs_for(treatments, catalog=catalog) if days else []
    if not signs:
        return []
    found: dict[tuple[int, int], list] = {}
    for day in days:
        active = [t for t in treatments if t.is_active_on(day.date)]
        severities = {r.symptom_id: r.severity for r in day.report_list}
        for warning in match_warnings(
            signs, severities=severities, temperature_c=day.temperature_c, treatments=active
        ):
            found.setdefault((warning.sign.drug_id, warning.sign.symptom_id), [warning, []])
            found[(warning.sign.drug_id, warning.sign.symptom_id)][1].append(day.date)
    return sorted(
        (WarningRow(warning, tuple(dates)) for warning, dates in found.values()),
        key=lambda w: (w.last, w.warning.drug_name),
        reverse=True,
    )


def header(patient: Patient) -> Header:
    """Who the summary is about and how to reach her care team (two queries)."""
    care = [f"{c.team.name} (diary connected)" for c in connections_of(patient)]
    care += [f"{phone.label}: {phone.shown}" for phone in care_team_phones(patient)[:2]]
    return Header(
        name=patient.display_name,
        date_of_birth=patient.date_of_birth,
        hospital_number=patient.hospital_number,
        care_team=tuple(care),
    )


@functools.cache
def _header_and_sites_sql() -> str:
    """`header_and_sites`' statement, written once per process."""
    conn, team, contact = TeamConnection, CareTeam, CareTeamContact
    known = Patient.known_sites.through
    return (
        f"SELECT 0, {column(team, 'name')}, '', {column(conn, 'created_at')},"  # noqa: S608
        f" {column(conn, 'id')}"
        f" FROM {column(conn)} INNER JOIN {column(team)}"
        f" ON {column(conn, 'team')} = {column(team, 'id')}"
        f" WHERE {column(conn, 'patient')} = %s AND {column(conn, 'disconnected_at')} IS NULL"
        f" UNION ALL SELECT 1, {column(contact, 'name')}, {column(contact, 'phone')}, NULL,"
        f" {column(contact, 'id')} FROM {column(contact)}"
        f" WHERE {column(contact, 'patient')} = %s AND NOT ({column(contact, 'phone')} = '')"
        f" UNION ALL SELECT 2, '', '', NULL, {column(known, 'site')} FROM {column(known)}"
        f" WHERE {column(known, 'patient')} = %s"
        " ORDER BY 1, 4, 2, 5"
    )


def header_and_sites(patient: Patient, catalog: Catalog) -> tuple[Header, list[Site]]:
    """`header(patient)` and her known sites (`patient.known_sites.all()`, the catalog's Site
    rows) from one query written as SQL instead of three: her connected teams' names (in
    the order they connected), her care-team contacts with a phone (by name) and the ids of
    her known sites. Every value is a parameter; the tables and columns are the models'."""
    with connection.cursor() as cursor:
        cursor.execute(_header_and_sites_sql(), [patient.pk] * 3)
        rows = cursor.fetchall()
    care = [f"{name} (diary connected)" for kind, name, *_ in rows if kind == 0]
    phones = []
    if patient.care_team_phone:
        phones.append(phone_of("Care team", patient.care_team_phone))
    field = CareTeamContact._meta.get_field("phone")  # the number as the ORM reads it
    phones += [
        phone_of(name, field.from_db_value(number, None, connection))
        for kind, name, number, *_ in rows
        if kind == 1
    ]
    care += [f"{phone.label}: {phone.shown}" for phone in phones[:2]]
    site_ids = {row[4] for row in rows if row[0] == 2}
    return (
        Header(
            name=patient.display_name,
            date_of_birth=patient.date_of_birth,
            hospital_number=patient.hospital_number,
            care_team=tuple(care),
        ),
        [site for site in catalog.sites if site.pk in site_ids],
    )


def top_concerns(patient: Patient, catalog: Catalog) -> TopConcerns:
    symptoms = tuple(
        catalog.by_slug[slug] for slug in patient.top_concerns if slug in catalog.by_slug
    )
    return TopConcerns(symptoms=symptoms, note=patient.top_concerns_note)


def changes_since(
    *,
    since: date,
    from_appointment: bool,
    window: Window,
    reports: ReportsByCause,
    days: Sequence[SummaryDay],
    placement: Placement,
    sections: frozenset[Section],
    catalog: Catalog,
) -> SinceLastVisit:
    """New, worse, better and no longer reported since the visit, for symptoms a chosen section
    shows."""

    def shown(ratings: dict[int, dict[date, int]]) -> dict[int, dict[date, int]]:
        return {
            pk: by_day
            for pk, by_day in ratings.items()
            if placement.section(catalog.by_id[pk], None) in sections
        }

    after = by_symptom(reports, since=since)
    for day in days:  # her explicit "none" answers count as her latest rating too
        if day.date >= since:
            for report in day.report_list:
                if report.severity == Severity.NONE:
                    after.setdefault(report.symptom_id, {})[day.date] = Severity.NONE
    return since_mod.changes(
        since=since,
        from_appointment=from_appointment,
        before=shown(window.baseline),
        after=shown(after),
        logged_after=any(day.date >= since for day in days),
        symptoms=catalog.by_id,
    )


def measure_series(days: Sequence[SummaryDay], start: date, end: date) -> dict[str, Series]:
    """`diary.measures.daily_measure_series(patient, start, end)` from the days already read
    (every logged day from `start` to `end` among them): the same series, in the same order."""
    series: dict[str, Series] = {key: {} for key in SERIES_KEYS}
    shown = [day for day in days if start <= day.date <= end]
    for day in reversed(shown):  # as the query gives them: the latest first
        for key, value in (
            ("pain_score", day.pain_score),
            ("up_and_about", day.up_and_about),
            ("weight_kg", day.weight_kg),
        ):
            if value is not None:
                series[key][day.date] = float(value)
    levels: dict[date, list[int]] = defaultdict(list)
    for day in shown:
        for report in day.report_list:
            if report.severity > Severity.NONE and report.interference is not None:
                levels[day.date].append(report.interference)
    series["interference"] = {day: sum(v) / len(v) for day, v in sorted(levels.items())}
    return series


def trends(
    patient: Patient,
    period: Period,
    window: Window,
    sections: frozenset[Section],
    loaded: PeriodDays | None = None,
) -> list[TrendRow]:
    recent, before = windows(period.end)
    if loaded is not None and loaded.days and before.start >= loaded.days_from:
        measures = measure_series(loaded.days, before.start, recent.end)
    else:
        measures = daily_measure_series(patient, before.start, recent.end)
    named = {**window.series, **measures}
    return trend_rows(
        named,
        end=period.end,
        sections=sections,
        fahrenheit=patient.temperature_unit == Patient.TemperatureUnit.FAHRENHEIT,
        pounds=patient.weight_unit == Patient.WeightUnit.LB,
    )


def grouped(
    reports: ReportsByCause,
    *,
    patient: Patient,
    period: Period,
    window: Window,
    placement: Placement,
    treatments: Sequence[Treatment],
    catalog: Catalog,
    known_sites: Sequence[Site],
    loaded: PeriodDays | None = None,
) -> Grouped:
    previous = period.previous()
    if loaded is not None and loaded.symptoms_before is not None:
        before = loaded.symptoms_before  # read with the days
    else:
        before = set(
            SymptomReport.objects.reported()
            .filter(
                entry__patient=patient,
                entry__date__gte=previous.start,
                entry__date__lte=previous.end,
            )
            .values_list("symptom_id", flat=True)
            .distinct()
        )
    known = {s.slug for s in known_sites} | {"general"}

    def stat_of(symptom: Symptom, by_day):
        return symptom_stat(
            symptom,
            by_day,
            end=period.end,
            logged=window.logged,
            in_trend_weeks=window.severities.get(symptom.pk, {}),
            is_new=symptom.pk not in before,
        )

    return group_reports(
        reports,
        placement=placement,
        treatments={t.pk: t for t in treatments},
        stat_of=stat_of,
        catalog=catalog,
        known=known,
    )


LOOK_UP = object()  # build_summary reads her last visit itself


def build_summary(
    patient: Patient,
    period: Period,
    *,
    sections: frozenset[Section] | None = None,
    catalog: Catalog | None = None,
    visit: date | object | None = LOOK_UP,
) -> Summary:
    """`visit`: the date of her last appointment (since.last_visit), when already read."""
    catalog = catalog or load_catalog()
    if visit is LOOK_UP:
        visit = since_mod.last_visit(patient)
    sections = DEFAULT_SECTIONS if sections is None else sections
    since, from_appointment = since_mod.since_date(period, visit)
    loaded = load_days(
        patient,
        period,
        catalog=catalog,
        read_from=read_from(period, since),
        previous=period.previous(),
    )
    days = loaded.days
    treatments = [t for t in loaded.treatments if _overlaps(t, period)]
    treatments += _named_elsewhere(days, treatments)
    head, known_sites = header_and_sites(patient, catalog)
    placement = Placement(
        common_side_effects(treatments, catalog=catalog),
        on_known_sites(catalog, {s.slug for s in known_sites}),
    )
    window = load_window(patient, end=period.end, since=since, loaded=loaded)
    reports = collect_reports(days)
    groups = grouped(
        reports,
        patient=patient,
        period=period,
        window=window,
        placement=placement,
        treatments=treatments,
        catalog=catalog,
        known_sites=known_sites,
        loaded=loaded,
    )
    # The report rows only the CSV and FHIR exports read: made when first read.
    sites: dict[int, tuple[str, ...]] = {}
    rows = LazyRows(
        lambda: [
            row
            for day in days
            for row in day_rows(
                day, placement=placement, sections=sections, catalog=catalog, sites=sites
            )
        ]
    )
    wellbeing = [(d.date, d.wellbeing) for d in days if d.wellbeing is not None]
    return Summary(
        patient=patient,
        generated_at=timezone.now(),
        period=period,
        sections=sections,
        header=head,
        days_logged=len(days),
        subtype=patient.get_subtype_display() if patient.subtype else "",
        known_sites=known_sites,
        current_treatments=current(treatments, period, patient.today()),
        treatments=[t for t in treatments if _overlaps(t, period)],
        since=changes_since(
            since=since,
            from_appointment=from_appointment,
            window=window,
            reports=reports,
            days=days,
            placement=placement,
            sections=sections,
            catalog=catalog,
        ),
        concerns=top_concerns(patient, catalog),
        trends=trends(patient, period, window, sections, loaded),
        flags=flag_rows(patient, days, period),
        drug_warnings=warning_rows(days, treatments, catalog),
        symptoms=groups.symptoms,
        side_effects=groups.side_effects,
        wellbeing=wellbeing,
        # The pictures only where their section is chosen (the only place they are drawn).
        wellbeing_chart=wellbeing_chart(wellbeing, start=period.start, end=period.end)
        if Section.WELLBEING in sections
        else None,
        heat_map=symptom_heat_map(reports, period, catalog)
        if Section.HEATMAP in sections
        else None,
        # Her treatments as read with the days (diary.treatments.adherence reads them again).
        adherence=adherence_windows(
            patient, end=period.end, windows=(period.days,), treatments=loaded.treatments
        )[period.days],
        questions=since_mod.open_questions(patient),
        notes=marked_notes(days, sections),
        rows=rows,
        measures=functools.cache(lambda chosen: day_measures(days, chosen)),
    )


def current(treatments: Sequence[Treatment], period: Period, today: date) -> list[Treatment]:
    """The treatments she is on at the end of the period (or today, if earlier)."""
    return [t for t in treatments if t.is_active_on(min(period.end, today))]


def symptom_heat_map(reports: ReportsByCause, period: Period, catalog: Catalog) -> HeatMap:
    def order(item) -> tuple[str, int]:
        symptom = catalog.by_id[item[0]]
        return (catalog.checkin_group_key(symptom), symptom.order)

    rows = sorted(by_symptom(reports).items(), key=order)
    return heat_map(
        [(catalog.by_id[pk].name, by_day) for pk, by_day in rows],
        start=period.start,
        end=period.end,
    )


def marked_notes(
    days: Sequence[SummaryDay], sections: frozenset[Section]
) -> list[tuple[date, str]]:
    """The notes of days marked for the summary, with the Notes section only."""
    if Section.NOTES not in sections:
        return []
    return [(d.date, d.notes) for d in days if d.include_notes_in_summary and d.notes]


def _overlaps(treatment: Treatment, period: Period) -> bool:
    stop = treatment.stop_date
    return treatment.start_date <= period.end and (stop is None or stop >= period.start)


def _named_elsewhere(
    days: Sequence[SummaryDay], treatments: Sequence[Treatment]
) -> list[Treatment]:
    """Treatments a report names that do not overlap the period (already loaded with the
    days' reports: no query)."""
    have = {t.pk for t in treatments}
    extra: dict[int, Treatment] = {}
    for day in days:
        for report in day.report_list:
            if report.treatment_id and report.treatment_id not in have:
                extra.setdefault(report.treatment_id, report.treatment)
    return list(extra.values())
