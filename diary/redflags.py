"""Red flags, alerts and early signs: the rules that decide when a report needs attention.

**Red flags** "may require immediate medical attention". Each rule names its source, and the
panel (diary.redflag_panel) gives that source's advice:

* ``serious``: a symptom reaches its catalog threshold (`Symptom.red_flag_min_severity`): the
  source document's serious symptoms (high fever, bone fractures, difficulty breathing, extreme
  weakness, severe diarrhea, changes in mental status), plus seizure and coughing up blood
  (NHS pages named in the catalog row).
* ``severe-pain``: any pain item at severe or worse (`PAIN_SLUGS`): the source's "severe pain".
* ``spinal-cord``: weakness, numbness or heaviness in the legs, or loss of bladder or bowel
  control: warning signs of spinal cord compression, an emergency in a person with cancer
  (NICE NG234; Macmillan). Back or neck pain reported the same day is named with them.
* ``confusion-speech``: confusion or speech or word-finding trouble that is new (not rated above
  none in the 14 days before) or worse than its last rating (NHS: sudden confusion).
* ``fever``: a temperature of 38.0 °C (100.4 °F) or more (American Cancer Society), said more
  urgently while a chemotherapy treatment is active (NICE CG151, neutropenic sepsis).

An **alert** (the STAR trial's rule) is a report at severity 3 (severe) or more, or one that rose
by 2 or more levels since the last time the patient rated that symptom, within the 14 days
before. "Not rated" is not "none": a day that left a symptom untouched says nothing about it, so
the rise is measured from her last actual rating ("None" counts: it is stored at 0), and a
symptom with no rating in those 14 days has no rise. A weekly check-in (recall_days 7) looks back
21 days instead (diary.measures.lookback_days), so that it is compared with the previous weekly
check-in. One-off events asked yes or no (a seizure)
are red flags, never graded alerts.

An **early sign** is a reported symptom on the source's lists of early signs (`Symptom.early_sign`,
with the source's words in `early_sign_label`): worth mentioning, not an emergency.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from diary.measures import lookback_days
from diary.models import Severity, Symptom
from diary.tagging_shorthand import PAIN_SLUGS

# Asked right after back or neck pain: the warning signs of spinal cord compression (NICE NG234).
FOLLOW_UPS: Mapping[str, tuple[str, ...]] = {
    "back-pain": ("leg-weakness", "bladder-bowel-control"),
}
SPINAL_CORD_SLUGS = ("leg-weakness", "bladder-bowel-control")
SPINAL_PAIN_SLUG = "back-pain"
CONFUSION_SLUGS = ("confusion", "speech-problems")
FEVER_SLUG = "fever"
CHEMOTHERAPY_TYPE = "chemotherapy"

ALERT_MIN_SEVERITY = Severity.SEVERE
ALERT_MIN_RISE = 2
RISE_LOOKBACK_DAYS = 14


@dataclass(frozen=True)
class Source:
    title: str
    url: str = ""  # the source document carries no address of its own


SEED = Source(
    "Metastatic breast cancer (SingleCare, reviewed by Ashley Wong, Pharm.D.), the source "
    "document: serious symptoms may require immediate medical attention"
)
NICE_NG234 = Source(
    "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression (2023), "
    "recommendations",
    "https://www.nice.org.uk/guidance/ng234/chapter/Recommendations",
)
MACMILLAN_MSCC = Source(
    "Macmillan Cancer Support: Malignant spinal cord compression (MSCC)",
    "https://www.macmillan.org.uk/information-and-support/coping/side-effects-and-symptoms/"
    "other-side-effects/malignant-spinal-cord-compression.html",
)
NHS_CONFUSION = Source(
    "NHS: Sudden confusion (delirium), as published by NHS 111 Wales: go to A&E or call 999 if "
    "someone suddenly becomes confused",
    "https://111.wales.nhs.uk/encyclopaedia/c/article/confusion(delirium)/",
)
ACS_FEVER = Source(
    "American Cancer Society: Fever",
    "https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/fever.html",
)
NICE_CG151 = Source(
    "NICE CG151, Neutropenic sepsis, information for the public: if you become unwell during "
    "your anticancer treatment",
    "https://www.nice.org.uk/guidance/cg151/ifp/chapter/"
    "If-you-become-unwell-during-your-anticancer-treatment",
)


@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    advice: str  # the source's advice in plain words, to the patient
    sources: tuple[Source, ...]


SERIOUS = Rule(
    "serious",
    "A serious symptom",
    "Serious symptoms such as this may require immediate medical attention. See a doctor "
    "immediately.",
    (SEED,),
)
SEVERE_PAIN = Rule(
    "severe-pain",
    "Severe pain",
    "Severe pain is on the source's list of serious symptoms: it may require immediate medical "
    "attention. See a doctor immediately.",
    (SEED,),
)
SPINAL_CORD = Rule(
    "spinal-cord",
    "Warning signs of spinal cord compression",
    "Weak, numb or heavy legs, or problems controlling your bladder or bowels, can be warning "
    "signs that something is pressing on the spinal cord, especially with back or neck pain. "
    "This needs checking straight away: treatment works best when it starts early. Call your "
    "care team now, today, and tell them you have cancer and these symptoms.",
    (NICE_NG234, MACMILLAN_MSCC),
)
CONFUSION_SPEECH = Rule(
    "confusion-speech",
    "New confusion or trouble speaking",
    "Confusion or trouble speaking that comes on suddenly needs medical help straight away. "
    "If someone is with you, ask them to help you call.",
    (NHS_CONFUSION, SEED),
)
FEVER = Rule(
    "fever",
    "High temperature",
    "With cancer, a temperature of 38.0 °C (100.4 °F) or more is a reason to call your cancer "
    "care team now.",
    (ACS_FEVER, SEED),
)
FEVER_ON_CHEMOTHERAPY = Rule(
    "fever",
    "High temperature during chemotherapy",
    "During chemotherapy, a temperature of 38.0 °C (100.4 °F) or more can be an emergency: an "
    "infection can become serious within hours. Call your care team's 24-hour number now. If "
    "you cannot reach them, go to the emergency department or call emergency services.",
    (NICE_CG151, ACS_FEVER),
)
RULES = (SPINAL_CORD, FEVER_ON_CHEMOTHERAPY, FEVER, CONFUSION_SPEECH, SEVERE_PAIN, SERIOUS)


@dataclass(frozen=True)
class DayRecord:
    """What one logged day said: severities by symptom id of the symptoms she rated (0: none)."""

    date: date
    severities: Mapping[int, int]
    temperature_c: Decimal | None = None
    on_chemotherapy: bool = False
    recall_days: int = 1  # 7: a weekly check-in about the last 7 days


@dataclass(frozen=True)
class Rating:
    """The last time a symptom was rated before a day."""

    date: date
    severity: int

    @property
    def severity_label(self) -> str:
        return Severity(self.severity).label


@dataclass(frozen=True)
class Finding:
    """One symptom she reported, as part of a red flag."""

    symptom: Symptom
    severity: int


@dataclass(frozen=True)
class RedFlag:
    """One red flag of a day: the rule, and what she reported that raised it.

    `with_` holds reports named alongside without raising it themselves (back pain beside the
    spinal-cord signs).
    """

    rule: Rule
    findings: tuple[Finding, ...]
    with_: tuple[Finding, ...] = ()
    temperature_c: Decimal | None = None

    @property
    def urgent(self) -> bool:
        return self.rule is FEVER_ON_CHEMOTHERAPY

    @property
    def symptoms(self) -> list[Symptom]:
        return [f.symptom for f in self.findings]


@dataclass(frozen=True)
class Concern:
    """A symptom on a day that raised a red flag, an alert, or both, and why (for clinicians
    and printouts: the panel speaks in plain words instead)."""

    symptom: Symptom
    severity: int
    red_flag: bool
    alert: bool
    reasons: tuple[str, ...]

    @property
    def severity_label(self) -> str:
        return self.symptom.answer_label(self.severity)


def format_temperature(celsius: Decimal) -> str:
    fahrenheit = celsius * Decimal("1.8") + 32
    return f"{celsius:.1f} °C ({fahrenheit:.1f} °F)"


def last_ratings(
    history: Sequence[DayRecord], *, before: date, days: int | None = None
) -> dict[int, Rating]:
    """Each symptom's latest rating in the `days` days before `before` (history oldest first)."""
    ratings: dict[int, Rating] = {}
    start = before - timedelta(days=RISE_LOOKBACK_DAYS if days is None else days)
    for record in history:
        if start <= record.date < before:
            for symptom_id, severity in record.severities.items():
                ratings[symptom_id] = Rating(record.date, severity)
    return ratings


