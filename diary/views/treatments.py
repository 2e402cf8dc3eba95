from datetime import timedelta

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from diary import audit
from diary.access import Role, diary_view
from diary.charts import treatment_timeline
from diary.forms import TreatmentForm
from diary.models import AuditEvent, Treatment
from diary.treatments import adherence, worst_side_effect_by_day

TIMELINE_MAX_DAYS = 365


@diary_view(need=Role.VIEWER)
@require_safe
def treatments(request, patient):
    today = patient.today()
    items = list(patient.treatments.select_related("drug", "type").order_by("start_date", "pk"))
    current = [t for t in items if t.is_active_on(today) or t.start_date > today]
    past = [t for t in items if t not in current]
    start = max(
        min((t.start_date for t in items), default=today - timedelta(days=90)),
        today - timedelta(days=TIMELINE_MAX_DAYS - 1),
    )
    start = min(start, today - timedelta(days=29))
    chart = treatment_timeline(
        [t for t in items if t.start_date <= today],
        worst_side_effect_by_day(patient, start=start, end=today),
        start=start,
        end=today,
    )
    return render(
        request,
        "diary/treatments.html",
        {
            "patient": patient,
            "current": current,
            "past": list(reversed(past)),
            "chart": chart,
            "adherence_7": adherence(patient, end=today, days=7),
            "adherence_30": adherence(patient, end=today, days=30),
        },
    )


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
def treatment_edit(request, patient, pk=None):
    treatment = get_object_or_404(Treatment, pk=pk, patient=patient) if pk else None
    instance = treatment or Treatment(patient=patient)
    form = TreatmentForm(request.POST or None, instance=instance, today=patient.today())
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
            Action = AuditEvent.Action
            action = Action.TREATMENT_CHANGED if pk else Action.TREATMENT_ADDED
            detail = audit.change_detail(saved, form.changed_data if pk else ())
            audit.record(request, action, patient=patient, detail=detail)
        messages.success(request, f"Saved {saved.name}.")
        return redirect("treatments", patient=patient.public_id)
    return render(
        request,
        "diary/treatment_form.html",
        {"patient": patient, "form": form, "treatment": treatment},
        status=400 if request.method == "POST" else 200,
    )


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
def treatment_delete(request, patient, pk):
    treatment = get_object_or_404(Treatment.objects.select_related("drug"), pk=pk, patient=patient)
    if request.method == "POST":
        name = treatment.name
        detail = audit.change_detail(treatment)
        with transaction.atomic():
            treatment.delete()
            audit.record(
                request, AuditEvent.Action.TREATMENT_DELETED, patient=patient, detail=detail
            )
        messages.success(request, f"Removed {name}.")
        return redirect("treatments", patient=patient.public_id)
    return render(
        request,
        "diary/treatment_delete.html",
        {
            "patient": patient,
            "treatment": treatment,
            "dose_count": treatment.doses.count(),
            "report_count": treatment.reports.count(),
        },
    )
