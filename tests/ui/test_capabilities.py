"""Capabilities screen: the monthly grid saves, updates and refuses through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import CapabilityReport, OutboxEntry
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.capabilities.grid_model import CapabilityGridModel
from bluepacific_desktop.ui.pages.capabilities.months_model import MonthsModel
from bluepacific_desktop.workflows.capability_month import METRICS, load_month
from tests.ui.conftest import DeleteQuestions


@pytest.fixture
def page(qtbot, store):
    ctx = AppContext(store)
    page = CapabilitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ctx.background.wait()


def cell(page, code: str, metric: str):
    model = page.editor.model
    row = next(i for i in range(model.rowCount()) if getattr(model.row_at(i), "code", "") == code)
    return model.index(row, 1 + METRICS.index(metric))


def type_in(qtbot, page, code: str, metric: str, text: str) -> None:
    """Select the cell, F2 to edit, type, Enter: as a keyboard user does."""
    grid = page.editor.grid
    grid.setCurrentIndex(cell(page, code, metric))
    QTest.keyClick(grid, Qt.Key.Key_F2)
    editor = grid.indexWidget(grid.currentIndex())
    assert isinstance(editor, QLineEdit), "the cell did not open for editing"
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.indexWidget(grid.currentIndex()) is None)  # committed (queued)


def open_march(page) -> None:
    page.new_record()
    page.editor.month.setDate(QDate(2025, 3, 1))
    assert page.editor.period == "2025-03"


def save(qtbot, page) -> None:
    QTest.keyClick(page.editor.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.editor.saving)


def reports(store) -> dict[str, CapabilityReport]:
    with store.read() as session:
        rows = session.scalars(select(CapabilityReport).where(CapabilityReport.deleted.is_(False)))
        return {r.capability_code: r for r in rows}


def outbox(store) -> list[tuple[str, str]]:
    with store.read() as session:
        return [(e.op, e.record_id) for e in session.scalars(select(OutboxEntry))]


def test_a_month_saves_one_report_per_filled_row_then_updates(qtbot, page, store) -> None:
    open_march(page)
    type_in(qtbot, page, "SLTD", "searches", "1,000")
    type_in(qtbot, page, "SLTD", "hits", "4")
    type_in(qtbot, page, "NOTICE_RED", "notices_requested", "2")
    save(qtbot, page)
    saved = reports(store)
    assert set(saved) == {"SLTD", "NOTICE_RED"}
    assert (saved["SLTD"].period, saved["SLTD"].searches, saved["SLTD"].hits) == (
        "2025-03",
        1000,
        4,
    )
    assert saved["NOTICE_RED"].notices_requested == 2
    assert [op for op, _ in outbox(store)] == ["create", "create"]

    # The list shows the month; Enter on it opens the month with its values.
    QTest.keyClick(page.editor, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    assert page.months.rowCount() == 1
    assert page.table.currentIndex().data() == page.months.data(page.months.index(0, 0))
    assert page.months.index(0, 1).data() == "2"
    assert page.months.index(0, 2).data() == number(1000)
    # The sync column is the short word and icon of every list; the sentence is its tooltip.
    sync = page.months.index(0, 9)
    assert sync.data() == "Waiting"
    assert "waiting to sync" in sync.data(Qt.ItemDataRole.ToolTipRole)
    assert not sync.data(Qt.ItemDataRole.DecorationRole).isNull()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.editor
    assert cell(page, "SLTD", "searches").data() == number(1000)
    assert cell(page, "SLTD", "hits").data() == "4"

    type_in(qtbot, page, "SLTD", "hits", "5")
    save(qtbot, page)
    assert reports(store)["SLTD"].hits == 5
    entries = outbox(store)
    assert entries[-1] == ("update", saved["SLTD"].id)
    assert len(entries) == 3


def test_counts_that_do_not_apply_are_not_editable(qtbot, page) -> None:
    open_march(page)
    model = page.editor.model
    for metric in ("notices_requested", "active_accounts", "participants"):
        flags = model.flags(cell(page, "SLTD", metric))
        assert not flags & Qt.ItemFlag.ItemIsEditable
        assert not flags & Qt.ItemFlag.ItemIsEnabled  # greyed and skipped by the keyboard
    assert model.flags(cell(page, "NOTICE_RED", "notices_requested")) & Qt.ItemFlag.ItemIsEditable
    grid = page.editor.grid
    grid.setCurrentIndex(cell(page, "SLTD", "hits"))
    QTest.keyClick(grid, Qt.Key.Key_Right)  # nothing to its right applies: stays on hits
    assert grid.currentIndex() == cell(page, "SLTD", "hits")
    assert model.setData(cell(page, "SLTD", "participants"), "3") is False


def test_bad_counts_are_shown_in_the_cells_and_nothing_is_saved(qtbot, page, store) -> None:
    open_march(page)
    type_in(qtbot, page, "SLTD", "searches", "-3")
    type_in(qtbot, page, "SMV", "hits", "1,5")
    type_in(qtbot, page, "NOTICE_RED", "notices_requested", "2")
    save(qtbot, page)
    assert "Nothing was saved" in page.editor.message.text()
    assert "negative" in cell(page, "SLTD", "searches").data(Qt.ItemDataRole.ToolTipRole)
    assert "whole number" in cell(page, "SMV", "hits").data(Qt.ItemDataRole.ToolTipRole)
    assert reports(store) == {}
    assert outbox(store) == []
    # Fixing the cells and saving again works.
    type_in(qtbot, page, "SLTD", "searches", "3")
    type_in(qtbot, page, "SMV", "hits", "1 000")
    save(qtbot, page)
    assert reports(store)["SMV"].hits == 1000
    assert len(outbox(store)) == 3


def test_an_emptied_row_is_deleted_after_asking(qtbot, page, store, monkeypatch) -> None:
    open_march(page)
    type_in(qtbot, page, "SLTD", "searches", "7")
    save(qtbot, page)
    questions = DeleteQuestions()  # stands for the user's click on Delete
    monkeypatch.setattr(confirm, "confirm_delete", questions)
    asked = questions.asked
    type_in(qtbot, page, "SLTD", "searches", "")
    save(qtbot, page)
    assert "Stolen and Lost Travel Documents" in asked[0]
    assert reports(store) == {}
    assert [op for op, _ in outbox(store)] == ["create", "delete"]


def test_narrative_is_kept_per_capability(qtbot, page, store) -> None:
    open_march(page)
    assert "No names" in page.editor.row_box.narrative.placeholderText()
    page.editor.grid.setCurrentIndex(cell(page, "I247", "active_accounts"))
    qtbot.keyClicks(page.editor.row_box.narrative, "Two new NCB accounts opened.")
    page.editor.grid.setCurrentIndex(cell(page, "SLTD", "searches"))
    assert page.editor.row_box.narrative.toPlainText() == ""
    save(qtbot, page)
    saved = reports(store)
    assert saved["I247"].narrative == "Two new NCB accounts opened."
    assert saved["I247"].active_accounts is None


def test_models_pass_the_model_tester(qtmodeltester, store, records) -> None:
    records.create(RecordKind.CAPABILITY_REPORT)
    grid = CapabilityGridModel()
    grid.set_rows(load_month(store, "2025-03", french=False))
    qtmodeltester.check(grid)
    qtmodeltester.check(MonthsModel(store))


def test_keyboard_esc_delete_and_1366x768(qtbot, store, monkeypatch) -> None:
    from bluepacific_desktop.ui.main_window import MainWindow

    ctx = AppContext(store)
    window = MainWindow(ctx, [lambda c, _s: CapabilitiesPage(c)])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.editor
    grid = page.editor.grid
    # At 1366×768 every count column is fully on screen.
    header = grid.horizontalHeader()
    last = header.sectionViewportPosition(len(METRICS)) + header.sectionSize(len(METRICS))
    assert last <= grid.viewport().width()
    page.editor.month.setDate(QDate(2025, 3, 1))
    type_in(qtbot, page, "SLTD", "searches", "12")
    # Esc in an open cell only closes the cell; the next Esc closes the (saved) month.
    grid.setCurrentIndex(cell(page, "SLTD", "hits"))
    QTest.keyClick(grid, Qt.Key.Key_F2)
    QTest.keyClick(grid.indexWidget(grid.currentIndex()), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: grid.indexWidget(grid.currentIndex()) is None)
    assert page.stack.currentWidget() is page.editor
    save(qtbot, page)
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    # Delete on the selected month asks first, then deletes its reports.
    questions = DeleteQuestions()  # stands for the user's click on Delete
    monkeypatch.setattr(confirm, "confirm_delete", questions)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.months.rowCount() == 0)
    assert len(questions.asked) == 1 and "1 capability report" in questions.asked[0]
    assert "March 2025" in questions.asked[0]
    assert reports(store) == {}
    window.sync.shutdown()
    ctx.background.wait()


def test_each_cell_shows_its_last_twelve_months(qtbot, page, store) -> None:
    # The submit checks compare a figure with the median of the last 12 months; the grid
    # showed none of them, so an unusual figure came as a surprise at submit.
    from bluepacific_desktop.store.services import RecordService

    with store.write() as session:
        svc = RecordService(session)
        for period, searches in (("2024-04", 12), ("2025-02", 1234)):
            svc.create(
                RecordKind.CAPABILITY_REPORT,
                {"capability_code": "SLTD", "period": period, "searches": searches, "hits": 0},
            )
    open_march(page)
    qtbot.waitUntil(lambda: page.editor.model.rowCount() > 0)
    tip = cell(page, "SLTD", "searches").data(Qt.ItemDataRole.ToolTipRole)
    lines = tip.splitlines()
    assert lines[0].endswith(", the last 12 months:")
    assert lines[1] == "March 2024: not reported"
    assert "April 2024: 12" in lines
    assert lines[-1] == f"February 2025: {number(1234)}"
    assert len(lines) == 13
