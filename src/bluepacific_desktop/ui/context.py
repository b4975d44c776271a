"""What every screen gets: the store, the background workers, and the "data changed" signal.

Passed to each screen explicitly (no global main-window object that everything reaches into).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.ops import Workers


class AppContext(QObject):
    # The record kinds (wire names) a finished operation changed. Only the ops helper
    # (ui/ops.py) emits it, from what each write returned; screens refresh from it.
    data_changed = Signal(frozenset)
    language_changed = Signal(str)
    # A short confirmation of what was just done (printed, saved…), for the status bar.
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # The three lanes work runs on (ReadOp, WriteOp, NetworkOp in ui/ops.py).
        self.background = Workers(self)
        # A hub token kept only in memory (demo mode, or a computer with no keyring).
        self.session_token: str | None = None
