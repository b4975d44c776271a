"""The GUI's first start and main window, driven through real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import COUNTRY, LANGUAGE, get_setting
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window, prepare_demo
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.translations import install_language


def _answer_first_start(country: str, language: str) -> None:
    def pick() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstStartDialog) and w.isVisible()
        )
        dialog.country.setCurrentIndex(dialog.country.findData(country))
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.accept()

    QTimer.singleShot(50, pick)


def test_first_start_sets_up_the_country_like_init(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    with Store.open(tmp_path) as store:
        _answer_first_start("VU", "fr")
        window = open_main_window(store, app)
        assert window is not None
        qtbot.addWidget(window)
        with store.read() as session:
            assert get_setting(session, COUNTRY) == "VU"
            assert get_setting(session, LANGUAGE) == "fr"
        # The French translation is loaded: the window speaks French.
        texts = {w.text() for w in window.findChildren(QLabel)}
        assert "Personnes" in " ".join(texts) or "Pays\u00a0: VU" in texts
        assert "Hors ligne" in window.status.link.text()
    install_language(app, "en")


def test_main_window_counts_records_and_waiting_changes(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    prepare_demo(tmp_path, size=30)
    with Store.open(tmp_path) as store:
        with store.write() as session:
            RecordService(session).create(
                RecordKind.PERSON, {"full_name": "Ana Tuʻipulotu", "sex": "female"}
            )
        window = open_main_window(store, app)
        assert window is not None
        qtbot.addWidget(window)
        dashboard = window.pages[0]
        # The counts are read off the GUI thread and fill in.
        people = dashboard.count_labels[RecordKind.PERSON]
        qtbot.waitUntil(lambda: people.text() == "31")
        # 30 demo people plus one, each with its outbox entry, and the demo's other records.
        assert "waiting" in window.status.waiting.text()
        assert window.status.link.text() == "Offline (no hub set)"
