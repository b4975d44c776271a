"""What every screen gets: the store, the background runner, and the "data changed" signal.

Passed to each screen explicitly (no global main-window object that everything reaches into).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.background import Background


class AppContext(QObject):
    # The record kinds (RecordKind values) a finished operation changed; "*" for everything.
    data_changed = Signal(frozenset)
    language_changed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.background = Background(self)
        # A hub token kept only in memory (demo mode, or a computer with no keyring).
        self.session_token: str | None = None

    def announce(self, *kinds: str) -> None:
        self.data_changed.emit(frozenset(kinds))
