"""The patient's data is hers: "Download everything" and export_account hold every row of hers;
"Delete my account" and delete_account leave none but the pseudonymised audit log."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle

from diary import account_data, audit, sharing
from diary.models import (
    Appointment,
    AuditEvent,
    CareGrant,
    CareTeamContact,
    DailyEntry,
    DoseLog,
    Invitation,
    Notification,
    Patient,
    Question,
    ShareLink,
    Site,
    Treatment,
    TreatmentType,
    User,
)
from diary.models.sharing import new_token
from diary.summary import Period
from tests.auth import sign_in
from tests.factories import PatientFactory, UserFactory, log_day

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-9"
NOTE = "Walked to the harbour-7731"


def person_models() -> list[type[models.Model]]:
    """Every installed model with a foreign key (or one-to-one) to a user or a patient."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in (User, Patient):
                found.append(model)
                break
    return found


def label(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def reauthenticated(user) -> Client:
    client = Client()
    client.force_login(user)
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.fixture
def rich(patient):
    """A patient with a row in every table a diary can fill."""
    today = patient.today()
    kind = TreatmentType.objects.get(slug="symptom-relief")
    treatment = Treatment.objects.create(
        patient=patient, custom_name="Paracetamol", type=kind, start_date=today - timedelta(9)
    )
    entry = log_day(patient, today - timedelta(days=1), severities={"seizure": 1}, notes=NOTE)
    log_day(patient, today - timedelta(days=1), severities={"cough": 2}, notes=NOTE + " again")
    DoseLog.objects.create(entry=entry, treatment=treatment, status="taken")
    patient.known_sites.add(Site.objects.get(slug="bone"))
    Appointment.objects.create(patient=patient, starts_at=timezone.now() + timedelta(days=2))
    Question.objects.create(patient=patient, text="Is this normal?", asked_on=today)
    contact = CareTeamContact.objects.create(
        patient=patient, name="Nurse Kim", email="kim@clinic.example", alert_emails=True
    )
    Notification.objects.create(patient=patient, contact=contact, entry=entry)
    caregiver = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=caregiver, role="editor")
    Invitation.objects.create(
        patient=patient,
        email="friend@example.com",
        role="viewer",
        token_hash=new_token()[1],
        expires_at=timezone.now() + timedelta(days=7),
    )
    sharing.create_share_link(
        None,
        patient=patient,
        period=Period(today - timedelta(days=7), today),
        sections=frozenset(),
        label="Dr Patel",
        days=7,
    )
    # She also helps with someone else's diary.
    other = PatientFactory()
    CareGrant.objects.create(patient=other, caregiver=patient.user, role="viewer")
    audit.record(None, AuditEvent.Action.DIARY_OPENED, patient=other, actor=patient.user)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(
        user=patient.user, email=patient.user.email, defaults={"primary": True}
    )
    return patient


