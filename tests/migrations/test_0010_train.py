"""0010_train on stores with data from every earlier revision: every attendance stays and
becomes present, every person trains no course yet; the upgraded store records the other
statuses; a downgrade keeps the rows."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.migrations.test_migrations import build_at, populate, revisions
from tests.support.store_file import engine_for

REVISION = "0010_train"
EARLIER = revisions()[: revisions().index(REVISION)]


@pytest.mark.parametrize("revision", EARLIER)
def test_every_earlier_attendance_becomes_present(tmp_path: Path, revision: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    engine = build_at(folder, revision)
    data = populate(engine)
    written = data["attendances"]
    engine.dispose()

    with Store.open(folder) as store:  # opening upgrades it
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            rows = s.execute(sa.text("SELECT id, person_id, status FROM attendances ORDER BY id"))
            assert [tuple(r) for r in rows] == sorted(
                (row["id"], row["person_id"], "present") for row in written
            )
            people = s.execute(sa.text("SELECT id, trainer_courses FROM people ORDER BY id"))
            assert [tuple(r) for r in people] == sorted((p["id"], "[]") for p in data["people"])


def test_the_upgraded_store_keeps_each_status_and_downgrades(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder) as store, store.write() as s:
        set_up_device(s, "FJ")
        svc = RecordService(s)
        session = svc.create(
            RecordKind.TRAINING_SESSION,
            {
                "course_code": "HR_POLICING",
                "start_date": "2025-05-05",
                "end_date": "2025-05-06",
                "mode": "in_person",
            },
        )
        for name, status in (("Ana", "late"), ("Sione", "absent"), ("Mere", None)):
            person = svc.create(RecordKind.PERSON, {"full_name": name, "sex": "female"})
            svc.create(
                RecordKind.ATTENDANCE,
                {"session_id": session.id, "person_id": person.id, "status": status},
            )
    with Store.open(folder) as store, store.read() as s:
        statuses = sorted(s.scalars(sa.text("SELECT status FROM attendances")))
    assert statuses == ["absent", "late", "present"]

    engine = engine_for(folder / DB_FILENAME)
    migrate.downgrade(engine, EARLIER[-1])
    with engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("attendances")}
        count = conn.scalar(sa.text("SELECT COUNT(*) FROM attendances"))
        unique = conn.scalar(
            sa.text("SELECT sql FROM sqlite_master WHERE name = 'uq_attendances_session_person'")
        )
    engine.dispose()
    assert "status" not in columns and count == 3
    assert "WHERE deleted = 0" in unique  # the partial unique index survives the rebuild
