"""The status bar shows a quiet notice when the hub knows a newer desktop version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from bluepacific_desktop import __version__, demo
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.app import open_main_window


def test_newer_version_notice_appears_only_for_a_newer_version(qtbot, tmp_path: Path) -> None:
    demo.prepare_store(tmp_path, size=5)
    with Store.open(tmp_path) as store:
        window = open_main_window(store, QApplication.instance())
        assert window is not None
        qtbot.addWidget(window)
        notice = window.status.update_notice
        assert notice.isHidden()

        with store.write() as session:
            state.record_hub_desktop_version(session, __version__)
        window.status.refresh_counts()
        assert notice.isHidden()  # the same version: nothing to say

        with store.write() as session:
            state.record_hub_desktop_version(session, "99.0.0")
        window.status.refresh_counts()
        assert not notice.isHidden()
        assert notice.text() == (
            "Version 99.0.0 is available — ask your regional team for the installer"
        )
        assert window.statusBar().isAncestorOf(notice) or window.isAncestorOf(notice)
        window.sync.shutdown()
        window.ctx.background.wait()
