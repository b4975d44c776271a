"""Who has the data file open: each open store holds a locked file of its own, so a restore can
refuse while another program would go on writing into the file it replaces.

Hand-written rather than a library's: `filelock` and the like give one exclusive lock, not a
count of holders with their process ids, and a shared lock on Windows needs pywin32. An
exclusive lock on a file per holder works the same with `fcntl.flock` (POSIX) and
`msvcrt.locking` (Windows); a holder that died released its lock with its process, so its
file is recognised as stale and removed. A short "gate" lock on `<store>.lock` keeps a new
holder from registering while a restore is under way.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from bluepacific_desktop.domain.errors import StoreInUse
from bluepacific_desktop.files import private_folder

log = logging.getLogger(__name__)


def _lock(fd: int, *, wait: bool) -> bool:
    """Take the exclusive lock of `fd`'s file; False when another holder has it (and not
    `wait`)."""
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            # LK_LOCK retries for about ten seconds, then fails: a restore is never longer.
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        with suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def holders_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".open")


@contextmanager
def _gate(db_path: Path) -> Iterator[None]:
    """Held while a holder registers (an instant) and for the whole of a restore."""
    fd = os.open(db_path.with_name(db_path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _lock(fd, wait=True):
            raise StoreInUse([])
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


class Holder:
    """This program's claim on the data file, until `release`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Removed before it is unlocked, so no one mistakes it for a stale one of a dead holder.
        with suppress(OSError):
            self.path.unlink()
        _unlock(fd)
        os.close(fd)


def hold(db_path: Path) -> Holder | None:
    """Register this program as a holder of `db_path`; None when the folder takes no writes
    (then the store is read-only and a restore there could not replace it either)."""
    try:
        with _gate(db_path):
            folder = holders_folder(db_path)
            private_folder(folder)
            path = folder / f"{os.getpid()}-{secrets.token_hex(4)}"
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            _lock(fd, wait=False)
            return Holder(path, fd)
    except OSError as exc:
        log.warning("Could not register as a holder of the data file (%s)", exc.strerror)
        return None


def other_holders(db_path: Path, own: Holder | None = None) -> list[int]:
    """The process ids of the holders other than `own` that are alive; removes stale files."""
    folder = holders_folder(db_path)
    if not folder.is_dir():
        return []
    pids: list[int] = []
    for file in sorted(folder.iterdir()):
        if own is not None and file == own.path:
            continue
        try:
            fd = os.open(file, os.O_RDWR)
        except OSError:
            continue  # released between the listing and now
        try:
            if _lock(fd, wait=False):
                _unlock(fd)
                os.close(fd)
                fd = -1
                with suppress(OSError):
                    file.unlink()  # its program ended without closing the store
                continue
            pid = file.name.split("-", 1)[0]
            pids.append(int(pid) if pid.isdigit() else 0)
        finally:
            if fd >= 0:
                os.close(fd)
    return sorted(set(pids))


@contextmanager
def alone(db_path: Path, own: Holder | None = None) -> Iterator[None]:
    """Proceed only when no program but `own` has `db_path` open (StoreInUse otherwise), and
    keep any from opening it until the block ends."""
    with _gate(db_path):
        pids = other_holders(db_path, own)
        if pids:
            raise StoreInUse(pids)
        yield
