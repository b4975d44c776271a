"""The app's main window over the demo's store and a local hub process, already logged in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from bluepacific_desktop import demo
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.main_window import MainWindow


@contextmanager
def demo_window(qtbot: Any, folder: Path, size: int = 20) -> Iterator[tuple[MainWindow, Store]]:
    demo.prepare_store(folder, size=size)
    store = Store.open(folder)
    hub = demo.start_hub(folder, store)
    assert hub is not None
    window = open_main_window(store, QApplication.instance(), hub.token)
    assert window is not None
    qtbot.addWidget(window)
    try:
        yield window, store
    finally:
        window.sync.shutdown()
        window.ctx.background.wait()
        hub.stop()
        store.close()
