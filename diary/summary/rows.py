"""The report rows of the CSV and FHIR exports: only what a chosen section shows."""

from collections import UserList
from collections.abc import Callable, Iterator

from diary.catalog import Catalog
from diary.summary.days import SummaryDay
from diary.summary.groups import Placement
from diary.summary.model import ReportRow, Section


class LazyRows(UserList):
    """A list made when it is first read: the summary page never reads the report rows (a
    3-year summary has about 5,000), the CSV and FHIR exports do."""

    def __init__(self, make: Callable[[], list[ReportRow]]) -> None:
        self._make: Callable[[], list[ReportRow]] | None = make
        self._rows: list[ReportRow] = []

    @property
    def data(self) -> list[ReportRow]:
        if self._make is not None:
            self._rows, self._make = self._make(), None
        return self._rows

    @data.setter
    def data(self, rows: list[ReportRow]) -> None:
        self._rows, self._make = rows, None

    def __iter__(self) -> Iterator[ReportRow]:
        # The list's own iterator: UserList's reads the rows one index at a time, through
        # `data` (22,000 calls for a 3-year summary's rows).
        return iter(self.data)


def day_columns(entry: SummaryDay, sections: frozenset[Section]) -> tuple:
    """The columns a report row takes from its day (date, entry id, wellbeing, temperature,
    notes, updated at), as far as the chosen sections show them: notes only with the Notes
    section and only from days marked for the summary; wellbeing only with Wellbeing; the
    temperature only with Red flags (the one place the page shows it, as what triggered a
    flag)."""
    notes_shown = Section.NOTES in sections and entry.include_notes_in_summary
    return (
        entry.date,
        entry.pk,
        entry.wellbeing if Section.WELLBEING in sections else None,
        entry.temperature_c if Section.FLAGS in sections else None,
        entry.notes if notes_shown else "",
        entry.updated_at,
    )


def report_shown(*, placed: Section, flagged: bool, sections: frozenset[Section]) -> bool:
    """Whether a report row goes to the CSV and FHIR: only if a chosen section shows it
    (`placed`: the section the page lists the report in)."""
    if Section.HEATMAP in sections or (flagged and Section.FLAGS in sections):
        return True
    return placed in sections


def _worst_first(item: tuple) -> tuple[int, int]:
    return -item[1].severity, item[0].order


def day_rows(
    day: SummaryDay,
    *,
    placement: Placement,
    sections: frozenset[Section],
    catalog: Catalog,
    sites: dict[int, tuple[str, ...]] | None = None,
) -> list[ReportRow]:
    """The day's report rows (worst first, as the day page lists them), or one row for the
    day itself when none is shown. `sites`: each symptom's site slugs, kept between the days
    of one summary (filled as they are first needed). Each row is made from its values in
    order (a 3-year export makes about 4,500)."""
    sites = {} if sites is None else sites
    by_symptom = {c.symptom.id: c for c in day.concerns}
    date, entry_id, wellbeing, temperature_c, notes, updated_at = day_columns(day, sections)
    by_id = catalog.by_id
    reported = [(by_id[r.symptom_id], r) for r in day.reported]
    reported.sort(key=_worst_first)
    flags_shown = Section.FLAGS in sections
    rows = []
    for symptom, report in reported:
        concern = by_symptom.get(symptom.id)
        placed = placement.section(symptom, report.treatment_id)
        if not report_shown(placed=placed, flagged=concern is not None, sections=sections):
            continue
        flagged = flags_shown and concern is not None
        rows.append(
            ReportRow(
                date,
                entry_id,
                wellbeing,
                temperature_c,
                symptom,
                report.severity,
                _sites(symptom, catalog, sites),
                flagged and concern.red_flag,
                flagged and concern.alert,
                report.treatment if report.treatment_id else None,
                notes,
                updated_at,
            )
        )
    if not rows:
        rows.append(
            ReportRow(
                date,
                entry_id,
                wellbeing,
                temperature_c,
                None,
                None,
                (),
                False,
                False,
                None,
                notes,
                updated_at,
            )
        )
    return rows


def _sites(symptom, catalog: Catalog, kept: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    found = kept.get(symptom.id)
    if found is None:
        found = kept[symptom.id] = tuple(s.slug for s in catalog.sites_of(symptom))
    return found
