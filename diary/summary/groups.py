"""Symptoms and side effects: each reported symptom's statistics, placed where a clinician
looks for it. A report put down to a treatment, or of a symptom the catalog links to the drug
of a treatment she was on, sits beside that treatment; other side effects under "not put down
to a treatment"; every other symptom once in the symptom table, with the lists of sites NOT
known to be affected that also name it ("Also on the source's list for bone")."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from diary.catalog import Catalog
from diary.models import Site, Symptom, Treatment
from diary.summary.model import Section, SideEffectGroup, SymptomStat
from diary.summary.trends import split, symptom_series, trend_of

GENERAL = "general"
UNLINKED = 0  # the key of "not put down to a treatment"


@dataclass(frozen=True)
class Placement:
    """Where a symptom's reports go: the treatments' side effects or the symptom table."""

    links: Mapping[int, list[Treatment]]  # symptom id -> treatments whose drug lists it
    # Symptoms on the list of a site known to be affected (general aside): they stay in the
    # symptom table unless she put them down to a treatment herself.
    on_known_site: frozenset[int] = frozenset()
    # section() by (symptom id, treatment id): a 3-year summary asks about 4,000 times.
    _sections: dict[tuple[int, int | None], Section] = field(
        default_factory=dict, compare=False, repr=False
    )

    def treatments_of(self, symptom: Symptom, treatment_id: int | None) -> list[int]:
        """The treatment ids a report is shown under ([] for the symptom table)."""
        if treatment_id:
            return [treatment_id]
        if symptom.pk in self.on_known_site and symptom.kind == Symptom.Kind.SYMPTOM:
            return []
        linked = [t.pk for t in self.links.get(symptom.pk, [])]
        if linked:
            return linked
        return [UNLINKED] if symptom.kind == Symptom.Kind.SIDE_EFFECT else []

    def section(self, symptom: Symptom, treatment_id: int | None) -> Section:
        key = (symptom.pk, treatment_id)
        found = self._sections.get(key)
        if found is None:
            linked = self.treatments_of(symptom, treatment_id)
            found = Section.SIDE_EFFECTS if linked else Section.SYMPTOMS
            self._sections[key] = found
        return found


def on_known_sites(catalog: Catalog, known: set[str]) -> frozenset[int]:
    """Symptoms on the list of a site known to be affected (the general list aside)."""
    return frozenset(
        symptom.pk
        for symptom in catalog.symptoms
        if any(s.slug in known and s.slug != GENERAL for s in catalog.sites_of(symptom))
    )


def also_on(symptom: Symptom, *, catalog: Catalog, known: set[str]) -> tuple[str, ...]:
    """The site lists naming the symptom for sites not known to be affected; none for a
    general symptom (pain is on the brain and liver lists too)."""
    sites: list[Site] = catalog.sites_of(symptom)
    if any(site.slug == GENERAL for site in sites):
        return ()
    return tuple(site.slug for site in sites if site.has_symptom_list and site.slug not in known)


def symptom_stat(
    symptom: Symptom,
    by_day: Mapping[date, int],
    *,
    end: date,
    logged: Sequence[date],
    in_trend_weeks: Mapping[date, int],
    is_new: bool,
) -> SymptomStat:
    """`by_day`: the period's reports; `logged`: every logged day of the two trend weeks;
    `in_trend_weeks`: the symptom's reports of those two weeks, which may begin before a short
    period does."""
    days = sorted(by_day)
    recent, before = split(symptom_series(in_trend_weeks, logged), end)
    return SymptomStat(
        symptom=symptom,
        days_reported=len(days),
        worst=max(by_day.values()),
        latest=by_day[days[-1]],
        latest_date=days[-1],
        first_date=days[0],
        trend=trend_of(recent, before, threshold=0.5),
        is_new=is_new,
    )


def _order(stat: SymptomStat) -> tuple:
    return (-stat.worst, stat.symptom.order)


@dataclass(frozen=True)
class Grouped:
    symptoms: list[SymptomStat]
    side_effects: list[SideEffectGroup]


def group_reports(
    reports: Mapping[tuple[int, int | None], Mapping[date, int]],
    *,
    placement: Placement,
    treatments: Mapping[int, Treatment],
    stat_of,
    catalog: Catalog,
    known: set[str],
) -> Grouped:
    """`reports`: (symptom id, the report's own treatment id) -> date -> severity.
    `stat_of(symptom, by_day)` makes the statistics."""
    table: dict[int, dict[date, int]] = defaultdict(dict)
    beside: dict[int, dict[int, dict[date, int]]] = defaultdict(lambda: defaultdict(dict))
    for (symptom_id, treatment_id), by_day in reports.items():
        symptom = catalog.by_id[symptom_id]
        under = placement.treatments_of(symptom, treatment_id)
        for key in under:
            beside[key][symptom_id].update(by_day)
        if not under:
            table[symptom_id].update(by_day)

    def stats(by_symptom: Mapping[int, Mapping[date, int]]) -> list[SymptomStat]:
        made = []
        for symptom_id, by_day in by_symptom.items():
            symptom = catalog.by_id[symptom_id]
            stat = stat_of(symptom, by_day)
            made.append(replace(stat, also_on=also_on(symptom, catalog=catalog, known=known)))
        return sorted(made, key=_order)

    groups = [
        SideEffectGroup(treatment=treatments.get(key) if key else None, stats=stats(by_symptom))
        for key, by_symptom in beside.items()
    ]
    groups.sort(key=lambda g: (g.treatment is None, g.title))
    return Grouped(symptoms=stats(table), side_effects=groups)
