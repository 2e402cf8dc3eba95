"""Answering a red flag: "I've contacted my team" or "My team already knows about this"."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from diary.access import Role, diary_view
from diary.catalog import load_catalog
from diary.days import load_day
from diary.forms.redflags import RedFlagAnswerForm
from diary.models import RedFlagAnswer
from diary.redflag_panel import NoSuchRedFlag, answer_red_flag

THANKS = {
    RedFlagAnswer.Answer.CONTACTED: "Saved: the care team was contacted.",
    RedFlagAnswer.Answer.KNOWN: "Saved: the care team already knows. For the next 7 days the "
    "diary will not raise this again unless it gets worse.",
}


@diary_view(need=Role.EDITOR)  # the patient, or a caregiver who logs days for her
@require_POST
def red_flag_answer(request, patient, day):
    form = RedFlagAnswerForm(request.POST)
    view = load_day(patient, day, catalog=load_catalog(patient.page_catalog_token))
    if view is None:
        raise Http404("Nothing logged that day.")
    back = "day_detail"
    if form.is_valid():
        back = "diary_home" if form.cleaned_data["back"] == "home" else "day_detail"
        try:
            answer_red_flag(
                patient=patient,
                view=view,
                rule_key=form.cleaned_data["flag"],
                answer=form.cleaned_data["answer"],
                by=request.user,
            )
        except NoSuchRedFlag:
            messages.warning(request, "That red flag is no longer on this day: nothing saved.")
        else:
            messages.success(request, THANKS[form.cleaned_data["answer"]])
    else:
        messages.error(request, "That answer was not understood: nothing saved. Try again.")
    if back == "diary_home":
        return redirect("diary_home", patient=patient.public_id)
    return redirect("day_detail", patient=patient.public_id, day=day)
