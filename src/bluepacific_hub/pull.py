"""Reading changes after a cursor: the latest version of each visible record, in pages bounded
in records and in bytes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.models import Record
from bluepacific_hub.store import envelope
from bluepacific_hub.visibility import visible_clause
from bluepacific_wire import Envelope, PullResponse, encode_json

# What a page's JSON holds besides its records (the largest cursor, the longest timestamp).
_PAGE_FRAME = len(
    encode_json(
        PullResponse(
            changes=[],
            next_cursor=2**63 - 1,
            has_more=False,
            server_time="2000-01-01T00:00:00.000000Z",
            remaining=2**63 - 1,
        )
    )
)
# Rows read from the database at a time: a page stops early on its byte bound without
# having loaded the rows it will not send.
_ROWS_AT_A_TIME = 100


@dataclass(frozen=True)
class Page:
    """One page of a pull."""

    changes: list[Envelope]
    next_cursor: int
    has_more: bool
    # Records still to come after this page (what the next pages will hold, as of now): the
    # desktop shows a restore's progress and the time left from it.
    remaining: int = 0


def pull_page(
    session: Session,
    identity: DeviceIdentity,
    cursor: int,
    limit: int,
    skip_own: bool = False,
    max_bytes: int = 4 * 1024 * 1024,
) -> Page:
    """Records visible to `identity` whose revision is above `cursor`, oldest first.

    Each record appears once, at its latest revision; `next_cursor` is the revision of
    the last record returned (or `cursor` when nothing is new). With `skip_own`, records whose
    latest version came from this very device are passed over (the device has them already;
    over a paid satellite link that echo is pure waste) but still move the cursor.

    A page holds at most `limit` records and, as JSON, at most `max_bytes` (HubSettings'
    pull_page_bytes), but always one record: large records elsewhere in the region (the
    shared contacts directory) can make pages shorter, never unreadable.
    """
    if skip_own:
        return _page_without_own(session, identity, cursor, limit, max_bytes)
    visible = visible_clause(identity)
    stmt = select(Record).where(Record.revision > cursor, visible)
    changes, last, has_more = _fill(session, stmt, limit, max_bytes)
    next_cursor = last or cursor
    left = _remaining(session, next_cursor, visible) if has_more else 0
    return Page(changes=changes, next_cursor=next_cursor, has_more=has_more, remaining=left)


def _page_without_own(
    session: Session, identity: DeviceIdentity, cursor: int, limit: int, max_bytes: int
) -> Page:
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
    stmt = select(Record).where(Record.revision > cursor, Record.revision <= top, visible, others)
    changes, last, has_more = _fill(session, stmt, limit, max_bytes)
    # A page cut short goes on after its last record; a whole one moves past the own echoes.
    next_cursor = (last or cursor) if has_more else top
    left = 0
    if has_more:
        left = _remaining(session, next_cursor, visible, others, Record.revision <= top)
    return Page(changes=changes, next_cursor=next_cursor, has_more=has_more, remaining=left)


def _remaining(session: Session, after: int, *clauses: ColumnElement[bool]) -> int:
    """How many records the pages after `after` hold. One count on the revision index per
    page (milliseconds for 50,000 records), asked only while there are more pages: the
    last page of every ordinary sync costs nothing more."""
    where = select(func.count()).select_from(Record).where(Record.revision > after, *clauses)
    return int(session.scalar(where) or 0)


def _fill(
    session: Session, stmt: Select[Record], limit: int, max_bytes: int
) -> tuple[list[Envelope], int | None, bool]:
    """The envelopes of `stmt`'s rows in revision order, as many as fit in `limit` records and
    `max_bytes` of JSON (one at least); the revision of the last; whether rows were left."""
    result = session.scalars(
        stmt.order_by(Record.revision)
        .limit(limit + 1)
        .execution_options(yield_per=min(limit + 1, _ROWS_AT_A_TIME))
    )
    try:
        return _take(result, limit, max_bytes)
    finally:
        result.close()


def _take(
    rows: Iterable[Record], limit: int, max_bytes: int
) -> tuple[list[Envelope], int | None, bool]:
    changes: list[Envelope] = []
    size = _PAGE_FRAME
    last: int | None = None
    for row in rows:
        if len(changes) == limit:
            return changes, last, True
        item = envelope(row)
        # Measured as it will be sent (api_sync encodes the page the same way), with its comma.
        size += len(encode_json(item)) + 1
        if changes and size > max_bytes:
            return changes, last, True
        changes.append(item)
        last = row.revision
    return changes, last, False
