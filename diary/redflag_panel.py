"""The red-flag panel: what a frightened person needs to act on a red flag, and her answers.

The panel names in plain words what she reported ("You said your back or neck pain is severe
and your legs feel weak, numb or heavy"), gives the source's advice, offers to call her care
team (the profile's number and every care-team contact with a phone) and emergency services
(settings.EMERGENCY_PHONE), says whether the diary emailed her care team (the alert outbox),
and takes one of two answers: "I've contacted my team" or "My team already knows about this".

A caregiver reads it in the third person ("Maria reported ..."). The patient and an editing
caregiver may answer (an editor logs days for her and is often the one who makes the call; the
answer records who gave it); a viewing caregiver may not.

An answer "known" quiets the panel for 7 days for that symptom at the same or a lower severity
(and, for a fever, the same or a lower temperature). A rise, another red flag, a one-off event
reported again (each seizure is a new event) or a fever during chemotherapy always shows. The
summary still lists every red flag.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import phonenumbers
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from diary.days import DayView, answered_by_note, local_time
from diary.models import Notification, Patient, RedFlagAnswer, Severity, Symptom, User
from diary.redflags import Finding, RedFlag, format_temperature
from diary.triage import in_queue_text

QUIET_DAYS = 7
Answer = RedFlagAnswer.Answer


class NoSuchRedFlag(Exception):
    """The day holds no red flag of that kind (any more): nothing to answer."""


# What she said, per symptom: (second person clause, noun phrase for the third person).
PHRASES: dict[str, tuple[str, str]] = {
    "leg-weakness": ("your legs feel weak, numb or heavy", "weak, numb or heavy legs"),
    "bladder-bowel-control": (
        "you lost control of your bladder or bowels",
        "loss of bladder or bowel control",
    ),
    "seizure": ("you had a seizure", "a seizure"),
    "fracture": ("you broke a bone", "a broken bone"),
    "coughing-up-blood": ("you coughed up blood", "coughing up blood"),
    "confusion": ("you felt confused", "confusion"),
    "speech-problems": (
        "you had trouble speaking or finding words",
        "trouble speaking or finding words",
    ),
    "mental-status-change": (
        "you noticed a change in your mental state",
        "a change in mental state",
    ),
}


def _plain_name(symptom: Symptom) -> str:
    return symptom.name.split(" (")[0].lower()


def _clause(finding: Finding) -> str:
    if finding.symptom.slug in PHRASES:
        return PHRASES[finding.symptom.slug][0]
    return f"your {_plain_name(finding.symptom)} is {Severity(finding.severity).label.lower()}"


def _noun(finding: Finding) -> str:
    if finding.symptom.slug in PHRASES:
        return PHRASES[finding.symptom.slug][1]
    return f"{Severity(finding.severity).label.lower()} {_plain_name(finding.symptom)}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def what_she_said(flags: Sequence[RedFlag], *, name: str | None = None) -> str:
    """Plain words for the flags, each report once: "You said ..." or, with `name`, "Maria
    reported ..."."""
    findings: dict[int, Finding] = {}
    temperature = None
    for flag in flags:
        for finding in (*flag.with_, *flag.findings):
            if finding.severity:
                findings.setdefault(finding.symptom.pk, finding)
        temperature = flag.temperature_c if flag.temperature_c is not None else temperature
    if name is None:
        parts = [_clause(f) for f in findings.values()]
        if temperature is not None:
            parts.append(f"your temperature was {format_temperature(temperature)}")
        return f"You said {_join(parts)}."
    parts = [_noun(f) for f in findings.values()]
    if temperature is not None:
        parts.append(f"a temperature of {format_temperature(temperature)}")
    return f"{name} reported {_join(parts)}."


@dataclass(frozen=True)
class Phone:
    label: str
    number: str  # E.164 or the emergency digits: what the tel: link dials
    shown: str


def care_team_phones(patient: Patient) -> list[Phone]:
    """The profile's care-team number first, then each care-team contact with a phone."""
    phones = []
    if patient.care_team_phone:
        phones.append(_phone("Care team", patient.care_team_phone))
    for contact in patient.contacts.exclude(phone=""):
        phones.append(_phone(contact.name, contact.phone))
    return phones


def _phone(label: str, number) -> Phone:
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if number.country_code == phonenumbers.country_code_for_region(
        settings.PHONENUMBER_DEFAULT_REGION
    ):
        shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return Phone(label=label, number=number.as_e164, shown=shown)


def emergency_phone() -> Phone:
    return Phone("Emergency services", settings.EMERGENCY_PHONE, settings.EMERGENCY_PHONE)


@dataclass(frozen=True)
class PanelFlag:
    flag: RedFlag
    said: str
    answer_lines: tuple[str, ...] = ()  # "You contacted your team at 10:42."

    @property
    def key(self) -> str:
        return self.flag.rule.key


@dataclass
class Panel:
    date: date
    patient: Patient
    flags: list[PanelFlag]
    quiet: list[PanelFlag] = field(default_factory=list)  # known to the team, not raised again
    phones: list[Phone] = field(default_factory=list)
    emergency: Phone | None = None
    notified: str = ""
    third_person: bool = False
    can_answer: bool = False

    @property
    def name(self) -> str:
        return self.patient.display_name

    @property
    def said(self) -> str:
        """Everything the raised flags name, in one sentence."""
        name = self.name if self.third_person else None
        return what_she_said([item.flag for item in self.flags], name=name)


def _covers(answer: RedFlagAnswer, finding: Finding, temperature_c: Decimal | None) -> bool:
    if finding.severity > answer.severity:
        return False
    if temperature_c is not None:
        return answer.temperature_c is not None and temperature_c <= answer.temperature_c
    return True


