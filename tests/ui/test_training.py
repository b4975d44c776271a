"""Training screen, driven through real widgets on a real store (offscreen): the issue's journey
(create with three attendees, edit, delete, a refused save) and the people directory."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select, text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import Attendance, OutboxEntry, Person, TrainingSession
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.app import open_main_window, prepare_demo
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.pages.training.attendees import COMPLETED, PRE, PROBLEM
from bluepacific_desktop.ui.pages.training.people_view import PeopleView
from bluepacific_desktop.ui.pages.training.session_editor import SessionEditor
from bluepacific_desktop.ui.translations import install_language
from tests.ui.conftest import DeleteQuestions

CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
EXISTING = "Losana Vuniwai"


@pytest.fixture
def app_window(qtbot: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, Store]]:
    app = QApplication.instance()
    prepare_demo(tmp_path, size=30)
    with Store.open(tmp_path) as store:
        with store.write() as session:
            RecordService(session).create(
                RecordKind.PERSON,
                {"full_name": EXISTING, "sex": "female", "agency": "Fiji Police Force"},
            )
        window = open_main_window(store, app)  # type: ignore[arg-type]
        assert window is not None
        qtbot.addWidget(window)
        install_language(app, "en")  # type: ignore[arg-type]
        activate(qtbot, window)
        QTest.keyClick(window, Qt.Key.Key_2, CTRL)  # Ctrl+2: the Training screen
        yield window, store
        window.ctx.background.wait()


def training(window: MainWindow) -> TrainingPage:
    page = window.current_page()
    assert isinstance(page, TrainingPage)
    return page


def activate(qtbot: Any, window: QWidget) -> None:
    """Keys go to the active window, as on a desktop where the user just opened it."""
    qtbot.waitUntil(window.isVisible)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into(widget: QWidget, typed: str) -> None:
    for char in typed:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:  # QTest maps only ASCII to keys; an ʻokina arrives as text, as from a layout
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, char, NO_MODIFIER)


def waiting_shown(window: MainWindow) -> int:
    match = re.match(r"(\d+)", window.status.waiting.text().replace(",", ""))
    assert match, window.status.waiting.text()
    return int(match.group(1))


def counts(window: MainWindow) -> dict[RecordKind, int]:
    dashboard = window.pages[0]
    # The dashboard reads its counts off the GUI thread after each change: wait for the read.
    for _ in range(500):
        if not dashboard.loading:  # type: ignore[attr-defined]
            break
        QTest.qWait(10)
    labels = dashboard.count_labels  # type: ignore[attr-defined]
    return {kind: int(label.text().replace(",", "")) for kind, label in labels.items()}


def outbox(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as s:
        rows = s.execute(select(OutboxEntry.kind, OutboxEntry.op, OutboxEntry.record_id))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def table_counts(store: Store) -> dict[str, int]:
    tables = ["people", "training_sessions", "attendances", "outbox"]
    with store.read() as s:
        return {t: int(s.scalar(text(f"SELECT count(*) FROM {t}")) or 0) for t in tables}


def new_editor(qtbot: Any, window: MainWindow) -> SessionEditor:
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = training(window).editor
    assert editor is not None
    activate(qtbot, editor)
    return editor


def choose_course_and_mode(editor: SessionEditor) -> None:
    """Both start empty (they feed the reported figures) and must be chosen."""
    editor.form.course.setCurrentIndex(editor.form.course.findData("HR_POLICING"))
    editor.form.mode.setCurrentIndex(editor.form.mode.findData("in_person"))


def pick_from_completer(qtbot: Any, editor: SessionEditor, typed: str) -> None:
    editor.finder.setFocus()
    QTest.keyClicks(editor.finder, typed)
    popup = editor.finder.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert f"{EXISTING} — Fiji Police Force" in shown  # name and agency, to tell people apart
    row = shown.index(f"{EXISTING} — Fiji Police Force")
    popup.setCurrentIndex(popup.model().index(row, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.finder.text() == "")


def create_inline(qtbot: Any, editor: SessionEditor, name: str, sex: str, agency: str) -> None:
    editor.finder.setFocus()
    type_into(editor.finder, name)
    if editor.finder.finder.popup().isVisible():  # matches of similar names: not this one
        QTest.keyClick(editor.finder.finder.popup(), Qt.Key.Key_Escape)
    qtbot.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)
    form = editor.new_person
    assert form.isVisible() and form.name.text() == name
    form.sex.setCurrentIndex(form.sex.findData(sex))
    QTest.keyClicks(form.agency, agency)
    QTest.keyClicks(form.rank, "Constable")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


def type_in_cell(qtbot: Any, editor: SessionEditor, row: int, column: int, typed: str) -> None:
    # The offscreen platform does not give the activation back when a completer popup closes.
    activate(qtbot, editor)
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.attendees.index(row, column))
    QTest.keyClick(editor.grid, Qt.Key.Key_F2)
    QTest.keyClicks(focused(), typed)
    QTest.keyClick(focused(), Qt.Key.Key_Return)


def save(qtbot: Any, editor: SessionEditor) -> None:
    activate(qtbot, editor)
    QTest.keyClick(editor, Qt.Key.Key_S, CTRL)


def test_create_edit_and_delete_a_session_with_three_attendees(
    qtbot: Any,
    app_window: tuple[MainWindow, Store],
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    window, store = app_window
    page = training(window)
    before_counts, before_waiting, before_outbox = (
        counts(window),
        waiting_shown(window),
        outbox(store),
    )

    editor = new_editor(qtbot, window)
    choose_course_and_mode(editor)
    QTest.keyClicks(editor.form.title_box, "Human rights in policing")
    QTest.keyClicks(editor.form.location, "Suva")
    editor.form.start.setDate(QDate(2025, 3, 3))
    editor.form.end.setDate(QDate(2025, 3, 5))
    pick_from_completer(qtbot, editor, "losana")
    create_inline(qtbot, editor, "Ana Tuʻipulotu", "female", "Tonga Police")
    create_inline(qtbot, editor, "Sione Fifita", "male", "Fiji Police Force")
    assert editor.attendees.rowCount() == 3
    type_in_cell(qtbot, editor, 0, PRE, "40")
    editor.grid.setCurrentIndex(editor.attendees.index(0, COMPLETED))
    QTest.keyClick(editor.grid, Qt.Key.Key_Space)
    qtmodeltester.check(editor.attendees)
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)

    # In the list, on the dashboard, and in the status bar: 1 session + 2 people + 3 attendances.
    model = page.sessions.model
    qtbot.waitUntil(
        lambda: any(
            model.row_data(r).get("title") == "Human rights in policing"
            for r in range(model.rowCount())
        )
    )
    row = next(
        r
        for r in range(model.rowCount())
        if model.row_data(r).get("title") == "Human rights in policing"
    )
    assert model.index(row, 6).data() == "3"
    assert model.index(row, 7).data() == "Waiting"
    qtmodeltester.check(model)
    after = counts(window)
    assert after[RecordKind.TRAINING_SESSION] == before_counts[RecordKind.TRAINING_SESSION] + 1
    assert after[RecordKind.PERSON] == before_counts[RecordKind.PERSON] + 2
    assert after[RecordKind.ATTENDANCE] == before_counts[RecordKind.ATTENDANCE] + 3
    assert waiting_shown(window) == before_waiting + 6
    new_entries = outbox(store)[len(before_outbox) :]
    assert sorted((k, op) for k, op, _ in new_entries) == sorted(
        [("training_session", "create")]
        + [("person", "create")] * 2
        + [("attendance", "create")] * 3
    )
    session_id = next(rid for k, _, rid in new_entries if k == "training_session")
    with store.read() as s:
        rows = s.scalars(select(Attendance).where(Attendance.session_id == session_id)).all()
        names = set(
            s.scalars(select(Person.full_name).where(Person.id.in_([a.person_id for a in rows])))
        )
    assert names == {EXISTING, "Ana Tuʻipulotu", "Sione Fifita"}
    picked = next(a for a in rows if a.pre_score is not None)
    assert picked.pre_score == 40 and picked.completed

    # Edit: Enter on the row opens the editor; a new title shows in the list.
    activate(qtbot, window)
    page.sessions.table.setFocus()
    page.sessions.select(session_id)
    QTest.keyClick(page.sessions.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.session_id == session_id
    activate(qtbot, editor)
    assert editor.attendees.rowCount() == 3
    editor.form.title_box.selectAll()
    QTest.keyClicks(editor.form.title_box, "Human rights and policing")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    qtbot.waitUntil(
        lambda: model.index(model.row_of(session_id), 1).data() == "Human rights and policing"
    )
    assert outbox(store)[-1] == ("training_session", "update", session_id)

    # Delete: the Delete key asks first, naming the session and its attendance records.
    questions = DeleteQuestions()  # stands for the user's click on Delete
    monkeypatch.setattr(confirm, "confirm_delete", questions)
    asked = questions.asked
    activate(qtbot, window)
    page.sessions.table.setFocus()
    page.sessions.select(session_id)
    QTest.keyClick(page.sessions.table, Qt.Key.Key_Delete)
    assert len(asked) == 1  # names the session and how many attendance records go with it
    assert "«Human rights and policing»" in asked[0] and "3 attendance record" in asked[0]
    qtbot.waitUntil(lambda: model.row_of(session_id) == -1, timeout=5000)
    with store.read() as s:
        assert s.get(TrainingSession, session_id).deleted  # type: ignore[union-attr]
        live = s.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(Attendance.session_id == session_id, Attendance.deleted.is_(False))
        )
    assert live == 0
    assert counts(window)[RecordKind.ATTENDANCE] == before_counts[RecordKind.ATTENDANCE]


def test_end_before_start_is_shown_by_the_field_and_nothing_is_saved(
    qtbot: Any, app_window: tuple[MainWindow, Store]
) -> None:
    window, store = app_window
    before = table_counts(store)
    editor = new_editor(qtbot, window)
    choose_course_and_mode(editor)
    editor.form.start.setDate(QDate(2025, 3, 5))
    editor.form.end.setDate(QDate(2025, 3, 3))
    pick_from_completer(qtbot, editor, "Vuniwai")
    create_inline(qtbot, editor, "Mele Taufa", "female", "Tonga Police")
    type_in_cell(qtbot, editor, 0, PRE, "150")
    save(qtbot, editor)
    problem = editor.form.errors.labels["end_date"]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "before the start date" in problem.text()

    def by_score() -> dict[str, str]:
        # Keyed by the typed score, not the row: the rows may be shown in another order.
        model = editor.attendees
        return {
            str(model.index(r, PRE).data() or ""): str(model.index(r, PROBLEM).data() or "")
            for r in range(model.rowCount())
        }

    qtbot.waitUntil(lambda: "out of range" in by_score().get("150", ""), timeout=5000)
    assert sorted(by_score().values())[0] == ""  # the other attendee's row has no problem
    assert editor.isVisible() and editor.save_button.isEnabled()
    assert table_counts(store) == before


@pytest.mark.timing
def test_people_filter_on_5000_demo_people(qtbot: Any, tmp_path: Path, qtmodeltester: Any) -> None:
    prepare_demo(tmp_path, size=5000)
    with Store.open(tmp_path) as store:
        with store.read() as s:
            people = s.execute(
                select(Person.id, Person.full_name).where(Person.deleted.is_(False))
            ).all()
        view = PeopleView(store)
        qtbot.addWidget(view)
        assert view.model.rowCount() == 0  # nothing read before the tab is shown
        view.reload()
        assert view.model.rowCount() == 5000
        qtmodeltester.check(view.model)
        timings = []
        for typed in ("ana", "Tui", "ʻ", "zzz", "vai"):
            view.search.clear()
            started = time.perf_counter()
            type_into(view.search, typed)
            timings.append(time.perf_counter() - started)
            expected = sorted(n for _, n in people if fold(typed) in fold(n))  # as typed
            shown = [view.model.row_data(r)["full_name"] for r in range(view.model.rowCount())]
            assert shown == expected, typed
        assert view.model.rowCount() < 5000
        # Each keystroke re-runs the indexed query; generous bound: this is not the benchmark.
        assert statistics.median(timings) < 1.0


def test_the_search_box_stays_put_while_the_count_shrinks(qtbot: Any, tmp_path: Path) -> None:
    """Typing narrows "People shown: 1,200" to a few: the box and its label keep their place
    (a label as wide as its text moved the box at every letter and repainted the screen), and
    every row still reads back in order across the model's pages."""
    with Store.open(tmp_path) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
            service = RecordService(s)
            for n in range(1200):
                name = f"Sēmisi {n:04d}" if n % 100 == 0 else f"Ana {n:04d}"
                service.create(RecordKind.PERSON, {"full_name": name, "sex": "female"})
        view = PeopleView(store)
        qtbot.addWidget(view)
        view.resize(1000, 500)
        view.show()
        view.reload()
        qtbot.waitExposed(view)
        QApplication.processEvents()  # the layout after the first count
        assert view.count.text() == f"People shown: {number(1200)}"
        box = view.search.geometry()
        label = view.count.geometry()
        names = [view.model.row_data(r)["full_name"] for r in range(view.model.rowCount())]
        assert names == sorted(names) and len(names) == 1200 and names[-1] == "Sēmisi 1100"
        type_into(view.search, "semisi")
        QApplication.processEvents()
        assert view.count.text() == "People shown: 12"
        assert view.search.geometry() == box and view.count.geometry() == label
        assert [view.model.row_data(r)["full_name"] for r in range(12)] == [
            f"Sēmisi {n:04d}" for n in range(0, 1200, 100)
        ]


