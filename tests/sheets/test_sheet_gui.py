"""The session editor's "Sign-in sheet…" button: the dialog shows the session's code and
writes the PDF and the Excel template off the GUI thread (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from bluepacific_desktop.domain.sheet_codes import printed_session_code, row_id, session_code
from bluepacific_desktop.store.models import Attendance
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.pages.training.session_editor import SessionEditor
from bluepacific_desktop.ui.translations import install_language
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler, text_of
from tests.sheets.conftest import HOLDER


@pytest.fixture
def ctx(planned: Built, qtbot: Any) -> Iterator[AppContext]:
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    context = AppContext(planned.store)
    yield context
    context.background.wait()


@needs_poppler
def test_the_editor_saves_the_sheet_as_pdf_and_template(
    planned: Built, ctx: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    editor = SessionEditor(ctx, planned.ids["session"])
    qtbot.addWidget(editor)
    assert editor.sheet_button.isEnabled()
    dialog = editor.open_sign_in_sheet()
    assert dialog is not None
    printed = printed_session_code(session_code(planned.ids["session"]))
    assert dialog.code.text() == printed
    pdf = tmp_path / "sheet.pdf"
    dialog.save_pdf(pdf)
    qtbot.waitUntil(lambda: dialog.pdf_button.isEnabled(), timeout=15000)
    assert dialog.message.text() == f"Saved {pdf}."
    text = text_of(pdf)
    assert printed in text and HOLDER in text
    xlsx = tmp_path / "sheet.xlsx"
    dialog.save_xlsx(xlsx)
    qtbot.waitUntil(lambda: dialog.xlsx_button.isEnabled(), timeout=15000)
    rows = python_calamine.CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    assert rows[0][1] == printed


def test_a_new_session_has_no_sheet_yet(ctx: AppContext, qtbot: Any) -> None:
    editor = SessionEditor(ctx, None)
    qtbot.addWidget(editor)
    assert not editor.sheet_button.isEnabled()
    assert editor.open_sign_in_sheet() is None


def test_the_import_dialog_recognises_a_sign_in_sheet(
    planned: Built, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    window = open_main_window(planned.store, app)  # type: ignore[arg-type]
    assert window is not None
    qtbot.addWidget(window)
    install_language(app, "en")  # type: ignore[arg-type]
    code = printed_session_code(session_code(planned.ids["session"]))
    sheet = tmp_path / "typed.csv"
    sheet.write_text(
        f"Session code,{code}\nRow id,Name,Signature,Pre-test,Post-test\n"
        f"{row_id(planned.ids['a_holder'])},{HOLDER},x,35,85\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert dialog.count_labels["attendances_filled"].text() == "1"
    assert code in dialog.notes_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text(), timeout=20_000)
    with planned.store.read() as s:
        attendance = s.get(Attendance, planned.ids["a_holder"])
        assert attendance is not None
        assert (attendance.pre_score, attendance.post_score) == (35, 85)
    window.ctx.background.wait()
