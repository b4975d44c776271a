"""Alembic environment of the hub: runs on the connection handed over by bluepacific_hub.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from bluepacific_hub.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the connection in config.attributes, or open one from sqlalchemy.url."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("the hub's migrations run online only")
run_migrations_online()
