"""Certificates on screen (pytest-qt, offscreen): the session editor's "Certificates…" prints
one or all of a session's certificates off the GUI thread, revokes one with a reason and
re-issues it; the Training screen's "Verify a code…" answers valid, revoked or unknown from
this computer's records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.models import Certificate
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.training.certificates_dialog import CertificatesDialog
from bluepacific_desktop.ui.pages.training.session_editor import SessionEditor
from bluepacific_desktop.ui.pages.training.verify_dialog import VerifyCodeDialog
from bluepacific_desktop.ui.translations import install_language
from bluepacific_wire.certificates import new_code, printed_code
from tests.certificates.conftest import HOLDER
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler, pages, text_of


@pytest.fixture
def ctx(course: Built, qtbot: Any) -> Iterator[AppContext]:
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    context = AppContext(course.store)
    yield context
    context.background.wait()


def _dialog(course: Built, ctx: AppContext, qtbot: Any) -> CertificatesDialog:
    editor = SessionEditor(ctx, course.ids["session"])
    qtbot.addWidget(editor)
    assert editor.certificates_button.isEnabled()
    dialog = editor.open_certificates()
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.lines) == 2, timeout=10_000)
    return dialog


def _states(dialog: CertificatesDialog) -> list[tuple[str, str]]:
    return [
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    ]


def _codes(course: Built) -> dict[str, tuple[str, bool]]:
    with course.store.read() as s:
        return {c.code: (c.attendance_id, c.revoked) for c in s.query(Certificate)}


@needs_poppler
def test_print_all_then_one_revoke_and_reissue_from_the_editor(
    course: Built, ctx: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _dialog(course, ctx, qtbot)
    assert _states(dialog) == [(HOLDER, "not printed yet"), ("Mere Tūhoe", "not printed yet")]
    assert not dialog.revoke_button.isEnabled()
    every = tmp_path / "all.pdf"
    dialog.print_to(every)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=20_000)
    assert pages(every) == 2 and HOLDER in text_of(every)
    qtbot.waitUntil(lambda: _states(dialog)[0][1] == "valid", timeout=10_000)
    codes = _codes(course)
    assert len(codes) == 2

    dialog.select(course.ids["a_holder"])
    one = tmp_path / "one.pdf"
    dialog.print_to(one, dialog.selected())
    qtbot.waitUntil(lambda: one.exists(), timeout=20_000)
    assert pages(one) == 1 and _codes(course) == codes  # the same code printed again
    old = next(c for c, (a, _r) in codes.items() if a == course.ids["a_holder"])
    assert printed_code(old) in text_of(one)

    # Revoking asks why first; with a reason the certificate is revoked.
    qtbot.waitUntil(dialog.revoke_button.isEnabled, timeout=10_000)
    dialog.revoke()
    assert "Say why" in dialog.message.text() and not _codes(course)[old][1]
    dialog.reason.setText("Name misspelt")
    dialog.revoke()
    qtbot.waitUntil(lambda: _states(dialog)[0][1] == "revoked", timeout=10_000)
    assert _codes(course)[old][1] is True
    assert f"{printed_code(old)} is revoked." == dialog.message.text()

    # Re-issuing gives the attendance a new, valid code.
    dialog.select(course.ids["a_holder"])
    qtbot.waitUntil(dialog.reissue_button.isEnabled, timeout=10_000)
    dialog.reissue()
    qtbot.waitUntil(lambda: _states(dialog)[0][1] == "valid", timeout=10_000)
    after = _codes(course)
    assert len(after) == 3 and after[old][1] is True
    assert "the new certificate is" in dialog.message.text()


def test_verify_a_code_valid_revoked_unknown_and_not_a_code(
    course: Built, ctx: AppContext, qtbot: Any
) -> None:
    from bluepacific_desktop.workflows import certificates

    sheet = certificates.issue_for_attendance(course.store, course.ids["a_holder"])
    dialog = VerifyCodeDialog(ctx)
    qtbot.addWidget(dialog)

    def check(typed: str) -> str:
        dialog.answer.clear()
        dialog.code.setText(typed)
        dialog.check()
        qtbot.waitUntil(lambda: dialog.answer.text() != "", timeout=10_000)
        return dialog.answer.text()

    said = check(printed_code(sheet.code).lower())
    assert said.startswith(f"Valid: {printed_code(sheet.code)}")
    assert HOLDER in said and "Human rights in policing" in said and "1/9/25 – 3/9/25" in said
    certificates.revoke(course.store, sheet.code, "Name misspelt")
    said = check(sheet.code)
    assert said.startswith("Revoked:") and "Name misspelt" in said
    assert check(new_code()).startswith("Unknown:")
    assert check("ABC").startswith("This is not a verification code")


def test_the_training_screen_opens_the_verify_dialog(ctx: AppContext, qtbot: Any) -> None:
    from bluepacific_desktop.ui.pages.training import TrainingPage

    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_verify()
    assert dialog.isVisible() and page.open_verify() is dialog
