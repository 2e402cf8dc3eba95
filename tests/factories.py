from datetime import date

import factory
from allauth.account.models import EmailAddress

from diary.checkin import DayInput, save_day
from diary.models import DailyEntry, Patient, Symptom, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    name = factory.Sequence(lambda n: f"Person {n}")
    time_zone = "Europe/London"
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery-9")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        """A verified primary address, as after sign-up; `verified_email=False` for one without."""
        if create:
            EmailAddress.objects.create(
                user=obj, email=obj.email, primary=True, verified=extracted is not False
            )


class PatientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Patient

    user = factory.SubFactory(UserFactory)


def log_day(
    patient: Patient,
    day: date,
    *,
    severities: dict[str, int] | None = None,
    wellbeing: int | None = 6,
    notes: str = "",
    temperature_c=None,
) -> DailyEntry:
    """Save a day the way the check-in does; `severities` by symptom slug."""
    ids = dict(Symptom.objects.values_list("slug", "pk"))
    return save_day(
        patient=patient,
        opened_date=day,
        base_version=patient.entries.filter(date=day).values_list("version", flat=True).first()
        or 0,
        data=DayInput(
            date=day,
            wellbeing=wellbeing,
            temperature_c=temperature_c,
            notes=notes,
            severities={ids[slug]: sev for slug, sev in (severities or {}).items()},
        ),
        by=patient.user,
    )
