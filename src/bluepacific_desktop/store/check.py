"""`db check`: SQLite's own checks, the schema against the models, then the outbox and the
references between records.

Each finding is a sentence a focal point (or the support desk) can act on. Long lists are cut
to a few examples per check, with the total, so a badly damaged file still gives a readable
report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import EDITABLE_KINDS, OutboxState, RecordKind
from bluepacific_desktop.domain.errors import restore_advice
from bluepacific_desktop.store.backup import damage_found, newest_good_backup
from bluepacific_desktop.store.engine import is_damage
from bluepacific_desktop.store.records import MODELS, kind_label
from bluepacific_desktop.store.schema_check import schema_differences
from bluepacific_desktop.store.store import Store

EXAMPLES = 5


@dataclass
class CheckReport:
    checks_run: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _table(kind: RecordKind) -> str:
    return str(MODELS[kind].__tablename__)


def _ids(rows: Sequence[object]) -> str:
    shown = ", ".join(str(r) for r in rows[:EXAMPLES])
    more = len(rows) - EXAMPLES
    return shown + (f" and {more} more" if more > 0 else "")


def _driver(session: Session) -> sqlite3.Connection:
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def sqlite_integrity(session: Session) -> list[str]:
    rows = damage_found(_driver(session), "integrity_check")
    if not rows:
        return []
    return [
        f"The data file is damaged: SQLite's integrity check found {len(rows)} problem(s): "
        f"{_ids(rows)}."
    ]


def schema_matches(session: Session) -> list[str]:
    """The file has the tables and columns of this version's models, no fewer, no others."""
    return [
        f"The data file does not match this version of Blue Pacific: {difference}"
        for difference in schema_differences(_driver(session))
    ]


def sqlite_foreign_keys(session: Session) -> list[str]:
    rows = list(session.execute(text("PRAGMA foreign_key_check")))
    return [
        f"Table {table} row {rowid} refers to a missing row of {parent}."
        for table, rowid, parent, _fk in rows[:EXAMPLES]
    ] + ([f"… {len(rows) - EXAMPLES} more foreign key problems."] if len(rows) > EXAMPLES else [])


def outbox_targets(session: Session) -> list[str]:
    """Every queued change refers to an existing record of its kind."""
    problems: list[str] = []
    # The kinds are the app's own constants, not user input, so they can sit in the SQL.
    known = ", ".join(f"'{k.value}'" for k in EDITABLE_KINDS)
    strange = [
        f"#{seq} ({kind})"
        for seq, kind in session.execute(
            text(f"SELECT seq, kind FROM outbox WHERE kind NOT IN ({known}) ORDER BY seq")
        )
    ]
    if strange:
        problems.append(f"{len(strange)} queued change(s) are of an unknown kind: {_ids(strange)}.")
    for kind in EDITABLE_KINDS:
        missing = list(
            session.scalars(
                text(
                    f"SELECT o.seq FROM outbox o LEFT JOIN {_table(kind)} t ON t.id = o.record_id "
                    "WHERE o.kind = :kind AND t.id IS NULL ORDER BY o.seq"
                ),
                {"kind": kind.value},
            )
        )
        if missing:
            problems.append(
                f"{len(missing)} queued change(s) refer to a {kind_label(kind)} that does not "
                f"exist: outbox entries {_ids(missing)}."
            )
    return problems


def unsynced_have_changes(session: Session) -> list[str]:
    """A record the hub never acknowledged (no revision) still has its change queued."""
    problems: list[str] = []
    for kind in EDITABLE_KINDS:
        lost = list(
            session.scalars(
                text(
                    f"SELECT t.id FROM {_table(kind)} t WHERE t.revision IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM outbox o WHERE o.kind = :kind AND o.record_id = t.id)"
                ),
                {"kind": kind.value},
            )
        )
        if lost:
            problems.append(
                f"{len(lost)} {kind_label(kind)} record(s) were never sent to the hub and have "
                f"no queued change, so they would never sync: {_ids(lost)}."
            )
    return problems


def confirmed_not_pending(session: Session) -> list[str]:
    """A record marked as confirmed by the hub has no change still waiting to be sent."""
    problems: list[str] = []
    for kind in EDITABLE_KINDS:
        both = list(
            session.scalars(
                text(
                    f"SELECT t.id FROM {_table(kind)} t WHERE t.confirmed_at IS NOT NULL AND "
                    "EXISTS (SELECT 1 FROM outbox o WHERE o.kind = :kind "
                    "AND o.record_id = t.id AND o.state = :pending)"
                ),
                {"kind": kind.value, "pending": OutboxState.PENDING.value},
            )
        )
        if both:
            problems.append(
                f"{len(both)} {kind_label(kind)} record(s) are marked as confirmed by the hub "
                f"while a change to them is still waiting to be sent: {_ids(both)}."
            )
    return problems


def _dangling(session: Session, sql: str, what: str) -> list[str]:
    rows = list(session.scalars(text(sql)))
    return [f"{len(rows)} {what}: {_ids(rows)}."] if rows else []


def record_references(session: Session) -> list[str]:
    """Live attendances, trainers and engagement contacts point at live records."""
    return [
        *_dangling(
            session,
            "SELECT a.id FROM attendances a LEFT JOIN training_sessions s "
            "ON s.id = a.session_id AND s.deleted = 0 WHERE a.deleted = 0 AND s.id IS NULL",
            "attendance row(s) belong to a training session that is missing or deleted",
        ),
        *_dangling(
            session,
            "SELECT a.id FROM attendances a LEFT JOIN people p "
            "ON p.id = a.person_id AND p.deleted = 0 WHERE a.deleted = 0 AND p.id IS NULL",
            "attendance row(s) name a person who is missing or deleted",
        ),
        *_dangling(
            session,
            "SELECT DISTINCT s.id FROM training_sessions s, json_each(s.trainer_ids) j "
            "LEFT JOIN people p ON p.id = j.value AND p.deleted = 0 "
            "WHERE s.deleted = 0 AND p.id IS NULL",
            "training session(s) list a trainer who is missing or deleted",
        ),
        *_dangling(
            session,
            "SELECT DISTINCT e.id FROM engagements e, json_each(e.contact_ids) j "
            "LEFT JOIN contacts c ON c.id = j.value AND c.deleted = 0 "
            "WHERE e.deleted = 0 AND c.id IS NULL",
            "engagement(s) involve a contact who is missing or deleted",
        ),
    ]


CHECKS: list[tuple[str, Callable[[Session], list[str]]]] = [
    ("SQLite integrity", sqlite_integrity),
    ("tables and columns match this version", schema_matches),
    ("SQLite foreign keys", sqlite_foreign_keys),
    ("queued changes refer to existing records", outbox_targets),
    ("unsynced records have a queued change", unsynced_have_changes),
    ("confirmed records have no pending change", confirmed_not_pending),
    ("references between records", record_references),
]


def check_store(store: Store) -> CheckReport:
    """Every check, each on its own: one that SQLite cannot run (a damaged page, a missing
    column) is a finding, and the others still run."""
    report = CheckReport()
    damaged = False
    for name, check in CHECKS:
        report.checks_run.append(name)
        try:
            with store.read() as session:
                found = check(session)
        except DatabaseError as exc:
            found = [f'The check "{name}" could not be run: {exc.orig}.']
            damaged = damaged or is_damage(exc)
        damaged = damaged or (check is sqlite_integrity and bool(found))
        report.problems.extend(found)
    if damaged:
        report.problems.append(_restore_advice(store))
    return report


def _restore_advice(store: Store) -> str:
    return restore_advice(newest_good_backup(store.path))
