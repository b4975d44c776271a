"""A request's server-side deadline: every database wait is bounded by the time left, then 503.

The desktop gives up on a request after its stall timeout (45 s) and sends it again; the hub
must have answered before that, or the abandoned request keeps holding locks while its resend
is told `batch_in_progress`. Past the deadline the work stops (the statement is cancelled),
the transaction rolls back, and the answer is 503 `hub_busy` with a Retry-After hint.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from bluepacific_hub.errors import HubError
from bluepacific_wire import ErrorCode

RETRY_AFTER_S = 5
# SQLite's busy timeout outside a bounded unit of work (db.py sets the same at connect).
_SQLITE_BUSY_MS = 30000
# How many SQLite virtual-machine steps run between two looks at the clock.
_SQLITE_STEPS = 10000
# PostgreSQL: query_canceled (statement_timeout) and lock_not_available.
_PG_BUSY_STATES = {"57014", "55P03"}


def hub_busy(started: bool = True) -> HubError:
    """The 503 answer of a request that ran out of time (or, not `started`, found the hub
    working on as many as it takes); nothing of it was recorded."""
    why = "could not finish this request in time" if started else "is working on other batches"
    return HubError(
        503,
        ErrorCode.HUB_BUSY,
        f"The hub is busy and {why}; nothing of it was recorded. Please send it again in "
        f"{RETRY_AFTER_S} seconds.",
        {"Retry-After": str(RETRY_AFTER_S)},
    )


def is_busy(exc: BaseException) -> bool:
    """Whether a database error means "waited too long" (a lock, a timeout, a full pool)."""
    if isinstance(exc, PoolTimeout):
        return True
    if not isinstance(exc, DBAPIError):
        return False
    if getattr(exc.orig, "sqlstate", None) in _PG_BUSY_STATES:
        return True
    message = str(exc.orig).lower()
    return isinstance(exc, OperationalError) and (
        "database is locked" in message or "interrupted" in message
    )


class Deadline:
    """The moment a request must be answered by, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left (negative once passed)."""
        return self._end - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0

    def check(self) -> None:
        """Raise the 503 answer when the time is up."""
        if self.passed():
            raise hub_busy()

    @contextmanager
    def answering_busy(self) -> Iterator[None]:
        """Turn a database wait cut short (or any failure past the deadline) into the 503."""
        try:
            yield
        except SQLAlchemyError as exc:
            if is_busy(exc) or self.passed():
                raise hub_busy() from exc
            raise

    def bound(self, session: Session) -> None:
        """Make the session's next statements give up when the time is up.

        PostgreSQL cancels a statement (lock waits included) past `statement_timeout`;
        `SET LOCAL` ends with the transaction. Call it again before a later long statement,
        as the bound is per statement. SQLite is bounded once per transaction by `limited`.
        """
        self.check()
        if session.get_bind().dialect.name == "postgresql":
            milliseconds = max(1, int(self.left() * 1000))
            session.execute(text(f"SET LOCAL statement_timeout = {milliseconds}"))

    @contextmanager
    def limited(self, session: Session) -> Iterator[None]:
        """Bound a unit of work on `session`; use it inside `session.begin()`.

        On SQLite the lock wait (busy timeout) is cut to the time left and a progress
        handler interrupts a statement still running at the deadline; both are put back
        afterwards, as the connection returns to the pool.
        """
        self.check()
        if session.get_bind().dialect.name != "sqlite":
            self.bound(session)
            yield
            return
        raw = session.connection().connection.driver_connection
        assert raw is not None
        milliseconds = max(1, int(self.left() * 1000))
        raw.execute(f"PRAGMA busy_timeout = {milliseconds}")
        raw.set_progress_handler(lambda: int(self.passed()), _SQLITE_STEPS)
        try:
            yield
        finally:
            raw.set_progress_handler(None, 0)
            raw.execute(f"PRAGMA busy_timeout = {_SQLITE_BUSY_MS}")
