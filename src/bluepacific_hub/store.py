"""Writing records: the hub-wide revision sequence, new versions, and envelopes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bluepacific_hub.models import Counter, Record, RecordVersion
from bluepacific_wire import Envelope, format_time

ALL_FIELDS = "*"


class RevisionSequence:
    """Hands out revision numbers inside one transaction, holding the counter's row lock.

    Taking the lock first serialises writers, so revisions become visible in the
    order they were given: a pull cursor never skips a record committed late.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        where = Counter.name == "revision"
        # A write first: SQLite takes its write lock here, PostgreSQL locks the row.
        session.execute(update(Counter).where(where).values(value=Counter.value))
        value = session.scalar(select(Counter.value).where(where).with_for_update())
        if value is None:
            raise RuntimeError("the hub database has no revision counter: run `db upgrade`")
        self._value = value

    def next(self) -> int:
        """The next revision number."""
        self._value += 1
        return self._value

    def save(self) -> None:
        """Write the last number handed out back to the counter (before commit)."""
        self._session.execute(
            update(Counter).where(Counter.name == "revision").values(value=self._value)
        )


def _changed(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))


def save_version(
    session: Session,
    sequence: RevisionSequence,
    record: Record | None,
    *,
    kind: str,
    record_id: str,
    country: str | None,
    fields: dict[str, Any],
    deleted: bool,
    device_id: str | None,
    change_id: str | None,
    now: datetime,
) -> Record:
    """Create or update `record` as a new revision and keep that version in the history."""
    revision = sequence.next()
    if record is None:
        changed = [ALL_FIELDS]
        record = Record(
            record_id=record_id,
            kind=kind,
            country=country,
            revision=revision,
            deleted=deleted,
            fields=fields,
            created_at=now,
            updated_at=now,
            device_id=device_id,
        )
        session.add(record)
    else:
        changed = [ALL_FIELDS] if record.deleted != deleted else _changed(record.fields, fields)
        record.revision = revision
        record.deleted = deleted
        record.fields = fields
        record.updated_at = now
        record.device_id = device_id
    session.flush()
    session.add(
        RecordVersion(
            revision=revision,
            record_id=record_id,
            deleted=deleted,
            fields=fields,
            changed_fields=changed,
            device_id=device_id,
            change_id=change_id,
            created_at=now,
        )
    )
    session.flush()
    return record


def hub_changes_since(
    session: Session, record_id: str, base_revision: int, device_id: str
) -> set[str]:
    """Fields changed on the hub after `base_revision` by anyone but `device_id`.

    A device's own later versions are not conflicts with itself (it pushes its queue in
    order, and may resend after a lost answer). "*" in the result means every field.
    """
    rows = session.execute(
        select(RecordVersion.changed_fields, RecordVersion.device_id).where(
            RecordVersion.record_id == record_id, RecordVersion.revision > base_revision
        )
    )
    changed: set[str] = set()
    for fields, author in rows:
        if author != device_id:
            changed.update(fields)
    return changed


def envelope(record: Record) -> Envelope:
    """The wire form of a record's latest version."""
    return Envelope(
        kind=record.kind,
        record_id=record.record_id,
        country=record.country,
        revision=record.revision,
        deleted=record.deleted,
        fields=dict(record.fields),
        created_at=format_time(record.created_at),
        updated_at=format_time(record.updated_at),
        device_id=record.device_id,
    )
