"""Revoke and wipe (issue 15): when a regional admin asked for a device's data to be erased,
and when the hub told the device.

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
    """Two nullable columns on hub_device: no device has been asked to wipe yet."""
    with op.batch_alter_table("hub_device") as table:
        table.add_column(sa.Column("wipe_requested_at", UTCDateTime(), nullable=True))
        table.add_column(sa.Column("wiped_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    """Drop both: a wipe not yet delivered is forgotten (the device keeps working)."""
    with op.batch_alter_table("hub_device") as table:
        table.drop_column("wiped_at")
        table.drop_column("wipe_requested_at")
