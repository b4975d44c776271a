"""The main window: navigation between the screens, shortcuts, and the sync status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QWidget

from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.status_widget import SyncStatusWidget
from bluepacific_desktop.ui.sync_controller import SyncController

PageFactory = Callable[[AppContext, SyncController], Page]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, pages: list[PageFactory]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Blue Pacific Desktop"))
        self.sync = SyncController(ctx, self)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for make in pages:
            page = make(ctx, self.sync)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.nav.addItem(page.title())
        self.nav.currentRowChanged.connect(self.show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = SyncStatusWidget(ctx, self.sync)
        self.statusBar().addPermanentWidget(self.status)
        self._shortcuts()
        self.nav.setCurrentRow(0)
        # Fits the common 1366×768 laptop screen, task bar included.
        self.resize(1280, 700)
        self.sync.start()

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

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].refresh()

    def changeEvent(self, event: QEvent) -> None:
        # The language was switched in Settings: the title and the screen names follow at once.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "nav"):
            self.setWindowTitle(self.tr("Blue Pacific Desktop"))
            for row, page in enumerate(self.pages):
                item = self.nav.item(row)
                if item is not None:
                    item.setText(page.title())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.shutdown()
        self.ctx.background.wait(10_000)
        super().closeEvent(event)
