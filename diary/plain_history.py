"""A saved day's UPDATE and the change history's rows, written as SQL made once per process.

`entry.save()` on a day being edited is Django's UPDATE of every column, then
django-simple-history's `post_save` receiver, which makes a historical instance and saves it
(an INSERT); `SymptomReport.history.bulk_history_create` is a `bulk_create` of such
instances. Django built and compiled both statements on every save, about as long as the
statements took to run. These functions write the same statements with the same values, each
prepared by the same field's `pre_save` and `get_db_prep_save` that Django's compilers call,
and the history rows with the values the library gives them (its date, user, change reason
and type); tests/test_plain_history.py compares the rows with the library's.

The UPDATE skips Django's `pre_save` and `post_save` signals, so it is used only while the
history's receiver is the one listening for the model, nothing listens for the history's own
signals (`pre_create_historical_record`, `post_create_historical_record`) and history is on
(`SIMPLE_HISTORY_ENABLED`); otherwise `entry.save()` runs as before.
"""

from collections.abc import Sequence

from django.conf import settings
from django.db import connection
from django.db.models import Model
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.signals import (
    post_create_historical_record,
    pre_create_historical_record,
)
from simple_history.utils import get_change_reason_from_object


def _history_date(instance: Model):
    """The library's `getattr(instance, "_history_date", timezone.now())`."""
    try:
        return instance._history_date
    except AttributeError:
        return timezone.now()


class HistoryInsert:
    """The INSERT of `model`'s history rows (its `HistoricalRecords` model), the columns a
    historical instance's `save()` or `bulk_create` writes: every concrete field but the
    history's own id, in the model's order."""

    def __init__(self, model: type[Model]) -> None:
        history = model.history.model
        self.history_model = history
        meta = history._meta
        self.fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field]
        self.tracked = [f.attname for f in history.tracked_fields]
        quote = connection.ops.quote_name
        self.sql = (
            f"INSERT INTO {quote(meta.db_table)}"  # noqa: S608 - quoted names only
            f" ({', '.join(quote(f.column) for f in self.fields)})"
            f" VALUES ({', '.join('%s' for _ in self.fields)})"
        )
        self._combined: dict[str, str] = {}
        # Only the columns values() fills: the tracked fields and the library's four (no
        # UUID history id, no extra field from `bases=`), no m2m history, no parent table.
        self.plain = (
            not getattr(history, "_history_m2m_fields", None)
            and not hasattr(history, "history_relation")
            and not model._meta.parents
            and {f.attname for f in self.fields}
            == {*self.tracked, "history_date", "history_change_reason", "history_type"}
            | {"history_user_id"}
        )

    def values(self, instance: Model, *, date, user, reason, kind: str) -> list:
        row = {name: getattr(instance, name) for name in self.tracked}
        row["history_date"] = date
        row["history_change_reason"] = reason
        row["history_type"] = kind
        row["history_user_id"] = user.pk if user is not None else None
        return [f.get_db_prep_save(row[f.attname], connection) for f in self.fields]

    def run(self, rows: Sequence[list]) -> None:
        with connection.cursor() as cursor:
            for values in rows:
                cursor.execute(self.sql, values)

    def after(self, sql: str, params: Sequence, values: list) -> int:
        """Run `sql` (an UPDATE of one row), then INSERT the history row of `values` if it
        changed a row; the number of rows it changed. On PostgreSQL the two are one
        statement (the UPDATE in a WITH, the INSERT selecting from what it returned): one
        round trip instead of two, the same rows."""
        with connection.cursor() as cursor:
            if connection.vendor != "postgresql":
                cursor.execute(sql, params)
                changed = cursor.rowcount
                if changed:
                    cursor.execute(self.sql, values)
                return changed
            cursor.execute(self._after_sql(sql), [*params, *values])
            return cursor.rowcount

    def _after_sql(self, sql: str) -> str:
        combined = self._combined.get(sql)
        if combined is None:
            quote = connection.ops.quote_name
            meta = self.history_model._meta
            # Each value cast to its column's type, as a VALUES list would take it.
            casts = ", ".join(f"CAST(%s AS {f.cast_db_type(connection)})" for f in self.fields)
            combined = self._combined[sql] = (
                f"WITH {quote('changed')} AS ({sql} RETURNING 1)"  # noqa: S608 - names only
                f" INSERT INTO {quote(meta.db_table)}"
                f" ({', '.join(quote(f.column) for f in self.fields)})"
                f" SELECT {casts} FROM {quote('changed')}"
            )
        return combined


