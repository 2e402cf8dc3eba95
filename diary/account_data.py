"""A person's data is hers: everything she owns, taken out as a zip, or deleted for good.

`SOURCES` names, for every model that holds a row of a person, how to find her rows and which
columns are secrets never exported (password and token hashes, MFA secrets, session keys).
tests/test_account_data.py walks the app registry: a model with a foreign key to a user or a
patient that is neither here nor in `NOT_EXPORTED` fails the suite, so a new model cannot be
forgotten silently.

`delete_account` removes every row of hers, her diary's edit history included (django-simple-
history writes a last "deleted" copy of each row while it cascades; those go too). Her share
links and caregiver grants die with her diary; grants she held on other diaries end, and those
diaries stay whole. The audit log keeps its rows, with her foreign keys set to NULL and only
the pseudonyms left (diary.audit).
"""

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from diary import audit
from diary.exports.csv import neutralise
from diary.exports.fhir import summary_fhir
from diary.models import (
    AuditEvent,
    CareGrant,
    DailyEntry,
    Invitation,
    Patient,
    ShareLink,
    SymptomReport,
    TeamInvitation,
    User,
)
from diary.summary import ALL_SECTIONS, Period, build_summary


@dataclass(frozen=True)
class Owner:
    user: User
    patient: Patient | None

    @classmethod
    def of(cls, user: User) -> "Owner":
        return cls(user=user, patient=Patient.objects.filter(user=user).first())


@dataclass(frozen=True)
class Source:
    """Where a person's rows of one model are, and which columns never leave the database."""

    label: str  # "app_label.ModelName"
    rows: Callable[[models.Model, Owner], models.QuerySet]
    secret_fields: tuple[str, ...] = ()

    @property
    def model(self) -> type[models.Model] | None:
        try:
            return apps.get_model(self.label)
        except LookupError:  # an optional app (allauth.mfa, usersessions) not installed
            return None


def _her_diary(model, owner: Owner, path: str = "patient") -> models.QuerySet:
    if owner.patient is None:
        return model.objects.none()
    return model.objects.filter(**{path: owner.patient})


def _history_of_entries(owner: Owner) -> models.QuerySet:
    history = DailyEntry.history.model
    if owner.patient is None:
        return history.objects.none()
    return history.objects.filter(patient_id=owner.patient.pk)


def _history_of_reports(owner: Owner) -> models.QuerySet:
    history = SymptomReport.history.model
    entry_ids = _history_of_entries(owner).values("id")
    return history.objects.filter(entry_id__in=entry_ids)