# The rules, one function each. `reported` holds the day's reports above none, by slug.


def _severe_pain(reported: Mapping[str, Finding]) -> list[RedFlag]:
    found = [
        reported[slug]
        for slug in PAIN_SLUGS
        if slug in reported and reported[slug].severity >= Severity.SEVERE
    ]
    found.sort(key=lambda f: (f.symptom.order, f.symptom.slug))
    return [RedFlag(SEVERE_PAIN, tuple(found))] if found else []


def _spinal_cord(reported: Mapping[str, Finding]) -> list[RedFlag]:
    found = [reported[slug] for slug in SPINAL_CORD_SLUGS if slug in reported]
    if not found:
        return []
    back = (reported[SPINAL_PAIN_SLUG],) if SPINAL_PAIN_SLUG in reported else ()
    return [RedFlag(SPINAL_CORD, tuple(found), with_=back)]


def _confusion_speech(
    reported: Mapping[str, Finding], previous: Mapping[int, Rating]
) -> list[RedFlag]:
    found = []
    for slug in CONFUSION_SLUGS:
        finding = reported.get(slug)
        if finding is None:
            continue
        last = previous.get(finding.symptom.pk)
        if last is None or finding.severity > last.severity:  # new, or worse
            found.append(finding)
    return [RedFlag(CONFUSION_SPEECH, tuple(found))] if found else []