class RowUpdate:
    """`instance.save()`'s UPDATE of an existing row: every concrete column but the primary
    key, each value from its field's `pre_save` (an `auto_now` date is set then)."""

    def __init__(self, model: type[Model]) -> None:
        meta = model._meta
        self.pk = meta.pk
        self.fields = [f for f in meta.local_concrete_fields if not f.primary_key]
        self.fields = [f for f in self.fields if not getattr(f, "generated", False)]
        quote = connection.ops.quote_name
        table = quote(meta.db_table)
        self.sql = (
            f"UPDATE {table} SET"  # noqa: S608 - quoted names only
            f" {', '.join(f'{quote(f.column)} = %s' for f in self.fields)}"
            f" WHERE {table}.{quote(meta.pk.column)} = %s"
        )

    def params(self, instance: Model) -> list:
        """The UPDATE's values (each field's `pre_save`: an `auto_now` date is set now)."""
        values = [f.get_db_prep_save(f.pre_save(instance, False), connection) for f in self.fields]
        values.append(self.pk.get_db_prep_value(instance.pk, connection))
        return values


_made: dict = {}


def _made_once(kind, model):
    key = (kind, model, connection.vendor)
    made = _made.get(key)
    if made is None:
        made = _made[key] = kind(model)
    return made


def history_is_plain(model: type[Model]) -> bool:
    """Whether saving `model` runs nothing but its history's `post_save` receiver (no other
    receiver of Django's signals or of the history's), with history on."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return False
    history = model.history.model
    if (
        pre_save.has_listeners(model)
        or pre_create_historical_record.has_listeners(history)
        or post_create_historical_record.has_listeners(history)
        # The library saves each history row with save(): its listeners would hear it.
        or pre_save.has_listeners(history)
        or post_save.has_listeners(history)
    ):
        return False
    sync_receivers, async_receivers = post_save._live_receivers(model)  # Django 5.x: a pair
    if async_receivers or len(sync_receivers) != 1:
        return False
    receiver = sync_receivers[0]
    return (
        # The library's own class: a subclass may fill the change reason, the user or the
        # fields its own way (get_change_reason_for_object, get_history_user...).
        type(getattr(receiver, "__self__", None)) is HistoricalRecords
        and getattr(receiver, "__func__", None) is HistoricalRecords.post_save
        and _made_once(HistoryInsert, model).plain
    )


def save_existing(instance: Model) -> None:
    """`instance.save()` for a row that exists (read under a lock), with its history row:
    Django's UPDATE, then what django-simple-history's `post_save` receiver writes (type "~",
    the instance's `_history_user`, `_history_date` or now, `_change_reason`). Falls back to
    `instance.save()` when anything else would run (`history_is_plain`), for a new or
    partly loaded instance, one without `_history_user` (the library would then take the
    request's user), or when the UPDATE finds no row (Django then inserts one)."""
    model = type(instance)
    if (
        instance._state.adding
        or instance._state.db != connection.alias
        or not hasattr(instance, "_history_user")  # else the library asks the request
        or hasattr(instance, "skip_history_when_saving")
        or instance.get_deferred_fields()  # Django would then update the loaded ones only
        or not history_is_plain(model)
    ):
        instance.save()
        return
    update = _made_once(RowUpdate, model)
    params = update.params(instance)
    insert = _made_once(HistoryInsert, model)
    values = insert.values(
        instance,
        date=_history_date(instance),
        user=instance._history_user,
        reason=get_change_reason_from_object(instance),
        kind="~",
    )
    if not insert.after(update.sql, params, values):
        instance.save()


def update_with_history(model: type[Model], sql: str, params: Sequence, obj: Model, *, user):
    """Run `sql`, an UPDATE of `obj`'s row, and write its history copy as
    `history_of_updates(model, [obj], user=user)` does (on PostgreSQL in the same statement)."""
    insert = _made_once(HistoryInsert, model)
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True) or not insert.plain or user is None:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
        history_of_updates(model, [obj], user=user)
        return
    values = insert.values(
        obj,
        date=_history_date(obj),
        user=getattr(obj, "_history_user", user),
        reason=get_change_reason_from_object(obj) or None,
        kind="~",
    )
    if not insert.after(sql, params, values):
        insert.run([values])  # the library writes the copy whether or not a row changed


def history_of_updates(model: type[Model], objs: Sequence[Model], *, user) -> None:
    """`model.history.bulk_history_create(objs, update=True, default_user=user,
    default_change_reason=None)`: one row of type "~" for each, with the instance's
    `_history_user` or `user`, its `_history_date` or now and its `_change_reason`."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    insert = _made_once(HistoryInsert, model)
    if not insert.plain or user is None:
        model.history.bulk_history_create(
            objs, update=True, default_user=user, default_change_reason=None
        )
        return
    insert.run(
        [
            insert.values(
                obj,
                date=_history_date(obj),
                user=getattr(obj, "_history_user", user),
                reason=get_change_reason_from_object(obj) or None,
                kind="~",
            )
            for obj in objs
        ]
    )
