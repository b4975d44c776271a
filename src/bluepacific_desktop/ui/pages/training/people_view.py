"""The directory of people (100,000 rows possible) with an instant filter on a typed name.

The filter is one SQL query over the indexed full_name (training_queries.people_ids);
RecordTableModel holds only the matching ids and reads the rows on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.count_label import CountLabel
from bluepacific_desktop.ui.empty_state import TableOrEmpty
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.models.record_table import Column, RecordTableModel
from bluepacific_desktop.ui.pages.training.common import TrainingWords
from bluepacific_desktop.workflows.training_queries import people_ids, people_rows


class PeopleView(QWidget):
    """Emits `open_person(id)` on Enter or double-click, `delete_person(id)` on Delete, and
    `create_person(name)` from the empty list's button (the name typed in the search box)."""

    open_person = Signal(str)
    delete_person = Signal(str)
    create_person = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sexes = TrainingWords(self).sexes()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter people by name"))
        columns = [
            Column(self.tr("Name"), "full_name"),
            Column(self.tr("Sex"), "sex", lambda s: sexes.get(s, str(s))),
            Column(self.tr("Agency"), "agency"),
            Column(self.tr("Rank"), "rank"),
            Column(self.tr("Sessions attended"), "sessions", number, align_right=True),
            Column(self.tr("Sync state"), "_sync"),
        ]
        # Nothing is read until the tab is first shown (reload()): 100,000 ids cost ~0.4 s,
        # which the main window's start-up should not pay.
        self.loaded = False
        self.model = RecordTableModel(
            store,
            columns,
            lambda typed: people_ids(typed) if self.loaded else people_ids(typed).limit(0),
            people_rows,
            RecordKind.PERSON.value,
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 90, 220, 170, 130)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda index: self._emit(self.open_person, index.row()))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.search.textChanged.connect(self.model.set_filter)
        self.search.returnPressed.connect(self._leave_search)
        self.count = CountLabel()
        self.shown = TableOrEmpty(self.table)
        self.shown.empty.next_step.connect(lambda typed: self.create_person.emit(typed.strip()))
        self.model.modelReset.connect(self._show_count)
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        # The New button besides Ctrl+N; Open and Delete for whoever works with the mouse.
        self.new_button = QPushButton(icon(Icon.NEW_PERSON), self.tr("Ne&w person…"))
        self.new_button.clicked.connect(lambda: self.create_person.emit(""))
        self.open_button = QPushButton(icon(Icon.OPEN), self.tr("&Open…"))
        self.open_button.clicked.connect(
            lambda: self._emit(self.open_person, self.table.currentIndex().row())
        )
        self.delete_button = QPushButton(icon(Icon.DELETE), self.tr("De&lete…"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.shown, 1)
        layout.addLayout(buttons)
        self._show_count()

    def _show_count(self) -> None:
        shown = len(self.model.ids)
        self.count.setText(self.tr("People shown: %1").replace("%1", number(shown)))
        typed = " ".join(self.model.filter_text.split())
        if shown or not self.loaded:
            self.shown.show_table()
        elif fold(typed):
            self.shown.show_empty(
                self.tr("No one is called “%1”. Create a new person?").replace("%1", typed),
                self.tr("&Add %1 as a new person…").replace("%1", typed),
                typed,
            )
        else:
            self.shown.show_empty(
                self.tr(
                    "Everyone who attends or gives a training session is listed here, with the "
                    "number of sessions attended. No one is recorded yet."
                ),
                self.tr("&Add the first person…"),
            )

    def _leave_search(self) -> None:
        """Enter in the search box goes to the results, or to the next step when there are none."""
        if self.shown.is_empty_shown():
            self.shown.empty.button.setFocus()
        else:
            self.table.setFocus()

    def reload(self) -> None:
        self.loaded = True
        self.model.reload()

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

    def _emit(self, signal: Any, row: int) -> None:
        if 0 <= row < len(self.model.ids):
            signal.emit(self.model.ids[row])

    def _delete(self) -> None:
        self._emit(self.delete_person, self.table.currentIndex().row())
