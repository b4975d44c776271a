"""Monthly returns: the history of each month's transitions, and per-country settings.

Revision ID: r0003_returns
Revises: r0002_auth
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0003_returns"
down_revision = "r0002_auth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add hub_return_event and hub_return_setting (both empty: no month has moved yet)."""
    op.create_table(
        "hub_return_event",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("from_state", sa.String(16), nullable=False),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.String(40), nullable=False),
        sa.Column("applied_at", UTCDateTime(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_return_event_record_id", "hub_return_event", ["record_id"])
    op.create_table(
        "hub_return_setting",
        sa.Column("country", sa.String(2), primary_key=True),
        sa.Column("skip_national_approval", sa.Boolean(), nullable=False),
        sa.Column("entry_open_until", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("hub_return_setting")
    op.drop_index("ix_hub_return_event_record_id", "hub_return_event")
    op.drop_table("hub_return_event")
