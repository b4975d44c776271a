"""The monthly grid: capabilities (grouped by category) × counts; only applicable counts edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.ui.formatting import month_name, number
from bluepacific_desktop.workflows.capability_month import METRICS, CapabilityRow

Index = QModelIndex | QPersistentModelIndex
Line = CapabilityRow | str  # a capability, or the name of the category heading it
PROBLEM = QColor("#f4c7c3")


class CapabilityGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.dirty = False
        self.read_only = False  # a submitted month: shown, not editable (lock_banner.py)
        self.headers = {
            "searches": self.tr("Searches"),
            "hits": self.tr("Hits"),
            "notices_requested": self.tr("Notices\nrequested"),
            "diffusions_requested": self.tr("Diffusions\nrequested"),
            "messages_exchanged": self.tr("Messages\nexchanged"),
            "active_accounts": self.tr("Active\naccounts"),
            "participants": self.tr("Participants"),
        }
        self.categories = {
            "network": self.tr("Network"),
            "database": self.tr("Databases"),
            "access": self.tr("Access"),
            "notice": self.tr("Notices and diffusions"),
            "support": self.tr("Support teams"),
            "learning": self.tr("Learning"),
        }

    def set_rows(self, rows: list[CapabilityRow]) -> None:
        self.beginResetModel()
        self.lines = []
        for row in rows:
            if not self.lines or self._category_before(len(self.lines)) != row.category:
                self.lines.append(row.category)
            self.lines.append(row)
        self.dirty = False
        self.endResetModel()

    def _category_before(self, end: int) -> str | None:
        for line in reversed(self.lines[:end]):
            if isinstance(line, str):
                return line
        return None

    def rows(self) -> list[CapabilityRow]:
        return [line for line in self.lines if isinstance(line, CapabilityRow)]

    def row_at(self, row: int) -> CapabilityRow | None:
        line = self.lines[row] if 0 <= row < len(self.lines) else None
        return line if isinstance(line, CapabilityRow) else None

    def heading_rows(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if isinstance(line, str)]

    def metric_of(self, column: int) -> str | None:
        return METRICS[column - 1] if 1 <= column <= len(METRICS) else None

    def set_problems(self, problems: dict[str, dict[str, str]]) -> None:
        for row in self.rows():
            row.problems = dict(problems.get(row.code, {}))
        self._all_changed()

    def mark_dirty(self) -> None:
        self.dirty = True

    def _all_changed(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(METRICS)))

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(METRICS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        metric = self.metric_of(section)
        return self.headers[metric] if metric else self.tr("Capability")

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:  # a category heading: not focusable
            return Qt.ItemFlag.NoItemFlags
        metric = self.metric_of(index.column())
        if metric is None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if metric not in row.metrics:  # greyed and skipped by the keyboard
            return Qt.ItemFlag.NoItemFlags
        if self.read_only:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if isinstance(line, str):
            return self._heading(line, index.column(), role)
        metric = self.metric_of(index.column())
        if metric is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return line.name
            return None
        if metric not in line.metrics:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.Window))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Does not apply to this capability")
            return None
        text = line.values.get(metric, "")
        problem = line.problems.get(metric)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            # Whole numbers read back from the store show in the language's style (1,234).
            return number(int(text)) if text.isdigit() else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or self._history_tip(line, metric)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM)
        return None

    def _history_tip(self, line: CapabilityRow, metric: str) -> str:
        """The cell's name and its figures in the months before, as the submit checks compare
        a figure with them (a figure far from the usual asks for an explanation)."""
        months = line.history.get(metric, [])
        name = self.headers[metric].replace("\n", " ")
        if not months:
            return name
        lines = [self.tr("%1, the last %n months:", "", len(months)).replace("%1", name)]
        for period, value in months:
            shown = self.tr("not reported") if value is None else number(value)
            lines.append(f"{month_name(period)}: {shown}")
        return "\n".join(lines)

    def _heading(self, category: str, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.categories.get(category, category)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:  # readable, though not selectable
            return QBrush(QApplication.palette().color(QPalette.ColorRole.WindowText))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        metric = self.metric_of(index.column())
        if row is None or metric is None or metric not in row.metrics:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value).strip()
        if row.values.get(metric, "") == text:
            return True
        row.values[metric] = text
        row.problems.pop(metric, None)  # the user is fixing it; checked again on save
        self.dirty = True
        self.dataChanged.emit(index, index)
        return True
