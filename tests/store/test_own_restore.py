"""The app's own restore (Settings): it closes its connections, restores, and goes on with the
restored file, still writable, while another program's copy would block it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import StoreInUse
from bluepacific_desktop.store.backup import backup_to
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store


def add(store: Store, name: str) -> None:
    with store.write() as s:
        RecordService(s).create(RecordKind.PERSON, {"full_name": name, "sex": "male"})


def names(store: Store) -> set[str]:
    with store.read() as s:
        return set(s.scalars(text("SELECT full_name FROM people")))


def test_an_open_store_restores_itself_and_stays_usable(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
        add(store, "Before")
        saved = backup_to(store.engine, tmp_path / "saved.sqlite3")
        add(store, "After")
        kept = store.restore(saved)
        assert names(store) == {"Before"}
        add(store, "Again")
        assert names(store) == {"Before", "Again"}
    assert kept.is_file()


def test_another_store_open_on_the_file_blocks_the_restore(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        saved = backup_to(store.engine, tmp_path / "saved.sqlite3")
        with Store.open(tmp_path), pytest.raises(StoreInUse):
            store.restore(saved)
        store.restore(saved)  # once the other one is closed
