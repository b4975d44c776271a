"""Writing a plan: all of it in the caller's one transaction, through the service layer."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.io.importing.plan import Fields, ImportPlan, Problem, RefusedRow
from bluepacific_desktop.store.device import DeviceContext
from bluepacific_desktop.store.services import RecordService


class CommitRefused(Exception):
    """The service layer refused rows the plan had accepted; the transaction must roll back."""

    def __init__(self, refused: list[RefusedRow]) -> None:
        super().__init__(f"{len(refused)} row(s) refused")
        self.refused = refused


def _create(
    session: Session,
    device: DeviceContext,
    kind: RecordKind,
    lines: Sequence[int],
    rows: Sequence[Fields],
) -> list[str]:
    """RecordService.create_many, its “Row N” problems turned back into the sheet's line numbers."""
    try:
        return RecordService(session, device).create_many(kind, rows)
    except ValidationError as exc:
        by_line: dict[int, list[Problem]] = {}
        for p in exc.problems:
            row = p.params.get("row")
            line = lines[row - 1] if isinstance(row, int) else 0
            message = p.message.split(": ", 1)[1] if p.message.startswith("Row ") else p.message
            by_line.setdefault(line, []).append(Problem(None, p.code, message, p.params, p.field))
        raise CommitRefused([RefusedRow(n, ps) for n, ps in sorted(by_line.items())]) from exc


def commit_plan(session: Session, device: DeviceContext, plan: ImportPlan) -> None:
    """Create every record of the plan (one outbox entry each); the caller commits."""
    assert plan.ok, "a plan with refused rows is never written"
    if plan.kind == "contacts":
        _create(session, device, RecordKind.CONTACT, *_pairs(plan.contacts))
    else:
        people = _pairs(plan.people)
        person_ids = _create(session, device, RecordKind.PERSON, *people)
        sessions = _pairs(plan.sessions)
        session_ids = _create(session, device, RecordKind.TRAINING_SESSION, *sessions)
        attendances = [
            a.fields.linked(
                session_id=a.session if isinstance(a.session, str) else session_ids[a.session],
                person_id=a.person if isinstance(a.person, str) else person_ids[a.person],
            )
            for a in plan.attendances
        ]
        lines = [a.line for a in plan.attendances]
        _create(session, device, RecordKind.ATTENDANCE, lines, attendances)
        _update(session, device, plan)
    plan.committed = True


def _update(session: Session, device: DeviceContext, plan: ImportPlan) -> None:
    """A sign-in sheet's registered rows: the attendances already here take what was filled."""
    service = RecordService(session, device)
    refused: list[RefusedRow] = []
    for row in plan.updates:
        try:
            service.update(RecordKind.ATTENDANCE, row.attendance_id, row.fields)
        except ValidationError as exc:
            problems = [Problem(None, p.code, p.message, p.params, p.field) for p in exc.problems]
            refused.append(RefusedRow(row.line, problems))
    if refused:
        raise CommitRefused(refused)


def _pairs(items: list[tuple[int, Fields]]) -> tuple[list[int], list[Fields]]:
    return [line for line, _ in items], [fields for _, fields in items]
