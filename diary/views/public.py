"""Pages reached by a link: a caregiver's invitation, and the care team's share link."""

from allauth.account.adapter import get_adapter
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from diary import notifications, sharing
from diary.exports.pdf import summary_pdf
from diary.security import limit_by_address
from diary.summary import Period, Section, build_summary
from diary.views.summary import attachment

GONE_TEMPLATE = "diary/link_gone.html"


def _gone(request, what: str):
    """Expired, used, withdrawn, tampered or foreign: the same answer, saying nothing more."""
    return render(request, GONE_TEMPLATE, {"what": what}, status=404)


@require_http_methods(["GET", "POST"])
@limit_by_address("open_invitation")
def invitation(request, token):
    """Who invites her and as what; signing up or logging in brings her back here to accept."""
    found = sharing.find_invitation(token)
    if found is None:
        return _gone(request, "invitation")
    if not request.user.is_authenticated:
        if request.method == "POST":
            return redirect_to_login(request.path)
        # The link reached her through this address, which proves she reads it: signing up with
        # it needs no second verification e-mail (allauth's own mechanism for invitations).
        get_adapter(request).stash_verified_email(request, found.email)
        return render(request, "diary/invitation.html", {"invitation": found, "back": request.path})
    if found.email.lower() != request.user.email.lower():
        return _gone(request, "invitation")
    if request.method == "POST":
        grant = sharing.accept(request, token=token, user=request.user)
        if grant is None:
            return _gone(request, "invitation")
        return redirect("diary_home", patient=grant.patient.public_id)
    return render(request, "diary/invitation.html", {"invitation": found})


def _shared(request, token):
    link = sharing.find_share_link(token)
    if link is None:
        return None, None
    sections = frozenset(Section(s) for s in link.sections if s in Section._value2member_map_)
    summary = build_summary(link.patient, Period(link.start, link.end), sections=sections or None)
    return link, summary


def _private(response):
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "no-store"
    return response


@require_safe
@limit_by_address("open_share_link")
def shared_summary(request, token):
    link, summary = _shared(request, token)
    if link is None:
        return _private(_gone(request, "link"))
    sharing.note_share_opened(request, link, what="page")
    return _private(
        render(
            request,
            "diary/shared_summary.html",
            {"summary": summary, "link": link, "token": token},
        )
    )


@require_safe
@limit_by_address("open_share_link")
def shared_summary_pdf(request, token):
    link, summary = _shared(request, token)
    if link is None:
        return _private(_gone(request, "link"))
    sharing.note_share_opened(request, link, what="PDF")
    return _private(
        attachment(
            summary_pdf(summary), content_type="application/pdf", summary=summary, extension="pdf"
        )
    )


@require_http_methods(["GET", "HEAD", "POST"])
@limit_by_address("open_contact_confirmation")
def contact_confirm(request, token):
    """A care-team contact confirms her address: GET shows the question, POST answers it."""
    contact = notifications.find_unconfirmed_contact(token)
    if contact is None:
        return _unlisted(_gone(request, "confirmation link"))
    if request.method == "POST":
        notifications.confirm_contact(request, contact)
        return _unlisted(
            render(request, "diary/contact_confirm.html", {"contact": contact, "done": True})
        )
    return _unlisted(render(request, "diary/contact_confirm.html", {"contact": contact}))


def _unlisted(response):
    """Like `_private`, but keeping the site's same-origin referrer policy: with no referrer
    at all the browser sends "Origin: null" with the page's form, which CSRF refuses."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "no-store"
    return response