SOURCES: tuple[Source, ...] = (
    Source(
        "diary.User",
        lambda m, o: m.objects.filter(pk=o.user.pk),
        secret_fields=("password",),
    ),
    Source("diary.User_groups", lambda m, o: m.objects.filter(user=o.user)),
    Source("diary.User_user_permissions", lambda m, o: m.objects.filter(user=o.user)),
    Source("account.EmailAddress", lambda m, o: m.objects.filter(user=o.user)),
    Source("diary.Patient", lambda m, o: m.objects.filter(user=o.user)),
    Source("diary.Patient_known_sites", lambda m, o: _her_diary(m, o)),
    Source("diary.DailyEntry", lambda m, o: _her_diary(m, o)),
    Source("diary.SymptomReport", lambda m, o: _her_diary(m, o, "entry__patient")),
    Source("diary.DoseLog", lambda m, o: _her_diary(m, o, "entry__patient")),
    Source("diary.Treatment", lambda m, o: _her_diary(m, o)),
    Source("diary.Appointment", lambda m, o: _her_diary(m, o)),
    Source("diary.Question", lambda m, o: _her_diary(m, o)),
    Source("diary.RedFlagAnswer", lambda m, o: _her_diary(m, o)),
    Source(
        "diary.Reminder", lambda m, o: m.objects.filter(Q(user=o.user) | Q(patient__user=o.user))
    ),
    # Care teams: her connections and the queue items raised from her diary (without the team's
    # own notes, which are the team's record, never shown to her), and any membership she holds.
    Source("diary.TeamConnection", lambda m, o: _her_diary(m, o)),
    Source("diary.TriageItem", lambda m, o: _her_diary(m, o), secret_fields=("team_note",)),
    Source("diary.TeamMember", lambda m, o: m.objects.filter(user=o.user)),
    Source(
        "diary.TeamInvitation",
        lambda m, o: m.objects.filter(email__iexact=o.user.email),
        secret_fields=("token_hash",),
    ),
    Source(
        "diary.CareTeamContact",
        lambda m, o: _her_diary(m, o),
        secret_fields=("confirm_token_hash",),
    ),
    Source(
        "diary.CareGrant",
        lambda m, o: m.objects.filter(Q(caregiver=o.user) | Q(patient__user=o.user)),
    ),
    Source(
        "diary.Invitation",
        lambda m, o: m.objects.filter(Q(patient__user=o.user) | Q(accepted_by=o.user)),
        secret_fields=("token_hash",),
    ),
    Source("diary.ShareLink", lambda m, o: _her_diary(m, o), secret_fields=("token_hash",)),
    Source("diary.Notification", lambda m, o: _her_diary(m, o)),
    Source(
        "diary.AuditEvent",
        lambda m, o: m.objects.filter(Q(actor=o.user) | Q(patient__user=o.user)),
    ),
    Source("diary.HistoricalDailyEntry", lambda m, o: _history_of_entries(o)),
    Source("diary.HistoricalSymptomReport", lambda m, o: _history_of_reports(o)),
    # Account-security apps, when installed: what exists, never its secrets.
    Source("mfa.Authenticator", lambda m, o: m.objects.filter(user=o.user), ("data",)),
    Source(
        "usersessions.UserSession",
        lambda m, o: m.objects.filter(user=o.user),
        secret_fields=("session_key", "data"),
    ),
)

# Models that point at a user or a patient but hold nothing of hers to take out, and why.
NOT_EXPORTED: dict[str, str] = {
    "admin.LogEntry": "the admin site's record of what staff did (deleted with her account)",
    "diary.ExportJob": (
        "a summary file prepared at her request from the diary exported here, for her to "
        "download herself; deleted 24 hours after it was asked for (and with her account)"
    ),
}


def installed_sources() -> list[tuple[Source, type[models.Model]]]:
    return [(source, source.model) for source in SOURCES if source.model is not None]


def _columns(model: type[models.Model], source: Source) -> list[str]:
    return [
        field.attname
        for field in model._meta.concrete_fields
        if field.name not in source.secret_fields and field.attname not in source.secret_fields
    ]


def collect(user: User) -> dict[str, tuple[list[str], list[dict]]]:
    """label -> (columns, rows): every row of hers, secrets left out."""
    owner = Owner.of(user)
    tables = {}
    for source, model in installed_sources():
        columns = _columns(model, source)
        queryset = source.rows(model, owner).order_by("pk")
        tables[source.label] = (columns, list(queryset.values(*columns)))
    return tables


def _csv(columns: list[str], rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [neutralise(json.dumps(v, cls=DjangoJSONEncoder) if isinstance(v, list | dict) else v)
             for v in (row[c] for c in columns)]
        )  # fmt: skip
    return buffer.getvalue()


def _fhir(owner: Owner) -> str | None:
    """Her whole diary as one FHIR R4 Bundle, every section chosen."""
    if owner.patient is None:
        return None
    dates = owner.patient.entries.aggregate(first=models.Min("date"), last=models.Max("date"))
    today = owner.patient.today()
    start = dates["first"] or today
    end = max(dates["last"] or today, today)
    summary = build_summary(owner.patient, Period(start, end), sections=frozenset(ALL_SECTIONS))
    # A record of her whole diary, not a message to a hospital system: a collection, and no PDF
    # (the JSON and CSV tables beside it hold everything).
    return summary_fhir(summary, bundle_type="collection", include_pdf=False)


