"""Never lose what was typed, in the import preview and Settings: a sheet checked and ready but
not imported asks Save (import) / Discard / Keep editing on Esc, Close and quitting, like every
editor; nothing asks when there is nothing to lose (no sheet, a refused sheet, an imported one,
Settings, whose every choice is written when it is made). Real widgets, real store, offscreen;
the question is answered by the `unsaved_questions` fixture (tests/ui/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.device import LANGUAGE, get_setting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.settings_page import SettingsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.ui.unsaved import Answer
from tests.ui.conftest import Questions
from tests.ui.test_import_dialog import CLEAN, MESSY, choose, counts


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    app = QApplication.instance()
    install_language(app, "en")  # type: ignore[arg-type]
    opened = open_main_window(store, app)  # type: ignore[arg-type]
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitUntil(opened.isVisible)
    yield opened
    opened.ctx.background.wait()
    install_language(app, "en")  # type: ignore[arg-type]


def checked_sheet(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, sheet: Path, text: str
) -> ImportDialog:
    sheet.write_text(text, encoding="utf-8")
    choose(monkeypatch, sheet)
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.open_import()
    dialog = page.import_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    window.ctx.background.wait()
    return dialog


def test_esc_on_a_checked_sheet_asks_and_keep_editing_keeps_it(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unsaved_questions: Questions,
    store: Store,
) -> None:
    dialog = checked_sheet(qtbot, window, monkeypatch, tmp_path / "attendance.csv", CLEAN)
    assert dialog.import_button.isEnabled() and dialog.has_unsaved_changes()
    before = counts(store)
    unsaved_questions.answer = Answer.KEEP
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert unsaved_questions.asked == [
        "The sheet «attendance.csv» is checked but not imported yet. Import it before closing?"
    ]
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    unsaved_questions.answer = Answer.DISCARD
    dialog.buttons.rejected.emit()  # the Close button
    assert not dialog.isVisible()
    assert counts(store) == before  # discarded: nothing written


def test_save_in_the_question_imports_the_sheet(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unsaved_questions: Questions,
    store: Store,
) -> None:
    dialog = checked_sheet(qtbot, window, monkeypatch, tmp_path / "attendance.csv", CLEAN)
    before = counts(store)
    unsaved_questions.answer = Answer.SAVE
    dialog.reject()
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text(), timeout=20_000)
    assert counts(store)["Person"] - before["Person"] == 2
    assert not dialog.has_unsaved_changes()
    unsaved_questions.asked.clear()
    dialog.reject()  # imported: nothing left to lose, it closes without asking
    assert unsaved_questions.asked == [] and not dialog.isVisible()


def test_quitting_with_a_checked_sheet_asks(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unsaved_questions: Questions,
) -> None:
    dialog = checked_sheet(qtbot, window, monkeypatch, tmp_path / "attendance.csv", CLEAN)
    unsaved_questions.answer = Answer.KEEP
    window.close()
    assert len(unsaved_questions.asked) == 1
    assert window.isVisible() and dialog.isVisible()


def test_nothing_to_lose_closes_without_asking(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unsaved_questions: Questions,
) -> None:
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    page.open_import()
    empty = page.import_dialog
    qtbot.waitUntil(empty.isVisible)
    QTest.keyClick(empty, Qt.Key.Key_Escape)  # no sheet chosen
    assert not empty.isVisible()
    # A sheet with a refused row cannot be imported: it is corrected in the sheet itself.
    refused = checked_sheet(qtbot, window, monkeypatch, tmp_path / "formation.csv", MESSY)
    assert refused.plan is not None and refused.plan.refused
    QTest.keyClick(refused, Qt.Key.Key_Escape)
    assert not refused.isVisible()
    assert unsaved_questions.asked == []


def test_settings_keep_each_choice_at_once_so_leaving_never_asks(
    qtbot: Any, window: MainWindow, store: Store, unsaved_questions: Questions
) -> None:
    page = next(p for p in window.pages if isinstance(p, SettingsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.hub.auto.setChecked(not page.hub.auto.isChecked())
    wanted_auto = page.hub.auto.isChecked()
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.language.activated.emit(page.language.currentIndex())
    window.ctx.background.wait()
    qtbot.waitUntil(lambda: bool(page.language_note.text()))
    assert page.settle() is True
    window.nav.setCurrentRow(0)  # leaving Settings
    assert window.current_page() is not page
    assert unsaved_questions.asked == []
    with store.read() as session:
        assert get_setting(session, LANGUAGE) == "fr"
        assert (get_setting(session, state.AUTO_SYNC) != "0") is wanted_auto
