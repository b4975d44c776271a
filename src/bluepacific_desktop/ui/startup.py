"""The quick way in: paint the main window first, then open the store and build the screens.

Importing SQLAlchemy and the screens, and opening (perhaps upgrading) the store, take most of
a second on an old laptop; the window shows at once with "Opening your records…" and fills
in. Only what the first paint needs is imported before it; the store opens off the GUI
thread. First start takes the full path in ui/app.py; demo mode paints at once too
(`run_demo`, ui/demo_start.py).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.i18n.catalogue import stored_language

# For benchmarks and the bundle's smoke test: "paint" exits at the first paint of the main
# window, "ready" once the window is filled in over the store, "dashboard" once the
# dashboard's to-do list is on screen, "figures" once its figures and charts are too; each
# prints the seconds since start-up.
EXIT_AFTER = "BLUEPACIFIC_EXIT_AFTER"
log = logging.getLogger(__name__)
_STARTED = time.perf_counter()
FREEZE_AFTER_MS = 3000
REST_AFTER_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class _Once:
    """Calls `then` the first time it is called, never again (two signals may race to it)."""

    def __init__(self, then: Any) -> None:
        self.then: Any = then

    def __call__(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()


class _Opened(QObject):
    """Crosses from the thread that opened the store back to the GUI thread."""

    done = Signal()
    upgrading = Signal()  # the store is being upgraded (a new version of the app)
    looked = Signal(object)  # the to-do list read before the store opens, or None


def freeze_startup_objects() -> None:
    """Keep Python's full garbage collections short once the window is built.

    A full collection walks every object and holds the GIL meanwhile: with the modules and
    screens loaded that is close to 0.2 s, and a sync on its worker thread triggers several,
    each one a visible freeze of the window. The objects alive after start-up live as long
    as the app, so they are moved out of the collector's reach (gc.freeze). The collector was
    off until now (cli.main._gui): on again from here.
    """
    gc.collect()
    gc.freeze()
    gc.enable()


def _done_for_benchmark(stage: str) -> None:
    if os.environ.get(EXIT_AFTER) == stage:
        print(f"{stage} {time.perf_counter() - _STARTED:.3f}", flush=True)
        os._exit(0)


def _watch_dashboard(page: QObject) -> None:
    if os.environ.get(EXIT_AFTER) not in ("dashboard", "figures"):
        return
    for stage, signal in (("dashboard", "todo_shown"), ("figures", "figures_shown")):
        shown = getattr(page, signal, None)
        if shown is not None:
            shown.connect(lambda s=stage: _done_for_benchmark(s))


def _note_language(store: Any) -> None:
    """The store's language noted beside it for the next start's first paint, should it have
    changed behind the note's back (`init` again, a restored backup)."""
    from bluepacific_desktop.i18n.catalogue import remember_language
    from bluepacific_desktop.store.device import LANGUAGE, get_setting

    with store.read() as session:
        language = get_setting(session, LANGUAGE)
    if language:
        remember_language(store.path.parent, language)


