"""The main window's menu bar (File, Edit, View, Sync, Help), the screens' icons in the
navigation and the heading that names the screen shown: `install(window)`, called once the
screens are built.

The menus reuse the window's own shortcut actions (Ctrl+N, Ctrl+F, Ctrl+P, F5, Ctrl+1…), so a
key and its menu item are one action and never two that Qt would find ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop import __version__
from bluepacific_desktop.paths import resource_dir
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.lock_keys import LOCK_KEYS
from bluepacific_desktop.ui.style import SECTION_STYLE, make_heading

if TYPE_CHECKING:
    from bluepacific_desktop.io.importing import ImportKind
    from bluepacific_desktop.ui.main_window import MainWindow
    from bluepacific_desktop.ui.pages.base import Page

Keys = QKeySequence.StandardKey


def install(window: MainWindow) -> MenuBar:
    """Dress a window whose screens are built (MainWindow.attach)."""
    for row in range(len(window.pages)):  # without building the screens (ui/screens.py)
        item, picture = window.nav.item(row), window.pages.nav_icon(row)
        if item is not None and picture is not None:
            item.setIcon(icon(picture))
    ScreenHeading(window)
    window.setStyleSheet(SECTION_STYLE)
    window.ctx.status_message.connect(lambda text: window.statusBar().showMessage(text, 20_000))
    bar = MenuBar(window)
    window.setMenuBar(bar)
    return bar


def plain(text: str) -> str:
    """A menu item's words as read: no mnemonic "&", no key shown after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def docs_dir() -> Path | None:
    """The user documentation beside the app (a source checkout); None when not shipped."""
    folder = resource_dir().parent / "docs"
    return folder if (folder / "editing-records.md").is_file() else None


