"""The patient's doors: caregivers, share links, care-team contacts, and who came in."""

import secrets

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from diary import audit, notifications, sharing
from diary.access import Role, diary_view
from diary.forms import (
    ContactAlertsForm,
    ContactForm,
    InvitationForm,
    RoleForm,
    ShareLinkForm,
    SummaryOptionsForm,
)
from diary.models import AuditEvent, CareGrant, CareTeamContact, Invitation, ShareLink
from diary.security import sensitive, verified_email_required_to_share


@diary_view(need=Role.OWNER)
@require_http_methods(["GET", "POST"])
@verified_email_required_to_share
@sensitive
def caregivers(request, patient):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            sharing.invite(request, patient=patient, **form.cleaned_data)
        except sharing.SharingError as error:
            form.add_error("email", str(error))
        else:
            messages.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
            return redirect("caregivers", patient=patient.public_id)
    now = timezone.now()
    return render(
        request,
        "diary/caregivers.html",
        {
            "patient": patient,
            "form": form,
            "grants": sharing.active_grants(patient),
            "invitations": patient.invitations.filter(
                accepted_at__isnull=True, withdrawn_at__isnull=True
            ),
            "now": now,
            "role_form": RoleForm(),
        },
        status=400 if request.method == "POST" else 200,
    )


@diary_view(need=Role.OWNER)
@require_POST
@sensitive
def caregiver_role(request, patient, pk):
    grant = get_object_or_404(CareGrant, pk=pk, patient=patient, revoked_at__isnull=True)
    form = RoleForm(request.POST)
    if form.is_valid():
        sharing.change_role(request, grant=grant, role=form.cleaned_data["role"])
        messages.success(request, f"{grant.caregiver} is now {grant.get_role_display().lower()}.")
    else:
        messages.error(request, "Choose viewer or editor.")
    return redirect("caregivers", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_POST
@sensitive
def caregiver_revoke(request, patient, pk):
    grant = get_object_or_404(CareGrant, pk=pk, patient=patient, revoked_at__isnull=True)
    sharing.revoke(request, grant=grant)
    messages.success(request, f"{grant.caregiver} can no longer see your diary.")
    return redirect("caregivers", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_POST
def invitation_withdraw(request, patient, pk):
    invitation = get_object_or_404(Invitation, pk=pk, patient=patient, accepted_at__isnull=True)
    sharing.withdraw(request, invitation=invitation)
    messages.success(request, f"Invitation to {invitation.email} withdrawn.")
    return redirect("caregivers", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_http_methods(["GET", "POST"])
@verified_email_required_to_share
@sensitive
def share_links(request, patient):
    """List the links; POST creates one and shows it once (only its hash is kept)."""
    last = patient.appointments.filter(starts_at__lt=timezone.now()).last()
    options = SummaryOptionsForm(
        request.POST if request.method == "POST" else request.GET or None,
        today=patient.today(),
        last_appointment=timezone.localtime(last.starts_at, patient.zone).date() if last else None,
    )
    form = ShareLinkForm(request.POST or None, initial={"nonce": secrets.token_urlsafe(16)})
    created = None
    repeated = False
    valid = request.method == "POST" and form.is_valid() and options.is_valid()
    if valid and "period" in options.cleaned_data:
        # A reload or a second press re-sends the form: make one link, not two.
        used = request.session.get("share_link_nonces", [])
        repeated = form.cleaned_data["nonce"] in used
    if valid and "period" in options.cleaned_data and not repeated:
        request.session["share_link_nonces"] = [*used[-19:], form.cleaned_data["nonce"]]
        created = sharing.create_share_link(
            request,
            patient=patient,
            period=options.cleaned_data["period"],
            sections=options.sections(patient.summary_sections),
            label=form.cleaned_data["label"],
            days=form.cleaned_data["days"],
        )
    if request.method == "POST" and (created or repeated):
        form = ShareLinkForm(initial={"nonce": secrets.token_urlsafe(16)})
    status = 400 if request.method == "POST" and not (created or repeated) else 200
    return render(
        request,
        "diary/share_links.html",
        {
            "patient": patient,
            "form": form,
            "options": options,
            "created": created,
            "repeated": repeated,
            "created_url": request.build_absolute_uri(created.path) if created else "",
            "links": patient.share_links.all(),
        },
        status=status,
    )


@diary_view(need=Role.OWNER)
@require_POST
def share_link_revoke(request, patient, pk):
    link = get_object_or_404(ShareLink, pk=pk, patient=patient)
    if link.revoked_at is None:
        sharing.revoke_share_link(request, link=link)
    messages.success(request, "The link no longer works.")
    return redirect("share_links", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_http_methods(["GET", "POST"])
@verified_email_required_to_share
@sensitive
def contacts(request, patient):
    form = ContactForm(request.POST or None, instance=CareTeamContact(patient=patient))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            contact = form.save()
            audit.record(
                request,
                AuditEvent.Action.CONTACT_ADDED,
                patient=patient,
                detail=audit.change_detail(contact),
            )
        _send_confirmation(request, contact, added=True)
        return redirect("contacts", patient=patient.public_id)
    return render(
        request,
        "diary/contacts.html",
        {"patient": patient, "form": form, "contacts": patient.contacts.all()},
        status=400 if request.method == "POST" else 200,
    )


def _send_confirmation(request, contact: CareTeamContact, *, added: bool) -> None:
    try:
        notifications.send_confirmation(contact)
    except OSError:  # smtplib.SMTPException, a refused connection, a timeout
        messages.error(
            request,
            f"{'Added' if added else 'Kept'} {contact.name}, but the email asking them to "
            "confirm their address could not be sent. Try “Send the confirmation again” later.",
        )
    else:
        messages.success(
            request,
            f"{'Added' if added else 'Sent again to'} {contact.name}. "
            "They get alert emails once they confirm their address from the email we sent.",
        )


@diary_view(need=Role.OWNER)
@require_POST
@verified_email_required_to_share
@sensitive
def contact_alerts(request, patient, pk):
    contact = get_object_or_404(CareTeamContact, pk=pk, patient=patient)
    form = ContactAlertsForm(request.POST, instance=contact)
    if form.is_valid() and form.has_changed():
        with transaction.atomic():
            form.save()
            audit.record(
                request,
                AuditEvent.Action.CONTACT_CHANGED,
                patient=patient,
                detail=audit.change_detail(contact, form.changed_data),
            )
    state = "will" if contact.alert_emails else "will not"
    messages.success(request, f"{contact.name} {state} get alert emails.")
    return redirect("contacts", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_POST
def contact_resend(request, patient, pk):
    contact = get_object_or_404(CareTeamContact, pk=pk, patient=patient, confirmed_at__isnull=True)
    _send_confirmation(request, contact, added=False)
    return redirect("contacts", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_POST
def contact_delete(request, patient, pk):
    contact = get_object_or_404(CareTeamContact, pk=pk, patient=patient)
    detail = audit.change_detail(contact)
    with transaction.atomic():
        contact.delete()
        audit.record(request, AuditEvent.Action.CONTACT_REMOVED, patient=patient, detail=detail)
    messages.success(request, f"Removed {contact.name}.")
    return redirect("contacts", patient=patient.public_id)


@diary_view(need=Role.OWNER)
@require_safe
def access_history(request, patient):
    events = AuditEvent.objects.filter(
        Q(patient=patient)
        | Q(
            actor=patient.user, action__in=[AuditEvent.Action.LOGIN, AuditEvent.Action.LOGIN_FAILED]
        )
    ).select_related("actor")
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "diary/access_history.html", {"patient": patient, "page": page})