def test_person_in_a_session_cannot_be_deleted_and_bad_email_is_shown(
    qtbot: Any, app_window: tuple[MainWindow, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store = app_window
    page = training(window)
    with store.read() as s:
        attendee = s.scalars(
            select(Person)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.deleted.is_(False))
        ).first()
    assert attendee is not None
    QTest.keyClick(page.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.people
    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is page.people.search
    QTest.keyClicks(page.people.search, attendee.full_name)
    row = page.people.model.row_of(attendee.id)
    assert row >= 0
    warnings: list[str] = []
    monkeypatch.setattr(confirm, "confirm_delete", DeleteQuestions())  # clicks Delete
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    page.people.table.setFocus()
    page.people.table.selectRow(row)
    QTest.keyClick(page.people.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "attendance list" in warnings[0]
    with store.read() as s:
        assert not s.get(Person, attendee.id).deleted  # type: ignore[union-attr]

    QTest.keyClick(page.people.table, Qt.Key.Key_Return)
    dialog = page.person_editor
    assert dialog is not None
    activate(qtbot, dialog)
    dialog.boxes["email"].clear()
    QTest.keyClicks(dialog.boxes["email"], "not an address")
    QTest.keyClick(dialog, Qt.Key.Key_S, CTRL)
    problem = dialog.errors.labels["email"]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "e-mail address" in problem.text()
    with store.read() as s:
        assert s.get(Person, attendee.id).email != "not an address"  # type: ignore[union-attr]
    dialog.reject()


def test_print_cancelled_changes_nothing(
    qtbot: Any, app_window: tuple[MainWindow, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    window, store = app_window
    before = table_counts(store)
    asked: list[bool] = []

    def cancel(_dialog: QPrintDialog) -> int:  # the user cancels the system's print dialog
        asked.append(True)
        return 0

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    QTest.keyClick(window, Qt.Key.Key_P, CTRL)  # the training summary (tests/ui/test_reports_*)
    qtbot.waitUntil(lambda: asked == [True], timeout=20_000)
    assert table_counts(store) == before
    assert window.isVisible() and training(window).editor is None


def test_fits_a_1366_by_768_screen(qtbot: Any, app_window: tuple[MainWindow, Store]) -> None:
    window, _store = app_window
    window.resize(1366, 768)
    page = training(window)
    qtbot.waitUntil(lambda: page.width() < 1366)
    for widget in (page.sessions.search, page.sessions.course, page.sessions.date_to):
        right = widget.mapTo(page, widget.rect().topRight()).x()
        assert widget.isVisible() and right <= page.width(), widget.accessibleName()
    editor = new_editor(qtbot, window)
    assert editor.width() <= 1366 and editor.height() <= 700  # task bar included
    form = editor.form
    viewport = form.parentWidget()
    assert viewport is not None
    # The whole form fits its pane sideways (it scrolls only up and down when short of room).
    assert form.minimumSizeHint().width() <= viewport.width()
    assert editor.save_button.isVisible()
    editor.reject()


def test_removing_an_attendee_tombstones_only_that_row(
    qtbot: Any, app_window: tuple[MainWindow, Store]
) -> None:
    window, store = app_window
    page = training(window)
    session_id = page.sessions.model.ids[0]
    page.open_session(session_id)
    editor = page.editor
    assert editor is not None
    activate(qtbot, editor)
    rows = editor.attendees.rowCount()
    gone = editor.attendees.rows[0].draft.attendance_id
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.attendees.index(0, 0))
    QTest.keyClick(editor.grid, Qt.Key.Key_Delete)
    assert editor.attendees.rowCount() == rows - 1
    save(qtbot, editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    with store.read() as s:
        states = dict(
            s.execute(
                select(Attendance.id, Attendance.deleted).where(Attendance.session_id == session_id)
            ).all()
        )
    assert states[gone] and sum(not d for d in states.values()) == rows - 1
    assert outbox(store)[-1] == ("attendance", "delete", gone)
