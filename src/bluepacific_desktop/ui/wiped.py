"""After a wipe the hub asked for (done on the sync's thread, sync/wipe.py): say so in words,
close this window without asking about unsaved work (it was erased with the store), and start
again as on a new computer — the first-start dialog over a new, empty store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bluepacific_desktop.store.store import Store

if TYPE_CHECKING:
    from bluepacific_desktop.ui.main_window import MainWindow


def start_again(window: MainWindow, words: str) -> None:
    """The message box, then first start; the app quits if the user cancels it."""
    from bluepacific_desktop.ui.app import open_main_window

    window.wiped = True  # closeEvent asks nothing: what editors held is gone with the store
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    QMessageBox.information(window, window.tr("Blue Pacific Desktop"), words)
    folder = window.ctx.store.path.parent
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.hide()
    store = Store.open(folder)  # a new, empty store: this is a first start
    app.aboutToQuit.connect(store.close)
    quitting = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
    try:
        again = open_main_window(store, app)
    finally:
        app.setQuitOnLastWindowClosed(quitting)
    window.close()
    window.deleteLater()
    if again is None:  # first start cancelled: as when it is cancelled on a new computer
        store.close()
        app.quit()
