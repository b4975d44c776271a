"""Capabilities screen (pillar 2): the reported months (or what the list is for while it is
empty), the monthly report editor, and Ctrl+P for the capability usage report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.empty_state import TableOrEmpty
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.capabilities.editor import MonthEditor
from bluepacific_desktop.ui.pages.capabilities.months_model import MonthsModel, month_label
from bluepacific_desktop.ui.pages.reports.printing import print_report
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.style import make_heading
from bluepacific_desktop.workflows import capability_month
from bluepacific_desktop.workflows.drafts import Draft
from bluepacific_wire import REFERENCE_KINDS


class CapabilitiesPage(Page):
    nav_icon = Icon.CAPABILITIES
    kinds = frozenset({RecordKind.CAPABILITY_REPORT.value}) | REFERENCE_KINDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.months = MonthsModel(ctx.store, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.months)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a month"))
        self.search.setPlaceholderText(self.tr("Type a month or a year (Ctrl+F)"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda _t: self._show_empty())
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Reported months"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_index)
        table_label = make_heading(QLabel(self.tr("&Reported months (newest first):")), 2)
        table_label.setBuddy(self.table)
        self.shown = TableOrEmpty(self.table)
        self.shown.empty.next_step.connect(lambda _typed: self.new_record())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_month).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        new = QPushButton(icon(Icon.NEW_MONTH), self.tr("&New monthly report (Ctrl+N)"))
        new.clicked.connect(self.new_record)
        self.new_button = new
        open_button = QPushButton(icon(Icon.OPEN), self.tr("&Open month"))
        open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        delete = QPushButton(icon(Icon.DELETE), self.tr("&Delete month…"))
        self.open_button, self.delete_button = open_button, delete
        delete.clicked.connect(self.delete_month)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        for button in (new, open_button, delete):
            row.addWidget(button)
        list_view = QWidget()
        list_layout = QVBoxLayout(list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(row)
        list_layout.addWidget(table_label)
        list_layout.addWidget(self.shown, 1)
        list_layout.addWidget(self.message)
        self.editor = MonthEditor(ctx)
        self.editor.closed.connect(self.show_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_view)
        self.stack.addWidget(self.editor)
        heading = QLabel(
            self.tr("Monthly use of INTERPOL's capabilities: counts only, never names of people.")
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.stack, 1)
        self._select_first()
        self._show_empty()

    def title(self) -> str:
        return self.tr("Capabilities")

    def refresh(self) -> None:
        current = self._current_period()
        self.months.reload()
        row = self.months.row_of(current) if current else -1
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.months.index(row, 0)))
        else:
            self._select_first()
        self._show_empty()

    def _show_empty(self) -> None:
        """What the list is for while no month is reported; a word when a search finds none."""
        shown = self.proxy.rowCount() > 0
        self.open_button.setEnabled(shown)
        self.delete_button.setEnabled(shown)
        if shown:
            self.shown.show_table()
        elif self.months.rowCount():
            typed = " ".join(self.search.text().split())
            self.shown.show_empty(
                self.tr("No reported month matches “%1”.").replace("%1", typed),
                self.tr("Ne&w monthly report"),
                typed,
            )
        else:
            self.shown.show_empty(
                self.tr(
                    "Each month, record how often your unit used INTERPOL's capabilities: "
                    "database searches and hits, notices and diffusions, messages and user "
                    "accounts. Counts only, never names of people. No month is reported yet."
                ),
                self.tr("Report the first &month…"),
            )

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _current_period(self) -> str | None:
        index = self.table.currentIndex()
        value = index.data(MonthsModel.PERIOD_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    # -- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: the current month's report (an already started one opens for editing)."""
        if self.stack.currentWidget() is not self.editor:
            self.open_month(None)

    def print_page(self) -> None:
        """Ctrl+P: the capability usage report of the current quarter, through the print
        dialog; the status bar then says what went to which printer."""
        print_report(self.ctx, self, "capabilities")

    def find_records(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.cancel()
        if self.stack.currentWidget() is not self.editor:
            self.search.setFocus()
            self.search.selectAll()

    def open_month(self, period: str | None) -> None:
        self.stack.setCurrentWidget(self.editor)
        self.editor.open_month(period)

    def _open_index(self, index: QModelIndex) -> None:
        period = index.data(MonthsModel.PERIOD_ROLE) if index.isValid() else None
        if isinstance(period, str):
            self.open_month(period)

    def settle(self, then: Callable[[], None] | None = None) -> bool:
        if self.stack.currentWidget() is not self.editor:
            return True
        if not self.editor.settle(then):
            return False
        self.editor.guard.forget()
        self.editor.model.dirty = False
        self.show_list()  # discarded: the month is no longer being edited
        return True

    def open_draft(self, draft: Draft) -> bool:
        if draft.editor != "month":
            return False
        self.stack.setCurrentWidget(self.editor)
        self.editor.set_state(draft.state)
        self.editor.guard.kept = draft.state
        return True

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus()

    def delete_month(self) -> None:
        period = self._current_period()
        if period is None:
            return
        row = self.months.row_of(period)
        count = self.months.months[row].reports if row >= 0 else 0
        question = self.tr("Delete the %n capability reports of %1?", "", count)
        if not confirm.confirm_delete(self, question.replace("%1", month_label(period))):
            return
        store = self.ctx.store

        def work(_job: Job) -> Changed[int]:
            count = capability_month.delete_month(store, period)
            return Changed.of(count, {RecordKind.CAPABILITY_REPORT})

        def done(count: int) -> None:
            self.message.setText(
                self.tr("Deleted %n reports of %1.", "", count).replace("%1", month_label(period))
            )

        WriteOp(
            self, self.ctx, work, done, lambda exc: self.message.setText(error_words(exc))
        ).run()