def run_quick(data_dir: Path) -> int | None:
    """Run the app the quick way; None when the store is not set up yet (use the full path)."""
    from bluepacific_desktop.ui import passphrase_dialog

    passphrase_dialog.install()  # a store without a keyring asks here, on the GUI thread
    language = stored_language(data_dir)
    if language is None:
        return None
    from bluepacific_desktop.paths import DB_FILENAME
    from bluepacific_desktop.store.keys import fetch_ahead

    # The key while the window is built: the to-do list's first look waited 0.12 s for it
    # after the window's paint (docs/architecture.md "Starting quickly").
    fetch_ahead(data_dir / DB_FILENAME)
    from bluepacific_desktop.ui.geometry import remember_in
    from bluepacific_desktop.ui.main_window import MainWindow
    from bluepacific_desktop.ui.translations import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Blue Pacific Desktop")
    outcome: dict[str, Any] = {}
    opened = _Opened()
    ready = {"painted": False, "opened": False}

    def open_store() -> None:
        # The to-do list straight from the file first (no SQLAlchemy: a third of the time),
        # for the window to show while SQLAlchemy, the models and the screens load. Whatever
        # happens to it, the store opens next.
        first = None
        try:
            from bluepacific_desktop.workflows.todo_quick import quick_to_do

            first = quick_to_do(data_dir)
        except Exception:  # a first look is a nicety: never a reason not to open the store
            log.exception("No first look at the to-do list")
        opened.looked.emit(first)
        from bluepacific_desktop.store.store import Store

        try:
            outcome["store"] = store = Store.open(data_dir, upgrading=opened.upgrading.emit)
            _note_language(store)
        except Exception as exc:  # shown to the user in the window below, and kept in the log
            log.exception("The data file did not open")
            outcome["error"] = exc
        opened.done.emit()

    # Importing SQLAlchemy and opening the store start once the window is painted, beside the
    # GUI thread's own imports of the screens: started before the paint, the two threads'
    # Python took turns (one lock) and the window came 30 ms later (a fifth of the time to
    # it), with no gain for the dashboard (measured over 8 starts each, 100,000 people). The
    # screens are built once both are done. (Connected before the thread starts, so that its
    # signal cannot come first; it is delivered by the event loop.)
    opened.done.connect(lambda: when("opened"))
    install_language(app, language)
    remember_in(data_dir)  # windows.ini beside the store
    window = MainWindow(None, [])
    opened.setParent(window)
    opened.upgrading.connect(window.say_upgrading)
    opened.looked.connect(lambda todo: looked(todo))

    def when(step: str) -> None:
        ready[step] = True
        if all(ready.values()):
            build()

    def after_paint() -> None:
        threading.Thread(target=open_store, daemon=True).start()
        _done_for_benchmark("paint")

    def looked(todo: Any) -> None:
        """The to-do list as the file holds it (None: the store's opening will say), shown at
        once. The GUI thread's imports wait for its paint: beside the read they slowed it down
        (one lock), before the paint they held the window back."""
        box = window.show_first_look(todo) if todo is not None else None
        if box is None:
            carry_on()
            return

        def shown() -> None:
            _done_for_benchmark("dashboard")
            carry_on()

        painted = _FirstPaint(shown)
        painted.setParent(box)
        box.installEventFilter(painted)

    def carry_on() -> None:
        if not ready["opened"]:
            # The window is on screen and the store still opening: the GUI thread's share of
            # the imports (the dashboard's screen and what it uses) is done meanwhile.
            import bluepacific_desktop.ui.context
            import bluepacific_desktop.ui.pages.dashboard
            import bluepacific_desktop.ui.screens  # noqa: F401
        when("painted")

    def build() -> None:
        from PySide6.QtWidgets import QMessageBox

        from bluepacific_desktop.ui.context import AppContext
        from bluepacific_desktop.ui.screens import default_pages

        if "error" in outcome:
            QMessageBox.critical(window, window.tr("Blue Pacific Desktop"), str(outcome["error"]))
            window.close()
            return
        ctx = AppContext(outcome["store"])
        ctx.setParent(window)
        window.factories = default_pages()
        window.attach_screens(ctx)
        first = window.current_page()
        _watch_dashboard(first)
        # The status bar, the lock and the menus once the to-do list is on screen: built
        # before it, their 80 ms of Python took turns with the list's reads (one lock) and
        # held the GUI thread the list's answer waits for. Within a second whatever happens
        # (a read that fails emits nothing).
        rest = _Once(lambda: finish(ctx))
        shown = getattr(first, "todo_shown", None)
        if shown is not None:
            shown.connect(rest)
        QTimer.singleShot(REST_AFTER_MS if shown is not None else 0, rest)

    def finish(ctx: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        window.attach_the_rest()
        # A full collection holds the GIL for up to 0.2 s: not before the dashboard's first
        # reads have come back.
        QTimer.singleShot(FREEZE_AFTER_MS, freeze_startup_objects)
        if ctx.store.read_only is not None:
            from bluepacific_desktop.ui.problems import ProblemWords

            # Opened read-only (full disk, read-only folder, damage): say so before anyone types.
            QMessageBox.warning(
                window,
                window.tr("Blue Pacific Desktop"),
                ProblemWords().store_trouble(ctx.store.read_only),
            )
        _done_for_benchmark("ready")
        from bluepacific_desktop.ui.draft_offer import after_start

        after_start(window)  # offers back what an editor held if the app stopped mid-typing

    watcher = _FirstPaint(after_paint)
    window.installEventFilter(watcher)
    window.show()
    code = app.exec()
    store = outcome.get("store")
    if store is not None:
        store.close()
    return code


def run_demo() -> int:
    """Demo mode: the window first, then the sample records and the local hub behind it."""
    from bluepacific_desktop.ui.demo_start import DemoLaunch
    from bluepacific_desktop.ui.translations import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Blue Pacific Desktop")
    install_language(app, "en")  # the demo's store is set up in English
    launch = DemoLaunch()
    watcher = _FirstPaint(lambda: _done_for_benchmark("paint"))
    launch.window.installEventFilter(watcher)
    launch.start()
    try:
        return app.exec()
    finally:
        launch.close()
