"""The sync outbox: every committed change appends exactly one entry in its own transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import ChangeOp, RecordKind
from bluepacific_desktop.store.bulk import insert_rows
from bluepacific_desktop.store.models import OutboxEntry, SyncedRecord
from bluepacific_desktop.store.records import data_fields, date_fields, to_json_value
from bluepacific_desktop.store.types import utcnow

PENDING = "pending"
SET_ASIDE = "set_aside"


# The record's own columns that every payload carries beside its fields.
ENVELOPE = ("country", "deleted", "created_at", "updated_at", "device_id")


def append_change(
    session: Session,
    kind: RecordKind,
    record: SyncedRecord,
    op: ChangeOp,
    changed_fields: Iterable[str],
) -> None:
    """Queue the record's state after the change; must run inside the change's transaction."""
    # Queuing a change means the hub has not confirmed this state (the one place that says so).
    record.confirmed_at = None
    session.flush()  # the record and the changes before it reach the database in their order
    envelope = {name: getattr(record, name) for name in ENVELOPE}
    fields = {name: getattr(record, name) for name in data_fields(kind)}
    queue_changes(
        session, kind, op, envelope, [record.id], [fields], sorted(changed_fields), record.revision
    )


def queue_changes(
    session: Session,
    kind: RecordKind,
    op: ChangeOp,
    envelope: Mapping[str, Any],
    ids: Sequence[str],
    fields: Iterable[Mapping[str, Any]],
    changed_fields: list[str] | None = None,
    base_revision: int | None = None,
) -> None:
    """One outbox entry for each record of `ids`, all written with one insert; the one maker
    of payloads. The records share the `envelope` (the ENVELOPE columns), the fields that
    changed (None: all of them, as in a create) and the revision the change was made on;
    each has its own `fields` after the change (every data field, nothing else). Records
    only created here are new, never confirmed; append_change is the way for the others."""
    names = data_fields(kind)
    shared = {name: to_json_value(envelope[name]) for name in ENVELOPE}
    same = {
        "kind": kind.value,
        "op": op.value,
        "base_revision": base_revision,
        "changed_fields": sorted(names) if changed_fields is None else changed_fields,
        "created_at": utcnow(),
        "state": PENDING,
        "attempts": 0,
        "set_aside_reason": None,
    }
    # Sorted, the change ids go into their unique index in order: a quicker insert.
    change_ids = sorted(str(uuid.uuid4()) for _ in ids)
    dated = date_fields(kind)

    def as_json(values: Mapping[str, Any]) -> Mapping[str, Any]:
        # Only dates change on their way to JSON (to_json_value); the payload is written now.
        return {**values, **{n: to_json_value(values[n]) for n in dated}} if dated else values

    entries = (
        (change_id, rid, {"fields": as_json(f), **shared})
        for change_id, rid, f in zip(change_ids, ids, fields, strict=True)
    )
    keys = ("change_id", "record_id", "payload")
    table = OutboxEntry.metadata.tables[OutboxEntry.__tablename__]
    insert_rows(session, table, keys, entries, same)


def count_waiting(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state))
    counts = {PENDING: 0, SET_ASIDE: 0}
    counts.update({state: n for state, n in rows})
    return counts
