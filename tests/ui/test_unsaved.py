"""Never lose what was typed: every editor asks Save / Discard / Keep editing before its changes
would go (Esc, Cancel, closing, switching screens, quitting), and never asks when nothing
changed; the fields that feed reported figures start empty and must be chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import EditorDraft, OutboxEntry, Person, TrainingSession
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.conflicts import ConflictView
from bluepacific_desktop.ui import unsaved
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.dialogs.conflict_edit import ConflictEditDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.ui.unsaved import Answer, EditorDialog
from bluepacific_desktop.workflows.capability_month import METRICS
from bluepacific_desktop.workflows.drafts import Draft, keep_draft, saved_drafts
from tests.ui.conftest import REAL_ASK, Questions

TRAINING, CAPABILITIES, CONTACTS = 1, 2, 4  # rows of the navigation


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


def go(window: MainWindow, row: int) -> Any:
    window.nav.setCurrentRow(row)
    return window.current_page()


def open_session(window: MainWindow) -> EditorDialog:
    page = go(window, TRAINING)
    assert isinstance(page, TrainingPage)
    page.open_session(None)
    assert page.editor is not None
    return page.editor


def open_person(window: MainWindow) -> EditorDialog:
    page = go(window, TRAINING)
    assert isinstance(page, TrainingPage)
    page.open_person(None)
    assert page.person_editor is not None
    return page.person_editor


def open_contact(window: MainWindow) -> EditorDialog:
    page = go(window, CONTACTS)
    assert isinstance(page, ContactsPage)
    page.directory.new_record()
    assert page.directory.editor is not None
    return page.directory.editor


def open_engagement(window: MainWindow) -> EditorDialog:
    page = go(window, CONTACTS)
    assert isinstance(page, ContactsPage)
    page.engagements.new_record()
    assert page.engagements.editor is not None
    return page.engagements.editor


def type_something(editor: Any) -> None:
    """One field typed into, whichever editor it is."""
    for name in ("title_box", "name", "summary"):
        box = getattr(editor, name, None) or getattr(getattr(editor, "form", None), name, None)
        if box is not None:
            QTest.keyClicks(box, "Firearms tracing")
            return
    QTest.keyClicks(editor.boxes["full_name"], "Mere Tuilagi")


EDITORS: dict[str, Callable[[MainWindow], EditorDialog]] = {
    "session": open_session,
    "person": open_person,
    "contact": open_contact,
    "engagement": open_engagement,
}


@pytest.mark.parametrize("name", EDITORS)
def test_esc_on_a_changed_editor_asks_and_keep_editing_keeps_it_open(
    name: str, window: MainWindow, qtbot: Any, unsaved_questions: Questions
) -> None:
    editor = EDITORS[name](window)
    qtbot.waitUntil(editor.isVisible)
    type_something(editor)
    unsaved_questions.answer = Answer.KEEP
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert len(unsaved_questions.asked) == 1
    assert editor.isVisible() and editor.has_unsaved_changes()
    editor.close()  # the window's close button asks too
    assert len(unsaved_questions.asked) == 2 and editor.isVisible()
    unsaved_questions.answer = Answer.DISCARD
    editor.reject()  # Cancel
    assert len(unsaved_questions.asked) == 3
    assert not editor.isVisible()


@pytest.mark.parametrize("name", EDITORS)
def test_an_unchanged_editor_closes_without_asking(
    name: str, window: MainWindow, qtbot: Any, unsaved_questions: Questions
) -> None:
    editor = EDITORS[name](window)
    qtbot.waitUntil(editor.isVisible)
    assert not editor.has_unsaved_changes()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert unsaved_questions.asked == []


def answer_real_question(qtbot: Any, click: str, seen: dict[str, Any]) -> None:
    """Answer the real message box once it shows, noting its default button and text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        default = box.defaultButton()
        seen["default"] = default.text() if default is not None else None
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        wanted = next(b for b in box.buttons() if b.text() == click)
        assert isinstance(wanted, QPushButton)
        wanted.click()

    QTimer.singleShot(0, answer)


