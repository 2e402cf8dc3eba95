"""Pages reached by a link: a caregiver's invitation, and the care team's share link."""

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from diary import sharing
from diary.exports.pdf import summary_pdf
from diary.summary import Period, Section, build_summary
from diary.views.summary import attachment

GONE_TEMPLATE = "diary/link_gone.html"


def _gone(request, what: str):
    """Expired, used, withdrawn, tampered or foreign: the same answer, saying nothing more."""
    return render(request, GONE_TEMPLATE, {"what": what}, status=404)


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """Who invites her and as what; signing up or logging in brings her back here to accept."""
    found = sharing.find_invitation(token)
    if found is None:
        return _gone(request, "invitation")
    if not request.user.is_authenticated:
        if request.method == "POST":
            return redirect_to_login(request.path)
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
