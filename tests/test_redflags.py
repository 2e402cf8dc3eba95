"""The red-flag, alert and early-sign rules of diary/redflags.py, one rule at a time."""

from datetime import date
from decimal import Decimal

import pytest

from diary.redflags import (
    CONFUSION_SPEECH,
    FEVER,
    FEVER_ON_CHEMOTHERAPY,
    PAIN_SLUGS,
    RULES,
    SERIOUS,
    SEVERE_PAIN,
    SPINAL_CORD,
    DayRecord,
    Rating,
    assess_day,
    assess_days,
    early_signs,
    lowest_flag_severity,
    red_flags,
)

pytestmark = pytest.mark.django_db

MON, TUE, WED = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)


def day(catalog, when, temperature=None, chemo=False, **severities):
    return DayRecord(
        date=when,
        severities={catalog.by_slug[k.replace("_", "-")].pk: v for k, v in severities.items()},
        temperature_c=temperature,
        on_chemotherapy=chemo,
    )


def flags_of(catalog, record, previous=None):
    return red_flags(record, previous=previous or {}, symptoms=catalog.by_id)


def rules_of(catalog, record, previous=None):
    return [flag.rule for flag in flags_of(catalog, record, previous)]


def slugs(flag):
    return [s.slug for s in flag.symptoms]


def concern_for(concerns, slug):
    return next((c for c in concerns if c.symptom.slug == slug), None)


# Severe pain of any kind (the source document's "severe pain").


@pytest.mark.parametrize(
    "slug", [s for s in PAIN_SLUGS if s != "jaw-pain"]
)  # jaw pain is not in the catalog
def test_every_pain_item_at_severe_is_a_severe_pain_red_flag(catalog, slug):
    assert rules_of(catalog, day(catalog, MON, **{slug: 3})) == [SEVERE_PAIN]


def test_moderate_pain_is_no_red_flag(catalog):
    assert rules_of(catalog, day(catalog, MON, joint_pain=2, muscle_pain=2, back_pain=2)) == []


def test_two_severe_pains_make_one_red_flag_naming_both(catalog):
    [flag] = flags_of(catalog, day(catalog, MON, joint_pain=3, headache=4))
    assert flag.rule is SEVERE_PAIN
    assert slugs(flag) == ["headache", "joint-pain"]


# Spinal cord compression warning signs (NICE NG234; Macmillan).


def test_weak_legs_with_back_pain_is_the_spinal_cord_red_flag_naming_both(catalog):
    [flag] = flags_of(catalog, day(catalog, MON, back_pain=2, leg_weakness=1))
    assert flag.rule is SPINAL_CORD
    assert slugs(flag) == ["leg-weakness"]
    assert [f.symptom.slug for f in flag.with_] == ["back-pain"]


def test_loss_of_bladder_control_alone_is_the_spinal_cord_red_flag(catalog):
    assert rules_of(catalog, day(catalog, MON, bladder_bowel_control=1)) == [SPINAL_CORD]


def test_a_no_to_bladder_control_and_no_leg_weakness_raise_nothing(catalog):
    record = day(catalog, MON, back_pain=1, leg_weakness=0, bladder_bowel_control=0)
    assert rules_of(catalog, record) == []


def test_severe_back_pain_with_weak_legs_raises_both_rules(catalog):
    rules = rules_of(catalog, day(catalog, MON, back_pain=3, leg_weakness=2))
    assert rules == [SPINAL_CORD, SEVERE_PAIN]


def test_spinal_cord_rule_names_nice_ng234(catalog):
    assert any("NG234" in source.title for source in SPINAL_CORD.sources)


# Confusion and new speech or word-finding trouble (NHS: sudden confusion).


@pytest.mark.parametrize("slug", ["confusion", "speech-problems"])
def test_new_confusion_or_speech_trouble_is_a_red_flag(catalog, slug):
    assert rules_of(catalog, day(catalog, MON, **{slug: 1})) == [CONFUSION_SPEECH]


def test_speech_trouble_rated_none_before_is_new(catalog):
    speech = catalog.by_slug["speech-problems"].pk
    previous = {speech: Rating(MON, 0)}
    assert rules_of(catalog, day(catalog, TUE, speech_problems=1), previous) == [CONFUSION_SPEECH]


