"""What a screen of the main window provides: a title, a refresh when data changed, and the
unsaved-changes question before it is left (ui/unsaved.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon
from bluepacific_desktop.workflows.drafts import Draft


class Page(QWidget):
    """A screen, refreshed when an operation announces that a kind it shows has changed.

    `kinds` are wire names: the record kinds the screen lists, and the reference kinds whose
    names it shows. The announcements come from the ops helper alone (ui/ops.py)."""

    kinds: frozenset[str] = frozenset()
    # Asks the main window to show another screen, by its name (`Screen.name`, ui/app.py).
    go_to = Signal(str)
    nav_icon: Icon | None = None  # its picture in the navigation (ui/icons.py)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read what the screen shows from the store."""

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.kinds:
            self.refresh()

    def show_item(self, item: str) -> None:
        """Bring one thing of the screen into view when a link asks for it ("returns:2024-01"
        from the dashboard: the month); screens without items ignore it."""

    # Page-level actions the main window's shortcuts call; screens override what they support.
    def new_record(self) -> None:
        """Ctrl+N."""

    def find_records(self) -> None:
        """Ctrl+F."""

    def print_page(self) -> None:
        """Ctrl+P."""

    # Unsaved changes: the main window asks before switching screens and before quitting.
    def settle(self, then: Callable[[], None] | None = None) -> bool:
        """True when the screen may be left now (see UnsavedGuard.settle)."""
        return True

    def open_draft(self, draft: Draft) -> bool:
        """Open the editor a draft was kept from, with what was typed; False if not ours."""
        return False
