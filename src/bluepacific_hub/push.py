"""Applying a pushed batch: duplicates, refusals, conflicts and field-by-field merges.

A batch is decided first and written last: one SELECT for the change_ids already applied,
one for the records it touches (locked, in record_id order so that two batches never wait on
each other in a circle), one for the versions its conflict checks need; then every change is
decided in memory, in order; then a block of revisions is taken and the rows are written with
one executemany per table, so the counter's lock is held only for those inserts and the commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bluepacific_hub import audit, erasure, returns
from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.batches import complete_batch
from bluepacific_hub.deadline import Deadline
from bluepacific_hub.models import AppliedChange, Record
from bluepacific_hub.store import (
    ALL_FIELDS,
    begin_writing,
    changed_fields,
    envelope,
    hub_changes_since,
    take_revisions,
    write_batch,
)
from bluepacific_hub.visibility import write_refusal
from bluepacific_wire import (
    Change,
    ChangeResult,
    ChangeStatus,
    Envelope,
    Op,
    PushResponse,
    WireFormatError,
    encode_json,
    format_time,
    parse_change,
    parse_uuid,
    utc_now,
)
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.erasure import ERASABLE_KINDS, ERASED_FIELD, is_erased, undo_refusal
from bluepacific_wire.limits import size_refusal
from bluepacific_wire.refusals import code_of, refusal

# Two batches that create the same record or apply the same change_id at the same moment:
# the later insert fails on the unique key; the whole batch is decided again (it then sees
# the other's rows). PostgreSQL's deadlock and serialisation failures are retried likewise.
ATTEMPTS = 3
_RETRY_STATES = {"40P01", "40001"}
NOT_YOURS = refusal("record_not_yours")


@dataclass
class _Row:
    """A record as this batch leaves it so far (a copy; the hub's row is written at the end)."""

    record_id: str
    kind: str
    country: str | None
    deleted: bool
    fields: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    device_id: str | None
    revision: int  # its revision on the hub before this batch (0: new in this batch)
    existed: bool = True
    offset: int | None = None  # its latest version in this batch, counted from the block's start


@dataclass
class _Outcome:
    """One change's result, before the batch's revisions are known."""

    change_id: str
    record_id: str
    status: ChangeStatus
    reason: str | None = None
    revision: int | None = None
    offset: int | None = None  # the revision is this offset in the batch's block
    record: _Row | None = None  # the record to send back, as it was at this change
    conflict_fields: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    """Everything a batch will write, decided before any revision is taken."""

    outcomes: list[_Outcome] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)  # revision: an offset here
    rows: dict[str, _Row] = field(default_factory=dict)
    # Monthly-return events (returns.event_rows), their revision an offset here too.
    events: list[dict[str, Any]] = field(default_factory=list)
    skipping: set[str] = field(default_factory=set)  # countries without national approval
    entry: returns.EntryRules = field(default_factory=returns.EntryRules)
    open_until: dict[str, datetime] = field(default_factory=dict)  # exceptions granted
    erased: set[str] = field(default_factory=set)  # records this batch erases


def _ids_of(raw: Any) -> tuple[str, str]:
    """Best-effort ids of a change too malformed to parse, for its refusal."""
    if not isinstance(raw, dict):
        return "", ""

    def uuid_or_blank(key: str) -> str:
        # Only a well-formed UUID is echoed: anything else may be huge or not even encodable
        # (a lone surrogate), and the answer must always be writable.
        try:
            return parse_uuid(raw.get(key), key)
        except WireFormatError:
            return ""

    return uuid_or_blank("change_id"), uuid_or_blank("record_id")


def push_batch(
    sessions: sessionmaker[Session],
    identity: DeviceIdentity,
    batch_id: str,
    raw_changes: list[Any],
    deadline: Deadline,
    entry: returns.EntryRules | None = None,
) -> bytes:
    """Apply a claimed batch and store its answer in one transaction; the answer's bytes.

    Retried whole on a unique-key clash with a concurrent batch; past the deadline the
    transaction is rolled back and the 503 `hub_busy` answer raised.
    """
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with (
                deadline.answering_busy(),
                sessions() as session,
                session.begin(),
                deadline.limited(session),
            ):
                now = utc_now()
                results = apply_batch(session, identity, raw_changes, now, deadline, entry)
                answer = encode_json(
                    PushResponse(batch_id=batch_id, server_time=format_time(now), results=results)
                )
                complete_batch(session, batch_id, answer.decode())
                # Work that ran past the deadline between two bounded statements is not
                # committed either: its answer would come later than promised.
                deadline.check()
            return answer
        except SQLAlchemyError as exc:
            if attempt == ATTEMPTS or not _retryable(exc):
                raise
    raise AssertionError("unreachable")


