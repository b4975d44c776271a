"""Importing attendance sheets and contact lists from CSV and Excel, all rows or none."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from bluepacific_desktop.io.importing.attendance import plan_attendance
from bluepacific_desktop.io.importing.commit import CommitRefused, commit_plan
from bluepacific_desktop.io.importing.contacts import plan_contacts
from bluepacific_desktop.io.importing.errors import FileRefused
from bluepacific_desktop.io.importing.notes import sheet_notes
from bluepacific_desktop.io.importing.plan import ImportPlan
from bluepacific_desktop.io.importing.tables import read_tables
from bluepacific_desktop.store.device import device_context
from bluepacific_desktop.store.store import Store

__all__ = ["FileRefused", "ImportKind", "ImportPlan", "plan_file", "run_import"]


class ImportKind(StrEnum):
    ATTENDANCE = "attendance"
    CONTACTS = "contacts"


def plan_file(
    session: Session, kind: ImportKind, path: Path, session_id: str | None = None
) -> ImportPlan:
    """Read and check the file against the store: what would be created, what is refused."""
    device = device_context(session)
    tables = read_tables(path)
    if kind is ImportKind.CONTACTS:
        plan = plan_contacts(session, device, tables)
    else:
        plan = plan_attendance(session, device, tables, session_id)
    plan.notes = sheet_notes(tables, plan.source, plan.header_line)
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
) -> ImportPlan:
    """A dry run (a read), or with `commit` the whole file in one transaction or nothing."""
    if not commit:
        with store.read() as session:
            return plan_file(session, kind, path, session_id)
    plan: ImportPlan | None = None
    try:
        # Planned inside the write transaction: nobody can change the store in between.
        with store.write() as session:
            plan = plan_file(session, kind, path, session_id)
            if not plan.ok:
                raise _RollBack
            commit_plan(session, device_context(session), plan)
    except _RollBack:
        pass
    except CommitRefused as exc:
        assert plan is not None
        plan.refused = exc.refused
        plan.committed = False
    assert plan is not None
    return plan
