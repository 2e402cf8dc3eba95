from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from simple_history.manager import HistoryManager
from simple_history.models import HistoricalRecords

from diary.models.catalog import Symptom
from diary.models.people import Patient

NOTES_MAX_LENGTH = 5000
TEMPERATURE_MIN_C = 30
TEMPERATURE_MAX_C = 45
PAIN_SCORE_MAX = 10
PAIN_MEDICINE_DOSES_MAX = 30
# A plausible adult body weight; anything outside is a typing or unit slip.
WEIGHT_MIN_KG = 25
WEIGHT_MAX_KG = 300
RECALL_DAYS = (1, 7)  # a daily check-in (today) or a weekly one (the last 7 days)


class HistoryManagerMadeOnce(HistoryManager):
    """django-simple-history's manager of the change history, its class made once per
    process: the library's descriptor makes a new manager class (`from_queryset`, which
    inspects every method of the queryset class) at each use of `Model.history` or
    `instance.history`, as each save's history copy does. The managers it returns are new
    ones, as before, of the same class each time."""

    _made: dict = {}

    @classmethod
    def from_queryset(cls, queryset_class, class_name=None):
        key = (cls, queryset_class, class_name)
        made = HistoryManagerMadeOnce._made.get(key)
        if made is None:
            made = super().from_queryset(queryset_class, class_name)
            HistoryManagerMadeOnce._made[key] = made
        return made


class Severity(models.IntegerChoices):
    """The 5-point verbal scale of the catalog.

    A report at 0 means the patient said "None"; a symptom she did not rate has no report at
    all. A one-off event asked as yes or no (Symptom.Response.YES_NO) is stored at 0 for "No"
    and at YES for "Yes": its red-flag threshold is 1, so any "Yes" is a report of it.
    """

    NONE = 0, "None"
    MILD = 1, "Mild"
    MODERATE = 2, "Moderate"
    SEVERE = 3, "Severe"
    VERY_SEVERE = 4, "Very severe"


YES = Severity.MILD  # the fixed severity of a "Yes" to a one-off event (see Severity)


class UpAndAbout(models.IntegerChoices):
    """How much of the day she was up and about, in the diary's own words (0: as usual)."""

    AS_USUAL = 0, "Up and about as usual"
    LESS = 1, "Up and about, but doing less than usual"
    PART_RESTING = 2, "Resting in bed or a chair for some of the day"
    MOSTLY_RESTING = 3, "Resting in bed or a chair for most of the day"
    ALL_DAY = 4, "In bed or a chair all day"


class Interference(models.IntegerChoices):
    """How much a symptom got in the way of her day, in the diary's own words (0: not)."""

    NOT = 0, "Not in the way"
    SLIGHTLY = 1, "Slightly"
    PARTLY = 2, "Partly"
    A_LOT = 3, "A lot"
    STOPPED = 4, "It stopped me"


