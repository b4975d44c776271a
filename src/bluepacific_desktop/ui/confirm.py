"""The question before an irreversible action (deleting): it names what goes, and Cancel is the
default button, so a hurried Enter or Esc never deletes anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmDelete", text)


def confirm_delete(parent: QWidget, question: str) -> bool:
    """True only when the user clicks Delete; Cancel is the default and the Esc answer."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Delete"), question, parent=parent)
    box.setInformativeText(_tr("This cannot be undone."))
    delete = box.addButton(_tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
