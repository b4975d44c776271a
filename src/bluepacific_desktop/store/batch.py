"""Many creates in one go (imports, demo data): every row validated and queued, one flush."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import ChangeOp, RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_desktop.domain.ids import IDENTITY_FIELDS, natural_id
from bluepacific_desktop.domain.rules import RULES
from bluepacific_desktop.store.device import DeviceContext
from bluepacific_desktop.store.integrity import (
    already_attending,
    missing_contacts,
    missing_person,
    missing_session,
    missing_trainers,
    month_already_reported,
)
from bluepacific_desktop.store.models import (
    Attendance,
    CapabilityReport,
    Contact,
    OutboxEntry,
    Person,
    TrainingSession,
)
from bluepacific_desktop.store.outbox import PENDING
from bluepacific_desktop.store.records import MODELS, data_fields, kind_label, to_json_value
from bluepacific_desktop.store.types import utcnow

# SQLite allows 32766 bound values per statement; stay well below it.
_CHUNK = 900

Fields = dict[str, Any]


def _numbered(row: int, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
    return [
        FieldProblem(p.field, p.code, f"Row {row + 1}: {p.message}", {**p.params, "row": row + 1})
        for p in problems
    ]


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _uuid4s(count: int) -> list[str]:
    """`count` random (version 4) UUIDs from one read of the OS's random source.

    str(uuid.uuid4()) costs more than validating an attendance row; this is the same thing.
    """
    raw = os.urandom(16 * count).hex()
    out = []
    for i in range(0, 32 * count, 32):
        h = raw[i : i + 32]
        variant = "89ab"[int(h[16], 16) & 3]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}")
    out.sort()
    return out


def _live(session: Session, model: Any, ids: set[str], country: str | None) -> set[str]:
    found: set[str] = set()
    for part in _chunks(sorted(ids)):
        stmt = select(model.id).where(model.id.in_(part), model.deleted.is_(False))
        if country is not None:
            stmt = stmt.where(model.country == country)
        found.update(session.scalars(stmt))
    return found


def _attendance_problems(
    session: Session, country: str, rows: Sequence[Fields]
) -> dict[int, list[FieldProblem]]:
    sessions = _live(session, TrainingSession, {r["session_id"] for r in rows}, country)
    people = _live(session, Person, {r["person_id"] for r in rows}, country)
    taken: set[tuple[str, str]] = set()
    for part in _chunks(sorted(sessions)):
        taken.update(
            (s, p)
            for s, p in session.execute(
                select(Attendance.session_id, Attendance.person_id).where(
                    Attendance.session_id.in_(part), Attendance.deleted.is_(False)
                )
            )
        )
    out: dict[int, list[FieldProblem]] = {}
    clashes: dict[int, str] = {}
    for i, r in enumerate(rows):
        found: list[FieldProblem] = []
        if r["session_id"] not in sessions:
            found.append(missing_session())
        if r["person_id"] not in people:
            found.append(missing_person())
        pair = (r["session_id"], r["person_id"])
        if pair in taken:
            clashes[i] = r["person_id"]
        taken.add(pair)  # a pair repeated inside the batch clashes with its first occurrence
        if found:
            out[i] = found
    if clashes:
        names = {
            pid: name
            for pid, name in session.execute(
                select(Person.id, Person.full_name).where(Person.id.in_(set(clashes.values())))
            )
        }
        for i, pid in clashes.items():
            out.setdefault(i, []).append(already_attending(names.get(pid, "This person")))
    return out


def _link_problems(
    session: Session, country: str, kind: RecordKind, rows: Sequence[Fields]
) -> dict[int, list[FieldProblem]]:
    """The same reference checks as integrity.check_links, with a few set queries per batch."""
    if kind is RecordKind.ATTENDANCE:
        return _attendance_problems(session, country, rows)
    out: dict[int, list[FieldProblem]] = {}
    if kind is RecordKind.TRAINING_SESSION:
        wanted = {t for r in rows for t in r["trainer_ids"]}
        live = _live(session, Person, wanted, country)
        for i, r in enumerate(rows):
            missing = set(r["trainer_ids"]) - live
            if missing:
                out[i] = [missing_trainers(len(missing))]
    elif kind is RecordKind.ENGAGEMENT:
        live = _live(session, Contact, {c for r in rows for c in r["contact_ids"]}, None)
        for i, r in enumerate(rows):
            missing = set(r["contact_ids"]) - live
            if missing:
                out[i] = [missing_contacts(len(missing))]
    elif kind is RecordKind.CAPABILITY_REPORT:
        reported = {
            (code, period)
            for code, period in session.execute(
                select(CapabilityReport.capability_code, CapabilityReport.period).where(
                    CapabilityReport.country == country, CapabilityReport.deleted.is_(False)
                )
            )
        }
        for i, r in enumerate(rows):
            month = (r["capability_code"], r["period"])
            if month in reported:
                out[i] = [month_already_reported(*month)]
            reported.add(month)
    return out


Revive = Callable[[RecordKind, Any, Fields], object]


def create_many(
    session: Session,
    device: DeviceContext,
    kind: RecordKind,
    rows: Iterable[Mapping[str, Any]],
    revive: Revive | None = None,
) -> list[str]:
    """Create every row or none (ValidationError lists each bad row); returns the new ids.

    Same guarantees as RecordService.create, row by row: the rules of the kind, the reference
    checks, the device's country, one outbox entry per record in the caller's transaction.
    Only the writing is batched: one multi-row insert for the records and one for the outbox.
    """
    names = data_fields(kind)
    allowed = set(names)
    rule = RULES[kind]
    problems: list[FieldProblem] = []
    valid: list[Fields] = []
    for i, row in enumerate(rows):
        unknown = set(row) - allowed
        if unknown:
            problems += _numbered(
                i,
                [
                    FieldProblem(
                        f, "unknown_field", f"“{f}” is not a field of a {kind_label(kind)}."
                    )
                    for f in sorted(unknown)
                ],
            )
            continue
        try:
            valid.append(rule(row, device.rules))
        except ValidationError as exc:
            problems += _numbered(i, exc.problems)
    if problems:
        raise ValidationError(problems)
    for i, found in sorted(_link_problems(session, device.country, kind, valid).items()):
        problems += _numbered(i, found)
    if problems:
        raise ValidationError(problems)

    now = utcnow()
    stamp = to_json_value(now)
    ids = _uuid4s(len(valid))
    if not ids:
        return ids
    if kind in IDENTITY_FIELDS:
        ids = [
            natural_id(kind, device.country, fields) or rid
            for rid, fields in zip(ids, valid, strict=True)
        ]
        all_ids = list(ids)
        removed = _tombstones(session, kind, ids)
        if removed:
            # Added again after being removed: the same record comes back (see domain/ids.py).
            assert revive is not None, "reviving needs the service layer"
            for rid, fields in zip(all_ids, valid, strict=True):
                if rid in removed:
                    revive(kind, removed[rid], fields)
            kept = [(rid, f) for rid, f in zip(all_ids, valid, strict=True) if rid not in removed]
            ids, valid = [k[0] for k in kept], [k[1] for k in kept]
            if not ids:
                return all_ids
    else:
        all_ids = ids
    # What every row of the batch shares is converted once, not once per row.
    record_common = {
        "country": device.country,
        "created_at": now,
        "updated_at": now,
        "revision": None,
        "deleted": False,
        "device_id": device.device_id,
        "confirmed_at": None,
    }
    change_common: Fields = {
        "kind": kind.value,
        "op": ChangeOp.CREATE.value,
        "base_revision": None,
        "created_at": now,
        "state": PENDING,
        "attempts": 0,
        "set_aside_reason": None,
    }
    keys = valid[0].keys()
    if all(fields.keys() == keys for fields in valid):
        change_common["changed_fields"] = sorted(keys)
        extra: list[str] = []
    else:
        extra = ["changed_fields"]

    def changes() -> Iterator[tuple[Any, ...]]:
        for rid, change_id, fields in zip(ids, _uuid4s(len(ids)), valid, strict=True):
            payload = {
                "fields": {name: to_json_value(fields.get(name)) for name in names},
                "country": device.country,
                "deleted": False,
                "created_at": stamp,
                "updated_at": stamp,
                "device_id": device.device_id,
            }
            yield (change_id, rid, payload, *([sorted(fields)] if extra else []))

    records = (
        (rid, *[fields.get(n) for n in names]) for rid, fields in zip(ids, valid, strict=True)
    )
    # Earlier ORM changes of this transaction go first, so the outbox keeps their order.
    session.flush()
    tables = OutboxEntry.metadata.tables
    _insert(session, tables[MODELS[kind].__tablename__], record_common, ["id", *names], records)
    outbox = tables[OutboxEntry.__tablename__]
    _insert(
        session, outbox, change_common, ["change_id", "record_id", "payload", *extra], changes()
    )
    return all_ids


def _tombstones(session: Session, kind: RecordKind, ids: list[str]) -> dict[str, Any]:
    """Removed (tombstoned) records among `ids`; live ones were refused by the link checks."""
    model: Any = MODELS[kind]
    found: dict[str, Any] = {}
    # Most stores have no removed record of the kind at all: one quick look spares the rest.
    if session.scalar(select(model.id).where(model.deleted.is_(True)).limit(1)) is None:
        return found
    for chunk in _chunks(ids):
        stmt = select(model).where(model.id.in_(chunk), model.deleted.is_(True))
        found.update({r.id: r for r in session.scalars(stmt)})
    return found


def _insert(
    session: Session,
    table: Table,
    common: Fields,
    columns: list[str],
    rows: Iterable[tuple[Any, ...]],
) -> None:
    """One executemany: `common` values in every row, then each row's values for `columns`.

    Each value goes through its column's own SQLAlchemy type, so the stored values are those
    `session.execute(insert(table), ...)` stores (a test compares them), without SQLAlchemy's
    generic per-row parameter handling, which for small rows costs more than SQLite's own
    work. Rows are converted as SQLite consumes them, so a batch is never held twice in memory.
    It runs on the session's connection, inside its transaction.
    """
    conn = session.connection()
    dialect = conn.dialect

    def converter(name: str) -> Callable[[Any], Any]:
        convert = table.columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        return convert or (lambda value: value)

    tail = tuple(converter(name)(value) for name, value in common.items())
    convert = [converter(name) for name in columns]
    params = (tuple([f(v) for f, v in zip(convert, row, strict=True)]) + tail for row in rows)
    names = [*columns, *common]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()
