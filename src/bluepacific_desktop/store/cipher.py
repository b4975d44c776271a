"""The store's SQLite driver, SQLCipher 4: a connection opened with the store's raw key as its
first statement, and whether a file on disk is encrypted at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3  # type: ignore[import-untyped]  # no stubs: its API is sqlite3's

# The module SQLAlchemy's pysqlite dialect drives instead of sqlite3 (same DB-API).
driver: Any = sqlcipher3
Connection = Any  # sqlcipher3.Connection, which mirrors sqlite3.Connection
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
OperationalError: type[Exception] = sqlcipher3.OperationalError
# Either driver's errors: the store's (SQLCipher) and a plain file's read by sqlite3 elsewhere.
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)

# The first 16 bytes of every plain SQLite file; an encrypted file starts with its random salt.
# The hub's "require encryption" policy reads a store the same way: keep these in step.
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32  # a 256-bit raw key: SQLCipher then skips its own per-open key derivation


def _quiet() -> None:
    # SQLCipher logs every failed page check to stderr; a wrong key is said in words by us.
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet()


def is_plain(path: Path) -> bool:
    """Whether `path` is a plain (unencrypted) SQLite file; False for an encrypted, an empty or a
    missing one."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def could_be_encrypted(path: Path) -> bool:
    """Whether `path` may be an SQLCipher file: not plain, and whole pages (SQLite's smallest is
    512 bytes). Anything else is no database at all, whatever key one tries."""
    size = path.stat().st_size
    return not is_plain(path) and size >= 512 and size % 512 == 0


def is_new(path: Path) -> bool:
    """No database there yet: SQLite would create it (a 0-byte file counts as none)."""
    return not path.exists() or path.stat().st_size == 0


def key_sql(key: bytes) -> str:
    """The raw-key literal of PRAGMA key and ATTACH … KEY (hex of our own bytes, no user text)."""
    assert len(key) == KEY_BYTES
    return f"\"x'{key.hex()}'\""


def use_key(conn: Connection, key: bytes | None) -> None:
    """Key a fresh connection: it must be its first statement. None leaves a plain file plain."""
    if key is not None:
        conn.execute(f"PRAGMA key = {key_sql(key)}")


def connect(database: str | Path, key: bytes | None, **kwargs: Any) -> Connection:
    """A SQLCipher connection to `database`, keyed with `key` (None for a plain file)."""
    conn = sqlcipher3.connect(str(database), **kwargs)
    try:
        use_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def readable(conn: Connection) -> None:
    """Raise the driver's error when the file cannot be read with the key it was given (SQLCipher
    checks the key only when the first page is read)."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def wrong_key(exc: BaseException) -> bool:
    """SQLITE_NOTADB: what SQLCipher answers for a wrong key (or an unreadable first page)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == 26
