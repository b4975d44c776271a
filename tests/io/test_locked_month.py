"""An attendance sheet whose session falls in a submitted month (that declared its sessions
complete) is refused in the dry run, naming the month and who can send it back."""

from __future__ import annotations

from pathlib import Path

from bluepacific_desktop.cli.import_words import plan_lines
from bluepacific_desktop.domain.returns import ReturnAction
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.returns import transition
from tests.io.conftest import HEADER, commit, dry, session_row, write


def test_a_sheet_into_a_locked_month_is_refused_in_the_dry_run(store: Store, sheets: Path) -> None:
    transition(store, "2025-03", ReturnAction.NIL, sessions_complete=True)
    path = write(sheets, "march.csv", [HEADER, session_row("Mere Tuilagi")])
    plan = dry(store, "attendance", path)
    assert not plan.ok
    (problem,) = plan.refused[0].problems
    assert (problem.column, problem.code) == ("Start date", "month_locked")
    text = "\n".join(plan_lines(plan))
    assert "Fiji's return for March 2025 is submitted" in text
    assert "national approver or the regional team" in text
    assert commit(store, "attendance", path).committed is False

    april = write(sheets, "april.csv", [HEADER, session_row("Mere Tuilagi", start="01/04/2025",
                                                            end="02/04/2025")])  # fmt: skip
    assert dry(store, "attendance", april).ok


def test_a_month_that_did_not_declare_its_sessions_takes_them(store: Store, sheets: Path) -> None:
    transition(store, "2025-03", ReturnAction.NIL)
    path = write(sheets, "march.csv", [HEADER, session_row("Mere Tuilagi")])
    assert dry(store, "attendance", path).ok
