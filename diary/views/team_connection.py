"""The patient's side of care teams: connect by code or invitation, see what the team sees,
change whether it reads her notes, disconnect. And the link in a team's invitation email."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from diary import teams
from diary.access import Role, diary_view
from diary.forms.teams import ConnectForm, ConnectionCodeForm, ShareNotesForm
from diary.models import CareTeam, Patient, TeamConnection, TeamInvitation
from diary.views.public import _gone

PENDING_KEY = "team-connect-{}"


@diary_view(need=Role.OWNER)
@require_http_methods(["GET", "POST"])
def patient_teams(request, patient):
    """Her connected teams; a code entered here leads to the confirmation page."""
    form = ConnectionCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            team = teams.find_team_by_code(user=request.user, code=form.cleaned_data["code"])
        except teams.TeamError as error:
            form.add_error("code", str(error))
        else:
            request.session[PENDING_KEY.format(patient.pk)] = team.pk
            return redirect("patient_team_confirm", patient=patient.public_id)
    return render(
        request,
        "diary/teams.html",
        {"patient": patient, "form": form, "connections": teams.connections_of(patient)},
        status=400 if request.method == "POST" else 200,
    )


@diary_view(need=Role.OWNER)
@require_http_methods(["GET", "POST"])
def patient_team_confirm(request, patient):
    """Exactly what the team will see, and her choice about notes, before anything is shared."""
    team_pk = request.session.get(PENDING_KEY.format(patient.pk))
    team = CareTeam.objects.filter(pk=team_pk).first() if team_pk else None
    if team is None:
        return redirect("patient_teams", patient=patient.public_id)
    form = ConnectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        teams.connect(
            request, patient=patient, team=team, share_notes=form.cleaned_data["share_notes"]
        )
        request.session.pop(PENDING_KEY.format(patient.pk), None)
        messages.success(request, f"Your diary is connected to {team.name}.")
        return redirect("patient_teams", patient=patient.public_id)
    return render(
        request, "diary/team_confirm.html", {"patient": patient, "team": team, "form": form}
    )


@diary_view(need=Role.OWNER)
@require_POST
def patient_team_disconnect(request, patient, pk):
    connection = get_object_or_404(
        TeamConnection.objects.active().select_related("team"), pk=pk, patient=patient
    )
    teams.disconnect(request, connection=connection)
    messages.success(request, f"{connection.team.name} no longer sees your diary.")
    return redirect("patient_teams", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_POST
def patient_team_notes(request, patient, pk):
    connection = get_object_or_404(
        TeamConnection.objects.active().select_related("team"), pk=pk, patient=patient
    )
    form = ShareNotesForm(request.POST)
    form.is_valid()
    share = bool(form.cleaned_data.get("share_notes"))
    teams.set_share_notes(request, connection=connection, share=share)
    state = "can read" if share else "cannot read"
    messages.success(request, f"{connection.team.name} {state} your notes.")
    return redirect("patient_teams", patient=patient.public_id)


@require_http_methods(["GET", "POST"])
@login_required
def team_invitation(request, token):
    found = teams.find_invitation(token)
    if found is None or found.email.lower() != request.user.email.lower():
        return _gone(request, "invitation")
    if found.kind == TeamInvitation.Kind.MEMBER:
        if request.method == "POST":
            member = teams.accept_member_invitation(token=token, user=request.user)
            if member is None:
                return _gone(request, "invitation")
            messages.success(request, f"You are now a member of {member.team.name}.")
            return redirect("team_queue", team=member.team_id)
        return render(request, "team/invitation.html", {"invitation": found})
    patient = Patient.objects.filter(user=request.user).first()
    form = ConnectForm(request.POST or None)
    if request.method == "POST" and patient is not None and form.is_valid():
        connection = teams.accept_patient_invitation(
            request, token=token, user=request.user, share_notes=form.cleaned_data["share_notes"]
        )
        if connection is None:
            return _gone(request, "invitation")
        messages.success(request, f"Your diary is connected to {found.team.name}.")
        return redirect("patient_teams", patient=patient.public_id)
    return render(
        request,
        "diary/team_confirm.html",
        {"patient": patient, "team": found.team, "form": form, "invitation": found},
    )
