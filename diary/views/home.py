from datetime import timedelta

from django.db import connection
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from diary.access import Role, column, diary_view, patients_visible_to
from diary.catalog import load_catalog
from diary.days import on_or_after, read_days
from diary.drug_warnings import day_warnings
from diary.models import Appointment
from diary.redflag_panel import build_panel
from diary.treatments import adherence_windows, treatments_of
from diary.triage import seen_by_team


def appointments_around(patient, now) -> tuple:
    """Her last appointment before `now` and her next one from `now` on (None if none), in one
    query: the two one-row reads joined by UNION ALL, written as SQL (Django would compile two
    subqueries more slowly than it runs two queries)."""
    quote = connection.ops.quote_name
    fields = ", ".join(quote(f.column) for f in Appointment._meta.concrete_fields)
    table, who, when = (
        column(Appointment),
        column(Appointment, "patient"),
        column(Appointment, "starts_at"),
    )
    pk = column(Appointment, "id")
    one = f"SELECT {fields} FROM {table} WHERE {who} = %s AND {when}"  # noqa: S608
    sql = (
        f"SELECT * FROM ({one} < %s ORDER BY {when} DESC, {pk} DESC LIMIT 1) AS last_one"  # noqa: S608
        f" UNION ALL SELECT * FROM ({one} >= %s ORDER BY {when}, {pk} LIMIT 1) AS next_one"
    )
    at = connection.ops.adapt_datetimefield_value(now)
    found = list(Appointment.objects.raw(sql, [patient.pk, at, patient.pk, at]))
    return (
        next((a for a in found if a.starts_at < now), None),
        next((a for a in found if a.starts_at >= now), None),
    )


@require_safe
def home(request):
    if not request.user.is_authenticated:
        return render(request, "diary/landing.html")
    diaries = list(patients_visible_to(request.user))
    if not diaries:
        if request.user.team_memberships.filter(removed_at__isnull=True).exists():
            return redirect("team_list")
        return redirect("profile")
    if len(diaries) == 1:
        return redirect("diary_home", patient=diaries[0].public_id)
    return render(request, "diary/choose_diary.html", {"diaries": diaries})


@diary_view(need=Role.VIEWER)
@require_safe
def diary_home(request, patient):
    today = patient.today()
    catalog = load_catalog(patient.page_catalog_token)
    treatments = treatments_of(patient)
    recent = read_days(
        patient,
        *on_or_after(today - timedelta(days=13)),  # the last 14 days
        catalog=catalog,
        treatments=treatments,
        doses=False,  # the home page does not list them
    )
    by_date = {d.date: d for d in recent}
    today_entry = by_date.get(today)
    panel = build_panel(
        patient,
        by_date.get(today),
        viewer=request.user,
        can_answer=request.diary_role >= Role.EDITOR,
    )
    week = [(today - timedelta(days=n), by_date.get(today - timedelta(days=n))) for n in range(7)]
    now = timezone.now()
    concern_days = [d for d in recent if d.concerns]
    seen = seen_by_team(patient, [d.date for d in concern_days])
    adherence_by_window = adherence_windows(
        patient, end=today, windows=(7, 30), treatments=treatments
    )
    last_appointment, next_appointment = appointments_around(patient, now)
    return render(
        request,
        "diary/diary_home.html",
        {
            "patient": patient,
            "today": today,
            "today_day": by_date.get(today),
            "panel": panel,
            "drug_warnings": day_warnings(
                patient,
                today_entry.entry if today_entry else None,
                treatments=treatments,
                catalog=catalog,
            ),
            "week": week,
            "concern_days": [(d, seen.get(d.date)) for d in concern_days],
            "today_saw": seen.get(today),
            "next_appointment": next_appointment,
            "last_appointment": last_appointment,
            "adherence_7": adherence_by_window[7],
            "adherence_30": adherence_by_window[30],
        },
    )
