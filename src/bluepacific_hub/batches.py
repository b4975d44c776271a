"""Idempotent batches: claim a batch_id, replay a stored answer, or say it is busy or reused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from bluepacific_hub.deadline import Deadline
from bluepacific_hub.models import Batch
from bluepacific_wire import utc_now

IN_PROGRESS = "in_progress"
DONE = "done"


@dataclass(frozen=True)
class Claim:
    """The outcome of claiming a batch_id.

    Exactly one of: `claimed` (go ahead and apply), `stored` (the saved answer to send
    again), `busy` (another request is applying it), `reused` (same id, other body).
    """

    claimed: bool = False
    stored: str | None = None
    busy: bool = False
    reused: bool = False


def claim_batch(
    sessions: sessionmaker[Session],
    batch_id: str,
    device_id: str,
    digest: str,
    lease: timedelta,
    deadline: Deadline | None = None,
) -> Claim:
    """Record that `batch_id` is being applied, in its own committed transaction.

    The claim is an INSERT that does nothing when the batch_id exists: a write first (on
    SQLite that takes the write lock before any read, see store.begin_writing), and two
    requests claiming the same batch at once never fail on the key: one inserts, the other
    sees its row.
    """
    if deadline is None:
        with sessions() as session, session.begin():
            return _claim(session, batch_id, device_id, digest, lease)
    with (
        deadline.answering_busy(),
        sessions() as session,
        session.begin(),
        deadline.limited(session),
    ):
        return _claim(session, batch_id, device_id, digest, lease)


def _claim(session: Session, batch_id: str, device_id: str, digest: str, lease: timedelta) -> Claim:
    now = utc_now()
    values = {
        "batch_id": batch_id,
        "device_id": device_id,
        "body_hash": digest,
        "status": IN_PROGRESS,
        "response": None,
        "claimed_at": now,
        "completed_at": None,
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    inserted = session.scalar(
        insert(Batch)
        .values(values)
        .on_conflict_do_nothing(index_elements=[Batch.batch_id])
        .returning(Batch.batch_id)
    )
    if inserted is not None:
        return Claim(claimed=True)
    batch = session.scalars(select(Batch).where(Batch.batch_id == batch_id)).one()
    if batch.body_hash != digest or batch.device_id != device_id:
        return Claim(reused=True)
    if batch.status == DONE:
        return Claim(stored=batch.response)
    if now - batch.claimed_at < lease:
        return Claim(busy=True)
    # The request that claimed it died (hub killed mid-batch): take it over.
    taken = session.execute(
        update(Batch)
        .where(Batch.batch_id == batch_id, Batch.claimed_at == batch.claimed_at)
        .values(claimed_at=now)
    )
    return Claim(claimed=getattr(taken, "rowcount", 0) == 1)


def complete_batch(session: Session, batch_id: str, response: str) -> None:
    """Store the answer, in the same transaction as the batch's changes."""
    session.execute(
        update(Batch)
        .where(Batch.batch_id == batch_id)
        .values(status=DONE, response=response, completed_at=utc_now())
    )


def release_batch(sessions: sessionmaker[Session], batch_id: str) -> None:
    """Forget a claim whose transaction failed, so that a retry can apply it."""
    with sessions() as session, session.begin():
        session.execute(
            delete(Batch).where(Batch.batch_id == batch_id, Batch.status == IN_PROGRESS)
        )
