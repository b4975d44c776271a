"""Idempotent batches: claim a batch_id, replay a stored answer, or say it is busy or reused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

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
) -> Claim:
    """Record that `batch_id` is being applied, in its own committed transaction."""
    for _attempt in range(3):
        try:
            return _claim_once(sessions, batch_id, device_id, digest, lease)
        except IntegrityError:
            continue  # claimed by a concurrent request a moment ago: look again
    return Claim(busy=True)


def _claim_once(
    sessions: sessionmaker[Session],
    batch_id: str,
    device_id: str,
    digest: str,
    lease: timedelta,
) -> Claim:
    with sessions() as session, session.begin():
        batch = session.get(Batch, batch_id)
        now = utc_now()
        if batch is None:
            session.add(
                Batch(
                    batch_id=batch_id,
                    device_id=device_id,
                    body_hash=digest,
                    status=IN_PROGRESS,
                    response=None,
                    claimed_at=now,
                    completed_at=None,
                )
            )
            return Claim(claimed=True)
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
        return Claim(claimed=getattr(taken, "rowcount", 0) == 1, busy=False)


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
