import functools

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Subquery
from django.shortcuts import render
from django.views.decorators.http import require_safe

from diary.access import Role, SelectedModel, column, diary_view
from diary.catalog import load_catalog
from diary.days import build_days, with_reports_and_ratings
from diary.deleted_days import recently_deleted
from diary.forms import HistoryFilterForm
from diary.models import DailyEntry
from diary.treatments import adherence_windows, treatments_of

PAGE_SIZE = 20
# The filter form's fields that narrow the days (`HistoryFilterForm.filter`); without any of
# them the page lists all her days.
FILTERS = ("start", "end", "site", "symptom")
# More rows than any diary holds (a day a row): a page beyond them is left to the paginator.
MAX_PAGE_ROWS = 2**31


@functools.cache
def _page_sql() -> tuple[str, SelectedModel]:
    """Written once per process (fixed text and quoted names; every value a parameter)."""
    part = SelectedModel(DailyEntry, DailyEntry._meta.db_table)
    quote = connection.ops.quote_name
    table = quote(DailyEntry._meta.db_table)
    field = DailyEntry._meta.get_field
    patient_id, deleted_at = quote(field("patient").column), quote(field("deleted_at").column)
    counted = quote("counted")
    return (
        f"SELECT {part.sql}, (SELECT COUNT(*) FROM {table} {counted}"  # noqa: S608
        f" WHERE {counted}.{patient_id} = %s AND {counted}.{deleted_at} IS NULL)"
        f" FROM {table} WHERE {table}.{patient_id} = %s AND {table}.{deleted_at} IS NULL"
        f" ORDER BY {column(DailyEntry, 'date')} DESC LIMIT %s OFFSET %s",
        part,
    )


def all_days_page(patient, start: int, size: int) -> list:
    """`patient.entries.order_by("-date")[start : start + size]`, each day carrying the number
    of her days as `page_total` (what `counted_page` annotates), in one query written once per
    process from the models' quoted names, every value a parameter."""
    sql, part = _page_sql()
    with connection.cursor() as cursor:
        cursor.execute(sql, [patient.pk, patient.pk, int(size), int(start)])
        found = cursor.fetchall()
    owner = DailyEntry._meta.get_field("patient")
    rows = []
    for row in found:
        entry = part.instance(row[:-1])
        owner.set_cached_value(entry, patient)
        entry.page_total = row[-1]
        rows.append(entry)
    return rows


def counted_page(entries, number, per_page: int, *, all_of=None) -> Page:
    """`Paginator(entries, per_page).get_page(number)`, its rows read as a list, with the total
    read by the same query (a subquery) instead of one of its own. A page beyond the last
    (or below 1, or too far for any diary: an OFFSET the database cannot take) reads the count
    and the last page, as get_page does. `all_of`: the patient, when `entries` are all her
    days newest first (`patient.entries.order_by("-date")`), read by `all_days_page`."""
    paginator = Paginator(entries, per_page)
    try:
        wanted = int(number)
    except (TypeError, ValueError):
        wanted = 1
    if 1 <= wanted <= MAX_PAGE_ROWS // per_page:
        start = (wanted - 1) * per_page
        if all_of is not None:
            rows = all_days_page(all_of, start, per_page)
        else:
            # One patient's days: counted by a subquery the database runs once, not per row.
            total = entries.order_by().values("patient_id").annotate(n=Count("pk")).values("n")
            rows = list(entries.annotate(page_total=Subquery(total))[start : start + per_page])
        if rows or wanted == 1:
            paginator.count = rows[0].page_total if rows else 0
            return Page(rows, wanted, paginator)
    page = paginator.get_page(number)
    page.object_list = list(page.object_list)
    return page


@diary_view(need=Role.VIEWER)
@require_safe
def history(request, patient):
    catalog = load_catalog(patient.page_catalog_token)
    form = HistoryFilterForm(request.GET or None, catalog=catalog)
    entries = patient.entries.order_by("-date")
    every_day = not form.is_bound
    if form.is_bound and form.is_valid():
        every_day = not any(form.cleaned_data.get(name) for name in FILTERS)
        entries = form.filter(entries)
    elif form.is_bound:
        entries = entries.none()
    page = counted_page(  # no dose logs
        entries, request.GET.get("page"), PAGE_SIZE, all_of=patient if every_day else None
    )
    treatments = treatments_of(patient)
    rows = page.object_list
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
