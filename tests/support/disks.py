"""Real small disks for the full-disk and read-only tests: a tmpfs mounted by the test itself."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(folder: Path, size_kib: int = 2048) -> Iterator[Path]:
    """`folder` as the mount point of a fresh tmpfs of `size_kib` KiB (unmounted afterwards).

    Mounting needs root or CAP_SYS_ADMIN (CI runs as root); elsewhere the test is skipped and
    says why.
    """
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small disk here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Take every free byte of the disk holding `folder`, with a filler file."""
    block = b"\0" * 4096
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while True:
            os.write(fd, block)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
    try:  # the last partial block
        while os.write(fd, b"\0"):
            pass
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
    finally:
        os.close(fd)


def make_read_only(folder: Path) -> None:
    """Remount the small disk at `folder` read-only (root ignores file permissions)."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
