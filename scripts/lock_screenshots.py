"""Renders docs/screenshots/lock-screen-en.png and lock-screen-fr.png: the whole screen while
the app is locked, over a contact editor holding unsaved typing and the About box (offscreen,
on a 1366×768 screen; the veils hide both).

PYTHONPATH=src .venv/bin/python scripts/lock_screenshots.py
"""

# ruff: noqa: E402 (the platform is chosen before Qt is imported)
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_LAPTOP = Path(__file__).resolve().parents[1] / "tests" / "support" / "laptop-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_LAPTOP}")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import unsaved
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.workflows import lock

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def lock_screen(app: QApplication, store: Store, language: str) -> None:
    install_language(app, language)
    window = MainWindow(AppContext(store), default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, ContactsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.directory.new_record()
    editor = page.directory.editor
    assert editor is not None
    editor.name.setText("Mere Vula")  # hidden by the lock: it must not show
    editor.move(60, 90)  # beside the lock window, so that its veil shows
    window.menus.show_about()
    app.processEvents()
    if window.menus.about_box is not None:
        window.menus.about_box.move(980, 470)
    assert window.lock_guard.lock()
    QTest.qWait(200)
    app.processEvents()
    screen = window.screen()
    screen.grabWindow(0).save(str(OUT / f"lock-screen-{language}.png"))
    window.lock_guard.unlock()
    editor.guard.forget()
    editor.reject()
    window.sync.shutdown()
    window.close()
    window.ctx.background.wait()


def main() -> int:
    app = QApplication(sys.argv[:1])
    unsaved.ask_unsaved = lambda _parent, _question: unsaved.Answer.DISCARD
    with tempfile.TemporaryDirectory() as tmp:
        prepare_demo(Path(tmp), size=50)
        with Store.open(Path(tmp)) as store:
            lock.set_pin(store, "482915")
            for language in ("en", "fr"):
                lock_screen(app, store, language)
    print(f"Lock screen screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
