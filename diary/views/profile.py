from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from diary.forms import AccountForm, PatientForm
from diary.models import Patient


@require_http_methods(["GET", "POST"])
@login_required
def profile(request):
    """The signed-in person's name and time zone, and what her diary records about her."""
    patient = Patient.objects.filter(user=request.user).first()
    is_new = patient is None
    if is_new:
        patient = Patient(user=request.user)
    account_form = AccountForm(request.POST or None, instance=request.user, prefix="account")
    patient_form = PatientForm(request.POST or None, instance=patient, prefix="diary")
    if request.method == "POST" and account_form.is_valid() and patient_form.is_valid():
        with transaction.atomic():
            account_form.save()
            patient_form.save()
        messages.success(request, "Your diary is ready." if is_new else "Profile saved.")
        return redirect("diary_home", patient=patient.public_id)
    return render(
        request,
        "diary/profile.html",
        {"account_form": account_form, "patient_form": patient_form, "is_new": is_new},
        status=400 if request.method == "POST" else 200,
    )