def test_the_real_question_defaults_to_keep_editing(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unsaved, "ask_unsaved", REAL_ASK)
    editor = open_session(window)
    qtbot.waitUntil(editor.isVisible)
    QTest.keyClicks(editor.form.title_box, "Firearms tracing")  # type: ignore[attr-defined]
    QTest.keyClicks(editor.form.location, "Suva")  # type: ignore[attr-defined]
    seen: dict[str, Any] = {}
    answer_real_question(qtbot, "&Keep editing", seen)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert seen["default"] == "&Keep editing"
    assert seen["buttons"] == ["&Discard changes", "&Keep editing", "&Save"]
    assert "«Firearms tracing, Suva»" in seen["text"]
    assert editor.isVisible()
    answer_real_question(qtbot, "&Discard changes", seen)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_save_from_the_question_saves_then_closes(
    window: MainWindow, qtbot: Any, store: Store, unsaved_questions: Questions
) -> None:
    editor = open_person(window)
    qtbot.waitUntil(editor.isVisible)
    QTest.keyClicks(editor.boxes["full_name"], "Mere Tuilagi")  # type: ignore[attr-defined]
    sex = editor.sex  # type: ignore[attr-defined]
    sex.setCurrentIndex(sex.findData("female"))
    unsaved_questions.answer = Answer.SAVE
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    with store.read() as session:
        assert [p.full_name for p in session.query(Person)] == ["Mere Tuilagi"]


def test_quitting_with_a_changed_editor_asks_and_keep_editing_stays(
    window: MainWindow, qtbot: Any, unsaved_questions: Questions
) -> None:
    editor = open_contact(window)
    qtbot.waitUntil(editor.isVisible)
    type_something(editor)
    unsaved_questions.answer = Answer.KEEP
    window.close()
    assert len(unsaved_questions.asked) == 1
    assert window.isVisible() and editor.isVisible()
    unsaved_questions.answer = Answer.DISCARD
    window.close()
    assert not window.isVisible()


def month_cell(editor: Any, code: str, metric: str) -> Any:
    model = editor.model
    row = next(i for i in range(model.rowCount()) if getattr(model.row_at(i), "code", "") == code)
    return model.index(row, 1 + METRICS.index(metric))


def test_switching_screens_with_a_changed_month_asks(
    window: MainWindow, qtbot: Any, unsaved_questions: Questions
) -> None:
    page = go(window, CAPABILITIES)
    assert isinstance(page, CapabilitiesPage)
    page.open_month(None)
    editor = page.editor
    assert editor.model.setData(month_cell(editor, "SLTD", "searches"), "12")
    assert editor.has_unsaved_changes()
    unsaved_questions.answer = Answer.KEEP
    window.nav.setCurrentRow(TRAINING)
    assert unsaved_questions.asked and "Save the counts of" in unsaved_questions.asked[0]
    assert window.current_page() is page and window.nav.currentRow() == CAPABILITIES
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # Esc asks too
    assert len(unsaved_questions.asked) == 2
    unsaved_questions.answer = Answer.DISCARD
    window.nav.setCurrentRow(TRAINING)
    assert window.current_page() is not page


def test_an_unchanged_month_is_left_without_asking(
    window: MainWindow, unsaved_questions: Questions
) -> None:
    page = go(window, CAPABILITIES)
    page.open_month(None)
    window.nav.setCurrentRow(TRAINING)
    assert window.current_page() is not page
    assert unsaved_questions.asked == []


def test_sex_starts_empty_and_must_be_chosen(window: MainWindow, qtbot: Any, store: Store) -> None:
    editor = open_person(window)
    qtbot.waitUntil(editor.isVisible)
    assert editor.sex.currentIndex() == -1 and editor.sex.currentData() is None  # type: ignore[attr-defined]
    QTest.keyClicks(editor.boxes["full_name"], "Sione Fifita")  # type: ignore[attr-defined]
    editor.save()
    problem = editor.errors.labels["sex"]  # type: ignore[attr-defined]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "required" in problem.text()
    assert editor.isVisible()
    with store.read() as session:
        assert session.query(Person).count() == 0


