"""Questions with named answers: `choose()` (the safe answer is the default and the Esc one),
and the question before an irreversible action (deleting), which names what goes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def choose(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    question: str,
    answers: list[tuple[str, Role]],
    safe: int,
    detail: str = "",
) -> int:
    """Ask, and return the index of the answer clicked; `answers[safe]` is the default button
    and what Esc answers, so a hurried Enter or Esc never loses or deletes anything."""
    box = QMessageBox(icon, title, question, parent=parent)
    if detail:
        box.setInformativeText(detail)
    buttons = [box.addButton(text, role) for text, role in answers]
    box.setDefaultButton(buttons[safe])
    box.setEscapeButton(buttons[safe])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), safe)


def confirm_delete(parent: QWidget, question: str) -> bool:
    """True only when the user clicks Delete; Cancel is the default and the Esc answer."""
    answer = choose(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConfirmDelete", "Delete"),
        question,
        [
            (QCoreApplication.translate("ConfirmDelete", "&Delete"), Role.DestructiveRole),
            (QCoreApplication.translate("ConfirmDelete", "Cancel"), Role.RejectRole),
        ],
        safe=1,
        detail=QCoreApplication.translate("ConfirmDelete", "This cannot be undone."),
    )
    return answer == 0
