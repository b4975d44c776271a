"""The Alembic head matches the models, and upgrade/downgrade both work."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bluepacific_hub.db import make_engine
from bluepacific_hub.migrate import alembic_config, current_revision, head_revision, upgrade
from bluepacific_hub.models import Base


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
