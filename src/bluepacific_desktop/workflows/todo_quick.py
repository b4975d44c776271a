"""The dashboard's to-do list read straight from the store file through SQLCipher's driver,
before SQLAlchemy is imported, for the window to show while the store opens (importing
SQLAlchemy and the models takes most of a second; docs/architecture.md "Starting quickly").

The reads are those of workflows/todo.py written in SQL, and end in the same rules
(workflows/todo_rules.py); tests hold the two lists equal over every state the dashboard shows.
None whenever the file is not one this version reads as it is (another schema revision, not
set up, unreadable, anything unexpected): the window then waits for the store as before, and
the store's own opening says what is wrong.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store import cipher, keys
from bluepacific_desktop.store.outbox_counts import HELD, counted
from bluepacific_desktop.store.schema_head import HEAD
from bluepacific_desktop.store.setting_keys import (
    COUNTRY,
    LAST_SUCCESS,
    RULES,
    ZONE,
    moment_of,
    rules_of,
)
from bluepacific_desktop.store.zones import laptop_first
from bluepacific_desktop.workflows.todo_rules import (
    ToDo,
    count_by_state,
    due_soon,
    months_owed,
    not_reported,
)
from bluepacific_wire.completeness import DEFAULT_DUE_DAYS
from bluepacific_wire.returns import ReturnState

log = logging.getLogger(__name__)


def quick_to_do(data_dir: Path, now: datetime | None = None) -> ToDo | None:
    """The to-do list of the store in `data_dir`, or None (see the module's words)."""
    path = data_dir / DB_FILENAME
    if not path.is_file():
        return None
    try:
        # The same key the store's opening asks for next (kept for the process: nothing is
        # asked twice); a plain file (before its first encryption) is read as it is.
        key = None if cipher.is_plain(path) else keys.store_key(path, create=False)
        conn = cipher.connect(path, key)
        try:
            return _read(conn, now)
        finally:
            conn.close()
    except Exception as exc:  # the store's opening, next, says what is wrong in words
        log.info("The to-do list waits for the store: %s", type(exc).__name__)
        return None


def _read(conn: sqlite3.Connection, now: datetime | None) -> ToDo | None:
    (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision != HEAD:
        return None

    def setting(key: str) -> str | None:
        row = conn.execute("SELECT value FROM device_settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row is not None else None

    country = setting(COUNTRY)
    listed = conn.execute("SELECT zones FROM ref_countries WHERE code = ?", (country,)).fetchone()
    if not country or listed is None:
        return None
    zones = laptop_first(json.loads(listed[0]), setting(ZONE))
    if not zones:
        return None
    today = country_today(zones[0], now)
    owed = months_owed(today)
    span = (owed[0], owed[-1]) if owed else ("", "")

    def periods(sql: str, *params: Any) -> list[Any]:
        return list(conn.execute(sql, (country, *params)).fetchall())

    received = periods(
        "SELECT period FROM monthly_returns WHERE country = ? AND deleted = 0"
        " AND state != ? AND period BETWEEN ? AND ?",
        ReturnState.DRAFT.value,
        *span,
    )
    figures = periods(
        "SELECT DISTINCT period FROM capability_reports WHERE country = ? AND deleted = 0"
        " AND period BETWEEN ? AND ?",
        *span,
    )
    owed_not_in = not_reported(owed, {p for (p,) in received} | {p for (p,) in figures})
    sent_back = periods(
        "SELECT period, comment FROM monthly_returns WHERE country = ? AND deleted = 0"
        " AND state = ? AND comment != '' ORDER BY period",
        ReturnState.DRAFT.value,
    )
    moved = periods(
        "SELECT period, state FROM monthly_returns WHERE country = ? AND deleted = 0"
        " AND period BETWEEN ? AND ?",
        *span,
    )
    (contacts,) = conn.execute(
        "SELECT count(*) FROM contacts WHERE country = ? AND deleted = 0"
        " AND review_date IS NOT NULL AND review_date <= ?",
        (country, today.isoformat()),
    ).fetchone()
    tally = conn.execute("SELECT records FROM outbox_tally").fetchone()
    held = conn.execute(
        f"SELECT kind, record_id, state FROM outbox WHERE state IN ({', '.join('?' * len(HELD))})",
        HELD,
    ).fetchall()
    counts = counted(int(tally[0]) if tally is not None else 0, held)
    rules = rules_of(setting(RULES))
    due_days = rules.due_days if rules is not None else DEFAULT_DUE_DAYS
    return ToDo(
        months_not_reported=owed_not_in,
        contacts_to_review=int(contacts),
        conflicts=counts.in_conflict,
        set_aside=counts.set_aside,
        waiting=counts.pending,
        last_sync=moment_of(setting(LAST_SUCCESS)),
        sent_back=tuple((str(p), str(c)) for p, c in sent_back),
        due_soon=due_soon(owed_not_in, zones[0], today, due_days),
        by_state=count_by_state(owed, dict(moved)) if owed else (),
    )
