"""Look like a product: icons from one shipped SVG set on the screens and main actions, a menu
bar (File, Edit, View, Sync, Help) over the window's own shortcut actions, and one heading style
naming the screen shown. Real widgets on a real store, offscreen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QMessageBox, QPushButton

from bluepacific_desktop import __version__
from bluepacific_desktop.paths import resource_dir
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.icons import Icon, icon, icon_file
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.menu_bar import plain
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.reports import ReportsPage
from bluepacific_desktop.ui.pages.sync_page import SyncPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.style import make_heading
from bluepacific_desktop.ui.translations import install_language

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    app = QApplication.instance()
    install_language(app, "en")  # type: ignore[arg-type]
    opened = open_main_window(store, app)  # type: ignore[arg-type]
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitUntil(opened.isVisible)
    opened.activateWindow()
    yield opened
    opened.ctx.background.wait()
    install_language(app, "en")  # type: ignore[arg-type]


def inked(qicon: QIcon, size: int = 24, scale: float = 1.0) -> int:
    """How many pixels of the icon are drawn (not transparent)."""
    image = qicon.pixmap(QSize(size, size), scale).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )


# -- icons ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(Icon))
def test_every_icon_ships_as_svg_and_draws(qtbot: Any, name: Icon) -> None:
    assert Path(icon_file(name)).is_file()
    drawn = inked(icon(name))
    assert 0 < drawn < 24 * 24  # something drawn, not a filled square
    # Sharp at 200 % display scaling: drawn at twice the pixels, not stretched.
    pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
    assert pixmap.width() == 48 and pixmap.devicePixelRatio() == 2.0
    assert inked(icon(name), 24, 2.0) > 2 * drawn


def test_icons_follow_the_text_colour_and_show_disabled(qtbot: Any) -> None:
    image = icon(Icon.PRINT).pixmap(QSize(32, 32)).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for y in range(32)
        for x in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }
    text = QApplication.palette().windowText().color().name()
    assert colours == {text}
    disabled = icon(Icon.PRINT).pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    assert disabled != image


def test_the_icon_set_names_its_source_and_licence() -> None:
    folder = resource_dir() / "icons"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Lucide" in readme and "ISC" in readme and "lucide-static" in readme
    licence = (folder / "lucide" / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence
    shipped = {p.stem for p in (folder / "lucide").glob("*.svg")}
    assert shipped == {i.value for i in Icon}  # only the icons used are copied
    for path in (folder / "lucide").glob("*.svg"):
        assert "lucide-static" in path.read_text(encoding="utf-8")  # copied unchanged


def test_the_installer_keeps_qt_svg() -> None:
    # The Linux, Windows and macOS builds strip Qt modules: the icons need QtSvg.
    spec = (ROOT / "packaging" / "bluepacific-desktop.spec").read_text(encoding="utf-8")
    excluded = re.search(r"EXCLUDED_QT_MODULES = \[(.*?)\n\]", spec, re.S)
    assert excluded is not None
    names = "".join(re.findall(r'"([^"]*)"', excluded.group(1))).split()
    assert "QtSvgWidgets" in names  # the parse found the list
    assert "QtSvg" not in names


def test_screens_and_main_actions_show_icons(window: MainWindow) -> None:
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert item is not None and inked(item.icon()) > 0, item.text() if item else row
    training = next(p for p in window.pages if isinstance(p, TrainingPage))
    capabilities = next(p for p in window.pages if isinstance(p, CapabilitiesPage))
    contacts = next(p for p in window.pages if isinstance(p, ContactsPage))
    reports = next(p for p in window.pages if isinstance(p, ReportsPage))
    buttons: list[QPushButton] = [
        training.sessions.new_button,
        training.people.new_button,
        training.import_button,
        capabilities.new_button,
        contacts.directory.new_button,
        contacts.engagements.new_button,
        contacts.import_button,
        reports.print_button,
        reports.pdf_button,
        reports.csv_button,
        reports.preview_button,
    ]
    for button in buttons:
        assert inked(button.icon()) > 0, button.text()
    training.open_session(None)
    assert training.editor is not None
    assert inked(training.editor.save_button.icon()) > 0


# -- the menu bar --------------------------------------------------------------------------


def texts(actions: list[Any]) -> list[str]:
    return [plain(a.text()) for a in actions if not a.isSeparator()]


def test_the_menu_bar_has_what_desktop_users_expect(window: MainWindow) -> None:
    bar = window.menuBar()
    assert bar is window.menus
    assert texts(bar.actions()) == ["File", "Edit", "View", "Sync", "Help"]
    menus = window.menus
    assert texts(menus.file_menu.actions()) == [
        "New",
        "Import an attendance sheet…",
        "Import a contact list…",
        "Export a report as CSV…",
        "Save a report as PDF…",
        "Print…",
        "Lock now",
        "Quit",
    ]
    assert texts(menus.edit_menu.actions()) == [
        "Undo",
        "Redo",
        "Cut",
        "Copy",
        "Paste",
        "Select all",
        "Find",
    ]
    assert texts(menus.view_menu.actions()) == [p.title() for p in window.pages]
    assert texts(menus.sync_menu.actions()) == ["Sync now", "Show the sync details"]
    assert "About Blue Pacific Desktop" in texts(menus.help_menu.actions())
    assert "Keyboard shortcuts" in texts(menus.help_menu.actions())


def test_no_key_is_bound_twice(window: MainWindow) -> None:
    # Two actions with one key make Qt refuse both ("ambiguous shortcut"): the menus reuse
    # the window's actions instead of adding their own.
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.menus.actions_["quit"])):
        keys = action.shortcut().toString()
        if keys:
            assert keys not in seen, (keys, seen[keys], action.text())
            seen[keys] = action.text()
    assert {"Ctrl+N", "Ctrl+P", "Ctrl+F", "F5", "Ctrl+1", "Ctrl+Q"} <= set(seen)


def test_ctrl_n_still_works_with_the_menu_bar(qtbot: Any, window: MainWindow) -> None:
    page = window.menus.go_to(TrainingPage)
    assert isinstance(page, TrainingPage)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())


def test_view_shows_each_screen_and_file_quit_closes(qtbot: Any, window: MainWindow) -> None:
    for number, page in enumerate(window.pages, start=1):
        window.menus.actions_[f"screen{number}"].trigger()
        assert window.current_page() is page
        assert window.menus.actions_[f"screen{number}"].shortcut() == QKeySequence(f"Ctrl+{number}")
    window.menus.actions_["sync_screen"].trigger()
    assert isinstance(window.current_page(), SyncPage)
    window.menus.actions_["quit"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_file_import_opens_the_import_preview(qtbot: Any, window: MainWindow) -> None:
    window.menus.actions_["import_contacts"].trigger()
    dialog = window.menus.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Import a contact list"
    dialog.reject()  # nothing checked yet: closes without asking


def test_help_about_names_the_version_and_licence(qtbot: Any, window: MainWindow) -> None:
    window.menus.actions_["about"].trigger()
    box = window.menus.about_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert __version__ in box.text()
    assert "MIT licence" in box.text() and "Lucide (ISC licence)" in box.text()
    box.button(QMessageBox.StandardButton.Close).click()
    window.menus.actions_["shortcuts"].trigger()
    shortcuts = window.menus.shortcuts_box
    assert shortcuts is not None
    assert "Ctrl+P\tPrint…" in shortcuts.text() and "F5\tSync now" in shortcuts.text()
    shortcuts.button(QMessageBox.StandardButton.Close).click()


def test_the_menus_speak_french(qtbot: Any, window: MainWindow) -> None:
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    assert texts(window.menuBar().actions()) == [
        "Fichier",
        "Édition",
        "Affichage",
        "Synchro",
        "Aide",
    ]
    assert "À propos de Blue Pacific Desktop" in texts(window.menus.help_menu.actions())
    assert "Imprimer…" in texts(window.menus.file_menu.actions())


# -- headings ------------------------------------------------------------------------------


def test_one_heading_names_the_screen_shown(window: MainWindow) -> None:
    labels = [w for w in window.findChildren(QLabel) if w.property("heading") == 1]
    assert len(labels) == 1
    heading = labels[0]
    body = QApplication.font().pointSizeF()
    assert heading.font().bold() and heading.font().pointSizeF() > body
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        assert heading.text() == page.title()
        assert heading.isVisible()


def test_group_box_titles_are_the_second_heading_level(window: MainWindow) -> None:
    settings = window.pages[-1]
    window.nav.setCurrentRow(len(window.pages) - 1)
    box = settings.findChild(QGroupBox)
    assert box is not None and box.isVisible()
    label = QLabel(box.title(), box)  # a level-2 heading made the one way
    make_heading(label, 2)
    assert label.font().bold() and label.font().pointSizeF() == box.font().pointSizeF()
    # The boxes' titles are bold through the window's style sheet; their contents are not.
    assert "QGroupBox { font-weight: bold; }" in window.styleSheet()
    inner = box.findChild(QLabel)
    assert inner is not None and not inner.font().bold()


def test_edit_menu_acts_on_the_field_being_typed_in(qtbot: Any, window: MainWindow) -> None:
    page = window.menus.go_to(TrainingPage)
    assert isinstance(page, TrainingPage)
    box = page.sessions.search
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QApplication.clipboard().setText("Suva")
    window.menus.actions_["paste"].trigger()
    assert box.text() == "Suva"
    window.menus.actions_["undo"].trigger()
    assert box.text() == ""
    # The keys stay the field's own: the menu shows them without binding them.
    assert window.menus.actions_["paste"].shortcut().isEmpty()
    assert window.menus.actions_["paste"].text().endswith("\tCtrl+V")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_screen_name_fits_the_navigation_with_its_icon(
    qtbot: Any, window: MainWindow, language: str
) -> None:
    # Seen in the screenshots: the list was sized before its icons were set, so "Contacts et
    # échanges" and "Rapports mensuels" were cut and the list scrolled sideways.
    install_language(QApplication.instance(), language)  # type: ignore[arg-type]
    nav = window.nav
    qtbot.waitUntil(lambda: not nav.horizontalScrollBar().isVisible())
    for row in range(nav.count()):
        assert nav.sizeHintForIndex(nav.model().index(row, 0)).width() <= nav.viewport().width()
