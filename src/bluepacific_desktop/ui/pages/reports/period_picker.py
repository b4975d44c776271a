"""The period of a report: a quarter (the current one on the country's clock by default) or
a first and a last day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from bluepacific_desktop.reports.figures.periods import Period, quarter, quarter_of

FIRST_YEAR = 2020  # before the project (2024–2026), for the years it is compared with


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    def __init__(self, current: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_quarter = QRadioButton(self.tr("&Quarter"))
        self.by_dates = QRadioButton(self.tr("&Dates"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Quarter"))
        year, number = current.start.year, (current.start.month - 1) // 3 + 1
        while year >= FIRST_YEAR:  # newest first: the current quarter is the first choice
            self.quarter.addItem(f"{year}Q{number}", (year, number))
            year, number = (year - 1, 4) if number == 1 else (year, number - 1)
        self.start = self._date_box(current.start, self.tr("First day"))
        self.end = self._date_box(current.end, self.tr("Last day"))
        start_label = QLabel(self.tr("&From"))
        start_label.setBuddy(self.start)
        end_label = QLabel(self.tr("&To"))
        end_label.setBuddy(self.end)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_quarter, 0, 0)
        grid.addWidget(self.quarter, 0, 1, 1, 4)
        grid.addWidget(self.by_dates, 1, 0)
        grid.addWidget(start_label, 1, 1)
        grid.addWidget(self.start, 1, 2)
        grid.addWidget(end_label, 1, 3)
        grid.addWidget(self.end, 1, 4)
        grid.setColumnStretch(5, 1)
        self.by_quarter.toggled.connect(self._mode_changed)
        self.by_quarter.setChecked(True)
        self._mode_changed(True)

    def _date_box(self, value: date, name: str) -> QDateEdit:
        box = QDateEdit(_qdate(value))
        box.setCalendarPopup(True)
        box.setDisplayFormat("d MMM yyyy")  # the year in full, the month in the UI's language
        box.setMinimumDate(QDate(1990, 1, 1))
        box.setAccessibleName(name)
        return box

    def _mode_changed(self, quarterly: bool) -> None:
        self.quarter.setEnabled(quarterly)
        self.start.setEnabled(not quarterly)
        self.end.setEnabled(not quarterly)

    def period(self) -> Period | None:
        """The chosen period; None when the first day is after the last one."""
        if self.by_quarter.isChecked():
            year, number = self.quarter.currentData()
            return quarter(year, number)
        start, end = _date(self.start.date()), _date(self.end.date())
        if start > end:
            return None
        whole = quarter_of(start)
        exact = (whole.start, whole.end) == (start, end)
        return Period(start, end, whole.quarter if exact else None)
