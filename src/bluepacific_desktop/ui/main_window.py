"""The main window: navigation between the screens, shortcuts, and the sync status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from bluepacific_desktop.ui.geometry import fit_list_width, fit_window, scrolling
from bluepacific_desktop.ui.lock_keys import LOCK_KEYS
from bluepacific_desktop.ui.retranslate import keep_texts
from bluepacific_desktop.ui.screens import PageFactory, Screen, Screens

if TYPE_CHECKING:
    # Only for the types: at start-up the window paints before the store's modules load.
    from bluepacific_desktop.ui.context import AppContext
    from bluepacific_desktop.ui.pages.base import Page
    from bluepacific_desktop.workflows.todo_rules import ToDo

__all__ = ["MainWindow", "PageFactory", "Screen"]


class MainWindow(QMainWindow):
    """With a context, the window is filled in at once. Without one (start-up), the window
    paints straight away saying the records are being opened, and `attach` fills it in.
    A `Screen` is built the first time it is shown (ui/screens.py)."""

    def __init__(self, ctx: AppContext | None, pages: Sequence[Screen | PageFactory]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Blue Pacific Desktop"))
        self.factories: Sequence[Screen | PageFactory] = pages
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        # The screens' names are set again by changeEvent from each screen's own title: the
        # catalogue cannot trace "Formation" back (it is Training and Learning both).
        keep_texts(self.nav)
        self.stack = QStackedWidget()
        self.pages = Screens(self.stack, scrolling)  # a small screen scrolls the page
        self.opening = QLabel(self.tr("Opening your records…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        fit_window(self, "main", QSize(1280, 700))  # shrunk to the screen; remembered
        self.wiped = False  # the hub had this computer's data erased (ui/wiped.py)
        self.first_look: QWidget | None = None  # the to-do list shown before the screens
        self.wanted: str | None = None  # the screen asked for from it, shown once built
        if ctx is not None:
            self.attach(ctx)

    def say_upgrading(self) -> None:
        """While the store opens: it is being upgraded, after a backup, which takes a while
        over many records (a 330 MB store: some 20 s)."""
        if self.stack.indexOf(self.opening) >= 0:
            self.opening.setWordWrap(True)
            self.opening.setContentsMargins(48, 0, 48, 0)
            self.opening.setText(
                self.tr(
                    "Blue Pacific Desktop was updated: your records are being upgraded to the new "
                    "version, after a backup of them. With many records this takes a minute or "
                    "two. Please leave the computer on."
                )
            )

    def show_first_look(self, todo: ToDo) -> QWidget | None:
        """While the store opens: the to-do list as the file holds it (workflows/todo_quick.py),
        in the place the dashboard takes once built. A button pressed meanwhile opens its screen
        as soon as the screens exist. None when the screens came first."""
        if self.stack.indexOf(self.opening) < 0:
            return None
        from bluepacific_desktop.ui.pages.dashboard_todo import ToDoBox

        box = ToDoBox()
        box.show_todo(todo)
        box.go_to.connect(lambda target: setattr(self, "wanted", target))
        self.first_look = box
        self.stack.addWidget(box)
        self.stack.setCurrentWidget(box)
        return box

    def attach(self, ctx: AppContext) -> None:
        """Build the screens over the opened store, the sync controller and the status bar."""
        self.attach_screens(ctx)
        self.attach_the_rest()

    def attach_screens(self, ctx: AppContext) -> None:
        """The screens and the first one shown (the dashboard), whose reads of the store start
        at once; `attach_the_rest` must follow. The quick start runs it once the dashboard's
        to-do list is on screen (ui/startup.py)."""
        from bluepacific_desktop.ui.sync_controller import SyncController

        self.ctx = ctx
        self.sync = SyncController(ctx, self)
        sync = self.sync

        def build(make: PageFactory) -> Page:
            page = make(ctx, sync)
            page.go_to.connect(self.show_screen)
            return page

        self.pages.fill(self.factories, build)
        for row in range(len(self.pages)):
            self.nav.addItem(self.pages.title(row))
        for gone in (self.opening, self.first_look):
            if gone is not None:
                self.stack.removeWidget(gone)
                gone.deleteLater()
        self.first_look = None
        self.nav.currentRowChanged.connect(self.show_page)
        # The first screen (the dashboard) first: its reads of the store run off the GUI thread
        # while the status bar and the menus are built, not after them.
        self.nav.setCurrentRow(0)
        if self.wanted is not None:  # pressed on the first look
            self.show_screen(self.wanted)

    def attach_the_rest(self) -> None:
        """The status bar, the shortcuts, the lock, the menus, and the sync started."""
        from bluepacific_desktop.ui.status_widget import SyncStatusWidget

        ctx = self.ctx
        self.status = SyncStatusWidget(ctx, self.sync)
        self.statusBar().addPermanentWidget(self.status)
        self._shortcuts()
        from bluepacific_desktop.ui import menu_bar
        from bluepacific_desktop.ui.lock_guard import LockGuard

        # Before the menus: File → Lock now is one of the window's own actions.
        self.lock_guard = LockGuard(self, ctx)
        self.menus = menu_bar.install(self)  # menus, the screens' icons and headings
        fit_list_width(self.nav)  # as wide as the longest screen name with its icon
        self.sync.wiped.connect(self._wiped)
        self.sync.start()

    def _wiped(self, words: str) -> None:
        from bluepacific_desktop.ui.wiped import start_again

        start_again(self, words)

    def _shortcuts(self) -> None:
        def add(text: str, keys: QKeySequence.StandardKey | str, slot: Callable[[], None]) -> None:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        for number in range(min(9, len(self.pages))):
            add(
                self.tr("Go to screen %1").replace("%1", str(number + 1)),
                f"Ctrl+{number + 1}",
                partial(self.nav.setCurrentRow, number),
            )
        add(self.tr("New"), QKeySequence.StandardKey.New, lambda: self.current_page().new_record())
        add(
            self.tr("Find"),
            QKeySequence.StandardKey.Find,
            lambda: self.current_page().find_records(),
        )
        add(
            self.tr("Print"),
            QKeySequence.StandardKey.Print,
            lambda: self.current_page().print_page(),
        )
        add(self.tr("Sync now"), "F5", self.sync.sync_now)
        # In an editor's window (which holds this one while open) the lock guard takes the
        # same keys itself (ui/lock_guard.py).
        add(self.tr("Lock now"), LOCK_KEYS, self.lock_now)

    def lock_now(self) -> None:
        self.lock_guard.lock_now()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_screen(self, name: str) -> None:
        """Show the screen called `name` (a dashboard item's link), asking first as a switch
        in the navigation does."""
        name, _, item = name.partition(":")  # "returns:2024-01": the screen, then its month
        row = self.pages.row_of(name)
        if row >= 0:
            self.nav.setCurrentRow(row)
            if item and self.stack.currentIndex() == row:
                self.pages[row].show_item(item)

    def show_page(self, row: int) -> None:
        current = self.stack.currentIndex()
        leaving = row != current and 0 <= current < len(self.pages)
        # A screen with unsaved changes asks first; after Save, the switch happens then.
        if leaving and not self.pages[current].settle(then=partial(self.nav.setCurrentRow, row)):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(current)
            self.nav.blockSignals(False)
            return
        if 0 <= row < len(self.pages):
            built = self.pages.is_built(row)
            page = self.pages[row]  # built now if it is shown for the first time
            self.stack.setCurrentIndex(row)
            if built:
                page.refresh()  # a new page has just read what it shows

    def changeEvent(self, event: QEvent) -> None:
        # The language was switched in Settings: the title and the screen names follow at once.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "nav"):
            self.setWindowTitle(self.tr("Blue Pacific Desktop"))
            for row in range(len(self.pages)):
                item = self.nav.item(row)
                if item is not None:
                    item.setText(self.pages.title(row))
            # Figures, dates and names from the store in the new language's style; the other
            # screens re-read theirs when next shown.
            if self.pages:
                self.current_page().refresh()
            fit_list_width(self.nav)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        from bluepacific_desktop.ui.unsaved import open_editors

        # Quitting asks every editor holding unsaved changes, innermost first; after Save,
        # the window closes again once the save has committed.
        def close_again() -> None:
            self.close()

        if self.wiped:  # nothing to ask about: the store and what editors held are erased
            self.sync.shutdown()
            self.ctx.background.wait(10_000)
            super().closeEvent(event)
            return
        for editor in reversed(open_editors(self)):
            if not editor.settle(then=close_again):
                event.ignore()
                return
            editor.guard.forget()
        for page in self.pages.built():
            if not page.settle(then=close_again):
                event.ignore()
                return
        if self.pages:
            self.sync.shutdown()
            self.ctx.background.wait(10_000)
        super().closeEvent(event)