def test_fields_feeding_figures_start_empty(window: MainWindow, qtbot: Any) -> None:
    session = open_session(window)
    form = session.form  # type: ignore[attr-defined]
    assert form.course.currentData() is None and form.mode.currentData() is None
    assert session.new_person.sex.currentData() is None  # type: ignore[attr-defined]
    session.reject()
    contact = open_contact(window)
    assert contact.org_type.currentData() is None  # type: ignore[attr-defined]
    contact.reject()
    engagement = open_engagement(window)
    assert engagement.kind_combo.currentData() is None  # type: ignore[attr-defined]
    engagement.reject()


def test_a_changed_editor_keeps_a_draft_and_discarding_drops_it(
    window: MainWindow, qtbot: Any, store: Store, unsaved_questions: Questions
) -> None:
    editor = open_session(window)
    QTest.keyClicks(editor.form.title_box, "Firearms tracing")  # type: ignore[attr-defined]
    editor.form.start.setDate(QDate(2025, 3, 3))  # type: ignore[attr-defined]
    editor.guard.keep_draft()  # what the timer does every few seconds

    def drafts() -> list[tuple[str, str, Any]]:
        with store.read() as session:
            return [(d.editor, d.title, d.state) for d in session.query(EditorDraft)]

    qtbot.waitUntil(lambda: len(drafts()) == 1, timeout=5000)
    kind, title, state = drafts()[0]
    assert (kind, title) == ("session", "Firearms tracing")
    assert state["fields"]["title"] == "Firearms tracing"
    assert state["fields"]["start_date"] == "2025-03-03"
    with store.read() as session:  # local only: nothing queued for the hub
        assert session.query(OutboxEntry).count() == 0
    unsaved_questions.answer = Answer.DISCARD
    editor.reject()
    qtbot.waitUntil(lambda: drafts() == [], timeout=5000)


def test_deleting_names_what_goes_and_cancel_is_the_default(
    window: MainWindow, qtbot: Any, store: Store, records: Any
) -> None:
    session_id = records.create(RecordKind.TRAINING_SESSION, title="Firearms tracing")
    for _ in range(2):
        records.create(RecordKind.ATTENDANCE, session_id=session_id)
    page = go(window, TRAINING)
    assert isinstance(page, TrainingPage)
    page.refresh()
    qtbot.waitUntil(lambda: page.sessions.model.row_of(session_id) >= 0)
    seen: dict[str, Any] = {}
    answer_real_question(qtbot, "Cancel", seen)
    page.delete_session(session_id)
    assert seen["default"] == "Cancel"
    assert "«Firearms tracing»" in seen["text"] and "2 attendance record" in seen["text"]
    with store.read() as session:
        assert not session.get(TrainingSession, session_id).deleted  # type: ignore[union-attr]


def test_a_month_draft_comes_back_with_its_counts(
    window: MainWindow, qtbot: Any, unsaved_questions: Questions
) -> None:
    page = go(window, CAPABILITIES)
    assert isinstance(page, CapabilitiesPage)
    page.open_month("2025-03")
    editor = page.editor
    assert editor.model.setData(month_cell(editor, "SLTD", "searches"), "120")
    kept = editor.state()
    unsaved_questions.answer = Answer.DISCARD
    page.settle()  # thrown away on this screen…
    assert page.stack.currentWidget() is not editor
    draft = Draft("month:2025-03", "month", "2025-03", "March 2025", kept)
    assert page.open_draft(draft)  # …and put back from the draft
    assert page.stack.currentWidget() is editor
    assert editor.period == "2025-03"
    assert editor.model.data(month_cell(editor, "SLTD", "searches")) == "120"
    assert editor.has_unsaved_changes()


