"""The log file: where it is, that it rotates, and that it holds no personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.logging_setup import LOG_FILENAME, setup_logging
from bluepacific_desktop.store.services import RecordService
from tests.cli.conftest import Run, open_store

DISTINCTIVE = "Zyxwaʻ Qōrvanhēlu"
EMAIL = "qorvanhelu.secret@example.org"


def test_log_goes_to_the_data_folder_and_rotates(fiji: Run, folder: Path) -> None:
    log_file = folder / "logs" / LOG_FILENAME
    assert log_file.is_file()
    assert "Command init" in log_file.read_text(encoding="utf-8")
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == 1_000_000 and handlers[0].backupCount == 5


def test_no_personal_data_in_the_log(fiji: Run, folder: Path) -> None:
    # Even with everything turned up, SQL parameters (names, e-mails) stay out of the file.
    setup_logging(folder, level=logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    with open_store(folder) as store, store.write() as s:
        RecordService(s).create(
            RecordKind.PERSON,
            {"full_name": DISTINCTIVE, "sex": "female", "email": EMAIL, "phone": "+679 701 2345"},
        )
    refused = fiji("init", "--country", DISTINCTIVE)
    assert refused.code == 1 and DISTINCTIVE in refused.err  # the user sees what they typed
    assert fiji("status").code == 0
    assert fiji("db", "check").code == 0
    text = (folder / "logs" / LOG_FILENAME).read_text(encoding="utf-8")
    assert "Command status" in text
    for secret in (DISTINCTIVE, "Qōrvanhēlu", EMAIL, "7012345"):
        assert secret not in text


def test_a_logged_failure_keeps_its_traceback_but_not_what_its_messages_quote(
    folder: Path,
) -> None:
    # Background failures are logged with their traceback; a message may quote what was typed
    # (a refused value) or a statement's parameters, so the file keeps frames and classes only.
    setup_logging(folder)

    def refuse_the_email() -> None:
        raise ValueError(f"“{EMAIL}” of {DISTINCTIVE} is not an e-mail address")

    try:
        try:
            refuse_the_email()
        except ValueError as exc:
            raise RuntimeError(f"Saving {DISTINCTIVE} failed") from exc
    except RuntimeError as exc:
        logging.getLogger("bluepacific_desktop.ui.ops").error(
            "Background save failed", exc_info=exc
        )
    text = (folder / "logs" / LOG_FILENAME).read_text(encoding="utf-8")
    assert "Background save failed" in text
    assert "Traceback (most recent call last)" in text
    assert "in refuse_the_email" in text  # where it happened
    assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
    assert "direct cause" in text
    for secret in (DISTINCTIVE, "Qōrvanhēlu", EMAIL):
        assert secret not in text
