"""The import preview's tables: refused rows (line, column, reason) and doubtful matches, as a
small read-only model (a sheet can have thousands of refused rows: never one widget per row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from bluepacific_desktop.i18n.import_words import candidates_words, problem_words
from bluepacific_desktop.io.importing.plan import Doubtful, RefusedRow

Index = QModelIndex | QPersistentModelIndex
Row = tuple[int, str, str]  # line, second column, third column


def refused_rows(refused: list[RefusedRow]) -> list[Row]:
    """One table row per problem, so that each cause stands on its own line."""
    return [(r.line, p.column or "", problem_words(p)) for r in refused for p in r.problems]


def doubtful_rows(doubtful: list[Doubtful]) -> list[Row]:
    out: list[Row] = []
    for d in doubtful:
        who = f"{d.name} ({d.agency})" if d.agency else d.name
        out.extend((d.line, who, near) for near in candidates_words(d))
    return out


class LinesModel(QAbstractTableModel):
    def __init__(self, headers: tuple[str, str, str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < 3 else None
        return None
