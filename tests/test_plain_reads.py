"""Reads written as SQL once per process (the session, the user, the diary's patient, her
treatments, her answers to red flags) give what the ORM's queries they replace gave."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.db.models import BooleanField, Count, Exists, Min, OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils import timezone

from diary.access import page_annotations, patient_with_annotations
from diary.checkin import _has_doses, _has_open_items, _update_report, day_to_save, reports_of_day
from diary.checkin_page import _near_entries, near_days
from diary.days import RatingIndex, SavedDay, answer_notes, answer_text, attach_doses, report_values
from diary.measures import WEEKLY_LOOKBACK_DAYS, weight_prompt
from diary.models import (
    Appointment,
    CareGrant,
    DailyEntry,
    DoseLog,
    Drug,
    Patient,
    Question,
    RedFlagAnswer,
    Symptom,
    SymptomReport,
    Treatment,
    TreatmentType,
    TriageItem,
    User,
)
from diary.sessions import SessionStore
from diary.summary.days import DAY_FIELDS, HAD_BEFORE, SummaryDay, period_days, ratings_from
from diary.summary.model import Period
from diary.summary.since import acknowledgement_rows, last_visit, open_questions
from diary.treatments import dose_values, treatments_of
from diary.views.days import _has_reminder
from tests.factories import PatientFactory, UserFactory, care_team, log_day

pytestmark = pytest.mark.django_db


def fields(instance) -> dict | None:
    if instance is None:
        return None
    return {k: v for k, v in instance.__dict__.items() if k != "_state"}


def same_instance(a, b) -> None:
    assert type(a) is type(b)
    assert fields(a) == fields(b)
    assert (a._state.db, a._state.adding) == (b._state.db, b._state.adding)
    assert a._state.fields_cache.keys() == b._state.fields_cache.keys()


def test_her_treatments_are_the_orm_s_with_their_drug_kind_and_patient(patient):
    today = patient.today()
    kind = TreatmentType.objects.first()
    drug = Drug.objects.exclude(brand_names=[]).first()
    Treatment.objects.create(patient=patient, drug=drug, type=drug.type, start_date=today)
    Treatment.objects.create(
        patient=patient,
        custom_name="Paracetamol",
        type=kind,
        start_date=today - timedelta(days=9),
        stop_date=today,
    )
    Treatment.objects.create(patient=patient, custom_name="Tea", type=kind, start_date=today)
    Treatment.objects.create(
        patient=PatientFactory(), custom_name="Someone else's", type=kind, start_date=today
    )
    mine = treatments_of(patient)
    orm = list(patient.treatments.select_related("drug", "type").order_by("start_date", "pk"))
    assert [t.pk for t in mine] == [t.pk for t in orm] and len(mine) == 3
    for a, b in zip(mine, orm, strict=True):
        same_instance(a, b)
        assert fields(a.drug) == fields(b.drug) and fields(a.type) == fields(b.type)
        assert a.patient is patient
    assert mine[1].drug.brand_names == drug.brand_names


def test_answers_name_a_caregiver_who_gave_them_as_the_orm_s_did(patient):
    today = patient.today()
    symptoms = list(Symptom.objects.order_by("pk")[:3])
    carer = UserFactory(name="")  # shown by her address
    for symptom, by in zip(symptoms, (None, patient.user, carer), strict=True):
        RedFlagAnswer.objects.create(
            patient=patient,
            date=today,
            symptom=symptom,
            answer="contacted",
            answered_by=by,
            severity=3,
            temperature_c=Decimal("38.4"),
        )
    RedFlagAnswer.objects.create(
        patient=patient,
        date=today - timedelta(days=3),
        symptom=symptoms[0],
        answer="known",
        severity=2,
    )
    RedFlagAnswer.objects.create(
        patient=PatientFactory(), date=today, symptom=symptoms[0], answer="contacted", severity=1
    )
    notes = answer_notes(patient, start=today - timedelta(days=5), end=today)
    orm = RedFlagAnswer.objects.filter(patient=patient).select_related("answered_by")
    expected: dict = {}
    for answer in orm:
        expected.setdefault(answer.date, {}).setdefault(answer.symptom_id, []).append(
            answer_text(answer, patient)
        )
    assert {d: dict(by_symptom) for d, by_symptom in notes.items()} == expected
    assert notes[today][symptoms[2].pk] == [answer_text(orm.get(answered_by=carer), patient)]
    assert f"(answered by {carer.email})" in notes[today][symptoms[2].pk][0]
    assert "answered by" not in notes[today][symptoms[1].pk][0]
    assert answer_notes(patient, start=today - timedelta(days=2), end=today).keys() == {today}


def test_the_user_by_primary_key_is_the_orm_s_and_a_missing_one_raises(patient):
    user = User.objects.get(pk=patient.user.pk)
    same_instance(user, QuerySet(User).get(pk=patient.user.pk))
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=patient.user.pk + 1000)
    assert User.objects.get(email=patient.user.email) == user  # other look-ups: the ORM's


def test_a_group_s_users_keep_their_filter(patient):
    group = Group.objects.create(name="readers")
    with pytest.raises(User.DoesNotExist):
        group.user_set.get(pk=patient.user.pk)
    group.user_set.add(patient.user)
    assert group.user_set.get(pk=patient.user.pk) == patient.user


@pytest.mark.parametrize("pk", [2**63, -(2**63) - 1, 36**13 - 1])
def test_an_id_beyond_the_database_s_integers_is_not_found(db, pk):
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=pk)


def test_a_password_reset_link_naming_an_impossible_user_is_refused_not_an_error(client, db):
    response = client.get("/accounts/password/reset/key/zzzzzzzzzzzzz-x-y/")
    assert response.status_code == 200
    assert b"invalid" in response.content.lower() or b"expired" in response.content.lower()


@pytest.mark.parametrize("viewer", ["owner", "caregiver", "stranger"])
def test_the_diary_s_patient_row_is_the_orm_s(patient, viewer):
    user = {"owner": patient.user, "caregiver": UserFactory(), "stranger": UserFactory()}[viewer]
    if viewer == "caregiver":
        CareGrant.objects.create(patient=patient, caregiver=user, role="viewer")
    annotations = {**page_annotations(user), **_has_reminder(user)}
    mine = patient_with_annotations(patient.public_id, annotations)
    orm = (
        Patient.objects.select_related("user")
        .annotate(**annotations)
        .filter(public_id=patient.public_id)
        .first()
    )
    same_instance(mine, orm)
    same_instance(mine.user, orm.user)
    assert mine.user.patient is mine
    assert mine.page_cares_for_others is (viewer == "caregiver")
    assert mine.has_reminder is False


def test_an_unknown_diary_is_none_and_other_expressions_go_through_the_orm(patient):
    import uuid

    assert patient_with_annotations(uuid.uuid4(), page_annotations(patient.user)) is None
    exists = Exists(CareGrant.objects.filter(patient=OuterRef("pk")), output_field=BooleanField())
    found = patient_with_annotations(patient.public_id, {"granted": exists})
    assert found == patient and found.granted is False


def test_the_session_store_reads_a_live_session_and_drops_an_expired_one(patient):
    store = SessionStore()
    store["seen"] = 1
    store.create()
    store.save()
    assert SessionStore(store.session_key).load() == {"seen": 1}
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    expired = SessionStore(store.session_key)
    assert expired.load() == {} and expired.session_key is None
    assert SessionStore("not-a-key").load() == {}
    assert SessionStore().load() == {}


def test_a_session_ended_elsewhere_is_signed_out_at_the_next_request(owner_client, patient):
    home = reverse("diary_home", args=[patient.public_id])
    assert owner_client.get(home).status_code == 200
    Session.objects.all().delete()
    response = owner_client.get(home)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_the_reports_read_are_the_orm_s_without_deleted_days_or_other_patients(patient):
    today = patient.today()
    slugs = list(Symptom.objects.order_by("pk").values_list("slug", flat=True)[:4])
    for n in range(6):
        log_day(
            patient,
            today - timedelta(days=n),
            severities={slugs[n % 4]: 1 + n % 3, slugs[(n + 1) % 4]: 2},
            interference={slugs[n % 4]: n % 4},
        )
    log_day(PatientFactory(), today, severities={slugs[0]: 3})
    patient.entries.filter(date=today - timedelta(days=2)).update(deleted_at=timezone.now())
    start, end = today - timedelta(days=4), today - timedelta(days=1)
    orm = SymptomReport.objects.filter(
        entry__patient=patient, entry__date__gte=start, entry__date__lte=end
    ).values_list(
        "entry_id", "entry__date", "symptom_id", "severity", "interference", "treatment_id"
    )
    mine = report_values(patient, start, end)
    assert sorted(mine) == sorted(orm) and len(mine) == 6  # 3 live days of 2
    assert all(isinstance(row[1], date) for row in mine)


def test_the_dose_logs_read_are_the_orm_s_without_deleted_days(patient):
    today = patient.today()
    kind = TreatmentType.objects.first()
    mine_t = [
        Treatment.objects.create(patient=patient, custom_name=name, type=kind, start_date=today)
        for name in ("Tea", "Toast", "Other")
    ]
    for n in range(5):
        entry = log_day(patient, today - timedelta(days=n))
        for i, treatment in enumerate(mine_t):
            DoseLog.objects.create(
                entry=entry, treatment=treatment, status=("taken", "missed", "partly")[(n + i) % 3]
            )
    patient.entries.filter(date=today - timedelta(days=1)).update(deleted_at=timezone.now())
    start, end = today - timedelta(days=3), today
    ids = [mine_t[0].pk, mine_t[2].pk]
    orm = DoseLog.objects.filter(
        treatment__in=ids, entry__date__gte=start, entry__date__lte=end
    ).values_list("treatment_id", "status", "entry__date")
    mine = dose_values(ids, start, end)
    assert sorted(mine) == sorted(orm) and len(mine) == 6  # 3 live days of 2 treatments
    assert dose_values([], start, end) == []


@pytest.mark.parametrize("case", ["today and before", "before only", "none near"])
def test_the_check_in_s_near_days_and_last_weighing_are_the_orm_s(patient, case):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    today = patient.today()
    kind = TreatmentType.objects.first()
    tea = Treatment.objects.create(patient=patient, custom_name="Tea", type=kind, start_date=today)
    days = {
        "today and before": [0, 2, 3, 30],
        "before only": [1, 5, 30],
        "none near": [30, 40],
    }[case]
    for n in days:
        entry = log_day(patient, today - timedelta(days=n), weight_kg=Decimal("61.5") + n)
        DoseLog.objects.create(entry=entry, treatment=tea, status="taken")
    # A deleted day, later than the last weighing and inside the two weeks: never shown.
    deleted = log_day(patient, today - timedelta(days=min(days) + 1), weight_kg=Decimal("70"))
    DoseLog.objects.create(entry=deleted, treatment=tea, status="missed")
    DailyEntry.all_objects.filter(pk=deleted.pk).update(deleted_at=timezone.now())
    log_day(PatientFactory(), today, weight_kg=Decimal("80"))

    near = near_days(patient, today)
    mine, weighing = _near_entries(patient, today, today - timedelta(days=14))
    attach_doses(mine)
    orm = list(
        patient.entries.filter(date__lte=today, date__gte=today - timedelta(days=14))
        .order_by("-date")
        .prefetch_related("doses")[:2]
    )
    assert [e.pk for e in mine] == [e.pk for e in orm]
    assert [near.entry, near.before] == (
        [orm[0], orm[1] if len(orm) > 1 else None]
        if orm and orm[0].date == today
        else [None, orm[0] if orm else None]
    )
    for a, b in zip(mine, orm, strict=True):
        # (their doses' querysets are compared below)
        skip = {"report_list": None, "_prefetched_objects_cache": None}
        assert fields(a) | skip == fields(b) | skip
        assert a.patient is patient
        with CaptureQueriesContext(connection) as queries:
            doses = list(a.doses.all())
        assert len(queries) == 0
        assert [fields(d) for d in doses] == [fields(d) for d in b.doses.all()]
        assert all(d.entry is a for d in doses)
        assert list(a.doses.filter(status="missed")) == []  # filtered further: still this day's
    expected = weight_prompt(patient, today)
    assert near.weight == expected and near.weight.last is not None
    assert weighing == expected.last
    assert near.weight.last.date == today - timedelta(days=next(n for n in days if n))


def test_a_page_of_all_her_days_is_the_orm_s_with_the_count(patient):
    from diary.forms import HistoryFilterForm
    from diary.views.history import FILTERS, all_days_page

    today = patient.today()
    for n in range(7):
        log_day(patient, today - timedelta(days=n), temperature_c=Decimal("37.2"))
    log_day(PatientFactory(), today)
    patient.entries.filter(date=today - timedelta(days=3)).update(deleted_at=timezone.now())
    entries = patient.entries.order_by("-date")
    total = entries.order_by().values("patient_id").annotate(n=Count("pk")).values("n")
    for start, size in ((0, 4), (4, 4), (8, 4)):
        orm = list(entries.annotate(page_total=Subquery(total))[start : start + size])
        mine = all_days_page(patient, start, size)
        assert [fields(a) for a in mine] == [fields(b) for b in orm]
        assert all(a.patient is patient for a in mine)
    assert [a.page_total for a in all_days_page(patient, 0, 2)] == [6, 6]
    # Every field of the filter form narrows the days: a new one must be added to FILTERS.
    assert set(HistoryFilterForm.base_fields) <= set(FILTERS)


@pytest.mark.parametrize("doses", [True, False])
def test_her_days_read_with_sql_are_load_days_views(patient, catalog, doses):
    from diary.days import load_days, on, on_or_after, read_days

    today = patient.today()
    kind = TreatmentType.objects.first()
    tea = Treatment.objects.create(patient=patient, custom_name="Tea", type=kind, start_date=today)
    for n in range(6):
        entry = log_day(
            patient,
            today - timedelta(days=n),
            severities={"fatigue": 1 + n % 3, "nausea": 3 - n % 3},
            temperature_c=Decimal("38.3") if n == 2 else None,
            notes=f"day {n}",
        )
        DoseLog.objects.create(entry=entry, treatment=tea, status="taken")
    log_day(PatientFactory(), today, severities={"fatigue": 3})
    patient.entries.filter(date=today - timedelta(days=1)).update(deleted_at=timezone.now())

    def seen(views):
        return [
            (
                fields(v.entry) | {"report_list": None, "_prefetched_objects_cache": None},
                v.entry.patient is patient,
                [(r.symptom.pk, r.severity, r.treatment_name) for r in v.reports],
                [(c.symptom.pk, c.reasons) for c in v.concerns],
                [fields(d) for d in v.entry.doses.all()] if doses else None,
            )
            for v in views
        ]

    since = today - timedelta(days=4)
    mine = read_days(patient, *on_or_after(since), catalog=catalog, doses=doses)
    orm = load_days(patient, patient.entries.filter(date__gte=since), catalog=catalog, doses=doses)
    assert seen(mine) == seen(orm) and len(mine) == 4
    assert any(v.concerns for v in mine)
    one = read_days(patient, *on(today), catalog=catalog, doses=doses)
    day = patient.entries.filter(date=today)
    assert seen(one) == seen(load_days(patient, day, catalog=catalog, doses=doses))
    assert len(one) == 1


def test_her_recently_deleted_days_are_the_orm_s(patient):
    from diary.deleted_days import KEEP_DAYS, recently_deleted

    today = patient.today()
    now = timezone.now()
    for n, ago in ((1, 2), (2, 0), (3, KEEP_DAYS + 1), (4, 5)):
        log_day(patient, today - timedelta(days=n))
        DailyEntry.all_objects.filter(patient=patient, date=today - timedelta(days=n)).update(
            deleted_at=now - timedelta(days=ago, minutes=n)
        )
    other = log_day(PatientFactory(), today)
    DailyEntry.all_objects.filter(pk=other.pk).update(deleted_at=now)
    orm = (
        DailyEntry.all_objects.filter(
            patient=patient, deleted_at__gte=now - timedelta(days=KEEP_DAYS)
        )
        .order_by("-deleted_at")
        .values_list("date", "deleted_at")
    )
    mine = recently_deleted(patient, now=now)
    assert [(d.date, d.deleted_at) for d in mine] == list(orm)
    assert [d.date for d in mine] == [today - timedelta(days=n) for n in (2, 1, 4)]


def test_the_summary_s_days_are_the_orm_s_without_deleted_days_or_other_patients(patient):
    today = patient.today()
    for n in range(6):
        log_day(
            patient,
            today - timedelta(days=n),
            severities={"fatigue": 1 + n % 3},
            notes=f"day {n}",
            temperature_c=Decimal("38.4") if n == 1 else None,
            weight_kg=Decimal("61.5") if n == 2 else None,
            pain_score=n,
            recall_days=7 if n == 3 else 1,
        )
    log_day(PatientFactory(), today - timedelta(days=1), severities={"fatigue": 3})
    patient.entries.filter(date=today - timedelta(days=2)).update(deleted_at=timezone.now())
    start, end = today - timedelta(days=4), today - timedelta(days=1)
    orm = patient.entries.filter(date__gte=start, date__lte=end).order_by("date")
    mine = period_days(patient, start, end)
    assert [tuple(getattr(d, name) for name in SummaryDay.__slots__[:12]) for d in mine] == list(
        orm.values_list(*DAY_FIELDS)
    )
    assert [d.date for d in mine] == [today - timedelta(days=n) for n in (4, 3, 1)]
    assert isinstance(mine[-1].temperature_c, Decimal) and isinstance(mine[0].updated_at, datetime)
    assert period_days(patient, today + timedelta(days=1), today + timedelta(days=9)) == []


@pytest.mark.parametrize("with_previous", [True, False])
def test_the_summary_s_ratings_are_the_orm_s_with_the_symptoms_before(patient, with_previous):
    today = patient.today()
    slugs = list(Symptom.objects.order_by("pk").values_list("slug", flat=True)[:5])
    for n in range(12):
        log_day(
            patient,
            today - timedelta(days=n),
            severities={slugs[n % 3]: n % 3, slugs[3]: 0, slugs[4]: 1 if n == 10 else 0},
            interference={slugs[n % 3]: n % 4},
        )
    log_day(PatientFactory(), today - timedelta(days=9), severities={slugs[3]: 3})
    patient.entries.filter(date=today - timedelta(days=8)).update(deleted_at=timezone.now())
    start, end = today - timedelta(days=5), today
    previous = Period(today - timedelta(days=11), today - timedelta(days=6))
    orm = SymptomReport.objects.filter(
        entry__patient=patient, entry__date__gte=start, entry__date__lte=end
    ).values_list(
        "entry_id", "entry__date", "symptom_id", "severity", "interference", "treatment_id"
    )
    mine = ratings_from(patient, start, end, previous if with_previous else None)
    ratings = [row for row in mine if row[3] != HAD_BEFORE]
    assert sorted(ratings) == sorted(orm) and len(ratings) == 6 * 3
    assert all(isinstance(row[1], date) for row in mine)
    had = {row[2]: row[1] for row in mine if row[3] == HAD_BEFORE}
    if not with_previous:
        assert had == {}
        return
    orm_had = (
        SymptomReport.objects.reported()
        .filter(
            entry__patient=patient,
            entry__date__gte=previous.start,
            entry__date__lte=previous.end,
        )
        .order_by()
        .values("symptom_id")
        .annotate(day=Min("entry__date"))
        .values_list("symptom_id", "day")
    )
    assert had == dict(orm_had)
    # Rated "None" only (slugs[3], and slugs[3] at 3 only by another patient) is not had;
    # slugs[4] only on day 10; the deleted day 8 counts for nothing.
    ids = dict(Symptom.objects.values_list("slug", "pk"))
    assert ids[slugs[3]] not in had and had[ids[slugs[4]]] == today - timedelta(days=10)
    assert all(row[0] is None for row in mine if row[3] == HAD_BEFORE)


def test_the_day_a_save_reads_is_the_orm_s_with_its_doses_and_open_items(patient):
    today = patient.today()
    kind = TreatmentType.objects.first()
    pill = Treatment.objects.create(
        patient=patient, custom_name="Pill", type=kind, start_date=today, track_doses=True
    )
    team = care_team()
    fatigue = Symptom.objects.get(slug="fatigue")
    for n in range(4):
        ratings = {"fatigue": 1 + n % 3, "cough": n % 2}
        log_day(patient, today - timedelta(days=n), severities=ratings)
    log_day(patient, today - timedelta(days=4), wellbeing=5)  # no reports
    entries = {n: patient.entries.get(date=today - timedelta(days=n)) for n in range(4)}
    DoseLog.objects.create(entry=entries[0], treatment=pill, status=DoseLog.Status.TAKEN)

    def item(day, status, entry=None, whose=patient):
        TriageItem.objects.create(
            team=team,
            patient=whose,
            entry=entry,
            date=day,
            symptom=fatigue,
            kind=TriageItem.Kind.ALERT,
            severity=3,
            status=status,
            due_at=timezone.now(),
        )

    item(today - timedelta(days=1), TriageItem.Status.OPEN, entries[1])  # by its entry
    item(today - timedelta(days=2), TriageItem.Status.ACKNOWLEDGED)  # by its date
    item(today - timedelta(days=3), TriageItem.Status.WITHDRAWN, entries[3])  # not open
    other = PatientFactory()
    log_day(other, today - timedelta(days=3), severities={"fatigue": 3})
    item(today - timedelta(days=3), TriageItem.Status.OPEN, whose=other)  # another's
    patient.entries.filter(date=today - timedelta(days=2)).update(deleted_at=timezone.now())
    found = {}
    for n in range(5):
        day = today - timedelta(days=n)
        mine = day_to_save(patient, day)
        orm = (
            patient.entries.filter(date=day)
            .annotate(has_doses=_has_doses(), has_open_items=_has_open_items())
            .first()
        )
        if orm is None:
            assert mine is None
            continue
        # Its reports, read in the same statement, are reports_of_day's (the ORM's).
        reports = sorted(mine.__dict__.pop("reports_read"), key=lambda r: r.pk)
        theirs = SymptomReport._base_manager.filter(entry=orm).order_by("pk")
        assert len(reports) == len(theirs) == (2 if n < 4 else 0)
        for a, b in zip(reports, theirs, strict=True):
            same_instance(a, b)
        same_instance(mine, orm)  # has_doses and has_open_items included
        assert mine.patient is patient
        found[n] = (mine.has_doses, mine.has_open_items)
    # The deleted day and a day without an entry are None.
    assert found == {0: (True, False), 1: (False, True), 3: (False, False), 4: (False, False)}


def test_a_saved_day_s_earlier_ratings_are_rating_index_load_s(patient, catalog):
    today = patient.today()
    slugs = list(Symptom.objects.order_by("pk").values_list("slug", flat=True)[:3])
    for n in range(25):
        log_day(patient, today - timedelta(days=n), severities={slugs[n % 3]: 1 + n % 3})
    log_day(PatientFactory(), today - timedelta(days=1), severities={slugs[0]: 3})
    patient.entries.filter(date=today - timedelta(days=4)).update(deleted_at=timezone.now())
    entry = patient.entries.get(date=today)
    ids = [s.pk for s in Symptom.objects.filter(slug__in=slugs)]
    mine = SavedDay(entry, catalog=catalog, reports={})._load_ratings()
    orm = RatingIndex.load(patient, start=today - timedelta(days=WEEKLY_LOOKBACK_DAYS), end=today)
    for day in (today, today - timedelta(days=3), today - timedelta(days=5)):
        for days in (2, 7, 21):
            found = mine.last_before(day, ids, days=days)
            assert found == orm.last_before(day, ids, days=days)
    assert mine._dates == orm._dates and mine._severities == orm._severities
    assert today - timedelta(days=4) not in [d for dates in mine._dates.values() for d in dates]


def test_her_last_visit_is_the_orm_s_last_appointment_before_now(patient):
    assert last_visit(patient) is None
    now = timezone.now()
    for hours in (-30 * 24, -50, 3):
        Appointment.objects.create(
            patient=patient, starts_at=now + timedelta(hours=hours), kind="oncology"
        )
    Appointment.objects.create(
        patient=PatientFactory(), starts_at=now - timedelta(hours=1), kind="oncology"
    )
    last = patient.appointments.filter(starts_at__lt=timezone.now()).order_by("starts_at").last()
    assert last_visit(patient) == timezone.localtime(last.starts_at, patient.zone).date()
    assert last_visit(patient) == timezone.localtime(now - timedelta(hours=50), patient.zone).date()


def test_her_open_questions_are_the_orm_s(patient):
    today = patient.today()
    for n, answered in enumerate([None, timezone.now(), None, None]):
        Question.objects.create(
            patient=patient,
            text=f"question {n}",
            asked_on=today - timedelta(days=n % 2),
            answered_at=answered,
        )
    Question.objects.create(patient=PatientFactory(), text="another's", asked_on=today)
    mine = open_questions(patient)
    orm = list(patient.questions.filter(answered_at__isnull=True))
    assert [q.pk for q in mine] == [q.pk for q in orm] and len(mine) == 3
    for a, b in zip(mine, orm, strict=True):
        same_instance(a, b)
        assert a.patient is patient


def test_the_care_teams_acknowledgements_are_the_orm_s(patient):
    today = patient.today()
    fatigue = Symptom.objects.get(slug="fatigue")
    first, second = care_team("First clinic"), care_team("Second clinic")
    other = PatientFactory()
    for n, (team, status, acknowledged, whose) in enumerate(
        [
            (first, TriageItem.Status.OPEN, None, patient),
            (second, TriageItem.Status.ACKNOWLEDGED, timezone.now(), patient),
            (first, TriageItem.Status.WITHDRAWN, None, patient),
            (second, TriageItem.Status.CLOSED, timezone.now() - timedelta(hours=2), patient),
            (first, TriageItem.Status.OPEN, None, other),
        ]
    ):
        TriageItem.objects.create(
            team=team,
            patient=whose,
            date=today - timedelta(days=n % 3),
            symptom=fatigue,
            kind=TriageItem.Kind.ALERT,
            severity=3,
            status=status,
            acknowledged_at=acknowledged,
            due_at=timezone.now(),
        )
    TriageItem.objects.create(
        team=first,
        patient=patient,
        date=today - timedelta(days=40),  # outside the period
        symptom=fatigue,
        kind=TriageItem.Kind.ALERT,
        severity=3,
        due_at=timezone.now(),
    )
    period = Period(today - timedelta(days=29), today)
    orm = (
        TriageItem.objects.filter(patient=patient, date__gte=period.start, date__lte=period.end)
        .exclude(status=TriageItem.Status.WITHDRAWN)
        .values_list("date", "symptom_id", "team__name", "acknowledged_at")
        .order_by("acknowledged_at", "pk")
    )
    mine = acknowledgement_rows(patient, period)
    assert mine == list(orm) and len(mine) == 3
    assert {row[2] for row in mine} == {"First clinic", "Second clinic"}


def test_a_saved_day_s_reports_are_the_orm_s_and_not_another_day_s(patient):
    today = patient.today()
    entry = log_day(patient, today, severities={"fatigue": 2, "nausea": 0, "cough": 1})
    log_day(patient, today - timedelta(days=1), severities={"fatigue": 3})
    log_day(PatientFactory(), today, severities={"fatigue": 1})
    mine = sorted(reports_of_day(entry), key=lambda r: r.pk)
    orm = sorted(SymptomReport._base_manager.filter(entry=entry).order_by(), key=lambda r: r.pk)
    assert len(mine) == 3
    for a, b in zip(mine, orm, strict=True):
        same_instance(a, b)


def test_a_changed_report_s_update_writes_what_the_orm_s_wrote(patient):
    today = patient.today()
    carer = UserFactory()
    drug = Treatment.objects.create(
        patient=patient, custom_name="Pill", type=TreatmentType.objects.first(), start_date=today
    )
    first = log_day(patient, today, severities={"fatigue": 2, "nausea": 1})
    second = log_day(patient, today - timedelta(days=1), severities={"fatigue": 2, "nausea": 1})
    a = SymptomReport._base_manager.get(entry=first, symptom__slug="fatigue")
    b = SymptomReport._base_manager.get(entry=second, symptom__slug="fatigue")
    for report in (a, b):
        report.severity, report.treatment_id, report.interference = 3, drug.pk, 2
    _update_report(a, carer)
    SymptomReport._base_manager.filter(pk=b.pk).update(
        severity=b.severity,
        treatment_id=b.treatment_id,
        interference=b.interference,
        updated_by=carer,
    )

    def stored(report):
        values = SymptomReport._base_manager.filter(pk=report.pk).values().get()
        return {k: v for k, v in values.items() if k not in ("id", "entry_id")}

    assert stored(a) == stored(b)
    assert stored(a)["updated_by_id"] == carer.pk and stored(a)["severity"] == 3
    # The day's other report is left as it was.
    assert SymptomReport._base_manager.get(entry=first, symptom__slug="nausea").severity == 1
