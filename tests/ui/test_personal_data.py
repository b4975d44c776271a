"""The editors' "Personal data" button: export everything about the person from the person
editor and the contact editor (a PDF and a JSON beside it, 0600), the save dialog naming the
personal data."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.ui import personal_data
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.contacts.contact_editor import ContactEditor
from bluepacific_desktop.ui.pages.contacts.lookups import load_lookups
from bluepacific_desktop.ui.pages.training.person_dialog import PersonDialog
from tests.reports.pdf import needs_poppler, text_of


class SaveDialog:
    """Stands for the user choosing `path` in the save dialog; records its title."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.titles: list[str] = []

    def __call__(self, _parent: Any, title: str, *_args: Any) -> tuple[str, str]:
        self.titles.append(title)
        return str(self.path), ""


@needs_poppler
def test_person_editor_exports_everything(
    ctx: AppContext, records: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = records.create(RecordKind.PERSON, full_name="Mereani Tuilagi", sex="female")
    dialog = PersonDialog(ctx, rid)
    qtbot.addWidget(dialog)
    chooser = SaveDialog(tmp_path / "mereani")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    assert dialog.personal_data is not None
    dialog.personal_data.export_action.trigger()
    pdf, js = tmp_path / "mereani.pdf", tmp_path / "mereani.json"
    qtbot.waitUntil(lambda: pdf.exists() and js.exists(), timeout=15000)
    assert "personal data" in chooser.titles[0] and "Mereani Tuilagi" in chooser.titles[0]
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600 == stat.S_IMODE(js.stat().st_mode)
    assert json.loads(js.read_text(encoding="utf-8"))["record"]["full_name"] == "Mereani Tuilagi"
    assert "Everything held about Mereani Tuilagi" in text_of(pdf)


def test_new_person_has_no_personal_data_button(ctx: AppContext, qtbot: Any) -> None:
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.personal_data is None


def test_contact_editor_exports_everything(
    ctx: AppContext, records: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = records.create(RecordKind.CONTACT)
    with ctx.store.read() as session:
        contact = session.get(Contact, rid)
    editor = ContactEditor(ctx, load_lookups(ctx.store), contact)
    qtbot.addWidget(editor)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(tmp_path / "c.pdf"))
    assert editor.personal_data is not None
    editor.personal_data.export_action.trigger()
    js = tmp_path / "c.json"
    qtbot.waitUntil(lambda: js.exists() and (tmp_path / "c.pdf").exists(), timeout=15000)
    assert json.loads(js.read_text(encoding="utf-8"))["kind"] == "contact"


def test_erase_from_the_person_editor(
    ctx: AppContext, records: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = records.create(RecordKind.PERSON, full_name="Mereani Tuilagi", sex="female")
    dialog = PersonDialog(ctx, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []

    def answer(_parent: Any, _kind: RecordKind, name: str) -> personal_data.EraseChoice:
        asked.append(name)
        return personal_data.EraseChoice(keep_sex=True, keep_agency=False)

    monkeypatch.setattr(personal_data, "ask_erase", answer)
    assert dialog.personal_data is not None
    assert dialog.personal_data.erase_action.isEnabled()
    dialog.personal_data.erase_action.trigger()
    qtbot.waitUntil(
        lambda: records.row(RecordKind.PERSON, rid)["full_name"].startswith("Erased person ")
    )
    assert asked == ["Mereani Tuilagi"]
    row = records.row(RecordKind.PERSON, rid)
    assert row["sex"] == "female" and row["agency"] is None and row["erased_on"] is not None
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = PersonDialog(ctx, rid)  # an erased person cannot be erased twice
    qtbot.addWidget(again)
    assert again.personal_data is not None and not again.personal_data.erase_action.isEnabled()


def test_cancel_erases_nothing(
    ctx: AppContext, records: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = records.create(RecordKind.PERSON, full_name="Mereani Tuilagi", sex="female")
    dialog = PersonDialog(ctx, rid)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(personal_data, "ask_erase", lambda *_a: None)
    assert dialog.personal_data is not None
    dialog.personal_data.erase_action.trigger()
    ctx.background.wait()
    assert records.row(RecordKind.PERSON, rid)["full_name"] == "Mereani Tuilagi"


def test_the_erase_question_names_the_person_and_enter_cancels(qtbot: Any) -> None:
    box = personal_data.EraseDialog(None, RecordKind.PERSON, "Mereani Tuilagi")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "«Mereani Tuilagi»" in texts and "cannot be undone" in texts
    assert not box.keep_sex.isChecked() and not box.keep_agency.isChecked()
    assert box.cancel_button.isDefault() and not box.erase_button.isDefault()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert box.result() == QDialog.DialogCode.Rejected


def test_another_countrys_contact_cannot_be_erased_here(
    ctx: AppContext, records: Any, qtbot: Any
) -> None:
    rid = records.create(RecordKind.CONTACT)
    with ctx.store.write() as session:
        contact = session.get(Contact, rid)
        assert contact is not None
        contact.country = "WS"  # as pulled from Samoa's focal point
    with ctx.store.read() as session:
        contact = session.get(Contact, rid)
    editor = ContactEditor(ctx, load_lookups(ctx.store), contact)
    qtbot.addWidget(editor)
    assert editor.personal_data is not None
    assert editor.personal_data.export_action.isEnabled()
    assert not editor.personal_data.erase_action.isEnabled()
