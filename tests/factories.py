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
    interference: dict[str, int] | None = None,
    **fields,
) -> DailyEntry:
    """Save a day the way the check-in does; `severities` and `interference` by symptom slug,
    `fields`: DayInput's other fields (recall_days, pain_score, weight_kg...)."""
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
            interference={ids[slug]: level for slug, level in (interference or {}).items()},
            **fields,
        ),
        by=patient.user,
    )


def clinician(team, *, role: str = "nurse", mfa: bool = True, **user_fields):
    """A member of `team` (with a TOTP authenticator unless mfa=False); returns the user."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from diary.models import TeamMember

    user = UserFactory(**user_fields)
    TeamMember.objects.create(team=team, user=user, role=role)
    if mfa:
        TOTP.activate(user, generate_totp_secret())
    return user


def care_team(name: str = "Oncology clinic", **fields):
    """A team with an administrator (who uses MFA); the admin is `team.admin_user`."""
    from diary.models import CareTeam, TeamMember
    from diary.teams import new_connection_code

    team = CareTeam.objects.create(name=name, connection_code=new_connection_code(), **fields)
    team.admin_user = clinician(team, role="admin")
    assert TeamMember.objects.filter(team=team).count() == 1
    return team


def connect_patient(patient: Patient, team, *, share_notes: bool = False):
    from diary.models import TeamConnection

    return TeamConnection.objects.create(team=team, patient=patient, share_notes=share_notes)


def alert_contact(patient: Patient, name: str = "Kim", email: str = "kim@example.com"):
    """A care-team contact who gets alert e-mails and has confirmed the address (alerts go
    only to a confirmed one)."""
    from django.utils import timezone

    from diary.models import CareTeamContact

    return CareTeamContact.objects.create(
        patient=patient, name=name, email=email, alert_emails=True, confirmed_at=timezone.now()
    )
