"""Backups with SQLite's online backup API (safe while the app runs), and restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from bluepacific_desktop.domain.errors import StoreCorrupt
from bluepacific_desktop.files import private_folder, replacing_path

BACKUP_DIRNAME = "backups"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def default_backup_path(db_path: Path, label: str = "manual") -> Path:
    return db_path.parent / BACKUP_DIRNAME / f"bluepacific-{label}-{_stamp()}.sqlite3"


def backup_to(engine: Engine, target: Path) -> Path:
    """Copy a consistent snapshot of the store to `target`, verified before it replaces anything.

    A backup under the app's data folder is private (0600); a full disk leaves no partial file.
    """
    private_folder(target.parent)
    with replacing_path(target, private=True, check=verify_backup_file) as tmp:
        raw = engine.raw_connection()
        try:
            src = raw.driver_connection
            assert isinstance(src, sqlite3.Connection)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            raw.close()
    return target


def backup_before_upgrade(engine: Engine, db_path: Path, revision: str) -> Path:
    return backup_to(engine, default_backup_path(db_path, f"before-upgrade-from-{revision}"))


def verify_backup_file(path: Path) -> None:
    """Refuse a file that is not a readable Blue Pacific store, before anything is replaced."""
    if not path.is_file():
        raise StoreCorrupt(f"The backup file {path} does not exist.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreCorrupt(f"The file {path} is not a Blue Pacific backup ({exc}).") from exc
    if ok is None or ok[0] != "ok":
        raise StoreCorrupt(f"The backup file {path} is damaged: {ok[0] if ok else 'unreadable'}.")
    if not {"alembic_version", "outbox", "people"} <= tables:
        raise StoreCorrupt(f"The file {path} is not a Blue Pacific backup.")


def restore_from(backup: Path, db_path: Path) -> Path:
    """Replace the (closed) store with `backup`, keeping the current file aside first."""
    verify_backup_file(backup)
    kept = default_backup_path(db_path, "before-restore")
    private_folder(kept.parent)
    if db_path.exists():
        with replacing_path(kept, private=True) as tmp:
            src = sqlite3.connect(db_path)
            try:
                dst = sqlite3.connect(tmp)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
    with replacing_path(db_path, private=True, check=verify_backup_file) as tmp:
        shutil.copyfile(backup, tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
    return kept
