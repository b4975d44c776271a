"""Pulled records → the store, without ever overwriting a local change that has not synced."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.bulk import insert_rows
from bluepacific_desktop.store.erasure import take_erased
from bluepacific_desktop.store.integrity import id_chunks
from bluepacific_desktop.store.models import (
    Base,
    OutboxEntry,
    RefCapability,
    RefContactRole,
    RefCountry,
    RefCourse,
    RefOrgType,
    Searchable,
    SyncConflict,
    search_key_of,
)
from bluepacific_desktop.store.outbox import mark_confirmed
from bluepacific_desktop.store.records import MODELS, field_defaults, from_json_fields
from bluepacific_wire import Envelope, parse_time
from bluepacific_wire.erasure import ERASABLE_KINDS, is_erased

log = logging.getLogger(__name__)

REFERENCE_MODELS: dict[str, type[Base]] = {
    "ref_country": RefCountry,
    "ref_capability": RefCapability,
    "ref_course": RefCourse,
    "ref_org_type": RefOrgType,
    "ref_contact_role": RefContactRole,
}


@dataclass
class PullCounts:
    applied: int = 0
    kept_local: int = 0
    skipped: int = 0
    rules_changed: bool = False  # the page's return rules changed what this computer held


def _apply_reference(session: Session, env: Envelope) -> None:
    model = REFERENCE_MODELS[env["kind"]]
    columns = {c.name for c in model.__table__.columns}
    values = {k: v for k, v in env["fields"].items() if k in columns}
    if "code" in values:
        session.merge(model(**values))


def _local_changes(session: Session, kind: str, record_id: str) -> set[str] | None:
    """Fields changed locally and not yet acknowledged, or None when nothing waits."""
    rows = session.scalars(
        select(OutboxEntry.changed_fields).where(
            OutboxEntry.kind == kind, OutboxEntry.record_id == record_id
        )
    )
    changed: set[str] | None = None
    for names in rows:
        changed = (changed or set()) | set(names)
    return changed


def _erasing(session: Session, kind: RecordKind, env: Envelope, values: dict[str, Any]) -> bool:
    """The hub's copy is erased and ours is not yet: the erase wins over every local change
    (bluepacific_wire.erasure), which is set aside without the details (store/erasure.py)."""
    if kind not in ERASABLE_KINDS or env["deleted"] or not is_erased(env["fields"]):
        return False
    record: Any = session.get(MODELS[kind], env["record_id"])
    if record is not None and record.erased_on is not None:
        return False
    take_erased(session, kind, env["record_id"], values)
    return True


def _apply_record(session: Session, env: Envelope, now: datetime) -> str:
    kind = RecordKind(env["kind"])
    model = MODELS[kind]
    values = from_json_fields(kind, env["fields"])
    if _erasing(session, kind, env, values):
        return _overwrite(session, model, env, values, now)
    conflict = session.scalar(
        select(SyncConflict).where(SyncConflict.record_id == env["record_id"])
    )
    if conflict is not None:
        if env["revision"] > int(conflict.theirs.get("revision", 0)):
            conflict.theirs = dict(env)
        return "kept_local"
    record: Any = session.get(model, env["record_id"])
    local = _local_changes(session, kind.value, env["record_id"])
    if record is not None and local is not None:
        # Merge field by field: theirs where we changed nothing, ours where we did. The hub
        # decides about the overlap when our change arrives (merge or conflict).
        for name, value in values.items():
            if name not in local:
                setattr(record, name, value)
        return "kept_local"
    if record is not None and (record.revision or 0) > env["revision"]:
        return "skipped"
    return _overwrite(session, model, env, values, now)


def _overwrite(
    session: Session, model: Any, env: Envelope, values: dict[str, Any], now: datetime
) -> str:
    """The hub's record replaces ours whole."""
    record: Any = session.get(model, env["record_id"])
    if record is None:
        record = model(id=env["record_id"])
        session.add(record)
    for name, value in values.items():
        setattr(record, name, value)
    record.country = env["country"]
    record.revision = env["revision"]
    record.deleted = env["deleted"]
    record.created_at = parse_time(env["created_at"])
    record.updated_at = parse_time(env["updated_at"])
    record.device_id = env["device_id"] or "hub"
    mark_confirmed(record, now)
    return "applied"


