"""Whether the store's file is encrypted at rest: anything but SQLite's plain header."""

from __future__ import annotations

from pathlib import Path
from typing import Final

# The first 16 bytes of every plain SQLite file; an SQLCipher file starts with random salt.
PLAIN_SQLITE_HEADER: Final = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """True when the file at `path` does not start with the plain SQLite header (an empty or
    missing file is not encrypted: there is nothing in it yet)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(PLAIN_SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return len(header) == len(PLAIN_SQLITE_HEADER) and header != PLAIN_SQLITE_HEADER
