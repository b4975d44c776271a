"""Screens are built the first time they are shown; shortcuts, titles and quitting work with
screens not built yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import default_pages, open_main_window
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.translations import install_language


def built_pages(window: object) -> list[Page]:
    assert hasattr(window, "findChildren")
    return list(window.findChildren(Page))


def test_only_the_dashboard_is_built_until_another_screen_is_shown(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
        window = open_main_window(store, QApplication.instance())
        assert window is not None
        qtbot.addWidget(window)
        assert [type(p) for p in built_pages(window)] == [DashboardPage]
        # Every screen is in the navigation, with its title, before it is built.
        assert window.nav.count() == len(default_pages()) == 8
        assert window.nav.item(2).text() == "Capabilities"
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.current_page(), CapabilitiesPage))
        assert window.stack.currentWidget().widget() is window.current_page()  # scroll area
        assert sorted(type(p).__name__ for p in built_pages(window)) == [
            "CapabilitiesPage",
            "DashboardPage",
        ]
        assert type(window.pages[-1]).__name__ == "SettingsPage"  # as in a list
        assert len(built_pages(window)) == 3
        # Back and forth: the same page, not a second one.
        qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert len(built_pages(window)) == 3
        # Quitting asks only the screens that exist, and closes.
        assert window.close()
        window.ctx.background.wait()


def test_a_screens_navigation_title_is_its_own_title_in_both_languages(
    qtbot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "VU", "fr")
        try:
            window = open_main_window(store, app)
            assert window is not None
            qtbot.addWidget(window)
            for language in ("fr", "en"):
                install_language(app, language)
                # The window hears of the switch through a posted LanguageChange event.
                qtbot.waitUntil(lambda: window.nav.item(0).text() == window.pages[0].title())
                for row, page in enumerate(window.pages):  # builds every screen
                    assert window.nav.item(row).text() == page.title(), (language, row)
                    assert window.pages.nav_icon(row) is page.nav_icon is not None
                assert (
                    window.nav.item(0).text()
                    == {"fr": "Tableau de bord", "en": "Dashboard"}[language]
                )
        finally:
            install_language(app, "en")
        window.sync.shutdown()
        window.ctx.background.wait()
