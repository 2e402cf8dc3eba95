"""Treatments: the catalog of treatment types and drugs, and what each patient takes."""

from django.db import models
from django.db.models import F, Q

from diary.models.catalog import SlugManager, Symptom
from diary.models.entries import DailyEntry
from diary.models.people import Patient

DOSE_MAX_LENGTH = 200
REASON_MAX_LENGTH = 200


class TreatmentType(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)
    description = models.TextField(blank=True)
    source = models.TextField()
    order = models.PositiveSmallIntegerField(default=0)

    objects = SlugManager()

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class Drug(models.Model):
    slug = models.SlugField(unique=True)
    generic_name = models.CharField(max_length=100)
    brand_names = models.JSONField(default=list, blank=True)
    type = models.ForeignKey(TreatmentType, on_delete=models.PROTECT, related_name="drugs")
    named_in_source_document = models.BooleanField(default=False)
    drug_class = models.CharField(max_length=120, blank=True, help_text="e.g. CDK4/6 inhibitor.")
    label_title = models.CharField(
        max_length=300, blank=True, help_text="The US prescribing information (or EU SmPC) named."
    )
    label_url = models.URLField(max_length=300, blank=True)
    label_revised = models.CharField(
        max_length=20, blank=True, help_text="The label's revision date where known (YYYY-MM)."
    )
    rxnorm_code = models.CharField(
        "RxNorm ingredient code", max_length=20, blank=True, help_text="Blank unless verified."
    )
    rxnorm_source = models.TextField(blank=True, help_text="Where the RxNorm code was verified.")
    side_effects = models.ManyToManyField(
        Symptom, through="DrugSideEffect", related_name="drugs", blank=True
    )

    objects = SlugManager()

    class Meta:
        ordering = ["generic_name"]

    def __str__(self) -> str:
        if self.brand_names:
            return f"{self.generic_name} ({', '.join(self.brand_names)})"
        return self.generic_name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class DrugSideEffectManager(models.Manager):
    def get_by_natural_key(self, drug_slug: str, symptom_slug: str):
        return self.get(drug__slug=drug_slug, symptom__slug=symptom_slug)


class DrugSideEffect(models.Model):
    """A link "drug X commonly causes Y", always with the public document that says so."""

    drug = models.ForeignKey(Drug, on_delete=models.CASCADE, related_name="side_effect_links")
    symptom = models.ForeignKey(Symptom, on_delete=models.CASCADE, related_name="+")
    source = models.TextField()
    evidence = models.TextField(blank=True, help_text="The source's own words.")

    objects = DrugSideEffectManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["drug", "symptom"], name="one_link_per_drug_symptom"),
            models.CheckConstraint(condition=~Q(source=""), name="drug_side_effect_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.drug} → {self.symptom}"

    def natural_key(self) -> tuple[str, str]:
        return (self.drug.slug, self.symptom.slug)

    natural_key.dependencies = ["diary.drug", "diary.symptom"]


class Treatment(models.Model):
    """Something the patient takes or has: a catalog drug, or her own named medication."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="treatments")
    drug = models.ForeignKey(Drug, on_delete=models.PROTECT, null=True, blank=True)
    custom_name = models.CharField("name", max_length=100, blank=True)
    type = models.ForeignKey(TreatmentType, on_delete=models.PROTECT, verbose_name="kind")
    dose = models.CharField("dose and schedule", max_length=DOSE_MAX_LENGTH, blank=True)
    track_doses = models.BooleanField(
        "ask about it in the daily check-in",
        default=True,
        help_text="Each day, record whether you took it: taken, partly or missed.",
    )
    start_date = models.DateField("started on")
    stop_date = models.DateField("stopped on", null=True, blank=True)
    stop_reason = models.CharField("why it stopped", max_length=REASON_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(stop_date__isnull=True) | Q(stop_date__gte=F("start_date")),
                name="treatment_stops_after_it_starts",
            ),
            models.CheckConstraint(
                condition=Q(drug__isnull=False) | ~Q(custom_name=""),
                name="treatment_has_a_drug_or_a_name",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.drug.generic_name if self.drug_id else self.custom_name

    def is_active_on(self, day) -> bool:
        return self.start_date <= day and (self.stop_date is None or day <= self.stop_date)


class LiveDoseManager(models.Manager):
    """Doses of days that are not deleted."""

    def get_queryset(self):
        return super().get_queryset().filter(entry__deleted_at__isnull=True)


class DoseLog(models.Model):
    """Whether the patient took a tracked medication on a logged day."""

    class Status(models.TextChoices):
        TAKEN = "taken", "Taken"
        PARTLY = "partly", "Partly"
        MISSED = "missed", "Missed"

    entry = models.ForeignKey(DailyEntry, on_delete=models.CASCADE, related_name="doses")
    treatment = models.ForeignKey(Treatment, on_delete=models.CASCADE, related_name="doses")
    status = models.CharField(max_length=10, choices=Status.choices)
    reason = models.CharField(max_length=REASON_MAX_LENGTH, blank=True)

    objects = LiveDoseManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "treatment"], name="one_dose_log_per_day"),
            models.CheckConstraint(
                condition=Q(status__in=["taken", "partly", "missed"]), name="dose_status_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.treatment} {self.get_status_display()}"
