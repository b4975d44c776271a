"""Backups with SQLite's online backup API (safe while the app runs), encrypted with the store's
own key, checked before they count, the list of them with which passed the check, and restore."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from bluepacific_desktop.domain.errors import GoodBackup, StoreCorrupt, StoreDamaged, StoreLocked
from bluepacific_desktop.files import private_folder, replacing, replacing_path
from bluepacific_desktop.store import cipher, keys
from bluepacific_desktop.store.cipher import Connection
from bluepacific_desktop.store.engine import sqlite_connection
from bluepacific_desktop.store.holders import Holder, alone

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
# Beside each backup that passed SQLite's integrity check: what was checked, when, its size.
VERIFIED_SUFFIX = ".verified"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIRNAME


def default_backup_path(db_path: Path, label: str = "manual") -> Path:
    return backups_folder(db_path) / f"bluepacific-{label}-{_stamp()}.sqlite3"


def sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + VERIFIED_SUFFIX)


def damage_found(conn: Connection, pragma: str = "quick_check") -> list[str]:
    """SQLite's own findings (`quick_check`, or the slower `integrity_check` that also
    compares indexes with their tables); [] for a sound file. A file too damaged to check
    says so as its one finding."""
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except cipher.DRIVER_ERRORS as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def file_key(db_path: Path) -> bytes | None:
    """The key the store at `db_path` is read with (None while it is a plain file): its backups
    are encrypted with it, and restoring one needs it."""
    if cipher.is_plain(db_path):
        return None
    return keys.store_key(db_path, create=False)


def _key_for(file: Path, db_path: Path) -> bytes | None:
    """The key to read `file`, a backup of the store at `db_path` (None for a plain file)."""
    if cipher.is_plain(file):
        return None  # made before the store was encrypted: readable as it is
    try:
        return keys.store_key(db_path, create=False)
    except StoreLocked:
        return None  # no key here: the check then says the file cannot be read


def backup_to(engine: Engine, target: Path) -> Path:
    """Copy a consistent snapshot of the store to `target`, counted only once checked.

    The store is checked first (a backup of a damaged file would carry the damage, and could
    push out a good older one); the copy must pass SQLite's integrity check before it replaces
    anything, and a sidecar then records that it did. A backup under the app's data folder is
    private (0600); a full disk leaves no partial file.
    """
    db_path = Path(str(engine.url.database))
    key = file_key(db_path)
    with sqlite_connection(engine) as src:
        found = damage_found(src)
        if found:
            raise StoreDamaged(str(db_path), found, newest_good_backup(db_path))
        private_folder(target.parent)
        with replacing_path(target, private=True, check=lambda f: _verify_copy(f, key)) as tmp:
            # The same key and SQLCipher settings as the store: the backup API then copies pages
            # as they are, and the copy is as unreadable without the key as the store.
            dst = cipher.connect(tmp, key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
    try:
        mark_verified(target)
    except BaseException:
        # A backup without its mark would show as "not verified" although it was checked;
        # one that cannot be marked (the disk filled up just then) is not kept at all.
        target.unlink(missing_ok=True)
        raise
    return target


def _verify_copy(tmp: Path, key: bytes | None) -> None:
    try:
        verify_backup_file(tmp, key)
    except StoreCorrupt as exc:
        raise StoreCorrupt(
            "The backup was not kept: the copy failed SQLite's integrity check, so it would not "
            f"restore ({exc}). Nothing was replaced; run 'bluepacific-desktop db check'.",
            key="backup_copy_failed",
        ) from exc


def mark_verified(backup: Path) -> None:
    mark = {
        "check": "integrity_check",
        "result": "ok",
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "size": backup.stat().st_size,
    }
    with replacing(sidecar(backup), private=True) as fh:
        json.dump(mark, fh)


def backup_before_upgrade(engine: Engine, db_path: Path, revision: str) -> Path:
    return backup_to(engine, default_backup_path(db_path, f"before-upgrade-from-{revision}"))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime  # UTC
    size: int
    # Passed SQLite's integrity check when it was made, and is still the size it was then.
    verified: bool


def is_verified(backup: Path, size: int) -> bool:
    try:
        mark = json.loads(sidecar(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(mark, dict) and mark.get("result") == "ok" and mark.get("size") == size


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups in the data folder's backups folder, newest first (a handful of files)."""
    return backups_in(backups_folder(db_path))