README = """Everything the symptom diary holds about you, downloaded on {when}.

json/  one file per table: a list of rows, one object per row.
csv/   the same tables as CSV (cells that a spreadsheet could run as a formula start with ').
fhir/bundle.json  your whole diary as a FHIR R4 Bundle for another health system (notes only
       from days you marked for your summary; every note is in json/ and csv/).

Left out on purpose: your password's hash, the hashes of share-link, invitation and
confirmation tokens, and any second-factor secrets.
"""


def export_zip(user: User, *, request: HttpRequest | None = None) -> bytes:
    """The zip of everything of hers. Audited."""
    owner = Owner.of(user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README.format(when=timezone.now().isoformat()))
        for label, (columns, rows) in collect(user).items():
            archive.writestr(f"json/{label}.json", json.dumps(rows, cls=DjangoJSONEncoder))
            archive.writestr(f"csv/{label}.csv", _csv(columns, rows))
        bundle = _fhir(owner)
        if bundle is not None:
            archive.writestr("fhir/bundle.json", bundle)
    audit.record(
        request, AuditEvent.Action.ACCOUNT_EXPORTED, patient=owner.patient, actor=user
    )  # fmt: skip
    return buffer.getvalue()


def _her_sessions(user: User) -> Iterator[str]:
    """Keys of the database sessions signed in as her (sessions carry no foreign key)."""
    for session in Session.objects.filter(expire_date__gt=timezone.now() - timedelta(days=1)):
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            yield session.session_key


@transaction.atomic
def delete_account(user: User, *, request: HttpRequest | None = None, by: str = "") -> None:
    """Delete every row of hers but the audit log's, which keeps only pseudonyms."""
    owner = Owner.of(user)
    patient = owner.patient
    audit.record(request, AuditEvent.Action.ACCOUNT_DELETED, patient=patient, actor=user, detail=by)
    # Diaries she helped with: their patients see that her access ended; the diaries stay.
    for grant in CareGrant.objects.filter(caregiver=user, revoked_at__isnull=True):
        audit.record(
            request,
            AuditEvent.Action.REVOKED,
            patient=grant.patient,
            actor=None,
            detail="the caregiver deleted her account",
        )
    # Invitations addressed to her hold her address.
    Invitation.objects.filter(Q(accepted_by=user) | Q(email__iexact=user.email)).delete()
    TeamInvitation.objects.filter(email__iexact=user.email).delete()
    if patient is not None:
        delete_diary(patient)
    Session.objects.filter(session_key__in=list(_her_sessions(user))).delete()
    user.delete()


@transaction.atomic
def delete_diary(patient: Patient) -> None:
    """A diary and its edit history; share links and caregiver grants end before rows go."""
    now = timezone.now()
    ShareLink.objects.filter(patient=patient, revoked_at__isnull=True).update(revoked_at=now)
    CareGrant.objects.filter(patient=patient, revoked_at__isnull=True).update(revoked_at=now)
    patient_pk = patient.pk
    entry_history = list(
        DailyEntry.history.model.objects.filter(patient_id=patient_pk).values_list("id", flat=True)
    )
    patient.delete()  # cascades to every row of her diary; the audit log's keys become NULL
    _delete_history(patient_pk=patient_pk, entry_ids=entry_history)


def _delete_history(*, patient_pk: int, entry_ids: list[int]) -> None:
    """Her diary's edit history, including the copies written while the cascade ran."""
    entries = DailyEntry.history.model.objects.filter(patient_id=patient_pk)
    ids = set(entry_ids) | set(entries.values_list("id", flat=True))
    SymptomReport.history.model.objects.filter(entry_id__in=ids).delete()
    entries.delete()
