"""Changes the hub refused: listed with its reason, sent again only when the user says so."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import OutboxState
from bluepacific_desktop.i18n.refusal_words import refusal_text
from bluepacific_desktop.store.models import OutboxEntry


@dataclass(frozen=True)
class SetAside:
    kind: str
    record_id: str
    reason: str  # in the chosen language (the hub's English for a code not known here)
    changes: int


def list_set_aside(session: Session) -> list[SetAside]:
    grouped: dict[tuple[str, str], SetAside] = {}
    rows = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.SET_ASIDE)
        .order_by(OutboxEntry.seq)
    )
    for e in rows:
        key = (e.kind, e.record_id)
        before = grouped.get(key)
        grouped[key] = SetAside(
            e.kind,
            e.record_id,
            refusal_text(e.set_aside_reason or "", e.set_aside_code),
            (before.changes if before else 0) + 1,
        )
    return list(grouped.values())


def send_again(session: Session, kind: str, record_id: str) -> int:
    """After the user fixed the record: its set-aside changes go back in the queue."""
    result = session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.kind == kind,
            OutboxEntry.record_id == record_id,
            OutboxEntry.state == OutboxState.SET_ASIDE,
        )
        .values(state=OutboxState.PENDING, set_aside_reason=None, set_aside_code=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
