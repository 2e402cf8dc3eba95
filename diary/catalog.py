"""The catalog as the rest of the code sees it: kept in memory per process, grouped for the
check-in. Each use checks one token (CatalogVersion, a primary-key read) that every change to a
site, symptom, drug, drug warning sign or drug side effect replaces, so a process reloads the
catalog only after it changed (and what is kept per catalog, such as the drugs' warning signs
and side effects, with it).
"""

import uuid
from dataclasses import dataclass, field

from django.db.models.signals import m2m_changed, post_delete, post_save

from diary.models import CatalogVersion, Drug, DrugSideEffect, DrugWarningSign, Site, Symptom

# The check-in lists general symptoms first (the commonest), then each site's list.
CHECKIN_SITE_ORDER = ("general", "bone", "lung", "brain", "liver")
SIDE_EFFECTS_GROUP = "side_effect"


@dataclass(frozen=True)
class SymptomGroup:
    key: str
    title: str
    symptoms: list[Symptom]


@dataclass
class Catalog:
    sites: list[Site]
    symptoms: list[Symptom]
    by_id: dict[int, Symptom] = field(init=False)
    by_slug: dict[str, Symptom] = field(init=False)
    sites_by_slug: dict[str, Site] = field(init=False)
    sites_by_symptom: dict[int, list[Site]] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {s.pk: s for s in self.symptoms}
        self.by_slug = {s.slug: s for s in self.symptoms}
        self.sites_by_slug = {s.slug: s for s in self.sites}
        # Read once here: a related manager per report costs more than the rest of a day.
        self.sites_by_symptom = {s.pk: list(s.sites.all()) for s in self.symptoms}

    @property
    def listed_sites(self) -> list[Site]:
        """Sites with a symptom list of their own (bone, lung, liver, brain, general)."""
        return [s for s in self.sites if s.has_symptom_list]

    def site_slugs(self, symptom: Symptom) -> list[str]:
        return [s.slug for s in self.sites_of(symptom)]

    def sites_of(self, symptom: Symptom) -> list[Site]:
        """The site lists `symptom` is on (a copy)."""
        found = self.sites_by_symptom.get(symptom.pk)
        return list(found) if found is not None else list(symptom.sites.all())

    def checkin_group_key(self, symptom: Symptom) -> str:
        if symptom.kind == Symptom.Kind.SIDE_EFFECT:
            return SIDE_EFFECTS_GROUP
        slugs = self.site_slugs(symptom)
        for slug in CHECKIN_SITE_ORDER:
            if slug in slugs:
                return slug
        return "general"

    def checkin_groups(self) -> list[SymptomGroup]:
        """Every symptom once, under the first of its sites in check-in order."""
        titles = {s.slug: s.name for s in self.sites}
        titles["general"] = "General symptoms"
        titles[SIDE_EFFECTS_GROUP] = "Side effects of treatment"
        buckets: dict[str, list[Symptom]] = {
            key: [] for key in (*CHECKIN_SITE_ORDER, SIDE_EFFECTS_GROUP)
        }
        for symptom in self.symptoms:
            buckets[self.checkin_group_key(symptom)].append(symptom)
        return [
            SymptomGroup(key=key, title=titles.get(key, key), symptoms=items)
            for key, items in buckets.items()
            if items
        ]


def catalog_version() -> str | None:
    """The current catalog token (one primary-key read); None if there is no token row."""
    return CatalogVersion.objects.filter(pk=1).values_list("token", flat=True).first()


def bump_catalog_version(**kwargs) -> None:
    """Signal receiver: a site or symptom changed (admin, loaddata, code)."""
    CatalogVersion.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4().hex})


def watch_catalog() -> None:
    # Drugs, their label warning signs and common side effects too: diary.drug_warnings and
    # diary.treatments keep those per catalog.
    for model in (Site, Symptom, Drug, DrugWarningSign, DrugSideEffect):
        post_save.connect(bump_catalog_version, sender=model, dispatch_uid=f"catalog-{model}")
        post_delete.connect(bump_catalog_version, sender=model, dispatch_uid=f"catalog-d-{model}")
    m2m_changed.connect(
        bump_catalog_version, sender=Symptom.sites.through, dispatch_uid="catalog-sites"
    )


_cached: tuple[str, Catalog] | None = None


def read_catalog() -> Catalog:
    """Three small queries: the sites, the symptoms, and which site lists each symptom is on."""
    return Catalog(
        sites=list(Site.objects.all()),
        symptoms=list(Symptom.objects.prefetch_related("sites")),
    )


def load_catalog() -> Catalog:
    """The process's catalog, read again only when its token changed (one query otherwise).
    Treat it as read-only: it is shared by every request of the process."""
    global _cached
    version = catalog_version()
    cached = _cached
    if version is not None and cached is not None and cached[0] == version:
        return cached[1]
    catalog = read_catalog()
    if version is not None:
        _cached = (version, catalog)
    return catalog
