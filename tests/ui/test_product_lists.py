"""Feedback that never contradicts itself, on the list screens: a visible New button on every
list, Ctrl+P on every screen that has a report, printing that says what went to which printer,
and empty lists that say what they are for with a button to create the first record. Real
widgets on a real store, offscreen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.reports import ReportsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.translations import install_language
from tests.ui.test_reports_screen import _fill, pdf_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot: Any, store: Store, language: str = "en") -> MainWindow:
    app = QApplication.instance()
    install_language(app, language)  # type: ignore[arg-type]
    opened = open_main_window(store, app)  # type: ignore[arg-type]
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitUntil(opened.isVisible)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    return opened


@pytest.fixture
def empty_window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    opened = _open(qtbot, store)
    yield opened
    opened.ctx.background.wait()


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    _fill(store)
    opened = _open(qtbot, store)
    yield opened
    opened.ctx.background.wait()


def show(window: MainWindow, kind: type) -> Any:
    page = next(p for p in window.pages if isinstance(p, kind))
    window.nav.setCurrentRow(window.pages.index(page))
    assert window.current_page() is page
    return page


# -- New buttons ---------------------------------------------------------------------------


def test_every_list_has_a_visible_new_button_that_opens_an_editor(
    qtbot: Any, window: MainWindow
) -> None:
    training = show(window, TrainingPage)
    button: QPushButton = training.sessions.new_button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert training.editor is not None and training.editor.isVisible()
    assert training.editor.session_id is None  # a new session, not the selected one
    training.editor.reject()

    training.tabs.setCurrentWidget(training.people)
    button = training.people.new_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert training.person_editor is not None and training.person_editor.isVisible()
    assert training.person_editor.boxes["full_name"].text() == ""
    training.person_editor.reject()

    capabilities = show(window, CapabilitiesPage)
    assert capabilities.new_button.isVisible()
    qtbot.mouseClick(capabilities.new_button, Qt.MouseButton.LeftButton)
    assert capabilities.stack.currentWidget() is capabilities.editor
    capabilities.editor.cancel()

    contacts = show(window, ContactsPage)
    for tab in (contacts.directory, contacts.engagements):
        contacts.tabs.setCurrentWidget(tab)
        assert tab.new_button.isVisible()
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        assert tab.editor is not None and tab.editor.isVisible()
        tab.editor.reject()


def test_open_and_delete_buttons_on_the_sessions_list(
    qtbot: Any, window: MainWindow, delete_questions: Any
) -> None:
    training = show(window, TrainingPage)
    view = training.sessions
    assert view.count.text() == "Sessions shown: 1"
    view.table.selectRow(0)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert training.editor is not None and training.editor.session_id == view.model.ids[0]
    training.editor.reject()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert delete_questions.asked and "3 attendance record" in delete_questions.asked[0]
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)


# -- Ctrl+P and what was printed -------------------------------------------------------------


def print_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    # Stands for the user choosing a printer in the system's print dialog (it cannot be driven
    # offscreen): Qt's own "print to file", the same painting as on paper.
    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)


@pytest.mark.parametrize(
    ("screen", "title", "in_pdf"),
    [
        (TrainingPage, "Training summary", "Training summary"),
        (CapabilitiesPage, "Capability usage", "Capability usage"),
        (ContactsPage, "Contact directory", "Regional contact directory"),
    ],
)
def test_ctrl_p_prints_and_the_status_bar_says_what_and_where(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screen: type,
    title: str,
    in_pdf: str,
) -> None:
    target = tmp_path / f"{screen.__name__}.pdf"
    print_to(monkeypatch, target)
    show(window, screen)
    QTest.keyClick(window, Qt.Key.Key_P, CTRL)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bool(bar.currentMessage()), timeout=20_000)
    assert target.exists() and in_pdf in pdf_text(target)
    message = bar.currentMessage()
    assert message.startswith(f"{title} printed to the file {target}")
    assert "(pages: 1)" in message or "(pages: 2)" in message


def test_printing_from_the_reports_screen_says_where_it_went(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chosen.pdf"
    print_to(monkeypatch, target)
    page = show(window, ReportsPage)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printed" in page.status.text(), timeout=20_000)
    assert page.status.text().startswith(f"Training summary printed to the file {target}")
    assert target.exists()


def test_the_words_name_the_report_and_the_printer(window: MainWindow) -> None:
    # No printer is installed here, so the printer's name is given as the dialog leaves it.
    texts = show(window, ReportsPage).output.texts
    assert texts.printed("training", 2, "Office HP LaserJet", "") == (
        "Training summary sent to the printer «Office HP LaserJet» (pages: 2)."
    )
    assert texts.printed("quarterly", 1, "", "") == (
        "Quarterly country summary sent to the printer «default printer» (pages: 1)."
    )


# -- empty lists ---------------------------------------------------------------------------


def test_an_empty_sessions_list_says_what_it_is_for(qtbot: Any, empty_window: MainWindow) -> None:
    training = show(empty_window, TrainingPage)
    view = training.sessions
    assert view.shown.is_empty_shown()
    assert "No session is recorded yet" in view.shown.empty.message.text()
    assert view.shown.empty.button.text() == "Re&cord the first session…"
    qtbot.mouseClick(view.shown.empty.button, Qt.MouseButton.LeftButton)
    assert training.editor is not None and training.editor.isVisible()
    training.editor.reject()


def test_a_sessions_filter_that_finds_nothing_says_so(qtbot: Any, window: MainWindow) -> None:
    view = show(window, TrainingPage).sessions
    assert not view.shown.is_empty_shown()
    view.search.setText("nowhere at all")
    assert view.shown.is_empty_shown()
    assert view.shown.empty.message.text() == "No training session matches these filters."
    view.search.clear()
    assert not view.shown.is_empty_shown()


def test_an_empty_capabilities_list_says_what_it_is_for(
    qtbot: Any, empty_window: MainWindow, store: Store
) -> None:
    page = show(empty_window, CapabilitiesPage)
    assert page.shown.is_empty_shown()
    assert "No month is reported yet" in page.shown.empty.message.text()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    qtbot.mouseClick(page.shown.empty.button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.editor
    page.editor.cancel()
    # A month reported: the table comes back; a search that finds none says so.
    with store.write() as session:
        RecordService(session).create(
            RecordKind.CAPABILITY_REPORT,
            {"capability_code": "SLTD", "period": "2025-03", "searches": 12, "hits": 1},
        )
    page.refresh()
    assert not page.shown.is_empty_shown() and page.open_button.isEnabled()
    page.search.setText("1999")
    assert page.shown.is_empty_shown()
    assert page.shown.empty.message.text() == "No reported month matches “1999”."
    page.search.clear()
    assert not page.shown.is_empty_shown()


def test_empty_lists_speak_french(qtbot: Any, empty_window: MainWindow) -> None:
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    try:
        training = show(empty_window, TrainingPage)
        training.sessions.search.setText("x")  # rebuilds the empty state's words
        assert training.sessions.shown.empty.message.text() == (
            "Aucune session de formation ne correspond à ces filtres."
        )
    finally:
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]


# -- keyboard ------------------------------------------------------------------------------


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letter of every visible button, buddied label and tab under `root`."""
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]
    texts += [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(root)
    ]
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    found = (re.search(r"&([^&])", t.replace("&&", "")) for t in texts)
    return [m.group(1).lower() for m in found if m]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_new_buttons_keys_clash_with_nothing_on_their_list(
    qtbot: Any, store: Store, language: str
) -> None:
    window = _open(qtbot, store, language)  # built in that language
    try:
        training = show(window, TrainingPage)
        for tab in (training.sessions, training.people):
            training.tabs.setCurrentWidget(tab)
            for typed in ("", "zzz"):  # the empty list, then a search that finds nothing
                tab.search.setText(typed)
                keys = mnemonics(training)
                assert len(keys) == len(set(keys)), (type(tab).__name__, typed, sorted(keys))
        capabilities = show(window, CapabilitiesPage)
        for typed in ("", "zzz"):
            capabilities.search.setText(typed)
            keys = mnemonics(capabilities)
            assert len(keys) == len(set(keys)), (typed, sorted(keys))
    finally:
        window.ctx.background.wait()
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
