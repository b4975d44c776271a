"""Never lose what was typed: the Save / Discard / Keep editing question, and the guard every
editor shares (knows whether it holds unsaved changes, keeps a draft every few seconds).

An editor provides `state()` (its fields as typed, plain JSON), `set_state()`, `save()`, the
question to ask and the title of its draft. `EditorDialog` is the base of the dialog editors;
a screen editor (the capability month grid) holds an `UnsavedGuard` itself. The main window
asks every open editor before switching screens or quitting (`ui/main_window.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bluepacific_desktop.ui.confirm import Role, choose
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.workflows.drafts import Draft, draft_key, drop_draft, keep_draft

log = logging.getLogger(__name__)

# A power cut loses at most this much typing; short enough to matter, long enough that a
# draft write (one small row) never competes with the screens' own writes.
DRAFT_INTERVAL_MS = 3000


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP = "keep"


def ask_unsaved(parent: QWidget, question: str) -> Answer:
    """The one question; Keep editing is the default button, and Esc keeps editing too."""
    answers = [Answer.SAVE, Answer.DISCARD, Answer.KEEP]
    clicked = choose(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
        question,
        [
            (QCoreApplication.translate("UnsavedChanges", "&Save"), Role.AcceptRole),
            (
                QCoreApplication.translate("UnsavedChanges", "&Discard changes"),
                Role.DestructiveRole,
            ),
            (QCoreApplication.translate("UnsavedChanges", "&Keep editing"), Role.RejectRole),
        ],
        safe=2,
    )
    return answers[clicked]


class Editor(Protocol):
    """What the guard needs from an editor."""

    def state(self) -> dict[str, Any]: ...
    def save(self) -> None: ...
    def unsaved_question(self) -> str: ...
    def draft_title(self) -> str: ...


class UnsavedGuard(QObject):
    """Knows whether `editor` changed since `mark_clean()`, keeps its draft in the local store
    every few seconds while it does, and asks before the changes would be lost."""

    def __init__(
        self,
        ctx: AppContext | None,
        editor: Editor,
        widget: QWidget,
        name: str,
        record_id: Callable[[], str | None],
    ) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.editor = editor
        self.widget = widget
        self.name = name  # the editor's name in the drafts table; "" keeps no draft
        self.record_id = record_id
        self.clean: dict[str, Any] | None = None
        self.kept: dict[str, Any] | None = None  # the state last written as a draft
        self.key = ""
        self.after_save: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DRAFT_INTERVAL_MS)
        self.timer.timeout.connect(self.keep_draft)

    def mark_clean(self) -> None:
        """What the editor shows now is what is saved: start watching from here."""
        self.clean = self.editor.state()
        self.key = draft_key(self.name, self.record_id())
        if self.ctx is not None and self.name:
            self.timer.start()

    def dirty(self) -> bool:
        return self.clean is not None and self.editor.state() != self.clean

    def keep_draft(self) -> None:
        if not self.dirty() or self.ctx is None:
            return
        state = self.editor.state()
        if state == self.kept:
            return
        self.kept = state
        draft = Draft(self.key, self.name, self.record_id(), self.editor.draft_title(), state)
        ctx, store = self.ctx, self.ctx.store

        def work(_job: Job) -> Changed[None]:
            keep_draft(store, draft)
            return Changed.of(None, ())

        # A draft that cannot be written (disk full…) must not interrupt typing every few
        # seconds: it is logged, and the editor's own Save still says what went wrong.
        WriteOp(self.widget, ctx, work, None, _log_draft_failure).run()

    def forget(self) -> None:
        """The editor saved or the user discarded: no draft to offer any more."""
        self.timer.stop()
        self.clean = None
        if self.kept is None or not self.key or self.ctx is None:
            return
        self.kept = None
        ctx, store, key = self.ctx, self.ctx.store, self.key

        def work(_job: Job) -> Changed[None]:
            drop_draft(store, key)
            return Changed.of(None, ())

        WriteOp(None, ctx, work, None, _log_draft_failure).run()

    def settle(self, then: Callable[[], None] | None = None) -> bool:
        """True when the editor may close now: nothing changed, or the user discarded. On
        Save the editor starts saving and `then` runs once the save has committed."""
        if not self.dirty():
            return True
        answer = ask_unsaved(self.widget, self.editor.unsaved_question())
        if answer is Answer.DISCARD:
            return True
        if answer is Answer.SAVE:
            self.after_save = then
            self.editor.save()
        return False

    def save_failed(self) -> None:
        """The save was refused: what was asked after it (close, quit…) is not done later by
        surprise; the user fixes the fields and asks again."""
        self.after_save = None

    def saved(self) -> None:
        """The editor's save committed."""
        self.forget()
        then, self.after_save = self.after_save, None
        if then is not None:
            QTimer.singleShot(0, then)


def _log_draft_failure(exc: Exception) -> None:
    log.warning("An editor's draft was not written: %s", type(exc).__name__)


class EditorDialog(QDialog):
    """A dialog editor under the guard: Esc, Cancel and closing the window ask first.

    Subclasses call `mark_clean()` once their fields show the record, and `saved_ok()` (instead
    of `accept()`) when a save has committed."""

    draft_name = ""  # the editor's name in the drafts table (see `ui/draft_offer.py`); "": none

    def __init__(self, ctx: AppContext | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.guard = UnsavedGuard(ctx, self, self, self.draft_name, self.draft_record_id)

    # -- provided by each editor --------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def unsaved_question(self) -> str:
        raise NotImplementedError

    def draft_title(self) -> str:
        raise NotImplementedError

    def draft_record_id(self) -> str | None:
        raise NotImplementedError

    # -- the guard ----------------------------------------------------------------------------

    def mark_clean(self) -> None:
        self.guard.mark_clean()

    def has_unsaved_changes(self) -> bool:
        return self.guard.dirty()

    def settle(self, then: Callable[[], None] | None = None) -> bool:
        return self.guard.settle(then)

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here (QDialog.closeEvent too).
        if self.guard.settle():
            self.guard.forget()
            super().reject()

    def restore(self, draft: Draft) -> None:
        """Put back what was typed when the app stopped; the draft row stays until the editor
        saves or the user discards."""
        self.set_state(draft.state)
        self.guard.kept = draft.state

    def saved_ok(self) -> None:
        self.guard.saved()
        self.accept()


def open_editors(window: QWidget) -> list[EditorDialog]:
    """The editor dialogs open in `window`, innermost last."""
    return [d for d in window.findChildren(EditorDialog) if shiboken6.isValid(d) and d.isVisible()]
