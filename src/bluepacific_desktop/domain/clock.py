"""The time now, in UTC: the one clock of the store's stamps, the reports' "today" and the
to-do list (free of SQLAlchemy, so that what the window shows before the store opens can use it)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
