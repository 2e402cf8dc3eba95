from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from diary.access import Role, diary_view
from diary.forms.reminders import ReminderForm
from diary.models import Reminder


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
def reminders(request, patient):
    """The signed-in person's own reminder for this diary (the patient's, or an editor's)."""
    reminder = Reminder.objects.filter(user=request.user, patient=patient).first()
    reminder = reminder or Reminder(user=request.user, patient=patient)
    form = ReminderForm(request.POST or None, instance=reminder)
    if request.method == "POST" and form.is_valid():
        form.save()
        if form.instance.enabled:
            messages.success(request, f"Reminder on: {form.instance.time:%H:%M} your time.")
        else:
            messages.success(request, "Reminder off.")
        return redirect("reminders", patient=patient.public_id)
    return render(
        request,
        "diary/reminders.html",
        {"patient": patient, "form": form, "time_zone": request.user.time_zone},
        status=400 if request.method == "POST" else 200,
    )
