"""A demo patient with plausible days: symptoms that come and go, a bad spell, a red flag or two."""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.db import transaction

from diary.catalog import load_catalog
from diary.checkin import DayInput, DoseInput, save_day
from diary.models import (
    Appointment,
    Drug,
    Patient,
    Question,
    Site,
    Treatment,
    TreatmentType,
    User,
)

DEMO_NAME = "Maria (demo)"

NOTES = [
    "Walked to the shops and back, slow but ok.",
    "Tired after lunch, had a nap.",
    "Back ached in the evening, took paracetamol.",
    "Good day. Lunch with Sarah.",
    "Hot flushes at night again, didn't sleep well.",
    "Knees stiff in the morning.",
    "",
    "",
    "Felt a bit sick after the tablets.",
    "Quiet day at home.",
]


@dataclass(frozen=True)
class DemoResult:
    user: User
    created_user: bool
    days_added: int


def _level(rng: random.Random, base: float, previous: int, spread: float = 0.45) -> int:
    """Symptoms persist from day to day: most of a level carries over, with a little noise."""
    return max(0, min(4, round(0.65 * previous + 0.35 * base + rng.gauss(0, spread))))


BASELINE = {
    "fatigue": 1.2,
    "bone-pain": 1.0,
    "hot-flashes": 1.3,
    "joint-pain": 1.0,
    "difficulty-sleeping": 0.6,
    "nausea": 0.15,
    "headache": 0.05,
}


def plan_day(
    rng: random.Random, offset: int, total: int, previous: dict[str, int]
) -> dict[str, int]:
    """Severities for the day `offset` days before today, out of `total` days."""
    # A bad spell of bone pain about a third of the way back, worst in its middle.
    spell_mid = total // 3
    in_spell = abs(offset - spell_mid) <= 4
    targets = dict(BASELINE)
    if in_spell:
        targets["bone-pain"] = 3.6 - abs(offset - spell_mid) * 0.35
        targets["fatigue"] = 2.0
        targets["difficulty-sleeping"] = 1.6
    return {
        slug: _level(rng, base, previous.get(slug, round(base))) for slug, base in targets.items()
    }


@transaction.atomic
def seed_demo(
    *, email: str, password: str, days: int = 90, today: date | None = None
) -> DemoResult:
    """Create (or top up) the demo patient with `days` days ending today. Safe to run again."""
    user = User.objects.filter(email=email.lower()).first()
    created_user = user is None
    if user is None:
        user = User.objects.create_user(email=email, password=password, name=DEMO_NAME)
        # The demo signs in straight away: its address counts as verified.
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    patient, _ = Patient.objects.get_or_create(
        user=user, defaults={"subtype": Patient.Subtype.LUMINAL_A}
    )
    if created_user:
        patient.known_sites.set(Site.objects.filter(slug="bone"))
    catalog = load_catalog()
    today = today or patient.today()
    if created_user:
        _add_treatments_and_appointments(patient, today)
    tracked = list(patient.treatments.filter(track_doses=True))
    rng = random.Random(f"{email}:{days}")
    logged = set(patient.entries.values_list("date", flat=True))
    added = 0
    previous: dict[str, int] = {}
    for offset in range(days - 1, -1, -1):
        day = today - timedelta(days=offset)
        # Draw every random number first, so a second run makes the same choices.
        plan = plan_day(rng, offset, days, previous)
        previous = plan
        skip = rng.random() < 0.12 and offset not in (0, days // 3)
        wellbeing = max(0, min(10, round(7.5 - sum(plan.values()) * 0.45 + rng.gauss(0, 0.7))))
        notes = rng.choice(NOTES)
        dose_status = rng.choices(["taken", "missed", "partly"], weights=[90, 7, 3])[0]
        if day in logged or skip:
            continue
        fever = offset == days // 3 + 1
        severities = {catalog.by_slug[slug].pk: sev for slug, sev in plan.items() if sev}
        if fever:
            severities[catalog.by_slug["fever"].pk] = 2
        active = [t for t in tracked if t.is_active_on(day)]
        causes = {
            catalog.by_slug[slug].pk: active[0].pk
            for slug in ("hot-flashes", "joint-pain")
            if active and plan.get(slug)
        }
        doses = {t.pk: DoseInput(status=dose_status) for t in active}
        save_day(
            patient=patient,
            opened_date=day,
            base_version=0,
            data=DayInput(
                date=day,
                wellbeing=wellbeing,
                temperature_c=Decimal("38.4") if fever else None,
                notes=notes,
                include_notes_in_summary=notes.startswith(("Back ached", "Hot flushes")),
                severities=severities,
                causes=causes,
                doses=doses,
            ),
            by=user,
        )
        added += 1
    return DemoResult(user=user, created_user=created_user, days_added=added)


def _add_treatments_and_appointments(patient: Patient, today: date) -> None:
    """Anastrozole (named in the source document) since well before the diary began, an
    as-needed pain reliever, a past and a coming appointment, and open questions."""
    anastrozole = Drug.objects.get(slug="anastrozole")
    Treatment.objects.create(
        patient=patient,
        drug=anastrozole,
        type=anastrozole.type,
        dose="1 mg tablet once a day",
        start_date=today - timedelta(days=400),
    )
    Treatment.objects.create(
        patient=patient,
        custom_name="Paracetamol",
        type=TreatmentType.objects.get(slug="symptom-relief"),
        dose="1 g up to four times a day when needed",
        track_doses=False,
        start_date=today - timedelta(days=120),
    )
    zone = patient.zone
    at = datetime.combine(today, time(10, 30), tzinfo=zone)
    Appointment.objects.create(
        patient=patient,
        starts_at=at - timedelta(days=28),
        kind=Appointment.Kind.ONCOLOGY,
        with_whom="Dr Patel",
        location="Oncology clinic, level 2",
    )
    Appointment.objects.create(
        patient=patient, starts_at=at + timedelta(days=2, hours=-1), kind=Appointment.Kind.BONE_SCAN
    )
    Appointment.objects.create(
        patient=patient,
        starts_at=at + timedelta(days=6),
        kind=Appointment.Kind.ONCOLOGY,
        with_whom="Dr Patel",
        location="Oncology clinic, level 2",
    )
    for text in (
        "Could the hot flushes be from the anastrozole? Is there anything that helps?",
        "Should I take something before the bone scan?",
    ):
        Question.objects.create(patient=patient, text=text, asked_on=today - timedelta(days=3))
