"""How the check-in lays out the catalog so it is quick on a phone, not a wall of questions.

Side effects commonly seen with the patient's current treatments come first, then symptoms she
reported in the last two weeks (or on this day), both open. The rest sit in closed sections by
site list; a section opens when it holds a reported symptom or an error.
"""

from dataclasses import dataclass, field
from datetime import date

from django import forms

from diary.catalog import Catalog
from diary.days import LastReport, recent_reports
from diary.forms import CheckInForm
from diary.models import Patient, Site, Symptom

RECENT_DAYS = 14


@dataclass(frozen=True)
class ScaleField:
    symptom: Symptom
    field: forms.BoundField
    sites: list[Site]
    last: LastReport | None
    cause: forms.BoundField | None = None
    seen_with: tuple[str, ...] = ()

    @property
    def reported(self) -> bool:
        return str(self.field.value() or "0") not in {"", "0"}


@dataclass
class CheckinGroup:
    key: str
    title: str
    fields: list[ScaleField] = field(default_factory=list)
    open: bool = False

    @property
    def reported_count(self) -> int:
        return sum(1 for f in self.fields if f.reported)


def checkin_groups(
    form: CheckInForm, *, patient: Patient, day: date, catalog: Catalog
) -> list[CheckinGroup]:
    last = recent_reports(patient, before=day, days=RECENT_DAYS)
    treatment_linked = CheckinGroup(
        key="treatments", title="Often seen with your treatments", open=True
    )
    recent = CheckinGroup(key="recent", title="Your recent symptoms", open=True)
    groups = [treatment_linked, recent]
    for group in catalog.checkin_groups():
        section = CheckinGroup(key=group.key, title=group.title)
        for symptom in group.symptoms:
            item = ScaleField(
                symptom=symptom,
                field=form.severity_field(symptom.slug),
                sites=list(symptom.sites.all()),
                last=last.get(symptom.pk),
                cause=form.cause_field(symptom.slug),
                seen_with=tuple(t.name for t in form.links.get(symptom.pk, ())),
            )
            if item.seen_with:
                target = treatment_linked
            elif item.last is not None or item.reported:
                target = recent
            else:
                target = section
            target.fields.append(item)
            if item.reported or item.field.errors:
                target.open = True
        groups.append(section)
    return [g for g in groups if g.fields]
