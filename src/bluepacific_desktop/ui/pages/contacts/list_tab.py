"""What both tabs share: an instant search box and filters, the lazy table, a message line, and
New / Open / Delete on the selected record (Enter opens it, the Delete key deletes it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.count_label import CountLabel
from bluepacific_desktop.ui.empty_state import TableOrEmpty
from bluepacific_desktop.ui.flow_layout import FlowLayout, labelled
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.models.record_table import RecordTableModel
from bluepacific_desktop.ui.pages.contacts.form import RecordEditor
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups
from bluepacific_desktop.ui.pages.contacts.widgets import confirm_delete, run_delete
from bluepacific_desktop.ui.problems import error_words, problem_words
from bluepacific_desktop.ui.style import ERROR_STYLE


def record_table(model: RecordTableModel, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setWordWrap(False)  # one line per record; the tooltip shows a cut-off value in full
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring of 100,000 rows
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


class RecordListTab(QWidget):
    """Subclasses add filters with `add_filter` and say how to open and name a record."""

    kind: RecordKind

    def __init__(
        self,
        ctx: AppContext,
        lookups: Lookups,
        model: RecordTableModel,
        widths: tuple[int, ...],
        new_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lookups = lookups
        self.model = model
        self.editor: RecordEditor | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.table = record_table(model, widths)
        self.shown = TableOrEmpty(self.table)
        self.shown.empty.next_step.connect(self.new_from_search)
        self.count = CountLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.new_button = new = QPushButton(icon(Icon.NEW), new_text)
        new.clicked.connect(self.new_record)
        self.open_button = QPushButton(icon(Icon.OPEN), self.tr("&Open…"))
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(icon(Icon.DELETE), self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.filters = FlowLayout()  # wraps onto a second line in a narrow window
        self.add_filter(self.tr("&Search:"), self.search)
        self.button_row = buttons = QHBoxLayout()
        for button in (new, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.shown, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._search)
        self.table.activated.connect(lambda _index: self.open_current())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed())

    def add_filter(self, text: str, widget: QWidget) -> None:
        self.filters.addWidget(labelled(text, widget, grows=widget is self.search))

    # -- what subclasses provide -------------------------------------------------------------

    def count_text(self, n: int) -> str:
        raise NotImplementedError

    def make_editor(self, record_id: str | None) -> RecordEditor:
        raise NotImplementedError

    def record_name(self, row: int) -> str:
        raise NotImplementedError

    def empty_texts(self, typed: str) -> tuple[str, str]:
        """The words and button label shown instead of an empty table (`typed`: the search)."""
        raise NotImplementedError

    def new_record(self) -> None:
        self.edit(None)

    def new_from_search(self, typed: str) -> None:
        """The empty state's button: a new record (subclasses fill in what was searched for)."""
        self.new_record()

    # -- list --------------------------------------------------------------------------------

    def refresh(self, lookups: Lookups) -> None:
        self.lookups = lookups
        current = self.current_id()
        self.model.reload()
        self.filters_changed()
        if current is not None:
            self.select(current)

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self.filters_changed()

    def filters_changed(self) -> None:
        rows = self.model.rowCount()
        self.count.setText(self.count_text(rows))
        if rows:
            self.shown.show_table()
        else:
            typed = " ".join(self.search.text().split())
            self.shown.show_empty(*self.empty_texts(typed), typed)
        self.selection_changed()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(self.model.data(index, self.model.ID_ROLE)) if index.isValid() else None

    def current_owner(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_data(index.row()).get("country") if index.isValid() else None

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selection_changed(self) -> None:
        selected = self.current_id() is not None
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and self.lookups.owned_here(self.current_owner()))
        self.say("")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------------

    def open_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit(record_id)

    def edit(self, record_id: str | None) -> None:
        self.editor = self.make_editor(record_id)
        self.editor.saved.connect(self.select)
        self.editor.finished.connect(lambda _r: self.table.setFocus())
        self.editor.open()  # window-modal, without blocking the event loop

    def delete_current(self) -> None:
        record_id, owner = self.current_id(), self.current_owner()
        if record_id is None:
            return
        if not self.lookups.owned_here(owner):
            self.say(self.lookups.owner_note(str(owner)))
            return
        if not confirm_delete(self, self.record_name(self.table.currentIndex().row())):
            return
        run_delete(self, self.ctx, self.kind, record_id, None, self._failed)

    def _failed(self, exc: Exception) -> None:
        problems = exc.problems if isinstance(exc, ValidationError) else []
        self.say("\n".join(problem_words(p) for p in problems) or error_words(exc))
