"""The sync outbox, and the one place that knows it: every committed change appends exactly one
entry in its own transaction; what waits for the hub is counted here, in one unit; the hub's
acknowledgements are applied here, the only writer of a record's `confirmed_at`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, case, delete, func, inspect, select, update
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import ChangeOp, OutboxState, RecordKind
from bluepacific_desktop.store.bulk import insert_rows
from bluepacific_desktop.store.integrity import id_chunks
from bluepacific_desktop.store.models import OutboxEntry, OutboxTally, SyncedRecord
from bluepacific_desktop.store.outbox_counts import HELD, PRECEDENCE, WaitingCounts, counted
from bluepacific_desktop.store.records import (
    MODELS,
    data_fields,
    date_fields,
    to_json_value,
)
from bluepacific_desktop.store.types import utcnow

# A record with entries in several states is counted and shown once, in the state that asks
# most of the user (later edits of a record set aside or in conflict are held behind it).
_BY_RANK = {rank: state for state, rank in PRECEDENCE.items()}
_RANK = func.max(case({s.value: r for s, r in PRECEDENCE.items()}, value=OutboxEntry.state))

_NO_SYNC = {"synchronize_session": False}


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
        "state": OutboxState.PENDING.value,
        "attempts": 0,
        "set_aside_reason": None,
    }
    # Sorted, the change ids go into their unique index in order: a quicker insert.
    change_ids = sorted(str(uuid.uuid4()) for _ in ids)
    dated = date_fields(kind)

    def as_json(values: Mapping[str, Any]) -> Mapping[str, Any]:
        # Only dates change on their way to JSON (to_json_value); the payload is written now.
        return {**values, **{n: to_json_value(values[n]) for n in dated}} if dated else values

    # Many records of one kind, created together, are independent changes: queued in the order
    # of their ids, with the change ids sorted alike, every index of the outbox (seq, change_id,
    # kind and record_id) is written in order, a quicker insert than in random places.
    ordered = sorted(zip(ids, fields, strict=True), key=lambda pair: pair[0])
    # The text json.dumps({"fields": …, **shared}) writes, the shared part encoded once: for
    # 100,000 entries a third of the payloads' encoding.
    rest = ", " + json.dumps(shared)[1:]
    entries = (
        (change_id, rid, '{"fields": ' + json.dumps(as_json(f)) + rest)
        for change_id, (rid, f) in zip(change_ids, ordered, strict=True)
    )
    keys = ("change_id", "record_id", "payload")
    table = OutboxEntry.metadata.tables[OutboxEntry.__tablename__]
    insert_rows(session, table, keys, entries, same, encoded={"payload"})


def waiting(session: Session) -> WaitingCounts:
    # Records in all, from the tally the outbox's triggers keep; then the few held ones through
    # the state index. Counting the distinct records took 0.16 s for 250,000 entries (a big
    # import not yet synced), and the status bar asks after every change.
    total = int(session.scalar(select(OutboxTally.records)) or 0)
    held = session.execute(
        select(OutboxEntry.kind, OutboxEntry.record_id, OutboxEntry.state).where(
            OutboxEntry.state.in_(HELD)
        )
    )
    return counted(total, held.all())


def record_states(session: Session, kind: str, record_ids: Sequence[str]) -> dict[str, OutboxState]:
    """The outbox state of each of these records that has a change not yet on the hub."""
    states: dict[str, OutboxState] = {}
    for ids in id_chunks(record_ids):
        rows = session.execute(
            select(OutboxEntry.record_id, _RANK)
            .where(OutboxEntry.kind == kind, OutboxEntry.record_id.in_(ids))
            .group_by(OutboxEntry.record_id)
        )
        for record_id, rank in rows:
            state = state_of_rank(rank)
            if state is not None:
                states[record_id] = state
    return states


def state_rank(kind: str, record_id: ColumnElement[str]) -> ScalarSelect[Any]:
    """A column for a query of records of `kind`: the rank of the state of the record's
    waiting change (None: nothing waits), read in the same statement as the rows; the lists
    read a screenful this way, one statement instead of two. `state_of_rank` names it."""
    return (
        select(_RANK)
        .where(OutboxEntry.kind == kind, OutboxEntry.record_id == record_id)
        .scalar_subquery()
    )


def state_of_rank(rank: int | None) -> OutboxState | None:
    return _BY_RANK.get(rank) if rank is not None else None


@dataclass(frozen=True)
class Ack:
    """The hub durably holds a record's change: `seqs` are the outbox entries the change
    carried, `revision` the record's revision on the hub (None when it did not say)."""

    kind: str
    record_id: str
    revision: int | None
    seqs: Sequence[int]


def acknowledge(session: Session, acks: Sequence[Ack], at: datetime) -> None:
    """Apply the hub's acknowledgements, one or thousands, in a few statements: delete the
    acknowledged entries, rebase later local edits on the hub's revision, and mark records
    with nothing left waiting as confirmed at `at`."""
    if not acks:
        return
    _forget(session, [seq for ack in acks for seq in ack.seqs])
    still_waiting: set[tuple[str, str]] = set()
    for ids in id_chunks({ack.record_id for ack in acks}):
        rows = session.execute(
            select(OutboxEntry.kind, OutboxEntry.record_id)
            .where(OutboxEntry.record_id.in_(ids))
            .distinct()
        )
        still_waiting.update((k, r) for k, r in rows)
    by_kind: dict[str, dict[str, Ack]] = {}
    for ack in acks:
        by_kind.setdefault(ack.kind, {})[ack.record_id] = ack
        if ack.revision is not None and (ack.kind, ack.record_id) in still_waiting:
            # Later local edits of this record were made on top of the acknowledged one.
            session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.kind == ack.kind, OutboxEntry.record_id == ack.record_id)
                .values(base_revision=ack.revision),
                execution_options=_NO_SYNC,
            )
    for kind, acked in by_kind.items():
        model: Any = MODELS[RecordKind(kind)]
        for ids in id_chunks(acked):
            for record in session.scalars(select(model).where(model.id.in_(ids))):
                revision = acked[record.id].revision
                if revision is not None and (record.revision or 0) < revision:
                    record.revision = revision
                if (kind, record.id) not in still_waiting:
                    mark_confirmed(record, at)


def mark_confirmed(record: SyncedRecord, at: datetime) -> None:
    """The record as stored here is the hub's: acknowledged, or taken from the hub."""
    record.confirmed_at = at


def _forget(session: Session, seqs: list[int]) -> None:
    """Delete acknowledged entries. Without session synchronisation: the ORM's default would
    evaluate the criteria against every object in the session, once per statement (quadratic
    in the batch size: minutes for a batch of 2000)."""
    for chunk in id_chunks(seqs):
        session.execute(
            delete(OutboxEntry).where(OutboxEntry.seq.in_(chunk)), execution_options=_NO_SYNC
        )
    gone = {(seq,) for seq in seqs}
    for entry in [
        obj
        for obj in session.identity_map.values()
        if isinstance(obj, OutboxEntry) and inspect(obj).identity in gone
    ]:
        session.expunge(entry)
