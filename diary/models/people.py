import datetime
import uuid
import zoneinfo

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import DEFAULT_DB_ALIAS, connections, models
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from diary.models.catalog import Site


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)

    def get(self, *args, **kwargs):
        """`get(pk=N)` alone, how every signed-in request reads its user
        (`ModelBackend.get_user`), is read with SQL written once per process: Django took
        longer to build and compile it than to run it, or with the session's row
        (`diary.sessions.user_read_with_session`). The same row and instance; anything
        else is the ORM's `get`, and so is a related manager's (a group's users), whose own
        filter this read would not apply."""
        pk = kwargs.get("pk")
        if (
            type(self) is not UserManager
            or args
            or len(kwargs) != 1
            or type(pk) is not int
            or not _ID_RANGE[0] <= pk <= _ID_RANGE[1]  # the ORM finds nothing; SQLite would raise
            or self.db != DEFAULT_DB_ALIAS
        ):
            return super().get(*args, **kwargs)
        from diary.access import SelectedModel, rows_of_sql
        from diary.sessions import user_read_with_session

        # Signing a request in: the user read with its session (diary.sessions), if it is
        # this one.
        found = user_read_with_session(pk)
        if found is not None and type(found) is self.model:
            return found

        # Per model class: a migration's historical User has a manager of this class too.
        kept = _user_sql.get(self.model)
        if kept is None:
            part = SelectedModel(self.model, "u")
            quote = connections[DEFAULT_DB_ALIAS].ops.quote_name
            sql = (
                f"SELECT {part.sql} FROM {quote(self.model._meta.db_table)} {quote('u')}"  # noqa: S608
                f" WHERE {quote('u')}.{quote(self.model._meta.pk.column)} = %s"
            )
            kept = _user_sql[self.model] = (sql, part)
        sql, part = kept
        rows = rows_of_sql(sql, [pk], [part])
        if not rows:
            raise self.model.DoesNotExist(
                f"{self.model._meta.object_name} matching query does not exist."
            )
        return rows[0][0]


_user_sql: dict = {}
# A 64-bit id: what a password-reset link's user part can name is far wider.
_ID_RANGE = (-(2**63), 2**63 - 1)


def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(zoneinfo.available_timezones() - {"localtime"})
    return [(name, name.replace("_", " ")) for name in names]


class User(AbstractUser):
    """An account: a patient, a caregiver, or both. The email address is the login."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)
    name = models.CharField("display name", max_length=100, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC", choices=time_zone_choices)
    # When two-step sign-in was first offered (once, after the first log-in); never forced.
    mfa_offered_at = models.DateTimeField(null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name or self.email

    def get_short_name(self) -> str:
        return self.name or self.email


TOP_CONCERNS_MAX = 3
TOP_CONCERNS_NOTE_MAX_LENGTH = 200


class Patient(models.Model):
    """A person's own diary and what she has chosen to record about her illness."""

    class Subtype(models.TextChoices):
        LUMINAL_A = "luminal_a", "Luminal A"
        LUMINAL_B = "luminal_b", "Luminal B"
        HER2_ENRICHED = "her2_enriched", "HER2-enriched"
        TRIPLE_NEGATIVE = "triple_negative", "Triple-negative"
        NOT_KNOWN = "not_known", "Not known"

    class TemperatureUnit(models.TextChoices):
        CELSIUS = "C", "°C"
        FAHRENHEIT = "F", "°F"

    class WeightUnit(models.TextChoices):
        KG = "kg", "kg"
        LB = "lb", "lb"

    class CheckinRhythm(models.TextChoices):
        DAILY = "daily", "Every day (about today)"
        WEEKLY = "weekly", "Once a week (about the last 7 days)"

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="patient")
    subtype = models.CharField(
        "breast cancer subtype", max_length=20, choices=Subtype.choices, blank=True
    )
    known_sites = models.ManyToManyField(
        Site,
        blank=True,
        related_name="+",
        verbose_name="sites known to be affected",
        limit_choices_to={"has_symptom_list": True},
    )
    temperature_unit = models.CharField(
        max_length=1, choices=TemperatureUnit.choices, default=TemperatureUnit.CELSIUS
    )
    weight_unit = models.CharField(
        "weights in", max_length=2, choices=WeightUnit.choices, default=WeightUnit.KG
    )
    checkin_rhythm = models.CharField(
        "check in",
        max_length=6,
        choices=CheckinRhythm.choices,
        default=CheckinRhythm.DAILY,
        help_text="Weekly: one check-in a week that looks back over the last 7 days.",
    )
    hospital_number = models.CharField(
        max_length=40,
        blank=True,
        help_text="Optional: the number your hospital gives you, for your care team's records.",
    )
    date_of_birth = models.DateField(
        null=True, blank=True, help_text="Optional: printed on your summary to identify it."
    )
    care_team_phone = PhoneNumberField(
        "your care team's phone number",
        blank=True,
        help_text="Optional. The number to call about a red flag, such as your cancer team's "
        "24-hour line. The red-flag warning offers a button that calls it.",
    )
    show_site_tags = models.BooleanField(
        "show site tags in my daily views",
        default=False,
        help_text="Label each symptom with the sites whose lists include it (bone, lung, ...).",
    )
    summary_sections = models.JSONField(
        default=list,
        blank=True,
        help_text="The sections the patient last chose for her summary (empty: all).",
    )
    top_concerns = models.JSONField(
        default=list,
        blank=True,
        help_text="Up to 3 symptoms (catalog slugs), most important first, for her summary.",
    )
    top_concerns_note = models.CharField(
        "anything else to raise", max_length=TOP_CONCERNS_NOTE_MAX_LENGTH, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(checkin_rhythm__in=["daily", "weekly"]),
                name="patient_checkin_rhythm_known",
            ),
            models.CheckConstraint(
                condition=models.Q(weight_unit__in=["kg", "lb"]), name="patient_weight_unit_known"
            ),
        ]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def weekly(self) -> bool:
        return self.checkin_rhythm == self.CheckinRhythm.WEEKLY

    @property
    def recall_days(self) -> int:
        """How many days a new check-in looks back over: 1 (today) or 7 (weekly)."""
        return 7 if self.weekly else 1

    @property
    def display_name(self) -> str:
        return str(self.user)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.user.time_zone)

    def today(self) -> datetime.date:
        """Today where the patient lives."""
        return timezone.localdate(timezone=self.zone)
