"""A big store is checked for damage before its first write rather than at open (the quick
check costs about 1 ms per MB): the damage still stops that write, and every backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import StoreDamaged
from bluepacific_desktop.store import store as store_module
from bluepacific_desktop.store.backup import backup_to
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.support.damage import damage_table


def test_a_big_store_is_checked_before_its_first_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path) as store, store.write() as s:
        set_up_device(s, "FJ")
        RecordService(s).create_many(
            RecordKind.PERSON,
            [{"full_name": f"Person {i:04d} " + "x" * 60, "sex": "male"} for i in range(300)],
        )
    damage_table(store.path)
    before = store.path.read_bytes()
    monkeypatch.setattr(store_module, "QUICK_CHECK_AT_OPEN_BYTES", 0)  # as if it were big
    with Store.open(tmp_path) as big:
        assert big.read_only is None  # not checked yet: opening stays quick
        with pytest.raises(StoreDamaged), big.write() as s:
            RecordService(s).create(RecordKind.PERSON, {"full_name": "Not Saved", "sex": "male"})
        assert isinstance(big.read_only, StoreDamaged)
        with pytest.raises(StoreDamaged):
            backup_to(big.engine, tmp_path / "copy.sqlite3")
    assert store.path.read_bytes() == before
    assert not (tmp_path / "copy.sqlite3").exists()
