"""An empty list's place: what the screen is for, or why a search found nothing, and the button
for the next step (create the first record, or the one that was looked for)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Emits `next_step(typed)` when its button is pressed (typed: "" for a list with no record)."""

    next_step = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = ""
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a typed name is never markup
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.next_step.emit(self.typed))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class TableOrEmpty(QStackedWidget):
    """The table while it has rows; the empty state, with its words and button, when not."""

    def __init__(self, table: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = EmptyState()
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_table(self) -> None:
        self.setCurrentWidget(self.table)

    def show_empty(self, message: str, button: str, typed: str = "") -> None:
        self.empty.message.setText(message)
        self.empty.button.setText(button)
        self.empty.typed = typed
        had_focus = self.table.hasFocus()
        self.setCurrentWidget(self.empty)
        if had_focus:  # the hidden table cannot keep the keyboard: give it to the next step
            self.empty.button.setFocus()

    def is_empty_shown(self) -> bool:
        return self.currentWidget() is self.empty
