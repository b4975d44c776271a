"""Helper of gui_scale.py: opens a window, prints "painted" at its first paint, and exits.

Run as `python _first_paint.py bare` (a bare PySide6 window) or `python _first_paint.py app DIR`
(the real main window over the store in DIR). Everything from interpreter start counts,
imports included, as a user waiting for the app would see it.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    window: QWidget
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Blue Pacific"))
        window.resize(1280, 700)
        window.show()
    else:
        from pathlib import Path

        from bluepacific_desktop.store.store import Store
        from bluepacific_desktop.ui.app import open_main_window

        store = Store.open(Path(sys.argv[2]))
        opened = open_main_window(store, app)
        assert opened is not None
        window = opened
    window.installEventFilter(watcher)
    window.update()
    code = app.exec()
    os._exit(code)  # skip teardown: only the time to the first paint is measured


if __name__ == "__main__":
    raise SystemExit(main())
