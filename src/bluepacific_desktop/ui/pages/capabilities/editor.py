"""The monthly report editor: a month, the capability grid, and the selected row's narrative."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.context import EARLIEST_DATE
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.geometry import header_text_width as fit_header_width
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.capabilities.grid_model import CapabilityGridModel
from bluepacific_desktop.ui.pages.capabilities.lock_banner import LockBanner
from bluepacific_desktop.ui.pages.capabilities.months_model import month_label
from bluepacific_desktop.ui.pages.capabilities.row_texts import RowTexts
from bluepacific_desktop.ui.problems import error_words, problem_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.ui.unsaved import UnsavedGuard
from bluepacific_desktop.workflows import capability_month
from bluepacific_desktop.workflows.capability_month import (
    CapabilityRow,
    MonthInvalid,
    Saved,
)
from bluepacific_desktop.workflows.country_clock import today_there


class MonthEditor(QWidget):
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = ""
        self.saving = False
        self.guard = UnsavedGuard(ctx, self, self, "month", lambda: self.period or None)
        self.month = QDateEdit()
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setMinimumDate(QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, 1))
        self.month.dateChanged.connect(self._month_changed)
        month_label_widget = QLabel(self.tr("&Month:"))
        month_label_widget.setBuddy(self.month)
        self.model = CapabilityGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Counts by capability"))
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move between cells
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        # Room for the capability names (the user may widen it, and it is remembered); each
        # count at least 92 px and never narrower than its header in any language: a
        # stretched first column was squeezed until its header was cut.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(92, fit_header_width(header, column)))
        self.grid.selectionModel().currentChanged.connect(self._row_changed)
        grid_label = QLabel(self.tr("Counts for the month (&grid):"))
        grid_label.setBuddy(self.grid)
        self.row_box = RowTexts()
        self.banner = LockBanner()
        self.locked = False
        self.row_box.edited.connect(self.model.mark_dirty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setIcon(icon(Icon.SAVE))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Close (Esc)"))
        cancel.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        top = QHBoxLayout()
        top.addWidget(month_label_widget)
        top.addWidget(self.month)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        grid_part = QWidget()
        grid_layout = QVBoxLayout(grid_part)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(grid_label)
        grid_layout.addWidget(self.grid)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(grid_part)
        splitter.addWidget(self.row_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 140])  # the grid first: the texts are for the selected row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- loading -----------------------------------------------------------------------------

    def open_month(self, period: str | None = None) -> None:
        """Show a month (default: the current one in the country's calendar) for editing."""
        today = today_there(self.ctx.store)
        self.month.setMaximumDate(QDate(today.year, today.month, today.day))
        day = date.fromisoformat(f"{period}-01") if period else today.replace(day=1)
        self.month.blockSignals(True)
        self.month.setDate(QDate(day.year, day.month, 1))
        self.month.blockSignals(False)
        self._load(capability_month.period_of(day))
        self.grid.setFocus()

    def _load(self, period: str) -> None:
        self.period = period
        french = QLocale().language() == QLocale.Language.French
        self.model.set_rows(capability_month.load_month(self.ctx.store, period, french))
        # A submitted month is read-only: said before typing, not after.
        self.locked = self.banner.show_month(self.ctx.store, period)
        self.model.read_only = self.locked
        self.row_box.read_only = self.locked
        self.save_button.setEnabled(not self.locked)
        self.grid.clearSpans()
        for row in self.model.heading_rows():
            self.grid.setSpan(row, 0, 1, self.model.columnCount())
        first = self.model.index(1, 0)
        self.grid.setCurrentIndex(first)
        self.guard.mark_clean()
        saved = sum(1 for r in self.model.rows() if r.record_id)
        if self.locked:
            self._say(self.tr("%n capability reports of this month, read-only.", "", saved))
            return
        self._say(
            self.tr("%n capability reports saved for this month.", "", saved)
            if saved
            else self.tr("Nothing reported for this month yet: type the counts in the grid.")
        )

    def _month_changed(self, value: QDate) -> None:
        period = f"{value.year():04d}-{value.month():02d}"
        if period == self.period:
            return
        if not self.guard.settle(then=lambda: self.open_month(period)):
            # Keep editing, or saving first: the month shown stays the one being edited.
            year, month = (int(p) for p in self.period.split("-"))
            self.month.blockSignals(True)
            self.month.setDate(QDate(year, month, 1))
            self.month.blockSignals(False)
            return
        self.guard.forget()
        self._load(period)

    # -- unsaved changes and drafts ----------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "rows": {
                r.code: {
                    "values": dict(r.values),
                    "narrative": r.narrative,
                    "success_stories": r.success_stories,
                }
                for r in self.model.rows()
            },
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Open the draft's month and put back what was typed in it."""
        self.open_month(str(state.get("period") or "") or None)
        rows: dict[str, Any] = state.get("rows", {})
        for row in self.model.rows():
            typed = rows.get(row.code)
            if typed:
                row.values = {str(k): str(v) for k, v in typed.get("values", {}).items()}
                row.narrative = str(typed.get("narrative") or "")
                row.success_stories = str(typed.get("success_stories") or "")
        self.model.set_rows(self.model.rows())
        self.model.dirty = True
        for heading in self.model.heading_rows():
            self.grid.setSpan(heading, 0, 1, self.model.columnCount())
        self.grid.setCurrentIndex(self.model.index(1, 0))

    def has_unsaved_changes(self) -> bool:
        return self.guard.dirty()

    def settle(self, then: Callable[[], None] | None = None) -> bool:
        return self.guard.settle(then)

    def unsaved_question(self) -> str:
        return self.tr("Save the counts of %1 before closing?").replace(
            "%1", month_label(self.period)
        )

    def draft_title(self) -> str:
        return month_label(self.period)

    # -- the selected row ------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.row_box.show_row(self.model.row_at(current.row()))

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving or not self.period or self.locked:
            return
        self._commit_open_cell()
        rows = self.model.rows()
        emptied = [r for r in rows if r.record_id and r.is_empty()]
        if emptied and not self._delete_ok(emptied):
            return
        wanted = {r.code: r.record_data(self.period) for r in rows if not r.is_empty()}
        delete = {r.code for r in emptied}
        store, period = self.ctx.store, self.period

        def work(_job: Job) -> Changed[Saved]:
            saved = capability_month.save_month(store, period, wanted, delete)
            return Changed.of(saved, {RecordKind.CAPABILITY_REPORT})

        self.saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        WriteOp(self, self.ctx, work, self._saved, self._failed).run()

    def _commit_open_cell(self) -> None:
        """Ctrl+S while typing in a cell: keep what was typed."""
        if self.grid.state() == QAbstractItemView.State.EditingState:
            editor = self.grid.indexWidget(self.grid.currentIndex())
            if editor is not None:
                self.grid.commitData(editor)
                self.grid.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _delete_ok(self, emptied: list[CapabilityRow]) -> bool:
        names = "\n".join(f"• {r.name}" for r in emptied)
        return confirm.confirm_delete(
            self,
            self.tr("These reports of %1 are now empty and will be deleted:\n%2\nDelete them?")
            .replace("%1", month_label(self.period))
            .replace("%2", names),
        )

    def _saved(self, result: Saved) -> None:
        self.saving = False
        period = self.period
        self.guard.saved()
        self._load(period)
        self._say(
            self.tr("Saved %1: %n capability reports.", "", result.written).replace(
                "%1", month_label(period)
            )
        )

    def _failed(self, exc: Exception) -> None:
        self.guard.save_failed()
        self.saving = False
        self.save_button.setEnabled(True)
        if not isinstance(exc, MonthInvalid):
            self._say(self.tr("Nothing was saved: %1").replace("%1", error_words(exc)), error=True)
            return
        self.model.set_problems(
            {
                code: {p.field: problem_words(p) for p in problems}
                for code, problems in exc.problems.items()
            }
        )
        self._say(self._summary(exc.problems), error=True)

    def _summary(self, problems: dict[str, list[FieldProblem]]) -> str:
        names = {r.code: r.name for r in self.model.rows()}
        count = sum(len(p) for p in problems.values())
        code, first = next(iter(problems.items()))
        detail = f"{names.get(code, code)}: {problem_words(first[0])}"
        return self.tr(
            "Nothing was saved: %n values to fix, marked in red (the tooltip says why). %1",
            "",
            count,
        ).replace("%1", detail)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    # -- closing -----------------------------------------------------------------------------

    def cancel(self) -> None:
        if not self.guard.settle(then=self.closed.emit):
            return
        self.guard.forget()
        self.model.dirty = False
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc reaches here only when no cell editor took it first (that one just closes itself).
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
