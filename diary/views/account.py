"""The person's own data: download everything, or delete the account for good."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from diary import account_data
from diary.forms import DeleteAccountForm
from diary.models import Patient


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
@reauthentication_required
def account_export(request):
    """GET: what the download holds. POST: the zip."""
    if request.method != "POST":
        return render(request, "diary/account_export.html")
    content = account_data.export_zip(request.user, request=request)
    response = HttpResponse(content, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="symptom-diary-{stamp}.zip"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
@reauthentication_required
def account_delete(request):
    """A clear warning, the export offered first, and the word typed before anything goes."""
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_data.delete_account(request.user, request=request)
        logout(request)
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("home")
    patient = Patient.objects.filter(user=request.user).first()
    return render(
        request,
        "diary/account_delete.html",
        {
            "form": form,
            "patient": patient,
            "days": patient.entries.count() if patient else 0,
            "caring_for": request.user.care_grants.filter(revoked_at__isnull=True).count(),
        },
        status=400 if request.method == "POST" else 200,
    )
