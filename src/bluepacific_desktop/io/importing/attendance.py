"""Planning an attendance sheet: one row per attendee; people, sessions and attendances."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_desktop.domain.checked import Checked
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.domain.sheet_codes import read_row_id
from bluepacific_desktop.io.importing.headers import Columns, find_header
from bluepacific_desktop.io.importing.matching import person_key
from bluepacific_desktop.io.importing.people import People
from bluepacific_desktop.io.importing.plan import (
    PROGRESS_STEPS,
    AttendanceRow,
    AttendanceUpdate,
    ImportPlan,
    Problem,
    Progress,
    RefusedRow,
)
from bluepacific_desktop.io.importing.rows import RowProblems
from bluepacific_desktop.io.importing.sessions import Sessions
from bluepacific_desktop.io.importing.sign_in import SheetSession
from bluepacific_desktop.io.importing.tables import Table
from bluepacific_desktop.io.importing.values import (
    SEX,
    STATUS,
    as_text,
    from_table,
    score,
    yes_no,
)
from bluepacific_desktop.store.device import DeviceContext
from bluepacific_desktop.store.integrity import already_attending

PERSON_COLUMNS = {
    "full_name": "name",
    "sex": "sex",
    "agency": "agency",
    "rank": "rank",
    "position": "position",
    "email": "email",
    "phone": "phone",
}
ATTENDANCE_COLUMNS = {
    "status": "status",
    "completed": "completed",
    "pre_score": "pre_test",
    "post_score": "post_test",
    "certificate_issued": "certificate",
}
# The rules check an attendance's references by id; those are resolved by the import itself.
_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"


def plan_attendance(
    session: Session,
    device: DeviceContext,
    tables: Sequence[Table],
    session_id: str | None,
    *,
    course: str | None = None,
    course_choices: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    sheet: SheetSession | None = None,
) -> ImportPlan:
    """What importing the sheet would create, and every refused row (nothing is written).

    Each row is checked in full: a row refused for its course still says that its score is
    out of range and that it repeats an earlier row. A sign-in sheet's (`sheet`) rows with a
    row id fill that attendance; its other rows are walk-ins, matched as any sheet's rows."""
    if sheet is not None:
        session_id = sheet.session_id
    needed = ("name",) if session_id else ("name", "course", "start_date")
    table, header_line, cols, rows = find_header(tables, needed, "attendance sheet")
    plan = ImportPlan("attendance", table.name, header_line, len(rows))
    plan.ignored_columns = cols.ignored
    registered = _Registered(sheet, cols) if sheet is not None and "row_id" in cols.index else None
    if sheet is not None:
        plan.sheet_code = sheet.note.params["code"]
    sessions = Sessions(session, device, cols, rows, session_id, course, course_choices)
    if session_id and any(c in cols.index for c in ("course", "start_date")):
        plan.ignored_columns += [cols.label(c) for c in ("course", "start_date") if c in cols.index]
    people = People(session, device.country)
    checks = _Checks(device, cols)
    listed: dict[tuple[str | int, str | int], int] = {}  # (session, person) → first line
    # The same, as the sheet writes them: a refused row still finds the line it repeats.
    written: dict[tuple[Any, tuple[str, str]], int] = {}
    every = max(1, len(rows) // PROGRESS_STEPS)
    for done, (line, cells) in enumerate(rows):
        if progress is not None and done % every == 0:
            progress(done, len(rows))
        problems = RowProblems(cols)
        if registered is not None and cols.get(cells, "row_id") is not None:
            registered.fill(plan, line, cells, problems, checks)
            continue
        person = _person(cells, cols, problems, people, checks)
        attendance = _attendance(cells, cols, problems, checks)
        target = sessions.resolve(cells, problems, plan.sessions, line)
        first: int | None = None
        if person is not None:
            as_written = (
                sessions.row_key(cells),
                person_key(person["full_name"], person["agency"]),
            )
            first = written.setdefault(as_written, line)
            first = None if first == line else first
        if problems or person is None or attendance is None or target is None:
            if first is not None:
                problems.add(_listed_twice(person, first), "name")
            plan.refused.append(RefusedRow(line, problems.found))
            continue
        who = people.resolve(line, person, plan.people)
        first = listed.get((target, who), first)
        if first is not None:
            problems.add(_listed_twice(person, first), "name")
        elif (
            isinstance(target, str)
            and isinstance(who, str)
            and sessions.already_attending(target, who)
        ):
            problems.add(already_attending(person["full_name"]), "name")
        if problems:
            plan.refused.append(RefusedRow(line, problems.found))
            continue
        listed[(target, who)] = line
        plan.attendances.append(AttendanceRow(line, who, target, attendance))
    if progress is not None:
        progress(len(rows), len(rows))
    plan.people_reused = len(people.reused)
    plan.sessions_reused = len(sessions.reused)
    plan.doubtful = people.doubtful()
    plan.courses_to_choose = sessions.questions_asked()
    plan.courses_settled = dict(sessions.settled)
    plan.every_course = sessions.every_course()
    return plan


class _Registered:
    """A sign-in sheet's pre-filled rows: each row id names an attendance of the session, once."""

    def __init__(self, sheet: SheetSession, cols: Columns) -> None:
        self.sheet = sheet
        self.cols = cols
        self.seen: dict[str, int] = {}  # row id → first line

    def fill(
        self,
        plan: ImportPlan,
        line: int,
        cells: list[Any],
        problems: RowProblems,
        checks: _Checks,
    ) -> None:
        typed = self.cols.get(cells, "row_id")
        rid = read_row_id(typed)
        attendance_id = self.sheet.rows.get(rid) if rid else None
        if attendance_id is None:
            problems.add(
                FieldProblem(
                    "row_id",
                    "unknown_row_id",
                    f"Row id {typed} is not one of this session's rows.",
                    {"row_id": str(typed)},
                ),
                "row_id",
            )
        elif rid in self.seen:
            problems.add(
                FieldProblem(
                    "row_id",
                    "row_id_twice",
                    f"Row id {rid} is already on line {self.seen[rid]}.",
                    {"row_id": rid, "line": self.seen[rid]},
                ),
                "row_id",
            )
        else:
            self.seen[str(rid)] = line
        attendance = _attendance(cells, self.cols, problems, checks)
        if problems or attendance is None or attendance_id is None:
            plan.refused.append(RefusedRow(line, problems.found))
            return
        # Only what the sheet writes: a blank score leaves the one recorded as it is.
        fields = {
            name: attendance[name]
            for name, column in ATTENDANCE_COLUMNS.items()
            if self.cols.get(cells, column) is not None
        }
        if fields:
            plan.updates.append(AttendanceUpdate(line, attendance_id, fields))


def _listed_twice(person: Mapping[str, Any] | None, first: int) -> FieldProblem:
    name = person["full_name"] if person else ""
    return FieldProblem(
        "person_id", "listed_twice", f"{name} is already listed for this session on line {first}."
    )


_PERSON_CELLS = (
    *("name", "first_name", "last_name", "agency", "sex", "rank", "position", "email"),
    "phone",
)
_ATTENDANCE_CELLS = ("status", "completed", "certificate", "pre_test", "post_test")
_Answer = tuple[Checked | None, list[Problem]]


class _Checks:
    """Each person's and attendance's answer kept for the rows that repeat the same cells: a
    sheet names the same people and writes the same scores and yes/no row after row, and the
    rules are pure (the same cells, the same answer)."""

    def __init__(self, device: DeviceContext, cols: Columns) -> None:
        self.rules = device.rules
        self._seen: dict[tuple[Any, ...], _Answer] = {}
        self._pick = {
            "person": cols.key_picker(_PERSON_CELLS),
            "attendance": cols.key_picker(_ATTENDANCE_CELLS),
        }

    def cached(
        self,
        what: str,
        cells: list[Any],
        cols: Columns,
        problems: RowProblems,
        check: Callable[[RowProblems], Checked | None],
    ) -> Checked | None:
        key = (what, *self._pick[what](cells))
        found = self._seen.get(key)
        if found is None:
            own = RowProblems(cols)
            found = self._seen[key] = (check(own), own.found)
        problems.found.extend(found[1])
        return found[0]  # frozen: every row that repeats the cells shares it


def _person(
    cells: list[Any], cols: Columns, problems: RowProblems, people: People, checks: _Checks
) -> Checked | None:
    return checks.cached(
        "person", cells, cols, problems, lambda own: _check_person(cells, cols, own, people, checks)
    )


def _check_person(
    cells: list[Any], cols: Columns, problems: RowProblems, people: People, checks: _Checks
) -> Checked | None:
    name = cols.full_name(cells)
    agency = as_text(cols.get(cells, "agency"))
    sex = from_table(cols.get(cells, "sex"), SEX)
    if sex is None and name is not None:
        sex = people.known_sex(str(name), agency)
    data = {
        "full_name": as_text(name),
        "sex": sex,
        "agency": agency,
        "rank": as_text(cols.get(cells, "rank")),
        "position": as_text(cols.get(cells, "position")),
        "email": as_text(cols.get(cells, "email")),
        "phone": as_text(cols.get(cells, "phone")),
    }
    return problems.check(RecordKind.PERSON, data, checks.rules, PERSON_COLUMNS)


def _attendance(
    cells: list[Any], cols: Columns, problems: RowProblems, checks: _Checks
) -> Checked | None:
    return checks.cached(
        "attendance", cells, cols, problems, lambda own: _check_attendance(cells, cols, own, checks)
    )


def _check_attendance(
    cells: list[Any], cols: Columns, problems: RowProblems, checks: _Checks
) -> Checked | None:
    completed = problems.take(
        yes_no(cols.get(cells, "completed"), "completed", "Completed"), "completed"
    )
    certificate = problems.take(
        yes_no(cols.get(cells, "certificate"), "certificate", "Certificate"), "certificate"
    )
    data = {
        "session_id": _PLACEHOLDER,
        "person_id": _PLACEHOLDER,
        # Optional column: none, or a blank cell, is present (as before statuses).
        "status": from_table(cols.get(cells, "status"), STATUS),
        "completed": completed,
        "pre_score": score(cols.get(cells, "pre_test")),
        "post_score": score(cols.get(cells, "post_test")),
        "certificate_issued": certificate,
    }
    # Checked with placeholders; the commit sets the records' ids (Checked.linked).
    return problems.check(RecordKind.ATTENDANCE, data, checks.rules, ATTENDANCE_COLUMNS)
