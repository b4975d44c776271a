"""Conflicts the user decides: list them, keep mine (resend on top of theirs) or keep theirs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.store.models import OutboxEntry, SyncConflict
from bluepacific_desktop.store.outbox import mark_confirmed
from bluepacific_desktop.store.records import MODELS, from_json_fields, record_fields
from bluepacific_desktop.store.types import utcnow
from bluepacific_wire import parse_time


class Keep(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str
    record_id: str
    fields: list[str]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    their_revision: int
    their_device: str | None


def list_conflicts(session: Session) -> list[ConflictView]:
    views = []
    for row in session.scalars(select(SyncConflict).order_by(SyncConflict.id)):
        kind = RecordKind(row.kind)
        record = session.get(MODELS[kind], row.record_id)
        mine = record_fields(kind, record) if record is not None else {}
        views.append(
            ConflictView(
                id=row.id,
                kind=row.kind,
                record_id=row.record_id,
                fields=list(row.fields),
                mine={f: mine.get(f) for f in row.fields},
                theirs={f: row.theirs["fields"].get(f) for f in row.fields},
                their_revision=int(row.theirs["revision"]),
                their_device=row.theirs.get("device_id"),
            )
        )
    return views


def resolve(session: Session, conflict_id: int, keep: Keep) -> None:
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        raise BluePacificError(
            f"There is no conflict number {conflict_id}. "
            "See the list with 'bluepacific-desktop conflicts list'."
        )
    kind = RecordKind(row.kind)
    theirs = row.theirs
    record: Any = session.get(MODELS[kind], row.record_id)
    entries = OutboxEntry.kind == row.kind, OutboxEntry.record_id == row.record_id
    mine_changed = {
        n
        for names in session.scalars(select(OutboxEntry.changed_fields).where(*entries))
        for n in names
    }
    values = from_json_fields(kind, theirs["fields"])
    if keep is Keep.THEIRS:
        session.execute(delete(OutboxEntry).where(*entries))
        if record is not None:
            for name, value in values.items():
                setattr(record, name, value)
            record.revision = int(theirs["revision"])
            record.deleted = bool(theirs["deleted"])
            record.updated_at = parse_time(theirs["updated_at"])
            record.device_id = theirs.get("device_id") or record.device_id
            mark_confirmed(record, utcnow())
    else:
        # Their other fields are taken now; ours go again, based on their latest revision.
        if record is not None:
            for name, value in values.items():
                if name not in mine_changed:
                    setattr(record, name, value)
        session.execute(
            update(OutboxEntry)
            .where(*entries)
            .values(state=OutboxState.PENDING, base_revision=int(theirs["revision"]))
        )
    session.delete(row)
