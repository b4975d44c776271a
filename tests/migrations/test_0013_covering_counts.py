"""0013_covering_counts on a store with people, sessions and waiting changes at the revision
before it: the attendance and outbox indexes gain `deleted` and `state`, the people list's
page then counts sessions and reads sync states from those indexes alone (SQLite's plan says
covering indexes), shows the same figures, and the downgrade gives the old indexes back."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.outbox import state_rank
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.training_queries import people_ids, people_rows
from tests.support.revisions import revision_before, take_back
from tests.support.store_file import engine_for

REVISION = "0013_covering_counts"
BEFORE = {"ix_attendances_person_id": ["person_id"], "ix_outbox_record": ["kind", "record_id"]}
AFTER = {
    "ix_attendances_person_id": ["person_id", "deleted"],
    "ix_outbox_record": ["kind", "record_id", "state"],
}


def _index_columns(engine: sa.Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        return {
            name: [row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({name})")]
            for name in BEFORE
        }


def _page(store: Store) -> tuple[str, list[tuple[str, int, int | None]]]:
    """The people list's page for every person (as record_table reads it), and its plan."""
    with store.read() as s:
        conn = s.connection()
        ids = list(conn.execute(people_ids("")).scalars())
        stmt = people_rows(ids)
        stmt = stmt.add_columns(state_rank(RecordKind.PERSON.value, stmt.selected_columns.id))
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        rows = [(r.full_name, r.sessions, r[-1]) for r in conn.execute(stmt)]
        return plan, sorted(rows)


def test_the_lists_counts_read_their_indexes_alone_after_the_upgrade(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
            service = RecordService(s)
            people = [
                service.create(RecordKind.PERSON, {"full_name": name, "sex": "male"})
                for name in ("Sēmisi Fifita", "Mele Tuʻipulotu", "Semisi Vake")
            ]
            session = service.create(
                RecordKind.TRAINING_SESSION,
                {
                    "course_code": "HR_POLICING",
                    "mode": "in_person",
                    "start_date": "2026-11-02",
                    "end_date": "2026-11-03",
                },
            )
            for person in people[:2]:
                service.create(
                    RecordKind.ATTENDANCE, {"session_id": session.id, "person_id": person.id}
                )
        _plan_before, found = _page(store)
    assert [sessions for _name, sessions, _rank in found] == [1, 0, 1]
    assert all(rank is not None for _name, _sessions, rank in found)  # each waits to be sent
    path = folder / DB_FILENAME
    take_back(path, revision_before(REVISION))
    engine = engine_for(path)
    assert _index_columns(engine) == BEFORE
    engine.dispose()

    with Store.open(folder) as store:  # opening upgrades it
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert _index_columns(store.engine) == AFTER
        plan, after = _page(store)
        assert "COVERING INDEX ix_attendances_person_id" in plan
        assert "COVERING INDEX ix_outbox_record" in plan
        assert after == found
    engine = engine_for(path)
    migrate.downgrade(engine, revision_before(REVISION))
    assert _index_columns(engine) == BEFORE
    engine.dispose()
