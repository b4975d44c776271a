"""The list of training sessions: instant search, course and date filters, newest first; New /
Open / Delete buttons, and what the list is for while it is empty."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.count_label import CountLabel
from bluepacific_desktop.ui.empty_state import TableOrEmpty
from bluepacific_desktop.ui.flow_layout import FlowLayout, labelled
from bluepacific_desktop.ui.formatting import day, number
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.models.record_table import Column, RecordTableModel
from bluepacific_desktop.ui.pages.training.common import (
    TrainingWords,
    py_date,
    rename_courses,
    ui_language,
)
from bluepacific_desktop.workflows.training_queries import (
    SessionFilter,
    courses,
    session_ids,
    session_rows,
)

# The "any date" state of a date box: one day before the earliest date a record may carry.
NO_DATE = QDate(1989, 12, 31)


class SessionsView(QWidget):
    """Emits `open_session(id)` on Enter or double-click, `delete_session(id)` on Delete, and
    `create_session()` from the New button or the empty list's button."""

    open_session = Signal(str)
    delete_session = Signal(str)
    create_session = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = SessionFilter()
        language = ui_language()
        words = TrainingWords(self)
        self.store = store
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Title, place or course"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.course = QComboBox()
        self.course.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.course.setMinimumContentsLength(22)
        self.course.setAccessibleName(self.tr("Course filter"))
        self.course.addItem(self.tr("All courses"), None)
        with store.read() as session:
            for code, name in courses(session, language):
                self.course.addItem(name, code)
        self.date_from = self._date_box(self.tr("Sessions ending on or after this day"))
        self.date_to = self._date_box(self.tr("Sessions starting on or before this day"))
        columns = [
            Column(self.tr("Course"), "course"),
            Column(self.tr("Title"), "title"),
            Column(self.tr("Start"), "start_date", day),
            Column(self.tr("End"), "end_date", day),
            Column(self.tr("Location"), "location"),
            Column(self.tr("Mode"), "mode", lambda m: words.modes().get(m, str(m))),
            Column(self.tr("Attendees"), "attendees", number, align_right=True),
            Column(self.tr("Sync state"), "_sync"),
        ]
        self.model = RecordTableModel(
            store,
            columns,
            lambda _text: session_ids(self.filter, ui_language()),
            lambda ids: session_rows(ids, ui_language()),
            RecordKind.TRAINING_SESSION.value,
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Training sessions"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per session: more of the list fits on screen
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 250, 85, 85, 100, 95, 80)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda index: self._emit(self.open_session, index.row()))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.search.textChanged.connect(self.apply_filter)
        self.course.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.table.setFocus)
        bar = FlowLayout()  # wraps onto a second line in a narrow window
        for text, widget in (
            (self.tr("Sea&rch:"), self.search),
            (self.tr("C&ourse:"), self.course),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            bar.addWidget(labelled(text, widget, grows=widget is self.search))
        any_date = QPushButton(self.tr("&Any date"))
        any_date.clicked.connect(self.clear_dates)
        bar.addWidget(any_date)
        self.shown = TableOrEmpty(self.table)
        self.shown.empty.next_step.connect(lambda _typed: self.create_session.emit())
        self.model.modelReset.connect(self._show_count)
        self.new_button = QPushButton(icon(Icon.NEW), self.tr("&New session…"))
        self.new_button.clicked.connect(self.create_session.emit)
        self.open_button = QPushButton(icon(Icon.OPEN), self.tr("Op&en…"))
        self.open_button.clicked.connect(
            lambda: self._emit(self.open_session, self.table.currentIndex().row())
        )
        self.delete_button = QPushButton(icon(Icon.DELETE), self.tr("De&lete…"))
        self.delete_button.clicked.connect(self._delete)
        self.count = CountLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.shown, 1)
        layout.addLayout(buttons)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            rename_courses(self.course, self.store)
            self.reload()  # the course names in the list, in the new language
        super().changeEvent(event)

    def _date_box(self, accessible: str) -> QDateEdit:
        box = QDateEdit()
        box.setAccessibleName(accessible)
        box.setCalendarPopup(True)
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("Any"))  # shown while the box holds NO_DATE
        box.setDate(NO_DATE)
        return box

    def clear_dates(self) -> None:
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)

    @staticmethod
    def _picked(box: QDateEdit) -> date | None:
        chosen = box.date()
        return None if chosen == NO_DATE else py_date(chosen)

    def apply_filter(self, *_args: Any) -> None:
        self.filter.text = self.search.text()
        self.filter.course = self.course.currentData()
        self.filter.start = self._picked(self.date_from)
        self.filter.end = self._picked(self.date_to)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectRow(row)

    def _show_count(self) -> None:
        shown = len(self.model.ids)
        self.count.setText(self.tr("Sessions shown: %1").replace("%1", number(shown)))
        self.open_button.setEnabled(shown > 0)
        self.delete_button.setEnabled(shown > 0)
        if shown:
            self.shown.show_table()
            return
        f = self.filter
        if f.text.strip() or f.course or f.start or f.end:
            self.shown.show_empty(
                self.tr("No training session matches these filters."),
                self.tr("Ne&w session…"),
            )
        else:
            self.shown.show_empty(
                self.tr(
                    "The training sessions held or attended by your police are recorded here, "
                    "each with its list of attendees. No session is recorded yet."
                ),
                self.tr("Re&cord the first session…"),
            )

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

    def select(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _emit(self, signal: Any, row: int) -> None:
        if 0 <= row < len(self.model.ids):
            signal.emit(self.model.ids[row])

    def _delete(self) -> None:
        self._emit(self.delete_session, self.table.currentIndex().row())
