"""The care team's workspace: triage queue, items, patients, figures, members and settings.

Every page goes through `team_view`: a signed-in active member of the team in the URL (anyone
else gets 404), who uses two-factor authentication (else: sent to set it up).
"""

import functools
from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from diary import teams, triage
from diary.access import redirect_to_mfa_setup
from diary.forms.teams import (
    CloseItemForm,
    MemberInvitationForm,
    PatientInvitationForm,
    TeamSettingsForm,
)
from diary.models import TeamMember, TriageItem
from diary.team_reports import burden, connected_patients, patient_rows

STATUS_FILTERS = {"open": "Open", "acknowledged": "Acknowledged", "closed": "Closed", "all": "All"}
QUEUE_PAGE = 50
PATIENT_PAGE = 100


def team_view(*, admin: bool = False) -> Callable:
    """Decorate a view taking (request, member, ...): the URL's `team` becomes the membership."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @functools.wraps(view)
        def wrapper(request: HttpRequest, team: int, *args, **kwargs) -> HttpResponse:
            member = teams.membership(request.user, team)
            if member is None:
                raise Http404("No such team.")
            if not is_mfa_enabled(request.user):
                return redirect_to_mfa_setup(request)
            if admin and not member.is_admin:
                raise PermissionDenied
            request.team_member = member
            return view(request, member, *args, **kwargs)

        return wrapper

    return decorator


@require_safe
@login_required
def team_list(request):
    places = list(teams.memberships(request.user))
    if len(places) == 1:
        return redirect("team_queue", team=places[0].team_id)
    return render(request, "team/team_list.html", {"places": places})


@team_view()
@require_safe
def team_queue(request, member):
    status = request.GET.get("status", "open")
    if status not in STATUS_FILTERS:
        status = "open"
    red_only = request.GET.get("red") == "1"
    mine = request.GET.get("mine") == "1"
    items = triage.queue(
        member.team, status=status, red_flags_only=red_only, mine=request.user if mine else None
    )
    page = Paginator(items, QUEUE_PAGE).get_page(request.GET.get("page"))
    answers = triage.patient_answers(page.object_list)
    rows = [(item, answers.get(item.pk)) for item in page.object_list]
    return render(
        request,
        "team/queue.html",
        {
            "member": member,
            "team": member.team,
            "page": page,
            "rows": rows,
            "status": status,
            "red_only": red_only,
            "mine": mine,
            "filters": STATUS_FILTERS,
        },
    )


def _item(member: TeamMember, pk: int) -> TriageItem:
    return get_object_or_404(
        TriageItem.objects.select_related(
            "patient__user", "symptom", "assigned_to", "closed_by", "entry"
        ),
        pk=pk,
        team=member.team,
    )


@team_view()
@require_safe
def team_item(request, member, pk):
    item = _item(member, pk)
    return render(
        request,
        "team/item.html",
        {
            "member": member,
            "team": member.team,
            "item": item,
            "answer": triage.patient_answers([item]).get(item.pk),
            "form": CloseItemForm(),
        },
    )


@team_view()
@require_POST
def team_item_acknowledge(request, member, pk):
    item = _item(member, pk)
    try:
        triage.acknowledge(item=item, by=request.user)
    except triage.TriageError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Acknowledged: the item is yours.")
    return redirect("team_item", team=member.team_id, pk=item.pk)


@team_view()
@require_POST
def team_item_close(request, member, pk):
    item = _item(member, pk)
    form = CloseItemForm(request.POST)
    if form.is_valid():
        try:
            triage.close(item=item, by=request.user, outcome=triage.Outcome(**form.cleaned_data))
        except triage.TriageError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Closed.")
            return redirect("team_queue", team=member.team_id)
        return redirect("team_item", team=member.team_id, pk=item.pk)
    context = {"member": member, "team": member.team, "item": item, "form": form}
    context["answer"] = triage.patient_answers([item]).get(item.pk)
    return render(request, "team/item.html", context, status=400)


@team_view()
@require_safe
def team_patients(request, member):
    page = Paginator(connected_patients(member.team), PATIENT_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "team/patients.html",
        {
            "member": member,
            "team": member.team,
            "page": page,
            "rows": patient_rows(member.team, page.object_list),
        },
    )


@team_view()
@require_safe
def team_metrics(request, member):
    return render(
        request,
        "team/metrics.html",
        {
            "member": member,
            "team": member.team,
            "periods": [burden(member.team, days=30), burden(member.team, days=90)],
        },
    )


@team_view()
@require_http_methods(["GET", "POST"])
def team_invite_patient(request, member):
    form = PatientInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            teams.invite_patient(
                team=member.team, email=form.cleaned_data["email"], by=request.user
            )
        except teams.TeamError as error:
            form.add_error("email", str(error))
        else:
            messages.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
            return redirect("team_invite_patient", team=member.team_id)
    return render(
        request,
        "team/invite_patient.html",
        {
            "member": member,
            "team": member.team,
            "form": form,
            "code": teams.format_code(member.team.connection_code),
        },
        status=400 if request.method == "POST" else 200,
    )


@team_view(admin=True)
@require_http_methods(["GET", "POST"])
def team_members(request, member):
    form = MemberInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            teams.invite_member(team=member.team, by=request.user, **form.cleaned_data)
        except teams.TeamError as error:
            form.add_error("email", str(error))
        else:
            messages.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
            return redirect("team_members", team=member.team_id)
    return render(
        request,
        "team/members.html",
        {
            "member": member,
            "team": member.team,
            "form": form,
            "members": teams.active_members(member.team),
        },
        status=400 if request.method == "POST" else 200,
    )


@team_view(admin=True)
@require_POST
def team_member_remove(request, member, pk):
    target = get_object_or_404(TeamMember.objects.active(), pk=pk, team=member.team)
    try:
        teams.remove_member(member=target)
    except teams.TeamError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{target.user} is no longer a member of the team.")
    return redirect("team_members", team=member.team_id)


@team_view(admin=True)
@require_http_methods(["GET", "POST"])
def team_settings(request, member):
    form = TeamSettingsForm(request.POST or None, instance=member.team)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved. New items use the new window.")
        return redirect("team_settings", team=member.team_id)
    return render(
        request,
        "team/settings.html",
        {"member": member, "team": member.team, "form": form},
        status=400 if request.method == "POST" else 200,
    )
