"""Summary downloads of long periods: asked for with a POST, prepared by a task, kept for the
person who asked for 24 hours, fetched by nobody else."""

import logging
from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from diary import tasks
from diary.exports import jobs
from diary.models import AuditEvent, CareGrant, CareRole, ExportJob
from tests.auth import sign_in
from tests.factories import UserFactory, care_team, clinician, connect_patient, log_day
from tests.test_security_settings import run

LONG = 120  # days: longer than EXPORT_BACKGROUND_AFTER_DAYS (90 by default)


@pytest.fixture
def diary(patient):
    """Two days 100 days apart, both with notes marked for the summary."""
    today = patient.today()
    for day, note in ((today, "walked by the river"), (today - timedelta(days=100), "slept ok")):
        entry = log_day(patient, day, notes=note, severities={"fatigue": 2})
        entry.include_notes_in_summary = True
        entry.save()
    return patient


def long_query(patient, *, days: int = LONG, sections: tuple[str, ...] = ()) -> str:
    start = patient.today() - timedelta(days=days - 1)
    query = f"preset=custom&start={start}&end={patient.today()}"
    return query + "".join(f"&section={s}" for s in sections)


def ask(client, patient, *, kind: str = "csv", query: str | None = None):
    return client.post(
        reverse("export_start", args=[patient.public_id]),
        {"kind": kind, "query": long_query(patient) if query is None else query},
    )


def job_url(job, name: str = "export_job") -> str:
    return reverse(name, args=[job.patient.public_id, job.public_id])


def test_a_long_download_link_offers_to_prepare_it_and_writes_nothing(owner_client, diary):
    url = reverse("summary_csv", args=[diary.public_id]) + "?" + long_query(diary)
    response = owner_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Prepare the CSV file" in response.content.decode()
    assert not ExportJob.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT).exists()


def test_a_short_download_is_still_made_in_the_request(owner_client, diary):
    response = owner_client.get(reverse("summary_csv", args=[diary.public_id]) + "?preset=30")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert not ExportJob.objects.exists()


@override_settings(EXPORT_BACKGROUND_AFTER_DAYS=200)
def test_the_threshold_is_the_setting(owner_client, diary):
    response = owner_client.get(
        reverse("summary_csv", args=[diary.public_id]) + "?" + long_query(diary)
    )
    assert response["Content-Type"].startswith("text/csv")


def test_a_long_export_is_queued_on_commit_and_produced(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = ask(owner_client, diary)
    assert len(callbacks) == 1
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == job_url(job)
    assert job.status == ExportJob.Status.READY and job.requested_by == diary.user
    page = owner_client.get(job_url(job)).content.decode()
    assert "Your export is ready" in page and job_url(job, "export_download") in page
    assert "data-refresh" not in page and "export-status.js" not in page
    download = owner_client.get(job_url(job, "export_download"))
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/csv")
    assert download["Cache-Control"] == "no-store"
    assert "attachment;" in download["Content-Disposition"]
    assert b"walked by the river" in download.content and b"slept ok" in download.content
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT)
    assert event.patient == diary and event.detail == "csv"


def test_a_long_pdf_is_produced_by_the_task(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary, kind="pdf")
    job = ExportJob.objects.get()
    download = owner_client.get(job_url(job, "export_download"))
    assert download["Content-Type"] == "application/pdf"
    assert download.content.startswith(b"%PDF")


