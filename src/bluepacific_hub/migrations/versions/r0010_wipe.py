"""Revoke and wipe, and required encryption (issue 15): when a regional admin asked for a
device's data to be erased and when the hub told it; whether each device's store is encrypted;
the hub-wide policies (require-encryption).

Revision ID: r0010_wipe
Revises: r0009_console2
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0010_wipe"
down_revision = "r0009_console2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Three nullable columns on hub_device (no wipe asked, encryption not said yet) and an
    empty hub_policy (every policy off)."""
    with op.batch_alter_table("hub_device") as table:
        table.add_column(sa.Column("wipe_requested_at", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("wiped_at", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("store_encrypted", sa.Boolean(), nullable=True))
    op.create_table(
        "hub_policy",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    """Drop them: a wipe not yet delivered is forgotten (the device keeps working), and so is
    the require-encryption policy."""
    op.drop_table("hub_policy")
    with op.batch_alter_table("hub_device") as table:
        table.drop_column("store_encrypted")
        table.drop_column("wiped_at")
        table.drop_column("wipe_requested_at")
