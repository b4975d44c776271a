"""0012_people_ids on a store with people at the revision before it: the people filter's index
gains the id, the filter then reads the ids from the index alone (SQLite's plan says a
covering index), finds the same people, and the downgrade gives the old index back."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.training_queries import people_ids
from tests.support.revisions import revision_before, take_back
from tests.support.store_file import engine_for

REVISION = "0012_people_ids"
INDEX = "ix_people_name_search"


def _index_columns(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        return [row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({INDEX})")]


def _plan(store: Store, typed: str) -> str:
    with store.read() as s:
        conn = s.connection()
        sql = str(people_ids(typed).compile(conn, compile_kwargs={"literal_binds": True}))
        return " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_people_filter_index_gains_the_id_and_covers_the_filter(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    before = revision_before(REVISION)
    with Store.open(folder) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
            for name in ("Sēmisi Fifita", "Mele Tuʻipulotu", "Semisi Vake"):
                RecordService(s).create(RecordKind.PERSON, {"full_name": name, "sex": "male"})
        with store.read() as s:
            found = list(s.scalars(people_ids("semisi")))
        assert len(found) == 2
    path = folder / DB_FILENAME
    take_back(path, before)
    engine = engine_for(path)
    assert _index_columns(engine) == ["full_name", "search_key", "deleted"]
    engine.dispose()

    with Store.open(folder) as store:  # opening upgrades it
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert _index_columns(store.engine) == ["full_name", "search_key", "deleted", "id"]
        assert f"COVERING INDEX {INDEX}" in _plan(store, "semisi")
        with store.read() as s:
            assert list(s.scalars(people_ids("semisi"))) == found
