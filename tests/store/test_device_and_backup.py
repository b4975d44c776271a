"""Device set-up, where the data lives, and backups made with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from bluepacific_desktop import paths
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import (
    NotSetUp,
    RecordNotFound,
    StoreCorrupt,
    ValidationError,
)
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store.backup import backup_to, file_key, restore_from, verify_backup_file
from bluepacific_desktop.store.device import COUNTRY, get_setting, set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.support import store_file


def test_changes_need_a_country_first(data_dir):
    with Store.open(data_dir) as store:
        with pytest.raises(NotSetUp) as caught, store.write() as session:
            RecordService(session)
        assert "init --country" in str(caught.value)
        with store.read() as session:
            assert session.scalar(text("SELECT count(*) FROM outbox")) == 0


@pytest.mark.parametrize(
    ("country", "language", "field", "words"),
    [
        ("AU", "en", "country", "“AU” is not one of the Blue Pacific countries"),
        ("", "en", "country", "not one of the Blue Pacific countries"),
        ("FJ", "de", "language", "Language “de” must be en or fr"),
    ],
)
def test_set_up_refuses_a_country_or_language_outside_the_lists(
    data_dir, country, language, field, words
):
    with Store.open(data_dir) as store:
        with store.write() as session, pytest.raises(ValidationError) as caught:
            set_up_device(session, country, language)
        assert field in caught.value.fields()
        assert words in str(caught.value)
        with store.read() as session:
            assert get_setting(session, COUNTRY) is None


def test_set_up_normalises_and_cannot_switch_country(data_dir):
    with Store.open(data_dir) as store:
        with store.write() as session:
            device = set_up_device(session, " vu ", "FR")
        assert device.country == "VU"
        with store.write() as session:
            assert set_up_device(session, "VU", "en").device_id == device.device_id
        with store.write() as session, pytest.raises(ValidationError) as caught:
            set_up_device(session, "FJ")
        assert "already set up for VU" in str(caught.value)
    with Store.open(data_dir) as store, store.read() as session:
        assert get_setting(session, COUNTRY) == "VU"


def test_deleted_records_cannot_be_changed_again(records):
    rid = records.create(RecordKind.CONTACT)
    with records.store.write() as session:
        RecordService(session).delete(RecordKind.CONTACT, rid)
    n = len(records.outbox())
    for change in (
        lambda s: s.update(RecordKind.CONTACT, rid, {"notes": "x"}),
        lambda s: s.delete(RecordKind.CONTACT, rid),
    ):
        with pytest.raises(RecordNotFound), records.store.write() as session:
            change(RecordService(session))
    assert len(records.outbox()) == n


def test_data_dir_option_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "from-option") == (tmp_path / "from-option").resolve()
    assert paths.data_dir() == (tmp_path / "from-env").resolve()
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.data_dir() != (tmp_path / "from-env").resolve()
    assert paths.log_dir(tmp_path) == tmp_path / "logs"


def test_backup_is_a_consistent_copy_and_restore_puts_it_back(records, data_dir, tmp_path):
    kept_id = records.create(RecordKind.PERSON, full_name="Kept Before Backup")
    target = backup_to(records.store.engine, tmp_path / "copy.sqlite3")
    verify_backup_file(target, file_key(records.store.path))
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0
    later_id = records.create(RecordKind.PERSON, full_name="Made After Backup")
    records.store.close()

    kept_aside = restore_from(target, data_dir / DB_FILENAME)
    with Store.open(data_dir) as store, store.read() as session:
        service = RecordService(session)
        assert service.get(RecordKind.PERSON, kept_id).full_name == "Kept Before Backup"
        with pytest.raises(RecordNotFound):
            service.get(RecordKind.PERSON, later_id)
    # The file that was replaced is kept, with the later record in it.
    conn = store_file.connect(kept_aside)
    try:
        names = {r[0] for r in conn.execute("SELECT full_name FROM people")}
    finally:
        conn.close()
    assert "Made After Backup" in names


@pytest.mark.parametrize("content", [b"", b"junk" * 100, None])
def test_restore_refuses_a_file_that_is_not_a_backup(records, data_dir, tmp_path, content):
    bad = tmp_path / "bad.sqlite3"
    if content is None:  # a real SQLite file, but not a Blue Pacific store
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    records.create(RecordKind.PERSON)
    records.store.close()
    db = data_dir / DB_FILENAME
    before = db.read_bytes()
    with pytest.raises(StoreCorrupt):
        restore_from(bad, db)
    assert db.read_bytes() == before
    assert not Path(str(db) + ".restore").exists()