def backups_in(folder: Path) -> list[BackupInfo]:
    found = []
    if folder.is_dir():
        for path in folder.glob("*.sqlite3"):
            try:
                info = path.stat()
            except OSError:
                continue
            made = datetime.fromtimestamp(info.st_mtime, UTC)
            found.append(BackupInfo(path, made, info.st_size, is_verified(path, info.st_size)))
    return sorted(found, key=lambda b: b.made, reverse=True)


def newest_good_backup(db_path: Path) -> GoodBackup | None:
    """The newest backup that passed the check, to offer when the data file is damaged."""
    for backup in list_backups(db_path):
        if backup.verified:
            return GoodBackup(str(backup.path), backup.made.strftime("%Y-%m-%d %H:%M UTC"))
    return None


def verify_backup_file(path: Path, key: bytes | None = None) -> None:
    """Refuse a file that is not a readable Blue Pacific store, before anything is replaced.
    An encrypted file is read with `key` (the store's); a plain one, made before the store was
    encrypted, as it is."""
    if not path.is_file():
        raise StoreCorrupt(f"The backup file {path} does not exist.", key="no_backup", path=path)
    use = None if cipher.is_plain(path) else key
    try:
        conn = cipher.connect(f"file:{path}?mode=ro", use, uri=True)
        try:
            cipher.readable(conn)  # a wrong key fails here, not as a finding of the check
            found = damage_found(conn, "integrity_check")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        if use is not None and cipher.wrong_key(exc):
            raise StoreCorrupt(
                f"The backup file {path} is locked with a key this computer does not have (or "
                "it is not a Blue Pacific backup): only a backup made on this computer can be "
                "restored here.",
                key="backup_locked",
                path=path,
            ) from exc
        raise StoreCorrupt(
            f"The file {path} is not a Blue Pacific backup ({exc}).", key="not_a_backup", path=path
        ) from exc
    if found:
        raise StoreCorrupt(
            f"The backup file {path} is damaged: {found[0]}.", key="backup_damaged", path=path
        )
    if not {"alembic_version", "outbox", "people"} <= tables:
        raise StoreCorrupt(
            f"The file {path} is not a Blue Pacific backup.", key="not_a_backup", path=path
        )


def _copy_database(source: Path, target: Path, key: bytes | None) -> None:
    src = cipher.connect(source, key)
    try:
        dst = cipher.connect(target, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_from(backup: Path, db_path: Path, own: Holder | None = None) -> Path:
    """Replace the store with `backup`, keeping the current file aside first.

    Refused (StoreInUse) while any program but `own` has the store open: it would go on
    writing into the replaced file and its changes would vanish. `own`'s connections must be
    closed by the caller."""
    key = _key_for(backup, db_path)
    verify_backup_file(backup, key)
    with alone(db_path, own):
        kept = default_backup_path(db_path, "before-restore")
        private_folder(kept.parent)
        if db_path.exists():
            with replacing_path(kept, private=True) as tmp:
                try:
                    _copy_database(db_path, tmp, file_key(db_path))
                except (cipher.DatabaseError, StoreLocked):
                    # Too damaged for SQLite to copy: keep its bytes as they are, for the
                    # support desk to rescue what they can.
                    shutil.copyfile(db_path, tmp)
        with replacing_path(
            db_path, private=True, check=lambda f: verify_backup_file(f, key)
        ) as tmp:
            shutil.copyfile(backup, tmp)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    return kept
