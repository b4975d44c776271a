"""Planning an attendance sheet: one row per attendee; people, sessions and attendances."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.domain.rules import check_attendance, check_person
from bluepacific_desktop.io.importing.headers import Columns, find_header
from bluepacific_desktop.io.importing.people import People
from bluepacific_desktop.io.importing.plan import AttendanceRow, ImportPlan, RefusedRow
from bluepacific_desktop.io.importing.rows import RowProblems
from bluepacific_desktop.io.importing.sessions import Sessions
from bluepacific_desktop.io.importing.tables import Table
from bluepacific_desktop.io.importing.values import SEX, as_text, from_table, score, yes_no
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
    "completed": "completed",
    "pre_score": "pre_test",
    "post_score": "post_test",
    "certificate_issued": "certificate",
}
# The rules check an attendance's references by id; those are resolved by the import itself.
_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"


def plan_attendance(
    session: Session, device: DeviceContext, tables: Sequence[Table], session_id: str | None
) -> ImportPlan:
    """What importing the sheet would create, and every refused row (nothing is written)."""
    needed = ("name",) if session_id else ("name", "course", "start_date")
    table, header_line, cols, rows = find_header(tables, needed, "attendance sheet")
    plan = ImportPlan("attendance", table.name, header_line, len(rows))
    plan.ignored_columns = cols.ignored
    sessions = Sessions(session, device, cols, rows, session_id)
    if session_id and any(c in cols.index for c in ("course", "start_date")):
        plan.ignored_columns += [cols.label(c) for c in ("course", "start_date") if c in cols.index]
    people = People(session, device.country)
    listed: dict[tuple[str | int, str | int], int] = {}  # (session, person) → first line
    for line, cells in rows:
        problems = RowProblems(cols)
        person = _person(cells, cols, problems, people, device)
        attendance = _attendance(cells, cols, problems, device)
        target = sessions.resolve(cells, problems, plan.sessions, line)
        if problems or person is None or attendance is None or target is None:
            plan.refused.append(RefusedRow(line, problems.found))
            continue
        who = people.resolve(line, person, plan.people)
        first = listed.get((target, who))
        if first is not None:
            problems.add(
                FieldProblem(
                    "person_id",
                    "listed_twice",
                    f"{person['full_name']} is already listed for this session on line {first}.",
                ),
                "name",
            )
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
    plan.people_reused = len(people.reused)
    plan.sessions_reused = len(sessions.reused)
    plan.doubtful = people.doubtful()
    return plan


def _person(
    cells: list[Any], cols: Columns, problems: RowProblems, people: People, device: DeviceContext
) -> dict[str, Any] | None:
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
    return problems.check(check_person, data, device.rules, PERSON_COLUMNS)


def _attendance(
    cells: list[Any], cols: Columns, problems: RowProblems, device: DeviceContext
) -> dict[str, Any] | None:
    completed = problems.take(
        yes_no(cols.get(cells, "completed"), "completed", "Completed"), "completed"
    )
    certificate = problems.take(
        yes_no(cols.get(cells, "certificate"), "certificate", "Certificate"), "certificate"
    )
    data = {
        "session_id": _PLACEHOLDER,
        "person_id": _PLACEHOLDER,
        "completed": completed,
        "pre_score": score(cols.get(cells, "pre_test")),
        "post_score": score(cols.get(cells, "post_test")),
        "certificate_issued": certificate,
    }
    fields = problems.check(check_attendance, data, device.rules, ATTENDANCE_COLUMNS)
    if fields is None:
        return None
    del fields["session_id"], fields["person_id"]
    return fields