def _fever(
    day: DayRecord, reported: Mapping[str, Finding], symptoms: Mapping[int, Symptom]
) -> list[RedFlag]:
    if day.temperature_c is None:
        return []
    for symptom in symptoms.values():
        limit = symptom.red_flag_min_temperature_c
        if limit is not None and day.temperature_c >= limit:
            finding = reported.get(symptom.slug) or Finding(symptom, Severity.NONE)
            rule = FEVER_ON_CHEMOTHERAPY if day.on_chemotherapy else FEVER
            return [RedFlag(rule, (finding,), temperature_c=day.temperature_c)]
    return []


def _serious(reported: Mapping[str, Finding], *, covered: set[str]) -> list[RedFlag]:
    found = [
        finding
        for slug, finding in reported.items()
        if slug not in covered
        and finding.symptom.red_flag_min_severity is not None
        and finding.severity >= finding.symptom.red_flag_min_severity
    ]
    found.sort(key=lambda f: (f.symptom.order, f.symptom.slug))
    return [RedFlag(SERIOUS, tuple(found))] if found else []


def red_flags(
    day: DayRecord, *, previous: Mapping[int, Rating], symptoms: Mapping[int, Symptom]
) -> list[RedFlag]:
    """The red flags of one day, the most specific rule first."""
    reported = {
        symptoms[pk].slug: Finding(symptoms[pk], severity)
        for pk, severity in day.severities.items()
        if severity and pk in symptoms
    }
    flags = _spinal_cord(reported) + _fever(day, reported, symptoms)
    flags += _confusion_speech(reported, previous) + _severe_pain(reported)
    covered = {f.symptom.slug for flag in flags for f in flag.findings} | set(PAIN_SLUGS)
    return flags + _serious(reported, covered=covered)


def lowest_flag_severity(symptom: Symptom) -> int | None:
    """The lowest rating of `symptom` at which `red_flags` may raise a flag on a day without a
    temperature (None: never). The summary runs the rules only on days that reach it
    (diary/summary/days.py); a rule added to `red_flags` is added here too, which
    tests/test_redflags.py checks for every symptom and rating."""
    levels = [
        level
        for applies, level in (
            (symptom.slug in SPINAL_CORD_SLUGS, Severity.MILD),
            (symptom.slug in CONFUSION_SLUGS, Severity.MILD),
            (symptom.slug in PAIN_SLUGS, Severity.SEVERE),
            (symptom.red_flag_min_severity is not None, symptom.red_flag_min_severity),
        )
        if applies
    ]
    return max(Severity.MILD, min(levels)) if levels else None


