"""Settings screen: backup, language switch, automatic sync and a refused logout, for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import LANGUAGE, get_setting
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.pages.settings_data import BackupsModel
from bluepacific_desktop.ui.pages.settings_page import SettingsPage
from bluepacific_desktop.ui.translations import install_language
from tests.support import store_file


@pytest.fixture
def window(qtbot, store):
    ctx = AppContext(store)
    window = MainWindow(ctx, [lambda c, _s: DashboardPage(c), SettingsPage])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.nav.setCurrentRow(1)
    yield window
    window.sync.shutdown()
    ctx.background.wait()
    install_language(QApplication.instance(), "en")


def settings(window) -> SettingsPage:
    page = window.pages[1]
    assert isinstance(page, SettingsPage)
    return page


def test_back_up_now_writes_a_sound_copy_and_lists_it(qtbot, window, store) -> None:
    page = settings(window)
    assert page.data.backups.rowCount() == 0
    qtbot.mouseClick(page.data.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup written" in page.data.message.text())
    files = list((store.path.parent / "backups").glob("*.sqlite3"))
    assert len(files) == 1
    assert str(files[0]) in page.data.message.text()
    conn = store_file.connect(files[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT value FROM device_settings WHERE key = 'country'").fetchone()
    finally:
        conn.close()
    assert page.data.backups.rowCount() == 1
    assert page.data.backups.index(0, BackupsModel.FILE).data() == files[0].name
    assert str(store.path.parent) in page.data.where.text()


def test_switching_to_french_is_stored_and_the_window_speaks_french(qtbot, window, store) -> None:
    page = settings(window)
    combo = page.language
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())  # what choosing with the keyboard or mouse sends
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Paramètres")
    with store.read() as session:
        assert get_setting(session, LANGUAGE) == "fr"
    assert window.nav.item(0).text() == "Tableau de bord"
    assert page.data.backup_button.text() == "&Sauvegarder maintenant"
    assert page.hub.title() == "Serveur régional"
    labels = " ".join(w.text() for w in page.findChildren(QLabel))
    assert "tous les écrans l'utilisent maintenant" in labels  # no restart needed any more
    assert "Redémarrez" not in labels


def test_automatic_sync_toggle_is_stored(qtbot, window, store) -> None:
    page = settings(window)
    assert page.hub.auto.isChecked()
    page.hub.auto.setFocus()
    QTest.keyClick(page.hub.auto, Qt.Key.Key_Space)
    with store.read() as session:
        assert get_setting(session, state.AUTO_SYNC) == "0"
    assert not window.sync.auto_sync
    QTest.keyClick(page.hub.auto, Qt.Key.Key_Space)
    with store.read() as session:
        assert get_setting(session, state.AUTO_SYNC) == "1"


def test_logout_with_waiting_changes_is_refused_and_keeps_them(
    qtbot, window, store, records
) -> None:
    with store.write() as session:
        state.save_hub_settings(
            session, state.HubSettings("https://hub.example.org", "fj.focal", None, frozenset())
        )
    records.create(RecordKind.PERSON)
    page = settings(window)
    page.refresh()
    assert "https://hub.example.org" in page.hub.hub.text()
    qtbot.mouseClick(page.hub.logout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not reached the hub" in page.hub.message.text())
    assert "Nothing was changed" in page.hub.message.text()
    assert page.hub.export_button.isVisible()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
        assert state.hub_settings(session).url == "https://hub.example.org"


def test_certificate_authority_is_saved_and_cleared(qtbot, window, store, tmp_path: Path) -> None:
    page = settings(window)
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    page.hub._save_ca(str(bundle))
    qtbot.waitUntil(lambda: page.hub.ca_bundle.text() == str(bundle))
    with store.read() as session:
        assert state.hub_settings(session).ca_bundle == str(bundle)
    qtbot.mouseClick(page.hub.ca_clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.hub.ca_bundle.text() == "")
    with store.read() as session:
        assert state.hub_settings(session).ca_bundle is None


def test_backups_model_passes_the_model_tester(qtmodeltester, store) -> None:
    folder = store.path.parent / "backups"
    folder.mkdir()
    (folder / "bluepacific-manual-1.sqlite3").write_bytes(b"x" * 3000)
    model = BackupsModel(folder)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_export_then_logout_keeps_the_changes_queued(
    qtbot, window, store, records, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from bluepacific_desktop.sync import credentials

    forgotten: list[tuple[str, str]] = []
    monkeypatch.setattr(
        credentials, "delete_token", lambda url, user: forgotten.append((url, user))
    )
    target = tmp_path / "waiting.json"
    titles: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, title, *a, **k: titles.append(title) or (str(target), ""),
    )
    with store.write() as session:
        state.save_hub_settings(
            session, state.HubSettings("https://hub.example.org", "fj.focal", None, frozenset())
        )
    records.create(RecordKind.PERSON)
    page = settings(window)
    page.hub.export_and_log_out()
    qtbot.waitUntil(lambda: "Logged out" in page.hub.message.text())
    assert str(target) in page.hub.message.text()
    assert "holds personal data" in page.hub.message.text()
    assert titles == ["Export the waiting changes (the file contains personal data)"]
    assert forgotten == [("https://hub.example.org", "fj.focal")]
    assert '"kind": "person"' in target.read_text(encoding="utf-8")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
