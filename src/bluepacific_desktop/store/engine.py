"""SQLite connections for laptops that lose power: encrypted (SQLCipher), WAL, full sync, foreign
keys, private file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.files import private_file, private_folder
from bluepacific_desktop.store import cipher
from bluepacific_desktop.store.cipher import Connection

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "bp_write"
FOLD_SQL = "bp_fold"  # domain.folding.fold, as an SQL function of every connection


def _private_file(path: Path) -> None:
    """Create the database (and a folder it lacks) readable by this user only, before SQLite
    opens it. An existing folder keeps its mode (see `private_folder`)."""
    if not private_folder(path.parent):
        log.warning("The data folder can be read by other users of this computer")
    private_file(path)


def _configure(dbapi_conn: Connection, *pragmas: str) -> None:
    """What every connection to the store sets, then `pragmas` of its own."""
    # Let SQLAlchemy's "begin" hook below emit BEGIN itself (pysqlite's own is too late).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON", *pragmas):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()
    # Searches over a few short texts (session titles, places) fold in SQL; people and contacts,
    # which can be 100,000, keep the folded key in a column (models.Searchable) instead.
    dbapi_conn.create_function(FOLD_SQL, 1, fold, deterministic=True)


def _on_connect(dbapi_conn: Connection, _record: Any) -> None:
    # FULL: a committed change survives a power cut, which is the whole point of the outbox.
    # The page cache may grow to 64 MiB (SQLite's default is 2 MiB), taken only when used: a
    # 100,000-row import's indexes then stay in memory through its one transaction instead of
    # being spilled to the WAL and read back, about a second of its commit.
    _configure(dbapi_conn, "journal_mode = WAL", "synchronous = FULL", "cache_size = -65536")


def _on_begin(conn: Any) -> None:
    # Writers take the write lock up front so two writers never deadlock on lock upgrade.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _drop_on_damage(context: Any) -> None:
    # Once SQLCipher has met a page that fails its check, that connection refuses every page
    # after it: the pool must not hand it out again, or one damaged page would fail every
    # later read (the rest of the file stays readable through fresh connections).
    if is_damage(context.original_exception):
        context.is_disconnect = True
        context.invalidate_pool_on_disconnect = False


def make_engine(path: Path, key: bytes | None) -> Engine:
    """The store's engine: each connection keyed with `key` first (None: a plain file, read
    as it is until it is encrypted)."""
    _private_file(path)

    def connect() -> Connection:
        return cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    # SQLAlchemy's pysqlite dialect over SQLCipher's driver (the same DB-API as sqlite3): its
    # errors are then wrapped as SQLAlchemy's, as sqlite3's were.
    engine = create_engine(f"sqlite:///{path}", module=cipher.driver, creator=connect)
    event.listen(engine, "handle_error", _drop_on_damage)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect_read_only(dbapi_conn: Connection, _record: Any) -> None:
    _configure(dbapi_conn, "query_only = ON")


def _connect_read_only(path: Path, key: bytes | None) -> Connection:
    """Read-only, as far as the disk allows: a WAL file needs its shared-memory file beside it,
    which a full disk or a read-only folder may not let SQLite create; then the file is read as
    it is on disk (SQLite's `immutable`), which a cleanly closed store holds entirely."""
    uri = path.as_uri()
    try:
        conn = cipher.connect(f"{uri}?mode=ro", key, uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except cipher.OperationalError:
        log.warning("Opening the data file as immutable: its folder takes no writes")
        return cipher.connect(f"{uri}?immutable=1", key, uri=True, check_same_thread=False)


def make_read_only_engine(path: Path, key: bytes | None) -> Engine:
    """An engine that reads the store and never writes, for a disk that cannot take writes."""
    engine = create_engine(
        f"sqlite:///{path}", module=cipher.driver, creator=lambda: _connect_read_only(path, key)
    )
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "handle_error", _drop_on_damage)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def sqlite_connection(engine: Engine) -> Iterator[Connection]:
    """The driver's own connection from the pool, for SQLite's PRAGMAs and backup API."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, cipher.driver.Connection)
        yield conn
    finally:
        raw.close()


# SQLite's primary result codes (sqlite3.h) for a file whose bytes are wrong: SQLITE_CORRUPT,
# SQLITE_NOTADB.
_DAMAGE_CODES = {11, 26}


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` (SQLAlchemy's or the driver's) is SQLite reading a damaged file, rather
    than a constraint, a lock or a bug of ours."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGE_CODES


def writer(engine: Engine) -> Engine:
    """The same engine, with transactions that start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})