def apply_envelope(session: Session, env: Envelope, now: datetime) -> str:
    """Store one record from the hub; "applied", "kept_local" or "skipped" (never raises)."""
    try:
        with session.begin_nested():
            if env["kind"] in REFERENCE_MODELS:
                _apply_reference(session, env)
                return "applied"
            if env["kind"] in {k.value for k in MODELS}:
                return _apply_record(session, env, now)
            return "skipped"  # a kind a newer hub knows and this app does not
    except (IntegrityError, StatementError, ValueError, KeyError, TypeError) as exc:
        log.warning(
            "Record %s %s from the hub could not be stored: %s",
            env["kind"],
            env["record_id"],
            type(exc).__name__,
        )
        return "skipped"


def apply_page(session: Session, envelopes: list[Envelope], now: datetime) -> PullCounts:
    """Store a page: records new to this computer (a restore's pages are nothing else) with
    one insert per kind, the others one by one (`apply_envelope`). Profiled on a loaded
    laptop, one by one took 5 to 10 ms a record (three look-ups and a savepoint each): an
    hour of a 50,000-record restore's time spent beside an idle link."""
    counts = PullCounts()
    fresh = _fresh(session, envelopes)
    for env in envelopes:
        if env["record_id"] not in fresh:
            outcome = apply_envelope(session, env, now)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
    by_kind: dict[RecordKind, list[Envelope]] = {}
    for env in envelopes:
        if env["record_id"] in fresh:
            by_kind.setdefault(RecordKind(env["kind"]), []).append(env)
    for kind, group in by_kind.items():
        try:
            with session.begin_nested():
                _insert_new(session, kind, group, now)
            counts.applied += len(group)
        except (IntegrityError, StatementError, ValueError, KeyError, TypeError):
            # One record the store cannot take: the kind's records one by one, so that only
            # that one is skipped (and logged), as before.
            for env in group:
                outcome = apply_envelope(session, env, now)
                setattr(counts, outcome, getattr(counts, outcome) + 1)
    return counts


def _fresh(session: Session, envelopes: list[Envelope]) -> set[str]:
    """The ids of the page's records that this computer has never held: no row, no change
    waiting, no conflict (any of which needs `_apply_record`'s care)."""
    kinds = {k.value: k for k in MODELS}
    candidates: dict[RecordKind, list[str]] = {}
    for env in envelopes:
        if env["kind"] in kinds:
            candidates.setdefault(kinds[env["kind"]], []).append(env["record_id"])
    every = [rid for ids in candidates.values() for rid in ids]
    if not every:
        return set()
    held: set[str] = set()
    for part in id_chunks(every):
        held.update(
            session.scalars(select(OutboxEntry.record_id).where(OutboxEntry.record_id.in_(part)))
        )
        held.update(
            session.scalars(select(SyncConflict.record_id).where(SyncConflict.record_id.in_(part)))
        )
    for kind, ids in candidates.items():
        model: Any = MODELS[kind]
        for part in id_chunks(ids):
            held.update(session.scalars(select(model.id).where(model.id.in_(part))))
    # A page holds each record once; an id twice (a damaged page) goes the careful way.
    twice = {rid for rid, n in Counter(every).items() if n > 1}
    return set(every) - held - twice


def _insert_new(session: Session, kind: RecordKind, group: list[Envelope], now: datetime) -> None:
    """The records as `_apply_record` stores a record new here, with one executemany."""
    model = MODELS[kind]
    defaults = field_defaults(kind)
    names = list(defaults)
    keys = ["id", *names, "country", "revision", "deleted", "created_at", "updated_at", "device_id"]
    searchable = issubclass(model, Searchable)
    if searchable:
        keys.append("search_key")
    rows = []
    for env in group:
        values = {**defaults, **from_json_fields(kind, env["fields"])}
        row = [
            env["record_id"],
            *(values[n] for n in names),
            env["country"],
            env["revision"],
            env["deleted"],
            parse_time(env["created_at"]),
            parse_time(env["updated_at"]),
            env["device_id"] or "hub",
        ]
        if searchable:
            row.append(search_key_of(model, values))  # type: ignore[arg-type]
        rows.append(row)
    table = model.metadata.tables[model.__tablename__]
    insert_rows(session, table, keys, rows, {"confirmed_at": now})
