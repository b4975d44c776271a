"""A plain store, made the way the releases before encryption made it, is encrypted in place on
the first start: every record and the outbox kept, no plain file left, and a kill at any
instant of the conversion leaves a store that the next start opens with all its records."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import cipher, keys
from bluepacific_desktop.store.backup import list_backups, mark_verified, restore_from
from bluepacific_desktop.store.encrypt import encrypt_in_place, encrypting_path
from bluepacific_desktop.store.store import Store
from tests.support import store_file
from tests.support.disks import small_disk
from tests.support.plain_store import EMAIL, NAMES, make_plain_store

TRIALS = 100


def contents(conn: Any) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    return counts, conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()


def plain_contents(path: Path) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return contents(conn)
    finally:
        conn.close()


def opened_contents(data_dir: Path) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """What a start of the app finds (and finishes: the start encrypts a plain file)."""
    with Store.open(data_dir) as store:
        assert store.read_only is None
    conn = store_file.connect(data_dir / DB_FILENAME)
    try:
        return contents(conn)
    finally:
        conn.close()


def strings_found(folder: Path, words: list[str]) -> list[str]:
    """`strings` over every file in `folder` (and below): which of `words` it shows."""
    files = [str(p) for p in folder.rglob("*") if p.is_file()]
    out = subprocess.run(["strings", "-a", *files], capture_output=True, text=True).stdout
    return [w for w in words if w in out]


def test_a_plain_store_of_todays_release_is_encrypted_on_first_start(
    secret_service: None, data_dir: Path
) -> None:
    db = make_plain_store(data_dir, people=300)
    before = plain_contents(db)
    assert before[0]["people"] == 300 and len(before[1]) == 301
    assert strings_found(data_dir, [NAMES[0], EMAIL]) == [NAMES[0], EMAIL]  # the test can fail

    assert opened_contents(data_dir) == before  # every table's rows, the outbox row by row
    assert not cipher.is_plain(db)
    assert not encrypting_path(db).exists()
    assert strings_found(data_dir, [*NAMES, EMAIL, "Tonga Police"]) == []
    keys.forget_key(db)  # a later start, as a new process: the key is in the keyring
    assert opened_contents(data_dir) == before


def _convert_in_child(db: Path, started: int) -> int:
    """Fork a process that converts `db` (the key is already cached, as after the keyring was
    read); it writes one byte to `started` just before it begins."""
    pid = os.fork()
    if pid == 0:  # the child: nothing of pytest's runs here
        code = 0
        try:
            os.write(started, b"s")
            encrypt_in_place(db)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    return pid


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL trials fork (POSIX)")
def test_a_kill_at_any_instant_of_the_conversion_leaves_a_usable_store(
    secret_service: None, tmp_path: Path
) -> None:
    template = make_plain_store(tmp_path / "template", people=300)
    expected = plain_contents(template)
    data_dir = tmp_path / "data"
    db = data_dir / DB_FILENAME

    def fresh() -> None:
        shutil.rmtree(data_dir, ignore_errors=True)
        data_dir.mkdir(mode=0o700)
        shutil.copy(template, db)

    fresh()
    keys.store_key(db, create=True)  # one key for the path, as the keyring keeps it
    read, write = os.pipe()
    try:
        # How long a conversion takes here: the kills land anywhere within it.
        pid = _convert_in_child(db, write)
        os.read(read, 1)
        began = time.perf_counter()
        _, status = os.waitpid(pid, 0)
        duration = time.perf_counter() - began
        assert os.waitstatus_to_exitcode(status) == 0 and not cipher.is_plain(db)
        seen = {"plain": 0, "encrypted": 0, "copy left": 0}
        rng = random.Random(15)
        for trial in range(TRIALS):
            fresh()
            pid = _convert_in_child(db, write)
            os.read(read, 1)
            time.sleep(rng.uniform(0, duration * 1.1))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            seen["plain" if cipher.is_plain(db) else "encrypted"] += 1
            seen["copy left"] += encrypting_path(db).exists()
            assert opened_contents(data_dir) == expected, f"trial {trial}"
            assert not cipher.is_plain(db) and not encrypting_path(db).exists(), f"trial {trial}"
    finally:
        os.close(read)
        os.close(write)
    # The kills fell both before the swap (often mid-copy) and after it.
    assert seen["plain"] > 0 and seen["encrypted"] > 0 and seen["copy left"] > 0, seen
    print(f"conversion {duration * 1000:.0f} ms; at the kill: {seen}")


def test_the_plain_backups_of_todays_release_are_encrypted_too(
    secret_service: None, data_dir: Path
) -> None:
    db = make_plain_store(data_dir, people=50)
    backups = data_dir / "backups"
    backups.mkdir(mode=0o700)
    old = backups / "bluepacific-manual-20261201T093000000000Z.sqlite3"
    src, dst = sqlite3.connect(db), sqlite3.connect(old)  # as today's backup_to makes one
    src.backup(dst)
    dst.execute("PRAGMA journal_mode = DELETE")
    src.close()
    dst.close()
    mark_verified(old)
    assert strings_found(backups, [NAMES[0]]) == [NAMES[0]]

    with Store.open(data_dir):
        pass
    assert not cipher.is_plain(old)
    assert strings_found(backups, [*NAMES, EMAIL]) == []
    assert [b.verified for b in list_backups(db)] == [True]  # checked again, at its new size
    restore_from(old, db)  # with the store's key
    with Store.open(data_dir) as store, store.read() as session:
        assert session.scalar(text("SELECT count(*) FROM people")) == 50


def test_a_disk_without_room_for_the_copy_keeps_the_plain_store_until_a_later_start(
    secret_service: None, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Room for the plain store with its write-ahead log as this version's schema makes it (each
    # issue's columns make it bigger), and for the filler below.
    with small_disk(tmp_path / "disk", size_kib=8192) as disk:
        data_dir = disk / "data"
        db = make_plain_store(data_dir, people=1500)
        expected = plain_contents(db)
        free = os.statvfs(disk)
        room = free.f_bavail * free.f_frsize
        # More than the store opens read-only below (files.STORE_MIN_FREE_BYTES), less than
        # the encrypted copy needs.
        size = db.stat().st_size
        assert room > size // 2, "the test needs a store bigger than the disk's last room"
        with open(disk / "filler", "wb") as filler:
            filler.write(b"\0" * (room - size // 2))
        with Store.open(data_dir) as store:  # opens, as before: plain, every record there
            assert store.read_only is None
            with store.read() as session:
                assert session.scalar(text("SELECT count(*) FROM people")) == 1500
        assert cipher.is_plain(db) and not encrypting_path(db).exists()
        assert "could not be encrypted" in caplog.text  # tried, and the disk said no
        (disk / "filler").unlink()
        assert opened_contents(data_dir)[0] == expected[0]  # the next start encrypts it
        assert not cipher.is_plain(db)
