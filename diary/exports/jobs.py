"""Summary downloads of long periods, prepared in the background.

A download of more than `settings.EXPORT_BACKGROUND_AFTER_DAYS` days would hold a web worker for
seconds (a 3-year PDF or FHIR bundle), so the request only records an `ExportJob`; the task
`render_export`, enqueued once that row commits, renders the file with the choices saved in the
row (period, sections, whether notes are left out) and keeps its bytes in the row, in the
database, so that every web machine can hand it out. Only the person who asked may fetch it
(diary/views/exports.py), for `KEEP` after it was asked for; `delete_expired` (hourly) removes
it. A queue that is down loses nothing: `sweep` (every five minutes) prepares whatever is still
waiting. A worker takes a job by stamping `claimed_at`, so two workers never render the same one.
"""

import logging
from collections.abc import Iterable
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from huey.contrib.djhuey import db_task

from diary.models import ExportJob, Patient, User
from diary.summary import Period, Section

logger = logging.getLogger("diary.exports")

KEEP = timedelta(hours=24)  # a prepared file is kept this long after it was asked for
CLAIM_TIMEOUT = timedelta(minutes=10)  # a claim older than this belonged to a worker that died
SWEEP_AFTER = timedelta(minutes=2)  # waiting this long, a job is prepared by the sweep
REPEAT_WINDOW = timedelta(minutes=2)  # the same request again this soon gets the same file
MAX_WAITING = 3  # files one person may have waiting or ready for one diary at a time

CONTENT_TYPES = {
    ExportJob.Kind.PDF: "application/pdf",
    ExportJob.Kind.CSV: "text/csv; charset=utf-8",
    ExportJob.Kind.FHIR: "application/fhir+json",
}


def in_background(period: Period) -> bool:
    """Whether a download of `period` is prepared by a task rather than in the request."""
    return period.days > settings.EXPORT_BACKGROUND_AFTER_DAYS


def choice_key(kind: str, period: Period, sections: Iterable[str], hide_notes: bool) -> str:
    chosen = ",".join(sorted(str(s) for s in sections))
    return f"{kind}|{period.start}|{period.end}|{chosen}|{'no-notes' if hide_notes else 'notes'}"


def jobs_of(patient: Patient, user: User):
    """The files `user` asked for from `patient`'s diary that have not expired (without their
    bytes: only the download reads those)."""
    return ExportJob.objects.filter(
        patient=patient, requested_by=user, expires_at__gt=timezone.now()
    ).defer("content")


def too_many(patient: Patient, user: User) -> bool:
    """Whether `user` already has `MAX_WAITING` files of this diary waiting or ready."""
    return (
        jobs_of(patient, user)
        .filter(status__in=[ExportJob.Status.PENDING, ExportJob.Status.READY])
        .count()
        >= MAX_WAITING
    )


def find(patient: Patient, user: User, choice: str) -> ExportJob | None:
    """The job for this choice still worth showing: waiting, or ready (the newest)."""
    return (
        jobs_of(patient, user)
        .filter(choice=choice, status__in=[ExportJob.Status.PENDING, ExportJob.Status.READY])
        .order_by("-created_at")
        .first()
    )


def request_export(
    *,
    patient: Patient,
    user: User,
    kind: str,
    period: Period,
    sections: Iterable[str],
    hide_notes: bool,
) -> tuple[ExportJob, bool]:
    """The job for this choice, and whether it is new. A request repeated while the first is
    waiting (or just after it was ready) returns the first; the task is enqueued on commit."""
    sections = sorted(str(s) for s in sections)
    choice = choice_key(kind, period, sections, hide_notes)
    existing = find(patient, user, choice)
    now = timezone.now()
    if existing is not None and (
        existing.status == ExportJob.Status.PENDING or existing.created_at > now - REPEAT_WINDOW
    ):
        return existing, False
    try:
        with transaction.atomic():
            job = ExportJob.objects.create(
                patient=patient,
                requested_by=user,
                kind=kind,
                start=period.start,
                end=period.end,
                sections=sections,
                hide_notes=hide_notes,
                choice=choice,
                expires_at=now + KEEP,
            )
    except IntegrityError:  # the same request, at the same moment, from another tab
        same = find(patient, user, choice)  # waiting, or ready if it finished in between
        if same is None:
            raise
        return same, False
    transaction.on_commit(partial(enqueue, job.pk))
    return job, True