def is_quiet(flag: RedFlag, *, day: date, known: list[RedFlagAnswer]) -> bool:
    """True when every symptom of the flag was answered "known" on one of the 7 days before,
    at the same or a higher severity (and temperature)."""
    if flag.urgent:
        return False
    for finding in flag.findings:
        if finding.symptom.is_yes_no:
            return False
        if not any(
            a.symptom_id == finding.symptom.pk
            and day - timedelta(days=QUIET_DAYS) <= a.date < day
            and _covers(a, finding, flag.temperature_c)
            for a in known
        ):
            return False
    return True


def _answer_lines(
    flag: RedFlag, answers: list[RedFlagAnswer], patient: Patient, *, third_person: bool
) -> tuple[str, ...]:
    """The day's answers that still hold (given at the flag's present severity or higher),
    one line per kind of answer, the latest first."""
    held = [
        a
        for a in answers
        if any(
            a.symptom_id == f.symptom.pk and _covers(a, f, flag.temperature_c)
            for f in flag.findings
        )
    ]
    lines = []
    for kind in (Answer.CONTACTED, Answer.KNOWN):
        given = [a for a in held if a.answer == kind]
        if not given:
            continue
        latest = max(given, key=lambda a: a.answered_at)
        when, by = local_time(latest.answered_at, patient), answered_by_note(latest, patient)
        if kind == Answer.CONTACTED:
            who = "The team was contacted" if third_person else "You contacted your team"
            lines.append(f"{who} at {when}{by}.")
        else:
            who = (
                f"{patient.display_name}'s team already knows"
                if third_person
                else "You said your team already knows"
            )
            lines.append(f"{who} (at {when}){by}.")
    return tuple(lines)


def notified_text(patient: Patient, view: DayView, *, third_person: bool) -> str:
    """Whether a connected care team has this day in its queue, or the alert outbox emailed
    the care team about it (two queries)."""
    rows = list(
        Notification.objects.filter(entry=view.entry).select_related("contact").order_by("pk")
    )
    whose = f"{patient.display_name}'s" if third_person else "your"
    queued = in_queue_text(view.entry, whose=whose)  # a connected care team's triage queue
    if queued:
        return queued
    if not rows:
        return f"The diary has not told {whose} care team about this: please call them."
    sent = [n for n in rows if n.sent_at]
    if sent:
        names = _join(sorted({n.contact.name for n in sent}))
        when = local_time(sent[-1].sent_at, patient)
        return (
            f"The diary emailed {names} about this day at {when}. An email may not be read "
            "straight away: if you are worried, call."
        )
    names = _join(sorted({n.contact.name for n in rows}))
    return (
        f"The diary is about to email {names} about this day. An email may not be read "
        "straight away: if you are worried, call."
    )


def build_panel(
    patient: Patient, view: DayView | None, *, viewer: User, can_answer: bool
) -> Panel | None:
    """The panel for a day, or None when the day raises no red flag (two or three queries)."""
    if view is None or not view.flags:
        return None
    answers = list(
        RedFlagAnswer.objects.filter(
            patient=patient,
            date__gte=view.date - timedelta(days=QUIET_DAYS),
            date__lte=view.date,
        ).select_related("answered_by")
    )
    known_before = [a for a in answers if a.answer == Answer.KNOWN and a.date < view.date]
    today = [a for a in answers if a.date == view.date]
    third_person = viewer.pk != patient.user_id
    name = patient.display_name if third_person else None
    shown, quiet = [], []
    for flag in view.flags:
        lines = _answer_lines(flag, today, patient, third_person=third_person)
        item = PanelFlag(flag, what_she_said([flag], name=name), lines)
        (quiet if is_quiet(flag, day=view.date, known=known_before) else shown).append(item)
    return Panel(
        date=view.date,
        patient=patient,
        flags=shown,
        quiet=quiet,
        phones=care_team_phones(patient),
        emergency=emergency_phone(),
        notified=notified_text(patient, view, third_person=third_person) if shown else "",
        third_person=third_person,
        can_answer=can_answer,
    )


def answer_red_flag(
    *, patient: Patient, view: DayView, rule_key: str, answer: str, by: User
) -> int:
    """Store `answer` for each symptom of the day's red flag `rule_key`. Pressing it twice
    stores nothing new (the database holds one row per day, symptom and answer); answering
    again after the day got worse moves the answer up to the new severity. Returns how many
    rows were new or moved; raises NoSuchRedFlag if the day has no such red flag."""
    if answer not in Answer.values:
        raise ValueError("Unknown answer.")
    flag = next((f for f in view.flags if f.rule.key == rule_key), None)
    if flag is None:
        raise NoSuchRedFlag(rule_key)
    rows = [
        RedFlagAnswer(
            patient=patient,
            date=view.date,
            symptom=finding.symptom,
            answer=answer,
            severity=finding.severity,
            temperature_c=flag.temperature_c,
            answered_by=by,
        )
        for finding in flag.findings
    ]
    same_day = RedFlagAnswer.objects.filter(patient=patient, date=view.date, answer=answer)
    with transaction.atomic():
        moved = 0
        for row in rows:
            lower = Q(severity__lt=row.severity)
            if row.temperature_c is not None:
                lower |= Q(temperature_c__lt=row.temperature_c) | Q(temperature_c__isnull=True)
            moved += (
                same_day.filter(symptom=row.symptom)
                .filter(lower)
                .update(
                    severity=row.severity,
                    temperature_c=row.temperature_c,
                    answered_at=timezone.now(),
                    answered_by=by,
                )
            )
        before = same_day.count()
        RedFlagAnswer.objects.bulk_create(rows, ignore_conflicts=True)
        return moved + same_day.count() - before
