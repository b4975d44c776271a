"""The editors' "Personal data" button: export everything about the person from the person
editor and the contact editor (a PDF and a JSON beside it, 0600), the save dialog naming the
personal data."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Contact
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