def test_the_question_speaks_french(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unsaved, "ask_unsaved", REAL_ASK)
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    try:
        editor = open_person(window)
        qtbot.waitUntil(editor.isVisible)
        QTest.keyClicks(editor.boxes["full_name"], "Mere Tuilagi")  # type: ignore[attr-defined]
        seen: dict[str, Any] = {}
        answer_real_question(qtbot, "&Abandonner les modifications", seen)
        QTest.keyClick(editor, Qt.Key.Key_Escape)
        assert seen["default"] == "&Continuer la saisie"
        assert seen["text"] == (
            "Enregistrer les modifications de «\u00a0Mere Tuilagi\u00a0» avant de fermer\u00a0?"
        )
        assert not editor.isVisible()
    finally:
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_the_start_offers_a_draft_back_and_opens_it(qtbot: Any, store: Store) -> None:
    state = {
        "full_name": "Sēmisi Fifita",
        "sex": "male",
        "agency": "Tonga Police",
        "rank": "",
        "position": "",
        "email": "",
        "phone": "",
        "trainer_courses": ["HR_POLICING"],  # the courses ticked come back too (issue 16)
    }
    keep_draft(store, Draft("person:new", "person", None, "Sēmisi Fifita", state))
    app = QApplication.instance()
    install_language(app, "en")  # type: ignore[arg-type]
    seen: dict[str, Any] = {}
    answer_real_question(qtbot, "&Open it again", seen)
    opened = open_main_window(store, app)  # type: ignore[arg-type]
    assert opened is not None
    qtbot.addWidget(opened)
    page = opened.pages[TRAINING]
    assert isinstance(page, TrainingPage)
    qtbot.waitUntil(lambda: page.person_editor is not None, timeout=5000)
    assert seen["text"] == (
        "You were recording the person «Sēmisi Fifita» when Blue Pacific closed. Open it again?"
    )
    assert seen["default"] == "&Open it again"
    editor = page.person_editor
    assert editor is not None and editor.state() == state
    assert opened.current_page() is page
    editor.reject()  # answered Discard (see conftest): the draft goes
    qtbot.waitUntil(lambda: saved_drafts(store) == [], timeout=5000)
    opened.ctx.background.wait()


def test_the_conflict_editor_asks_before_losing_what_was_written(
    qtbot: Any, unsaved_questions: Questions
) -> None:
    conflict = ConflictView(1, "person", "p-1", ["rank"], {"rank": "Inspector"}, {}, 3, None)
    untouched = ConflictEditDialog(conflict)
    qtbot.addWidget(untouched)
    untouched.show()
    QTest.keyClick(untouched, Qt.Key.Key_Escape)  # nothing written: closes without asking
    assert not untouched.isVisible() and unsaved_questions.asked == []
    dialog = ConflictEditDialog(conflict)  # the sync screen opens one per decision
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["rank"].setText("Senior Sergeant")
    unsaved_questions.answer = Answer.KEEP
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(unsaved_questions.asked) == 1
    unsaved_questions.answer = Answer.SAVE
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == {"rank": "Senior Sergeant"}


def test_a_refused_save_from_the_question_leaves_the_window_open(
    window: MainWindow, qtbot: Any, store: Store, unsaved_questions: Questions
) -> None:
    editor = open_person(window)
    qtbot.waitUntil(editor.isVisible)
    QTest.keyClicks(editor.boxes["full_name"], "Sione Fifita")  # type: ignore[attr-defined]
    unsaved_questions.answer = Answer.SAVE
    window.close()  # quit → Save, but the sex is not chosen: refused
    problem = editor.errors.labels["sex"]  # type: ignore[attr-defined]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert window.isVisible() and editor.isVisible()
    sex = editor.sex  # type: ignore[attr-defined]
    sex.setCurrentIndex(sex.findData("male"))
    editor.save()  # saved now: the editor closes, the app does not quit by surprise
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    qtbot.wait(50)
    assert window.isVisible()


def test_a_person_being_created_in_a_session_counts_as_a_change_and_is_kept(
    window: MainWindow, qtbot: Any, unsaved_questions: Questions
) -> None:
    editor = open_session(window)
    qtbot.waitUntil(editor.isVisible)
    editor.new_person.start("Ana Tuʻipulotu")  # type: ignore[attr-defined]
    assert editor.has_unsaved_changes()
    kept = editor.state()
    assert kept["new_person"]["full_name"] == "Ana Tuʻipulotu"
    unsaved_questions.answer = Answer.DISCARD
    editor.reject()
    again = open_session(window)
    again.restore(Draft("session:new", "session", None, "", kept))
    assert again.new_person.name.text() == "Ana Tuʻipulotu"  # type: ignore[attr-defined]
    assert again.state() == kept
    again.reject()
