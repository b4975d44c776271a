"""Reading changes after a cursor: the latest version of each visible record, in pages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
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
    visible = visible_clause(identity)
    if skip_own:
        return _page_without_own(session, identity, cursor, limit)
    rows = list(
        session.scalars(
            select(Record)
            .where(Record.revision > cursor, visible)
            .order_by(Record.revision)
            .limit(limit + 1)
        )
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = rows[-1].revision if rows else cursor
    return Page(changes=[envelope(r) for r in rows], next_cursor=next_cursor, has_more=has_more)


def _page_without_own(session: Session, identity: DeviceIdentity, cursor: int, limit: int) -> Page:
    """Up to `limit` records from other devices; the device's own echoes are skipped in the
    query, so a device that just pushed 10,000 changes needs one page, not twenty, to learn
    that nothing else is new (each page costs a round trip: 600 ms over a satellite).

    `top` is read first and bounds the page: writers take revisions in order under a lock, so
    every revision up to `top` is committed, and moving the cursor to `top` skips nothing.
    """
    visible = visible_clause(identity)
    top = session.scalar(select(func.max(Record.revision)).where(Record.revision > cursor, visible))
    if top is None:
        return Page(changes=[], next_cursor=cursor, has_more=False)
    others = or_(Record.device_id.is_(None), Record.device_id != identity.device_id)
    rows = list(
        session.scalars(
            select(Record)
            .where(Record.revision > cursor, Record.revision <= top, visible, others)
            .order_by(Record.revision)
            .limit(limit + 1)
        )
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = rows[-1].revision if has_more else top
    return Page(changes=[envelope(r) for r in rows], next_cursor=next_cursor, has_more=has_more)
