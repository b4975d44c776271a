"""The selected capability's narrative and success stories, beside the monthly grid."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget

from bluepacific_desktop.workflows.capability_month import CapabilityRow


class RowTexts(QGroupBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: CapabilityRow | None = None
        self.read_only = False  # a submitted month's texts are shown, not edited
        # The placeholders remind, every time, that no nominal police data goes here.
        self.narrative = self._text(
            self.tr("Narrative"),
            self.tr(
                "What was done with this capability this month. "
                "No names or personal details of suspects or victims."
            ),
        )
        self.stories = self._text(
            self.tr("Success stories"),
            self.tr(
                "Results this capability helped to achieve. "
                "No names or personal details of suspects or victims."
            ),
        )
        texts = QGridLayout(self)
        for column, (text, edit) in enumerate(
            ((self.tr("&Narrative:"), self.narrative), (self.tr("Success s&tories:"), self.stories))
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            texts.addWidget(label, 0, column)
            texts.addWidget(edit, 1, column)
        self.show_row(None)

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._changed)
        return edit

    def show_row(self, row: CapabilityRow | None) -> None:
        self.current = None  # no write-back while filling the boxes
        self.narrative.setPlainText(row.narrative if row else "")
        self.stories.setPlainText(row.success_stories if row else "")
        for edit in (self.narrative, self.stories):
            edit.setReadOnly(self.read_only)
        self.setEnabled(row is not None)
        self.setTitle(
            self.tr("Narrative and success stories: %1").replace("%1", row.name)
            if row
            else self.tr("Narrative and success stories: choose a capability in the grid")
        )
        self.current = row

    def _changed(self) -> None:
        if self.current is None:
            return
        self.current.narrative = self.narrative.toPlainText()
        self.current.success_stories = self.stories.toPlainText()
        self.edited.emit()
