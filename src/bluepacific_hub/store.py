"""Writing records: the hub-wide revision counter, new versions in bulk, and envelopes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from bluepacific_hub.figure_rows import keep_figure_rows
from bluepacific_hub.models import AppliedChange, Counter, Record, RecordVersion
from bluepacific_wire import Envelope, format_time

ALL_FIELDS = "*"


def begin_writing(session: Session) -> None:
    """On SQLite, take the database's write lock now, before the transaction reads anything.

    SQLite has one writer at a time anyway; a transaction that read first and writes later
    fails at once with "database is locked" when another writer committed in between (WAL
    snapshots cannot be upgraded), without waiting for the busy timeout. PostgreSQL needs no
    such lock: its writers only meet on the rows they share and on the counter at the end.
    """
    if session.get_bind().dialect.name == "sqlite":
        where = Counter.name == "revision"
        session.execute(update(Counter).where(where).values(value=Counter.value))


def take_revisions(session: Session, count: int) -> int:
    """Reserve `count` consecutive revisions in one statement; returns the first of them.

    The counter's row stays locked until the transaction ends, so a writer takes its block
    only after every earlier block is committed (or rolled back) and blocks become visible in
    the order they were given: a pull cursor never skips a change that commits late. Call it
    last, just before the final inserts and the commit, so the lock is held that briefly.
    """
    last = session.scalar(
        update(Counter)
        .where(Counter.name == "revision")
        .values(value=Counter.value + count)
        .returning(Counter.value)
    )
    if last is None:
        raise RuntimeError("the hub database has no revision counter: run `db upgrade`")
    return int(last) - count + 1


def write_batch(
    session: Session,
    new_records: list[dict[str, Any]],
    updated_records: list[dict[str, Any]],
    versions: list[dict[str, Any]],
    applied: list[dict[str, Any]],
) -> None:
    """Write a batch's rows with one executemany per table (records before their versions,
    the figures' rows with them)."""
    if new_records:
        session.execute(insert(Record), new_records)
    if updated_records:
        # ORM bulk UPDATE by primary key: each dict names its record_id.
        session.execute(update(Record), updated_records)
    keep_figure_rows(session, [*new_records, *updated_records])
    if versions:
        session.execute(insert(RecordVersion), versions)
    if applied:
        session.execute(insert(AppliedChange), applied)


class RevisionSequence:
    """Hands out revision numbers inside one transaction, holding the counter's row lock.

    For the hub's own rare writes (reference data at start-up); pushes take a block with
    `take_revisions` instead. Taking the lock first serialises writers, so revisions become
    visible in the order they were given: a pull cursor never skips a record committed late.
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


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Names of the fields whose values differ between two versions of a record."""
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
        changed = (
            [ALL_FIELDS] if record.deleted != deleted else changed_fields(record.fields, fields)
        )
        record.revision = revision
        record.deleted = deleted
        record.fields = fields
        record.updated_at = now
        record.device_id = device_id
    session.flush()
    figures = {"record_id": record_id, "kind": kind, "country": country, "deleted": deleted}
    keep_figure_rows(session, [{**figures, "fields": fields}])
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
    session: Session, bases: dict[str, int], device_id: str
) -> dict[str, list[tuple[int, list[str]]]]:
    """For each record in `bases`, the versions written after its base by anyone but
    `device_id`, as (revision, changed fields), in one SELECT.

    A device's own later versions are not conflicts with itself (it pushes its queue in
    order, and may resend after a lost answer). "*" among the fields means every field.
    """
    found: dict[str, list[tuple[int, list[str]]]] = {record_id: [] for record_id in bases}
    if not bases:
        return found
    rows = session.execute(
        select(
            RecordVersion.record_id,
            RecordVersion.revision,
            RecordVersion.changed_fields,
            RecordVersion.device_id,
        ).where(
            RecordVersion.record_id.in_(sorted(bases)),
            RecordVersion.revision > min(bases.values()),
        )
    )
    for record_id, revision, fields, author in rows:
        if author != device_id and revision > bases[record_id]:
            found[record_id].append((revision, list(fields)))
    return found


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