class ScreenHeading(QObject):
    """The level-1 heading above the screen shown: its name, in the one heading style."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = make_heading(QLabel(), 1)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        central = window.centralWidget().layout()  # type: ignore[union-attr]
        assert central is not None  # the window's layout: navigation | stack
        central.replaceWidget(window.stack, holder)
        layout.addWidget(self.label)
        layout.addWidget(window.stack, 1)
        window.stack.currentChanged.connect(lambda _i: self.update())
        window.installEventFilter(self)
        self.update()

    def update(self) -> None:
        index = self.window.stack.currentIndex()
        pages = self.window.pages
        self.label.setText(pages.title(index) if 0 <= index < len(pages) else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        return False


class MenuBar(QMenuBar):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.import_dialog: QWidget | None = None
        self.about_box: QMessageBox | None = None
        self.shortcuts_box: QMessageBox | None = None
        self.file_menu = self.addMenu("")
        self.edit_menu = self.addMenu("")
        self.view_menu = self.addMenu("")
        self.sync_menu = self.addMenu("")
        self.help_menu = self.addMenu("")
        self.actions_: dict[str, QAction] = {}
        self._file()
        self._edit()
        self._view()
        self._sync()
        self._help()
        self.retranslate()

    # -- building ------------------------------------------------------------------------

    def _shared(self, keys: Keys | str) -> QAction:
        """The window's own action for these keys (main_window._shortcuts)."""
        wanted = QKeySequence(keys)
        for action in self.window_.actions():
            if action.shortcut() == wanted:
                return action
        raise LookupError(wanted.toString())

    def _add(
        self,
        menu: QMenu,
        name: str,
        slot: Callable[[], None] | None = None,
        glyph: Icon | None = None,
        keys: Keys | str | None = None,
        shared: QAction | None = None,
    ) -> QAction:
        action = shared if shared is not None else QAction(self)
        if shared is None:
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            if slot is not None:
                action.triggered.connect(slot)
        if glyph is not None:
            action.setIcon(icon(glyph))
        menu.addAction(action)
        self.actions_[name] = action
        return action

    def _file(self) -> None:
        menu = self.file_menu
        self._add(menu, "new", glyph=Icon.NEW, shared=self._shared(Keys.New))
        menu.addSeparator()
        self._add(menu, "import_attendance", lambda: self.open_import("attendance"))
        self._add(menu, "import_contacts", lambda: self.open_import("contacts"))
        self._add(menu, "export_csv", self.export_csv, Icon.EXPORT)
        self._add(menu, "save_pdf", self.save_pdf, Icon.SAVE_PDF)
        menu.addSeparator()
        self._add(menu, "print", glyph=Icon.PRINT, shared=self._shared(Keys.Print))
        menu.addSeparator()
        self._add(menu, "lock_now", glyph=Icon.LOCK, shared=self._shared(LOCK_KEYS))
        # Ctrl+Q where the platform names no key for Quit (Windows, some Linux desktops).
        quit_keys = Keys.Quit if not QKeySequence(Keys.Quit).isEmpty() else "Ctrl+Q"
        quit_action = self._add(menu, "quit", self.quit, Icon.QUIT, quit_keys)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.actions_["import_attendance"].setIcon(icon(Icon.IMPORT))
        self.actions_["import_contacts"].setIcon(icon(Icon.IMPORT))

    def _edit(self) -> None:
        # The focused field does the work; the keys stay the field's own (shown in the menu
        # only), so Ctrl+C in a table still copies what the table copies.
        menu = self.edit_menu
        for name in ("undo", "redo", None, "cut", "copy", "paste", None, "selectAll"):
            if name is None:
                menu.addSeparator()
                continue
            self._add(menu, name, partial(self.edit, name))
        menu.addSeparator()
        self._add(menu, "find", glyph=Icon.FIND, shared=self._shared(Keys.Find))

    def _view(self) -> None:
        pages = self.window_.pages
        for row in range(min(9, len(pages))):  # without building the screens
            action = self._shared(f"Ctrl+{row + 1}")
            self._add(self.view_menu, f"screen{row + 1}", glyph=pages.nav_icon(row), shared=action)

    def _sync(self) -> None:
        self._add(self.sync_menu, "sync_now", glyph=Icon.SYNC, shared=self._shared("F5"))
        self._add(self.sync_menu, "sync_screen", self.show_sync_screen)

    def _help(self) -> None:
        menu = self.help_menu
        docs = self._add(menu, "docs", self.open_docs, Icon.HELP)
        docs.setVisible(docs_dir() is not None)
        self._add(menu, "shortcuts", self.show_shortcuts, Icon.SHORTCUTS)
        menu.addSeparator()
        about = self._add(menu, "about", self.show_about, Icon.ABOUT)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    # -- words ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.sync_menu.setTitle(self.tr("&Sync"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            "new": self.tr("&New"),
            "import_attendance": self.tr("Import an &attendance sheet…"),
            "import_contacts": self.tr("Import a &contact list…"),
            "export_csv": self.tr("&Export a report as CSV…"),
            "save_pdf": self.tr("Save a report as P&DF…"),
            "print": self.tr("&Print…"),
            "lock_now": self.tr("&Lock now"),
            "quit": self.tr("&Quit"),
            "find": self.tr("&Find"),
            "sync_now": self.tr("&Sync now"),
            "sync_screen": self.tr("Show the sync &details"),
            "docs": self.tr("User &guide"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
            "about": self.tr("&About Blue Pacific Desktop"),
        }
        # Shown beside the item; the focused field handles the keys itself.
        edits = {
            "undo": (self.tr("&Undo"), Keys.Undo),
            "redo": (self.tr("&Redo"), Keys.Redo),
            "cut": (self.tr("Cu&t"), Keys.Cut),
            "copy": (self.tr("&Copy"), Keys.Copy),
            "paste": (self.tr("&Paste"), Keys.Paste),
            "selectAll": (self.tr("Select &all"), Keys.SelectAll),
        }
        for name, (text, keys) in edits.items():
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            texts[name] = f"{text}\t{shown}" if shown else text
        pages = self.window_.pages
        for row in range(min(9, len(pages))):
            texts[f"screen{row + 1}"] = pages.title(row).replace("&", "&&")  # no mnemonic
        for name, text in texts.items():
            self.actions_[name].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the items do ---------------------------------------------------------------

    def quit(self) -> None:
        """Close the window: editors with unsaved changes ask first (MainWindow.closeEvent)."""
        self.window_.close()

    def go_to(self, kind: type[Page]) -> Page | None:
        """Show the screen of that class; None when the screen shown may not be left yet
        (it asked about unsaved changes and the user kept editing)."""
        pages = self.window_.pages
        page = next((p for p in pages if isinstance(p, kind)), None)
        if page is None:
            return None
        self.window_.nav.setCurrentRow(pages.index(page))
        return page if self.window_.current_page() is page else None

    def open_import(self, kind: ImportKind | str) -> None:
        # The import machinery loads when first asked for, not with the window's menus: at
        # start-up it is a fifth of a second the dashboard waits for.
        from bluepacific_desktop.io.importing import ImportKind
        from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog

        kind = ImportKind(kind)

        dialog = ImportDialog(self.window_.ctx, kind, self.window_)
        self.import_dialog = dialog
        dialog.open()

    def _report(self, output: str) -> None:
        from bluepacific_desktop.ui.pages.reports import ReportsPage

        page = self.go_to(ReportsPage)
        if isinstance(page, ReportsPage):
            button = page.csv_button if output == "csv" else page.pdf_button
            button.click()

    def export_csv(self) -> None:
        """The Reports screen, where the report and its period are chosen, then Export CSV."""
        self._report("csv")

    def save_pdf(self) -> None:
        self._report("pdf")

    def show_sync_screen(self) -> None:
        from bluepacific_desktop.ui.pages.sync_page import SyncPage

        self.go_to(SyncPage)

    def edit(self, slot: str) -> None:
        """Undo, Cut, Paste… on the field that has the keyboard, when it can."""
        widget = QApplication.focusWidget()
        method = getattr(widget, slot, None) if widget is not None else None
        if callable(method):
            method()

    def open_docs(self) -> None:
        folder = docs_dir()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about_text(self) -> str:
        return self.tr(
            "<p><b>Blue Pacific Desktop</b> %1</p>"
            "<p>Records of training, of the use of INTERPOL's policing capabilities and of "
            "regional contacts for the focal points of INTERPOL's Project Blue Pacific. It "
            "works offline and sends the changes to the regional hub when a link is up.</p>"
            "<p>Free software under the MIT licence. Built with Qt (PySide6, LGPL). Icons "
            "from Lucide (ISC licence).</p>"
        ).replace("%1", __version__)

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Blue Pacific Desktop"),
            self.about_text(),
            QMessageBox.StandardButton.Close,
            self.window_,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        self.about_box = box
        box.open()

    def shortcut_lines(self) -> list[str]:
        """Every key of the window's actions with what it does, in the menus' order."""
        lines = []
        for action in self.actions_.values():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                text = plain(action.text())
                lines.append(f"{keys}\t{text}")
        return lines

    def show_shortcuts(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keyboard shortcuts"),
            "\n".join(self.shortcut_lines()),
            QMessageBox.StandardButton.Close,
            self.window_,
        )
        self.shortcuts_box = box
        box.open()