def _retryable(exc: SQLAlchemyError) -> bool:
    return isinstance(exc, IntegrityError) or (
        isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) in _RETRY_STATES
    )


def apply_batch(
    session: Session,
    identity: DeviceIdentity,
    raw_changes: list[Any],
    now: datetime,
    deadline: Deadline | None = None,
    entry: returns.EntryRules | None = None,
    by: audit.Actor | None = None,
) -> list[ChangeResult]:
    """Apply every change in order inside the caller's transaction; one result per change.
    `by` is who the audit log names for the month transitions (the device's user through the
    API unless said: the console says its signed-in user, from their address)."""
    begin_writing(session)
    decided: dict[int, _Outcome] = {}
    allowed: list[tuple[int, Change]] = []
    for index, raw in enumerate(raw_changes):
        try:
            change = parse_change(raw, f"changes[{index}]")
        except WireFormatError as exc:
            change_id, record_id = _ids_of(raw)
            reason = refusal("malformed", field=exc.field, problem=exc.problem)
            decided[index] = _Outcome(change_id, record_id, ChangeStatus.REFUSED, reason)
            continue
        refused = write_refusal(identity, change)
        if refused is not None:
            decided[index] = _Outcome(
                change["change_id"], change["record_id"], ChangeStatus.REFUSED, refused
            )
            continue
        allowed.append((index, change))
    plan = _Plan(entry=entry or returns.EntryRules())
    if deadline is not None:
        deadline.bound(session)  # another batch may hold some of these records
    # The returns of the months these changes fall in are read (and locked) with them: a
    # submitted month's figures cannot change (returns.lock_refusal).
    months = {
        returns.return_id(c["country"], month)
        for _, c in allowed
        if (month := returns.month_of(c)) is not None
    }
    plan.rows = _records(session, {c["record_id"] for _, c in allowed} | months)
    if plan.entry.closes_days is not None and months:
        plan.open_until = returns.open_until(session, {c["country"] for _, c in allowed})
    if any(c["kind"] == returns.KIND for _, c in allowed):
        plan.skipping = returns.skipping_countries(
            session, {c["country"] for _, c in allowed if c["kind"] == returns.KIND}
        )
    # Read after the records' locks: a batch that waited for them sees what the other applied.
    done = _applied(session, {c["change_id"] for _, c in allowed})
    theirs = hub_changes_since(session, _bases(plan.rows, allowed), identity.device_id)
    in_batch: dict[str, tuple[str, int]] = {}  # change_id → (record_id, offset)
    for index, change in allowed:
        decided[index] = _decide(plan, identity, change, done, in_batch, theirs, now)
    plan.outcomes = [decided[i] for i in range(len(raw_changes))]
    if deadline is not None:
        deadline.bound(session)  # the counter may be locked by a batch ahead of this one
    start = take_revisions(session, len(plan.versions)) if plan.versions else 0
    _write(session, plan, identity, start, now, by)
    return [_result(outcome, start) for outcome in plan.outcomes]


def _applied(session: Session, change_ids: set[str]) -> dict[str, tuple[str, int]]:
    """change_id → (record_id, revision) of those already applied on the hub."""
    if not change_ids:
        return {}
    rows = session.execute(
        select(AppliedChange.change_id, AppliedChange.record_id, AppliedChange.revision).where(
            AppliedChange.change_id.in_(sorted(change_ids))
        )
    )
    return {change_id: (record_id, revision) for change_id, record_id, revision in rows}


def _records(session: Session, record_ids: set[str]) -> dict[str, _Row]:
    """The batch's records on the hub, locked until commit (in one order for every batch)."""
    if not record_ids:
        return {}
    rows = session.execute(
        select(
            Record.record_id,
            Record.kind,
            Record.country,
            Record.deleted,
            Record.fields,
            Record.created_at,
            Record.updated_at,
            Record.device_id,
            Record.revision,
        )
        .where(Record.record_id.in_(sorted(record_ids)))
        .order_by(Record.record_id)
        .with_for_update()
    )
    return {row.record_id: _Row(*row) for row in rows}


