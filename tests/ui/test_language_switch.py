"""Choosing a language retranslates every open screen and dialog at once, with no restart, and
an editor holding typing keeps it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window, prepare_demo
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.settings_page import SettingsPage
from bluepacific_desktop.ui.pages.training.page import TrainingPage
from bluepacific_desktop.ui.translations import current_language, install_language
from tests.ui.test_french_everywhere import english_and_french, every_source, every_text

TYPED = "Police Training Room, Port Vila"


def choose_in_settings(qtbot: Any, window: MainWindow, language: str) -> None:
    """What a click in Settings' language box does (the box is on the Settings screen)."""
    settings = next(p for p in window.pages if isinstance(p, SettingsPage))
    settings.language.setCurrentIndex(settings.language.findData(language))
    settings.language.activated.emit(settings.language.currentIndex())
    qtbot.waitUntil(lambda: current_language() == language, timeout=5000)
    QApplication.processEvents()  # the LanguageChange events Qt posts to each window


def open_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_switching_language_retranslates_every_screen_and_the_open_editor(
    qtbot: Any, tmp_path: Path
) -> None:
    app = QApplication.instance()
    install_language(app, "en")  # type: ignore[arg-type]
    prepare_demo(tmp_path, size=20)
    english, french = english_and_french()
    with Store.open(tmp_path) as store:
        window = open_main_window(store, app)  # type: ignore[arg-type]
        assert window is not None
        qtbot.addWidget(window)
        try:
            for row in range(len(window.pages)):  # every screen built and shown once
                window.nav.setCurrentRow(row)
            window.nav.setCurrentRow(1)
            training = window.current_page()
            assert isinstance(training, TrainingPage)
            training.new_record()
            editor = training.editor
            assert editor is not None
            qtbot.waitUntil(editor.isVisible)
            QTest.keyClicks(editor.form.location, TYPED)
            assert editor.has_unsaved_changes()

            choose_in_settings(qtbot, window, "fr")
            shown = every_text(open_windows())
            left = shown & english
            assert not left, f"English left after switching to French: {sorted(left)}"
            assert len(shown & french) > 100
            assert window.nav.item(0).text() == "Tableau de bord"
            languages = next(p for p in window.pages if isinstance(p, SettingsPage)).language
            assert [languages.itemText(i) for i in range(2)] == ["English", "Français"]
            assert editor.isVisible() and editor.form.location.text() == TYPED
            assert editor.has_unsaved_changes()  # the typing is still there, still unsaved
            # Dates in the French way (03/12/2026), as a box made in French shows them.
            assert editor.form.start.displayFormat() == "dd/MM/yyyy"

            choose_in_settings(qtbot, window, "en")
            shown = every_text(open_windows())
            left = shown & (french - every_source())
            assert not left, f"French left after switching back to English: {sorted(left)}"
            assert editor.form.location.text() == TYPED and editor.has_unsaved_changes()
            assert editor.form.start.displayFormat() == "d/M/yy"  # day first, as in the region
        finally:
            window.sync.shutdown()
            window.ctx.background.wait()
            install_language(app, "en")  # type: ignore[arg-type]


def test_the_first_start_dialog_switches_when_french_is_picked(qtbot: Any) -> None:
    # Seen before: picking Français on first start left the dialog in English.
    app = QApplication.instance()
    install_language(app, "en")  # type: ignore[arg-type]
    dialog = FirstStartDialog([("FJ", "Fiji"), ("SB", "Solomon Islands")], None, {"FJ": "Fidji"})
    qtbot.addWidget(dialog)
    dialog.show()
    english, french = english_and_french()
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.language.activated.emit(dialog.language.currentIndex())
        shown = every_text([dialog])
        assert not shown & english, sorted(shown & english)
        assert {"Annuler", "OK"} <= shown and len(shown & french) >= 5
        assert dialog.country.itemText(0) == "Fidji (FJ)"
        assert dialog.country.itemText(1) == "Solomon Islands (SB)"  # no French name given
        assert dialog.chosen()[1] == "fr"
        assert dialog.language.itemText(0) == "English"  # each language in its own words

        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.language.activated.emit(dialog.language.currentIndex())
        shown = every_text([dialog])
        assert not shown & (french - every_source()), sorted(shown & (french - every_source()))
        assert "Cancel" in shown and dialog.country.itemText(0) == "Fiji (FJ)"
    finally:
        install_language(app, "en")  # type: ignore[arg-type]


def test_the_catalogue_survives_many_thousand_lookups(tmp_path: Path) -> None:
    # PySide6 6.12.0 hands the override a None it does not own for every lookup without a
    # disambiguation: None's count falls by one per call, and Python aborted ("deallocating
    # None") after some thousands of texts, in both languages, until None got its reserve
    # (bluepacific_desktop/immortal.py). More lookups than None holds of its own, in a process
    # of its own: in the test session other threads' work moves None's count too.
    script = tmp_path / "lookups.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from bluepacific_desktop.immortal import RESERVE\n"
        "from bluepacific_desktop.ui.translations import install_language\n"
        "app = QCoreApplication([])\n"
        "held = sys.getrefcount(None) % RESERVE  # None's own references, its reserve aside\n"
        "for language in ('fr', 'en'):\n"
        "    install_language(app, language)\n"
        "    for _ in range(held + 10_000):\n"
        "        QCoreApplication.translate('SettingsPage', 'Settings')\n"
        "assert QCoreApplication.translate('SettingsPage', 'Settings') == 'Settings'\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_first_start_follows_a_french_computer(qtbot: Any) -> None:
    app = QApplication.instance()
    try:
        # What QLocale.system() says on a computer set up in French.
        dialog = FirstStartDialog([("VU", "Vanuatu")], None, {}, suggested="fr")
        qtbot.addWidget(dialog)
        assert dialog.chosen() == ("VU", "fr") and current_language() == "fr"
        assert dialog.windowTitle() == "Bienvenue dans Blue Pacific Desktop"
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
