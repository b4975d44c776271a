"""r0011_train on a hub at r0010_wipe holding attendances (and their figure rows): each
figure row takes the status its record holds (none: present), the figures leave absent and
excused people out, and a downgrade takes the column only."""

from __future__ import annotations

import uuid

from alembic import command
from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from bluepacific_hub.db import make_engine
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import training_figures
from bluepacific_hub.migrate import alembic_config, upgrade
from bluepacific_hub.models import FigureAttendance, Record
from bluepacific_wire import utc_now


def test_the_train_revision_gives_each_attendance_its_status(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "r0006_totp")
        session_id = str(uuid.uuid4())
        people = [str(uuid.uuid4()) for _ in range(4)]
        records = [("training_session", session_id,
                    {"course_code": "INV", "start_date": "2025-05-03"})]  # fmt: skip
        statuses = [None, "late", "absent", "excused"]  # None: pushed by an older desktop
        attendances = {}
        for person, status in zip(people, statuses, strict=True):
            records.append(("person", person, {"sex": "female", "full_name": "Mere"}))
            fields = {"session_id": session_id, "person_id": person, "completed": True}
            if status is not None:
                fields["status"] = status
            attendances[str(uuid.uuid4())] = status or "present"
            records.append(("attendance", list(attendances)[-1], fields))
        now = utc_now()
        with Session(engine) as session, session.begin():
            session.execute(
                insert(Record),
                [{"record_id": rid, "kind": kind, "country": "FJ", "revision": n,
                  "deleted": False, "fields": fields, "created_at": now, "updated_at": now,
                  "device_id": None}
                 for n, (kind, rid, fields) in enumerate(records, start=1)],
            )  # fmt: skip
        # r0007 gives them their figure rows (as the push path would have), then r0011 runs.
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "r0010_wipe")
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "r0011_train")
        with Session(engine) as session:
            rows = session.execute(select(FigureAttendance.record_id, FigureAttendance.status))
            assert {rid: status for rid, status in rows} == attendances
            [total] = training_figures(session, Filters(2025), ())
            assert (total.attendances, total.late, total.excused, total.absent) == (2, 1, 1, 1)
            assert (total.people, total.female, total.completed) == (2, 2, 2)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "r0010_wipe")
        columns = {c["name"] for c in inspect(engine).get_columns("fig_attendance")}
        assert "status" not in columns and "completed" in columns
        upgrade(engine)  # and up again to the head
    finally:
        engine.dispose()
