from django.contrib import messages
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from diary import audit
from diary.access import Role, diary_view
from diary.catalog import Catalog, load_catalog
from diary.exports.csv import summary_csv
from diary.exports.fhir import summary_fhir_bytes
from diary.exports.pdf import summary_pdf
from diary.forms import SummaryOptionsForm
from diary.forms.summary import TopConcernsForm
from diary.models import AuditEvent
from diary.summary import Section, Summary, build_summary
from diary.summary.since import last_visit
from diary.teams import without_notes


def summary_options(patient, data) -> SummaryOptionsForm:
    return SummaryOptionsForm(data, today=patient.today(), last_appointment=last_visit(patient))


def _summary(
    request, patient, data=None, *, catalog: Catalog | None = None
) -> tuple[SummaryOptionsForm, Summary | None]:
    form = summary_options(patient, request.GET if data is None else data)
    if not form.is_valid() or "period" not in form.cleaned_data:
        return form, None
    sections = form.sections(patient.summary_sections)
    result = build_summary(
        patient,
        form.cleaned_data["period"],
        sections=sections,
        catalog=catalog,
        visit=form.last_appointment,  # read once for the form and the summary
    )
    if getattr(request, "diary_notes_hidden", False):  # a care team she did not show notes
        result = without_notes(result)
    return form, result


def attachment(content, *, content_type: str, summary: Summary, extension: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    period = summary.period
    response["Content-Disposition"] = (
        f'attachment; filename="symptom-summary-{period.start}-to-{period.end}.{extension}"'
    )
    response["Cache-Control"] = "no-store"
    return response


def _page(request, patient, *, query: QueryDict, concerns: TopConcernsForm | None = None):
    catalog = load_catalog(patient.page_catalog_token)
    form, result = _summary(request, patient, query, catalog=catalog)
    chosen = sorted(result.sections) if result else []
    editor = request.diary_role >= Role.EDITOR
    if editor and concerns is None:
        concerns = TopConcernsForm(
            catalog=catalog,
            initial={"concern": patient.top_concerns, "note": patient.top_concerns_note},
        )
    status = 200 if result else 400
    if concerns is not None and concerns.is_bound:
        status = 400  # only a refused choice of concerns is shown again
    return render(
        request,
        "diary/summary.html",
        {
            "patient": patient,
            "form": form,
            "summary": result,
            "query": query.urlencode(),
            "concerns_form": concerns if editor else None,
            # Offer to remember the sections when they differ from the saved choice.
            "remember": chosen
            if result and editor and chosen != patient.summary_sections
            else None,
        },
        status=status,
    )


@diary_view(need=Role.VIEWER)
@require_safe
def summary(request, patient):
    return _page(request, patient, query=request.GET)


@diary_view(need=Role.EDITOR)
@require_POST
def summary_concerns(request, patient):
    """Her top concerns (up to 3 symptoms, most important first, and a note): saved, then
    back to the same summary."""
    query = QueryDict(request.POST.get("query", ""))
    form = TopConcernsForm(request.POST, catalog=load_catalog(patient.page_catalog_token))
    if not form.is_valid():
        return _page(request, patient, query=query, concerns=form)
    patient.top_concerns = form.cleaned_data["concern"]
    patient.top_concerns_note = form.cleaned_data["note"]
    fields = ["top_concerns", "top_concerns_note"]
    if patient.summary_sections and Section.CONCERNS not in patient.summary_sections:
        # A choice of sections saved before there were concerns to print: print them now.
        patient.summary_sections = sorted({*patient.summary_sections, Section.CONCERNS.value})
        fields.append("summary_sections")
    patient.save(update_fields=fields)
    messages.success(request, "Your top concerns are saved.")
    target = reverse("summary", args=[patient.public_id])
    return redirect(f"{target}?{query.urlencode()}" if query else target)


@diary_view(need=Role.EDITOR)
@require_POST
def summary_sections(request, patient):
    """Remember the chosen sections for next time (a POST: showing a summary writes nothing)."""
    chosen = sorted({s for s in request.POST.getlist("section") if s in Section._value2member_map_})
    patient.summary_sections = chosen
    patient.save(update_fields=["summary_sections"])
    messages.success(request, "Your choice of sections is saved for next time.")
    target = reverse("summary", args=[patient.public_id])
    query = QueryDict(request.POST.get("query", "")).urlencode()
    return redirect(f"{target}?{query}" if query else target)


def _export(render_output, content_type: str, extension: str):
    @diary_view(need=Role.VIEWER)
    @require_safe
    def view(request, patient):
        from diary.views.exports import offer_background_export

        # A long period is prepared by a task worker: the page to ask for it (or its status).
        if (offered := offer_background_export(request, patient, extension)) is not None:
            return offered
        form, result = _summary(request, patient)
        if result is None:
            return render(
                request,
                "diary/summary.html",
                {"patient": patient, "form": form, "summary": None},
                status=400,
            )
        audit.record(request, AuditEvent.Action.EXPORT, patient=patient, detail=extension)
        return attachment(
            render_output(result), content_type=content_type, summary=result, extension=extension
        )

    return view


summary_pdf_view = _export(summary_pdf, "application/pdf", "pdf")
summary_csv_view = _export(summary_csv, "text/csv; charset=utf-8", "csv")
summary_fhir_view = _export(summary_fhir_bytes, "application/fhir+json", "json")
