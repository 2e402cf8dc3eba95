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
# What a printed summary's header and "Top concerns" carry (her optional profile fields and her
# own picks): made up, like the rest of the demo, and only on the demo's own account (never on
# an existing account given to seed_demo); set where she has none (never overwritten). The
# hospital number says it is a demo so that it can never match a real patient's record.
DEMO_PROFILE = {"date_of_birth": date(1961, 4, 3), "hospital_number": "DEMO-0001"}
DEMO_TOP_CONCERNS = ["bone-pain", "fatigue", "hot-flashes"]
DEMO_TOP_CONCERNS_NOTE = "Can I travel in May?"

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


# The demo's measures: pain 0-10 and as-needed paracetamol on days with pain, up and about,
# interference on some rated symptoms, and a weekly weight that drifts slowly down.
PAIN_PLAN_SLUGS = ("bone-pain", "joint-pain", "headache")
WEIGH_EVERY = 7
WEIGH_OFFSET = 3  # weighed 3, 10, 17 ... days before today: no weigh-in is due today
WEIGHT_NOW_KG = 63.4
WEIGHT_LOSS_KG_PER_WEEK = 0.12  # about 1.5 kg over 90 days
MAX_PARACETAMOL_DOSES = 4  # "1 g up to four times a day when needed"


@dataclass(frozen=True)
class DemoMeasures:
    pain_score: int | None
    pain_medicine_doses: int | None
    up_and_about: int
    weight_kg: Decimal | None
    interference: dict[str, int]  # by symptom slug


def plan_measures(
    rng: random.Random, plan: dict[str, int], *, weeks_ago: float, weigh: bool
) -> DemoMeasures:
    """A day's measures that follow its severities. Draws the same numbers every day, so the
    days stay the same from one run to the next."""
    pain = max((plan.get(slug, 0) for slug in PAIN_PLAN_SLUGS), default=0)
    score_noise, doses_noise, up_noise, weight_noise = (rng.gauss(0, 0.8) for _ in range(4))
    answers = {slug: (rng.random(), rng.gauss(0, 0.5)) for slug in sorted(plan)}
    load = max(plan.get("fatigue", 0), pain)
    up = max(0, min(4, round(max(0, load - 1) * 0.9 + up_noise * 0.5)))
    weight = WEIGHT_NOW_KG + WEIGHT_LOSS_KG_PER_WEEK * weeks_ago + weight_noise * 0.25
    interference = {}
    for slug, level in plan.items():
        answered, noise = answers[slug]
        # An optional question: answered more often when the symptom is worse.
        if level and answered < (0.75 if level >= 2 else 0.3):
            interference[slug] = max(0, min(4, round(level - 1 + noise)))
    return DemoMeasures(
        pain_score=max(1, min(10, round(pain * 2.2 + score_noise))) if pain else None,
        pain_medicine_doses=(
            max(0, min(MAX_PARACETAMOL_DOSES, round(pain - 0.5 + doses_noise * 0.6)))
            if pain
            else None
        ),
        up_and_about=up,
        weight_kg=Decimal(f"{weight:.1f}") if weigh else None,
        interference=interference,
    )


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
    if created_user or user.name == DEMO_NAME:
        _fill_profile(patient)
    catalog = load_catalog()
    today = today or patient.today()
    if created_user:
        _add_treatments_and_appointments(patient, today)
    tracked = list(patient.treatments.filter(track_doses=True))
    rng = random.Random(f"{email}:{days}")
    # Its own generator, so the symptoms, skipped days and red flags are those of before.
    measures_rng = random.Random(f"{email}:{days}:measures")
    weigh_pending = False
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
        # Weighed once a week; a skipped weigh-in day weighs on the next logged day.
        weigh_pending = weigh_pending or offset % WEIGH_EVERY == WEIGH_OFFSET
        measures = plan_measures(
            measures_rng, plan, weeks_ago=offset / 7, weigh=weigh_pending and not skip
        )
        if skip:
            continue
        weigh_pending = False
        if day in logged:
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
                interference={
                    catalog.by_slug[slug].pk: level for slug, level in measures.interference.items()
                },
                pain_score=measures.pain_score,
                pain_medicine_doses=measures.pain_medicine_doses,
                up_and_about=measures.up_and_about,
                weight_kg=measures.weight_kg,
            ),
            by=user,
        )
        added += 1
    return DemoResult(user=user, created_user=created_user, days_added=added)


def _fill_profile(patient: Patient) -> None:
    """The date of birth, hospital number and top concerns, where the demo has none yet."""
    changed = [name for name, value in DEMO_PROFILE.items() if not getattr(patient, name)]
    for name in changed:
        setattr(patient, name, DEMO_PROFILE[name])
    if not patient.top_concerns and not patient.top_concerns_note:
        patient.top_concerns = list(DEMO_TOP_CONCERNS)
        patient.top_concerns_note = DEMO_TOP_CONCERNS_NOTE
        changed += ["top_concerns", "top_concerns_note"]
    if changed:
        patient.save(update_fields=changed)


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
