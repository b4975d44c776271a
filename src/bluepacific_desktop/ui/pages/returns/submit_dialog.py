"""The submit question: the month is submitted (its capability figures locked), and two ticks
state whether its training sessions and engagements are complete (those ticked are locked too).
Cancel is the default and the Esc answer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CompleteTicks(QWidget):
    """ "The month's sessions / engagements are all recorded": what a submission declares."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = QCheckBox(self.tr("All of the month's &training sessions are recorded"))
        self.engagements = QCheckBox(self.tr("All of the month's &engagements are recorded"))
        note = QLabel(
            self.tr(
                "Ticked: they are locked with the month, like its figures, until it is sent back."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sessions)
        layout.addWidget(self.engagements)
        layout.addWidget(note)

    def complete(self) -> tuple[bool, bool]:
        """(sessions complete, engagements complete)."""
        return self.sessions.isChecked(), self.engagements.isChecked()


class SubmitDialog(QDialog):
    def __init__(self, parent: QWidget, month: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit"))
        question = QLabel(
            self.tr(
                "Submit %1? Its capability figures are then locked until the national "
                "approver or the regional team sends it back."
            ).replace("%1", month)
        )
        question.setWordWrap(True)
        self.ticks = CompleteTicks()
        buttons = QDialogButtonBox()
        self.ok = QPushButton(self.tr("&Submit"))
        self.ok.setAutoDefault(False)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setDefault(True)  # a hurried Enter submits nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.ticks)
        layout.addWidget(buttons)
        self.resize(520, 220)

    def complete(self) -> tuple[bool, bool]:
        return self.ticks.complete()
