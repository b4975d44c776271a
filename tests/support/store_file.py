"""Open a store file (or one of its backups) beside the app, as a test's own reader or editor:
with the store's key when it is encrypted, as it is when it is plain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import cipher, keys
from bluepacific_desktop.store.backup import BACKUP_DIRNAME
from bluepacific_desktop.store.engine import make_engine


def owner_store(path: Path) -> Path:
    """The store whose key reads `path`: itself, or the store of the backups folder it is in."""
    if path.parent.name == BACKUP_DIRNAME:
        return path.parent.parent / DB_FILENAME
    return path


def connect(path: Path | str, *, store: Path | None = None, **kwargs: Any) -> Any:
    """A driver connection to `path`, keyed with `store`'s key (default: its owner's)."""
    file = Path(str(path).removeprefix("file:").split("?")[0])
    key = None
    if not cipher.is_plain(file) and not cipher.is_new(file):
        key = keys.store_key(store or owner_store(file), create=False)
    return cipher.connect(path, key, **kwargs)


def engine_for(path: Path) -> Engine:
    """The app's own engine for the store file at `path`, with its key if it is encrypted."""
    plain = cipher.is_plain(path) or cipher.is_new(path)
    return make_engine(path, None if plain else keys.store_key(path, create=False))


def dump_rows(engine: Engine) -> str:
    """Every row of every table of the store as text (SQLCipher's driver has no iterdump):
    what a test searches for a name that should be gone."""
    conn = engine.raw_connection()
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            f"{table}: {row!r}"
            for table in tables
            for row in conn.execute(f'SELECT * FROM "{table}"')  # names from the catalogue
        )
    finally:
        conn.close()