def read_zip(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# --- nothing can be forgotten ----------------------------------------------------------------


def test_every_model_pointing_at_a_person_is_exported_or_excused():
    known = {source.label.lower() for source in account_data.SOURCES}
    known |= {name.lower() for name in account_data.NOT_EXPORTED}
    missing = [label(m) for m in person_models() if label(m).lower() not in known]
    assert not missing, f"Add these to diary.account_data.SOURCES: {missing}"


def test_the_list_of_person_models_is_not_empty():
    labels = {label(m) for m in person_models()}
    assert {"diary.DailyEntry", "diary.AuditEvent", "diary.HistoricalDailyEntry"} <= labels


# --- download everything ---------------------------------------------------------------------


def test_the_zip_holds_every_table_of_hers_as_json_and_csv_and_a_fhir_bundle(rich):
    files = read_zip(account_data.export_zip(rich.user))
    for source, _ in account_data.installed_sources():
        assert f"json/{source.label}.json" in files
        assert f"csv/{source.label}.csv" in files
    empty = {
        name
        for name, content in files.items()
        if name.startswith("json/") and json.loads(content) == []
    }
    # Tables that stay empty for this diary: no groups, no second factor, no red-flag answer,
    # no session started through the log-in form, no reminder, no care team.
    assert empty <= {
        "json/diary.User_groups.json",
        "json/diary.User_user_permissions.json",
        "json/mfa.Authenticator.json",
        "json/usersessions.UserSession.json",
        "json/diary.RedFlagAnswer.json",
        "json/diary.Reminder.json",
        "json/diary.TeamConnection.json",
        "json/diary.TriageItem.json",
        "json/diary.TeamMember.json",
        "json/diary.TeamInvitation.json",
    }
    bundle = Bundle.model_validate_json(files["fhir/bundle.json"])
    assert bundle.type == "collection" and len(bundle.entry) > 1
    entries = json.loads(files["json/diary.DailyEntry.json"])
    assert NOTE + " again" in {e["notes"] for e in entries}
    history = json.loads(files["json/diary.HistoricalDailyEntry.json"])
    assert NOTE in {h["notes"] for h in history}  # the earlier version, from the edit history
    grants = json.loads(files["json/diary.CareGrant.json"])
    assert len(grants) == 2  # the one she gave and the one she holds


def test_the_zip_holds_no_secret(rich):
    files = read_zip(account_data.export_zip(rich.user))
    everything = b"".join(files.values()).decode()
    assert rich.user.password not in everything
    for model in (ShareLink, Invitation):
        for token_hash in model.objects.values_list("token_hash", flat=True):
            assert token_hash not in everything
    assert "token_hash" not in everything and '"password"' not in everything


def test_the_zip_holds_nothing_of_another_diary(rich):
    other_note = "Someone else's words-5521"
    log_day(Patient.objects.exclude(pk=rich.pk).first(), rich.today(), notes=other_note)
    everything = b"".join(read_zip(account_data.export_zip(rich.user)).values()).decode()
    assert other_note not in everything


def test_export_account_command_writes_the_same_tables(rich, tmp_path):
    output = tmp_path / "all.zip"
    call_command(
        "export_account", rich.user.email.upper(), output=str(output), stdout=io.StringIO()
    )
    files = read_zip(output.read_bytes())
    assert "json/diary.DailyEntry.json" in files and "fhir/bundle.json" in files
    assert oct(output.stat().st_mode & 0o777) == "0o600"
    assert AuditEvent.objects.filter(action="account_exported", actor=rich.user).exists()


def test_export_account_refuses_an_unknown_address(tmp_path):
    with pytest.raises(CommandError, match="No account"):
        call_command("export_account", "nobody@example.com", output=str(tmp_path / "x.zip"))


def test_the_download_page_asks_for_the_password_again(client, patient):
    sign_in(client, patient.user, reauthenticated=False)
    response = client.get(reverse("account_export"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert client.post(reverse("account_export")).status_code == 302


def test_the_download_is_a_zip_after_reauthentication_and_a_get_downloads_nothing(rich):
    client = reauthenticated(rich.user)
    page = client.get(reverse("account_export"))
    assert page.status_code == 200 and "Download the zip" in page.content.decode()
    assert not AuditEvent.objects.filter(action="account_exported").exists()
    response = client.post(reverse("account_export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "no-store"
    assert "json/diary.DailyEntry.json" in read_zip(response.content)
    assert AuditEvent.objects.filter(action="account_exported", actor=rich.user).exists()


def test_anonymous_is_sent_to_log_in(client):
    for name in ("account_export", "account_delete"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_other_methods_are_refused(patient):
    client = reauthenticated(patient.user)
    assert client.put(reverse("account_export")).status_code == 405
    assert client.delete(reverse("account_delete")).status_code == 405


# --- delete the account ----------------------------------------------------------------------


def rows_of(user: User) -> dict[str, set[int]]:
    """label -> primary keys of every row of hers, as the export finds them."""
    owner = account_data.Owner.of(user)
    return {
        source.label: set(source.rows(model, owner).values_list("pk", flat=True))
        for source, model in account_data.installed_sources()
    }


def assert_nothing_of_hers_remains(user_pk: int, patient_pk: int | None, before, email: str):
    for model in person_models():
        for field in model._meta.concrete_fields:
            if not field.is_relation:
                continue
            if field.related_model is User:
                assert not model._base_manager.filter(**{field.attname: user_pk}).exists(), (
                    f"{label(model)}.{field.name} still points at her"
                )
            if field.related_model is Patient and patient_pk is not None:
                assert not model._base_manager.filter(**{field.attname: patient_pk}).exists(), (
                    f"{label(model)}.{field.name} still points at her diary"
                )
    for source_label, pks in before.items():
        if source_label == "diary.AuditEvent":
            continue
        model = apps.get_model(source_label)
        left = model._base_manager.filter(pk__in=pks).count()
        assert left == 0, f"{left} row(s) of {source_label} remain"
    for model in apps.get_models(include_auto_created=True):
        text_fields = [
            f.attname for f in model._meta.concrete_fields if isinstance(f, models.CharField)
        ]
        for name in text_fields:
            if label(model) == "diary.CareTeamContact":
                continue  # another patient's address book may list anyone
            hits = model._base_manager.filter(**{f"{name}__iexact": email})
            assert not hits.exists(), f"{label(model)}.{name} holds her address"


def test_delete_account_leaves_nothing_but_the_pseudonymised_audit_log(rich):
    user = rich.user
    user_pk, patient_pk, email = user.pk, rich.pk, user.email
    before = rows_of(user)
    audit_before = before["diary.AuditEvent"]
    assert all(before[name] for name in ("diary.DailyEntry", "diary.HistoricalDailyEntry"))
    call_command("delete_account", email, yes=True, stdout=io.StringIO())
    assert_nothing_of_hers_remains(user_pk, patient_pk, before, email)
    kept = AuditEvent.objects.filter(pk__in=audit_before)
    assert kept.count() == len(audit_before)
    assert set(kept.values_list("actor_id", "patient_id").distinct()) <= {
        (None, None),
        (None, Patient.objects.exclude(pk=patient_pk).get().pk),
    }
    assert AuditEvent.objects.filter(
        action="account_deleted", actor_pseudonym=audit.pseudonym("user", user_pk)
    ).exists()
    assert not DailyEntry.history.model.objects.filter(notes__contains="harbour").exists()


def test_delete_account_ends_every_door_before_the_rows_go(rich):
    link_ids = list(ShareLink.objects.filter(patient=rich).values_list("pk", flat=True))
    account_data.delete_account(rich.user)
    assert not ShareLink.objects.filter(pk__in=link_ids).exists()
    assert not CareGrant.objects.filter(patient_id=rich.pk).exists()


def test_a_caregiver_deleting_her_account_leaves_the_patients_diary_whole(patient):
    helper = UserFactory()
    CareGrant.objects.create(patient=patient, caregiver=helper, role="editor")
    log_day(patient, patient.today(), severities={"cough": 1}, notes=NOTE)
    editor = Client()
    editor.force_login(helper)
    day = patient.today()
    entry = DailyEntry.objects.get(patient=patient)
    response = editor.post(
        reverse("checkin", args=[patient.public_id, day]),
        {
            "date": day.isoformat(),
            "version": str(entry.version),
            "temperature_unit": "C",
            "severity-cough": "2",
            "notes": NOTE,
        },
    )
    assert response.status_code == 302
    history = DailyEntry.history.model.objects.filter(patient_id=patient.pk)
    counts = (DailyEntry.objects.count(), history.count())
    helper_pk = helper.pk
    assert history.filter(history_user_id=helper_pk).exists()
    account_data.delete_account(helper)
    assert (DailyEntry.objects.count(), history.count()) == counts
    assert DailyEntry.objects.get().notes == NOTE
    assert not history.filter(history_user_id=helper_pk).exists()
    assert Patient.objects.filter(pk=patient.pk).exists()
    assert AuditEvent.objects.filter(
        patient=patient, action="revoked", detail="the caregiver deleted her account"
    ).exists()


def test_delete_account_refuses_an_unknown_address():
    with pytest.raises(CommandError, match="No account"):
        call_command("delete_account", "nobody@example.com", yes=True)


def test_the_delete_page_warns_and_offers_the_export_first(rich):
    client = reauthenticated(rich.user)
    page = client.get(reverse("account_delete")).content.decode()
    assert "This deletes everything, for good" in page
    assert reverse("account_export") in page
    assert "1 day" in page


def test_the_delete_page_asks_for_the_password_again(client, patient):
    sign_in(client, patient.user, reauthenticated=False)
    response = client.post(reverse("account_delete"), {"confirm": "DELETE"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert User.objects.filter(pk=patient.user.pk).exists()


def test_a_wrong_confirmation_deletes_nothing(rich):
    client = reauthenticated(rich.user)
    response = client.post(reverse("account_delete"), {"confirm": "delete"})
    assert response.status_code == 400
    assert "Type DELETE exactly" in response.content.decode()
    assert User.objects.filter(pk=rich.user.pk).exists()


def test_deleting_from_the_page_signs_out_and_removes_everything(rich):
    user_pk, patient_pk, email = rich.user.pk, rich.pk, rich.user.email
    before = rows_of(rich.user)
    client = reauthenticated(rich.user)
    response = client.post(reverse("account_delete"), {"confirm": "DELETE"})
    assert response.status_code == 302 and response["Location"] == reverse("home")
    assert_nothing_of_hers_remains(user_pk, patient_pk, before, email)
    assert client.get(reverse("profile")).status_code == 302  # signed out


def test_deleting_a_user_in_the_admin_deletes_her_account_completely(rich):
    admin = User.objects.create_superuser("admin@example.com", PASSWORD)
    TOTP.activate(admin, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")  # staff need a second factor
    client = Client()
    sign_in(client, admin)
    user_pk, patient_pk, email = rich.user.pk, rich.pk, rich.user.email
    before = rows_of(rich.user)
    response = client.post(reverse("admin:diary_user_delete", args=[user_pk]), {"post": "yes"})
    assert response.status_code == 302
    assert_nothing_of_hers_remains(user_pk, patient_pk, before, email)


def test_deleting_a_diary_in_the_admin_takes_its_edit_history_too(rich):
    admin = User.objects.create_superuser("admin@example.com", PASSWORD)
    TOTP.activate(admin, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")  # staff need a second factor
    client = Client()
    sign_in(client, admin)
    patient_pk = rich.pk
    history = DailyEntry.history.model.objects.filter(patient_id=patient_pk)
    assert history.exists()
    response = client.post(
        reverse("admin:diary_patient_delete", args=[patient_pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Patient.objects.filter(pk=patient_pk).exists()
    assert not history.exists()
    assert User.objects.filter(pk=rich.user_id).exists()  # the account stays
