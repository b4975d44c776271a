"""The attendance grid's status column, driven by the keyboard on a real store (offscreen):
choose late and absent, save, open again and find them; in French the words are French."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from shiboken6 import isValid
from sqlalchemy import select

from bluepacific_desktop.store.models import Attendance, Person, TrainingSession
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.training.attendees import STATUS
from bluepacific_desktop.ui.pages.training.session_editor import SessionEditor
from bluepacific_desktop.ui.translations import install_language
from tests.ui import test_training as journey
from tests.ui.test_training import (
    activate,
    choose_course_and_mode,
    create_inline,
    focused,
    new_editor,
    save,
)

app_window = journey.app_window  # the Training screen of a demo store, as the journey uses


def choose_status(qtbot: Any, editor: SessionEditor, row: int, downs: int) -> None:
    """F2 on the row's status cell, Down `downs` times, Enter."""
    activate(qtbot, editor)
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.attendees.index(row, STATUS))
    QTest.keyClick(editor.grid, Qt.Key.Key_F2)
    box = focused()
    assert isinstance(box, QComboBox) and box.accessibleName() == "Attendance status"
    for _ in range(downs):
        QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Return)
    # The delegate commits and closes the list on the next turn of the event loop.
    qtbot.waitUntil(lambda: not isValid(box) or not box.isVisible())


def test_statuses_chosen_by_keyboard_are_saved_and_shown_again(
    qtbot: Any, app_window: tuple[MainWindow, Store], qtmodeltester: Any
) -> None:
    window, store = app_window
    editor = new_editor(qtbot, window)
    choose_course_and_mode(editor)
    QTest.keyClicks(editor.form.title_box, "Statuses")
    editor.form.start.setDate(QDate(2025, 3, 3))
    editor.form.end.setDate(QDate(2025, 3, 3))
    for name in ("Ana Tuʻipulotu", "Sione Fifita", "Mele Taufa"):
        create_inline(qtbot, editor, name, "female", "Tonga Police")
    assert editor.attendees.index(0, STATUS).data() == "Present"  # the default
    choose_status(qtbot, editor, 1, 1)  # present → late
    choose_status(qtbot, editor, 2, 3)  # present → absent
    assert [editor.attendees.index(r, STATUS).data() for r in range(3)] == [
        "Present",
        "Late",
        "Absent",
    ]
    qtmodeltester.check(editor.attendees)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)

    with store.read() as s:
        sid = s.scalar(select(TrainingSession.id).where(TrainingSession.title == "Statuses"))
        rows = s.execute(
            select(Person.full_name, Attendance.status)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.session_id == sid)
        )
        saved = dict(rows.all())
    assert saved == {"Ana Tuʻipulotu": "present", "Sione Fifita": "late", "Mele Taufa": "absent"}

    assert sid is not None
    again = SessionEditor(window.ctx, sid)
    qtbot.addWidget(again)
    shown = {
        again.attendees.rows[r].name: again.attendees.index(r, STATUS).data() for r in range(3)
    }
    assert shown == {"Ana Tuʻipulotu": "Present", "Sione Fifita": "Late", "Mele Taufa": "Absent"}
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    try:
        french = SessionEditor(window.ctx, sid)
        qtbot.addWidget(french)
        words = {french.attendees.index(r, STATUS).data() for r in range(3)}
        assert words == {"Présent", "En retard", "Absent"}
    finally:
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
