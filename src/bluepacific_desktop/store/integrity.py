"""References between records (attendee, trainer, contact) and what blocks a delete."""

from __future__ import annotations

from typing import Any

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


# One constructor per problem, shared by the row-by-row and the batch checks (store/batch.py).
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


def _live_ids(session: Session, model: Any, ids: list[str], country: str | None) -> set[str]:
    if not ids:
        return set()
    stmt = select(model.id).where(model.id.in_(ids), model.deleted.is_(False))
    if country is not None:
        stmt = stmt.where(model.country == country)
    return set(session.scalars(stmt))


def check_links(
    session: Session, country: str, kind: RecordKind, fields: dict[str, Any], record_id: str | None
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if kind is RecordKind.ATTENDANCE:
        sid, pid = fields["session_id"], fields["person_id"]
        if not _live_ids(session, TrainingSession, [sid], country):
            problems.append(missing_session())
        if not _live_ids(session, Person, [pid], country):
            problems.append(missing_person())
        clash = session.scalar(
            select(Person.full_name)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(
                Attendance.session_id == sid,
                Attendance.person_id == pid,
                Attendance.deleted.is_(False),
                Attendance.id != (record_id or ""),
            )
        )
        if clash:
            problems.append(already_attending(clash))
    elif kind is RecordKind.TRAINING_SESSION:
        wanted = list(fields["trainer_ids"])
        missing = set(wanted) - _live_ids(session, Person, wanted, country)
        if missing:
            problems.append(missing_trainers(len(missing)))
    elif kind is RecordKind.CAPABILITY_REPORT:
        other = session.scalar(
            select(CapabilityReport.id).where(
                CapabilityReport.country == country,
                CapabilityReport.capability_code == fields["capability_code"],
                CapabilityReport.period == fields["period"],
                CapabilityReport.deleted.is_(False),
                CapabilityReport.id != (record_id or ""),
            )
        )
        if other:
            problems.append(month_already_reported(fields["capability_code"], fields["period"]))
    elif kind is RecordKind.ENGAGEMENT:
        wanted = list(fields["contact_ids"])
        missing = set(wanted) - _live_ids(session, Contact, wanted, None)
        if missing:
            problems.append(missing_contacts(len(missing)))
    return problems


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
