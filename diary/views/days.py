from django.contrib import messages
from django.db import transaction
from django.db.models import BooleanField
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from diary import audit, deleted_days
from diary import checkin as checkin_rules
from diary.access import Role, column, diary_view, sql_value
from diary.catalog import load_catalog
from diary.checkin import Conflict, DateTaken, save_day
from diary.checkin_page import (
    checkin_groups,
    measures_section,
    near_days,
    previous_from,
)
from diary.days import load_day, on, read_days
from diary.drug_warnings import day_warnings
from diary.forms import CheckInForm, QuestionForm
from diary.forms.common import EARLIEST_DATE
from diary.history import edit_history
from diary.message_storage import add_without_health_data
from diary.models import AuditEvent, Patient, Reminder
from diary.redflag_panel import build_panel
from diary.security import sensitive
from diary.suggestions import note_view
from diary.treatments import active_among, common_side_effects, treatments_of
from diary.triage import seen_by_team


@diary_view(need=Role.EDITOR)
@require_safe
def log_today(request, patient):
    return redirect("checkin", patient=patient.public_id, day=patient.today())


def _has_reminder(user) -> dict:
    """Whether `user` has a reminder for the diary (on or off), read with its patient."""
    sql = (
        f"EXISTS (SELECT 1 FROM {column(Reminder)}"  # noqa: S608
        f" WHERE {column(Reminder, 'user')} = %s"
        f" AND {column(Reminder, 'patient')} = {column(Patient, 'id')})"
    )
    return {"has_reminder": sql_value(sql, (user.pk,), BooleanField())}


@diary_view(need=Role.VIEWER, annotate=_has_reminder)
@require_safe
def day_detail(request, patient, day):
    catalog = load_catalog(patient.page_catalog_token)
    treatments = treatments_of(patient)
    found = read_days(patient, *on(day), catalog=catalog, treatments=treatments)
    view = found[0] if found else None
    hidden = getattr(request, "diary_notes_hidden", False)
    notes = (
        note_view(view.entry, catalog=catalog) if view and view.entry.notes and not hidden else None
    )
    today = patient.today()
    panel = build_panel(
        patient, view, viewer=request.user, can_answer=request.diary_role >= Role.EDITOR
    )
    # Offered once a day is logged, until the person says yes or no on the Reminders page.
    offer_reminder = (
        view is not None
        and request.diary_role >= Role.EDITOR
        and not patient.has_reminder  # read with the patient (_has_reminder)
    )
    return render(
        request,
        "diary/day_detail.html",
        {
            "patient": patient,
            "day": day,
            "view": view,
            "panel": panel,
            "drug_warnings": day_warnings(
                patient, view.entry if view else None, treatments=treatments, catalog=catalog
            ),
            "notes": notes,
            "offer_reminder": offer_reminder,
            "is_future": day > today,
            "question_form": QuestionForm(initial={"asked_on": day}, today=today),
            "team_saw": seen_by_team(patient, [day]).get(day) if view and view.concerns else None,
        },
    )


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
def checkin(request, patient, day):
    today = patient.today()
    if day > today:
        messages.warning(request, "You can't log a day in the future, so here is today.")
        return redirect("checkin", patient=patient.public_id, day=today)
    if day < EARLIEST_DATE:
        raise Http404("The diary starts in 2000.")
    catalog = load_catalog(patient.page_catalog_token)
    # All her treatments, once: the form's (those of the day) and the save's (cause labels and
    # chemotherapy periods for the alert rules).
    treatments = treatments_of(patient)
    context = checkin_context(patient, day, treatments, catalog)
    if request.method == "POST":
        # The hidden field carries the rhythm the day was opened in; the labels follow it.
        posted = {"1": 1, "7": 7}.get(request.POST.get("recall_days", ""))
        context["recall_days"] = posted or patient.recall_days
        form = CheckInForm(request.POST, catalog=catalog, today=today, **context)
        if form.is_valid():
            try:
                saved = save_day(
                    patient=patient,
                    opened_date=day,
                    base_version=form.cleaned_data["version"],
                    data=form.day_input(),
                    by=request.user,
                    catalog=catalog,
                    treatments=treatments,
                )
            except Conflict as conflict:
                return _conflict(request, patient, day, conflict, catalog, context)
            except DateTaken as taken:
                form.add_error(
                    "date",
                    f"There is already an entry for {taken.existing.date:%d %B %Y}. "
                    "Open that day to change it.",
                )
            else:
                _remember_units(patient, form)
                # No health data in it, so it waits in a cookie: no session write.
                add_without_health_data(
                    request,
                    f"Saved {saved.date:%A %d %B}.",
                    # The page after the save tells the browser to drop its draft of the day.
                    extra_tags=f"draft-saved:{draft_key(request, patient, day)}",
                )
                return redirect("day_detail", patient=patient.public_id, day=saved.date)
    # Read only to show the form (a successful save reads the day in its own transaction).
    near = near_days(patient, day)
    entry = near.entry
    previous = previous_from(near.before, day, catalog=catalog)
    same_filled = False
    if request.method == "GET":
        # A day keeps the rhythm it was logged in; a new one takes the patient's current one.
        context["recall_days"] = entry.recall_days if entry else patient.recall_days
        initial = CheckInForm.initial_for(
            entry,
            day=day,
            unit=patient.temperature_unit,
            catalog=catalog,
            weight_unit=patient.weight_unit,
            recall_days=context["recall_days"],
        )
        same_filled = entry is None and previous is not None and request.GET.get("same") == "1"
        if same_filled:
            # "Same as yesterday" without the script: the page again, with those ratings.
            initial.update(previous.ratings)
        form = CheckInForm(initial=initial, catalog=catalog, today=today, **context)
    return render(
        request,
        "diary/checkin.html",
        {
            "patient": patient,
            "day": day,
            "is_today": day == today,
            "entry": entry,
            "form": form,
            "previous": previous,
            "same_filled": same_filled,
            "draft_key": draft_key(request, patient, day),
            "groups": checkin_groups(
                form, patient=patient, day=day, catalog=catalog, last=near.last
            ),
            "measures": measures_section(
                form, patient=patient, day=day, catalog=catalog, weight=near.weight
            ),
        },
        status=200 if request.method == "GET" or form.is_valid() else 400,
    )


