"""Saving a session editor's draft: the session, new people and attendances in one transaction.

No Qt here: the work runs on the background writer. Every problem is collected (the session's
fields and each attendee row's) before refusing, so the user sees them all at once; refusing
raises inside `store.write()`, which rolls back everything — all or nothing.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, RecordNotFound, ValidationError
from bluepacific_desktop.domain.rules import RULES
from bluepacific_desktop.store.services import RecordService


@dataclass
class AttendeeDraft:
    """One attendee row: an existing person (person_id) or one to create (new_person)."""

    person_id: str | None = None
    new_person: dict[str, Any] | None = None
    attendance_id: str | None = None  # set when the row is already saved
    status: str = "present"  # present, late, excused or absent
    completed: bool = False
    pre_score: str = ""  # as typed: the service reads "75,5" and "75.5"
    post_score: str = ""
    certificate_issued: bool = False

    def values(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "completed": self.completed,
            "pre_score": self.pre_score,
            "post_score": self.post_score,
            "certificate_issued": self.certificate_issued,
        }


@dataclass
class SessionDraft:
    fields: dict[str, Any]
    attendees: list[AttendeeDraft]
    session_id: str | None = None  # None: a new session
    removed: list[str] = field(default_factory=list)  # attendance ids taken off the list


class SaveRefused(ValidationError):
    """The session's own problems in `problems`; each attendee row's in `rows`."""

    def __init__(self, problems: list[FieldProblem], rows: dict[int, list[FieldProblem]]):
        super().__init__(problems + [p for row in rows.values() for p in row])
        self.session_problems = problems
        self.rows = rows


def save_session(session: Session, draft: SessionDraft) -> str:
    """Write the draft through RecordService; returns the session id or raises SaveRefused."""
    service = RecordService(session)
    sid = draft.session_id or str(uuid.uuid4())
    kind = RecordKind.TRAINING_SESSION
    own: list[FieldProblem] = []
    rows: dict[int, list[FieldProblem]] = {}
    try:
        if draft.session_id:
            service.update(kind, sid, draft.fields)
        else:
            service.create(kind, draft.fields, record_id=sid)
    except ValidationError as exc:
        own = list(exc.problems)
    # Removed rows first, so a person taken off and added back is one live row again.
    for attendance_id in draft.removed:
        # A row already gone (deleted elsewhere, then synced) needs nothing more.
        with contextlib.suppress(RecordNotFound):
            service.delete(RecordKind.ATTENDANCE, attendance_id)
    for number, row in enumerate(draft.attendees):
        try:
            _save_attendee(service, sid, row, session_ok=not own)
        except ValidationError as exc:
            rows[number] = list(exc.problems)
    if own or rows:
        raise SaveRefused(own, rows)
    return sid


def _save_attendee(service: RecordService, sid: str, row: AttendeeDraft, session_ok: bool) -> None:
    person_id = row.person_id
    if row.new_person is not None:
        person_id = service.create(RecordKind.PERSON, row.new_person).id
    values = row.values()
    if not session_ok:
        # The session itself was refused: still check this row's own fields (scores), which
        # need no database, so every problem shows at once.
        data = {**values, "session_id": sid, "person_id": person_id or "-"}
        RULES[RecordKind.ATTENDANCE](data, service.device.rules)
    elif row.attendance_id:
        service.update(RecordKind.ATTENDANCE, row.attendance_id, values)
    else:
        assert person_id is not None
        service.create(RecordKind.ATTENDANCE, {**values, "session_id": sid, "person_id": person_id})
