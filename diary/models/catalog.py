"""The symptom catalog: metastasis sites and the symptoms and side effects a patient can log.

Rows come from fixtures/catalog.json (see ../shared/design/catalog.md); slugs are a public
contract and the natural keys, so `loaddata catalog` updates rows in place.
"""

from django.db import models


class SlugManager(models.Manager):
    def get_by_natural_key(self, slug: str):
        return self.get(slug=slug)


class Site(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)
    order = models.PositiveSmallIntegerField(default=0)
    has_symptom_list = models.BooleanField(default=True)
    prevalence = models.CharField(max_length=200, blank=True)
    source = models.TextField()

    objects = SlugManager()

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class Symptom(models.Model):
    class Kind(models.TextChoices):
        SYMPTOM = "symptom", "Symptom"
        SIDE_EFFECT = "side_effect", "Side effect of treatment"

    class Response(models.TextChoices):
        """How the check-in asks about it: graded none to very severe, or a one-off event
        (a seizure, a fracture) asked as yes or no."""

        SCALE = "scale", "None to very severe"
        YES_NO = "yes_no", "Yes or no"

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SYMPTOM)
    description = models.CharField(max_length=300, blank=True)
    response = models.CharField(max_length=10, choices=Response.choices, default=Response.SCALE)
    sites = models.ManyToManyField(Site, blank=True, related_name="symptoms")
    synonyms = models.JSONField(
        default=list, blank=True, help_text="Words patients use for this symptom."
    )
    red_flag_min_severity = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Lowest severity (1-4) at which a report may require immediate medical "
        "attention. Empty: never a red flag by severity.",
    )
    red_flag_min_temperature_c = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text="A day's temperature at or above this is a red flag for this symptom.",
    )
    red_flag_label = models.CharField(
        max_length=120, blank=True, help_text='The source\'s words, e.g. "severe pain".'
    )
    red_flag_source = models.TextField(blank=True)
    early_sign = models.BooleanField(default=False)
    early_sign_label = models.CharField(max_length=120, blank=True)
    snomed_code = models.CharField("SNOMED CT code", max_length=20, blank=True)
    snomed_display = models.CharField("SNOMED CT label", max_length=200, blank=True)
    source = models.TextField()
    order = models.PositiveSmallIntegerField(default=0)

    objects = SlugManager()

    class Meta:
        ordering = ["order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(red_flag_min_severity__isnull=True)
                | models.Q(red_flag_min_severity__gte=1, red_flag_min_severity__lte=4),
                name="symptom_red_flag_severity_1_to_4",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    @property
    def is_yes_no(self) -> bool:
        return self.response == self.Response.YES_NO

    def answer_label(self, severity: int) -> str:
        """What a report of this symptom said: "Yes"/"No" for a one-off event, else the
        severity's label."""
        from diary.models.entries import Severity  # entries imports this module

        if self.is_yes_no:
            return "Yes" if severity else "No"
        return Severity(severity).label
