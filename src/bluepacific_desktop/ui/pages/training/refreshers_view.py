"""The Training screen's "Due for refresher" tab: the people certified in a course with a
validity whose refresher falls due by a chosen day (overdue ones included), by course and
agency (reports/figures/refreshers.py), read off the GUI thread; narrowed by course and agency.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import Period, country_today, quarter_of
from bluepacific_desktop.reports.figures.refreshers import RefresherList, refreshers_due
from bluepacific_desktop.store.models import RefCourse
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.count_label import CountLabel
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.pages.training.common import py_date, ui_language
from bluepacific_desktop.ui.style import ERROR_COLOR

Index = QModelIndex | QPersistentModelIndex
COURSE, AGENCY, NAME, LAST, DUE = range(5)


class RefreshersModel(QAbstractTableModel):
    """The list's rows (a country's due refreshers: hundreds at most, held in full)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refreshers: RefresherList | None = None
        self.headers = [
            self.tr("Course"),
            self.tr("Agency"),
            self.tr("Name"),
            self.tr("Last trained"),
            self.tr("Refresher due"),
        ]

    def set_list(self, refreshers: RefresherList) -> None:
        self.beginResetModel()
        self.refreshers = refreshers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.refreshers is None else len(self.refreshers.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.refreshers is None or not index.isValid():
            return None
        row = self.refreshers.rows[index.row()]
        late = self.refreshers.overdue(row)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == DUE and late:
            return QBrush(QColor(ERROR_COLOR))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        due = QDate(row.due.year, row.due.month, row.due.day).toString(Qt.DateFormat.ISODate)
        return {
            COURSE: row.course(ui_language()),
            AGENCY: row.agency or "–",
            NAME: row.full_name,
            LAST: row.last_trained.isoformat(),
            DUE: self.tr("%1 (overdue)").replace("%1", due) if late else due,
        }.get(index.column())


class RefreshersView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course"))
        # Course names are long: the list may be narrower than the longest (it opens wide).
        self.course.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.course.setMinimumContentsLength(24)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("Every agency"))
        self.agency.setClearButtonEnabled(True)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.due_by = QDateEdit()
        self.due_by.setCalendarPopup(True)
        self.due_by.setDisplayFormat("yyyy-MM-dd")
        self.due_by.setAccessibleName(self.tr("Due by"))
        self.model = RefreshersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People due for a refresher"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((260, 220, 220, 120)):
            self.table.setColumnWidth(column, width)
        self.count = CountLabel()
        self.print_button = QPushButton(icon(Icon.PRINT), self.tr("P&rint the quarter's list…"))
        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("C&ourse:"), self.course),
            (self.tr("A&gency:"), self.agency),
            (self.tr("Due &by:"), self.due_by),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 0 if widget is self.due_by else 1)
        # The count sits with the button: the filter row is full at 1366×768 in French.
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._ready = False
        # Each keystroke asks again; reads finish in any order, so only the last one is shown.
        self._asked = 0
        self.course.currentIndexChanged.connect(lambda _i: self.reload())
        self.agency.textChanged.connect(lambda _t: self.reload())
        self.due_by.dateChanged.connect(lambda _d: self.reload())

    def _fill_filters(self) -> None:
        """The courses with a validity, and the current quarter's end (on the country's clock)."""
        language = ui_language()
        with self.ctx.store.read() as session:
            courses = session.scalars(
                select(RefCourse).where(RefCourse.validity_months > 0).order_by(RefCourse.code)
            ).all()
            today = country_today(report_country(session).zone)
        self.course.blockSignals(True)
        self.course.addItem(self.tr("Every course with a validity"), None)
        for c in sorted(courses, key=lambda c: c.name_fr if language == "fr" else c.name_en):
            self.course.addItem(c.name_fr if language == "fr" else c.name_en, c.code)
        self.course.blockSignals(False)
        end = quarter_of(today).end
        self.due_by.blockSignals(True)
        self.due_by.setDate(QDate(end.year, end.month, end.day))
        self.due_by.blockSignals(False)
        self._ready = True

    def reload(self) -> None:
        if not self._ready:
            self._fill_filters()
        store, course = self.ctx.store, self.course.currentData()
        agency, due_by = self.agency.text().strip() or None, py_date(self.due_by.date())

        def work(_job: Job) -> RefresherList:
            with store.read() as session:
                country = report_country(session)
                today = country_today(country.zone)
                period = Period(min(today, due_by), due_by)
                return refreshers_due(
                    session, country.code, period, today, course=course, agency=agency
                )

        self._asked += 1
        asked = self._asked
        ReadOp(self, self.ctx, work, lambda found: self._show(found, asked)).run()

    def _show(self, refreshers: RefresherList, asked: int) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # the screen closed meanwhile, or a newer filter is being read
        self.model.set_list(refreshers)
        late = sum(1 for r in refreshers.rows if refreshers.overdue(r))
        self.count.setText(
            self.tr("Due: %1, overdue: %2")
            .replace("%1", number(len(refreshers.rows)))
            .replace("%2", number(late))
        )
