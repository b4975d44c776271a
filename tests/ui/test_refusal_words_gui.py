"""A French GUI shows the hub's refusal of a change in French on the Sync screen, worded from
the refusal's code (the demo's real hub over HTTPS on loopback), never the hub's English."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from bluepacific_desktop.ui.pages.sync_page import SyncPage
from tests.support.forged import queue_foreign
from tests.ui.test_sync_status import opened

__all__ = ["opened"]  # the fixture, shared with the status tests


def test_a_french_sync_screen_lists_a_refused_change_in_french(qtbot, opened: Any) -> None:
    from bluepacific_desktop.ui.translations import install_language

    window, store, _hub = opened
    app = QApplication.instance()
    queue_foreign(store, "ZZ", fields={"full_name": "Elsewhere"})  # no device sends for ZZ
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        window.sync.sync_now()
        qtbot.waitUntil(lambda: not window.sync.running, timeout=60_000)
        page = window.pages[window.pages.row_of("sync")]
        assert isinstance(page, SyncPage)
        window.nav.setCurrentRow(window.pages.index(page))
        page.refresh()
        assert page.refused.rowCount() == 1
        item = page.refused.item(0, 1)
        assert item is not None
        assert item.text().startswith("Cet ordinateur appartient à "), item.text()
        assert "ZZ" in item.text() and "belongs" not in item.text()
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    page.refresh()
    english = page.refused.item(0, 1)
    assert english is not None and english.text().startswith("this device belongs to ")
