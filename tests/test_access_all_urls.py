"""Every URL of the project, for every kind of visitor.

The URL list comes from the resolver, so a new view cannot escape: it fails here until it is
classified below. Expected: anonymous visitors are sent to log in; strangers, revoked caregivers
and people whose invitation expired get 404; viewers get 403 on anything that changes data (and
editors on what only the patient may do); a share link reaches its summary and PDF and nothing
else; the patient herself is never refused.

Care teams: a member (or administrator) of a team the patient connected reads what a viewer
reads and never writes; a member of another team and a removed member get 404 on the diary and
on the team's pages; only the team's administrator manages its members and settings.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from diary.access import Role
from diary.models import (
    Appointment,
    CareGrant,
    CareTeamContact,
    Invitation,
    Question,
    ShareLink,
    TeamMember,
    Treatment,
    TreatmentType,
    TriageItem,
)
from diary.models.sharing import new_token
from tests.auth import sign_in
from tests.factories import (
    PatientFactory,
    UserFactory,
    care_team,
    clinician,
    connect_patient,
    log_day,
)

V, E, OWN = Role.VIEWER, Role.EDITOR, Role.OWNER
MEMBER, ADMIN = "member", "admin"  # what a team page needs
NO = None  # the method is not allowed (405 once access is granted)

# name -> (role needed for GET, role needed for POST)
DIARY_URLS = {
    "diary_home": (V, NO),
    "log_today": (E, NO),
    "day_detail": (V, NO),
    "checkin": (E, E),
    "delete_day": (E, E),
    "restore_day": (NO, E),
    "day_changes": (OWN, NO),
    "history": (V, NO),
    "reminders": (E, E),
    "treatments": (V, NO),
    "treatment_new": (E, E),
    "treatment_edit": (E, E),
    "treatment_delete": (E, E),
    "appointments": (V, NO),
    "appointment_new": (E, E),
    "appointment_edit": (E, E),
    "appointment_delete": (E, E),
    "question_add": (NO, E),
    "question_toggle": (NO, E),
    "question_delete": (NO, E),
    "suggestion_add": (NO, E),
    "red_flag_answer": (NO, E),
    "suggestion_dismiss": (NO, E),
    "summary": (V, NO),
    "summary_pdf": (V, NO),
    "summary_csv": (V, NO),
    "summary_fhir": (V, NO),
    "summary_sections": (NO, E),
    "summary_concerns": (NO, E),
    "export_start": (NO, V),
    "caregivers": (OWN, OWN),
    "caregiver_role": (NO, OWN),
    "caregiver_revoke": (NO, OWN),
    "invitation_withdraw": (NO, OWN),
    "share_links": (OWN, OWN),
    "share_link_revoke": (NO, OWN),
    "contacts": (OWN, OWN),
    "contact_alerts": (NO, OWN),
    "contact_delete": (NO, OWN),
    "contact_resend": (NO, OWN),
    "access_history": (OWN, NO),
    "patient_teams": (OWN, OWN),
    "patient_team_confirm": (OWN, OWN),
    "patient_team_disconnect": (NO, OWN),
    "patient_team_notes": (NO, OWN),
}
# The team's workspace: name -> (GET, POST), each MEMBER, ADMIN or NO.
TEAM_URLS = {
    "team_queue": (MEMBER, NO),
    "team_item": (MEMBER, NO),
    "team_item_acknowledge": (NO, MEMBER),
    "team_item_close": (NO, MEMBER),
    "team_patients": (MEMBER, NO),
    "team_metrics": (MEMBER, NO),
    "team_invite_patient": (MEMBER, MEMBER),
    "team_members": (ADMIN, ADMIN),
    "team_member_remove": (NO, ADMIN),
    "team_settings": (ADMIN, ADMIN),
}
SHARE_URLS = {"shared_summary", "shared_summary_pdf"}
OTHER_URLS = {
    "home": "the landing page, or a redirect to the visitor's own diaries",
    "profile": "the signed-in person's own profile, never another's",
    "invitation": "checked in test_sharing.py: only the invited address may accept",
    "contact_confirm": "a care-team contact's own link; checked in test_privacy_alerts.py",
    "account_export": "the signed-in person's own data; checked in test_account_data.py",
    "account_delete": "the signed-in person's own account; checked in test_account_data.py",
    "team_invitation": "checked in test_teams.py: only the invited address may accept",
    "team_list": "the signed-in person's own teams, never another's",
    "healthz": "checked in test_health.py: database and queue status only, no one's data",
    "manifest": "the web app manifest: the same for everyone, no diary data",
    "service_worker": "the service worker script: the same for everyone, no diary data",
    "offline": "the page shown offline: the same for everyone, no diary data",
    "export_job": "a long export belongs to the one who asked; checked in test_export_jobs.py",
    "export_download": "a long export belongs to the one who asked; test_export_jobs.py",
}
# Third-party apps mounted under these prefixes hold no diary data of their own (the account
# pages, security ones included, show only the signed-in person's own account).
THIRD_PARTY_PREFIXES = (settings.ADMIN_URL, "accounts/")

ROLES = [
    "anonymous",
    "share_holder",
    "stranger",
    "revoked",
    "expired_invitee",
    "viewer",
    "editor",
    "owner",
    "team_member",
    "team_admin",
    "other_team_member",
    "removed_member",
]


def project_urls(resolver=None, prefix=""):
    """(name, route) for every named pattern of the project, except third-party mounts."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(THIRD_PARTY_PREFIXES):
            continue
        if isinstance(pattern, URLResolver):
            yield from project_urls(pattern, route)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield pattern.name, route


