"""The console's second step of sign-in and the devices page (issue 14): the half-signed-in
browsers waiting for their second factor, and each device's clock skew as its last push showed.

Revision ID: r0009_console2
Revises: r0008_targets
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0009_console2"
down_revision = "r0008_targets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add hub_console_pending (empty) and two nullable columns to hub_device (no push yet)."""
    op.create_table(
        "hub_console_pending",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("csrf_secret", sa.String(64), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
    )
    op.create_index("ix_hub_console_pending_user_id", "hub_console_pending", ["user_id"])
    with op.batch_alter_table("hub_device") as table:
        table.add_column(sa.Column("clock_skew_s", sa.Integer(), nullable=True))
        table.add_column(sa.Column("clock_seen_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    """Drop both: half-signed-in browsers sign in again, the skews are forgotten."""
    with op.batch_alter_table("hub_device") as table:
        table.drop_column("clock_seen_at")
        table.drop_column("clock_skew_s")
    op.drop_index("ix_hub_console_pending_user_id", "hub_console_pending")
    op.drop_table("hub_console_pending")
