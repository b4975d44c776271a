"""Initial hub schema: users, devices, counters, records, versions, applied changes, batches.

Revision ID: r0001
Revises:
Create Date: 2024-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bluepacific_hub.dbtypes import UTCDateTime

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table of the first schema and the revision counter row."""
    op.create_table(
        "hub_user",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "hub_device",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("hub_user.id"), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=True),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_hub_device_user_id", "hub_device", ["user_id"])
    counter = op.create_table(
        "hub_counter",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(counter, [{"name": "revision", "value": 0}])
    op.create_table(
        "sync_record",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("revision", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_sync_record_kind", "sync_record", ["kind"])
    op.create_index("ix_sync_record_country", "sync_record", ["country"])
    op.create_table(
        "sync_record_version",
        sa.Column("revision", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column(
            "record_id", sa.String(36), sa.ForeignKey("sync_record.record_id"), nullable=False
        ),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("changed_fields", sa.JSON(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("change_id", sa.String(36), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_sync_record_version_record_id", "sync_record_version", ["record_id"])
    op.create_table(
        "sync_applied_change",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("applied_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "sync_batch",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=False),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
    )


def downgrade() -> None:
    """Drop everything (the hub's data goes with it)."""
    for table in (
        "sync_batch",
        "sync_applied_change",
        "sync_record_version",
        "sync_record",
        "hub_counter",
        "hub_device",
        "hub_user",
    ):
        op.drop_table(table)
