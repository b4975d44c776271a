"""Baseline of gui_scale.py: a bare PySide6 window that prints "painted" at its first paint
and exits. Everything from interpreter start counts, imports included."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


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
    window = QMainWindow()
    window.setCentralWidget(QLabel("Blue Pacific"))
    window.resize(1280, 700)
    window.show()
    window.installEventFilter(watcher)
    window.update()
    code = app.exec()
    os._exit(code)  # skip teardown: only the time to the first paint is measured


if __name__ == "__main__":
    raise SystemExit(main())
