"""Writing a file without ever losing the old one: a temporary file beside it, flushed,
fsynced and checked, then renamed over it; a disk that is full or read-only said in words."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from bluepacific_desktop.domain.errors import CannotWrite
from bluepacific_desktop.store.cipher import DRIVER_ERRORS

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
# SQLite's primary result codes (sqlite3.h): SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN are
# the folder's fault; SQLITE_FULL is the disk's.
_SQLITE_FULL = 13
_SQLITE_NOT_WRITABLE = {3, 8, 14}
# SQLCipher's driver raises its backup API's errors with SQLite's words only (sqlite3_errstr),
# no code: the same codes, by their words.
_ERRSTR_CODES = {
    "database or disk is full": 13,
    "access permission denied": 3,
    "attempt to write a readonly database": 8,
    "unable to open database file": 14,
}


def free_bytes(path: Path) -> int | None:
    """Free space on the disk holding `path` (its nearest existing folder), if it can be read."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def write_failure(exc: BaseException, path: Path, *, of_store: bool = False) -> CannotWrite | None:
    """The disk's reason for `exc`, if it is one (full, read-only, no permission), else None."""
    if isinstance(exc, CannotWrite):
        return exc
    reason = None
    if isinstance(exc, OSError) and exc.errno in _FULL:
        reason = "disk_full"
    elif isinstance(exc, OSError) and exc.errno in _NOT_WRITABLE:
        reason = "not_writable"
    elif isinstance(exc, DRIVER_ERRORS):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else _ERRSTR_CODES.get(str(exc))
        if primary == _SQLITE_FULL:
            reason = "disk_full"
        elif primary in _SQLITE_NOT_WRITABLE:
            reason = "not_writable"
    if reason is None:
        return None
    free = free_bytes(path) if reason == "disk_full" else None
    return CannotWrite(reason, str(path), free, of_store=of_store)


# Below this much free space the store opens read-only: SQLite needs room for its journal, and a
# write that fails half-way helps nobody.
STORE_MIN_FREE_BYTES = 512 * 1024


def store_write_blocker(folder: Path) -> CannotWrite | None:
    """Why the data folder cannot take writes now (read-only, not ours to write, full), or None."""
    if os.name == "posix" and os.statvfs(folder).f_flag & os.ST_RDONLY:
        return CannotWrite("not_writable", str(folder), of_store=True)
    if not os.access(folder, os.W_OK):
        return CannotWrite("not_writable", str(folder), of_store=True)
    free = free_bytes(folder)
    if free is not None and free < STORE_MIN_FREE_BYTES:
        return CannotWrite("disk_full", str(folder), free, of_store=True)
    return None


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def replacing_path(
    path: Path, *, private: bool = False, check: Callable[[Path], None] | None = None
) -> Iterator[Path]:
    """A temporary path beside `path` for the caller (or a library) to write. When the block
    ends without error the file is fsynced, `check`ed, and renamed over `path`; on any error it
    is removed and `path` is left as it was. A disk error is raised as CannotWrite.

    `private` files (those under the app's own data folder) are created 0600 from the start;
    others take the user's umask, as any program's saved file does.
    """
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666))
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if check is not None:
            check(tmp)
        os.replace(tmp, path)
        _fsync_folder(path.parent)
    except (OSError, *DRIVER_ERRORS) as exc:  # type: ignore[misc]  # a tuple of classes
        failure = write_failure(exc, path)
        if failure is None:
            raise
        raise failure from exc
    finally:
        # The folder itself may have gone or turned read-only: then nothing was left there.
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


@contextmanager
def replacing(path: Path, encoding: str = "utf-8", *, private: bool = False) -> Iterator[IO[str]]:
    """A temporary text file that replaces `path` once complete (see `replacing_path`)."""
    with (
        replacing_path(path, private=private) as tmp,
        open(tmp, "w", encoding=encoding, newline="") as fh,
    ):
        yield fh


def private_folder(folder: Path) -> bool:
    """Create `folder` (and any missing parent) readable by this user only (0700).

    A folder that already exists keeps its mode: it may be shared on purpose, and changing it
    could lock others out of their own files. Returns False when such a folder can be read by
    other users, so the caller can warn.
    """
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for created in reversed(missing):
        created.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(created, 0o700)  # mkdir's mode passes through the umask
    return folder in missing or readable_only_by_owner(folder)


def readable_only_by_owner(folder: Path) -> bool:
    """Whether no other user of this computer can list or read `folder` (POSIX; elsewhere the
    user's profile folders are private by default)."""
    return os.name != "posix" or not folder.stat().st_mode & 0o077


def private_file(path: Path) -> None:
    """Create `path` empty and 0600 if it does not exist yet (before a library opens it)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)
