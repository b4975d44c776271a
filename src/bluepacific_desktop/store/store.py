"""Opening the local store: private file, schema check and upgrade, reference data, sessions."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.errors import CannotWrite, StoreCorrupt
from bluepacific_desktop.files import store_write_blocker
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.engine import make_engine, make_read_only_engine, writer
from bluepacific_desktop.store.reference import seed_reference

log = logging.getLogger(__name__)


class Store:
    """One SQLite file, used in short sessions: `with store.write() as s:` / `store.read()`."""

    def __init__(self, path: Path, engine: Engine, read_only: CannotWrite | None = None) -> None:
        self.path = path
        # Why nothing can be written now (a full disk, a read-only folder), or None.
        self.read_only = read_only
        self.engine = engine
        self._writer = writer(engine)
        # Writers of this process take turns here first (the screens' writer thread and the
        # sync's short transactions): one waits for the other instead of failing with
        # "database is locked" when SQLite's busy timeout runs out during a long import.
        # Reentrant, so a write opened inside a write fails as before rather than hanging.
        self._write_lock = threading.RLock()

    @classmethod
    def open(cls, data_dir: Path, *, upgrade: bool = True) -> Store:
        path = data_dir / DB_FILENAME
        existed = path.exists() and path.stat().st_size > 0
        blocked = store_write_blocker(data_dir) if existed else None
        if existed:
            _refuse_non_sqlite(path, check_open=blocked is None)
        if blocked is not None:
            log.warning("The data folder takes no writes (%s): opening read-only", blocked.reason)
            engine = make_read_only_engine(path)
        else:
            engine = make_engine(path)
        store = cls(path, engine, blocked)
        try:
            current = migrate.ensure_known(engine, path)
            if blocked is not None:
                if current != migrate.head_revision():
                    raise blocked  # an upgrade is a write: it waits for a disk that takes one
            elif upgrade:
                migrate.upgrade(engine, path)
                with store.write() as session:
                    seed_reference(session)
        except DatabaseError as exc:
            engine.dispose()
            raise StoreCorrupt(
                f"The data file {path} cannot be read ({exc.orig}). Restore a backup with "
                "'bluepacific-desktop db restore FILE'."
            ) from exc
        except BaseException:
            engine.dispose()
            raise
        return store

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
        if self.read_only is not None:
            raise self.read_only
        with (
            self._write_lock,
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _refuse_non_sqlite(path: Path, *, check_open: bool = True) -> None:
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreCorrupt(
            f"The data file {path} is not a database (it may be damaged). Restore a backup with "
            "'bluepacific-desktop db restore FILE'."
        )
    if not check_open:
        return  # the read-only engine reads it the only way the disk allows
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreCorrupt(f"The data file {path} is damaged ({exc}).") from exc