def enqueue(job_id: int) -> None:
    """Called on commit. A queue that is down loses nothing: the sweep prepares it later."""
    try:
        render_export(job_id)
    except Exception as error:
        logger.warning(
            "Task queue unavailable (%s); the sweep will prepare export %s.",
            type(error).__name__,
            job_id,
        )


@db_task()
def render_export(job_id: int) -> str:
    return prepare(job_id)


def notes_hidden_now(job: ExportJob) -> bool:
    """Whether the one who asked may not read her notes now: a care team she has not shown
    them (or no longer shows them) since the job was asked for."""
    from diary.access import Role, role_for, team_sees_notes

    role = role_for(job.requested_by, job.patient)
    return role == Role.TEAM and not team_sees_notes(job.requested_by, job.patient)


def render(job: ExportJob) -> bytes:
    """The file, from the choices saved in the job (and the diary as it is now: notes are left
    out when they were hidden when it was asked for, or are hidden now)."""
    from diary.exports.csv import summary_csv
    from diary.exports.fhir import summary_fhir_bytes
    from diary.exports.pdf import summary_pdf
    from diary.summary import build_summary
    from diary.teams import without_notes

    sections = frozenset(Section(v) for v in job.sections if v in Section._value2member_map_)
    summary = build_summary(job.patient, Period(job.start, job.end), sections=sections)
    if job.hide_notes or notes_hidden_now(job):
        summary = without_notes(summary)
    renderer = {
        ExportJob.Kind.PDF: summary_pdf,
        ExportJob.Kind.CSV: summary_csv,
        ExportJob.Kind.FHIR: summary_fhir_bytes,
    }[job.kind]
    output = renderer(summary)
    return output.encode() if isinstance(output, str) else output


def _claim(job_id: int) -> bool:
    now = timezone.now()
    return bool(
        ExportJob.objects.filter(pk=job_id, status=ExportJob.Status.PENDING, expires_at__gt=now)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT))
        .update(claimed_at=now)
    )


def prepare(job_id: int) -> str:
    """Render one waiting job, unless another worker has it. Returns its status afterwards."""
    if not _claim(job_id):
        return "skipped"
    job = ExportJob.objects.select_related("patient__user").get(pk=job_id)
    try:
        content = render(job)
    except Exception as error:  # the message could quote her data: only its type is logged
        logger.warning("Export %s could not be prepared: %s", job.pk, type(error).__name__)
        status, content = ExportJob.Status.FAILED, b""
    else:
        status = ExportJob.Status.READY
    ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.PENDING).update(
        status=status, content=content, finished_at=timezone.now()
    )
    return status


def sweep() -> int:
    """Every five minutes: prepare the jobs still waiting (a queue that was down, a worker
    that died). Returns how many were prepared."""
    waiting = ExportJob.objects.filter(
        status=ExportJob.Status.PENDING,
        created_at__lt=timezone.now() - SWEEP_AFTER,
        expires_at__gt=timezone.now(),
    ).values_list("pk", flat=True)
    return sum(prepare(pk) != "skipped" for pk in list(waiting[:20]))


def delete_expired(now=None) -> int:
    """Hourly: delete the files (ready, failed or never prepared) past their time."""
    deleted, _ = ExportJob.objects.filter(expires_at__lte=now or timezone.now()).delete()
    if deleted:
        logger.info("Export clean-up: %d expired exports deleted.", deleted)
    return deleted