def early_signs(day: DayRecord, *, symptoms: Mapping[int, Symptom]) -> list[Symptom]:
    """Reported symptoms on the source's lists of early signs, in catalog order."""
    found = [
        symptoms[pk]
        for pk, severity in day.severities.items()
        if severity and pk in symptoms and symptoms[pk].early_sign
    ]
    return sorted(found, key=lambda s: (s.order, s.slug))


def _alert_reasons(severity: int, last: Rating | None, *, recall_days: int = 1) -> list[str]:
    reasons = []
    if severity >= ALERT_MIN_SEVERITY:
        # A weekly check-in's rating is about the last 7 days, not one day.
        within = " in the last 7 days" if recall_days >= 7 else ""
        reasons.append(f"Reached {Severity(severity).label.lower()}{within}")
    if last is not None and severity - last.severity >= ALERT_MIN_RISE:
        reasons.append(
            f"Up from {Severity(last.severity).label.lower()} to "
            f"{Severity(severity).label.lower()} since {last.date.day} {last.date:%b %Y}"
        )
    return reasons


def _red_flag_reason(flag: RedFlag, symptom: Symptom) -> str:
    if flag.rule is SERIOUS:
        label = symptom.red_flag_label or symptom.name.lower()
        return f"{label.capitalize()}: on the source's list of serious symptoms"
    if flag.temperature_c is not None:
        return f"{flag.rule.title}: {format_temperature(flag.temperature_c)}"
    return flag.rule.title


def concerns_from(
    day: DayRecord,
    flags: Sequence[RedFlag],
    *,
    previous: Mapping[int, Rating],
    symptoms: Mapping[int, Symptom],
) -> list[Concern]:
    """One concern per symptom that raised a red flag or an alert: red flags first, then by
    severity (worst first)."""
    red: dict[int, list[str]] = {}
    severity_of: dict[int, int] = {}
    for flag in flags:
        for finding in flag.findings:
            red.setdefault(finding.symptom.pk, []).append(_red_flag_reason(flag, finding.symptom))
            severity_of[finding.symptom.pk] = finding.severity
    concerns = []
    for symptom_id in set(day.severities) | set(red):
        symptom = symptoms.get(symptom_id)
        if symptom is None:
            continue
        severity = day.severities.get(symptom_id, severity_of.get(symptom_id, Severity.NONE))
        graded = severity and not symptom.is_yes_no
        last = previous.get(symptom_id)
        alert = _alert_reasons(severity, last, recall_days=day.recall_days) if graded else []
        reasons = red.get(symptom_id, [])
        if reasons or alert:
            concerns.append(
                Concern(
                    symptom=symptom,
                    severity=severity,
                    red_flag=bool(reasons),
                    alert=bool(alert),
                    reasons=tuple(reasons + alert),
                )
            )
    concerns.sort(key=lambda c: (not c.red_flag, -c.severity, c.symptom.order, c.symptom.slug))
    return concerns


def assess_day(
    day: DayRecord, *, previous: Mapping[int, Rating], symptoms: Mapping[int, Symptom]
) -> list[Concern]:
    """The concerns of one day. `previous`: each symptom's last rating in the 14 days before
    the day (see last_ratings)."""
    flags = red_flags(day, previous=previous, symptoms=symptoms)
    return concerns_from(day, flags, previous=previous, symptoms=symptoms)


def assess_days(
    days: Sequence[DayRecord], *, symptoms: Mapping[int, Symptom]
) -> dict[date, list[Concern]]:
    """Concerns of every day of `days`, the patient's logged days oldest first."""
    return {
        day.date: assess_day(
            day,
            previous=last_ratings(days[:i], before=day.date, days=lookback_days(day.recall_days)),
            symptoms=symptoms,
        )
        for i, day in enumerate(days)
    }