def _bases(rows: dict[str, _Row], changes: list[tuple[int, Change]]) -> dict[str, int]:
    """record_id → the oldest base the batch's changes of it hold, where a check is needed."""
    bases: dict[str, int] = {}
    for _, change in changes:
        row = rows.get(change["record_id"])
        base = change["base_revision"]
        if row is not None and (base is None or base < row.revision):
            record_id = change["record_id"]
            bases[record_id] = min(bases.get(record_id, base or 0), base or 0)
    return bases


def _decide(
    plan: _Plan,
    identity: DeviceIdentity,
    change: Change,
    done: dict[str, tuple[str, int]],
    in_batch: dict[str, tuple[str, int]],
    versions: dict[str, list[tuple[int, list[str]]]],
    now: datetime,
) -> _Outcome:
    change_id, record_id = change["change_id"], change["record_id"]
    row = plan.rows.get(record_id)
    if row is not None and (row.country != change["country"] or row.kind != change["kind"]):
        # Never reveal the other record, not even by a duplicate's revision: it may belong to
        # another country.
        return _Outcome(change_id, record_id, ChangeStatus.REFUSED, NOT_YOURS)

    earlier = done.get(change_id)
    offset = None
    if earlier is None and change_id in in_batch:
        earlier_record, offset = in_batch[change_id]
        earlier = (earlier_record, 0)
    if earlier is not None:
        # The same laptop may resend after logging in again (a new device id): still a duplicate.
        if earlier[0] != record_id:
            reason = refusal("change_id_reused")
            return _Outcome(change_id, record_id, ChangeStatus.REFUSED, reason)
        # A monthly return's steps are cleared by the hub: a device that never heard the
        # first answer gets the record back now, or it would replay them on its next step.
        again = replace(row) if row is not None and row.kind == returns.KIND else None
        return _Outcome(
            change_id,
            record_id,
            ChangeStatus.DUPLICATE,
            revision=earlier[1],
            offset=offset,
            record=again,
        )

    base = change["base_revision"]
    # A record already changed by this batch is newer than any revision the device knows.
    if row is not None and row.offset is None and base is not None and base > row.revision:
        reason = refusal("base_too_new", base=base, revision=row.revision)
        return _Outcome(change_id, record_id, ChangeStatus.REFUSED, reason)

    deleting = change["op"] == Op.DELETE
    if row is not None and not row.deleted and change["kind"] in ERASABLE_KINDS and not deleting:
        outcome = _decide_erasable(plan, identity, change, row, versions, in_batch, now)
        if outcome is not None:
            return outcome
    if change["kind"] == returns.KIND:
        return _decide_return(plan, identity, change, row, in_batch, now)
    month = returns.month_of(change, row.fields if row is not None else None)
    month_row = plan.rows.get(returns.return_id(change["country"], month)) if month else None
    if month is not None and month_row is not None and month_row.kind == returns.KIND:
        locked = returns.lock_refusal(change, month, month_row.fields, month_row.deleted)
        if locked is not None:
            return _Outcome(change_id, record_id, ChangeStatus.REFUSED, locked)
    if month is not None:
        zone = month_row.fields.get("time_zone") if month_row is not None else None
        closed = returns.closed_refusal(
            change,
            month,
            zone if isinstance(zone, str) else None,
            plan.entry,
            plan.open_until.get(change["country"]),
            now,
        )
        if closed is not None:
            return _Outcome(change_id, record_id, ChangeStatus.REFUSED, closed)
    theirs: set[str] = set()
    if row is None:
        fields = dict(change["fields"])
    else:
        if row.offset is not None or base is None or base < row.revision:
            theirs = {
                name
                for revision, names in versions.get(record_id, [])
                if revision > (base or 0)
                for name in names
            }
            if ALL_FIELDS in theirs and not row.deleted:
                # Created (or brought back) elsewhere: that touched each field it holds, which
                # the values below can still agree on. Only a deletion is a whole-record change.
                theirs = (theirs - {ALL_FIELDS}) | set(row.fields)
            mine = {ALL_FIELDS} if deleting else set(change["changed_fields"])
            # Both sides setting a field to the same value agree: that is no conflict (two focal
            # points recording the same attendance, say).
            overlap = {
                name
                for name in theirs & mine
                if name == ALL_FIELDS or row.fields.get(name) != change["fields"].get(name)
            }
            if overlap or (theirs and ALL_FIELDS in mine) or (mine and ALL_FIELDS in theirs):
                names = ", ".join(sorted(overlap - {ALL_FIELDS})) or "the whole record"
                return _Outcome(
                    change_id,
                    record_id,
                    ChangeStatus.CONFLICT,
                    f"changed on the hub since your copy: {names}",
                    revision=row.revision,
                    offset=row.offset,
                    record=replace(row),
                    conflict_fields=sorted(overlap - {ALL_FIELDS}) or sorted(mine - {ALL_FIELDS}),
                )
        fields = dict(row.fields)
        for name in change["changed_fields"]:
            if name in change["fields"]:
                fields[name] = change["fields"][name]
            else:
                fields.pop(name, None)
        # Each change fits, but partial changes adding field after field could still grow the
        # record past its kind's bound: the merged record is measured too.
        too_large = size_refusal(RecordKind(change["kind"]), fields)
        if too_large is not None:
            return _Outcome(change_id, record_id, ChangeStatus.REFUSED, too_large)

    if row is None and change["kind"] in ERASABLE_KINDS and is_erased(fields):
        plan.erased.add(record_id)  # erased before its first sync: logged all the same
    row = _add_version(plan, identity, change, row, fields, deleting, now, in_batch)
    # A merge with someone else's changes: send the merged record back, so the device has it
    # without pulling its own change again.
    merged = replace(row) if theirs else None
    return _Outcome(change_id, record_id, ChangeStatus.APPLIED, offset=row.offset, record=merged)


