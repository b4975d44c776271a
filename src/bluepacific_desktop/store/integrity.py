"""References between records (attendee, trainer, contact) and what blocks a delete."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.store.models import (
    Attendance,
    CapabilityReport,
    Contact,
    Person,
    TrainingSession,
)


# One constructor per problem (the import's own checks use them too: io/importing).
def missing_session() -> FieldProblem:
    return FieldProblem(
        "session_id", "missing_session", "The training session no longer exists on this computer."
    )


def missing_person() -> FieldProblem:
    return FieldProblem(
        "person_id", "missing_person", "The person no longer exists on this computer."
    )


def already_attending(name: str) -> FieldProblem:
    return FieldProblem(
        "person_id",
        "already_attending",
        f"{name} is already on this session's attendance list.",
        {"name": name},
    )


def missing_trainers(count: int) -> FieldProblem:
    return FieldProblem(
        "trainer_ids",
        "missing_trainer",
        f"{count} trainer(s) no longer exist on this computer; choose the trainers again.",
        {"count": count},
    )


def missing_contacts(count: int) -> FieldProblem:
    return FieldProblem(
        "contact_ids",
        "missing_contact",
        f"{count} contact(s) no longer exist in the directory; choose the contacts again.",
        {"count": count},
    )


def month_already_reported(capability: str, period: str) -> FieldProblem:
    return FieldProblem(
        "period",
        "month_already_reported",
        f"{capability} already has a report for {period}; open that report and edit it.",
        {"capability": capability, "period": period},
    )


# SQLite allows 32766 bound values per statement; stay well below it.
_CHUNK = 900
Key = TypeVar("Key", str, int)


def id_chunks(values: Iterable[Key]) -> Iterator[list[Key]]:
    """Ids (or outbox seqs) in sorted parts small enough for one `IN (...)` each."""
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _live(session: Session, model: Any, ids: set[str], country: str | None) -> set[str]:
    """Which of `ids` are live records of `model` (of `country`, unless it is None)."""
    if not ids:
        return set()
    # All ids in one statement, as one JSON text SQLite reads itself (json_each): an import
    # asks for 40,000, which in parts of `_CHUNK` bound values cost 40 statements.
    listed = select(func.json_each(json.dumps(sorted(ids))).table_valued("value").c.value)
    stmt = select(model.id).where(model.id.in_(listed.scalar_subquery()), model.deleted.is_(False))
    if country is not None:
        stmt = stmt.where(model.country == country)
    # Core, not the ORM: plain ids need no object loading.
    return set(session.connection().execute(stmt).scalars())


def _taken(held: dict[Any, set[str | int]], key: Any, own: str | None, row: int) -> bool:
    """Whether another record, or an earlier row, already holds `key`; this row now holds it.

    A record never clashes with itself (`own` is its id when the row is an update)."""
    holders = held.get(key)
    if holders is None:
        held[key] = {row if own is None else own}
        return False
    clash = any(h != own for h in holders)
    holders.add(row if own is None else own)
    return clash


Problems = dict[int, list[FieldProblem]]


def link_problems(
    session: Session,
    country: str,
    kind: RecordKind,
    rows: Sequence[Mapping[str, Any]],
    own_ids: Sequence[str | None],
) -> Problems:
    """The reference checks of validated rows, by row index: a few set queries for any number
    of rows. `own_ids` are the rows' record ids (None for a record not created yet); a pair or
    month repeated within `rows` clashes with its first occurrence."""
    if kind is RecordKind.ATTENDANCE:
        return _attendances(session, country, rows, own_ids)
    if kind is RecordKind.CAPABILITY_REPORT:
        return _reports(session, country, rows, own_ids)
    if kind in _ID_LISTS:
        return _id_lists(session, country, rows, *_ID_LISTS[kind])
    return {}


# The kinds that list other records' ids: the field, the kind listed, whether it must be of
# this country (contacts are the region's), the problem of the ids that are not there.
_ID_LISTS: Mapping[RecordKind, tuple[str, Any, bool, Callable[[int], FieldProblem]]] = {
    RecordKind.TRAINING_SESSION: ("trainer_ids", Person, True, missing_trainers),
    RecordKind.ENGAGEMENT: ("contact_ids", Contact, False, missing_contacts),
}


def _id_lists(
    session: Session,
    country: str,
    rows: Sequence[Mapping[str, Any]],
    field: str,
    model: Any,
    own_country: bool,
    problem: Callable[[int], FieldProblem],
) -> Problems:
    wanted = {listed for r in rows for listed in r[field]}
    live = _live(session, model, wanted, country if own_country else None)
    out: Problems = {}
    for i, r in enumerate(rows):
        missing = set(r[field]) - live
        if missing:
            out[i] = [problem(len(missing))]
    return out


def _attendances(
    session: Session, country: str, rows: Sequence[Mapping[str, Any]], own_ids: Sequence[str | None]
) -> Problems:
    sessions = _live(session, TrainingSession, {r["session_id"] for r in rows}, country)
    people = _live(session, Person, {r["person_id"] for r in rows}, country)
    held: dict[Any, set[str | int]] = {}
    for part in id_chunks({r["session_id"] for r in rows}):
        stmt = select(Attendance.id, Attendance.session_id, Attendance.person_id).where(
            Attendance.session_id.in_(part), Attendance.deleted.is_(False)
        )
        for rid, sid, pid in session.execute(stmt):
            held.setdefault((sid, pid), set()).add(rid)
    out: Problems = {}
    clashes: dict[int, str] = {}
    for i, r in enumerate(rows):
        found = []
        if r["session_id"] not in sessions:
            found.append(missing_session())
        if r["person_id"] not in people:
            found.append(missing_person())
        if _taken(held, (r["session_id"], r["person_id"]), own_ids[i], i):
            clashes[i] = r["person_id"]
        if found:
            out[i] = found
    if clashes:
        who = select(Person.id, Person.full_name).where(Person.id.in_(set(clashes.values())))
        names = {pid: name for pid, name in session.execute(who)}
        for i, pid in clashes.items():
            out.setdefault(i, []).append(already_attending(names.get(pid, "This person")))
    return out


def _reports(
    session: Session, country: str, rows: Sequence[Mapping[str, Any]], own_ids: Sequence[str | None]
) -> Problems:
    reported: dict[Any, set[str | int]] = {}
    stmt = select(CapabilityReport.id, CapabilityReport.capability_code, CapabilityReport.period)
    stmt = stmt.where(
        CapabilityReport.country == country,
        CapabilityReport.capability_code.in_({r["capability_code"] for r in rows}),
        CapabilityReport.deleted.is_(False),
    )
    for rid, code, period in session.execute(stmt):
        reported.setdefault((code, period), set()).add(rid)
    out: Problems = {}
    for i, r in enumerate(rows):
        if _taken(reported, (r["capability_code"], r["period"]), own_ids[i], i):
            out[i] = [month_already_reported(r["capability_code"], r["period"])]
    return out


def dependants(session: Session, kind: RecordKind, record_id: str) -> list[FieldProblem]:
    """Reasons a record cannot be deleted yet (other records still point at it)."""
    if kind is RecordKind.PERSON:
        attended = (
            session.scalar(
                select(func.count())
                .select_from(Attendance)
                .where(Attendance.person_id == record_id, Attendance.deleted.is_(False))
            )
            or 0
        )
        trains = (
            session.scalar(
                text(
                    "SELECT count(*) FROM training_sessions, json_each(trainer_ids) "
                    "WHERE deleted = 0 AND json_each.value = :rid"
                ),
                {"rid": record_id},
            )
            or 0
        )
        if attended or trains:
            return [
                FieldProblem(
                    "id",
                    "person_in_use",
                    f"This person is on {attended} attendance list(s) and trains in "
                    f"{trains} session(s). Remove them from those sessions first.",
                    {"attended": attended, "trains": trains},
                )
            ]
    if kind is RecordKind.CONTACT:
        used = (
            session.scalar(
                text(
                    "SELECT count(*) FROM engagements, json_each(contact_ids) "
                    "WHERE deleted = 0 AND json_each.value = :rid"
                ),
                {"rid": record_id},
            )
            or 0
        )
        if used:
            return [
                FieldProblem(
                    "id",
                    "contact_in_use",
                    f"This contact takes part in {used} engagement(s). Remove them "
                    "from those engagements first.",
                    {"count": used},
                )
            ]
    return []
