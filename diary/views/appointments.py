from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from diary import audit
from diary.access import Role, diary_view
from diary.forms import AppointmentForm, QuestionForm
from diary.models import Appointment, AuditEvent, Question


@diary_view(need=Role.VIEWER)
@require_safe
def appointments(request, patient):
    now = timezone.now()
    items = list(patient.appointments.all())
    questions = list(patient.questions.all())
    return render(
        request,
        "diary/appointments.html",
        {
            "patient": patient,
            "upcoming": [a for a in items if a.starts_at >= now],
            "past": [a for a in reversed(items) if a.starts_at < now],
            "open_questions": [q for q in questions if q.answered_at is None],
            "answered_questions": [q for q in questions if q.answered_at is not None],
            "question_form": QuestionForm(today=patient.today()),
        },
    )


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
def appointment_edit(request, patient, pk=None):
    appointment = get_object_or_404(Appointment, pk=pk, patient=patient) if pk else None
    instance = appointment or Appointment(patient=patient)
    form = AppointmentForm(request.POST or None, instance=instance, patient=patient)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
            action = (
                AuditEvent.Action.APPOINTMENT_CHANGED if pk else AuditEvent.Action.APPOINTMENT_ADDED
            )
            detail = audit.change_detail(saved, form.changed_data if pk else ())
            audit.record(request, action, patient=patient, detail=detail)
        messages.success(request, "Appointment saved.")
        return redirect("appointments", patient=patient.public_id)
    return render(
        request,
        "diary/appointment_form.html",
        {"patient": patient, "form": form, "appointment": appointment},
        status=400 if request.method == "POST" else 200,
    )


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
def appointment_delete(request, patient, pk):
    appointment = get_object_or_404(Appointment, pk=pk, patient=patient)
    if request.method == "POST":
        detail = audit.change_detail(appointment)
        with transaction.atomic():
            appointment.delete()
            audit.record(
                request, AuditEvent.Action.APPOINTMENT_DELETED, patient=patient, detail=detail
            )
        messages.success(request, "Appointment removed.")
        return redirect("appointments", patient=patient.public_id)
    return render(
        request, "diary/appointment_delete.html", {"patient": patient, "appointment": appointment}
    )


def _back(request, patient):
    """Where to return after a question form: the page it came from, if it is ours."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        # Never redirect(target): it would try `target` as a URL name and fail with a 500.
        return HttpResponseRedirect(target)
    return redirect("appointments", patient=patient.public_id)


@diary_view(need=Role.EDITOR)
@require_POST
def question_add(request, patient):
    form = QuestionForm(request.POST, instance=Question(patient=patient), today=patient.today())
    if form.is_valid():
        with transaction.atomic():
            saved = form.save()
            audit.record(
                request,
                AuditEvent.Action.QUESTION_ADDED,
                patient=patient,
                detail=audit.change_detail(saved),
            )
        messages.success(request, "Question added for your next appointment.")
        return _back(request, patient)
    return render(
        request,
        "diary/question_form.html",
        {"patient": patient, "form": form, "next": request.POST.get("next", "")},
        status=400,
    )


@diary_view(need=Role.EDITOR)
@require_POST
def question_toggle(request, patient, pk):
    question = get_object_or_404(Question, pk=pk, patient=patient)
    question.answered_at = None if question.answered_at else timezone.now()
    with transaction.atomic():
        question.save(update_fields=["answered_at"])
        audit.record(
            request,
            AuditEvent.Action.QUESTION_CHANGED,
            patient=patient,
            detail=audit.change_detail(question, ["answered_at"]),
        )
    return _back(request, patient)


@diary_view(need=Role.EDITOR)
@require_POST
def question_delete(request, patient, pk):
    question = get_object_or_404(Question, pk=pk, patient=patient)
    detail = audit.change_detail(question)
    with transaction.atomic():
        question.delete()
        audit.record(request, AuditEvent.Action.QUESTION_DELETED, patient=patient, detail=detail)
    messages.success(request, "Question removed.")
    return _back(request, patient)
