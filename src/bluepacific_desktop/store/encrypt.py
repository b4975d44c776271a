"""A plain store (made before encryption) encrypted in place, safely, on the first start of
this version: exported into a new encrypted file beside it, checked, then swapped in.

A kill at any instant leaves one usable file under the store's name: the plain original until
the atomic rename, the checked encrypted copy after it. A copy left half-made by a kill is
removed and made again at the next start; the key is saved before the copy is begun, so the
copy a rename put in place can always be opened.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from bluepacific_desktop.domain.errors import StoreCorrupt, StoreInUse
from bluepacific_desktop.files import private_file
from bluepacific_desktop.store import cipher, keys
from bluepacific_desktop.store.cipher import Connection
from bluepacific_desktop.store.holders import alone

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")


def encrypting_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.encrypting")


def remove_encrypting_copy(db_path: Path) -> None:
    _remove_with_side_files(encrypting_path(db_path))


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return  # Windows has no directory handles to sync
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [r[0] for r in rows]


def _contents(conn: Connection) -> dict[str, Any]:
    """What the copy must hold the same: the row count of each table, the outbox row by row."""
    # Names from SQLite's own catalogue, not user input.
    found: dict[str, Any] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                             for t in _tables(conn)}  # fmt: skip
    if "outbox" in found:
        found["outbox rows"] = conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    found["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
    return found


def encrypt_in_place(db_path: Path) -> bool:
    """Encrypt the plain store at `db_path` (and finish a conversion a kill interrupted).
    Returns True when the store is encrypted now; False when another program has it open (it
    stays plain until a start where this program is alone with it)."""
    tmp = encrypting_path(db_path)
    if not cipher.is_plain(db_path):
        _remove_with_side_files(tmp)  # a copy that lost the race against a kill
        return True
    try:
        with alone(db_path, None):
            _encrypt(db_path, tmp)
    except StoreInUse:
        log.warning("The data file is open in another program: it is encrypted at a later start")
        return False
    return True


def _encrypt(db_path: Path, tmp: Path) -> None:
    started = time.perf_counter()
    key = keys.store_key(db_path, create=True)  # saved before the copy exists
    before = _export(db_path, tmp, key)
    for suffix in SIDE_FILES:
        if Path(str(db_path) + suffix).exists():
            raise StoreCorrupt(  # never: the plain store was closed in rollback mode
                f"The data file {db_path} still has its {suffix} file: not encrypted.",
                path=str(db_path),
            )
    os.replace(tmp, db_path)  # the one instant the store changes from plain to encrypted
    _fsync(db_path.parent, folder=True)
    _remove_with_side_files(tmp)
    log.info(
        "Encrypted the data file in place (%d tables) in %.0f ms",
        len(_tables_of(before)),
        (time.perf_counter() - started) * 1000,
    )


def _export(source: Path, tmp: Path, key: bytes) -> dict[str, Any]:
    """An encrypted, checked and fsynced copy of the plain file `source` at `tmp`; returns
    what it holds."""
    _remove_with_side_files(tmp)
    private_file(tmp)
    plain = cipher.connect(source, None, isolation_level=None)
    try:
        # The WAL folded into the file and the file left in rollback mode: after the swap no
        # side file of the plain store may remain beside the encrypted one.
        plain.execute("PRAGMA journal_mode = DELETE")
        before = _contents(plain)
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {cipher.key_sql(key)}", (str(tmp),))
        # The copy needs neither a journal nor a sync per statement: a copy cut short is thrown
        # away and made again, and the whole file is fsynced once before the swap.
        plain.execute("PRAGMA encrypted.journal_mode = OFF")
        plain.execute("PRAGMA encrypted.synchronous = OFF")
        plain.execute("BEGIN")
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(before['user_version'])}")
        plain.execute("COMMIT")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    _check_copy(tmp, key, before)
    _fsync(tmp)
    return before


def encrypt_backups(db_path: Path) -> int:
    """Encrypt, in place and with the store's key, the backups made while the store was plain:
    a plain backup would keep every name readable. Returns how many were encrypted."""
    from bluepacific_desktop.store.backup import backups_folder, is_verified, mark_verified

    folder = backups_folder(db_path)
    plain = [p for p in folder.glob("*.sqlite3") if cipher.is_plain(p)] if folder.is_dir() else []
    for backup in plain:
        key = keys.store_key(db_path, create=False)
        tmp = encrypting_path(backup)
        verified = is_verified(backup, backup.stat().st_size)
        try:
            _export(backup, tmp, key)
        except (cipher.DatabaseError, StoreCorrupt) as exc:
            # A damaged backup stays as it is: it is listed as not verified already.
            log.error("A plain backup could not be encrypted (%s)", type(exc).__name__)
            _remove_with_side_files(tmp)
            continue
        os.replace(tmp, backup)
        _fsync(folder, folder=True)
        if verified:
            mark_verified(backup)  # checked again just now (_check_copy), at its new size
    if plain:
        log.info("Encrypted %d backup(s) made before the store was encrypted", len(plain))
    return len(plain)


def _tables_of(contents: dict[str, Any]) -> list[str]:
    return [k for k in contents if k not in ("outbox rows", "user_version")]


def _check_copy(tmp: Path, key: bytes, before: dict[str, Any]) -> None:
    """The copy must be sound and hold what the plain file held, or nothing is swapped."""
    copy = cipher.connect(tmp, key)
    try:
        cipher.readable(copy)
        check = [r[0] for r in copy.execute("PRAGMA integrity_check")]
        after = _contents(copy)
    finally:
        copy.close()
    if check != ["ok"] or after != before:
        differing = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        _remove_with_side_files(tmp)
        raise StoreCorrupt(
            f"The data file in {tmp.parent} could not be encrypted: the encrypted copy did not "
            f"hold the same records ({', '.join(differing) or check[0]}). Nothing was changed; "
            "the plain file is kept.",
            key="encryption_check_failed",
            path=str(tmp.parent),
        )
