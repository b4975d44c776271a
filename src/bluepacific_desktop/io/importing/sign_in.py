"""A filled sign-in sheet coming back (the XLSX template of io/sheet_template.py, or a CSV typed
from the paper with the same headers): which session it is by the session code in its head
(or in a "Session code" column), and which attendance each pre-filled row is by its row id.

A code that is not one, or that no session here carries, refuses the whole file naming the
code; so does a sheet of one session imported onto another."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.sheet_codes import (
    printed_session_code,
    read_session_code,
    row_id,
    session_code,
)
from bluepacific_desktop.io.importing.errors import FileRefused
from bluepacific_desktop.io.importing.headers import ALIASES, columns_of, header_key
from bluepacific_desktop.io.importing.said import Said
from bluepacific_desktop.io.importing.tables import Table
from bluepacific_desktop.store.models import Attendance, TrainingSession

_CODE_LABELS = frozenset(header_key(s) for s in ALIASES["session_code"])
# The head lines searched for the code (the template writes it on line 1).
_HEAD = 10


@dataclass(frozen=True)
class SheetSession:
    """The session a sign-in sheet belongs to, and its registered rows by row id."""

    session_id: str
    code: str
    rows: dict[str, str]  # row id → attendance id
    note: Said


def _typed_code(tables: Sequence[Table]) -> str | None:
    """The session code as written in a sheet's head: the cell after a "Session code" label,
    or the first value under a "Session code" column header. None when the sheet has none."""
    for table in tables:
        head = table.head(_HEAD)
        for pos, (_line, cells) in enumerate(head):
            for i, cell in enumerate(cells):
                if header_key(cell) not in _CODE_LABELS:
                    continue
                # A header row (other known columns beside it): the codes are below it.
                if len(columns_of(cells).index) > 1:
                    for _below_line, below in table.head(_HEAD + 1)[pos + 1 :]:
                        if i < len(below) and below[i] not in (None, ""):
                            return str(below[i])
                    continue
                # Else a label with the code beside it, as the template's first line.
                after = [c for c in cells[i + 1 :] if c not in (None, "")]
                if after:
                    return str(after[0])
    return None


def sheet_session(
    session: Session, country: str, tables: Sequence[Table], chosen: str | None
) -> SheetSession | None:
    """The session the sheet's code names (None for a sheet with no code: an ordinary
    attendance sheet). FileRefused for a code that is not one, that no session here has, or
    that is not the session `chosen`."""
    typed = _typed_code(tables)
    if typed is None:
        return None
    code = read_session_code(typed)
    if code is None:
        raise FileRefused(
            f"“{typed}” is not a session code: check it against the sheet's header.",
            key="bad_session_code",
            code=typed,
        )
    # Ids and days only: a country's few thousand sessions cost milliseconds to compare.
    query = select(TrainingSession.id, TrainingSession.start_date).where(
        TrainingSession.country == country, TrainingSession.deleted.is_(False)
    )
    found = next((row for row in session.execute(query) if session_code(row.id) == code), None)
    printed = printed_session_code(code)
    if found is None:
        raise FileRefused(
            f"No training session on this computer has the code {printed}: this sign-in sheet "
            "was printed on another computer, or its session was deleted. Nothing was imported.",
            key="unknown_session_code",
            code=printed,
        )
    if chosen is not None and chosen != found.id:
        raise FileRefused(
            f"This sign-in sheet is of the session with the code {printed} "
            f"({found.start_date.isoformat()}), not of the session chosen. Nothing was imported.",
            key="other_session_code",
            code=printed,
            day=found.start_date.isoformat(),
        )
    attendance_ids = session.scalars(
        select(Attendance.id).where(
            Attendance.session_id == found.id, Attendance.deleted.is_(False)
        )
    )
    rows: dict[str, str] = {}
    for attendance_id in attendance_ids:
        rows.setdefault(row_id(attendance_id), attendance_id)
    note = Said(
        "sign_in_sheet",
        {"code": printed, "day": found.start_date.isoformat()},
        f"This is the sign-in sheet of the session with the code {printed} "
        f"({found.start_date.isoformat()}): its rows land on that session.",
    )
    return SheetSession(found.id, code, rows, note)
