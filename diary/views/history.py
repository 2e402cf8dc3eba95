from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from diary.access import Role, diary_view
from diary.catalog import load_catalog
from diary.days import build_days, prepare
from diary.forms import HistoryFilterForm
from diary.treatments import adherence_windows

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
    paginator = Paginator(prepare(entries), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    days = build_days(patient, list(page.object_list), catalog=catalog)
    today = patient.today()
    adherence_by_window = adherence_windows(patient, end=today, windows=(7, 30))
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
        },
    )
