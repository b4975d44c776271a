"""Importing attendance sheets and contact lists from CSV and Excel, all rows or none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from bluepacific_desktop.heap import full_collections_held
from bluepacific_desktop.io.importing.attendance import plan_attendance
from bluepacific_desktop.io.importing.commit import CommitRefused, commit_plan
from bluepacific_desktop.io.importing.contacts import plan_contacts
from bluepacific_desktop.io.importing.courses import remember_aliases
from bluepacific_desktop.io.importing.errors import FileRefused
from bluepacific_desktop.io.importing.notes import sheet_notes
from bluepacific_desktop.io.importing.plan import ImportPlan, Progress
from bluepacific_desktop.io.importing.sign_in import sheet_session
from bluepacific_desktop.io.importing.tables import read_tables
from bluepacific_desktop.store.device import device_context
from bluepacific_desktop.store.store import Store

__all__ = [
    "Choices",
    "FileRefused",
    "ImportKind",
    "ImportPlan",
    "Progress",
    "plan_file",
    "run_import",
]


class ImportKind(StrEnum):
    ATTENDANCE = "attendance"
    CONTACTS = "contacts"


@dataclass(frozen=True)
class Choices:
    """What the user settled for an attendance sheet: its session, or the course meant by a
    course name that is no course's (one code for all such names, or one per name)."""

    session_id: str | None = None
    course: str | None = None
    courses: Mapping[str, str] = field(default_factory=dict)  # written name → code


def plan_file(
    session: Session,
    kind: ImportKind,
    path: Path,
    choices: Choices = Choices(),
    progress: Progress | None = None,
) -> ImportPlan:
    """Read and check the file against the store: what would be created, what is refused."""
    device = device_context(session)
    tables = read_tables(path)
    sheet = None
    if kind is ImportKind.CONTACTS:
        plan = plan_contacts(session, device, tables, progress)
    else:
        # A sign-in sheet names its session by its code; an ordinary sheet has none.
        sheet = sheet_session(session, device.country, tables, choices.session_id)
        plan = plan_attendance(
            session,
            device,
            tables,
            choices.session_id,
            course=choices.course,
            course_choices=choices.courses,
            progress=progress,
            sheet=sheet,
        )
    plan.notes = sheet_notes(tables, plan.source, plan.header_line)
    if kind is ImportKind.ATTENDANCE and sheet is not None:
        plan.notes.insert(0, sheet.note)
    return plan


class _RollBack(Exception):
    """Raised inside the write transaction so that it rolls back."""


def run_import(
    store: Store,
    kind: ImportKind,
    path: Path,
    *,
    commit: bool = False,
    session_id: str | None = None,
    course: str | None = None,
    courses: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """A dry run (a read), or with `commit` the whole file in one transaction or nothing.

    `progress(rows checked, rows)` is called about a hundred times while the rows are checked.
    The course names settled by `course` or `courses` are remembered with the import."""
    choices = Choices(session_id, course, dict(courses or {}))
    with full_collections_held():  # a big sheet is millions of objects and no garbage
        return _run(store, kind, path, commit, choices, progress)


def _run(
    store: Store,
    kind: ImportKind,
    path: Path,
    commit: bool,
    choices: Choices,
    progress: Progress | None,
) -> ImportPlan:
    if not commit:
        with store.read() as session:
            return plan_file(session, kind, path, choices, progress)
    plan: ImportPlan | None = None
    try:
        # Planned inside the write transaction: nobody can change the store in between.
        with store.write() as session:
            plan = plan_file(session, kind, path, choices, progress)
            if not plan.ok:
                raise _RollBack
            commit_plan(session, device_context(session), plan)
            remember_aliases(session, plan.courses_settled)
    except _RollBack:
        pass
    except CommitRefused as exc:
        assert plan is not None
        plan.refused = exc.refused
        plan.committed = False
    assert plan is not None
    return plan
