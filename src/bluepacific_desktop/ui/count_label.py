"""A list's "… shown: N" label beside its search box, which never narrows while someone types.

Each letter typed changes the count; a label as wide as its text moved the search box with
it and made the whole screen lay out and repaint again, a third of a 100,000-people filter's
time (and a box that jumps under the cursor). The label keeps the widest width it has needed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class CountLabel(QLabel):
    def setText(self, text: str) -> None:
        super().setText(text)
        self.setMinimumWidth(max(self.minimumWidth(), self.sizeHint().width()))

    def changeEvent(self, event: QEvent) -> None:
        # Another language or font: its words set the width again, from nothing.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.setMinimumWidth(0)
        super().changeEvent(event)
