"""Windows open inside the screen's available area and come back as the user left them:
size, position, splitters and column widths, kept in windows.ini in the data folder (0600)."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QHeaderView, QSplitter, QTableView

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import geometry
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.pages.training.session_editor import SessionEditor
from bluepacific_desktop.ui.translations import install_language


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    prepare_demo(tmp_path / "data", size=20)
    with Store.open(tmp_path / "data") as store:
        yield store


@pytest.fixture
def remembered(tmp_path: Path) -> Iterator[Path]:
    """The windows' settings in the test's data folder, and nowhere once the test ends."""
    folder = tmp_path / "data"
    geometry.remember_in(folder)
    yield folder
    geometry.remember_in(None)


def open_window(qtbot: Any, store: Store) -> MainWindow:
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.ctx.background.wait()


def inside_screen(widget: Any) -> bool:
    """The window, with room for its frame and title bar, inside the screen's free area."""
    area = geometry.available_area(widget)
    outer = QRect(widget.frameGeometry().topLeft(), widget.size().grownBy(geometry.FRAME))
    return bool(area.contains(outer))


def test_the_main_window_and_an_editor_open_inside_the_available_area(
    qtbot: Any, demo_store: Store
) -> None:
    # The tests' screen is 1366×768 (tests/conftest.py); smaller ones: test_fit_scaling.py.
    window = open_window(qtbot, demo_store)
    assert inside_screen(window), (window.geometry(), geometry.available_area(window))
    editor = SessionEditor(window.ctx, None, window)
    editor.show()
    qtbot.waitExposed(editor)
    assert inside_screen(editor), editor.geometry()
    editor.guard.forget()
    editor.reject()
    close_window(window)


def test_a_window_comes_back_as_it_was_left(
    qtbot: Any, demo_store: Store, remembered: Path
) -> None:
    window = open_window(qtbot, demo_store)
    window.resize(1300, 600)
    window.move(40, 30)
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    header = page.sessions.table.horizontalHeader()
    header.resizeSection(0, 211)
    editor = SessionEditor(window.ctx, None, window)
    editor.show()
    qtbot.waitExposed(editor)
    splitter = editor.findChild(QSplitter)
    assert splitter is not None
    editor.resize(640, 500)
    qtbot.waitUntil(lambda: editor.width() == 640)
    splitter.setSizes([200, 400])
    wanted_split = splitter.sizes()
    editor.guard.forget()
    editor.reject()
    close_window(window)

    path = remembered / geometry.SETTINGS_FILE
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    again = open_window(qtbot, demo_store)
    assert again.size() == QSize(1300, 600)
    assert again.pos().x() == 40 and again.pos().y() == 30
    page = next(p for p in again.pages if isinstance(p, TrainingPage))
    again.nav.setCurrentRow(again.pages.index(page))
    qtbot.waitUntil(lambda: page.sessions.table.horizontalHeader().sectionSize(0) == 211)
    # In a window too narrow for the widths chosen, the columns give way (the sync state stays
    # in view); the chosen widths come back with the room.
    again.resize(700, 480)
    header = page.sessions.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) < 211)
    last = header.count() - 1
    assert header.sectionViewportPosition(last) < header.viewport().width()
    again.resize(1300, 600)
    qtbot.waitUntil(lambda: header.sectionSize(0) == 211)
    editor = SessionEditor(again.ctx, None, again)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.size() == QSize(640, 500)
    split = editor.findChild(QSplitter)
    assert split is not None and split.sizes() == wanted_split
    editor.guard.forget()
    editor.reject()
    close_window(again)


def test_a_window_remembered_on_a_bigger_screen_comes_back_inside_this_one(
    qtbot: Any, demo_store: Store, remembered: Path
) -> None:
    window = open_window(qtbot, demo_store)
    window.resize(2400, 1400)  # as on a big office monitor
    window.move(900, 700)
    close_window(window)
    again = open_window(qtbot, demo_store)
    assert inside_screen(again), again.geometry()
    close_window(again)


def test_nothing_is_written_when_no_data_folder_is_given(
    qtbot: Any, demo_store: Store, tmp_path: Path
) -> None:
    geometry.remember_in(None)
    window = open_window(qtbot, demo_store)
    window.resize(500, 400)
    close_window(window)
    assert not list(tmp_path.rglob(geometry.SETTINGS_FILE))
    assert geometry.settings() is None


def test_columns_are_never_narrower_than_their_header_text(
    qtbot: Any, ctx: AppContext, records: Any
) -> None:
    window = MainWindow(ctx, [lambda c, _s: ContactsPage(c), lambda c, _s: TrainingPage(c)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for table in window.findChildren(QTableView):
        header = table.horizontalHeader()
        for section in range(header.count()):
            if header.isSectionHidden(section) or (
                header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch
            ):
                continue
            needed = geometry.header_text_width(header, section)
            assert header.sectionSize(section) >= needed, (
                table.accessibleName(),
                header.model().headerData(section, header.orientation()),
            )
    ctx.background.wait()


def test_the_quick_start_restores_screens_built_after_the_first_paint(
    qtbot: Any, demo_store: Store, remembered: Path
) -> None:
    window = open_window(qtbot, demo_store)
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.sessions.table.horizontalHeader().resizeSection(1, 177)
    close_window(window)
    # As ui/startup.py does: the window paints first, the screens come once the store is open.
    quick = MainWindow(None, [])
    qtbot.addWidget(quick)
    quick.show()
    qtbot.waitExposed(quick)
    quick.factories = default_pages()
    quick.attach(AppContext(demo_store))
    page = next(p for p in quick.pages if isinstance(p, TrainingPage))
    quick.nav.setCurrentRow(quick.pages.index(page))
    qtbot.waitUntil(lambda: page.sessions.table.horizontalHeader().sectionSize(1) == 177)
    close_window(quick)
