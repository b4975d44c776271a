"""The Alembic head matches the models, and upgrade/downgrade both work."""

from __future__ import annotations

import uuid

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from bluepacific_hub.db import make_engine
from bluepacific_hub.figures.capabilities import capability_figures
from bluepacific_hub.figures.cooperation import contact_figures, engagement_figures
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import training_figures
from bluepacific_hub.migrate import alembic_config, current_revision, head_revision, upgrade
from bluepacific_hub.models import Base, Record
from bluepacific_wire import utc_now

FIGURE_TABLES = ("fig_session", "fig_attendance", "fig_person", "fig_report", "fig_engagement",
                 "fig_contact")  # fmt: skip


def test_head_has_no_drift_from_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(engine)
        assert "sync_record" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_the_audit_log_revision_adds_and_drops_its_table(database_url: str) -> None:
    """r0005_audit on a database at r0003_returns (as every hub before it is): the table and
    its two indexes come, and a downgrade takes only that table."""
    engine = make_engine(database_url)
    try:
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "r0003_returns")
        assert "hub_audit_event" not in inspect(engine).get_table_names()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "r0005_audit")
        indexes = {i["name"] for i in inspect(engine).get_indexes("hub_audit_event")}
        assert indexes == {"ix_hub_audit_event_at", "ix_hub_audit_event_action"}
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "r0003_returns")
        tables = set(inspect(engine).get_table_names())
        assert "hub_audit_event" not in tables and "hub_return_event" in tables
    finally:
        engine.dispose()


def test_the_totp_revision_adds_and_drops_its_tables(database_url: str) -> None:
    """r0006_totp on top of r0005_audit, and back: the second factor's two tables only."""
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        totp_tables = {"hub_user_totp", "hub_totp_recovery_code"}
        assert totp_tables <= set(inspect(engine).get_table_names())
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "r0005_audit")
        tables = set(inspect(engine).get_table_names())
        assert not totp_tables & tables and {"hub_audit_event", "hub_user"} <= tables
    finally:
        engine.dispose()


def test_the_figures_revision_gives_the_records_already_there_their_rows(
    database_url: str,
) -> None:
    """r0007_figures on a hub at r0006_totp holding records: every live record of a figures
    kind gets its row (a tombstone and a reference record none), the figures count them as
    before, and a downgrade takes only the six tables."""
    engine = make_engine(database_url)
    try:
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "r0006_totp")
        person, session_id, gone = (str(uuid.uuid4()) for _ in range(3))
        attendance = {"session_id": session_id, "person_id": person, "completed": True,
                      "pre_score": 40, "post_score": 70.5}  # fmt: skip
        records = [
            ("person", person, "FJ", False, {"sex": "female", "full_name": "Mere"}),
            ("training_session", session_id, "FJ", False,
             {"course_code": "INV", "start_date": "2025-05-03"}),
            ("attendance", str(uuid.uuid4()), "FJ", False, attendance),
            ("attendance", gone, "FJ", True, {**attendance, "completed": False}),
            ("capability_report", str(uuid.uuid4()), "FJ", False,
             {"capability_code": "I247", "period": "2025-01", "searches": 12, "hits": "3"}),
            ("engagement", str(uuid.uuid4()), "TO", False, {"date": "2025-02-01", "kind": "call"}),
            ("contact", str(uuid.uuid4()), "FJ", False,
             {"contact_country": "TO", "org_type": "POL", "organisation": "Tonga Police"}),
            ("ref_course", str(uuid.uuid4()), None, False, {"code": "INV"}),
        ]  # fmt: skip
        now = utc_now()
        with Session(engine) as session, session.begin():
            session.execute(
                insert(Record),
                [{"record_id": rid, "kind": kind, "country": country, "revision": n,
                  "deleted": deleted, "fields": fields, "created_at": now, "updated_at": now,
                  "device_id": None}
                 for n, (kind, rid, country, deleted, fields) in enumerate(records, start=1)],
            )  # fmt: skip
        upgrade(engine)
        with Session(engine) as session:
            counts = {
                name: len(session.execute(select(Base.metadata.tables[name])).all())
                for name in FIGURE_TABLES
            }
            assert counts == dict.fromkeys(FIGURE_TABLES, 1)
            [total] = training_figures(session, Filters(2025), ())
            assert (total.sessions, total.attendances, total.completed, total.female) == (
                1,
                1,
                1,
                1,
            )
            assert (total.mean_pre, total.mean_post) == (40, 70.5)
            [report] = capability_figures(session, Filters(2025))
            assert (report.metric("searches"), report.metric("hits")) == (12, None)
            [engagement] = engagement_figures(session, Filters(2025))
            assert (engagement.country, engagement.kind, engagement.quarter) == (
                "TO",
                "call",
                "2025Q1",
            )
            [contact] = contact_figures(session, Filters(2025))
            assert (contact.country, contact.org_type, contact.organisations) == ("TO", "POL", 1)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "r0006_totp")
        tables = set(inspect(engine).get_table_names())
        assert not set(FIGURE_TABLES) & tables and {"sync_record", "hub_user_totp"} <= tables
    finally:
        engine.dispose()
