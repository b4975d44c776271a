"""Opening the local store: private file, damage and schema checks, upgrade, reference data,
sessions, and this program's own restore."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.errors import (
    CannotWrite,
    SchemaMismatch,
    StoreCorrupt,
    StoreDamaged,
    StoreLocked,
)
from bluepacific_desktop.files import store_write_blocker
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import cipher, keys, migrate
from bluepacific_desktop.store.backup import damage_found, newest_good_backup, restore_from
from bluepacific_desktop.store.encrypt import (
    encrypt_backups,
    encrypt_in_place,
    remove_encrypting_copy,
)
from bluepacific_desktop.store.engine import (
    make_engine,
    make_read_only_engine,
    sqlite_connection,
    writer,
)
from bluepacific_desktop.store.holders import Holder, hold
from bluepacific_desktop.store.reference import reference_outdated, seed_reference
from bluepacific_desktop.store.schema_check import schema_differences

log = logging.getLogger(__name__)


# Below this size the quick check runs as the store opens (about 1 ms per MB: a few ms for a
# typical store); a bigger file (350 ms for a 300 MB one of 100,000 people) is checked before
# its first write or backup instead, so opening it to read stays quick.
QUICK_CHECK_AT_OPEN_BYTES = 48 * 1024 * 1024


class Store:
    """One SQLite file, used in short sessions: `with store.write() as s:` / `store.read()`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        read_only: CannotWrite | StoreDamaged | None = None,
        holder: Holder | None = None,
    ) -> None:
        self.path = path
        # Why nothing can be written now (a full disk, a read-only folder, damage), or None.
        self.read_only = read_only
        self.engine = engine
        self._writer = writer(engine)
        # Writers of this process take turns here first (the screens' writer thread and the
        # sync's short transactions): one waits for the other instead of failing with
        # "database is locked" when SQLite's busy timeout runs out during a long import.
        # Reentrant, so a write opened inside a write fails as before rather than hanging.
        self._write_lock = threading.RLock()
        # This program's claim on the file, which a restore elsewhere respects (holders.py).
        self._holder = holder
        self._checked = False
        self._check_lock = threading.Lock()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        upgrade: bool = True,
        check_schema: bool = True,
        upgrading: Callable[[], None] | None = None,
    ) -> Store:
        """Open the store of `data_dir`. `check_schema=False` lets `db check` open a file whose
        tables differ from the models, to list the differences. `upgrading`: called before an
        upgrade (and its backup) starts."""
        path = data_dir / DB_FILENAME
        engine, blocked = _engine(path)
        store = cls(path, engine, blocked, hold(path))
        try:
            store._prepare(upgrade=upgrade, check_schema=check_schema, upgrading=upgrading)
        except BaseException:
            store.close()
            raise
        return store

    def _prepare(
        self, *, upgrade: bool, check_schema: bool, upgrading: Callable[[], None] | None = None
    ) -> None:
        path, engine = self.path, self.engine
        try:
            if path.stat().st_size <= QUICK_CHECK_AT_OPEN_BYTES:
                self.ensure_sound()
            current = migrate.ensure_known(engine, path)
            if self.read_only is not None:
                if current != migrate.head_revision():
                    raise self.read_only  # an upgrade is a write: it waits for a sound disk
            elif upgrade:
                migrate.upgrade(engine, path, upgrading=upgrading)
                # Read first: a write would run the quick check of a big file at every open.
                with self.read() as session:
                    outdated = reference_outdated(session)
                if outdated:
                    with self.write() as session:
                        seed_reference(session)
                current = migrate.head_revision()
            if check_schema and current == migrate.head_revision():
                with sqlite_connection(engine) as conn:
                    differences = schema_differences(conn, harmless_too=False)
                if differences:
                    raise SchemaMismatch(str(path), differences)
        except DatabaseError as exc:
            raise StoreCorrupt(
                f"The data file {path} cannot be read ({exc.orig}). Restore a backup with "
                "'bluepacific-desktop db restore FILE'.",
                path=str(path),
            ) from exc

    def ensure_sound(self) -> None:
        """SQLite's quick check, once in this store's life: damage found turns the store
        read-only (`read_only` says why, with the newest good backup), so nothing is written
        into a damaged file. Backups check again each time (backup.backup_to)."""
        with self._check_lock:
            if self._checked:
                return
            started = time.perf_counter()
            with sqlite_connection(self.engine) as conn:
                found = damage_found(conn)
            self._checked = True
            log.info("Quick check: %d finding(s) in %.0f ms", len(found), _ms(started))
            if found:
                # The connection that met the damage refuses every page after it (SQLCipher):
                # the reads that go on in a damaged store take fresh ones.
                self.engine.dispose()
                log.error("The data file is damaged: opening it read-only")
                self.read_only = StoreDamaged(str(self.path), found, newest_good_backup(self.path))

    def restore(self, backup: Path) -> Path:
        """Replace this open store's file with `backup` (this program's own restore): refused
        while another program has the file open; this one's connections are closed first and
        the restored file opened (and upgraded) the way the app opens one. Returns where the
        previous file was kept."""
        with self._write_lock:
            self.engine.dispose()
            kept = restore_from(backup, self.path, own=self._holder)
            self.engine, self.read_only = _engine(self.path)
            self._writer = writer(self.engine)
            self._checked = False
            self._prepare(upgrade=True, check_schema=True)
        return kept

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error.

        One writer at a time: in this process through the write lock, against other processes
        (the command line) through BEGIN IMMEDIATE and the busy timeout. A store opened
        read-only (full disk, read-only folder) refuses at once, saying why."""
        self.ensure_sound()
        if self.read_only is not None:
            raise self.read_only
        with (
            self._write_lock,
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def retire(self) -> None:
        """Close the store for good, its file about to be erased (a wipe the hub asked for):
        any later read or write fails, rather than opening a new, empty file in its place."""
        with self._write_lock:
            self.close()
            self.engine = create_engine("sqlite://", creator=_erased(self.path))
            self._writer = writer(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        if self._holder is not None:
            self._holder.release()
            self._holder = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _erased(path: Path) -> Callable[[], sqlite3.Connection]:
    def refuse() -> sqlite3.Connection:
        raise sqlite3.OperationalError(f"the data file {path} was erased")

    return refuse


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _engine(path: Path) -> tuple[Engine, CannotWrite | None]:
    """The engine for `path`: read-only when its folder takes no writes (and why). A new file is
    created encrypted; a plain one (made before encryption) is read as it is."""
    existed = not cipher.is_new(path)
    blocked = store_write_blocker(path.parent) if existed else None
    key = None
    if existed and not cipher.is_plain(path) and not cipher.could_be_encrypted(path):
        raise _not_a_database(path)
    if existed and cipher.is_plain(path):
        _refuse_unreadable(path, None, check_open=blocked is None)
        if blocked is None:
            _encrypt(path)  # made before encryption: encrypted in place, once
    if not existed or not cipher.is_plain(path):
        key = keys.store_key(path, create=not existed)
        if existed:
            _refuse_unreadable(path, key, check_open=blocked is None)
        if existed and blocked is None:
            _encrypt_backups(path)
    if blocked is not None:
        log.warning("The data folder takes no writes (%s): opening read-only", blocked.reason)
        return make_read_only_engine(path, key), blocked
    return make_engine(path, key), None


def _encrypt(path: Path) -> None:
    """Encrypt a plain store in place; one that cannot be now (damaged, or a disk without room
    for the copy) stays plain and opens as before, and the next start tries again."""
    try:
        encrypt_in_place(path)
    except (cipher.DatabaseError, StoreCorrupt, OSError) as exc:
        log.error("The data file could not be encrypted (%s): it stays plain for now", exc)
        with suppress(OSError):
            remove_encrypting_copy(path)


def _encrypt_backups(path: Path) -> None:
    """Backups still plain from before the store was encrypted (a kill may have come between
    the store's swap and theirs): encrypted now, so that no name stays readable in one."""
    try:
        encrypt_backups(path)
    except OSError as exc:
        log.error("The plain backups could not be encrypted (%s)", exc.strerror)


def _refuse_unreadable(path: Path, key: bytes | None, *, check_open: bool = True) -> None:
    """Refuse, in words, a file that is no database, is locked with another key, or is damaged."""
    if not check_open:
        return  # the read-only engine reads it the only way the disk allows
    try:
        # Read-write (the folder takes writes): a kill mid-write may have left a hot journal,
        # which SQLite rolls back as it reads, and a read-only connection could not.
        conn = cipher.connect(path, key)
        try:
            cipher.readable(conn)
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        if key is not None and cipher.wrong_key(exc):
            # An encrypted file and a wrong key look alike to SQLCipher: both fail the first
            # page's check. A copied file without its key is the likely case.
            raise StoreLocked(
                f"This data file is locked with a key this computer does not have ({path}), "
                "so it cannot be opened here (or it is damaged). Open it on the computer that "
                "made it, or restore a backup made on this computer with "
                "'bluepacific-desktop db restore FILE'.",
                key="store_wrong_key",
                path=str(path),
            ) from exc
        if key is None and cipher.wrong_key(exc):
            raise _not_a_database(path) from exc
        raise StoreCorrupt(f"The data file {path} is damaged ({exc}).", path=str(path)) from exc


def _not_a_database(path: Path) -> StoreCorrupt:
    return StoreCorrupt(
        f"The data file {path} is not a database (it may be damaged). Restore a backup with "
        "'bluepacific-desktop db restore FILE'.",
        key="not_a_database",
        path=str(path),
    )
