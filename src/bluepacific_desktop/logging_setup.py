"""Logging to a rotating file in the user's log folder, with no personal data and no secrets.

What the app logs is counts, ids, revisions and error kinds, never names, e-mails, phone
numbers, passwords or tokens. SQLAlchemy's own loggers print statement parameters (people's
names) at INFO and below, so they are held at WARNING whatever the app's level. Tracebacks are
written with their frames and exception classes but not the exceptions' messages, which may
quote what the user typed (a refused value) or a statement's parameters.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from bluepacific_desktop.files import private_folder
from bluepacific_desktop.paths import log_dir

LOG_FILENAME = "bluepacific-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
# Loggers that would write statement parameters or row values if allowed below WARNING.
QUIET = ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm", "alembic")

_HANDLER_NAME = "bluepacific-file"


class _NoDataLeaks(logging.Filter):
    """Drops below-WARNING records of libraries that echo SQL parameters, even if re-enabled."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return not record.name.startswith("sqlalchemy")


class _FramesOnly(logging.Formatter):
    """Formats a traceback as where it happened and what kind of error it was: the frames
    (file, line, function, source line) of each exception in the chain, and its class."""

    def format(self, record: logging.LogRecord) -> str:
        # Never reuse a text another handler cached on the record (it may hold messages), and
        # leave the record as it was for them.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        value = ei[1]
        if not isinstance(value, BaseException):
            return ""
        return "".join(_frames_only(value, set())).rstrip("\n")


def _frames_only(exc: BaseException, seen: set[int]) -> list[str]:
    seen.add(id(exc))
    lines: list[str] = []
    if exc.__cause__ is not None and id(exc.__cause__) not in seen:
        lines += _frames_only(exc.__cause__, seen)
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif (
        exc.__context__ is not None
        and not exc.__suppress_context__
        and id(exc.__context__) not in seen
    ):
        lines += _frames_only(exc.__context__, seen)
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    lines.append("Traceback (most recent call last):\n")
    lines += traceback.format_list(traceback.extract_tb(exc.__traceback__))
    kind = type(exc)
    lines.append(f"{kind.__module__}.{kind.__qualname__} (message left out of the log)\n")
    return lines


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created 0600: it names ids and error kinds only, but
    it is still nobody else's business."""

    _told = False

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written (a full disk, a read-only folder) must not bury the
        # user's own message under logging's traceback: one line, once per process.
        if not _PrivateRotatingFile._told:
            _PrivateRotatingFile._told = True
            print(
                "bluepacific-desktop: the log file cannot be written; carrying on without it.",
                file=sys.stderr,
            )

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file (about 1 MB x 5); returns its path.

    Calling it again for another folder moves the log there (tests use many folders).
    """
    folder = log_dir(data_dir)
    private_folder(folder)
    path = folder / LOG_FILENAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = _PrivateRotatingFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(_FramesOnly(FORMAT))
    handler.addFilter(_NoDataLeaks())
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path
