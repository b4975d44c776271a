"""Outbox → batches: coalesce per record, keep the batch byte for byte, apply the hub's verdicts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bluepacific_desktop import __version__
from bluepacific_desktop.domain.enums import ChangeOp, OutboxState
from bluepacific_desktop.i18n.refusal_words import refusal_text
from bluepacific_desktop.store.integrity import id_chunks
from bluepacific_desktop.store.models import OutboxEntry, SyncBatch, SyncConflict
from bluepacific_desktop.store.outbox import Ack, acknowledge
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync.incoming import apply_envelope
from bluepacific_wire import (
    MAX_COMPRESSED_BODY,
    MAX_DECODED_BODY,
    ChangeStatus,
    Envelope,
    PushResponse,
    decode_json,
    encode_json,
    format_time,
)
from bluepacific_wire.codec import GZIP, compress, decompress, encoding_of

# A batch's JSON and its compressed bytes stay well inside what the hub takes (a quarter of
# each limit): a few thousand changes of long narratives could otherwise pass the hub's limit
# and be refused whole, every time, as 413.
BODY_BUDGET = MAX_DECODED_BODY // 4
COMPRESSED_BUDGET = MAX_COMPRESSED_BODY // 4


@dataclass
class AckCounts:
    applied: int = 0
    duplicate: int = 0
    conflict: int = 0
    refused: int = 0
    unanswered: int = 0
    refused_reasons: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)  # record kinds of the batch's entries
    counted: bool = False  # already added to the run's report


def open_batch(session: Session, in_hand: Iterable[str] = ()) -> SyncBatch | None:
    """The oldest batch frozen and not yet acknowledged, leaving out those `in_hand` (being
    sent or answered now): it may have been sent, so it must be resent exactly as it was."""
    query = select(SyncBatch).order_by(SyncBatch.created_at)
    if taken := list(in_hand):
        query = query.where(SyncBatch.batch_id.not_in(taken))
    return session.scalars(query).first()


def _in_open_batches(session: Session) -> tuple[set[int], set[tuple[str, str]]]:
    """The outbox entries frozen in batches not yet acknowledged, and their records. A later
    change of such a record waits for that batch's answer: the answer rebases it (its
    base_revision becomes the revision the hub gave), so it cannot be frozen before."""
    seqs = {seq for batch in session.scalars(select(SyncBatch)) for seq in batch.entry_seqs}
    records: set[tuple[str, str]] = set()
    for chunk in id_chunks(seqs):
        rows = session.execute(
            select(OutboxEntry.kind, OutboxEntry.record_id)
            .where(OutboxEntry.seq.in_(chunk))
            .distinct()
        )
        records.update((k, r) for k, r in rows)
    return seqs, records


def _held_records(session: Session) -> set[tuple[str, str]]:
    """Records whose changes wait for the user (conflict or set aside): later ones wait too."""
    rows = session.execute(
        select(OutboxEntry.kind, OutboxEntry.record_id).where(
            OutboxEntry.state != OutboxState.PENDING
        )
    )
    held = {(k, r) for k, r in rows}
    held.update(
        (k, r) for k, r in session.execute(select(SyncConflict.kind, SyncConflict.record_id))
    )
    return held


def _group(
    entries: Iterable[OutboxEntry], limit: int, held: set[tuple[str, str]], frozen: set[int]
) -> list[list[OutboxEntry]]:
    groups: dict[tuple[str, str], list[OutboxEntry]] = {}
    for entry in entries:
        key = (entry.kind, entry.record_id)
        if key in held or entry.seq in frozen:
            continue
        if key not in groups and len(groups) >= limit:
            break
        groups.setdefault(key, []).append(entry)
    return list(groups.values())


def _change(group: list[OutboxEntry]) -> dict[str, Any]:
    first, last = group[0], group[-1]
    changed = sorted({name for e in group for name in e.changed_fields})
    payload = last.payload
    return {
        "change_id": last.change_id,
        "kind": last.kind,
        "record_id": last.record_id,
        "country": payload["country"],
        "op": "delete" if last.op == ChangeOp.DELETE.value else "upsert",
        "base_revision": first.base_revision,
        "changed_fields": changed,
        "fields": payload["fields"],
    }


def build_batch(session: Session, max_changes: int, encoding: str = GZIP) -> SyncBatch | None:
    """Freeze the next batch of pending changes (one change per record) and store its bytes,
    compressed in `encoding` (zstd for a hub that reads it, else gzip). Entries already frozen
    in a batch not yet acknowledged, and later changes of their records, are left for later:
    the next batch can be frozen while the one before it is on the link."""
    frozen, in_flight = _in_open_batches(session)
    held = _held_records(session) | in_flight
    entries = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.PENDING)
        .order_by(OutboxEntry.seq)
        .limit(max_changes * 4 + len(frozen))
        # Streamed: _group stops at the first entry past the batch, and the rows after it are
        # never loaded (loading them all was a third of a 10,000-change sync's own time).
        .execution_options(yield_per=500)
    )
    try:
        groups = _group(entries, max_changes, held, frozen)
    finally:
        entries.close()
    if not groups:
        return None
    batch_id = str(uuid.uuid4())
    changes = [_change(g) for g in groups]
    while True:
        body = {
            "batch_id": batch_id,
            "client_version": __version__,
            "device_time": format_time(utcnow()),
            "changes": changes,
        }
        raw = encode_json(body)
        packed = compress(raw, encoding)
        if len(changes) == 1 or (len(raw) <= BODY_BUDGET and len(packed) <= COMPRESSED_BUDGET):
            break
        # Too heavy for one request: the first half now, the rest in the next batches.
        changes = changes[: len(changes) // 2]
    groups = groups[: len(changes)]
    batch = SyncBatch(
        batch_id=batch_id,
        body=packed,
        entry_seqs=[e.seq for g in groups for e in g],
        created_at=utcnow(),
    )
    session.add(batch)
    return batch


def discard_unsent(session: Session, batch: SyncBatch) -> None:
    """Forget a batch frozen in this run and never sent (so the hub cannot have it): its
    entries stay pending and go in the next batch frozen. Never for a batch that may have
    been sent: that one must be resent as it was."""
    session.execute(delete(SyncBatch).where(SyncBatch.batch_id == batch.batch_id))


def rekey_batch(session: Session, batch: SyncBatch) -> SyncBatch:
    """The same changes (same change_ids) under a new batch_id, for a batch the hub will not
    replay because it was sent under an earlier login: changes it applied come back as
    duplicates, the others are applied."""
    encoding = encoding_of(batch.body)
    body = decode_json(decompress(batch.body, encoding))
    body["batch_id"] = str(uuid.uuid4())
    fresh = SyncBatch(
        batch_id=body["batch_id"],
        body=compress(encode_json(body), encoding),
        entry_seqs=list(batch.entry_seqs),
        created_at=batch.created_at,
    )
    session.execute(delete(SyncBatch).where(SyncBatch.batch_id == batch.batch_id))
    session.add(fresh)
    return fresh


def apply_results(
    session: Session, batch: SyncBatch, response: PushResponse, server_time: datetime
) -> AckCounts:
    """One transaction: acknowledged entries leave the outbox, the rest are set aside or held."""
    counts = AckCounts()
    entries = list(
        session.scalars(select(OutboxEntry).where(OutboxEntry.seq.in_(batch.entry_seqs)))
    )
    acked: list[Ack] = []
    merged: list[Envelope] = []  # records the hub merged with others' changes: stored after
    by_record: dict[str, list[OutboxEntry]] = {}
    for entry in entries:
        by_record.setdefault(entry.record_id, []).append(entry)
    for result in response["results"]:
        group = by_record.pop(result["record_id"], None)
        if not group:
            continue
        kind = group[0].kind
        status = result["status"]
        if status in (ChangeStatus.APPLIED, ChangeStatus.DUPLICATE):
            seqs = [e.seq for e in group]
            acked.append(Ack(kind, result["record_id"], result["revision"], seqs))
            if result["server_record"] is not None:
                merged.append(result["server_record"])
            if status == ChangeStatus.APPLIED:
                counts.applied += 1
            else:
                counts.duplicate += 1
        elif status == ChangeStatus.CONFLICT and result["server_record"] is not None:
            for entry in group:
                entry.state = OutboxState.CONFLICT
            _hold_conflict(session, group, result["server_record"], result["conflict_fields"])
            counts.conflict += 1
        else:
            reason = result["reason"] or "The hub refused this change without saying why."
            code = result.get("reason_code")
            coded = {"code": code, "params": result.get("reason_params", {})} if code else None
            for entry in group:
                entry.state = OutboxState.SET_ASIDE
                entry.set_aside_reason = reason
                entry.set_aside_code = coded
                entry.attempts += 1
            counts.refused += 1
            counts.refused_reasons.append(refusal_text(reason, coded))
    acknowledge(session, acked, server_time)
    for envelope in merged:  # after the acknowledgement: no local change holds it back now
        apply_envelope(session, envelope, server_time)
    counts.unanswered = len(by_record)
    session.delete(batch)
    return counts


def _hold_conflict(
    session: Session, group: list[OutboxEntry], theirs: Any, both_changed: list[str]
) -> None:
    mine = group[-1].payload["fields"]
    changed = {name for e in group for name in e.changed_fields}
    overlap = both_changed or sorted(n for n in changed if theirs["fields"].get(n) != mine.get(n))
    existing = session.scalar(
        select(SyncConflict).where(SyncConflict.record_id == group[0].record_id)
    )
    if existing is None:
        session.add(
            SyncConflict(
                kind=group[0].kind,
                record_id=group[0].record_id,
                fields=overlap or sorted(changed),
                theirs=theirs,
                detected_at=utcnow(),
            )
        )
    else:
        existing.theirs = theirs
        existing.fields = overlap or sorted(changed)
