"""The window's passphrase prompt for a computer without a keyring: chosen twice (too short or
differing answers asked again), typed once at later starts, None when cancelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from bluepacific_desktop.ui import passphrase_dialog


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """What the user types in each dialog, in turn (None: Cancel); the dialogs' echo checked."""
    answers: list[str | None] = []

    def get_text(_parent: Any, _title: str, _label: str, echo: Any) -> tuple[str, bool]:
        assert echo == QLineEdit.EchoMode.Password  # never shown on screen
        answer = answers.pop(0)
        return (answer or "", answer is not None)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    return answers


def test_a_new_passphrase_is_asked_twice_until_both_agree(
    qtbot: Any, typed: list[str | None], tmp_path: Path
) -> None:
    typed.extend(["short", "long enough one", "another one", "long enough one", "long enough one"])
    assert passphrase_dialog.ask(tmp_path / "db", True, 1) == "long enough one"
    assert typed == []


def test_a_later_start_asks_once_and_cancel_gives_up(
    qtbot: Any, typed: list[str | None], tmp_path: Path
) -> None:
    typed.extend(["my passphrase", None])
    assert passphrase_dialog.ask(tmp_path / "db", False, 1) == "my passphrase"
    assert passphrase_dialog.ask(tmp_path / "db", False, 2) is None
