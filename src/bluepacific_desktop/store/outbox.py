"""The sync outbox: every committed change appends exactly one entry in its own transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import ChangeOp, RecordKind
from bluepacific_desktop.store.models import OutboxEntry, SyncedRecord
from bluepacific_desktop.store.records import record_fields, to_json_value
from bluepacific_desktop.store.types import utcnow

PENDING = "pending"
SET_ASIDE = "set_aside"


def append_change(
    session: Session,
    kind: RecordKind,
    record: SyncedRecord,
    op: ChangeOp,
    changed_fields: list[str],
    base_revision: int | None,
) -> OutboxEntry:
    """Queue the record's state after the change; must run inside the change's transaction."""
    payload: dict[str, Any] = {
        "fields": record_fields(kind, record),
        "country": record.country,
        "deleted": record.deleted,
        "created_at": to_json_value(record.created_at),
        "updated_at": to_json_value(record.updated_at),
        "device_id": record.device_id,
    }
    entry = OutboxEntry(
        change_id=str(uuid.uuid4()),
        kind=kind.value,
        record_id=record.id,
        op=op.value,
        base_revision=base_revision,
        changed_fields=sorted(changed_fields),
        payload=payload,
        created_at=utcnow(),
        state=PENDING,
        attempts=0,
    )
    session.add(entry)
    return entry


def count_waiting(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state))
    counts = {PENDING: 0, SET_ASIDE: 0}
    counts.update({state: n for state, n in rows})
    return counts
