"""`db check`: SQLite's own checks, the schema against the models, then the outbox and the
references between records.

Each finding is a key and its parameters (the command line words it, cli/check_words.py, in
the chosen language) that a focal point or the support desk can act on. Long lists are cut to
a few examples per check, with the total, so a badly damaged file still gives a readable report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import EDITABLE_KINDS, OutboxState, RecordKind
from bluepacific_desktop.store import cipher
from bluepacific_desktop.store.backup import damage_found, newest_good_backup
from bluepacific_desktop.store.cipher import Connection
from bluepacific_desktop.store.engine import is_damage
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.store.schema_check import schema_gaps
from bluepacific_desktop.store.store import Store

EXAMPLES = 5


@dataclass(frozen=True)
class Finding:
    """One problem found: what (`key`) and its particulars; `ids` are a few examples, `count`
    how many in all."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class CheckReport:
    checks_run: list[str] = field(default_factory=list)  # the checks' keys (CHECKS)
    problems: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _table(kind: RecordKind) -> str:
    return str(MODELS[kind].__tablename__)


def _many(key: str, rows: Sequence[object], **params: Any) -> Finding:
    """A finding about `rows`: their number and the first few of them."""
    return Finding(key, {"count": len(rows), "ids": [str(r) for r in rows[:EXAMPLES]], **params})


def _driver(session: Session) -> Connection:
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, cipher.driver.Connection)
    return conn


def sqlite_integrity(session: Session) -> list[Finding]:
    rows = damage_found(_driver(session), "integrity_check")
    return [_many("damaged", rows)] if rows else []


def schema_matches(session: Session) -> list[Finding]:
    """The file has the tables and columns of this version's models, no fewer, no others."""
    return [
        Finding(gap, {"table": table, "columns": columns})
        for gap, table, columns in schema_gaps(_driver(session))
    ]


def sqlite_foreign_keys(session: Session) -> list[Finding]:
    rows = list(session.execute(text("PRAGMA foreign_key_check")))
    return [
        Finding("foreign_key", {"table": table, "row": rowid, "parent": parent})
        for table, rowid, parent, _fk in rows[:EXAMPLES]
    ] + (
        [Finding("more_foreign_keys", {"count": len(rows) - EXAMPLES})]
        if len(rows) > EXAMPLES
        else []
    )


def outbox_targets(session: Session) -> list[Finding]:
    """Every queued change refers to an existing record of its kind."""
    problems: list[Finding] = []
    # The kinds are the app's own constants, not user input, so they can sit in the SQL.
    known = ", ".join(f"'{k.value}'" for k in EDITABLE_KINDS)
    strange = [
        f"#{seq} ({kind})"
        for seq, kind in session.execute(
            text(f"SELECT seq, kind FROM outbox WHERE kind NOT IN ({known}) ORDER BY seq")
        )
    ]
    if strange:
        problems.append(_many("unknown_kind", strange))
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
            problems.append(_many("queued_for_missing", missing, kind=kind.value))
    return problems


def unsynced_have_changes(session: Session) -> list[Finding]:
    """A record the hub never acknowledged (no revision) still has its change queued."""
    problems: list[Finding] = []
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
            problems.append(_many("never_queued", lost, kind=kind.value))
    return problems


def confirmed_not_pending(session: Session) -> list[Finding]:
    """A record marked as confirmed by the hub has no change still waiting to be sent."""
    problems: list[Finding] = []
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
            problems.append(_many("confirmed_but_pending", both, kind=kind.value))
    return problems


def _dangling(session: Session, sql: str, key: str) -> list[Finding]:
    rows = list(session.scalars(text(sql)))
    return [_many(key, rows)] if rows else []


def record_references(session: Session) -> list[Finding]:
    """Live attendances, trainers and engagement contacts point at live records."""
    return [
        *_dangling(
            session,
            "SELECT a.id FROM attendances a LEFT JOIN training_sessions s "
            "ON s.id = a.session_id AND s.deleted = 0 WHERE a.deleted = 0 AND s.id IS NULL",
            "attendance_without_session",
        ),
        *_dangling(
            session,
            "SELECT a.id FROM attendances a LEFT JOIN people p "
            "ON p.id = a.person_id AND p.deleted = 0 WHERE a.deleted = 0 AND p.id IS NULL",
            "attendance_without_person",
        ),
        *_dangling(
            session,
            "SELECT DISTINCT s.id FROM training_sessions s, json_each(s.trainer_ids) j "
            "LEFT JOIN people p ON p.id = j.value AND p.deleted = 0 "
            "WHERE s.deleted = 0 AND p.id IS NULL",
            "trainer_missing",
        ),
        *_dangling(
            session,
            "SELECT DISTINCT e.id FROM engagements e, json_each(e.contact_ids) j "
            "LEFT JOIN contacts c ON c.id = j.value AND c.deleted = 0 "
            "WHERE e.deleted = 0 AND c.id IS NULL",
            "engagement_contact_missing",
        ),
    ]


CHECKS: list[tuple[str, Callable[[Session], list[Finding]]]] = [
    ("sqlite_integrity", sqlite_integrity),
    ("schema", schema_matches),
    ("foreign_keys", sqlite_foreign_keys),
    ("outbox_targets", outbox_targets),
    ("unsynced_queued", unsynced_have_changes),
    ("confirmed_not_pending", confirmed_not_pending),
    ("references", record_references),
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
            # SQLite's own words (a damaged page, a missing column) carry no personal data.
            found = [Finding("could_not_run", {"check": name, "sqlite": str(exc.orig)})]
            damaged = damaged or is_damage(exc)
        damaged = damaged or (check is sqlite_integrity and bool(found))
        report.problems.extend(found)
    if damaged:
        good = newest_good_backup(store.path)
        advice = {} if good is None else {"backup": good.path, "made": good.made}
        report.problems.append(Finding("restore_advice", advice))
    return report