def test_while_it_is_prepared_the_page_says_so_and_checks_again(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        ask(owner_client, diary)
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.PENDING
    page = owner_client.get(job_url(job)).content.decode()
    assert "Preparing your export" in page
    assert 'data-refresh="5"' in page and "js/export-status.js" in page
    assert "<script>" not in page  # no inline script: the strict CSP stays
    assert owner_client.get(job_url(job, "export_download")).status_code == 404


def test_pressing_prepare_twice_makes_one_job(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first = ask(owner_client, diary)
        second = ask(owner_client, diary)
    assert ExportJob.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len(callbacks) == 1


def test_asking_again_just_after_it_was_ready_gives_the_same_file(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
        ask(owner_client, diary)
    assert ExportJob.objects.count() == 1


def test_a_different_choice_is_a_different_job(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary, kind="csv")
        ask(owner_client, diary, kind="json")
    assert ExportJob.objects.count() == 2


def test_a_stranger_gets_404_for_the_job_the_file_and_the_request(
    client, diary, stranger, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job, _ = jobs.request_export(
            patient=diary,
            user=diary.user,
            kind="csv",
            period=jobs.Period(diary.today() - timedelta(days=LONG), diary.today()),
            sections=[],
            hide_notes=False,
        )
    sign_in(client, stranger.user)
    assert client.get(job_url(job)).status_code == 404
    assert client.get(job_url(job, "export_download")).status_code == 404
    assert ask(client, diary).status_code == 404
    # Her job's id under the stranger's own diary finds nothing either.
    own = reverse("export_download", args=[stranger.public_id, job.public_id])
    assert client.get(own).status_code == 404
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT).exists()


def test_a_caregiver_of_the_same_diary_cannot_fetch_her_file(
    client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client_for(client, diary.user), diary)
    job = ExportJob.objects.get()
    carer = UserFactory()
    CareGrant.objects.create(patient=diary, caregiver=carer, role=CareRole.VIEWER)
    client_for(client, carer)
    assert client.get(job_url(job)).status_code == 404
    assert client.get(job_url(job, "export_download")).status_code == 404


def client_for(client, user):
    client.logout()
    sign_in(client, user)
    return client


def test_a_caregiver_may_ask_for_her_own_copy(client, diary, django_capture_on_commit_callbacks):
    carer = UserFactory()
    CareGrant.objects.create(patient=diary, caregiver=carer, role=CareRole.VIEWER)
    sign_in(client, carer)
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, diary)
    job = ExportJob.objects.get()
    assert job.requested_by == carer
    assert client.get(job_url(job, "export_download")).status_code == 200


def test_anonymous_is_sent_to_log_in(client, diary):
    response = ask(client, diary)
    assert response.status_code == 302 and "login" in response["Location"]
    assert not ExportJob.objects.exists()


def test_wrong_methods_get_405(owner_client, diary, django_capture_on_commit_callbacks):
    assert owner_client.get(reverse("export_start", args=[diary.public_id])).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
    job = ExportJob.objects.get()
    assert owner_client.post(job_url(job)).status_code == 405
    assert owner_client.post(job_url(job, "export_download")).status_code == 405


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "exe", "query": "preset=90"},
        {"kind": "csv", "query": "preset=custom&start=2001-01-01"},
        {"kind": "csv", "query": "preset=custom"},
    ],
)
def test_a_request_not_understood_is_refused_and_saves_nothing(owner_client, diary, data):
    response = owner_client.post(reverse("export_start", args=[diary.public_id]), data)
    assert response.status_code == 400
    assert "could not be asked for" in response.content.decode()
    assert not ExportJob.objects.exists()


def test_the_chosen_sections_are_honoured_in_the_queued_file(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary, query=long_query(diary, sections=("symptoms",)))
    job = ExportJob.objects.get()
    assert job.sections == ["symptoms"]
    content = owner_client.get(job_url(job, "export_download")).content
    assert b"fatigue" in content
    assert b"walked by the river" not in content  # the Notes section was not chosen


def test_notes_not_marked_for_the_summary_stay_out_of_the_queued_file(
    owner_client, diary, django_capture_on_commit_callbacks
):
    diary.entries.filter(date=diary.today()).update(include_notes_in_summary=False)
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
    content = owner_client.get(job_url(ExportJob.objects.get(), "export_download")).content
    assert b"slept ok" in content and b"walked by the river" not in content


def test_a_team_she_did_not_show_notes_gets_a_file_without_them(
    client, diary, django_capture_on_commit_callbacks
):
    team = care_team()
    connect_patient(diary, team, share_notes=False)
    client.force_login(clinician(team))
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, diary)
    job = ExportJob.objects.get()
    assert job.hide_notes
    content = client.get(job_url(job, "export_download")).content
    assert b"fatigue" in content and b"walked by the river" not in content


def test_a_team_that_stops_seeing_notes_cannot_fetch_a_file_made_with_them(
    client, diary, django_capture_on_commit_callbacks
):
    team = care_team()
    connection = connect_patient(diary, team, share_notes=True)
    client.force_login(clinician(team))
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, diary)
    job = ExportJob.objects.get()
    assert b"walked by the river" in client.get(job_url(job, "export_download")).content
    connection.share_notes = False
    connection.save()
    assert client.get(job_url(job, "export_download")).status_code == 404
    assert client.get(job_url(job)).status_code == 404


