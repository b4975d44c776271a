"""Reading changes after a cursor: the latest version of each visible record, in pages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.models import Record
from bluepacific_hub.store import envelope
from bluepacific_hub.visibility import visible_clause
from bluepacific_wire import Envelope


@dataclass(frozen=True)
class Page:
    """One page of a pull."""

    changes: list[Envelope]
    next_cursor: int
    has_more: bool


def pull_page(
    session: Session, identity: DeviceIdentity, cursor: int, limit: int, skip_own: bool = False
) -> Page:
    """Records visible to `identity` whose revision is above `cursor`, oldest first.

    Each record appears once, at its latest revision; `next_cursor` is the revision of
    the last record returned (or `cursor` when nothing is new). With `skip_own`, records whose
    latest version came from this very device are passed over (the device has them already;
    over a paid satellite link that echo is pure waste) but still move the cursor.
    """
    rows = list(
        session.scalars(
            select(Record)
            .where(Record.revision > cursor, visible_clause(identity))
            .order_by(Record.revision)
            .limit(limit + 1)
        )
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = rows[-1].revision if rows else cursor
    if skip_own:
        rows = [r for r in rows if r.device_id != identity.device_id]
    return Page(changes=[envelope(r) for r in rows], next_cursor=next_cursor, has_more=has_more)
