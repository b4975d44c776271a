"""What each device last said it held unsent (issue 14, the devices page): the number of its
records with changes not on the hub, from the waiting header of its sync's calls, and when.

Revision ID: r0013_waiting
Revises: r0012_figspeed
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0013_waiting"
down_revision = "r0012_figspeed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Two nullable columns: no device has said anything yet."""
    with op.batch_alter_table("hub_device") as table:
        table.add_column(sa.Column("reported_waiting", sa.Integer(), nullable=True))
        table.add_column(sa.Column("reported_waiting_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hub_device") as table:
        table.drop_column("reported_waiting_at")
        table.drop_column("reported_waiting")
