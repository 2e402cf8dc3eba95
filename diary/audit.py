"""Recording the audit log: who did what to which diary, when, and from which address.

The log is append-only. The model and its manager refuse to change or delete a row on every
engine, and the database refuses too: migration 0003 puts a trigger on the table (PostgreSQL:
no UPDATE, no DELETE; SQLite: no UPDATE, re-created after every migrate since SQLite drops a
table's triggers when a migration rebuilds it). The one change let through is the one deleting
a person needs: her foreign keys set to NULL. Each row also keeps a pseudonym of the people in
it, a keyed hash of their id (never a name or an address), so a deleted person's trail still
reads as one person's.

Rows are chained: each holds an HMAC (keyed with SECRET_KEY) of the previous row's chain hash
and its own content. Writers take a lock first (PostgreSQL: an advisory lock; SQLite's
transactions already take the write lock at BEGIN), so the chain follows the ids. `verify_chain`
finds the first row changed, or removed from the middle, by someone who got past the triggers
(a table owner can disable them); removing the newest rows shows only against a count kept
elsewhere, such as the last backup's.
"""

import datetime

from django.conf import settings
from django.db import connection, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from diary.models import AuditEvent, Patient, User

PSEUDONYM_SALT = "diary.audit.pseudonym"  # the same in migration 0003
CHAIN_SALT = "diary.audit.chain"  # the same in migration 0003
CHAIN_LOCK = 0x6469617279  # PostgreSQL advisory lock key for appending to the chain

# The same trigger as migration 0003 creates on SQLite.
SQLITE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS diary_auditevent_no_update BEFORE UPDATE ON diary_auditevent
WHEN NOT (
    NEW.id IS OLD.id AND NEW.action IS OLD.action AND NEW.detail IS OLD.detail
    AND NEW.ip_address IS OLD.ip_address AND NEW.created_at IS OLD.created_at
    AND NEW.patient_pseudonym IS OLD.patient_pseudonym
    AND NEW.actor_pseudonym IS OLD.actor_pseudonym AND NEW.chain_hash IS OLD.chain_hash
    AND (NEW.patient_id IS NULL OR NEW.patient_id IS OLD.patient_id)
    AND (NEW.actor_id IS NULL OR NEW.actor_id IS OLD.actor_id)
)
BEGIN SELECT RAISE(ABORT, 'audit events are never changed'); END;
"""


def pseudonym(kind: str, pk: int | None) -> str:
    """A stable stand-in for a person: HMAC-SHA256 of the id under the deployment's key."""
    return salted_hmac(PSEUDONYM_SALT, f"{kind}:{pk}", algorithm="sha256").hexdigest() if pk else ""


def client_address(request: HttpRequest | None) -> str | None:
    """The client's address, read as the rate limits read it: X-Forwarded-For only as far as
    TRUSTED_PROXY_COUNT trusts it (diary.security.client_ip)."""
    if request is None:
        return None
    from django.core.exceptions import PermissionDenied

    from diary.security import client_ip  # security imports this module's neighbours

    try:
        return client_ip(request) or None
    except PermissionDenied:  # no address at all (a request made in code, not by a client)
        return None


def record(
    request: HttpRequest | None,
    action: str,
    *,
    patient: Patient | None = None,
    actor: User | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append one event. `detail` is a short label (a link's name, a role), never a note, a
    name or an email address."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    event = AuditEvent(
        patient=patient,
        actor=actor,
        patient_pseudonym=pseudonym("patient", patient.pk if patient else None),
        actor_pseudonym=pseudonym("user", actor.pk if actor else None),
        action=action,
        detail=detail[:200],
        ip_address=_ip(client_address(request)),
        created_at=timezone.now(),
    )
    with transaction.atomic():
        _lock_chain()
        previous = AuditEvent.objects.order_by("-pk").values_list("chain_hash", flat=True).first()
        event.chain_hash = chain_hash(previous or "", event)
        event.save()
    return event


def _ip(address: str | None) -> str | None:
    """The address as the database will give it back (IPv6 compressed), so the chain holds."""
    return AuditEvent._meta.get_field("ip_address").get_prep_value(address) or None


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK])


def chain_hash(previous: str, event: AuditEvent, *, secret: str | None = None) -> str:
    """HMAC of the previous row's chain hash and every column but the foreign keys (which a
    person's deletion sets to NULL; her pseudonyms stay in the chain)."""
    content = "|".join(
        [
            previous,
            event.created_at.astimezone(datetime.UTC).isoformat(),
            event.action,
            event.detail,
            "" if event.ip_address is None else str(event.ip_address),
            event.patient_pseudonym,
            event.actor_pseudonym,
        ]
    )
    return salted_hmac(CHAIN_SALT, content, secret=secret, algorithm="sha256").hexdigest()


def verify_chain() -> tuple[int, int | None]:
    """(events checked, id of the first event that breaks the chain or None if intact)."""
    # Rows written before a key rotation were chained with a key now in SECRET_KEY_FALLBACKS.
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    previous = ""
    checked = 0
    for event in AuditEvent.objects.order_by("pk").iterator(chunk_size=2000):
        if all(event.chain_hash != chain_hash(previous, event, secret=key) for key in keys):
            return checked, event.pk
        previous = event.chain_hash
        checked += 1
    return checked, None


TRIGGER_COLUMNS = frozenset({"patient_pseudonym", "actor_pseudonym", "chain_hash"})


def ensure_sqlite_trigger(connection: BaseDatabaseWrapper) -> None:
    """Put the no-UPDATE trigger back if a migration rebuilt the table without it (only once
    the table has the columns it names: migrating back to before 0003 must not get one)."""
    if connection.vendor != "sqlite":
        return
    if "diary_auditevent" not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "diary_auditevent")
        }
        if columns >= TRIGGER_COLUMNS:
            cursor.execute(SQLITE_TRIGGER)


def ensure_trigger_after_migrate(sender, using="default", **kwargs) -> None:
    from django.db import connections

    ensure_sqlite_trigger(connections[using])


def change_detail(obj, fields: list[str] | tuple[str, ...] = ()) -> str:
    """ "treatment 12: dose, stop_date": which record and which fields, never their values."""
    label = f"{obj._meta.model_name} {obj.pk}"
    return f"{label}: {', '.join(fields)}" if fields else label
