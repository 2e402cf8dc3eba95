"""The one access rule: what a user may see and do in a patient's diary.

Every diary view resolves its patient through `diary_view`, which asks `role_for`. A user with
no role gets 404 (nobody learns that a diary exists); a role too small for the action gets 403.

A member of a care team the patient connected her diary to has the TEAM role: it reads what a
viewer reads (her notes only if she allowed it) and never writes. Team members must use MFA.
"""

import enum
import functools
import uuid
from collections.abc import Callable, Sequence

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import BooleanField, Case, CharField, Q, When
from django.db.models.expressions import RawSQL
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from diary import audit
from diary.models import (
    AuditEvent,
    CareGrant,
    CareRole,
    CatalogVersion,
    Patient,
    TeamConnection,
    TeamMember,
    User,
)


class Role(enum.IntEnum):
    TEAM = 1  # reads like a viewer, never writes
    VIEWER = 2
    EDITOR = 3
    OWNER = 4


def allows(role: Role, need: Role) -> bool:
    """Whether `role` may do what needs `need`: a team member may read (VIEWER) and no more."""
    return role >= need or (role == Role.TEAM and need == Role.VIEWER)


ROLE_OF_GRANT = {CareRole.VIEWER: Role.VIEWER, CareRole.EDITOR: Role.EDITOR}


def role_for(user: User, patient: Patient) -> Role | None:
    """Owner, editor, viewer, team, or None (nobody). Revoked grants, removed members and
    disconnected teams count for nothing."""
    if not user.is_authenticated or not user.is_active:
        return None
    if patient.user_id == user.pk:
        return Role.OWNER
    grant = (
        CareGrant.objects.filter(patient=patient, caregiver=user, revoked_at__isnull=True)
        .values_list("role", flat=True)
        .first()
    )
    if grant is not None:
        return ROLE_OF_GRANT.get(grant)
    in_team = (
        TeamMember.objects.active()
        .filter(
            user=user,
            team__connections__patient=patient,
            team__connections__disconnected_at__isnull=True,
        )
        .exists()
    )
    return Role.TEAM if in_team else None


def team_sees_notes(user: User, patient: Patient) -> bool:
    """Whether a team of `user`'s that the patient connected may read her notes (her choice)."""
    return (
        TeamConnection.objects.active()
        .filter(
            patient=patient,
            share_notes=True,
            team__members__user=user,
            team__members__removed_at__isnull=True,
        )
        .exists()
    )


def patients_visible_to(user: User):
    """Every patient whose diary `user` may open (her own, and those she cares for)."""
    if not user.is_authenticated or not user.is_active:
        return Patient.objects.none()
    cared_for = CareGrant.objects.filter(caregiver=user, revoked_at__isnull=True).values(
        "patient_id"
    )
    return (
        Patient.objects.filter(Q(user=user) | Q(pk__in=cared_for))
        .select_related("user")
        .order_by(Case(When(user=user, then=0), default=1), "user__name", "pk")
    )


