from datetime import date
from decimal import Decimal

import pytest

from diary.redflags import DayRecord, assess_day, assess_days

pytestmark = pytest.mark.django_db

MON, TUE, WED = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)


def day(catalog, when, temperature=None, **severities):
    return DayRecord(
        date=when,
        severities={catalog.by_slug[k.replace("_", "-")].pk: v for k, v in severities.items()},
        temperature_c=temperature,
    )


def concern_for(concerns, slug):
    return next((c for c in concerns if c.symptom.slug == slug), None)


def test_severe_pain_is_a_red_flag_and_an_alert(catalog):
    concerns = assess_day(day(catalog, MON, pain=3), previous={}, symptoms=catalog.by_id)
    pain = concern_for(concerns, "pain")
    assert pain.red_flag and pain.alert
    assert "Severe pain" in pain.reasons[0]


def test_moderate_pain_is_neither(catalog):
    assert assess_day(day(catalog, MON, pain=2), previous={}, symptoms=catalog.by_id) == []


@pytest.mark.parametrize(
    "slug", ["fracture", "mental-status-change", "seizure", "coughing-up-blood"]
)
def test_any_report_of_these_is_a_red_flag(catalog, slug):
    record = DayRecord(date=MON, severities={catalog.by_slug[slug].pk: 1})
    concern = concern_for(assess_day(record, previous={}, symptoms=catalog.by_id), slug)
    assert concern.red_flag
    assert concern.reasons[0].startswith("Any report of")


@pytest.mark.parametrize(
    ("slug", "severity", "expected"),
    [
        ("weakness", 3, True),
        ("weakness", 2, False),
        ("diarrhea", 3, True),
        ("shortness-of-breath", 3, True),
        ("shortness-of-breath", 2, False),
        ("headache", 4, True),
        ("fatigue", 4, False),
        ("hot-flashes", 4, False),
    ],
)
def test_red_flag_thresholds_follow_the_catalog(catalog, slug, severity, expected):
    record = DayRecord(date=MON, severities={catalog.by_slug[slug].pk: severity})
    concern = concern_for(assess_day(record, previous={}, symptoms=catalog.by_id), slug)
    assert bool(concern and concern.red_flag) is expected


def test_high_temperature_is_a_red_flag_for_fever_even_without_a_fever_report(catalog):
    record = day(catalog, MON, temperature=Decimal("38.0"))
    fever = concern_for(assess_day(record, previous={}, symptoms=catalog.by_id), "fever")
    assert fever.red_flag
    assert fever.severity == 0
    assert "38.0 °C (100.4 °F)" in fever.reasons[0]


def test_temperature_below_38_is_not_a_red_flag(catalog):
    record = day(catalog, MON, temperature=Decimal("37.9"), fever=1)
    assert assess_day(record, previous={}, symptoms=catalog.by_id) == []


def test_severe_fatigue_is_an_alert_but_not_a_red_flag(catalog):
    fatigue = concern_for(
        assess_day(day(catalog, MON, fatigue=3), previous={}, symptoms=catalog.by_id), "fatigue"
    )
    assert fatigue.alert and not fatigue.red_flag


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