def test_confusion_that_got_worse_is_a_red_flag(catalog):
    confusion = catalog.by_slug["confusion"].pk
    previous = {confusion: Rating(MON, 1)}
    assert rules_of(catalog, day(catalog, TUE, confusion=2), previous) == [CONFUSION_SPEECH]


def test_steady_confusion_at_the_same_level_is_not_new(catalog):
    confusion = catalog.by_slug["confusion"].pk
    previous = {confusion: Rating(MON, 2)}
    assert rules_of(catalog, day(catalog, TUE, confusion=2), previous) == []


# Fever of 38.0 °C or more (ACS), more urgent during chemotherapy (NICE CG151).


def test_a_temperature_of_38_is_a_fever_red_flag(catalog):
    [flag] = flags_of(catalog, day(catalog, MON, temperature=Decimal("38.0")))
    assert flag.rule is FEVER and not flag.urgent
    assert flag.temperature_c == Decimal("38.0")
    assert slugs(flag) == ["fever"]


def test_a_temperature_below_38_is_no_red_flag(catalog):
    assert rules_of(catalog, day(catalog, MON, temperature=Decimal("37.9"))) == []


def test_fever_during_chemotherapy_is_the_urgent_rule(catalog):
    [flag] = flags_of(catalog, day(catalog, MON, temperature=Decimal("38.4"), chemo=True))
    assert flag.rule is FEVER_ON_CHEMOTHERAPY and flag.urgent
    assert "emergency" in flag.rule.advice


def test_severe_fever_without_a_temperature_is_the_sources_high_fever(catalog):
    assert rules_of(catalog, day(catalog, MON, fever=3)) == [SERIOUS]


def test_a_fever_report_with_a_high_temperature_is_one_red_flag(catalog):
    assert rules_of(catalog, day(catalog, MON, temperature=Decimal("39.0"), fever=3)) == [FEVER]


# The source document's serious symptoms, by the catalog's thresholds.


@pytest.mark.parametrize("slug", ["fracture", "coughing-up-blood", "seizure"])
def test_a_yes_to_a_one_off_event_is_a_red_flag(catalog, slug):
    assert rules_of(catalog, day(catalog, MON, **{slug: 1})) == [SERIOUS]


@pytest.mark.parametrize(
    ("slug", "severity", "raised"),
    [
        ("weakness", 3, True),
        ("weakness", 2, False),
        ("diarrhea", 3, True),
        ("shortness-of-breath", 3, True),
        ("shortness-of-breath", 2, False),
        ("mental-status-change", 1, True),
        ("fatigue", 4, False),
        ("hot-flashes", 4, False),
    ],
)
def test_serious_symptoms_follow_the_catalog_thresholds(catalog, slug, severity, raised):
    assert rules_of(catalog, day(catalog, MON, **{slug: severity})) == ([SERIOUS] if raised else [])


def test_every_rule_names_at_least_one_source_with_a_title():
    for rule in RULES:
        assert rule.sources and all(source.title for source in rule.sources), rule.key


# Early signs: exactly the source's two lists.

SEED_EARLY_SIGNS = {
    "bone-pain",
    "fracture",
    "headache",
    "balance-problems",
    "vision-problems",
    "shortness-of-breath",
    "cough",
    "chest-pain",
    "fatigue",
    "upper-abdominal-pain",
    "jaundice",
    # "Early general signs ... include fatigue, depression, problems sleeping, and pain."
    "depression",
    "difficulty-sleeping",
    "pain",
}


def test_the_early_signs_are_exactly_the_sources_lists(catalog):
    assert {s.slug for s in catalog.symptoms if s.early_sign} == SEED_EARLY_SIGNS


def test_early_signs_of_a_day_are_its_reported_early_sign_symptoms(catalog):
    record = day(catalog, MON, depression=1, nausea=2, pain=0, fatigue=2)
    assert [s.slug for s in early_signs(record, symptoms=catalog.by_id)] == [
        "fatigue",
        "depression",
    ]


# Alerts (the STAR rule), measured against the last actual rating.


def test_severe_pain_is_a_red_flag_and_an_alert(catalog):
    pain = concern_for(
        assess_day(day(catalog, MON, pain=3), previous={}, symptoms=catalog.by_id), "pain"
    )
    assert pain.red_flag and pain.alert
    assert pain.reasons[0] == "Severe pain"