def test_a_waiting_file_is_made_without_notes_she_hid_after_it_was_asked_for(client, diary):
    team = care_team()
    connection = connect_patient(diary, team, share_notes=True)
    client.force_login(clinician(team))
    ask(client, diary)  # not run on commit: the file waits
    connection.share_notes = False
    connection.save()
    job = ExportJob.objects.get()
    assert jobs.prepare(job.pk) == ExportJob.Status.READY
    job.refresh_from_db()
    assert b"fatigue" in bytes(job.content) and b"walked by the river" not in bytes(job.content)


def test_a_short_period_is_not_prepared_in_the_background(owner_client, diary):
    response = ask(owner_client, diary, query="preset=30")
    assert response.status_code == 400
    assert not ExportJob.objects.exists()


def test_one_person_may_have_only_a_few_files_waiting(owner_client, diary):
    for days in range(LONG, LONG + jobs.MAX_WAITING):
        assert ask(owner_client, diary, query=long_query(diary, days=days)).status_code == 302
    response = ask(owner_client, diary, query=long_query(diary, days=LONG + 10))
    assert response.status_code == 400
    assert "files of this diary being prepared or ready" in response.content.decode()
    assert ExportJob.objects.count() == jobs.MAX_WAITING
    # the same request as one already waiting still leads to it
    assert ask(owner_client, diary, query=long_query(diary, days=LONG)).status_code == 302


def test_an_expired_export_is_gone_and_the_clean_up_deletes_it(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
    job = ExportJob.objects.get()
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert owner_client.get(job_url(job)).status_code == 404
    assert owner_client.get(job_url(job, "export_download")).status_code == 404
    assert jobs.delete_expired() == 1
    assert not ExportJob.objects.exists()


def test_a_fresh_export_survives_the_clean_up(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
    assert jobs.delete_expired() == 0
    assert ExportJob.objects.get().expires_at > timezone.now() + timedelta(hours=23)


def test_the_clean_up_and_the_sweep_are_scheduled():
    scheduled = dict(tasks.SCHEDULED)
    assert "diary.exports.jobs.delete_expired" in scheduled
    assert "diary.exports.jobs.sweep" in scheduled


def test_a_queue_that_is_down_loses_no_export(
    owner_client, diary, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def down(*args, **kwargs):
        raise ConnectionError

    monkeypatch.setattr(jobs, "render_export", down)
    with django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
    assert "Task queue unavailable" in caplog.text
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.PENDING
    assert jobs.sweep() == 0  # too fresh: the queue may still deliver it
    ExportJob.objects.update(created_at=timezone.now() - timedelta(minutes=3))
    assert jobs.sweep() == 1
    job.refresh_from_db()
    assert job.status == ExportJob.Status.READY


def test_a_job_another_worker_holds_is_not_rendered_twice(
    owner_client, diary, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        ask(owner_client, diary)
    job = ExportJob.objects.get()
    ExportJob.objects.update(claimed_at=timezone.now())
    assert jobs.prepare(job.pk) == "skipped"
    ExportJob.objects.update(claimed_at=timezone.now() - timedelta(minutes=11))
    assert jobs.prepare(job.pk) == ExportJob.Status.READY


def test_a_failure_is_shown_and_logged_without_her_data(
    owner_client, diary, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broken(job):
        raise ValueError("walked by the river")

    monkeypatch.setattr(jobs, "render", broken)
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        ask(owner_client, diary)
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.FAILED
    assert "ValueError" in caplog.text and "walked by the river" not in caplog.text
    assert "could not be prepared" in owner_client.get(job_url(job)).content.decode()
    assert owner_client.get(job_url(job, "export_download")).status_code == 404


def test_the_threshold_setting_is_parsed_strictly():
    for value in ("ninety", "0"):
        result = run("pass", EXPORT_BACKGROUND_AFTER_DAYS=value)
        assert result.returncode != 0
        assert "EXPORT_BACKGROUND_AFTER_DAYS:" in result.stderr
