"""The hub's refusal of a set-aside change by its stable code and params (issue 12), so that
every screen words it in the chosen language (bluepacific_wire.refusals).

Revision ID: 0011_reasons
Revises: 0010_train
Create Date: 2026-12-04 22:30:00

One nullable JSON column on the outbox: {"code": ..., "params": {...}}; NULL for entries set
aside before (their English reason is shown as it is).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_reasons"
down_revision: str | None = "0010_train"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("set_aside_code", sa.JSON(), nullable=True))


def downgrade() -> None:
    # In place (SQLite 3.35+), as 0009 does: a table copy would lose the outbox's triggers.
    op.drop_column("outbox", "set_aside_code")
