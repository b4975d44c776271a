"""Login throttle in the database; device tokens expire when unused; devices' app version.

Revision ID: r0002_auth
Revises: r0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0002_auth"
down_revision = "r0001"
branch_labels = None
depends_on = None

# Devices signed in before tokens expired get the default lifetime from the upgrade on, so
# that upgrading the hub signs no one out.
_GRACE = timedelta(days=90)


def upgrade() -> None:
    """Add hub_login_throttle, and hub_device.expires_at / client_version."""
    op.create_table(
        "hub_login_throttle",
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("blocked_until", UTCDateTime(), nullable=False),
        sa.Column("last_attempt_at", UTCDateTime(), nullable=False),
    )
    op.create_index(
        "ix_hub_login_throttle_last_attempt_at", "hub_login_throttle", ["last_attempt_at"]
    )
    with op.batch_alter_table("hub_device") as batch:
        batch.add_column(sa.Column("expires_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("client_version", sa.String(32), nullable=True))
    device = sa.table("hub_device", sa.column("expires_at", UTCDateTime()))
    op.execute(device.update().values(expires_at=datetime.now(UTC) + _GRACE))
    with op.batch_alter_table("hub_device") as batch:
        batch.alter_column("expires_at", existing_type=UTCDateTime(), nullable=False)


def downgrade() -> None:
    """Drop the throttle table and the two device columns."""
    with op.batch_alter_table("hub_device") as batch:
        batch.drop_column("client_version")
        batch.drop_column("expires_at")
    op.drop_index("ix_hub_login_throttle_last_attempt_at", "hub_login_throttle")
    op.drop_table("hub_login_throttle")
