"""Alembic environment for the desktop store; the app passes its own connection in."""

from __future__ import annotations

from alembic import context

from bluepacific_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through bluepacific_desktop.store.migrate, not alembic's CLI"
    )

# render_as_batch: SQLite cannot ALTER most things, so Alembic rebuilds tables in batch mode.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