def test_every_project_url_is_classified():
    names = {name for name, _ in project_urls()}
    unclassified = names - set(DIARY_URLS) - SHARE_URLS - set(OTHER_URLS) - set(TEAM_URLS)
    assert not unclassified, f"Add these URLs to the access test: {sorted(unclassified)}"
    classified = set(DIARY_URLS) | SHARE_URLS | set(TEAM_URLS)
    assert not classified - names, "Classified URLs that no longer exist"


@pytest.fixture
def world(db):
    patient = PatientFactory()
    today = patient.today()
    log_day(patient, today, severities={"fatigue": 1}, notes="coughing all night")
    kind = TreatmentType.objects.get(slug="symptom-relief")
    target = CareGrant.objects.create(patient=patient, caregiver=UserFactory(), role="viewer")
    viewer = CareGrant.objects.create(patient=patient, caregiver=UserFactory(), role="viewer")
    editor = CareGrant.objects.create(patient=patient, caregiver=UserFactory(), role="editor")
    revoked = CareGrant.objects.create(
        patient=patient, caregiver=UserFactory(), role="editor", revoked_at=timezone.now()
    )
    expired_invitee = UserFactory(email="late-invitee@example.com")
    Invitation.objects.create(
        patient=patient,
        email=expired_invitee.email,
        role="editor",
        token_hash=new_token()[1],
        expires_at=timezone.now() - timedelta(days=1),
    )
    share_token, share_hash = new_token()
    link = ShareLink.objects.create(
        patient=patient,
        token_hash=share_hash,
        start=today - timedelta(days=29),
        end=today,
        expires_at=timezone.now() + timedelta(days=14),
    )
    objects = {
        "treatment": Treatment.objects.create(
            patient=patient, custom_name="Paracetamol", type=kind, start_date=today
        ),
        "appointment": Appointment.objects.create(patient=patient, starts_at=timezone.now()),
        "question": Question.objects.create(patient=patient, text="q", asked_on=today),
        "caregiver": target,
        "invitation": Invitation.objects.create(
            patient=patient,
            email="open@example.com",
            role="viewer",
            token_hash=new_token()[1],
            expires_at=timezone.now() + timedelta(days=7),
        ),
        "share_link": link,
        "contact": CareTeamContact.objects.create(patient=patient, name="Kim", email="k@x.example"),
    }
    team = care_team()
    connect_patient(patient, team)
    removed = clinician(team)
    TeamMember.objects.filter(user=removed).update(removed_at=timezone.now())
    colleague = clinician(team)
    log_day(patient, today - timedelta(days=1), severities={"seizure": 1})
    objects["team"] = team
    objects["item"] = TriageItem.objects.get(team=team)
    objects["member"] = TeamMember.objects.get(user=colleague)
    objects["connection"] = patient.team_connections.get()
    users = {
        "owner": patient.user,
        "team_member": clinician(team),
        "team_admin": team.admin_user,
        "other_team_member": clinician(care_team("Another clinic"), role="admin"),
        "removed_member": removed,
        "viewer": viewer.caregiver,
        "editor": editor.caregiver,
        "revoked": revoked.caregiver,
        "expired_invitee": expired_invitee,
        "stranger": PatientFactory().user,
    }
    return {"patient": patient, "objects": objects, "users": users, "share_token": share_token}