def column(model, field: str = "") -> str:
    """A model's table, or one of its columns qualified by the table, quoted for raw SQL."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    return f"{table}.{quote(model._meta.get_field(field).column)}" if field else table


def sql_value(sql: str, params: tuple, output_field) -> RawSQL:
    """An expression written as SQL: fixed text and quoted names (`column`) only, every value
    a parameter. Django compiles a Subquery or an Exists in about as long as it takes to run a
    query of its own; this costs next to nothing."""
    return RawSQL(sql, params, output_field=output_field)  # noqa: S611


class SelectedModel:
    """A model's concrete columns in a hand-written SELECT (`alias`: its table's alias there),
    turned back into instances the way Django's compiler does it: each value through the
    backend's and the field's converters, then `Model.from_db`."""

    def __init__(self, model, alias: str, only: Sequence[str] = ()) -> None:
        """`only`: these fields and the primary key (the others deferred), else all."""
        self.model = model
        self.fields = [
            f for f in model._meta.concrete_fields if not only or f.primary_key or f.name in only
        ]
        quote = connection.ops.quote_name
        self.sql = ", ".join(f"{quote(alias)}.{quote(f.column)}" for f in self.fields)
        self.names = [f.attname for f in self.fields]
        cols = [f.get_col(alias) for f in self.fields]
        self.converters = [
            (i, [*connection.ops.get_db_converters(col), *col.get_db_converters(connection)], col)
            for i, col in enumerate(cols)
        ]
        self.pk_index = self.fields.index(model._meta.pk)

    def instance(self, values: Sequence):
        """The instance of these values (a slice of a row), or None if its primary key is NULL
        (a LEFT JOIN that found nothing)."""
        if values[self.pk_index] is None:
            return None
        values = list(values)
        for i, converters, col in self.converters:
            for converter in converters:
                values[i] = converter(values[i], col, connection)
        return self.model.from_db(connection.alias, self.names, values)


class SelectedColumns:
    """Columns (`field.get_col(table)`) in a hand-written SELECT, their values converted as
    Django's compiler converts them (a date from SQLite's text, for instance)."""

    def __init__(self, cols: Sequence) -> None:
        quote = connection.ops.quote_name
        self.sql = ", ".join(f"{quote(c.alias)}.{quote(c.target.column)}" for c in cols)
        self.converters = [
            (i, col, found)
            for i, col in enumerate(cols)
            if (
                found := [
                    *connection.ops.get_db_converters(col),
                    *col.get_db_converters(connection),
                ]
            )
        ]

    def rows(self, sql: str, params: Sequence) -> list[tuple]:
        """Run `sql` (fixed text and quoted names only, every value a parameter), whose
        columns are these, and convert its rows' values."""
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
        if self.converters:
            for n, row in enumerate(found):
                values = list(row)
                for i, col, functions in self.converters:
                    for function in functions:
                        values[i] = function(values[i], col, connection)
                found[n] = tuple(values)
        return found