def _remember_units(patient, form) -> None:
    """The units she used become her defaults (temperature, weight)."""
    changed = []
    for name in ("temperature_unit", "weight_unit"):
        unit = form.cleaned_data.get(name)
        if unit and unit != getattr(patient, name):
            setattr(patient, name, unit)
            changed.append(name)
    if changed:
        patient.save(update_fields=changed)


def draft_key(request, patient, day) -> str:
    """The browser keeps an unsaved check-in under this key (per person, diary and day)."""
    return f"{request.user.pk}:{patient.public_id}:{day:%Y-%m-%d}"


def checkin_context(patient, day, treatments, catalog) -> dict:
    """The treatments active that day and the side effects they commonly cause, from all of
    her `treatments` (`treatments_of`)."""
    active = active_among(treatments, day)
    return {"treatments": active, "links": common_side_effects(active, catalog=catalog)}


def _conflict(request, patient, day, conflict, catalog, context):
    """Both versions side by side; saving again from here overwrites the saved one."""
    data = request.POST.copy()
    data["version"] = str(conflict.current.version if conflict.current else 0)
    mine = CheckInForm(data, catalog=catalog, today=patient.today(), **context)
    mine.is_valid()
    saved = load_day(patient, day, catalog=catalog) if conflict.current else None
    return render(
        request,
        "diary/checkin_conflict.html",
        {
            "patient": patient,
            "day": day,
            "saved": saved,
            "form": mine,
            "groups": checkin_groups(mine, patient=patient, day=day, catalog=catalog),
            "measures": measures_section(mine, patient=patient, day=day, catalog=catalog),
        },
        status=409,
    )


@diary_view(need=Role.EDITOR)
@require_http_methods(["GET", "POST"])
@sensitive
def delete_day(request, patient, day):
    view = load_day(patient, day, catalog=load_catalog(patient.page_catalog_token))
    if view is None:
        raise Http404("Nothing logged that day.")
    if request.method == "POST":
        with transaction.atomic():
            checkin_rules.delete_day(patient=patient, day=day)
            audit.record(request, AuditEvent.Action.DAY_DELETED, patient=patient)
        messages.success(request, f"Deleted the entry for {day:%A %d %B %Y}.")
        return redirect(reverse("history", args=[patient.public_id]) + f"?deleted={day}")
    return render(request, "diary/delete_day.html", {"patient": patient, "day": day, "view": view})


@diary_view(need=Role.EDITOR)
@require_POST
def restore_day(request, patient, day):
    """Undo a deletion (within 30 days), unless the day was logged again since."""
    try:
        deleted_days.restore_day(patient=patient, day=day)
    except deleted_days.CannotRestore as refused:
        messages.error(request, str(refused))
        return redirect("history", patient=patient.public_id)
    messages.success(request, f"Restored {day:%A %d %B %Y}.")
    return redirect("day_detail", patient=patient.public_id, day=day)


@diary_view(need=Role.OWNER)
@require_safe
def day_changes(request, patient, day):
    """Who changed this day, when, and what: the day's edit history."""
    entry = patient.entries.filter(date=day).first()
    if entry is None:
        raise Http404("Nothing logged that day.")
    catalog = load_catalog(patient.page_catalog_token)
    return render(
        request,
        "diary/day_changes.html",
        {"patient": patient, "day": day, "changes": edit_history(entry, catalog=catalog)},
    )
