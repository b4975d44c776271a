"""Walks every screen of the main window and every editor dialog, showing each in turn.

Used by the scaling and the pseudo-locale tests: each step yields a name and the window
(main window or dialog) now showing that screen, laid out and painted.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabWidget, QWidget

from bluepacific_desktop.ui.geometry import PageArea
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.unsaved import EditorDialog


def settle(window: MainWindow) -> None:
    for _ in range(3):
        window.ctx.background.wait()
        QApplication.processEvents()


def _tabs_of(page: QWidget) -> list[QTabWidget]:
    return [t for t in page.findChildren(QTabWidget) if t.window() is page.window()]


def _close(window: MainWindow, dialog: EditorDialog | None) -> None:
    if dialog is not None:
        dialog.guard.forget()
        dialog.mark_clean()
        dialog.reject()
        settle(window)


def walk(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every screen, each tab of a screen, the month grid, and each editor opened new."""
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        settle(window)
        name = type(page).__name__
        tabs = _tabs_of(page)
        if not tabs:
            yield name, window
        for tab in tabs:
            for index in range(tab.count()):
                tab.setCurrentIndex(index)
                settle(window)
                yield f"{name} tab {index + 1}", window
        if isinstance(page, CapabilitiesPage):
            page.new_record()
            settle(window)
            yield f"{name} month grid", window
            page.editor.model.dirty = False
            page.editor.cancel()
            settle(window)
        if isinstance(page, TrainingPage):
            page.open_session(None)
            settle(window)
            assert page.editor is not None
            yield "session editor", page.editor
            _close(window, page.editor)
            page.open_person(None)
            settle(window)
            yield "person editor", page.person_editor
            _close(window, page.person_editor)
        if isinstance(page, ContactsPage):
            for tab_widget, label in (
                (page.directory, "contact"),
                (page.engagements, "engagement"),
            ):
                page.tabs.setCurrentWidget(tab_widget)
                settle(window)
                page.new_record()
                settle(window)
                editor = tab_widget.editor
                assert editor is not None
                yield f"{label} editor", editor
                _close(window, editor)


def scrolled_by_design(widget: QWidget, top: QWidget, *, screens_scroll: bool = False) -> bool:
    """Whether `widget` sits in a scroll area of its own screen (a table's cells, a long form),
    where being partly out of view is how it is meant to work; with `screens_scroll`, the
    area a whole screen scrolls in when the window is smaller than it counts too."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and (
            screens_scroll or not isinstance(parent, PageArea)
        ):
            return True
        parent = parent.parentWidget()
    return False