def _decide_erasable(
    plan: _Plan,
    identity: DeviceIdentity,
    change: Change,
    row: _Row,
    versions: dict[str, list[tuple[int, list[str]]]],
    in_batch: dict[str, tuple[str, int]],
    now: datetime,
) -> _Outcome | None:
    """A person or contact (bluepacific_wire.erasure): an erase wins over any edit made
    elsewhere (no conflict check: nothing of the name may survive), and nothing undoes one.
    None: an ordinary change of a record never erased, decided as any other."""
    change_id, record_id = change["change_id"], change["record_id"]
    if is_erased(row.fields):
        base = change["base_revision"] or 0
        made_before = any(
            ERASED_FIELD in names or ALL_FIELDS in names
            for revision, names in versions.get(record_id, [])
            if revision > base
        )
        refusal = undo_refusal(
            change["kind"], row.fields, change["fields"], change["changed_fields"], made_before
        )
        if refusal is not None:
            return _Outcome(change_id, record_id, ChangeStatus.REFUSED, refusal)
        return None
    if not (is_erased(change["fields"]) and ERASED_FIELD in change["changed_fields"]):
        return None
    fields = dict(row.fields)
    for name in change["changed_fields"]:
        if name in change["fields"]:
            fields[name] = change["fields"][name]
    row = _add_version(plan, identity, change, row, fields, False, now, in_batch)
    plan.erased.add(record_id)
    # Sent back whole: a device that merged someone else's edit gets the erased record.
    return _Outcome(
        change_id, record_id, ChangeStatus.APPLIED, offset=row.offset, record=replace(row)
    )


def _decide_return(
    plan: _Plan,
    identity: DeviceIdentity,
    change: Change,
    row: _Row | None,
    in_batch: dict[str, tuple[str, int]],
    now: datetime,
) -> _Outcome:
    """A monthly return: its steps replayed from the hub's state (returns.decide), never
    merged field by field; the record always goes back, with the history the hub wrote."""
    change_id, record_id = change["change_id"], change["record_id"]
    current = row.fields if row is not None and not row.deleted else None
    decision = returns.decide(identity, change, current, change["country"] in plan.skipping, now)
    if isinstance(decision, str):
        return _Outcome(change_id, record_id, ChangeStatus.REFUSED, decision)
    too_large = size_refusal(RecordKind.MONTHLY_RETURN, decision.fields)
    if too_large is not None:
        return _Outcome(change_id, record_id, ChangeStatus.REFUSED, too_large)
    row = _add_version(plan, identity, change, row, decision.fields, False, now, in_batch)
    assert row.offset is not None
    period = str(decision.fields.get("period", ""))
    plan.events.extend(
        returns.event_rows(record_id, change["country"], period, decision.events, row.offset, now)
    )
    return _Outcome(
        change_id, record_id, ChangeStatus.APPLIED, offset=row.offset, record=replace(row)
    )


