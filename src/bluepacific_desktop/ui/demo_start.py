"""Demo mode, the quick way in: the window shows at once and says what is being prepared.

Writing the sample records, then starting the local hub and logging in to it, take several
seconds (3.5–6 s on a laptop, when nothing showed at all). Both run off the GUI thread: the
window paints straight away with "Preparing the demo…", fills in as soon as the records are
written, and the status bar says when the local hub is up, after which it syncs to it.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from bluepacific_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class _Steps(QObject):
    """Crosses from the threads that prepare the demo back to the GUI thread."""

    store_ready = Signal()
    hub_ready = Signal()


class DemoLaunch:
    """The demo's window and the work behind it; `close()` stops the hub and removes the
    throwaway folder."""

    def __init__(self, size: int = 200) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="bluepacific-demo-")
        self.data_dir = Path(self.folder.name)
        self.size = size
        self.outcome: dict[str, Any] = {}
        self.window = MainWindow(None, [])
        self.window.opening.setText(
            self.window.tr("Preparing the demo: writing sample records for Fiji…")
        )
        self._steps = _Steps(self.window)
        self._steps.store_ready.connect(self._fill_in)
        self._steps.hub_ready.connect(self._hub_up)
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        self.window.show()
        self._run(self._prepare)

    def _run(self, target: Any) -> None:
        thread = threading.Thread(target=target, daemon=True)
        self._threads.append(thread)
        thread.start()

    # -- off the GUI thread ------------------------------------------------------------------

    def _prepare(self) -> None:
        from bluepacific_desktop import demo
        from bluepacific_desktop.store.store import Store

        try:
            demo.prepare_store(self.data_dir, self.size)
            self.outcome["store"] = Store.open(self.data_dir)
        except Exception as exc:  # shown to the user in the window
            log.exception("The demo's records could not be prepared")
            self.outcome["error"] = exc
        self._steps.store_ready.emit()

    def _start_hub(self) -> None:
        from bluepacific_desktop import demo

        try:
            self.outcome["hub"] = demo.start_hub(self.data_dir, self.outcome["store"])
        except Exception:  # the demo goes on without a hub; the status bar says so
            log.exception("The demo's local hub could not start")
            self.outcome["hub"] = None
        self._steps.hub_ready.emit()

    # -- on the GUI thread -------------------------------------------------------------------

    def _fill_in(self) -> None:
        from bluepacific_desktop.ui.context import AppContext
        from bluepacific_desktop.ui.screens import default_pages

        window = self.window
        if "error" in self.outcome:
            title = window.tr("Blue Pacific Desktop")
            QMessageBox.critical(window, title, str(self.outcome["error"]))
            window.close()
            return
        ctx = AppContext(self.outcome["store"])
        ctx.setParent(window)
        window.factories = default_pages()
        window.attach(ctx)
        window.statusBar().showMessage(window.tr("Starting the demo's local hub…"))
        self._run(self._start_hub)

    def _hub_up(self) -> None:
        window = self.window
        hub = self.outcome.get("hub")
        if not hasattr(window, "sync"):
            return  # closed meanwhile
        if hub is None:
            window.statusBar().showMessage(
                window.tr("The demo's local hub could not start: the demo works offline.")
            )
            return
        window.ctx.session_token = hub.token
        window.statusBar().showMessage(
            window.tr("The demo's local hub is running on this computer."), 15_000
        )
        window.sync.start()
        window.sync.sync_now()

    def close(self) -> None:
        if hasattr(self.window, "sync"):
            self.window.sync.shutdown()
            self.window.ctx.background.wait(10_000)
        for thread in self._threads:
            thread.join(30)
        hub = self.outcome.get("hub")
        if hub is not None:
            hub.stop()
        store = self.outcome.get("store")
        if store is not None:
            store.close()
        self.folder.cleanup()
