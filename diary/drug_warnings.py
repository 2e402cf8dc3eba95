"""Warning signs from the drugs' labels: what a patient on a drug should report to her team.

Each `DrugWarningSign` row (fixtures/catalog.json, sourced to the drug's US prescribing
information) says "while on this drug, this symptom should be reported": for example a new
cough on trastuzumab deruxtecan (pneumonitis), diarrhea on abemaciclib, jaw pain on denosumab,
fever (or a temperature of 38.0 °C or more) on chemotherapy.

`drug_warnings` is what the check-in and the red-flag code call: given one day's reports and the
treatments the patient was on that day, it returns the warnings to show, in plain words. It
never diagnoses: it repeats the label's advice to report the sign.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from diary.catalog import Catalog
from diary.days import reports_of
from diary.models import DrugWarningSign, Patient, Severity, Treatment
from diary.treatments import active_among, active_on


@dataclass(frozen=True)
class DrugWarning:
    """A warning sign reached on a day, for one treatment the patient was on."""

    treatment: Treatment
    sign: DrugWarningSign
    severity: int  # what she reported for the symptom (0 if only the temperature reached it)
    by_temperature: bool  # reached by the day's temperature rather than a report

    @property
    def drug_name(self) -> str:
        return self.sign.drug.generic_name

    @property
    def symptom_name(self) -> str:
        return self.sign.symptom.name

    @property
    def advice(self) -> str:
        return self.sign.advice

    @property
    def source(self) -> str:
        return self.sign.source


# Every drug's warning signs, kept per process for the catalog in use (diary.catalog: a change
# to a drug or a sign gives a new Catalog). Label facts, the same for everyone; read-only.
_kept_signs: tuple[Catalog, list[DrugWarningSign]] | None = None


def all_signs(catalog: Catalog) -> list[DrugWarningSign]:
    """Every warning sign, with its drug and symptom, in `signs_for`'s order (one query the
    first time for this catalog, none after)."""
    global _kept_signs
    kept = _kept_signs
    if kept is None or kept[0] is not catalog:
        signs = list(
            DrugWarningSign.objects.select_related("drug", "symptom").order_by(
                "drug__generic_name", "symptom__order", "pk"
            )
        )
        kept = _kept_signs = (catalog, signs)
    return kept[1]


def signs_for(
    treatments: Iterable[Treatment], *, catalog: Catalog | None = None
) -> list[DrugWarningSign]:
    """The warning signs of the treatments' catalog drugs (one query; none for own names, or
    given the `catalog` in use, whose signs are kept per process)."""
    drug_ids = {t.drug_id for t in treatments if t.drug_id}
    if not drug_ids:
        return []
    if catalog is not None:
        return [sign for sign in all_signs(catalog) if sign.drug_id in drug_ids]
    return list(
        DrugWarningSign.objects.filter(drug_id__in=drug_ids)
        .select_related("drug", "symptom")
        .order_by("drug__generic_name", "symptom__order")
    )


def _reached(
    sign: DrugWarningSign, severity: int, temperature_c: Decimal | None
) -> tuple[bool, bool]:
    """(reached, by temperature alone)."""
    if severity >= sign.min_severity:
        return True, False
    limit = sign.min_temperature_c
    if limit is not None and temperature_c is not None and temperature_c >= limit:
        return True, True
    return False, False


def match_warnings(
    signs: Sequence[DrugWarningSign],
    *,
    severities: Mapping[int, int],
    temperature_c: Decimal | None,
    treatments: Sequence[Treatment],
) -> list[DrugWarning]:
    """The warnings among `signs` that a day's reports reach (no queries).

    `severities` maps symptom id to the severity reported (0 or missing: none). A drug taken
    as two treatments (a dose change) warns once, for the first of them.
    """
    first_by_drug: dict[int, Treatment] = {}
    for treatment in treatments:
        if treatment.drug_id:
            first_by_drug.setdefault(treatment.drug_id, treatment)
    warnings = []
    for sign in signs:
        treatment = first_by_drug.get(sign.drug_id)
        if treatment is None:
            continue
        severity = severities.get(sign.symptom_id, Severity.NONE)
        reached, by_temperature = _reached(sign, severity, temperature_c)
        if reached:
            warnings.append(
                DrugWarning(
                    treatment=treatment,
                    sign=sign,
                    severity=severity,
                    by_temperature=by_temperature,
                )
            )
    return warnings


def drug_warnings(
    *,
    severities: Mapping[int, int],
    treatments: Sequence[Treatment],
    temperature_c: Decimal | None = None,
    catalog: Catalog | None = None,
) -> list[DrugWarning]:
    """The label warning signs one day's reports reach, given the treatments active that day.

    `severities`: symptom id -> severity (1-4; 0 or absent means none), as
    `redflags.DayRecord.severities` holds them. `treatments`: the patient's treatments on that
    day (`diary.treatments.active_on(patient, day)`). One query, none without a catalog drug.
    Ordered by drug name, then the symptom's catalog order.
    """
    return match_warnings(
        signs_for(treatments, catalog=catalog),
        severities=severities,
        temperature_c=temperature_c,
        treatments=treatments,
    )


def drug_warnings_on(
    patient: Patient,
    day: date,
    *,
    severities: Mapping[int, int],
    temperature_c: Decimal | None = None,
    treatments: Iterable[Treatment] | None = None,
    catalog: Catalog | None = None,
) -> list[DrugWarning]:
    """`drug_warnings` for the treatments the patient was on that day (two queries; one less
    given all her `treatments`, `diary.treatments.treatments_of`, one less given the
    `catalog` in use)."""
    active = list(active_on(patient, day)) if treatments is None else active_among(treatments, day)
    return drug_warnings(
        severities=severities, treatments=active, temperature_c=temperature_c, catalog=catalog
    )


def day_warnings(
    patient: Patient,
    entry,
    *,
    treatments: Iterable[Treatment] | None = None,
    catalog: Catalog | None = None,
) -> list[DrugWarning]:
    """The warnings a logged day reaches, for its red-flag area (the entry's reports
    prefetched). No query for a day without a report or a temperature, else two (one given
    her `treatments`)."""
    if entry is None:
        return []
    severities = {r.symptom_id: r.severity for r in reports_of(entry) if r.severity}
    if not severities and entry.temperature_c is None:
        return []
    return drug_warnings_on(
        patient,
        entry.date,
        severities=severities,
        temperature_c=entry.temperature_c,
        treatments=treatments,
        catalog=catalog,
    )