def _add_version(
    plan: _Plan,
    identity: DeviceIdentity,
    change: Change,
    row: _Row | None,
    fields: dict[str, Any],
    deleting: bool,
    now: datetime,
    in_batch: dict[str, tuple[str, int]],
) -> _Row:
    """Record the change's version of the record in the plan; the row as it leaves it."""
    change_id, record_id = change["change_id"], change["record_id"]
    offset = len(plan.versions)
    if row is None:
        changed = [ALL_FIELDS]
        row = _Row(
            record_id,
            change["kind"],
            change["country"],
            deleting,
            fields,
            now,
            now,
            identity.device_id,
            revision=0,
            existed=False,
        )
        plan.rows[record_id] = row
    else:
        changed = [ALL_FIELDS] if row.deleted != deleting else changed_fields(row.fields, fields)
        row.deleted, row.fields, row.updated_at = deleting, fields, now
        row.device_id = identity.device_id
    row.offset = offset
    in_batch[change_id] = (record_id, offset)
    plan.versions.append(
        {
            "revision": offset,
            "record_id": record_id,
            "deleted": deleting,
            "fields": fields,
            "changed_fields": changed,
            "device_id": identity.device_id,
            "change_id": change_id,
            "created_at": now,
        }
    )
    return row


def _write(
    session: Session,
    plan: _Plan,
    identity: DeviceIdentity,
    start: int,
    now: datetime,
    by: audit.Actor | None = None,
) -> None:
    """Insert and update the batch's rows, its revisions counted from `start`."""
    new: list[dict[str, Any]] = []
    updated: list[dict[str, Any]] = []
    for row in plan.rows.values():
        if row.offset is None:
            continue
        values = {
            "record_id": row.record_id,
            "kind": row.kind,
            "country": row.country,
            "revision": start + row.offset,
            "deleted": row.deleted,
            "fields": row.fields,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
            "device_id": row.device_id,
        }
        (updated if row.existed else new).append(values)
    versions = [{**v, "revision": start + v["revision"]} for v in plan.versions]
    applied = [
        {
            "change_id": v["change_id"],
            "record_id": v["record_id"],
            "revision": v["revision"],
            "device_id": identity.device_id,
            "applied_at": now,
        }
        for v in versions
    ]
    write_batch(session, new, updated, versions, applied)
    actor = by or audit.Actor(identity.username, identity.country, audit.Via.API)
    erasure.scrub(
        session,
        [
            (r.record_id, r.kind, r.country, start + r.offset)
            for r in plan.rows.values()
            if r.record_id in plan.erased and r.offset is not None
        ],
        actor,
        now,
    )
    events = [{**e, "revision": start + e["revision"]} for e in plan.events]
    returns.write_events(session, events, actor)


def _revision(revision: int | None, offset: int | None, start: int) -> int | None:
    return start + offset if offset is not None else revision


def _envelope(row: _Row, start: int) -> Envelope:
    """The wire form of `row` (an unsaved Record, so the one `envelope` of the store serves)."""
    revision = _revision(row.revision, row.offset, start)
    assert revision is not None
    return envelope(
        Record(
            record_id=row.record_id,
            kind=row.kind,
            country=row.country,
            revision=revision,
            deleted=row.deleted,
            fields=row.fields,
            created_at=row.created_at,
            updated_at=row.updated_at,
            device_id=row.device_id,
        )
    )


def _result(outcome: _Outcome, start: int) -> ChangeResult:
    result = ChangeResult(
        change_id=outcome.change_id,
        record_id=outcome.record_id,
        status=outcome.status.value,
        revision=_revision(outcome.revision, outcome.offset, start),
        reason=outcome.reason,
        server_record=_envelope(outcome.record, start) if outcome.record is not None else None,
        conflict_fields=outcome.conflict_fields,
    )
    # Only a refusal made from bluepacific_wire.refusals carries a code: every other result
    # keeps the shape (and bytes) it always had.
    code, params = code_of(outcome.reason)
    if code is not None and params is not None:
        result["reason_code"], result["reason_params"] = code, params
    return result
