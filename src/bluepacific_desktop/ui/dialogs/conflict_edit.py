"""Decide a conflict by writing the value to keep for each field both sides changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.sync.conflicts import ConflictView, Keep, resolve
from bluepacific_desktop.ui.geometry import fit_window
from bluepacific_desktop.ui.record_words import RecordWords
from bluepacific_desktop.ui.unsaved import EditorDialog


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def apply_edit(session: Session, conflict: ConflictView, values: dict[str, str]) -> None:
    """Keep mine (their other changes are taken), then write the edited values on top:
    the edit goes to the hub as a change based on their latest version."""
    resolve(session, conflict.id, Keep.MINE)
    RecordService(session).update(RecordKind(conflict.kind), conflict.record_id, values)


class ConflictEditDialog(EditorDialog):
    """Save accepts (the sync screen writes the values); Esc or Cancel after typing asks first.
    No draft is kept: the conflict itself waits in the store until it is decided."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Decide what to keep"))
        intro = QLabel(
            self.tr(
                "This record was changed on this computer and elsewhere. For "
                "each field, write the value to keep."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in conflict.fields:
            edit = QLineEdit(_text(conflict.mine.get(name)))
            label = RecordWords(self).field(name)
            edit.setAccessibleName(label)
            edit.setToolTip(self.tr("Theirs: %1").replace("%1", _text(conflict.theirs.get(name))))
            form.addRow(label, edit)
            form.addRow(
                "",
                QLabel(
                    self.tr("Theirs: %1").replace("%1", _text(conflict.theirs.get(name)) or "—")
                ),
            )
            self.edits[name] = edit
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_window(self, "conflict-editor", QSize(560, 0))
        self.mark_clean()

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def state(self) -> dict[str, Any]:
        return dict(self.values())

    def save(self) -> None:
        self.saved_ok()

    def unsaved_question(self) -> str:
        return self.tr("Save the values you wrote for this conflict before closing?")

    def draft_title(self) -> str:
        return ""

    def draft_record_id(self) -> str | None:
        return self.conflict.record_id