def test_severe_fatigue_is_an_alert_but_not_a_red_flag(catalog):
    fatigue = concern_for(
        assess_day(day(catalog, MON, fatigue=3), previous={}, symptoms=catalog.by_id), "fatigue"
    )
    assert fatigue.alert and not fatigue.red_flag


def test_a_one_off_event_is_never_a_graded_alert(catalog):
    seizure = concern_for(
        assess_day(day(catalog, MON, seizure=1), previous={}, symptoms=catalog.by_id), "seizure"
    )
    assert seizure.red_flag and not seizure.alert
    assert seizure.severity_label == "Yes"


def test_a_rise_of_two_levels_since_the_previous_report_is_an_alert(catalog):
    concerns = assess_days(
        [day(catalog, MON, nausea=0, fatigue=1), day(catalog, TUE, nausea=2, fatigue=2)],
        symptoms=catalog.by_id,
    )
    nausea = concern_for(concerns[TUE], "nausea")
    assert nausea.alert and not nausea.red_flag
    assert nausea.reasons == ("Up from none to moderate since 2 Nov 2026",)
    assert concern_for(concerns[TUE], "fatigue") is None


def test_a_rise_of_one_level_is_not_an_alert(catalog):
    concerns = assess_days(
        [day(catalog, MON, nausea=1), day(catalog, TUE, nausea=2)], symptoms=catalog.by_id
    )
    assert concerns[TUE] == []


def test_the_first_day_ever_has_no_rise(catalog):
    assert assess_day(day(catalog, MON, nausea=2), previous={}, symptoms=catalog.by_id) == []


def test_a_day_that_left_a_symptom_untouched_is_not_a_none(catalog):
    # Mild on Monday, not rated Tuesday, moderate Wednesday: one level up from Monday's mild.
    concerns = assess_days(
        [day(catalog, MON, cough=1), day(catalog, TUE, seizure=1), day(catalog, WED, cough=2)],
        symptoms=catalog.by_id,
    )
    assert concern_for(concerns[WED], "cough") is None


def test_an_explicit_none_counts_as_the_last_rating(catalog):
    concerns = assess_days(
        [day(catalog, MON, cough=1), day(catalog, TUE, cough=0), day(catalog, WED, cough=2)],
        symptoms=catalog.by_id,
    )
    assert concern_for(concerns[WED], "cough").reasons == (
        "Up from none to moderate since 3 Nov 2026",
    )


def test_a_rating_older_than_14_days_is_not_compared(catalog):
    old = date(2026, 10, 18)  # 15 days before Monday 2 Nov
    concerns = assess_days(
        [day(catalog, old, cough=0), day(catalog, MON, cough=2)], symptoms=catalog.by_id
    )
    assert concerns[MON] == []


def test_logging_only_a_seizure_does_not_make_the_next_days_pain_a_rise(catalog):
    concerns = assess_days(
        [
            day(catalog, MON, bone_pain=2),
            day(catalog, TUE, seizure=1),
            day(catalog, WED, bone_pain=3),
        ],
        symptoms=catalog.by_id,
    )
    bone = concern_for(concerns[WED], "bone-pain")
    assert not any(r.startswith("Up from") for r in bone.reasons)


def test_red_flags_are_listed_before_alerts(catalog):
    concerns = assess_day(
        day(catalog, MON, fatigue=4, fracture=1), previous={}, symptoms=catalog.by_id
    )
    assert [c.symptom.slug for c in concerns] == ["fracture", "fatigue"]


# The threshold the summary filters days by (diary/summary/days.py) is the rules' own.


def test_lowest_flag_severity_is_where_the_rules_start_flagging_each_symptom(catalog):
    """For every symptom and rating, a day with that rating alone (never rated before) raises a
    flag exactly from lowest_flag_severity: a rule added to red_flags fails here until the
    threshold knows it."""
    for symptom in catalog.symptoms:
        lowest = lowest_flag_severity(symptom)
        for severity in range(1, 5):
            record = DayRecord(date=TUE, severities={symptom.pk: severity})
            flagged = bool(flags_of(catalog, record))
            assert flagged == (lowest is not None and severity >= lowest), (symptom.slug, severity)
