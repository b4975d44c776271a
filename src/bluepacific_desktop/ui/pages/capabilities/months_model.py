"""The list of reported months (newest first): how many capabilities, totals and sync state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.models import sync_marks
from bluepacific_desktop.workflows.capability_month import METRICS, MonthSummary, month_summaries

Index = QModelIndex | QPersistentModelIndex


def month_label(period: str) -> str:
    year, month = (int(p) for p in period.split("-"))
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


class MonthsModel(QAbstractTableModel):
    PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.months: list[MonthSummary] = []
        self.headers = [
            self.tr("Month"),
            self.tr("Capabilities\nreported"),
            self.tr("Searches"),
            self.tr("Hits"),
            self.tr("Notices\nrequested"),
            self.tr("Diffusions\nrequested"),
            self.tr("Messages\nexchanged"),
            self.tr("Active\naccounts"),
            self.tr("Participants"),
            self.tr("Sync state"),
        ]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.months = month_summaries(self.store)
        self.endResetModel()

    def row_of(self, period: str) -> int:
        return next((i for i, m in enumerate(self.months) if m.period == period), -1)

    def sync_words(self, month: MonthSummary) -> str:
        if month.attention:
            return self.tr("%n reports need attention (see Sync)", "", month.attention)
        if month.waiting:
            return self.tr("%n reports waiting to sync", "", month.waiting)
        return self.tr("On the hub")

    @staticmethod
    def sync_mark(month: MonthSummary) -> sync_marks.Mark:
        """The same short word as the other lists; attention means set aside or conflict, both
        settled on the Sync screen, which the tooltip names."""
        if month.attention:
            return sync_marks.Mark.SET_ASIDE
        return sync_marks.Mark.WAITING if month.waiting else sync_marks.Mark.SENT

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.months):
            return None
        month = self.months[index.row()]
        column = index.column()
        if role == self.PERIOD_ROLE:
            return month.period
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= len(METRICS) + 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == len(self.headers) - 1:
            return self.sync_data(month, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return month_label(month.period)
        if column == 1:
            return number(month.reports)
        if column <= len(METRICS) + 1:
            total = month.totals[column - 2]
            return "" if total is None else number(total)
        return None

    def sync_data(self, month: MonthSummary, role: int) -> Any:
        mark = self.sync_mark(month)
        if role == Qt.ItemDataRole.DecorationRole:
            return sync_marks.small_picture(mark)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sync_words(month)
        if role == Qt.ItemDataRole.DisplayRole:
            return sync_marks.word(mark)
        return None
