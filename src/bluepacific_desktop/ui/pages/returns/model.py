"""The list of the country's months (newest first): state, due date, on time / late / missing,
the capability reports counted, and whether the hub has the last change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bluepacific_desktop.i18n.returns_words import timeliness_words
from bluepacific_desktop.ui.formatting import day, number
from bluepacific_desktop.ui.pages.capabilities.months_model import month_label
from bluepacific_desktop.ui.pages.returns.texts import state_words
from bluepacific_desktop.workflows.returns import MonthReturn
from bluepacific_wire.completeness import DEFAULT_DUE_DAYS

Index = QModelIndex | QPersistentModelIndex


def due_day(period: str) -> date:
    """The last day a month may be received on time with the default due days (a row not yet
    timed; a timed one says its own: MonthReturn.due_day, from the hub's days)."""
    year, month = int(period[:4]), int(period[5:7])
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following + timedelta(days=DEFAULT_DUE_DAYS - 1)


@dataclass(frozen=True)
class ReturnRow:
    month: MonthReturn
    reports: int  # capability reports saved for the month


class ReturnsModel(QAbstractTableModel):
    PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReturnRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("State"),
            self.tr("Due"),
            self.tr("On time?"),
            self.tr("Capability\nreports"),
            self.tr("On the hub"),
        ]

    def set_rows(self, rows: list[ReturnRow]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: r.month.period, reverse=True)
        self.endResetModel()

    def row_of(self, period: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.month.period == period), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        month = row.month
        if role == self.PERIOD_ROLE:
            return month.period
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return month_label(month.period)
        if column == 1:
            return state_words(month.state, month.nil)
        if column == 2:
            return day(month.due_day or due_day(month.period))
        if column == 3:
            return timeliness_words(month.timeliness)
        if column == 4:
            return number(row.reports)
        if month.set_aside:
            return self.tr("Refused by the hub")
        return self.tr("Yes") if month.on_hub else self.tr("Not yet")
