"""The attendance grid's status column: the words for each status and the list to pick one.

Keyboard first: F2 (or typing) opens the list on the current cell, the arrows or a status's
first letter choose, Enter keeps it and Escape leaves the cell as it was."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bluepacific_desktop.domain.enums import AttendanceStatus

Index = QModelIndex | QPersistentModelIndex


def status_word(status: str) -> str:
    """A status in the user's language (an unknown one, from a newer app, as it came)."""
    words = {
        AttendanceStatus.PRESENT: QCoreApplication.translate("Attendance", "Present"),
        AttendanceStatus.LATE: QCoreApplication.translate("Attendance", "Late"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("Attendance", "Excused"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Attendance", "Absent"),
    }
    return words.get(status, status)  # type: ignore[call-overload, no-any-return]


class StatusDelegate(QStyledItemDelegate):
    """A drop-down list of the four statuses in place of the cell while it is edited."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setAccessibleName(QCoreApplication.translate("Attendance", "Attendance status"))
        for status in AttendanceStatus:
            box.addItem(status_word(status), status.value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
