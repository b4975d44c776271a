"""Opens every screen on the screen Qt was started with and prints, as JSON, what does not fit.

Run in a subprocess by tests/ui/test_fit_scaling.py, because QT_SCALE_FACTOR and the
offscreen screen's size must be set before the QApplication exists:
    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.25 \
        python -m tests.support.fit_probe DATA_DIR [--screens-scroll]
With --screens-scroll a screen taller than the window may scroll up and down inside it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStatusBar,
    QWidget,
)

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import geometry
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.translations import install_language
from tests.support.screen_walk import scrolled_by_design, walk

NEEDED = (QAbstractButton, QLabel, QLineEdit, QComboBox, QAbstractItemView, QStatusBar)


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    words = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or words or widget.objectName()!r}"


def problems_of(name: str, top: QWidget, *, screens_scroll: bool = False) -> list[str]:
    found: list[str] = []
    area = geometry.available_area(top)
    # The offscreen platform draws no frame: room for the real one is kept below and right.
    outer = QRect(top.frameGeometry().topLeft(), top.size().grownBy(geometry.FRAME))
    if not area.contains(outer):
        found.append(f"{name}: window {outer.getRect()} is off the screen's {area.getRect()}")
    inside = top.rect()
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, NEEDED) or not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if where.left() < inside.left() or where.right() > inside.right():
            found.append(f"{name}: {_describe(widget)} {where.getRect()} past the window's side")
            continue
        if scrolled_by_design(widget, top, screens_scroll=screens_scroll):
            continue  # a long form or a list: scrolling up and down is how it works
        if where.top() < inside.top() or where.bottom() > inside.bottom():
            found.append(f"{name}: {_describe(widget)} {where.getRect()} below the window")
            continue
        shown = widget.visibleRegion().boundingRect()
        if shown.width() < widget.width() or shown.height() < widget.height():
            found.append(f"{name}: {_describe(widget)} cut to {shown.size().toTuple()}")
    if isinstance(top, MainWindow):
        bar = top.statusBar()
        if not bar.isVisible() or bar.geometry().bottom() > inside.bottom():
            found.append(f"{name}: the status bar is not shown whole")
    return found


def main(data_dir: Path, screens_scroll: bool) -> None:
    app = QApplication(sys.argv[:1])
    prepare_demo(data_dir, size=30)
    with Store.open(data_dir) as store:
        install_language(app, "en")
        ctx = AppContext(store)
        window = MainWindow(ctx, default_pages())
        window.show()
        found: list[str] = []
        for name, top in walk(window):
            found += problems_of(name, top, screens_scroll=screens_scroll)
        window.sync.shutdown()
        window.close()
        ctx.background.wait()
    print(json.dumps({"problems": found}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--screens-scroll" in sys.argv[2:])
