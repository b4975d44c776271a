"""What both editors share: a field with its problem shown beneath it, Save/Delete run off the
GUI thread through the service layer, and a read-only mode for records of other countries."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.contacts.widgets import confirm_delete, run_delete
from bluepacific_desktop.ui.problems import error_words, problem_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.ui.unsaved import EditorDialog


class RecordEditor(EditorDialog):
    """Subclasses add their fields with `field()`, say what to save with `values()`, and call
    `mark_clean()` once the record is shown."""

    saved = Signal(str)  # the id of the record saved
    deleted = Signal(str)

    def __init__(
        self, ctx: AppContext, kind: RecordKind, record_id: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, parent)
        self.ctx = ctx
        self.kind = kind
        self.record_id = record_id
        self.read_only = False
        self.busy = False
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.note = QLabel()  # read-only note, or a problem that is not about one field
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setIcon(icon(Icon.SAVE))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(record_id is not None)
        for button in self.buttons.buttons():
            # Enter in a line edit or list must not save by surprise: Ctrl+S saves.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.body = QWidget()
        self.form = QFormLayout()
        body_layout = QVBoxLayout(self.body)
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)  # spare height goes below the fields, not between them
        scroll = QScrollArea()  # keeps the buttons reachable on a 768-pixel-high screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def field(self, name: str, widget: QWidget, accessible: str) -> QWidget:
        """The input with its (hidden) problem label beneath it, for a form row."""
        widget.setAccessibleName(accessible)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        self.errors[name] = error
        self.inputs[name] = widget
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        return box

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        # The draft is JSON: dates as ISO text.
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in self.values().items()}

    def draft_record_id(self) -> str | None:
        return self.record_id

    def draft_title(self) -> str:
        return self.display_name()

    def set_read_only(self, note: str) -> None:
        self.read_only = True
        self.note.setText(note)
        self.note.show()
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)  # still focusable, so the text can be read and copied
            elif not isinstance(widget, QScrollArea):
                widget.setEnabled(False)

    # -- save and delete ---------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only or self.busy:
            return
        store, kind, record_id, data = self.ctx.store, self.kind, self.record_id, self.values()

        def work(_job: Job) -> Changed[str]:
            with store.write() as session:
                service = RecordService(session)
                if record_id is None:
                    return Changed.of(service.create(kind, data).id, {kind})
                return Changed.of(service.update(kind, record_id, data).id, {kind})

        self._set_busy(True)
        WriteOp(self, self.ctx, work, self._saved, self._failed).run()

    def delete(self) -> None:
        if self.read_only or self.busy or self.record_id is None:
            return
        if not confirm_delete(self, self.display_name()):
            return
        self._set_busy(True)
        record_id = self.record_id
        run_delete(
            self, self.ctx, self.kind, record_id, lambda _r: self._deleted(record_id), self._failed
        )

    def display_name(self) -> str:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.delete_button.setEnabled(not busy)

    def _saved(self, record_id: str) -> None:
        self._set_busy(False)
        self.saved.emit(record_id)
        self.saved_ok()

    def _deleted(self, record_id: str) -> None:
        self._set_busy(False)
        self.deleted.emit(record_id)
        self.guard.forget()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.guard.save_failed()
        self._set_busy(False)
        self.show_problems(exc)

    def show_problems(self, exc: Exception) -> None:
        """Each problem next to its field; the rest (ownership, in use…) above the form."""
        for name, label in self.errors.items():
            label.hide()
            self.inputs[name].setAccessibleDescription("")
        general: list[str] = []
        first: QWidget | None = None
        problems = exc.problems if isinstance(exc, ValidationError) else []
        for problem in problems:
            words = problem_words(problem)
            if problem.field not in self.errors:
                general.append(words)
                continue
            label = self.errors[problem.field]
            text = words if label.isHidden() else f"{label.text()}\n{words}"
            label.setText(text)
            label.show()
            self.inputs[problem.field].setAccessibleDescription(text)
            first = first or self.inputs[problem.field]
        if not problems:
            general.append(error_words(exc))
        self.note.setText("\n".join(general))
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setVisible(bool(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
