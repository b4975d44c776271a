"""This laptop's zone on the screens: chosen at first start among the country's zones (default
the first), changed in Settings, and read by the dates of the desktop at once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.device import ZONE, device_zone, get_setting, set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.pages.settings_page import SettingsPage
from bluepacific_desktop.workflows.returns import current_period

# 30 September 2026 at 11:30 UTC: 23:30 in Tarawa, 01:30 on 1 October in Kiritimati.
INSTANT = datetime(2026, 9, 30, 11, 30, tzinfo=UTC)
ZONES = {"KI": ["Pacific/Tarawa", "Pacific/Kanton", "Pacific/Kiritimati"], "FJ": ["Pacific/Fiji"]}


def test_the_zone_list_follows_the_country_and_defaults_to_its_first(qtbot) -> None:
    dialog = FirstStartDialog([("FJ", "Fiji"), ("KI", "Kiribati")], zones=ZONES)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen()[0] == "FJ"
    assert not dialog.zone.isVisible()  # one zone: nothing to choose
    assert dialog.chosen_zone() == "Pacific/Fiji"
    dialog.country.setCurrentIndex(dialog.country.findData("KI"))
    assert dialog.zone.isVisible()
    assert [dialog.zone.itemData(i) for i in range(dialog.zone.count())] == ZONES["KI"]
    assert dialog.chosen_zone() == "Pacific/Tarawa"


def test_first_start_keeps_the_zone_chosen(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()

    def first_start() -> None:
        dialog = next(
            (w for w in app.topLevelWidgets() if isinstance(w, FirstStartDialog) and w.isVisible()),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, first_start)
            return
        dialog.country.setCurrentIndex(dialog.country.findData("KI"))
        dialog.zone.setCurrentIndex(dialog.zone.findData("Pacific/Kiritimati"))
        dialog.accept()

    QTimer.singleShot(0, first_start)
    with Store.open(tmp_path) as store:
        window = open_main_window(store, app)  # type: ignore[arg-type]
        assert window is not None
        qtbot.addWidget(window)
        with store.read() as session:
            assert device_zone(session) == "Pacific/Kiritimati"
        assert current_period(store, INSTANT) == "2026-10"
        window.sync.shutdown()
        window.ctx.background.wait()


@pytest.fixture
def kiribati(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "data")
    with store.write() as session:
        set_up_device(session, "KI")
    yield store
    store.close()


def test_settings_changes_the_zone_and_the_dates_follow(qtbot, kiribati: Store) -> None:
    ctx = AppContext(kiribati)
    window = MainWindow(ctx, [lambda c, _s: DashboardPage(c), SettingsPage])
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(1)
    try:
        page = window.pages[1]
        assert isinstance(page, SettingsPage)
        box = page.zone
        assert box.zone.currentData() == "Pacific/Tarawa"
        assert box.zone.count() == 3 and box.zone.isEnabled()
        assert current_period(kiribati, INSTANT) == "2026-09"
        box.zone.setCurrentIndex(box.zone.findData("Pacific/Kiritimati"))
        box.zone.activated.emit(box.zone.currentIndex())
        qtbot.waitUntil(lambda: "Pacific/Kiritimati" in box.note.text(), timeout=10_000)
        with kiribati.read() as session:
            assert get_setting(session, ZONE) == "Pacific/Kiritimati"
        assert current_period(kiribati, INSTANT) == "2026-10"
        page.refresh()  # read back from the store
        assert box.zone.currentData() == "Pacific/Kiritimati"
    finally:
        window.sync.shutdown()
        ctx.background.wait()
