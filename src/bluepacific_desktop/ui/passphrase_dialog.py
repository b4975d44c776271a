"""The data file's passphrase in the window, for a computer without a keyring: asked before the
store opens (twice when it is chosen at first start)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from bluepacific_desktop.store import keys

MIN_LENGTH = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


def _ask_once(label: str) -> str | None:
    text, ok = QInputDialog.getText(
        None, _tr("Blue Pacific Desktop"), label, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


def ask(db_path: Path, choosing: bool, attempt: int) -> str | None:
    """keys.PassphrasePrompt for the window; None (the store stays locked) when cancelled."""
    if threading.current_thread() is not threading.main_thread():
        return None  # a dialog needs the GUI thread; the start-up asks there first
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    if not choosing:
        wrong = _tr("That passphrase is not the one of this data file.") + "\n\n"
        return _ask_once((wrong if attempt > 1 else "") + _tr("Passphrase of the data file:"))
    while True:
        first = _ask_once(
            _tr(
                "This computer has no keyring: choose a passphrase that locks the data file. "
                "It is asked at each start, and without it the records cannot be read.\n\n"
                "New passphrase (at least 8 characters):"
            )
        )
        if first is None:
            return None
        if len(first) < MIN_LENGTH:
            QMessageBox.warning(
                None, _tr("Blue Pacific Desktop"), _tr("At least 8 characters, please.")
            )
            continue
        if _ask_once(_tr("The same passphrase again:")) == first:
            return first
        QMessageBox.warning(
            None, _tr("Blue Pacific Desktop"), _tr("The two passphrases differ; try again.")
        )


def install() -> None:
    keys.offer_passphrase_prompt(ask)
