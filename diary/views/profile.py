from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from diary import audit
from diary.access import patients_visible_to
from diary.forms import AccountForm, PatientForm
from diary.models import AuditEvent, Patient


@require_http_methods(["GET", "POST"])
@login_required
def profile(request):
    """The signed-in person's name and time zone, and what her diary records about her."""
    patient = Patient.objects.filter(user=request.user).first()
    is_new = patient is None
    # A caregiver has no diary of her own unless she asks for one.
    caregiver_only = is_new and patients_visible_to(request.user).exists()
    with_diary = not caregiver_only or request.GET.get("own_diary") == "1"
    if is_new:
        patient = Patient(user=request.user)
    account_form = AccountForm(request.POST or None, instance=request.user, prefix="account")
    patient_form = (
        PatientForm(request.POST or None, instance=patient, prefix="diary") if with_diary else None
    )
    forms_valid = account_form.is_valid() and (patient_form is None or patient_form.is_valid())
    if request.method == "POST" and forms_valid:
        with transaction.atomic():
            account_form.save()
            if patient_form is not None:
                patient_form.save()
            changed = [f"account.{f}" for f in account_form.changed_data]
            if patient_form is not None:
                changed += [f"diary.{f}" for f in patient_form.changed_data]
            audit.record(
                request,
                AuditEvent.Action.PROFILE_CHANGED,
                patient=patient if patient_form is not None else None,
                detail=", ".join(changed),
            )
        if patient_form is None:
            messages.success(request, "Profile saved.")
            return redirect("home")
        messages.success(request, "Your diary is ready." if is_new else "Profile saved.")
        return redirect("diary_home", patient=patient.public_id)
    return render(
        request,
        "diary/profile.html",
        {
            "account_form": account_form,
            "patient_form": patient_form,
            "is_new": is_new and with_diary,
            "caregiver_only": caregiver_only and not with_diary,
        },
        status=400 if request.method == "POST" else 200,
    )
