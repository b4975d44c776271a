"""Applying a pushed batch: duplicates, refusals, conflicts and field-by-field merges."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.models import AppliedChange, Record
from bluepacific_hub.store import (
    ALL_FIELDS,
    RevisionSequence,
    envelope,
    hub_changes_since,
    save_version,
)
from bluepacific_hub.visibility import write_refusal
from bluepacific_wire import (
    Change,
    ChangeResult,
    ChangeStatus,
    Op,
    WireFormatError,
    parse_change,
    parse_uuid,
)


def _result(
    change_id: str,
    record_id: str,
    status: ChangeStatus,
    revision: int | None = None,
    reason: str | None = None,
    record: Record | None = None,
    conflict_fields: list[str] | None = None,
) -> ChangeResult:
    return ChangeResult(
        change_id=change_id,
        record_id=record_id,
        status=status.value,
        revision=revision,
        reason=reason,
        server_record=envelope(record) if record is not None else None,
        conflict_fields=conflict_fields or [],
    )


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


def apply_batch(
    session: Session, identity: DeviceIdentity, raw_changes: list[Any], now: datetime
) -> list[ChangeResult]:
    """Apply every change in order inside the caller's transaction; one result per change."""
    sequence = RevisionSequence(session)
    results: list[ChangeResult] = []
    for index, raw in enumerate(raw_changes):
        try:
            change = parse_change(raw, f"changes[{index}]")
        except WireFormatError as exc:
            change_id, record_id = _ids_of(raw)
            results.append(_result(change_id, record_id, ChangeStatus.REFUSED, reason=str(exc)))
            continue
        results.append(_apply_one(session, sequence, identity, change, now))
    sequence.save()
    return results


def _apply_one(
    session: Session,
    sequence: RevisionSequence,
    identity: DeviceIdentity,
    change: Change,
    now: datetime,
) -> ChangeResult:
    change_id, record_id = change["change_id"], change["record_id"]
    refusal = write_refusal(identity, change["kind"], change["country"])
    if refusal is not None:
        return _result(change_id, record_id, ChangeStatus.REFUSED, reason=refusal)

    done = session.get(AppliedChange, change_id)
    if done is not None:
        # The same laptop may resend after logging in again (a new device id): still a duplicate.
        if done.record_id != record_id:
            reason = "this change_id was already used for a change of another record"
            return _result(change_id, record_id, ChangeStatus.REFUSED, reason=reason)
        return _result(change_id, record_id, ChangeStatus.DUPLICATE, revision=done.revision)

    record = session.get(Record, record_id, with_for_update=True)
    if record is not None and (
        record.country != change["country"] or record.kind != change["kind"]
    ):
        # Never reveal the other record: it may belong to another country.
        reason = "this record_id already belongs to another record on the hub"
        return _result(change_id, record_id, ChangeStatus.REFUSED, reason=reason)

    base = change["base_revision"]
    if record is not None and base is not None and base > record.revision:
        reason = f"base_revision {base} is newer than the hub's revision {record.revision}"
        return _result(change_id, record_id, ChangeStatus.REFUSED, reason=reason)

    deleting = change["op"] == Op.DELETE
    theirs: set[str] = set()
    if record is None:
        fields = dict(change["fields"])
    else:
        if base is None or base < record.revision:
            theirs = hub_changes_since(session, record_id, base or 0, identity.device_id)
            if ALL_FIELDS in theirs and not record.deleted:
                # Created (or brought back) elsewhere: that touched each field it holds, which
                # the values below can still agree on. Only a deletion is a whole-record change.
                theirs = (theirs - {ALL_FIELDS}) | set(record.fields)
            mine = {ALL_FIELDS} if deleting else set(change["changed_fields"])
            # Both sides setting a field to the same value agree: that is no conflict (two focal
            # points recording the same attendance, say).
            overlap = {
                name
                for name in theirs & mine
                if name == ALL_FIELDS or record.fields.get(name) != change["fields"].get(name)
            }
            if overlap or (theirs and ALL_FIELDS in mine) or (mine and ALL_FIELDS in theirs):
                names = ", ".join(sorted(overlap - {ALL_FIELDS})) or "the whole record"
                reason = f"changed on the hub since your copy: {names}"
                return _result(
                    change_id,
                    record_id,
                    ChangeStatus.CONFLICT,
                    reason=reason,
                    revision=record.revision,
                    record=record,
                    conflict_fields=sorted(overlap - {ALL_FIELDS}) or sorted(mine - {ALL_FIELDS}),
                )
        fields = dict(record.fields)
        for name in change["changed_fields"]:
            if name in change["fields"]:
                fields[name] = change["fields"][name]
            else:
                fields.pop(name, None)

    saved = save_version(
        session,
        sequence,
        record,
        kind=change["kind"],
        record_id=record_id,
        country=change["country"],
        fields=fields,
        deleted=deleting,
        device_id=identity.device_id,
        change_id=change_id,
        now=now,
    )
    session.add(
        AppliedChange(
            change_id=change_id,
            record_id=record_id,
            revision=saved.revision,
            device_id=identity.device_id,
            applied_at=now,
        )
    )
    # A merge with someone else's changes: send the merged record back, so the device has it
    # without pulling its own change again.
    merged = saved if theirs else None
    return _result(
        change_id, record_id, ChangeStatus.APPLIED, revision=saved.revision, record=merged
    )
