"""Backups carry the store's encryption: made with its key, checked and restored with it, and
refused in words elsewhere. No name, phone or e-mail of the demo data can be read from any
file the app keeps: the database, its -wal and -shm, its backups, the drafts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from bluepacific_desktop.domain.errors import StoreCorrupt
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import cipher, demo_data
from bluepacific_desktop.store.backup import (
    backup_to,
    default_backup_path,
    file_key,
    list_backups,
    restore_from,
    verify_backup_file,
)
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.drafts import Draft, keep_draft, saved_drafts


def test_a_backup_is_encrypted_with_the_stores_key_and_restores_only_with_it(
    secret_service: None, tmp_path: Path
) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder in (ours, theirs):
        with Store.open(folder) as store, store.write() as session:
            set_up_device(session, "FJ")
    with Store.open(ours) as store:
        backup = backup_to(store.engine, default_backup_path(store.path))
        key = file_key(store.path)
    assert backup.read_bytes()[:16] != cipher.PLAIN_HEADER
    assert [b.verified for b in list_backups(ours / DB_FILENAME)] == [True]
    verify_backup_file(backup, key)
    with pytest.raises(StoreCorrupt) as unkeyed:
        verify_backup_file(backup, None)  # as sqlite3 alone reads it: not a database
    assert unkeyed.value.key == "not_a_backup"
    restore_from(backup, ours / DB_FILENAME)
    with Store.open(ours) as store:
        assert store.read_only is None
    # Another store's key (another computer, or a copy of the data folder) cannot read it.
    copied = tmp_path / "copied.sqlite3"
    shutil.copy(backup, copied)
    with pytest.raises(StoreCorrupt) as refused:
        restore_from(copied, theirs / DB_FILENAME)
    assert refused.value.key == "backup_locked"
    assert "locked with a key this computer does not have" in str(refused.value)


def _strings(folder: Path) -> str:
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    assert files
    return subprocess.run(
        ["strings", "-a", "-n", "4", *files], capture_output=True, text=True, check=True
    ).stdout


def test_no_name_phone_or_email_of_the_demo_data_is_readable_in_any_file(
    secret_service: None, data_dir: Path
) -> None:
    store = Store.open(data_dir)
    try:
        with store.write() as session:
            set_up_device(session, "FJ")
        demo_data.generate(store, 60)
        with store.read() as session:
            secrets = {
                str(v)
                for sql in (
                    "SELECT full_name FROM people",
                    "SELECT phone FROM people WHERE phone IS NOT NULL",
                    "SELECT email FROM people WHERE email IS NOT NULL",
                    "SELECT full_name FROM contacts",
                    "SELECT j.value FROM contacts, json_each(contacts.phones) AS j",
                    "SELECT j.value FROM contacts, json_each(contacts.emails) AS j",
                )
                for v in session.scalars(text(sql))
            }
        name = sorted(secrets)[0]
        keep_draft(store, Draft("person:new", "person", None, name, {"full_name": name}))
        assert [d.title for d in saved_drafts(store)] == [name]
        backup_to(store.engine, default_backup_path(store.path))
        # The store is still open: its -wal and -shm are there, as while the app runs.
        beside = {p.name for p in data_dir.iterdir()}
        assert {DB_FILENAME + "-wal", DB_FILENAME + "-shm", "backups"} <= beside
        found = _strings(data_dir)
    finally:
        store.close()
    assert len(secrets) > 100
    assert [s for s in secrets if s in found] == []
    found_closed = _strings(data_dir)
    assert [s for s in secrets if s in found_closed] == []
    # The test can fail: the same words are found in a plain export of the same file.
    plain = data_dir.parent / "plain.sqlite3"
    conn = cipher.connect(data_dir / DB_FILENAME, file_key(data_dir / DB_FILENAME))
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.close()
    shown = subprocess.run(["strings", "-a", str(plain)], capture_output=True, text=True).stdout
    assert name in shown
