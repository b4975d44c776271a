"""The question before an irreversible action (deleting): it names what goes, and Cancel is the
default button, so a hurried Enter or Esc never deletes anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(parent: QWidget, question: str) -> bool:
    """True only when the user clicks Delete; Cancel is the default and the Esc answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConfirmDelete", "Delete"),
        question,
        parent=parent,
    )
    box.setInformativeText(QCoreApplication.translate("ConfirmDelete", "This cannot be undone."))
    delete = box.addButton(
        QCoreApplication.translate("ConfirmDelete", "&Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("ConfirmDelete", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
