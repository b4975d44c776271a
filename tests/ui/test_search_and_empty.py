"""Search boxes find names as they are typed (no case, accents, macrons, ʻokina), and an empty
list says what it is for, or what was not found, with a button for the next step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.pages.training.person_finder import PersonFinder
from bluepacific_desktop.ui.translations import install_language
from tests.conftest import Records


@pytest.fixture
def training(ctx: AppContext, qtbot: Any) -> TrainingPage:
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.people)  # read when first shown
    return page


def shown_names(page: TrainingPage) -> set[str]:
    model = page.people.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_people_search_and_completer_find_names_as_typed(
    training: TrainingPage, records: Records, qtbot: Any
) -> None:
    for name in ("Sēmisi Taufa", "Losana Fifitaʻ", "ʻAna Tuʻipulotu", "Mere Tuilagi"):
        records.create(RecordKind.PERSON, full_name=name)
    training.refresh()
    typed_and_found = [
        ("semisi", "Sēmisi Taufa"),
        ("fifita", "Losana Fifitaʻ"),
        ("tuipulotu", "ʻAna Tuʻipulotu"),
        ("TU'IPULOTU", "ʻAna Tuʻipulotu"),
    ]
    for typed, name in typed_and_found:
        training.people.search.setText(typed)
        assert shown_names(training) == {name}, typed
        assert not training.people.shown.is_empty_shown()
    finder = PersonFinder(training.ctx.store)
    qtbot.addWidget(finder)
    finder.textEdited.emit("semisi")  # what a keystroke in the box sends
    assert [m.full_name for m in finder.matches] == ["Sēmisi Taufa"]


def test_no_match_offers_a_new_person_with_that_name(
    training: TrainingPage, records: Records, qtbot: Any
) -> None:
    records.create(RecordKind.PERSON, full_name="Mere Tuilagi")
    training.refresh()
    view = training.people
    view.search.setText("Viliami  Otai")
    assert view.shown.is_empty_shown()
    assert view.model.rowCount() == 0
    assert "No one is called “Viliami Otai”" in view.shown.empty.message.text()
    assert view.shown.empty.button.isVisible()
    qtbot.mouseClick(view.shown.empty.button, Qt.MouseButton.LeftButton)
    dialog = training.person_editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.boxes["full_name"].text() == "Viliami Otai"
    dialog.sex.setCurrentIndex(max(0, dialog.sex.findData("male")))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    training.ctx.background.wait()
    with training.ctx.store.read() as session:
        assert session.query(Person).filter_by(full_name="Viliami Otai").count() == 1
    qtbot.waitUntil(lambda: shown_names(training) == {"Viliami Otai"}, timeout=5000)
    assert not view.shown.is_empty_shown()


def test_an_empty_directory_says_what_it_is_for(training: TrainingPage, qtbot: Any) -> None:
    view = training.people
    assert view.shown.is_empty_shown()
    assert "No one is recorded yet" in view.shown.empty.message.text()
    qtbot.mouseClick(view.shown.empty.button, Qt.MouseButton.LeftButton)
    dialog = training.person_editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.boxes["full_name"].text() == ""
    dialog.reject()


def test_contacts_search_folds_and_empty_states(
    ctx: AppContext, records: Records, qtbot: Any
) -> None:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    directory = page.directory
    assert directory.shown.is_empty_shown()
    assert "No contact is recorded yet" in directory.shown.empty.message.text()
    assert page.engagements.shown.is_empty_shown()
    records.create(RecordKind.CONTACT, full_name="ʻAna Tuʻipulotu", organisation="Tonga Police")
    page.refresh()
    directory.search.setText("tuipulotu")
    assert directory.model.rowCount() == 1
    assert not directory.shown.is_empty_shown()
    directory.search.setText("Sēmisi")
    assert directory.shown.is_empty_shown()
    assert "No contact is called “Sēmisi”" in directory.shown.empty.message.text()
    qtbot.mouseClick(directory.shown.empty.button, Qt.MouseButton.LeftButton)
    editor = directory.editor
    assert editor is not None and editor.isVisible()
    assert editor.name.text() == "Sēmisi"  # type: ignore[attr-defined]
    editor.reject()


def test_empty_states_speak_french(ctx: AppContext, qtbot: Any) -> None:
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    try:
        page = TrainingPage(ctx)
        qtbot.addWidget(page)
        page.tabs.setCurrentWidget(page.people)
        page.people.search.setText("Sēmisi")
        empty = page.people.shown.empty
        assert empty.message.text().startswith("Personne ne s'appelle «\u00a0Sēmisi\u00a0»")
        assert empty.button.text() == "&Ajouter Sēmisi comme nouvelle personne…"
    finally:
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
