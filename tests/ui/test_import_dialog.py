"""Import dialog, driven through real widgets on a real store (offscreen): a messy sheet with a
bad row is previewed with its refused line and cannot be imported; a clean one is imported in
one go (records and outbox entries) and the Training list shows the new session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import func, select

from bluepacific_desktop.io.importing.plan import Problem, RefusedRow
from bluepacific_desktop.store.models import (
    Attendance,
    Contact,
    OutboxEntry,
    Person,
    TrainingSession,
)
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog
from bluepacific_desktop.ui.dialogs.import_rows import LinesModel, refused_rows
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.translations import install_language

# Semicolons, a byte-order mark, a title line above the headers, French headers, a blank row
# and one impossible date (line 5), as a sheet saved by French Excel.
MESSY = (
    "\ufeffListe de présence – Droits humains\n"
    "Nom complet;Sexe;Agence;Cours;Date de début;Date de fin;Lieu;Pré-test;Post-test;Terminé\n"
    "Hélène Tabi;F;Fiji Police;HR_POLICING;03/03/2025;05/03/2025;Suva;40;75,5;oui\n"
    ";;;;;;;;;\n"
    "Marie Sope;F;Fiji Police;HR_POLICING;31/02/2025;05/03/2025;Suva;35;70;non\n"
)
CLEAN = (
    "Name,Sex,Agency,Course,Start date,End date,Location,Pre-test,Post-test,Completed\n"
    "Mere Vula,F,Fiji Police,HR_POLICING,03/03/2025,05/03/2025,Lautoka,40,75,yes\n"
    "Jone Tora,M,Fiji Police,HR_POLICING,03/03/2025,05/03/2025,Lautoka,50,80,yes\n"
)


def counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        return {
            m.__name__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Person, TrainingSession, Attendance, Contact, OutboxEntry)
        }


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    app = QApplication.instance()
    opened = open_main_window(store, app)  # type: ignore[arg-type]
    assert opened is not None
    qtbot.addWidget(opened)
    install_language(app, "en")  # type: ignore[arg-type]
    yield opened
    opened.ctx.background.wait()


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    # Stands for the user picking the file in the system's Open dialog.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def open_from_training(qtbot: Any, window: MainWindow) -> tuple[TrainingPage, ImportDialog]:
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return page, dialog


def test_a_refused_row_is_listed_and_nothing_can_be_imported(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "formation.csv"
    sheet.write_text(MESSY, encoding="utf-8")
    before = counts(store)
    choose(monkeypatch, sheet)
    _page, dialog = open_from_training(qtbot, window)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    model = dialog.refused_model
    lines = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert lines == ["5"]
    assert model.index(0, 1).data() == "Date de début"
    assert "31/02/2025" in model.index(0, 2).data()
    assert dialog.refused_view.isVisible()
    assert not dialog.import_button.isEnabled()
    assert "Rows refused: 1." in dialog.status.text()
    assert dialog.count_labels["people"].text() == "1"
    dialog.commit()  # even asked directly, a plan with refused rows is not written
    window.ctx.background.wait()
    assert counts(store) == before


def test_a_clean_sheet_is_imported_and_listed(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(CLEAN, encoding="utf-8")
    before = counts(store)
    choose(monkeypatch, sheet)
    page, dialog = open_from_training(qtbot, window)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert dialog.refused_model.rowCount() == 0 and not dialog.refused_view.isVisible()
    assert [dialog.count_labels[k].text() for k in ("people", "sessions", "attendances")] == [
        "2",
        "1",
        "2",
    ]
    assert counts(store) == before  # the preview wrote nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text(), timeout=20_000)
    after = counts(store)
    assert after["Person"] - before["Person"] == 2
    assert after["TrainingSession"] - before["TrainingSession"] == 1
    assert after["Attendance"] - before["Attendance"] == 2
    assert after["OutboxEntry"] - before["OutboxEntry"] == 5  # one per record
    assert not dialog.import_button.isEnabled()
    model = page.sessions.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_data(0)["location"] == "Lautoka"


def test_contact_list_from_the_contacts_screen(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "contacts.csv"
    sheet.write_text(
        "Name,Organisation,Organisation type,Country,Email\n"
        "Sione Fifita,Tonga Police,TCU,TO,sione@police.gov.to\n",
        encoding="utf-8",
    )
    choose(monkeypatch, sheet)
    page = next(p for p in window.pages if isinstance(p, ContactsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert dialog.count_labels["contacts"].text() == "1"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text(), timeout=20_000)
    assert counts(store)["Contact"] == 1


def test_a_file_that_is_not_a_table_is_refused_in_words(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    choose(monkeypatch, picture)
    _page, dialog = open_from_training(qtbot, window)
    qtbot.waitUntil(lambda: "cannot" in dialog.status.text(), timeout=20_000)
    assert "b00020" in dialog.status.styleSheet() and not dialog.import_button.isEnabled()


def test_lines_model(qtmodeltester: Any) -> None:
    model = LinesModel(("Line", "Column", "Reason"))
    model.set_rows(
        refused_rows([RefusedRow(4, [Problem("Sex", "bad", "x"), Problem(None, "y", "z")])])
    )
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_notes_on_the_sheet_are_shown_before_importing(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "cp1252.csv"
    # An ʻokina lost to a Windows-1252 save: imported as written, but shown to be checked.
    sheet.write_bytes(CLEAN.replace("Jone Tora", "Sione Tuʻipulotu").encode("cp1252", "replace"))
    choose(monkeypatch, sheet)
    _page, dialog = open_from_training(qtbot, window)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert dialog.notes_label.isVisible()
    text = dialog.notes_label.text()
    assert "Line 3" in text and "Sione Tu?ipulotu" in text


def test_a_course_written_another_way_is_chosen_once_and_remembered(
    qtbot: Any, window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "droits.csv"
    rows = "".join(
        f"{name},{sex},Vanuatu Police,Droits humains,03/03/2025,05/03/2025,Port Vila,40\n"
        for name, sex in (("Hélène Tabi", "F"), ("Jean Kalo", "M"))
    )
    sheet.write_text("Name,Sex,Agency,Course,Start date,End date,Location,Pre-test\n" + rows)
    choose(monkeypatch, sheet)
    _page, dialog = open_from_training(qtbot, window)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert dialog.course_box.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.refused_model.rowCount() == 0  # asked, not refused
    assert "“Droits humains” (2 rows)" in dialog.course_question.text()
    assert dialog.course_choice.currentData() == "HR_POLICING"  # the closest first
    assert dialog.course_choice.count() > 11  # then every course, after a separator
    qtbot.mouseClick(dialog.use_course, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert not dialog.course_box.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text(), timeout=20_000)
    assert counts(store)["Attendance"] == 2
    with store.read() as s:
        assert s.scalar(select(TrainingSession.course_code)) == "HR_POLICING"
    # The next sheet that writes it so needs no choice: the alias is kept on this computer.
    again = tmp_path / "again.csv"
    again.write_text(
        "Name,Sex,Agency,Course,Start date\nLitia Rokodi,F,Fiji Police,droits humains,03/03/2025\n"
    )
    dialog.load(again)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert not dialog.course_box.isVisible()


def test_the_progress_bar_counts_the_rows_checked(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "long.csv"
    lines = [f"Person {n:03d},F,Fiji Police,HR_POLICING,03/03/2025" for n in range(300)]
    sheet.write_text("Name,Sex,Agency,Course,Start date\n" + "\n".join(lines) + "\n")
    choose(monkeypatch, sheet)
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    seen: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.maximum())))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert seen[-1] == (300, 300) and len(seen) > 10
    assert dialog.progress.isHidden()
