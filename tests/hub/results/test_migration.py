"""r0008_targets adds the results framework's two tables and takes them away again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from bluepacific_hub.db import make_engine
from bluepacific_hub.migrate import alembic_config, upgrade


def test_the_targets_revision_adds_and_drops_its_tables(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        tables = {"hub_indicator_target", "hub_project_target"}
        assert tables <= set(inspect(engine).get_table_names())
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            # One step down, so the test holds once the lead re-chains it after r0007_figures.
            command.downgrade(config, "r0008_targets-1")
        left = set(inspect(engine).get_table_names())
        assert not tables & left and {"hub_user_totp", "hub_audit_event"} <= left
    finally:
        engine.dispose()