def rows_of_sql(sql: str, params: Sequence, parts: Sequence[SelectedModel]) -> list[list]:
    """Run `sql` (fixed text and quoted names only, every value a parameter), whose columns
    are `parts`' in that order, and make each row's instances (None for a NULL join)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    spans, start = [], 0
    for part in parts:
        spans.append((part, start, start + len(part.fields)))
        start += len(part.fields)
    return [[part.instance(row[a:b]) for part, a, b in spans] for row in rows]


@functools.cache
def _annotations_sql() -> tuple[str, str]:
    """page_annotations' SQL, written once per process (fixed text and quoted names; the
    values are parameters)."""
    version = CatalogVersion
    return (
        f"SELECT {column(version, 'token')} FROM {column(version)}"  # noqa: S608
        f" WHERE {column(version, 'id')} = 1",
        f"EXISTS (SELECT 1 FROM {column(CareGrant)}"  # noqa: S608
        f" WHERE {column(CareGrant, 'caregiver')} = %s"
        f" AND {column(CareGrant, 'revoked_at')} IS NULL)",
    )


@functools.cache
def _patient_parts() -> tuple[SelectedModel, SelectedModel]:
    """The patient's and her user's columns, aliased by their own table names: the
    annotations' SQL names the patient's columns as `column(Patient, ...)` does."""
    return (
        SelectedModel(Patient, Patient._meta.db_table),
        SelectedModel(User, User._meta.db_table),
    )


def page_annotations(user: User) -> dict:
    """Read with the diary's patient row, to save the page two queries: the catalog's token
    (diary.catalog.load_catalog's version check) and whether `user` cares for anyone (the
    navigation's "Switch diary"). Neither is health data."""
    token, cares = _annotations_sql()
    return {
        "page_catalog_token": sql_value(token, (), CharField()),
        "page_cares_for_others": sql_value(cares, (user.pk,), BooleanField()),
    }


# patient_with_annotations' SQL by its annotations' names and SQL: written once per process
# (fixed text and quoted names; the values are parameters).
_patient_sql: dict[tuple, str] = {}


def patient_with_annotations(public_id: uuid.UUID, annotations: dict) -> Patient | None:
    """The patient `public_id` with her user, and `annotations` (RawSQL expressions, e.g.
    `sql_value`) as attributes: the same instances as `Patient.objects.select_related("user")
    .annotate(**annotations).filter(public_id=public_id).first()`, read with SQL written from
    the models' quoted names (every value a parameter) instead of the ORM's compiler, which
    took longer than the query. Expressions of another kind go through the ORM."""
    if not all(type(value) is RawSQL for value in annotations.values()):
        return (
            Patient.objects.select_related("user")
            .annotate(**annotations)
            .filter(public_id=public_id)
            .first()
        )
    patient_part, user_part = _patient_parts()
    names = list(annotations)
    params: list = []
    for name in names:
        params.extend(annotations[name].params)
    public = Patient._meta.get_field("public_id")
    params.append(public.get_db_prep_value(public_id, connection))
    key = tuple((name, annotations[name].sql) for name in names)
    sql = _patient_sql.get(key)
    if sql is None:
        quote = connection.ops.quote_name
        selected = [patient_part.sql, user_part.sql]
        selected += [f"({annotations[name].sql}) AS {quote(name)}" for name in names]
        sql = (
            f"SELECT {', '.join(selected)} FROM {column(Patient)}"  # noqa: S608
            f" INNER JOIN {column(User)} ON {column(Patient, 'user')} = {column(User, 'id')}"
            f" WHERE {column(Patient, 'public_id')} = %s"
            f" ORDER BY {column(Patient, 'id')} ASC LIMIT 1"
        )
        if len(_patient_sql) >= 64:  # a few views' annotations; never values
            _patient_sql.clear()
        _patient_sql[key] = sql
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    width = len(patient_part.fields)
    patient = patient_part.instance(row[:width])
    owner = user_part.instance(row[width : width + len(user_part.fields)])
    Patient._meta.get_field("user").set_cached_value(patient, owner)
    User._meta.get_field("patient").set_cached_value(owner, patient)
    for name, value in zip(names, row[width + len(user_part.fields) :], strict=True):
        expression = annotations[name]
        for converter in [
            *connection.ops.get_db_converters(expression),
            *expression.get_db_converters(connection),
        ]:
            value = converter(value, expression, connection)
        setattr(patient, name, value)
    return patient


def resolve_patient(
    user: User, public_id: uuid.UUID, *, need: Role, annotate: Callable | None = None
) -> tuple[Patient, Role]:
    """The diary `public_id` and `user`'s role in it (404 for a stranger, 403 for too small a
    role). `annotate(user)` may add expressions read in the same query (a view's flags)."""
    extra = annotate(user) if annotate else {}
    patient = patient_with_annotations(public_id, {**page_annotations(user), **extra})
    role = role_for(user, patient) if patient else None
    if role is None:
        raise Http404("No such diary.")
    if not allows(role, need):
        raise PermissionDenied
    return patient, role


def note_caregiver_visit(request: HttpRequest, patient: Patient, role: Role) -> None:
    """Audit a caregiver or care-team member opening a diary, once per log-in session."""
    key = f"diary-opened-{patient.pk}"
    if not request.session.get(key):
        request.session[key] = True
        action = (
            AuditEvent.Action.TEAM_OPENED if role == Role.TEAM else AuditEvent.Action.DIARY_OPENED
        )
        audit.record(request, action, patient=patient)


def redirect_to_mfa_setup(request: HttpRequest) -> HttpResponse:
    """Clinicians use two-factor authentication before they see any patient's data."""
    messages.warning(
        request,
        "Care-team members must set up two-factor authentication first: add an authenticator app.",
    )
    return redirect("mfa_activate_totp")


def diary_view(need: Role = Role.VIEWER, *, annotate: Callable | None = None) -> Callable:
    """Decorate a view taking (request, patient, ...): logs in, checks the role, 404s strangers.

    The URL's `patient` (a UUID) becomes the Patient object; `request.diary_role` holds the role.
    The patient row carries `page_catalog_token` (for `load_catalog(version=...)`) and
    `page_cares_for_others` (the navigation's), and whatever `annotate(user)` adds.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @functools.wraps(view)
        def wrapper(request: HttpRequest, patient: uuid.UUID, *args, **kwargs) -> HttpResponse:
            diary, role = resolve_patient(request.user, patient, need=need, annotate=annotate)
            if role == Role.TEAM and not is_mfa_enabled(request.user):
                return redirect_to_mfa_setup(request)
            request.diary_patient = diary
            request.diary_role = role
            request.diary_notes_hidden = role == Role.TEAM and not team_sees_notes(
                request.user, diary
            )
            if role != Role.OWNER:
                note_caregiver_visit(request, diary, role)
            return view(request, diary, *args, **kwargs)

        return wrapper

    return decorator
