from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from diary.access import Role, diary_view
from diary.catalog import load_catalog
from diary.days import build_days, with_reports_and_ratings
from diary.deleted_days import recently_deleted
from diary.forms import HistoryFilterForm
from diary.treatments import adherence_windows, treatments_of

PAGE_SIZE = 20


@diary_view(need=Role.VIEWER)
@require_safe
def history(request, patient):
    catalog = load_catalog()
    form = HistoryFilterForm(request.GET or None, catalog=catalog)
    entries = patient.entries.order_by("-date")
    if form.is_bound and form.is_valid():
        entries = form.filter(entries)
    elif form.is_bound:
        entries = entries.none()
    paginator = Paginator(entries, PAGE_SIZE)  # the day cards list no dose logs
    page = paginator.get_page(request.GET.get("page"))
    treatments = treatments_of(patient)
    rows = list(page.object_list)
    ratings = with_reports_and_ratings(patient, rows)
    days = build_days(patient, rows, catalog=catalog, treatments=treatments, ratings=ratings)
    today = patient.today()
    adherence_by_window = adherence_windows(
        patient, end=today, windows=(7, 30), treatments=treatments
    )
    deleted = recently_deleted(patient) if request.diary_role >= Role.EDITOR else []
    # Right after "Delete this day": that day, offered back at the top ("Undo").
    just_deleted = next((d for d in deleted if str(d.date) == request.GET.get("deleted")), None)
    return render(
        request,
        "diary/history.html",
        {
            "patient": patient,
            "form": form,
            "page": page,
            "days": days,
            "adherence_7": adherence_by_window[7],
            "adherence_30": adherence_by_window[30],
            "recently_deleted": deleted,
            "just_deleted": just_deleted,
        },
    )
