"""The attendance grid's model: one row per attendee, with status, completion, scores and
certificate.

A session has tens of attendees, not thousands, so the rows live in a plain list; scores are
kept as typed and checked by the service on save (its problem is shown in the row).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bluepacific_desktop.ui.pages.training.status_column import status_word
from bluepacific_desktop.ui.style import ERROR_COLOR
from bluepacific_desktop.workflows.session_drafts import AttendeeDraft
from bluepacific_desktop.workflows.training_queries import PersonMatch

Index = QModelIndex | QPersistentModelIndex
NAME, AGENCY, STATUS, COMPLETED, PRE, POST, CERTIFICATE, PROBLEM = range(8)
CHECKS = {COMPLETED: "completed", CERTIFICATE: "certificate_issued"}
SCORES = {PRE: "pre_score", POST: "post_score"}


@dataclass
class AttendeeRow:
    name: str
    agency: str
    draft: AttendeeDraft
    problem: str = ""


class AttendeesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendeeRow] = []
        self.removed: list[str] = []  # saved attendance ids taken off the list
        self.headers = [
            self.tr("Name"),
            self.tr("Agency"),
            self.tr("Status"),
            self.tr("Completed"),
            self.tr("Pre-test"),
            self.tr("Post-test"),
            self.tr("Certificate"),
            self.tr("Problem"),
        ]

    # -- editing the list --------------------------------------------------------------------

    def has_person(self, person_id: str) -> bool:
        return any(r.draft.person_id == person_id for r in self.rows)

    def add(self, row: AttendeeRow) -> int:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(row)
        self.endInsertRows()
        return at

    def add_person(self, match: PersonMatch, draft: AttendeeDraft | None = None) -> int:
        draft = draft or AttendeeDraft(person_id=match.id)
        return self.add(AttendeeRow(match.full_name, match.agency or "", draft))

    def add_new_person(self, data: dict[str, Any]) -> int:
        name = self.tr("%1 (new)").replace("%1", str(data.get("full_name") or ""))
        return self.add(
            AttendeeRow(name, str(data.get("agency") or ""), AttendeeDraft(new_person=data))
        )

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self.rows.pop(row)
        self.endRemoveRows()
        if gone.draft.attendance_id:
            self.removed.append(gone.draft.attendance_id)

    def drafts(self) -> list[AttendeeDraft]:
        return [r.draft for r in self.rows]

    def state(self) -> list[dict[str, Any]]:
        """The rows as typed, in plain JSON, for the editor's draft."""
        return [{"name": r.name, "agency": r.agency, **asdict(r.draft)} for r in self.rows]

    def set_state(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [
            AttendeeRow(str(row.pop("name", "")), str(row.pop("agency", "")), AttendeeDraft(**row))
            for row in (dict(r) for r in rows)
        ]
        self.endResetModel()

    def set_problems(self, problems: dict[int, str]) -> None:
        for number, row in enumerate(self.rows):
            row.problem = problems.get(number, "")
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, PROBLEM))

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in CHECKS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.isValid() and (index.column() in SCORES or index.column() == STATUS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column in CHECKS and role == Qt.ItemDataRole.CheckStateRole:
            on = getattr(row.draft, CHECKS[column])
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if column == PROBLEM and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ERROR_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and row.problem:
            return row.problem
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column in SCORES:
            return str(getattr(row.draft, SCORES[column]))
        if column == STATUS:
            status = row.draft.status
            return status if role == Qt.ItemDataRole.EditRole else status_word(status)
        return {NAME: row.name, AGENCY: row.agency, PROBLEM: row.problem}.get(column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        draft, column = self.rows[index.row()].draft, index.column()
        if column in CHECKS and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            setattr(draft, CHECKS[column], checked)
        elif column in SCORES and role == Qt.ItemDataRole.EditRole:
            setattr(draft, SCORES[column], str(value or "").strip())
        elif column == STATUS and role == Qt.ItemDataRole.EditRole and value:
            draft.status = str(value)
            # The words shown change too: the column fits them again (ResizeToContents).
            self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
            return True
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True