def url_for(name, world):
    patient = world["patient"]
    if name in SHARE_URLS:
        return reverse(name, args=[world["share_token"]])
    if name in TEAM_URLS:
        kwargs = {"team": world["objects"]["team"].pk}
        if name.startswith("team_item"):
            kwargs["pk"] = world["objects"]["item"].pk
        elif name == "team_member_remove":
            kwargs["pk"] = world["objects"]["member"].pk
        return reverse(name, kwargs=kwargs)
    kwargs = {"patient": patient.public_id}
    _, route = next((n, r) for n, r in project_urls() if n == name)
    if "<isodate:day>" in route:
        kwargs["day"] = patient.today()
    if "<slug:slug>" in route:
        kwargs["slug"] = "cough"
    if "<int:pk>" in route:
        kind = "share_link" if name.startswith("share_link") else name.split("_")[0]
        kind = "connection" if name.startswith("patient_team") else kind
        kwargs["pk"] = world["objects"][kind].pk
    return reverse(name, kwargs=kwargs)


def client_as(role, world):
    client = Client()
    if role in world["users"]:
        sign_in(client, world["users"][role])
    return client


def expected(name, role, method):
    """A set of acceptable status codes."""
    if name in SHARE_URLS:
        return {200} if method == "get" else {405}
    if role in ("anonymous", "share_holder"):
        return {302}
    if role in ("stranger", "revoked", "expired_invitee", "other_team_member", "removed_member"):
        return {404}
    if name in TEAM_URLS:
        return expected_on_team_page(name, role, method)
    needs = DIARY_URLS[name]
    view_need = max(n for n in needs if n is not None)  # access is checked before the method
    if role in ("team_member", "team_admin"):
        if view_need != V:  # a team reads what a viewer reads, and never writes
            return {403}
    elif {"viewer": V, "editor": E, "owner": OWN}[role] < view_need:
        return {403}
    if needs[0 if method == "get" else 1] is None:
        return {405}
    return {200, 302, 400, 409}


def expected_on_team_page(name, role, method):
    if role not in ("team_member", "team_admin"):
        return {404}  # the patient and her caregivers are no members of the team
    needs = TEAM_URLS[name]
    if ADMIN in needs and role != "team_admin":
        return {403}
    if needs[0 if method == "get" else 1] is None:
        return {405}
    return {200, 302, 400}


CASES = [
    (name, role)
    for name in sorted(DIARY_URLS) + sorted(SHARE_URLS) + sorted(TEAM_URLS)
    for role in ROLES
]


@pytest.mark.parametrize(("name", "role"), CASES)
def test_access(world, name, role):
    url = url_for(name, world)
    client = client_as(role, world)
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        allowed = expected(name, role, method)
        assert response.status_code in allowed, (
            f"{method.upper()} {name} as {role}: {response.status_code}, expected {allowed}"
        )
        if response.status_code == 302 and role in ("anonymous", "share_holder"):
            assert response["Location"].startswith(reverse("account_login"))
