"""Summary downloads of long periods: ask for one, watch it being prepared, fetch it.

The summary's download links lead here when the period is longer than
`settings.EXPORT_BACKGROUND_AFTER_DAYS` (diary/views/summary.py). Asking is a POST; the page of
a job checks again by itself (static/js/export-status.js; a "Check now" link without script)
until the file is ready. Every job belongs to the person who asked for it: anyone else, and
anyone who may no longer read the diary, gets 404; a care team she no longer shows her notes
gets 404 for a file prepared with them.
Fetching the file is audited as the downloads made in the request are.
"""

from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe

from diary import audit
from diary.access import Role, diary_view
from diary.exports import jobs
from diary.models import AuditEvent, ExportJob
from diary.views.summary import summary_options

REFRESH_SECONDS = 5


def _choice(patient, data):
    """(period, sections) from the summary's query string; (None, None) when not valid."""
    form = summary_options(patient, data)
    if not form.is_valid() or "period" not in form.cleaned_data:
        return None, None
    return form.cleaned_data["period"], form.sections(patient.summary_sections)


def offer_background_export(request, patient, extension: str):
    """The page offering to prepare a long download (or showing the one already asked for);
    None when the period is short enough to render in the request, or is not valid."""
    period, sections = _choice(patient, request.GET)
    if period is None or not jobs.in_background(period):
        return None
    hide_notes = getattr(request, "diary_notes_hidden", False)
    job = jobs.find(patient, request.user, jobs.choice_key(extension, period, sections, hide_notes))
    return render(
        request,
        "diary/export_job.html",
        {
            "patient": patient,
            "kind": ExportJob.Kind(extension),
            "period": period,
            "query": request.GET.urlencode(),
            "job": job,
            "offer": True,
        },
    )


@diary_view(need=Role.VIEWER)
@require_POST
def export_start(request, patient):
    """Ask for a long download: one job per choice, however often the button is pressed."""
    kind = request.POST.get("kind", "")
    query = request.POST.get("query", "")
    period, sections = _choice(patient, QueryDict(query))
    if period is None or kind not in ExportJob.Kind.values or not jobs.in_background(period):
        return _refused(request, patient)
    hide_notes = getattr(request, "diary_notes_hidden", False)
    choice = jobs.choice_key(kind, period, sections, hide_notes)
    if jobs.find(patient, request.user, choice) is None and jobs.too_many(patient, request.user):
        return _refused(request, patient, too_many=jobs.MAX_WAITING)
    job, _created = jobs.request_export(
        patient=patient,
        user=request.user,
        kind=kind,
        period=period,
        sections=sections,
        hide_notes=hide_notes,
    )
    return redirect("export_job", patient.public_id, job.public_id)


def _refused(request, patient, *, too_many: int | None = None):
    return render(
        request,
        "diary/export_job.html",
        {"patient": patient, "job": None, "invalid": True, "too_many": too_many},
        status=400,
    )


def _job(request, patient, job, *, content: bool = False) -> ExportJob:
    """The requester's own job; 404 for anyone else, and for a file prepared with her notes
    once the requester may no longer read them."""
    found = jobs.jobs_of(patient, request.user).filter(public_id=job)
    found = (found.defer(None) if content else found).first()
    if found is None or (getattr(request, "diary_notes_hidden", False) and not found.hide_notes):
        raise Http404("No such export.")
    return found


@diary_view(need=Role.VIEWER)
@require_safe
def export_job(request, patient, job):
    """The job's status: being prepared (the page checks again by itself), ready, or failed."""
    found = _job(request, patient, job)
    return render(
        request,
        "diary/export_job.html",
        {
            "patient": patient,
            "job": found,
            "kind": ExportJob.Kind(found.kind),
            "refresh": REFRESH_SECONDS if found.status == ExportJob.Status.PENDING else None,
        },
    )


@diary_view(need=Role.VIEWER)
@require_safe
def export_download(request, patient, job):
    found = _job(request, patient, job, content=True)
    if found.status != ExportJob.Status.READY:
        raise Http404("This export is not ready.")
    audit.record(request, AuditEvent.Action.EXPORT, patient=patient, detail=found.kind)
    response = HttpResponse(bytes(found.content), content_type=jobs.CONTENT_TYPES[found.kind])
    response["Content-Disposition"] = (
        f'attachment; filename="symptom-summary-{found.start}-to-{found.end}.{found.kind}"'
    )
    response["Cache-Control"] = "no-store"
    return response