class LiveEntryManager(models.Manager):
    """Days that are not deleted: the one queryset every page, summary and export goes through.
    A deleted day stays restorable for 30 days through `DailyEntry.all_objects`."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class AllEntriesManager(models.Manager):
    """Every day, deleted ones included: only diary.deleted_days uses it."""


class DailyEntry(models.Model):
    """One patient's day: how she felt overall, what she noticed, in her words."""

    # No index of its own: the unique (patient, date) index serves lookups by patient.
    patient = models.ForeignKey(
        Patient, on_delete=models.CASCADE, related_name="entries", db_index=False
    )
    date = models.DateField()
    wellbeing = models.PositiveSmallIntegerField(null=True, blank=True)
    temperature_c = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    notes = models.TextField(blank=True, max_length=NOTES_MAX_LENGTH)
    up_and_about = models.PositiveSmallIntegerField(
        choices=UpAndAbout.choices, null=True, blank=True
    )
    pain_score = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Worst pain over the recall period, 0 (none) to 10."
    )
    pain_medicine_doses = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Doses of as-needed pain medicine over the recall period."
    )
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    recall_days = models.PositiveSmallIntegerField(
        default=1, help_text="1: the check-in is about the day; 7: about the last 7 days."
    )
    include_notes_in_summary = models.BooleanField(
        "include these notes in my appointment summary", default=False
    )
    dismissed_suggestions = models.JSONField(
        default=list,
        blank=True,
        help_text="Slugs of symptoms found in the notes that the patient chose not to add.",
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every save; detects two people editing at once."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    deleted_at = models.DateTimeField(
        null=True, blank=True, help_text="Deleted by the patient; restorable for 30 days."
    )
    history = HistoricalRecords(
        excluded_fields=["version", "updated_at", "dismissed_suggestions", "deleted_at"],
        history_manager=HistoryManagerMadeOnce,
    )

    objects = LiveEntryManager()
    all_objects = AllEntriesManager()

    class Meta:
        ordering = ["-date"]
        verbose_name_plural = "daily entries"
        constraints = [
            models.UniqueConstraint(
                fields=["patient", "date"],
                condition=models.Q(deleted_at__isnull=True),
                name="one_entry_per_patient_day",
            ),
            models.CheckConstraint(
                condition=models.Q(wellbeing__isnull=True)
                | models.Q(wellbeing__gte=0, wellbeing__lte=10),
                name="entry_wellbeing_0_to_10",
            ),
            models.CheckConstraint(
                condition=models.Q(temperature_c__isnull=True)
                | models.Q(
                    temperature_c__gte=TEMPERATURE_MIN_C, temperature_c__lte=TEMPERATURE_MAX_C
                ),
                name="entry_temperature_30_to_45_c",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("notes"), NOTES_MAX_LENGTH),
                name="entry_notes_max_length",
            ),
            models.CheckConstraint(
                condition=models.Q(up_and_about__isnull=True)
                | models.Q(up_and_about__gte=0, up_and_about__lte=4),
                name="entry_up_and_about_0_to_4",
            ),
            models.CheckConstraint(
                condition=models.Q(pain_score__isnull=True)
                | models.Q(pain_score__gte=0, pain_score__lte=PAIN_SCORE_MAX),
                name="entry_pain_score_0_to_10",
            ),
            models.CheckConstraint(
                condition=models.Q(pain_medicine_doses__isnull=True)
                | models.Q(
                    pain_medicine_doses__gte=0, pain_medicine_doses__lte=PAIN_MEDICINE_DOSES_MAX
                ),
                name="entry_pain_medicine_doses_0_to_30",
            ),
            models.CheckConstraint(
                condition=models.Q(weight_kg__isnull=True)
                | models.Q(weight_kg__gte=WEIGHT_MIN_KG, weight_kg__lte=WEIGHT_MAX_KG),
                name="entry_weight_25_to_300_kg",
            ),
            models.CheckConstraint(
                condition=models.Q(recall_days__in=RECALL_DAYS), name="entry_recall_1_or_7_days"
            ),
        ]
        indexes = [
            # Her recently deleted days (history page) and the purge of old ones read only the
            # deleted rows: the (patient, date) index above holds the others only.
            models.Index(
                fields=["patient", "deleted_at"],
                condition=models.Q(deleted_at__isnull=False),
                name="entry_deleted_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.patient} {self.date:%Y-%m-%d}"


class SymptomReportQuerySet(models.QuerySet):
    def reported(self) -> "SymptomReportQuerySet":
        """Reports of a symptom she had (mild or worse, or "Yes"), not her "None" ratings."""
        return self.filter(severity__gt=Severity.NONE)


class LiveReportManager(models.Manager.from_queryset(SymptomReportQuerySet)):
    """Reports of days that are not deleted."""

    def get_queryset(self):
        return super().get_queryset().filter(entry__deleted_at__isnull=True)


class SymptomReport(models.Model):
    """How bad a symptom or side effect was on a day, as the patient rated it (0: none).

    Only rated symptoms have a report; pages that list what she had use `.reported()`.
    """

    # No index of its own: the unique (entry, symptom) index serves lookups by entry.
    entry = models.ForeignKey(
        DailyEntry, on_delete=models.CASCADE, related_name="reports", db_index=False
    )
    symptom = models.ForeignKey(Symptom, on_delete=models.PROTECT, related_name="reports")
    severity = models.PositiveSmallIntegerField(choices=Severity.choices)
    interference = models.PositiveSmallIntegerField(
        choices=Interference.choices,
        null=True,
        blank=True,
        help_text="How much it got in the way of her day; only for a rating above none.",
    )
    treatment = models.ForeignKey(
        "diary.Treatment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
        help_text="The treatment the patient thinks caused this side effect.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords(history_manager=HistoryManagerMadeOnce)

    objects = LiveReportManager()

    class Meta:
        ordering = ["symptom__order"]
        constraints = [
            models.UniqueConstraint(fields=["entry", "symptom"], name="one_report_per_symptom_day"),
            models.CheckConstraint(
                condition=models.Q(severity__gte=0, severity__lte=4),
                name="report_severity_0_to_4",
            ),
            models.CheckConstraint(
                condition=models.Q(interference__isnull=True)
                | models.Q(interference__gte=0, interference__lte=4, severity__gt=0),
                name="report_interference_0_to_4_when_rated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.symptom} ({self.symptom.answer_label(self.severity)})"


class RedFlagAnswer(models.Model):
    """What the patient (or an editing caregiver) answered to a red flag of a day.

    One row per symptom of the flag and answer: pressing the same answer twice stores nothing
    new. "Known" at a severity quiets the panel for that symptom at that severity or lower for
    7 days (see diary.redflag_panel); the summary still lists every red flag.
    """

    class Answer(models.TextChoices):
        CONTACTED = "contacted", "Contacted the care team"
        KNOWN = "known", "The care team already knows"

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="red_flag_answers")
    date = models.DateField()
    symptom = models.ForeignKey(Symptom, on_delete=models.PROTECT, related_name="+")
    answer = models.CharField(max_length=10, choices=Answer.choices)
    severity = models.PositiveSmallIntegerField(
        choices=Severity.choices, help_text="How bad the symptom was when she answered."
    )
    temperature_c = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text="The day's temperature when she answered a fever red flag.",
    )
    answered_at = models.DateTimeField(default=timezone.now)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["answered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["patient", "date", "symptom", "answer"], name="one_answer_per_red_flag"
            ),
            models.CheckConstraint(
                condition=models.Q(answer__in=["contacted", "known"]), name="red_flag_answer_known"
            ),
            models.CheckConstraint(
                condition=models.Q(severity__gte=0, severity__lte=4),
                name="red_flag_answer_severity_0_to_4",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.symptom} {self.date:%Y-%m-%d}: {self.get_answer_display()}"
