"""A submitted month's capability grid is read-only, with one line above it saying the state and
who can send it back: the screen says it before anything is typed. Real widgets, real store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import CapabilityReport
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.workflows.returns import transition
from bluepacific_wire.returns import ReturnAction
from tests.ui.test_capabilities import cell, open_march, page  # noqa: F401  (the fixture)


def _march_submitted(store: Store) -> None:
    with store.write() as session:
        data = {"capability_code": "SLTD", "period": "2025-03", "searches": 100, "hits": 5}
        RecordService(session).create(RecordKind.CAPABILITY_REPORT, data)
    transition(store, "2025-03", ReturnAction.SUBMIT)


def _hits(store: Store) -> list[int | None]:
    with store.read() as session:
        return list(session.scalars(select(CapabilityReport.hits)))


def test_a_submitted_month_is_read_only_with_the_reason_above_the_grid(
    qtbot: Any,
    page: CapabilitiesPage,  # noqa: F811
    store: Store,
) -> None:
    _march_submitted(store)
    open_march(page)
    editor = page.editor
    assert editor.banner.isVisible()
    assert editor.banner.text() == (
        "March 2025 is submitted: its figures cannot change. Only the national approver or "
        "the regional team can send it back."
    )
    flags = editor.model.flags(cell(page, "SLTD", "hits"))
    assert flags & Qt.ItemFlag.ItemIsEnabled and not flags & Qt.ItemFlag.ItemIsEditable
    grid = editor.grid
    grid.setCurrentIndex(cell(page, "SLTD", "hits"))
    QTest.keyClick(grid, Qt.Key.Key_F2)
    assert grid.indexWidget(grid.currentIndex()) is None  # no cell editor opens
    QTest.keyClicks(grid, "7")
    assert grid.indexWidget(grid.currentIndex()) is None
    assert editor.row_box.narrative.isReadOnly()
    assert not editor.save_button.isEnabled()
    QTest.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.saving and _hits(store) == [5]
    assert "read-only" in editor.message.text()


def test_a_draft_month_next_to_it_stays_editable(
    qtbot: Any,
    page: CapabilitiesPage,  # noqa: F811
    store: Store,
) -> None:
    _march_submitted(store)
    open_march(page)
    from PySide6.QtCore import QDate

    page.editor.month.setDate(QDate(2025, 4, 1))
    editor = page.editor
    assert editor.period == "2025-04" and not editor.banner.isVisible()
    assert editor.model.flags(cell(page, "SLTD", "hits")) & Qt.ItemFlag.ItemIsEditable
    assert editor.save_button.isEnabled() and not editor.row_box.narrative.isReadOnly()
