"""0011_reasons on a store with a change set aside at the revision before it: the entry and
its English reason stay, its code is NULL (worded as the hub said it), and the upgraded store
keeps a code."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.set_aside import list_set_aside
from tests.support.forged import queue_foreign
from tests.support.revisions import columns, revision_before, take_back
from tests.support.store_file import engine_for

REVISION = "0011_reasons"


def test_reasons_upgrade_keeps_set_aside_entries_and_stores_codes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    before = revision_before(REVISION)
    with Store.open(folder) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
        queue_foreign(store, "ZZ", fields={"full_name": "Elsewhere"})
    path = folder / DB_FILENAME
    take_back(path, before)
    engine = engine_for(path)
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE outbox SET state = 'set_aside', set_aside_reason = 'the hub said no'")
        )
    engine.dispose()
    assert "set_aside_code" not in columns(path, "outbox")

    with Store.open(folder) as store:  # opening upgrades it
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            (listed,) = list_set_aside(s)
            (entry,) = s.query(OutboxEntry).all()
        assert listed.reason == "the hub said no" and entry.set_aside_code is None
        with store.write() as s:
            s.query(OutboxEntry).update({"set_aside_code": {"code": "x", "params": {"n": 1}}})
        with store.read() as s:
            assert s.query(OutboxEntry).one().set_aside_code == {"code": "x", "params": {"n": 1}}
