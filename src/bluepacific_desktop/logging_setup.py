"""Logging to a rotating file in the user's log folder, with no personal data and no secrets.

What the app logs is counts, ids, revisions and error kinds, never names, e-mails, phone
numbers, passwords or tokens. SQLAlchemy's own loggers print statement parameters (people's
names) at INFO and below, so they are held at WARNING whatever the app's level.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

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


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file (about 1 MB x 5); returns its path.

    Calling it again for another folder moves the log there (tests use many folders).
    """
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    path = folder / LOG_FILENAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_NoDataLeaks())
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path
