"""The session editor's "Sign-in sheet…" button: the dialog shows the session's code and
writes the PDF and the Excel template off the GUI thread (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.sheet_codes import printed_session_code, session_code
from bluepacific_desktop.ui.context import AppContext
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
